//! Ranges and iterators (`for` loops): `NewIter` snapshots what to walk,
//! `IterNext` steps it and raises StopIteration at the end.

use std::cell::RefCell;
use std::rc::Rc;

use crate::ir::{IterKind, Opcode};

use super::{err, Args, OpResult};
use crate::interp::machine::Interp;
use crate::interp::value::{IterState, RangeObj, Value};

pub fn exec(it: &Interp, op: &Opcode, a: Args) -> OpResult {
    Ok(match op {
        Opcode::NewRange => {
            let step = a.int(2);
            if step == 0 {
                return Err(err("ValueError", "range() arg 3 must not be zero"));
            }
            Value::Range(Rc::new(RangeObj {
                start: a.int(0),
                stop: a.int(1),
                step,
            }))
        }
        Opcode::RangeLen => match a.v(0) {
            Value::Range(r) => Value::Int(r.len()),
            other => panic!("graph interpreter: range_len of {other:?}"),
        },
        Opcode::NewIter(kind) => new_iter(*kind, a.v(0))?,
        Opcode::IterNext => match a.v(0) {
            Value::Iter(state) => next(it, &mut state.borrow_mut())?,
            other => panic!("graph interpreter: iter_next of {other:?}"),
        },
        _ => unreachable!("not an iterator op: {op:?}"),
    })
}

fn new_iter(kind: IterKind, v: &Value) -> OpResult {
    let state = match (kind, v) {
        (_, Value::List(l)) => IterState::List {
            list: l.clone(),
            index: 0,
        },
        (_, Value::Str(s)) => IterState::Str {
            text: s.clone(),
            pos: 0,
        },
        (_, Value::Bytes(b)) => IterState::Bytes {
            bytes: b.clone(),
            index: 0,
        },
        (_, Value::Range(r)) => IterState::Range {
            next: r.start,
            remaining: r.len(),
            step: r.step,
        },
        (_, Value::Dict(d)) => {
            let (len, generation) = {
                let d = d.borrow();
                (d.len(), d.generation())
            };
            IterState::DictKeys {
                dict: d.clone(),
                slot: 0,
                len,
                generation,
            }
        }
        (_, Value::Iter(i)) => return Ok(Value::Iter(i.clone())),
        (_, Value::Null) => return Err(err("TypeError", "'NoneType' object is not iterable")),
        (kind, other) => panic!("graph interpreter: cannot iterate {other:?} as {kind:?}"),
    };
    Ok(Value::Iter(Rc::new(RefCell::new(state))))
}

fn stop() -> crate::interp::rt::RtError {
    err("StopIteration", "")
}

fn next(it: &Interp, state: &mut IterState) -> OpResult {
    match state {
        IterState::List { list, index } => {
            let l = list.borrow();
            match l.get(*index) {
                Some(v) => {
                    *index += 1;
                    Ok(v.clone())
                }
                None => {
                    // An exhausted list iterator stays exhausted, even if the
                    // list grows later (as CPython's).
                    *index = usize::MAX;
                    Err(stop())
                }
            }
        }
        IterState::Str { text, pos } => {
            let s = text.as_str();
            let Some(c) = s[*pos..].chars().next() else {
                return Err(stop());
            };
            *pos += c.len_utf8();
            Ok(if c.is_ascii() {
                it.ascii_chars[c as usize].clone()
            } else {
                Value::string(c.to_string())
            })
        }
        IterState::Bytes { bytes, index } => match bytes.get(*index) {
            Some(b) => {
                *index += 1;
                Ok(Value::Int(*b as i64))
            }
            None => Err(stop()),
        },
        IterState::Range {
            next,
            remaining,
            step,
        } => {
            if *remaining <= 0 {
                return Err(stop());
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            Ok(Value::Int(v))
        }
        IterState::DictKeys {
            dict,
            slot,
            len,
            generation,
        } => {
            let d = dict.borrow();
            if d.len() != *len {
                *len = usize::MAX; // stays broken, as CPython's
                return Err(err(
                    "RuntimeError",
                    "dictionary changed size during iteration",
                ));
            }
            if d.generation() != *generation {
                return Err(err(
                    "RuntimeError",
                    "dictionary keys changed during iteration",
                ));
            }
            match d.next_from(*slot) {
                Some((after, k)) => {
                    *slot = after;
                    Ok(k.clone())
                }
                None => Err(stop()),
            }
        }
    }
}
