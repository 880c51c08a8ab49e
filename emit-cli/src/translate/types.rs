//! How typed-IR types are represented on the CLI.

use lltype::ir::Type;

use crate::sig::SigType;

/// The CLI type of a typed-IR type; None for Void, which has no value (no
/// local, nothing pushed). Reference types the backend does not lower yet
/// are `object`, so signatures can mention them (the entry point's argv);
/// any operation on them is reported as unsupported.
pub fn cli_type(t: &Type) -> Option<SigType> {
    Some(match t {
        Type::Void => return None,
        Type::Bool => SigType::Bool,
        Type::Int | Type::Uint => SigType::I8,
        Type::Float => SigType::R8,
        Type::Str => SigType::String,
        _ => SigType::Object,
    })
}

pub fn ret_type(t: &Type) -> SigType {
    cli_type(t).unwrap_or(SigType::Void)
}
