//! Execution of the opcodes that do not call graphs: one match, dispatching
//! to the files of this folder by kind of value. Operations fail with an
//! `RtError` (class name and message) which the evaluation loop turns into
//! an instance of that built-in exception class.

mod bytes;
mod dicts;
mod generic;
mod iter;
mod lists;
mod numbers;
mod system;
pub mod text;

use std::rc::Rc;

use crate::ir::Opcode;

use super::code::Arg;
use super::eval::arg_value;
use super::machine::Interp;
use super::rt::RtError;
use super::value::{DictRef, ListRef, Text, Value};

pub type OpResult = Result<Value, RtError>;

/// The operands of one operation, read from the frame.
#[derive(Clone, Copy)]
pub struct Args<'s> {
    stack: &'s [Value],
    base: usize,
    args: &'s [Arg],
}

impl<'s> Args<'s> {
    #[inline(always)]
    pub fn v(&self, i: usize) -> &'s Value {
        arg_value(self.stack, self.base, &self.args[i])
    }
    pub fn len(&self) -> usize {
        self.args.len()
    }
    /// An optional trailing operand.
    pub fn opt(&self, i: usize) -> Option<&'s Value> {
        self.args
            .get(i)
            .map(|a| arg_value(self.stack, self.base, a))
    }
    pub fn iter(&self) -> impl Iterator<Item = &'s Value> + '_ {
        (0..self.args.len()).map(|i| self.v(i))
    }
    #[inline(always)]
    pub fn int(&self, i: usize) -> i64 {
        self.v(i).as_int()
    }
    #[inline(always)]
    pub fn float(&self, i: usize) -> f64 {
        self.v(i).as_float()
    }
    pub fn bool(&self, i: usize) -> bool {
        self.v(i).as_bool()
    }
    pub fn text(&self, i: usize) -> Result<&'s Rc<Text>, RtError> {
        match self.v(i) {
            Value::Str(t) => Ok(t),
            v => Err(operand_error(v, "str")),
        }
    }
    pub fn str(&self, i: usize) -> Result<&'s str, RtError> {
        Ok(self.text(i)?.as_str())
    }
    /// A Str operand that may be null (None).
    pub fn opt_str(&self, i: usize) -> Option<&'s str> {
        match self.opt(i)? {
            Value::Str(t) => Some(t.as_str()),
            _ => None,
        }
    }
    pub fn bytes(&self, i: usize) -> Result<&'s [u8], RtError> {
        match self.v(i) {
            Value::Bytes(b) => Ok(b),
            v => Err(operand_error(v, "bytes")),
        }
    }
    pub fn list(&self, i: usize) -> Result<&'s ListRef, RtError> {
        match self.v(i) {
            Value::List(l) => Ok(l),
            v => Err(operand_error(v, "list")),
        }
    }
    pub fn dict(&self, i: usize) -> Result<&'s DictRef, RtError> {
        match self.v(i) {
            Value::Dict(d) => Ok(d),
            v => Err(operand_error(v, "dict")),
        }
    }
}

/// The class of the marker error for a None operand; `exec_op` replaces it
/// by the error CPython gives for that operation on None.
const NONE_OPERAND: &str = "<None operand>";

/// A reference operand that is None (the program's bug, reported as CPython
/// would) or of the wrong type (a malformed graph: an interpreter bug).
#[cold]
fn operand_error(v: &Value, expected: &str) -> RtError {
    match v {
        Value::Null | Value::Void => RtError::new(NONE_OPERAND, String::new()),
        other => panic!("graph interpreter: expected a {expected} operand, got {other:?} (malformed typed graph)"),
    }
}

/// CPython's error for `op` applied to None.
#[cold]
fn none_error(op: &Opcode) -> RtError {
    use Opcode::*;
    let method = |name: &str| {
        err(
            "AttributeError",
            format!("'NoneType' object has no attribute '{name}'"),
        )
    };
    match op {
        StrLen | BytesLen | ListLen | DictLen => {
            err("TypeError", "object of type 'NoneType' has no len()")
        }
        StrGetItem | BytesGetItem | ListGetItem | DictGetItem | StrSlice | BytesSlice
        | ListSlice | TupleGetItem(_) => err("TypeError", "'NoneType' object is not subscriptable"),
        ListSetItem | DictSetItem => err(
            "TypeError",
            "'NoneType' object does not support item assignment",
        ),
        ListDelItem | DictDelItem => err(
            "TypeError",
            "'NoneType' object doesn't support item deletion",
        ),
        StrContains | ListContains | DictContains => {
            err("TypeError", "argument of type 'NoneType' is not iterable")
        }
        BytesConcat | ListConcat => {
            err("TypeError", "unsupported operand type(s) for +: 'NoneType'")
        }
        StrJoin => err("TypeError", "can only join an iterable"),
        ListAppend => method("append"),
        ListPop | DictPop | DictPopDefault => method("pop"),
        ListInsert => method("insert"),
        ListExtend => method("extend"),
        ListReverse => method("reverse"),
        ListIndex => method("index"),
        ListRemove => method("remove"),
        ListCount | StrCount => method("count"),
        ListSort => method("sort"),
        ListCopy | DictCopy => method("copy"),
        DictGet => method("get"),
        DictSetDefault => method("setdefault"),
        DictKeys => method("keys"),
        DictValues => method("values"),
        DictItems => method("items"),
        DictClear => method("clear"),
        StrSplit => method("split"),
        StrStrip => method("strip"),
        StrLStrip => method("lstrip"),
        StrRStrip => method("rstrip"),
        StrFind => method("find"),
        StrRFind => method("rfind"),
        StrStartsWith => method("startswith"),
        StrEndsWith => method("endswith"),
        StrReplace => method("replace"),
        StrUpper => method("upper"),
        StrLower => method("lower"),
        StrCapitalize => method("capitalize"),
        StrIsDigit => method("isdigit"),
        StrIsAlpha => method("isalpha"),
        StrIsSpace => method("isspace"),
        StrEncodeUtf8 => method("encode"),
        BytesDecodeUtf8 => method("decode"),
        StrToInt => err(
            "TypeError",
            "int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
        ),
        StrToFloat => err(
            "TypeError",
            "float() argument must be a string or a real number, not 'NoneType'",
        ),
        StrOrd => err(
            "TypeError",
            "ord() expected string of length 1, but NoneType found",
        ),
        _ => err(
            "TypeError",
            format!("'NoneType' object is not supported by {}", op.name()),
        ),
    }
}

pub fn err(class: &'static str, message: impl Into<String>) -> RtError {
    RtError::new(class, message)
}

/// Python slice bounds `[start:stop]` on a sequence of `len` items, clamped;
/// `i64::MIN` / `i64::MAX` (absent bounds) clamp naturally.
pub fn clamp_slice(len: usize, start: i64, stop: i64) -> (usize, usize) {
    let len = len as i64;
    let clamp = |i: i64| {
        if i < 0 {
            i.saturating_add(len).max(0)
        } else {
            i.min(len)
        }
    };
    let (start, stop) = (clamp(start), clamp(stop));
    (start as usize, stop.max(start) as usize)
}

/// A Python index (negative counts from the end) into `len` items.
pub fn seq_index(len: usize, i: i64) -> Option<usize> {
    let i = if i < 0 { i.checked_add(len as i64)? } else { i };
    if i >= 0 && (i as u64) < len as u64 {
        Some(i as usize)
    } else {
        None
    }
}

#[inline(never)]
pub fn exec_op(it: &mut Interp, op: &Opcode, args: &[Arg], base: usize) -> OpResult {
    use Opcode::*;
    let result = if matches!(op, WriteStdout | OsWrite | OsRead | OsOpen | OsClose) {
        system::exec_io(it, op, args, base)
    } else {
        let it: &Interp = it;
        let a = Args {
            stack: &it.stack,
            base,
            args,
        };
        dispatch(it, op, a)
    };
    result.map_err(|e| {
        if e.class == NONE_OPERAND {
            none_error(op)
        } else {
            e
        }
    })
}

#[inline(always)]
fn dispatch(it: &Interp, op: &Opcode, a: Args) -> OpResult {
    use Opcode::*;
    Ok(match op {
        // ---- ints ----
        IntAdd => Value::Int(a.int(0).wrapping_add(a.int(1))),
        IntSub => Value::Int(a.int(0).wrapping_sub(a.int(1))),
        IntMul => Value::Int(a.int(0).wrapping_mul(a.int(1))),
        IntLt => Value::Bool(a.int(0) < a.int(1)),
        IntLe => Value::Bool(a.int(0) <= a.int(1)),
        IntEq => Value::Bool(a.int(0) == a.int(1)),
        IntNe => Value::Bool(a.int(0) != a.int(1)),
        IntGt => Value::Bool(a.int(0) > a.int(1)),
        IntGe => Value::Bool(a.int(0) >= a.int(1)),
        IntNeg => Value::Int(a.int(0).wrapping_neg()),
        IntAbs => Value::Int(a.int(0).wrapping_abs()),
        IntInvert => Value::Int(!a.int(0)),
        IntAnd => Value::Int(a.int(0) & a.int(1)),
        IntOr => Value::Int(a.int(0) | a.int(1)),
        IntXor => Value::Int(a.int(0) ^ a.int(1)),
        IntFloorDiv | IntMod | IntPow | IntLshift | IntRshift | IntAddOvf | IntSubOvf
        | IntMulOvf | UintLt | UintLe | UintGt | UintGe | UintFloorDiv | UintMod | UintRshift => {
            numbers::int_op(op, a)?
        }
        // ---- floats ----
        FloatAdd => Value::Float(a.float(0) + a.float(1)),
        FloatSub => Value::Float(a.float(0) - a.float(1)),
        FloatMul => Value::Float(a.float(0) * a.float(1)),
        FloatNeg => Value::Float(-a.float(0)),
        FloatAbs => Value::Float(a.float(0).abs()),
        FloatLt => Value::Bool(a.float(0) < a.float(1)),
        FloatLe => Value::Bool(a.float(0) <= a.float(1)),
        FloatEq => Value::Bool(a.float(0) == a.float(1)),
        FloatNe => Value::Bool(a.float(0) != a.float(1)),
        FloatGt => Value::Bool(a.float(0) > a.float(1)),
        FloatGe => Value::Bool(a.float(0) >= a.float(1)),
        FloatTrueDiv | FloatFloorDiv | FloatMod | FloatPow | FloatToInt | Math(_) | MathAtan2
        | MathPow | MathIsNan | MathIsInf | MathFloor | MathCeil => numbers::float_op(op, a)?,
        // ---- bools and conversions ----
        BoolNot => Value::Bool(!a.bool(0)),
        BoolEq => Value::Bool(a.bool(0) == a.bool(1)),
        IntToFloat => Value::Float(a.int(0) as f64),
        UintToFloat => Value::Float(a.int(0) as u64 as f64),
        UintToStr => Value::string((a.int(0) as u64).to_string()),

        BoolToInt => Value::Int(a.bool(0) as i64),
        IsTrue => Value::Bool(generic::truth(a.v(0))),
        ToStr => match a.v(0) {
            // str(s) is s itself: no copy.
            Value::Str(s) => Value::Str(s.clone()),
            v => Value::string(it.to_str(v)),
        },
        Repr => Value::string(it.repr(a.v(0))),
        // ---- str ----
        StrToInt | StrToFloat | Format(_) | StrLen | StrGetItem | StrSlice | StrConcat | StrMul
        | StrEq | StrNe | StrLt | StrLe | StrGt | StrGe | StrContains | StrJoin | StrSplit
        | StrStrip | StrLStrip | StrRStrip | StrFind | StrRFind | StrCount | StrStartsWith
        | StrEndsWith | StrReplace | StrUpper | StrLower | StrCapitalize | StrIsDigit
        | StrIsAlpha | StrIsSpace | StrOrd | Chr => text::exec(it, op, a)?,
        // ---- bytes ----
        StrEncodeUtf8 | BytesDecodeUtf8 | BytesLen | BytesGetItem | BytesConcat | BytesEq
        | BytesSlice => bytes::exec(op, a)?,
        // ---- lists ----
        NewList | ListRepeat | ListLen | ListGetItem | ListSetItem | ListDelItem | ListSlice
        | ListAppend | ListPop | ListInsert | ListExtend | ListReverse | ListIndex | ListRemove
        | ListCount | ListSort | ListContains | ListConcat | ListMul | ListCopy => {
            lists::exec(op, a)?
        }
        ToList | Enumerate | Zip => lists::materialize(op, a)?,
        // ---- dicts ----
        NewDict | DictLen | DictGetItem | DictSetItem | DictDelItem | DictContains | DictGet
        | DictPop | DictPopDefault | DictSetDefault | DictKeys | DictValues | DictItems
        | DictClear | DictCopy => dicts::exec(it, op, a)?,
        // ---- tuples and generic structural operations ----
        NewTuple => Value::Tuple(a.iter().cloned().collect()),
        TupleGetItem(n) => match a.v(0) {
            Value::Tuple(t) => t[*n as usize].clone(),
            v => return Err(operand_error(v, "tuple")),
        },
        Eq | Lt | Is | Min | Max | Hash => generic::exec(op, a)?,
        // ---- range and iterators ----
        NewRange | RangeLen | NewIter(_) | IterNext => iter::exec(it, op, a)?,
        // ---- instances ----
        New(class) => Value::Instance(it.new_object(*class)),
        InstanceOf(class) => {
            Value::Bool(matches!(a.v(0), Value::Instance(o) if it.is_subclass(o.class, *class)))
        }
        Downcast(_) | SameAs | Promote => a.v(0).clone(),
        ClassName => match a.v(0) {
            Value::Instance(o) => Value::str(&it.program.class(o.class).name),
            _ => Value::str("NoneType"),
        },
        GetMethod(name) => match a.v(0) {
            Value::Instance(o) => match it.program.resolve_method(o.class, name) {
                Some(g) => Value::Func(g),
                None => {
                    return Err(err(
                        "AttributeError",
                        format!("object has no attribute '{name}'"),
                    ))
                }
            },
            _ => {
                return Err(err(
                    "AttributeError",
                    format!("'NoneType' object has no attribute '{name}'"),
                ))
            }
        },
        TimeTime => system::time_time(),

        // Resolved by the decoder into `code::Kind` and run by the evaluation loop.
        GetField(_) | SetField(_) | GetClassAttr(_) | DirectCall(_) | MethodCall(_)
        | IndirectCall => {
            unreachable!("decoded into code::Kind")
        }
        WriteStdout | OsWrite | OsRead | OsOpen | OsClose => {
            unreachable!("handled by system::exec_io")
        }
    })
}
