//! Bytes operations and the str <-> UTF-8 conversions.

use crate::ir::Opcode;

use super::{clamp_slice, err, seq_index, Args, OpResult};
use crate::interp::rt;
use crate::interp::value::Value;

pub fn exec(op: &Opcode, a: Args) -> OpResult {
    use Opcode::*;
    Ok(match op {
        // Rust strings hold no lone surrogates, so encoding cannot fail.
        StrEncodeUtf8 => Value::Bytes(a.str(0)?.as_bytes().into()),
        BytesDecodeUtf8 => Value::string(rt::decode_utf8(a.bytes(0)?)?),
        BytesLen => Value::Int(a.bytes(0)?.len() as i64),
        BytesGetItem => {
            let b = a.bytes(0)?;
            match seq_index(b.len(), a.int(1)) {
                Some(i) => Value::Int(b[i] as i64),
                None => return Err(err("IndexError", "index out of range")),
            }
        }
        BytesConcat => Value::Bytes([a.bytes(0)?, a.bytes(1)?].concat().into()),
        BytesEq => Value::Bool(a.bytes(0)? == a.bytes(1)?),
        BytesSlice => {
            let b = a.bytes(0)?;
            let (start, stop) = clamp_slice(b.len(), a.int(1), a.int(2));
            Value::Bytes(b[start..stop].into())
        }
        _ => unreachable!("not a bytes op: {op:?}"),
    })
}
