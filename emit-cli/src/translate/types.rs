//! How typed-IR types are represented on the CLI.
//!
//! Lists whose items are primitives, strings or instances are `List<T>` of
//! mscorlib with T unboxed (`List<long>`, `List<double>`, `List<bool>`,
//! `List<string>`, `List<RPython.C>`).
//! Reference types the backend does not lower yet are `object`, so that
//! signatures can mention them; operations on them are refused.

use lltype::ir::{ClassId, Type};

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
    /// Instances of an RPython class (`List<RPython.C>`).
    Instance(ClassId),
}

impl Elem {
    pub fn of(t: &Type) -> Option<Elem> {
        Some(match t {
            Type::Int | Type::Uint => Elem::Int,
            Type::Float => Elem::Float,
            Type::Bool => Elem::Bool,
            Type::Str => Elem::Str,
            Type::Instance(c) => Elem::Instance(*c),
            _ => return None,
        })
    }

    pub fn suffix(self) -> String {
        match self {
            Elem::Int => "int".into(),
            Elem::Float => "float".into(),
            Elem::Bool => "bool".into(),
            Elem::Str => "str".into(),
            Elem::Instance(c) => format!("instance{}", c.0),
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
