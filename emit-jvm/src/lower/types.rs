//! How typed-IR types map to JVM types: int is long, float is double, bool
//! is boolean; lists of primitives are unboxed list classes; everything else
//! is a reference to a generated or shim class.

use lltype::ir::{IterKind, Type};

use super::Ctx;
use crate::classfile::{Code, Invoke, JType, Pool};
use crate::runtime::names as rt;

impl Ctx<'_> {
    pub fn jtype(&self, t: &Type) -> JType {
        match t {
            Type::Void => JType::Void,
            Type::Bool => JType::Bool,
            // r_uint shares its bits with int; only some operations differ.
            Type::Int | Type::Uint => JType::Long,
            Type::Float => JType::Double,
            Type::Str => JType::object(rt::STRING),
            Type::Bytes => JType::object(rt::BYTES),
            Type::Instance(c) => JType::object(&self.class_name(*c)),
            Type::List(item) => JType::object(list_class(item)),
            Type::Dict(k, v) => JType::object(&dict_class(k, v)),
            Type::Tuple(_) => JType::object(&self.tuples[t]),
            Type::Range => JType::object(rt::RANGE),
            Type::Func(_) => JType::object(rt::METHOD_HANDLE),
            Type::Iter(kind, item) => JType::object(iter_class(*kind, item)),
        }
    }

    /// The JVM type of list items as the list class stores them.
    pub fn list_item_jtype(&self, item: &Type) -> JType {
        match item {
            Type::Int | Type::Uint => JType::Long,
            Type::Float => JType::Double,
            Type::Bool => JType::Bool,
            _ => JType::object(rt::OBJECT),
        }
    }
}

/// Dicts are specialised by key kind (`J`: int, `D`: float, `S`: str, `O`:
/// anything else, boxed) and value kind (`J` int, `D` float, `Z` bool, `O` reference).
pub fn dict_class(key: &Type, value: &Type) -> String {
    let k = match key {
        Type::Int | Type::Uint => 'J',
        Type::Float => 'D',
        Type::Str => 'S',
        _ => 'O',
    };
    let v = match value {
        Type::Int | Type::Uint => 'J',
        Type::Float => 'D',
        Type::Bool => 'Z',
        _ => 'O',
    };
    format!("rpy/rt/Dict{k}{v}")
}

/// The JVM types of a dict class's keys and values.
pub fn dict_kinds(key: &Type, value: &Type) -> (JType, JType) {
    let k = match key {
        Type::Int | Type::Uint => JType::Long,
        Type::Float => JType::Double,
        Type::Str => JType::object(rt::STRING),
        _ => JType::object(rt::OBJECT),
    };
    let v = match value {
        Type::Int | Type::Uint => JType::Long,
        Type::Float => JType::Double,
        Type::Bool => JType::Bool,
        _ => JType::object(rt::OBJECT),
    };
    (k, v)
}

/// Int and Uint: a 64-bit word, stored unboxed as a long.
pub fn is_word(t: &Type) -> bool {
    matches!(t, Type::Int | Type::Uint)
}

pub fn list_class(item: &Type) -> &'static str {
    match item {
        Type::Int | Type::Uint => rt::LIST_I,
        Type::Float => rt::LIST_F,
        Type::Bool => rt::LIST_Z,
        _ => rt::LIST_O,
    }
}

pub fn iter_class(kind: IterKind, item: &Type) -> &'static str {
    match kind {
        IterKind::List => match item {
            Type::Int | Type::Uint => "rpy/rt/ListI$Iter",
            Type::Float => "rpy/rt/ListF$Iter",
            Type::Bool => "rpy/rt/ListZ$Iter",
            _ => "rpy/rt/ListO$Iter",
        },
        IterKind::Str => "rpy/rt/StrIter",
        IterKind::Bytes => "rpy/rt/BytesIter",
        IterKind::Range => "rpy/rt/Range$Iter",
        IterKind::DictKeys if is_word(item) => "rpy/rt/KeyIterJ",
        IterKind::DictKeys if *item == Type::Float => "rpy/rt/KeyIterD",
        IterKind::DictKeys => "rpy/rt/KeyIterO",
    }
}

/// True when `coerce` emits nothing: the same type, a value dropped into
/// void, or a reference seen as Object.
pub fn converts_unchanged(from: &JType, to: &JType) -> bool {
    from == to || *to == JType::Void || (from.is_ref() && *to == JType::object(rt::OBJECT))
}

/// Converts the value on top of the stack from `from` to `to`: boxing into
/// Object, unboxing and casting out of Object, reference casts.
pub fn coerce(code: &mut Code, pool: &mut Pool, from: &JType, to: &JType) {
    if converts_unchanged(from, to) {
        return;
    }
    match (from, to) {
        (JType::Long, JType::Ref(_)) => code.invoke(
            pool,
            Invoke::Static,
            "java/lang/Long",
            "valueOf",
            "(J)Ljava/lang/Long;",
        ),
        (JType::Double, JType::Ref(_)) => code.invoke(
            pool,
            Invoke::Static,
            "java/lang/Double",
            "valueOf",
            "(D)Ljava/lang/Double;",
        ),
        (JType::Bool, JType::Ref(_)) => code.invoke(
            pool,
            Invoke::Static,
            "java/lang/Boolean",
            "valueOf",
            "(Z)Ljava/lang/Boolean;",
        ),
        (JType::Ref(_), JType::Long) => {
            code.checkcast(pool, "java/lang/Long");
            code.invoke(pool, Invoke::Virtual, "java/lang/Long", "longValue", "()J");
        }
        (JType::Ref(_), JType::Double) => {
            code.checkcast(pool, "java/lang/Double");
            code.invoke(
                pool,
                Invoke::Virtual,
                "java/lang/Double",
                "doubleValue",
                "()D",
            );
        }
        (JType::Ref(_), JType::Bool) => {
            code.checkcast(pool, "java/lang/Boolean");
            code.invoke(
                pool,
                Invoke::Virtual,
                "java/lang/Boolean",
                "booleanValue",
                "()Z",
            );
        }
        (JType::Ref(_), JType::Ref(n)) => code.checkcast(pool, n),
        (JType::Bool, JType::Long) => code.raw(
            ristretto_classfile::attributes::Instruction::I2l,
            1,
            JType::Long,
        ),
        (JType::Long, JType::Double) => code.raw(
            ristretto_classfile::attributes::Instruction::L2d,
            1,
            JType::Double,
        ),
        (JType::Void, _) => default_value(code, pool, to),
        (_, _) => panic!("cannot convert {from:?} to {to:?}"),
    }
}

/// Pushes the zero value of a type (a void value seen as another type).
pub fn default_value(code: &mut Code, pool: &mut Pool, t: &JType) {
    match t {
        JType::Void => {}
        JType::Bool => code.bool_const(false),
        JType::Int => code.int_const(pool, 0),
        JType::Long => code.long_const(pool, 0),
        JType::Double => code.double_const(pool, 0.0),
        JType::Ref(n) => code.null_const(n),
    }
}
