//! How typed-IR types are represented on the CLI.
//!
//! Lists whose items are primitives or strings are `List<T>` of mscorlib with
//! T unboxed (`List<long>`, `List<double>`, `List<bool>`, `List<string>`).
//! Reference types the backend does not lower yet are `object`, so that
//! signatures can mention them; operations on them are refused.

use lltype::ir::Type;

use crate::sig::SigType;

/// True when values of the type exist at run time (everything but Void).
pub fn has_value(t: &Type) -> bool {
    *t != Type::Void
}

/// An item type a `List<T>` holds unboxed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Elem {
    Int,
    Float,
    Bool,
    Str,
}

impl Elem {
    pub fn of(t: &Type) -> Option<Elem> {
        Some(match t {
            Type::Int | Type::Uint => Elem::Int,
            Type::Float => Elem::Float,
            Type::Bool => Elem::Bool,
            Type::Str => Elem::Str,
            _ => return None,
        })
    }

    pub fn sig(self) -> SigType {
        match self {
            Elem::Int => SigType::I8,
            Elem::Float => SigType::R8,
            Elem::Bool => SigType::Bool,
            Elem::Str => SigType::String,
        }
    }

    pub fn suffix(self) -> &'static str {
        match self {
            Elem::Int => "int",
            Elem::Float => "float",
            Elem::Bool => "bool",
            Elem::Str => "str",
        }
    }
}

/// The item type of a list type the backend lowers.
pub fn list_elem(t: &Type) -> Option<Elem> {
    match t {
        Type::List(item) => Elem::of(item),
        _ => None,
    }
}
