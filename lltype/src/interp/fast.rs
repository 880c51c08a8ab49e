//! Operations run inline by the evaluation loop, without going through
//! `ops::exec_op`: int arithmetic and comparisons, float arithmetic, list
//! indexing and iterator steps, the bulk of hot loops. A fast path that does
//! not apply (an index out of range, a None operand, the end of an
//! iteration) falls back to the generic implementation, which raises.

use crate::ir::Opcode;

use super::code::Arg;
use super::eval::arg_value;
use super::ops::seq_index;
use super::value::{IterState, Value};

/// The int operations of hot loops, run inline by the evaluation loop.
#[derive(Debug, Clone, Copy)]
pub enum IntOp {
    Add,
    Sub,
    Mul,
    And,
    Or,
    Xor,
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

impl IntOp {
    pub fn of(op: &Opcode) -> Option<IntOp> {
        Some(match op {
            Opcode::IntAdd => IntOp::Add,
            Opcode::IntSub => IntOp::Sub,
            Opcode::IntMul => IntOp::Mul,
            Opcode::IntAnd => IntOp::And,
            Opcode::IntOr => IntOp::Or,
            Opcode::IntXor => IntOp::Xor,
            Opcode::IntLt => IntOp::Lt,
            Opcode::IntLe => IntOp::Le,
            Opcode::IntEq => IntOp::Eq,
            Opcode::IntNe => IntOp::Ne,
            Opcode::IntGt => IntOp::Gt,
            Opcode::IntGe => IntOp::Ge,
            _ => return None,
        })
    }

    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            IntOp::Lt | IntOp::Le | IntOp::Eq | IntOp::Ne | IntOp::Gt | IntOp::Ge
        )
    }

    /// The outcome of a comparison (`is_comparison`).
    #[inline(always)]
    pub fn test(self, x: i64, y: i64) -> bool {
        match self {
            IntOp::Lt => x < y,
            IntOp::Le => x <= y,
            IntOp::Eq => x == y,
            IntOp::Ne => x != y,
            IntOp::Gt => x > y,
            _ => x >= y,
        }
    }

    #[inline(always)]
    pub fn apply(self, x: i64, y: i64) -> Value {
        match self {
            IntOp::Add => Value::Int(x.wrapping_add(y)),
            IntOp::Sub => Value::Int(x.wrapping_sub(y)),
            IntOp::Mul => Value::Int(x.wrapping_mul(y)),
            IntOp::And => Value::Int(x & y),
            IntOp::Or => Value::Int(x | y),
            IntOp::Xor => Value::Int(x ^ y),
            IntOp::Lt => Value::Bool(x < y),
            IntOp::Le => Value::Bool(x <= y),
            IntOp::Eq => Value::Bool(x == y),
            IntOp::Ne => Value::Bool(x != y),
            IntOp::Gt => Value::Bool(x > y),
            IntOp::Ge => Value::Bool(x >= y),
        }
    }
}

/// Other operations with an inline fast path.
#[derive(Debug, Clone, Copy)]
pub enum FastOp {
    FloatAdd,
    FloatSub,
    FloatMul,
    FloatLt,
    FloatLe,
    FloatGt,
    FloatGe,
    ListGetItem,
    ListSetItem,
    ListLen,
    IterNext,
}

impl FastOp {
    pub fn of(op: &Opcode) -> Option<FastOp> {
        Some(match op {
            Opcode::FloatAdd => FastOp::FloatAdd,
            Opcode::FloatSub => FastOp::FloatSub,
            Opcode::FloatMul => FastOp::FloatMul,
            Opcode::FloatLt => FastOp::FloatLt,
            Opcode::FloatLe => FastOp::FloatLe,
            Opcode::FloatGt => FastOp::FloatGt,
            Opcode::FloatGe => FastOp::FloatGe,
            Opcode::ListGetItem => FastOp::ListGetItem,
            Opcode::ListSetItem => FastOp::ListSetItem,
            Opcode::ListLen => FastOp::ListLen,
            Opcode::IterNext => FastOp::IterNext,
            _ => return None,
        })
    }

    /// The opcode, for the generic fallback.
    pub fn opcode(self) -> Opcode {
        match self {
            FastOp::FloatAdd => Opcode::FloatAdd,
            FastOp::FloatSub => Opcode::FloatSub,
            FastOp::FloatMul => Opcode::FloatMul,
            FastOp::FloatLt => Opcode::FloatLt,
            FastOp::FloatLe => Opcode::FloatLe,
            FastOp::FloatGt => Opcode::FloatGt,
            FastOp::FloatGe => Opcode::FloatGe,
            FastOp::ListGetItem => Opcode::ListGetItem,
            FastOp::ListSetItem => Opcode::ListSetItem,
            FastOp::ListLen => Opcode::ListLen,
            FastOp::IterNext => Opcode::IterNext,
        }
    }

    /// The result, or None when the generic implementation must run.
    #[inline(always)]
    pub fn run(self, stack: &[Value], base: usize, args: &[Arg]) -> Option<Value> {
        let a = |i: usize| arg_value(stack, base, &args[i]);
        let floats = || (a(0).as_float(), a(1).as_float());
        Some(match self {
            FastOp::FloatAdd => Value::Float(floats().0 + floats().1),
            FastOp::FloatSub => Value::Float(floats().0 - floats().1),
            FastOp::FloatMul => Value::Float(floats().0 * floats().1),
            FastOp::FloatLt => Value::Bool(floats().0 < floats().1),
            FastOp::FloatLe => Value::Bool(floats().0 <= floats().1),
            FastOp::FloatGt => Value::Bool(floats().0 > floats().1),
            FastOp::FloatGe => Value::Bool(floats().0 >= floats().1),
            FastOp::ListGetItem => match (a(0), a(1)) {
                (Value::List(l), Value::Int(i)) => {
                    let l = l.borrow();
                    l[seq_index(l.len(), *i)?].clone()
                }
                _ => return None,
            },
            FastOp::ListSetItem => match (a(0), a(1)) {
                (Value::List(l), Value::Int(i)) => {
                    let mut l = l.borrow_mut();
                    let i = seq_index(l.len(), *i)?;
                    l[i] = a(2).clone();
                    Value::Void
                }
                _ => return None,
            },
            FastOp::ListLen => match a(0) {
                Value::List(l) => Value::Int(l.borrow().len() as i64),
                _ => return None,
            },
            FastOp::IterNext => match a(0) {
                Value::Iter(it) => match &mut *it.borrow_mut() {
                    IterState::Range {
                        next,
                        remaining,
                        step,
                    } if *remaining > 0 => {
                        let v = *next;
                        *remaining -= 1;
                        *next = next.wrapping_add(*step);
                        Value::Int(v)
                    }
                    IterState::List { list, index } => {
                        let v = list.borrow().get(*index)?.clone();
                        *index += 1;
                        v
                    }
                    _ => return None,
                },
                _ => return None,
            },
        })
    }
}
