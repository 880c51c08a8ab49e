//! Structural operations on values of any type: truth, equality, ordering,
//! identity, min/max and hashing.

use std::rc::Rc;

use crate::ir::Opcode;

use super::{err, Args, OpResult};
use crate::interp::compare::{py_eq, py_lt};
use crate::interp::pyhash::py_hash;
use crate::interp::value::Value;

/// Python truth value.
pub fn truth(v: &Value) -> bool {
    match v {
        Value::Void | Value::Null => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::Str(s) => !s.as_str().is_empty(),
        Value::Bytes(b) => !b.is_empty(),
        Value::List(l) => !l.borrow().is_empty(),
        Value::Dict(d) => !d.borrow().is_empty(),
        Value::Tuple(t) => !t.is_empty(),
        Value::Range(r) => r.len() > 0,
        Value::Instance(_) | Value::Func(_) | Value::Iter(_) => true,
    }
}

/// `a is b`: the same object for references; value types (which CPython
/// may or may not share) compare by value.
pub fn identical(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Null | Void, Null | Void) => true,
        (Instance(x), Instance(y)) => Rc::ptr_eq(x, y),
        (List(x), List(y)) => Rc::ptr_eq(x, y),
        (Dict(x), Dict(y)) => Rc::ptr_eq(x, y),
        (Str(x), Str(y)) => Rc::ptr_eq(x, y),
        (Bytes(x), Bytes(y)) => Rc::ptr_eq(x, y),
        (Tuple(x), Tuple(y)) => Rc::ptr_eq(x, y),
        (Range(x), Range(y)) => Rc::ptr_eq(x, y),
        (Iter(x), Iter(y)) => Rc::ptr_eq(x, y),
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Float(x), Float(y)) => x.to_bits() == y.to_bits(),
        (Func(x), Func(y)) => x == y,
        _ => false,
    }
}

pub fn exec(op: &Opcode, a: Args) -> OpResult {
    Ok(match op {
        Opcode::Eq => Value::Bool(py_eq(a.v(0), a.v(1))),
        Opcode::Lt => Value::Bool(py_lt(a.v(0), a.v(1))),
        Opcode::Is => Value::Bool(identical(a.v(0), a.v(1))),
        Opcode::Min => extreme(a, "min", py_lt)?,
        Opcode::Max => extreme(a, "max", |cand, best| py_lt(best, cand))?,
        Opcode::Hash => Value::Int(py_hash(a.v(0))),
        _ => unreachable!("not a generic op: {op:?}"),
    })
}

/// The first value that no later value beats (`better(candidate, best)`).
/// A single list operand means `min(list)`: the extreme of its items.
fn extreme(a: Args, name: &str, better: impl Fn(&Value, &Value) -> bool) -> OpResult {
    if a.len() == 1 {
        if let Value::List(l) = a.v(0) {
            return pick(l.borrow().iter(), &better)
                .ok_or_else(|| err("ValueError", format!("{name}() arg is an empty sequence")));
        }
    }
    pick(a.iter(), &better).ok_or_else(|| {
        err(
            "TypeError",
            format!("{name} expected at least 1 argument, got 0"),
        )
    })
}

fn pick<'v>(
    mut items: impl Iterator<Item = &'v Value>,
    better: &impl Fn(&Value, &Value) -> bool,
) -> Option<Value> {
    let mut best = items.next()?;
    for cand in items {
        if better(cand, best) {
            best = cand;
        }
    }
    Some(best.clone())
}
