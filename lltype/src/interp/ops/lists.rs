//! List operations (CPython's list semantics and error messages).

use crate::ir::Opcode;

use super::{clamp_slice, err, seq_index, Args, OpResult};
use crate::interp::compare::{py_eq, sort_values};
use crate::interp::value::Value;

pub fn exec(op: &Opcode, a: Args) -> OpResult {
    use Opcode::*;
    Ok(match op {
        NewList => Value::list(a.iter().cloned().collect()),
        ListRepeat => {
            let n = a.int(1).max(0) as usize;
            Value::list(vec![a.v(0).clone(); n])
        }
        ListLen => Value::Int(a.list(0)?.borrow().len() as i64),
        ListGetItem => {
            let l = a.list(0)?.borrow();
            match seq_index(l.len(), a.int(1)) {
                Some(i) => l[i].clone(),
                None => return Err(err("IndexError", "list index out of range")),
            }
        }
        ListSetItem => {
            let value = a.v(2).clone();
            let mut l = a.list(0)?.borrow_mut();
            match seq_index(l.len(), a.int(1)) {
                Some(i) => l[i] = value,
                None => return Err(err("IndexError", "list assignment index out of range")),
            }
            Value::Void
        }
        ListDelItem => {
            let mut l = a.list(0)?.borrow_mut();
            match seq_index(l.len(), a.int(1)) {
                Some(i) => {
                    l.remove(i);
                }
                None => return Err(err("IndexError", "list assignment index out of range")),
            }
            Value::Void
        }
        ListSlice => {
            let l = a.list(0)?.borrow();
            let (start, stop) = clamp_slice(l.len(), a.int(1), a.int(2));
            Value::list(l[start..stop].to_vec())
        }
        ListAppend => {
            let v = a.v(1).clone();
            a.list(0)?.borrow_mut().push(v);
            Value::Void
        }
        ListPop => {
            let mut l = a.list(0)?.borrow_mut();
            if l.is_empty() {
                return Err(err("IndexError", "pop from empty list"));
            }
            let index = a.opt(1).map_or(-1, Value::as_int);
            match seq_index(l.len(), index) {
                Some(i) if i + 1 == l.len() => l.pop().unwrap_or(Value::Void),
                Some(i) => l.remove(i),
                None => return Err(err("IndexError", "pop index out of range")),
            }
        }
        ListInsert => {
            let v = a.v(2).clone();
            let mut l = a.list(0)?.borrow_mut();
            // list.insert clamps the index instead of raising.
            let (i, _) = clamp_slice(l.len(), a.int(1), i64::MAX);
            l.insert(i, v);
            Value::Void
        }
        ListExtend => {
            // Copy first: `l.extend(l)` borrows the same list twice.
            let items = a.list(1)?.borrow().clone();
            a.list(0)?.borrow_mut().extend(items);
            Value::Void
        }
        ListReverse => {
            a.list(0)?.borrow_mut().reverse();
            Value::Void
        }
        ListIndex => match a.list(0)?.borrow().iter().position(|x| py_eq(x, a.v(1))) {
            Some(i) => Value::Int(i as i64),
            None => return Err(err("ValueError", "list.index(x): x not in list")),
        },
        ListRemove => {
            let mut l = a.list(0)?.borrow_mut();
            match l.iter().position(|x| py_eq(x, a.v(1))) {
                Some(i) => {
                    l.remove(i);
                }
                None => return Err(err("ValueError", "list.remove(x): x not in list")),
            }
            Value::Void
        }
        ListCount => Value::Int(
            a.list(0)?
                .borrow()
                .iter()
                .filter(|x| py_eq(x, a.v(1)))
                .count() as i64,
        ),
        ListSort => {
            // Sort a copy so that comparisons never observe a borrowed list.
            let mut items = std::mem::take(&mut *a.list(0)?.borrow_mut());
            sort_values(&mut items);
            *a.list(0)?.borrow_mut() = items;
            Value::Void
        }
        ListContains => Value::Bool(a.list(0)?.borrow().iter().any(|x| py_eq(x, a.v(1)))),
        ListConcat => {
            let mut items = a.list(0)?.borrow().clone();
            items.extend(a.list(1)?.borrow().iter().cloned());
            Value::list(items)
        }
        ListMul => {
            let l = a.list(0)?.borrow();
            let n = a.int(1).max(0) as usize;
            let mut items = Vec::with_capacity(l.len().saturating_mul(n));
            for _ in 0..n {
                items.extend(l.iter().cloned());
            }
            Value::list(items)
        }
        ListCopy => Value::list(a.list(0)?.borrow().clone()),
        _ => unreachable!("not a list op: {op:?}"),
    })
}

/// `list(x)`, `enumerate(x)` and `zip(a, b)`: new lists built from iterables.
pub fn materialize(op: &Opcode, a: Args) -> OpResult {
    Ok(match op {
        Opcode::ToList => Value::list(items_of(a.v(0))?),
        Opcode::Enumerate => {
            let items = a.list(0)?.borrow();
            let pairs = items
                .iter()
                .enumerate()
                .map(|(i, v)| Value::Tuple(vec![Value::Int(i as i64), v.clone()].into()))
                .collect();
            Value::list(pairs)
        }
        Opcode::Zip => {
            let (x, y) = (a.list(0)?.borrow(), a.list(1)?.borrow());
            let pairs = x
                .iter()
                .zip(y.iter())
                .map(|(p, q)| Value::Tuple(vec![p.clone(), q.clone()].into()))
                .collect();
            Value::list(pairs)
        }
        _ => unreachable!("not a list-building op: {op:?}"),
    })
}

/// The items iterating over `v` yields, as `list(v)` collects them.
fn items_of(v: &Value) -> Result<Vec<Value>, crate::runtime::error::RtError> {
    Ok(match v {
        Value::List(l) => l.borrow().clone(),
        Value::Str(s) => s
            .as_str()
            .chars()
            .map(|c| Value::string(c.to_string()))
            .collect(),
        Value::Bytes(b) => b.iter().map(|x| Value::Int(*x as i64)).collect(),
        Value::Range(r) => (0..r.len())
            .map(|i| Value::Int(r.start.wrapping_add(i.wrapping_mul(r.step))))
            .collect(),
        Value::Dict(d) => d.borrow().iter().map(|(k, _)| k.clone()).collect(),
        Value::Tuple(t) => t.to_vec(),
        other => return Err(super::operand_error(other, "iterable")),
    })
}
