//! Int, unsigned and float operations that can fail or need care; the
//! trivial ones are inline in `ops::exec_op`. CPython's semantics and
//! messages come from the runtime module.

use crate::ir::Opcode;

use super::{err, Args, OpResult};
use crate::interp::rt;
use crate::interp::value::Value;

pub fn int_op(op: &Opcode, a: Args) -> OpResult {
    use Opcode::*;
    let (x, y) = (a.int(0), a.int(1));
    let (ux, uy) = (x as u64, y as u64);
    Ok(match op {
        IntFloorDiv => Value::Int(rt::int_floordiv(x, y)?),
        IntMod => Value::Int(rt::int_mod(x, y)?),
        IntPow => Value::Int(rt::int_pow(x, y)?),
        IntLshift => Value::Int(rt::int_lshift(x, y)?),
        IntRshift => Value::Int(rt::int_rshift(x, y)?),
        IntAddOvf => Value::Int(x.checked_add(y).ok_or_else(overflow)?),
        IntSubOvf => Value::Int(x.checked_sub(y).ok_or_else(overflow)?),
        IntMulOvf => Value::Int(x.checked_mul(y).ok_or_else(overflow)?),
        UintLt => Value::Bool(ux < uy),
        UintLe => Value::Bool(ux <= uy),
        UintGt => Value::Bool(ux > uy),
        UintGe => Value::Bool(ux >= uy),
        UintFloorDiv => match uy {
            0 => {
                return Err(err(
                    "ZeroDivisionError",
                    "integer division or modulo by zero",
                ))
            }
            _ => Value::Int((ux / uy) as i64),
        },
        UintMod => match uy {
            0 => return Err(err("ZeroDivisionError", "integer modulo by zero")),
            _ => Value::Int((ux % uy) as i64),
        },
        // Pure by its effects declaration: out-of-range counts give 0.
        UintRshift => Value::Int(if (0..64).contains(&y) {
            (ux >> y) as i64
        } else {
            0
        }),
        _ => unreachable!("not an int op: {op:?}"),
    })
}

fn overflow() -> rt::RtError {
    err("OverflowError", "integer overflow")
}

pub fn float_op(op: &Opcode, a: Args) -> OpResult {
    use Opcode::*;
    let x = a.float(0);
    Ok(match op {
        FloatTrueDiv => Value::Float(rt::float_truediv(x, a.float(1))?),
        FloatFloorDiv => Value::Float(rt::float_floordiv(x, a.float(1))?),
        FloatMod => Value::Float(rt::float_mod(x, a.float(1))?),
        FloatPow => Value::Float(rt::float_pow(x, a.float(1))?),
        FloatToInt => Value::Int(rt::float_to_int(x)?),
        Math(f) => Value::Float(rt::math_fn(*f, x)?),
        MathAtan2 => Value::Float(rt::math_atan2(x, a.float(1))),
        MathPow => Value::Float(rt::math_pow(x, a.float(1))?),
        MathIsNan => Value::Bool(x.is_nan()),
        MathIsInf => Value::Bool(x.is_infinite()),
        MathFloor => Value::Int(rt::math_floor(x)?),
        MathCeil => Value::Int(rt::math_ceil(x)?),
        _ => unreachable!("not a float op: {op:?}"),
    })
}
