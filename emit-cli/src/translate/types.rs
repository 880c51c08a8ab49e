//! How typed-IR types are represented on the CLI: see `Context::sig`; what
//! the representation cannot hold.

use lltype::ir::Type;

/// True when values of the type exist at run time (everything but Void).
pub fn has_value(t: &Type) -> bool {
    *t != Type::Void
}

/// A tuple type in `t` with more items than the runtime's largest tuple
/// class (`Tuple8`), if any.
pub fn too_wide_tuple(t: &Type) -> Option<&Type> {
    match t {
        Type::Tuple(items) if items.len() > 8 => Some(t),
        Type::Tuple(items) => items.iter().find_map(too_wide_tuple),
        Type::List(i) | Type::Iter(_, i) => too_wide_tuple(i),
        Type::Dict(k, v) => too_wide_tuple(k).or_else(|| too_wide_tuple(v)),
        Type::Func(sig) => sig
            .params
            .iter()
            .find_map(too_wide_tuple)
            .or_else(|| too_wide_tuple(&sig.ret)),
        _ => None,
    }
}
