//! What the front end knows without reading any file: the Python builtins of
//! the dialect and the library modules implemented by the toolchain (`os`,
//! `math`, `time`, `sys`, `rlib.*`). Both the module-level evaluator and the
//! flow graph builder resolve names through here, so they agree on meanings.

use std::collections::BTreeMap;

use crate::program::{Builtin, ClassId, Constant, BUILTIN_CLASSES};

/// Every builtin name of the dialect (for "did you mean" suggestions).
pub fn builtin_names() -> impl Iterator<Item = &'static str> {
    const FUNCTIONS: &[&str] = &[
        "print",
        "len",
        "range",
        "str",
        "int",
        "float",
        "bool",
        "repr",
        "ord",
        "chr",
        "isinstance",
        "min",
        "max",
        "abs",
        "list",
        "dict",
        "tuple",
        "enumerate",
        "zip",
        "reversed",
        "sorted",
        "super",
        "hash",
        "bytes",
        "staticmethod",
    ];
    FUNCTIONS
        .iter()
        .copied()
        .chain(BUILTIN_CLASSES.iter().map(|(n, _)| *n))
}

/// The meaning of a builtin name (`len`, `ValueError`, `staticmethod`...).
pub fn builtin_name(name: &str) -> Option<Constant> {
    let b = match name {
        "print" => Builtin::Print,
        "len" => Builtin::Len,
        "range" => Builtin::Range,
        "str" => Builtin::Str,
        "int" => Builtin::Int,
        "float" => Builtin::Float,
        "bool" => Builtin::Bool,
        "repr" => Builtin::Repr,
        "ord" => Builtin::Ord,
        "chr" => Builtin::Chr,
        "isinstance" => Builtin::Isinstance,
        "min" => Builtin::Min,
        "max" => Builtin::Max,
        "abs" => Builtin::Abs,
        "list" => Builtin::List,
        "dict" => Builtin::Dict,
        "tuple" => Builtin::Tuple,
        "enumerate" => Builtin::Enumerate,
        "zip" => Builtin::Zip,
        "reversed" => Builtin::Reversed,
        "sorted" => Builtin::Sorted,
        "super" => Builtin::Super,
        "hash" => Builtin::Hash,
        "bytes" => Builtin::Bytes,
        "staticmethod" => Builtin::StaticMethod,
        _ => {
            return BUILTIN_CLASSES
                .iter()
                .position(|(n, _)| *n == name)
                .map(|i| Constant::Class(ClassId(i as u32)));
        }
    };
    Some(Constant::Builtin(b))
}

/// Names of the library modules (dotted) the toolchain implements.
pub fn is_library_module(name: &str) -> bool {
    matches!(
        name,
        "os" | "math"
            | "time"
            | "sys"
            | "rlib"
            | "rlib.rarithmetic"
            | "rlib.objectmodel"
            | "rlib.jit"
    )
}

/// Submodules of a library package, by their short name (`rlib` -> `jit`...).
pub fn library_submodules(name: &str) -> &'static [&'static str] {
    match name {
        "rlib" => &["rarithmetic", "objectmodel", "jit"],
        _ => &[],
    }
}

/// The globals of a library module (submodules are added by the caller, which
/// owns module ids).
pub fn library_globals(name: &str) -> BTreeMap<String, Constant> {
    let mut g = BTreeMap::new();
    let mut put = |n: &str, c: Constant| {
        g.insert(n.to_string(), c);
    };
    use Builtin as B;
    match name {
        "os" => {
            put("write", Constant::Builtin(B::OsWrite));
            put("read", Constant::Builtin(B::OsRead));
            put("open", Constant::Builtin(B::OsOpen));
            put("close", Constant::Builtin(B::OsClose));
            for (n, v) in [
                ("O_RDONLY", 0),
                ("O_WRONLY", 1),
                ("O_RDWR", 2),
                ("O_CREAT", 64),
                ("O_TRUNC", 512),
                ("O_APPEND", 1024),
            ] {
                put(n, Constant::Int(v));
            }
        }
        "math" => {
            for (n, b) in [
                ("sqrt", B::MathSqrt),
                ("sin", B::MathSin),
                ("cos", B::MathCos),
                ("tan", B::MathTan),
                ("atan2", B::MathAtan2),
                ("exp", B::MathExp),
                ("log", B::MathLog),
                ("floor", B::MathFloor),
                ("ceil", B::MathCeil),
                ("fabs", B::MathFabs),
                ("pow", B::MathPow),
                ("isnan", B::MathIsnan),
                ("isinf", B::MathIsinf),
            ] {
                put(n, Constant::Builtin(b));
            }
            put("pi", Constant::Float(std::f64::consts::PI));
            put("e", Constant::Float(std::f64::consts::E));
            put("inf", Constant::Float(f64::INFINITY));
        }
        "time" => put("time", Constant::Builtin(B::TimeTime)),
        "sys" => put("maxsize", Constant::Int(i64::MAX)),
        "rlib.rarithmetic" => {
            put("intmask", Constant::Builtin(B::Intmask));
            put("ovfcheck", Constant::Builtin(B::Ovfcheck));
            put("r_uint", Constant::Builtin(B::RUint));
        }
        "rlib.objectmodel" => {
            put("specialize", Constant::Builtin(B::Specialize));
            put("we_are_translated", Constant::Builtin(B::WeAreTranslated));
            put("compute_hash", Constant::Builtin(B::ComputeHash));
        }
        "rlib.jit" => {
            put("JitDriver", Constant::Builtin(B::JitDriver));
            put("promote", Constant::Builtin(B::Promote));
            for n in ["elidable", "unroll_safe", "dont_look_inside"] {
                put(n, Constant::Builtin(B::JitHint));
            }
        }
        _ => {}
    }
    g
}

/// The id of a built-in class by name (built-in classes come first in
/// `Program.classes`, in `BUILTIN_CLASSES` order). Unknown names map to `object`.
pub fn builtin_class_id(name: &str) -> ClassId {
    ClassId(
        BUILTIN_CLASSES
            .iter()
            .position(|(n, _)| *n == name)
            .unwrap_or(0) as u32,
    )
}
