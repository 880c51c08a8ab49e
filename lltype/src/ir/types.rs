//! Types of the typed IR. Object-level, as PyPy's ootype: every reference type
//! (everything but Void, Bool, Int, Float) may be null, which is how RPython's
//! `None` is represented when it mixes with a reference type.

use std::fmt;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClassId(pub u32);

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Type {
    /// No value (the type of a variable that always holds `None` or of a
    /// function that returns nothing).
    Void,
    Bool,
    /// Signed 64-bit, wrapping.
    Int,
    /// Unsigned 64-bit machine word (`r_uint`), wrapping. It shares its bits
    /// with `Int`: a value moves between the two without conversion; only
    /// division, modulo, right shift, ordering and printing differ.
    Uint,
    /// IEEE double.
    Float,
    /// Immutable Unicode text, indexed by code point.
    Str,
    /// Immutable byte string.
    Bytes,
    /// Reference to an instance of a class or of one of its subclasses.
    Instance(ClassId),
    /// Growable list with items of one type.
    List(Rc<Type>),
    /// Insertion-ordered hash map.
    Dict(Rc<Type>, Rc<Type>),
    /// Immutable record with fields of fixed types.
    Tuple(Rc<[Type]>),
    /// A `range(start, stop, step)` object.
    Range,
    /// Reference to a function with this signature.
    Func(Rc<Signature>),
    /// Iterator over a sequence, yielding items of the type given.
    Iter(IterKind, Rc<Type>),
}

/// What an iterator walks over; its `IterNext` yields the item type of `Type::Iter`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IterKind {
    /// Over a list, by index, seeing appends made during iteration (as CPython).
    List,
    /// Over a str, yielding 1-character strs.
    Str,
    /// Over a bytes, yielding ints.
    Bytes,
    /// Over a range, yielding ints.
    Range,
    /// Over the keys of a dict, in insertion order.
    DictKeys,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Signature {
    pub params: Vec<Type>,
    pub ret: Type,
}

impl Type {
    pub fn list(item: Type) -> Type {
        Type::List(Rc::new(item))
    }
    pub fn dict(key: Type, value: Type) -> Type {
        Type::Dict(Rc::new(key), Rc::new(value))
    }
    pub fn tuple(items: Vec<Type>) -> Type {
        Type::Tuple(items.into())
    }
    /// True for the types whose values are references (and so may be null).
    pub fn is_reference(&self) -> bool {
        !matches!(
            self,
            Type::Void | Type::Bool | Type::Int | Type::Uint | Type::Float
        )
    }

    /// A reference to an allocated object, which a garbage collector traces.
    /// A function reference is not one: functions are never allocated.
    pub fn is_heap_reference(&self) -> bool {
        self.is_reference() && !matches!(self, Type::Func(_))
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Void => write!(f, "void"),
            Type::Bool => write!(f, "bool"),
            Type::Int => write!(f, "int"),
            Type::Uint => write!(f, "uint"),

            Type::Float => write!(f, "float"),
            Type::Str => write!(f, "str"),
            Type::Bytes => write!(f, "bytes"),
            Type::Instance(c) => write!(f, "instance#{}", c.0),
            Type::List(t) => write!(f, "list[{t}]"),
            Type::Dict(k, v) => write!(f, "dict[{k}, {v}]"),
            Type::Tuple(ts) => {
                write!(f, "tuple[")?;
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{t}")?;
                }
                write!(f, "]")
            }
            Type::Range => write!(f, "range"),
            Type::Func(sig) => {
                write!(f, "fn(")?;
                for (i, t) in sig.params.iter().enumerate() {
                    if i > 0 {
                        write!(f, ", ")?;
                    }
                    write!(f, "{t}")?;
                }
                write!(f, ") -> {}", sig.ret)
            }
            Type::Iter(k, t) => write!(f, "iter<{k:?}>[{t}]"),
        }
    }
}
