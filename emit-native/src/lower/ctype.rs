//! How IR types are represented in C. Scalars are C scalars (`bool`,
//! `int64_t` for Int and Uint alike, `double`); every reference type is a
//! `void *` in variables and signatures (the emitter knows the static type and
//! casts where it looks inside an object), which keeps indirect calls and
//! slot conversions uniform. `Void` has no C value at all.
//!
//! In containers and fields a value lives in an 8-byte `rpy_word` slot:
//! `.i` for Int, Uint and Bool, `.f` for Float, `.p` for references.

use lltype::ir::Type;

/// The C type of a variable of IR type `ty`; None for Void.
pub(crate) fn c_type(ty: &Type) -> Option<&'static str> {
    match ty {
        Type::Void => None,
        Type::Bool => Some("bool"),
        Type::Int | Type::Uint => Some("int64_t"),
        Type::Float => Some("double"),
        _ => Some("void *"),
    }
}

/// The C return type of a function returning `ty`.
pub(crate) fn c_ret_type(ty: &Type) -> &'static str {
    c_type(ty).unwrap_or("void")
}

/// A zero of the C type (the dummy value returned along with an exception).
pub(crate) fn c_zero(ty: &Type) -> &'static str {
    match ty {
        Type::Void => "",
        Type::Bool => "false",
        Type::Int | Type::Uint => "0",
        Type::Float => "0.0",
        _ => "NULL",
    }
}

/// Wraps the C expression `e` of type `ty` into an `rpy_word`.
pub(crate) fn to_word(e: &str, ty: &Type) -> String {
    match ty {
        Type::Void => "rpy_wi(0)".to_string(),
        Type::Bool | Type::Int | Type::Uint => format!("rpy_wi((int64_t)({e}))"),
        Type::Float => format!("rpy_wf({e})"),
        _ => format!("rpy_wp({e})"),
    }
}

/// The member of the `rpy_word` expression `w` that holds a value of `ty`.
pub(crate) fn from_word(w: &str, ty: &Type) -> String {
    match ty {
        // Still evaluated: the operation may raise (a lookup in a dict of
        // never-stored values).
        Type::Void => format!("(void)({w})"),
        Type::Bool => format!("(({w}).i != 0)"),
        Type::Int | Type::Uint => format!("({w}).i"),
        Type::Float => format!("({w}).f"),
        _ => format!("({w}).p"),
    }
}

/// The member name of an `rpy_word` slot holding `ty`.
pub(crate) fn word_member(ty: &Type) -> &'static str {
    match ty {
        Type::Float => "f",
        Type::Void | Type::Bool | Type::Int | Type::Uint => "i",
        _ => "p",
    }
}
