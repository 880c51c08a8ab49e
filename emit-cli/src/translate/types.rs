//! How typed-IR types are represented on the CLI: see `Context::sig`.

use lltype::ir::Type;

/// True when values of the type exist at run time (everything but Void).
pub fn has_value(t: &Type) -> bool {
    *t != Type::Void
}
