//! Str operations, by code point. Indexing and slicing use `Text`'s cached
//! length (O(1) on ASCII text); the CPython-exact methods come from the
//! runtime module.

use std::rc::Rc;

use crate::ir::Opcode;

use super::{clamp_slice, err, seq_index, Args, OpResult};
use crate::interp::machine::Interp;
use crate::interp::rt::{self, text, RtError};
use crate::interp::value::{Text, Value};

pub fn exec(it: &Interp, op: &Opcode, a: Args) -> OpResult {
    use Opcode::*;
    Ok(match op {
        StrToInt => Value::Int(rt::parse_int(a.str(0)?)?),
        StrToFloat => Value::Float(rt::parse_float(a.str(0)?)?),
        Format(spec) => Value::string(match a.v(0) {
            Value::Int(i) => rt::format_int(*i, spec)?,
            Value::Float(f) => rt::format_float(*f, spec)?,
            Value::Bool(b) => rt::format_bool(*b, spec)?,
            Value::Str(s) => rt::format_str(s.as_str(), spec)?,
            // `format(None, spec)` formats str(None).
            other => rt::format_str(&it.to_str(other), spec)?,
        }),
        StrLen => Value::Int(a.text(0)?.char_len() as i64),
        StrGetItem => {
            let t = a.text(0)?;
            match seq_index(t.char_len(), a.int(1)) {
                Some(i) => char_value(it, t.char_at(i)),
                None => return Err(err("IndexError", "string index out of range")),
            }
        }
        StrSlice => {
            let t = a.text(0)?;
            let (start, stop) = clamp_slice(t.char_len(), a.int(1), a.int(2));
            if start == 0 && stop == t.char_len() {
                Value::Str(t.clone())
            } else if stop - start == 1 {
                char_value(it, t.char_at(start))
            } else {
                Value::Str(Rc::new(Text::with_len(
                    t.char_slice(start, stop).into(),
                    stop - start,
                )))
            }
        }
        StrConcat => match (a.v(0), a.v(1)) {
            (Value::Str(x), Value::Str(y)) => concat(x, y),
            (Value::Str(_), _) => return Err(concat_none_error(true)),
            _ => return Err(concat_none_error(false)),
        },
        StrMul => Value::string(text::checked_repeat(a.str(0)?, a.int(1))?),
        // Either side may be None (an optional str compared with None).
        StrEq => Value::Bool(str_eq(a.v(0), a.v(1))),
        StrNe => Value::Bool(!str_eq(a.v(0), a.v(1))),
        // UTF-8 byte order is code-point order, as Python compares strs.
        StrLt => Value::Bool(a.str(0)? < a.str(1)?),
        StrLe => Value::Bool(a.str(0)? <= a.str(1)?),
        StrGt => Value::Bool(a.str(0)? > a.str(1)?),
        StrGe => Value::Bool(a.str(0)? >= a.str(1)?),
        StrContains => Value::Bool(a.str(0)?.contains(a.str(1)?)),
        StrJoin => {
            let sep = a.str(0)?;
            let items = a.list(1)?.borrow();
            let mut s = String::new();
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    s.push_str(sep);
                }
                match item {
                    Value::Str(t) => s.push_str(t.as_str()),
                    _ => {
                        return Err(err(
                            "TypeError",
                            format!("sequence item {i}: expected str instance, NoneType found"),
                        ))
                    }
                }
            }
            Value::string(s)
        }
        StrSplit => {
            let pieces = match a.opt_str(1) {
                None => text::split_whitespace(a.str(0)?),
                Some(sep) => text::split(a.str(0)?, sep)?,
            };
            Value::list(pieces.into_iter().map(Value::string).collect())
        }
        StrStrip => Value::string(text::strip(a.str(0)?, a.opt_str(1))),
        StrLStrip => Value::string(text::lstrip(a.str(0)?, a.opt_str(1))),
        StrRStrip => Value::string(text::rstrip(a.str(0)?, a.opt_str(1))),
        StrFind | StrRFind => Value::Int(find(op, a)?),
        StrCount => Value::Int(text::count(a.str(0)?, a.str(1)?)),
        StrStartsWith => Value::Bool(a.str(0)?.starts_with(a.str(1)?)),
        StrEndsWith => Value::Bool(a.str(0)?.ends_with(a.str(1)?)),
        StrReplace => Value::string(text::replace(a.str(0)?, a.str(1)?, a.str(2)?)),
        StrUpper => Value::string(text::upper(a.str(0)?)),
        StrLower => Value::string(text::lower(a.str(0)?)),
        StrCapitalize => Value::string(text::capitalize(a.str(0)?)),
        StrIsDigit => Value::Bool(text::is_digit(a.str(0)?)),
        StrIsAlpha => Value::Bool(text::is_alpha(a.str(0)?)),
        StrIsSpace => Value::Bool(text::is_space(a.str(0)?)),
        StrOrd => Value::Int(text::ord(a.str(0)?)?),
        Chr => {
            let i = a.int(0);
            match u8::try_from(i) {
                Ok(b) if b < 128 => it.ascii_chars[b as usize].clone(),
                _ => Value::string(text::chr(i)?),
            }
        }
        _ => unreachable!("not a str op: {op:?}"),
    })
}

pub fn concat(x: &Text, y: &Text) -> Value {
    let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
    s.push_str(x.as_str());
    s.push_str(y.as_str());
    Value::Str(Rc::new(Text::with_len(s, x.char_len() + y.char_len())))
}

/// CPython's error for `s + None` (`left_is_str`) or `None + s`.
pub fn concat_none_error(left_is_str: bool) -> RtError {
    if left_is_str {
        err(
            "TypeError",
            "can only concatenate str (not \"NoneType\") to str",
        )
    } else {
        err(
            "TypeError",
            "unsupported operand type(s) for +: 'NoneType' and 'str'",
        )
    }
}

fn str_eq(x: &Value, y: &Value) -> bool {
    match (x, y) {
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Value::Null | Value::Void, Value::Null | Value::Void) => true,
        _ => false,
    }
}

/// A one-character str, shared for ASCII.
fn char_value(it: &Interp, c: char) -> Value {
    if c.is_ascii() {
        it.ascii_chars[c as usize].clone()
    } else {
        Value::string(c.to_string())
    }
}

/// `s.find(sub, start, end)` / `rfind`. ASCII text is searched by byte
/// offsets directly (indexes are then code points); other text goes through
/// the runtime's code-point version.
fn find(op: &Opcode, a: Args) -> Result<i64, RtError> {
    let (t, sub) = (a.text(0)?, a.str(1)?);
    let start = a.opt(2).map_or(0, Value::as_int);
    let end = a.opt(3).map_or(i64::MAX, Value::as_int);
    let rev = matches!(op, Opcode::StrRFind);
    if !t.is_ascii() {
        return Ok(if rev {
            text::rfind(t.as_str(), sub, start, end)
        } else {
            text::find(t.as_str(), sub, start, end)
        });
    }
    // CPython's ADJUST_INDICES: end clamps to the length, start does not.
    let len = t.char_len() as i64;
    let adj = |v: i64| {
        if v < 0 {
            v.saturating_add(len).max(0)
        } else {
            v
        }
    };
    let (start, end) = (adj(start), adj(end).min(len));
    if end - start < sub.len() as i64 {
        return Ok(-1);
    }
    let window = &t.as_str()[start as usize..end as usize];
    let found = if rev {
        window.rfind(sub)
    } else {
        window.find(sub)
    };
    Ok(found.map_or(-1, |i| start + i as i64))
}
