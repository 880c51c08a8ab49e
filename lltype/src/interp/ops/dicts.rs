//! Dict operations on the insertion-ordered `Dict`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::ir::Opcode;

use super::{err, Args, OpResult};
use crate::interp::dict::Dict;
use crate::interp::machine::Interp;
use crate::interp::rt::RtError;
use crate::interp::value::Value;

pub fn exec(it: &Interp, op: &Opcode, a: Args) -> OpResult {
    use Opcode::*;
    Ok(match op {
        NewDict => {
            let mut d = Dict::new();
            for i in (0..a.len()).step_by(2) {
                d.insert(a.v(i).clone(), a.v(i + 1).clone());
            }
            new_dict(d)
        }
        DictLen => Value::Int(a.dict(0)?.borrow().len() as i64),
        DictGetItem => match a.dict(0)?.borrow().get(a.v(1)) {
            Some(v) => v.clone(),
            None => return Err(key_error(it, a.v(1))),
        },
        DictSetItem => {
            let (k, v) = (a.v(1).clone(), a.v(2).clone());
            a.dict(0)?.borrow_mut().insert(k, v);
            Value::Void
        }
        DictDelItem => match a.dict(0)?.borrow_mut().remove(a.v(1)) {
            Some(_) => Value::Void,
            None => return Err(key_error(it, a.v(1))),
        },
        DictContains => Value::Bool(a.dict(0)?.borrow().contains(a.v(1))),
        DictGet => a.dict(0)?.borrow().get(a.v(1)).unwrap_or(a.v(2)).clone(),
        DictPop => match a.dict(0)?.borrow_mut().remove(a.v(1)) {
            Some(v) => v,
            None => return Err(key_error(it, a.v(1))),
        },
        DictPopDefault => a
            .dict(0)?
            .borrow_mut()
            .remove(a.v(1))
            .unwrap_or_else(|| a.v(2).clone()),
        DictSetDefault => {
            let mut d = a.dict(0)?.borrow_mut();
            match d.get(a.v(1)) {
                Some(v) => v.clone(),
                None => {
                    d.insert(a.v(1).clone(), a.v(2).clone());
                    a.v(2).clone()
                }
            }
        }
        DictKeys => Value::list(a.dict(0)?.borrow().iter().map(|(k, _)| k.clone()).collect()),
        DictValues => Value::list(a.dict(0)?.borrow().iter().map(|(_, v)| v.clone()).collect()),
        DictItems => Value::list(
            a.dict(0)?
                .borrow()
                .iter()
                .map(|(k, v)| Value::Tuple(Rc::from([k.clone(), v.clone()])))
                .collect(),
        ),
        DictClear => {
            a.dict(0)?.borrow_mut().clear();
            Value::Void
        }
        DictCopy => new_dict(a.dict(0)?.borrow().clone()),
        _ => unreachable!("not a dict op: {op:?}"),
    })
}

fn new_dict(d: Dict) -> Value {
    Value::Dict(Rc::new(RefCell::new(d)))
}

/// KeyError's message is the repr of the key, as `str(KeyError(k))` prints.
fn key_error(it: &Interp, key: &Value) -> RtError {
    err("KeyError", it.repr(key))
}
