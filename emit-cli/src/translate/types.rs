//! How typed-IR types are represented on the CLI: see `Context::sig`; what
//! the representation cannot hold.

use lltype::ir::Type;

/// True when values of the type exist at run time (everything but Void).
pub fn has_value(t: &Type) -> bool {
    *t != Type::Void
}

// MAX_TUPLE_ITEMS: the largest arity of the runtime's tuple classes
// (written by build.rs, which generates them).
include!(concat!(env!("OUT_DIR"), "/tuple_limit.rs"));

/// A tuple type in `t` with more items than the runtime's largest tuple
/// class (`Tuple{MAX_TUPLE_ITEMS}`), if any.
pub fn too_wide_tuple(t: &Type) -> Option<&Type> {
    match t {
        Type::Tuple(items) if items.len() > MAX_TUPLE_ITEMS => Some(t),
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
