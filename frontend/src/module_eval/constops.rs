//! Arithmetic, comparisons and truth of constants, with Python semantics, for
//! folding module-level expressions at translation time. Errors are returned as
//! messages; the caller turns them into diagnostics.

use std::rc::Rc;

use crate::flowgraph::{BinOp, CmpOp};
use crate::program::Constant;

/// A number as seen by mixed int/float arithmetic.
enum Num {
    I(i64),
    F(f64),
}

fn num(c: &Constant) -> Option<Num> {
    match c {
        Constant::Int(i) => Some(Num::I(*i)),
        Constant::Bool(b) => Some(Num::I(*b as i64)),
        Constant::Float(f) => Some(Num::F(*f)),
        _ => None,
    }
}

const OVERFLOW: &str = "integer overflow in a constant expression (ints are 64-bit)";

fn int_op(op: BinOp, a: i64, b: i64) -> Result<Constant, String> {
    let r = match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::TrueDiv => {
            if b == 0 {
                return Err("division by zero in a constant expression".into());
            }
            return Ok(Constant::Float(a as f64 / b as f64));
        }
        BinOp::FloorDiv | BinOp::Mod => {
            if b == 0 {
                return Err("division by zero in a constant expression".into());
            }
            let (q, r) = (a.checked_div(b), a.checked_rem(b));
            let (Some(mut q), Some(mut r)) = (q, r) else {
                return Err(OVERFLOW.into());
            };
            // Python rounds the quotient towards negative infinity.
            if r != 0 && ((r < 0) != (b < 0)) {
                q -= 1;
                r += b;
            }
            Some(if op == BinOp::FloorDiv { q } else { r })
        }
        BinOp::Pow => {
            if b < 0 {
                return Ok(Constant::Float((a as f64).powf(b as f64)));
            }
            u32::try_from(b).ok().and_then(|e| a.checked_pow(e))
        }
        BinOp::LShift => {
            if b < 0 {
                return Err("negative shift count".into());
            }
            if b >= 64 {
                if a == 0 {
                    Some(0)
                } else {
                    None
                }
            } else {
                let r = a.wrapping_shl(b as u32);
                (r >> b == a).then_some(r)
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return Err("negative shift count".into());
            }
            Some(a >> b.min(63))
        }
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
    };
    r.map(Constant::Int).ok_or_else(|| OVERFLOW.into())
}

fn float_op(op: BinOp, a: f64, b: f64) -> Result<Constant, String> {
    let zero = || Err("division by zero in a constant expression".to_string());
    Ok(Constant::Float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return zero();
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return zero();
            }
            (a / b).floor()
        }
        BinOp::Mod => {
            if b == 0.0 {
                return zero();
            }
            let r = a % b;
            if r != 0.0 && ((r < 0.0) != (b < 0.0)) {
                r + b
            } else {
                r
            }
        }
        BinOp::Pow => a.powf(b),
        _ => return Err("unsupported operand types: float".into()),
    }))
}

fn repeat<T: Clone>(items: &[T], n: i64) -> Vec<T> {
    let n = n.max(0) as usize;
    let mut out = Vec::with_capacity(items.len().saturating_mul(n).min(1 << 20));
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    out
}

/// `a op b` on constants.
pub fn binop(op: BinOp, a: &Constant, b: &Constant) -> Result<Constant, String> {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        return match (x, y) {
            (Num::I(x), Num::I(y)) => int_op(op, x, y),
            (Num::I(x), Num::F(y)) => float_op(op, x as f64, y),
            (Num::F(x), Num::I(y)) => float_op(op, x, y as f64),
            (Num::F(x), Num::F(y)) => float_op(op, x, y),
        };
    }
    const LIMIT: i64 = 1 << 20;
    match (op, a, b) {
        (BinOp::Add, Constant::Str(x), Constant::Str(y)) => {
            Ok(Constant::Str(format!("{x}{y}").into()))
        }
        (BinOp::Add, Constant::Bytes(x), Constant::Bytes(y)) => {
            Ok(Constant::Bytes([&x[..], &y[..]].concat().into()))
        }
        (BinOp::Add, Constant::Tuple(x), Constant::Tuple(y)) => {
            Ok(Constant::Tuple([&x[..], &y[..]].concat().into()))
        }
        (BinOp::Mul, Constant::Str(s), Constant::Int(n))
        | (BinOp::Mul, Constant::Int(n), Constant::Str(s))
            if *n < LIMIT =>
        {
            Ok(Constant::Str(
                s.repeat(n.max(&0).unsigned_abs() as usize).into(),
            ))
        }
        (BinOp::Mul, Constant::Tuple(t), Constant::Int(n))
        | (BinOp::Mul, Constant::Int(n), Constant::Tuple(t))
            if *n < LIMIT =>
        {
            Ok(Constant::Tuple(Rc::from(repeat(t, *n))))
        }
        _ => Err("these operands cannot be combined in a constant expression".into()),
    }
}

/// Total order used for `<` and friends on numbers and strings.
fn order(a: &Constant, b: &Constant) -> Option<std::cmp::Ordering> {
    if let (Some(x), Some(y)) = (num(a), num(b)) {
        let (x, y) = match (x, y) {
            (Num::I(x), Num::I(y)) => return Some(x.cmp(&y)),
            (Num::I(x), Num::F(y)) => (x as f64, y),
            (Num::F(x), Num::I(y)) => (x, y as f64),
            (Num::F(x), Num::F(y)) => (x, y),
        };
        return x.partial_cmp(&y);
    }
    match (a, b) {
        (Constant::Str(x), Constant::Str(y)) => Some(x.cmp(y)),
        (Constant::Bytes(x), Constant::Bytes(y)) => Some(x.cmp(y)),
        _ => None,
    }
}

/// Python `==` on constants (ints and floats compare by value).
pub fn equal(a: &Constant, b: &Constant) -> bool {
    if num(a).is_some() && num(b).is_some() {
        return order(a, b) == Some(std::cmp::Ordering::Equal);
    }
    a == b
}

/// `a op b` for one comparison operator.
pub fn compare(op: CmpOp, a: &Constant, b: &Constant) -> Result<bool, String> {
    use std::cmp::Ordering::*;
    let ord = || order(a, b).ok_or_else(|| "these operands cannot be ordered".to_string());
    Ok(match op {
        CmpOp::Eq => equal(a, b),
        CmpOp::Ne => !equal(a, b),
        CmpOp::Is => a == b,
        CmpOp::IsNot => a != b,
        CmpOp::Lt => ord()? == Less,
        CmpOp::Le => ord()? != Greater,
        CmpOp::Gt => ord()? == Greater,
        CmpOp::Ge => ord()? != Less,
        CmpOp::In | CmpOp::NotIn => {
            let found = match b {
                Constant::Tuple(items) => items.iter().any(|x| equal(x, a)),
                Constant::Str(s) => match a {
                    Constant::Str(sub) => s.contains(&**sub),
                    _ => return Err("`in <string>` needs a string on the left".into()),
                },
                _ => return Err("`in` is only folded on tuples and strings".into()),
            };
            found == (op == CmpOp::In)
        }
    })
}
