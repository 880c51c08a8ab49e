//! The annotation lattice: what the annotator knows about each value.
//!
//! Lists and dicts are described by shared definitions (`ListDefId`,
//! `DictDefId`) so that every variable that may hold the same list sees the
//! same item type, as PyPy's ListDef/DictDef. Everything else is a plain value.

use std::collections::BTreeSet;

use crate::program::{Builtin, ClassId, FuncId};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ListDefId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DictDefId(pub u32);

/// What a `for` loop walks over; the iterator yields the item annotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum IterSource {
    List,
    Str,
    Bytes,
    Range,
    DictKeys,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SomeValue {
    /// No value ever reaches here (dead code, not yet annotated).
    Impossible,
    /// Always None.
    None,
    Bool,
    Int,
    /// `r_uint`: an unsigned machine word.
    Uint,
    Float,
    Str {
        nullable: bool,
    },
    Bytes {
        nullable: bool,
    },
    Tuple(Vec<SomeValue>),
    List {
        def: ListDefId,
        nullable: bool,
    },
    Dict {
        def: DictDefId,
        nullable: bool,
    },
    /// An instance of `class` or of a subclass.
    Instance {
        class: ClassId,
        nullable: bool,
    },
    /// One of a set of functions (a function used as a value).
    Functions {
        funcs: BTreeSet<FuncId>,
        nullable: bool,
    },
    /// A class used as a value (instantiation through a variable).
    Class(ClassId),
    /// One of the methods `names` bound to an instance of `class` or a subclass.
    BoundMethod {
        class: ClassId,
        names: BTreeSet<String>,
    },
    /// A builtin function used as a constant callee.
    Builtin(Builtin),
    /// A library module or an rlib object such as a JitDriver: only usable
    /// through attribute folding and method calls that the front end knows.
    Opaque(Builtin),
    Range,
    Iter(IterSource, Box<SomeValue>),
}

impl SomeValue {
    pub fn str() -> SomeValue {
        SomeValue::Str { nullable: false }
    }
    pub fn is_nullable(&self) -> bool {
        match self {
            SomeValue::None => true,
            SomeValue::Str { nullable }
            | SomeValue::Bytes { nullable }
            | SomeValue::List { nullable, .. }
            | SomeValue::Dict { nullable, .. }
            | SomeValue::Instance { nullable, .. }
            | SomeValue::Functions { nullable, .. } => *nullable,
            _ => false,
        }
    }
    /// The same annotation without None.
    pub fn non_null(&self) -> SomeValue {
        match self {
            SomeValue::None => SomeValue::Impossible,
            _ => self
                .nullable_flag_set(false)
                .unwrap_or_else(|| self.clone()),
        }
    }
    fn with_null(&self) -> Option<SomeValue> {
        match self {
            SomeValue::None => Some(SomeValue::None),
            _ => self.nullable_flag_set(true),
        }
    }
    /// The same reference annotation with its `nullable` flag set to `flag`;
    /// None for annotations that cannot hold None.
    fn nullable_flag_set(&self, flag: bool) -> Option<SomeValue> {
        let mut v = self.clone();
        match &mut v {
            SomeValue::Str { nullable }
            | SomeValue::Bytes { nullable }
            | SomeValue::List { nullable, .. }
            | SomeValue::Dict { nullable, .. }
            | SomeValue::Instance { nullable, .. }
            | SomeValue::Functions { nullable, .. } => *nullable = flag,
            _ => return None,
        }
        Some(v)
    }
    pub fn is_numeric(&self) -> bool {
        matches!(
            self,
            SomeValue::Bool | SomeValue::Int | SomeValue::Uint | SomeValue::Float
        )
    }
    pub fn is_intlike(&self) -> bool {
        matches!(self, SomeValue::Bool | SomeValue::Int | SomeValue::Uint)
    }

    /// A short human description for diagnostics ("int", "list of str").
    pub fn describe(&self, ctx: &dyn Describe) -> String {
        let base = match self {
            SomeValue::Impossible => "nothing".to_string(),
            SomeValue::None => "None".to_string(),
            SomeValue::Bool => "bool".to_string(),
            SomeValue::Int => "int".to_string(),
            SomeValue::Uint => "r_uint".to_string(),
            SomeValue::Float => "float".to_string(),
            SomeValue::Str { .. } => "str".to_string(),
            SomeValue::Bytes { .. } => "bytes".to_string(),
            SomeValue::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(|i| i.describe(ctx)).collect();
                format!("tuple[{}]", parts.join(", "))
            }
            SomeValue::List { def, .. } => format!("list of {}", ctx.list_item(*def).describe(ctx)),
            SomeValue::Dict { def, .. } => {
                let (k, v) = ctx.dict_items(*def);
                format!("dict of {} to {}", k.describe(ctx), v.describe(ctx))
            }
            SomeValue::Instance { class, .. } => format!("instance of {}", ctx.class_name(*class)),
            SomeValue::Functions { funcs, .. } => {
                let names: Vec<String> = funcs.iter().map(|f| ctx.func_name(*f)).collect();
                format!("function {}", names.join(" or "))
            }
            SomeValue::Class(c) => format!("class {}", ctx.class_name(*c)),
            SomeValue::BoundMethod { class, names } => {
                let class = ctx.class_name(*class);
                let names: Vec<String> = names.iter().map(|n| format!("{class}.{n}")).collect();
                format!("method {}", names.join(" or "))
            }
            SomeValue::Builtin(b) | SomeValue::Opaque(b) => format!("builtin {b:?}"),
            SomeValue::Range => "range".to_string(),
            SomeValue::Iter(_, item) => format!("iterator of {}", item.describe(ctx)),
        };
        if self.is_nullable() && !matches!(self, SomeValue::None) {
            format!("{base} or None")
        } else {
            base
        }
    }
}

/// Names the annotator's tables give to ids, for `describe`.
pub trait Describe {
    fn list_item(&self, def: ListDefId) -> SomeValue;
    fn dict_items(&self, def: DictDefId) -> (SomeValue, SomeValue);
    fn class_name(&self, class: ClassId) -> String;
    fn func_name(&self, func: FuncId) -> String;
}

/// What a union needs from the annotator: merging shared list/dict
/// definitions and the class hierarchy.
pub trait UnionCtx {
    fn merge_lists(&mut self, a: ListDefId, b: ListDefId) -> ListDefId;
    fn merge_dicts(&mut self, a: DictDefId, b: DictDefId) -> DictDefId;
    fn common_base(&self, a: ClassId, b: ClassId) -> ClassId;
}

/// The least upper bound of two annotations, or None when they conflict.
pub fn union(ctx: &mut dyn UnionCtx, a: &SomeValue, b: &SomeValue) -> Option<SomeValue> {
    use SomeValue::*;
    if a == b {
        return Some(a.clone());
    }
    match (a, b) {
        (Impossible, x) | (x, Impossible) => Some(x.clone()),
        (None, x) | (x, None) => x.with_null(),
        // int and r_uint mix (r_uint wins), as in RPython; bool and float do not
        // mix with int in one variable: CPython would print them differently.
        (Int, Uint) | (Uint, Int) => Some(Uint),
        (Str { nullable: n1 }, Str { nullable: n2 }) => Some(Str {
            nullable: *n1 || *n2,
        }),
        (Bytes { nullable: n1 }, Bytes { nullable: n2 }) => Some(Bytes {
            nullable: *n1 || *n2,
        }),
        (Tuple(x), Tuple(y)) if x.len() == y.len() => {
            let mut items = Vec::with_capacity(x.len());
            for (i, j) in x.iter().zip(y) {
                items.push(union(ctx, i, j)?);
            }
            Some(Tuple(items))
        }
        (
            List {
                def: d1,
                nullable: n1,
            },
            List {
                def: d2,
                nullable: n2,
            },
        ) => {
            let def = ctx.merge_lists(*d1, *d2);
            Some(List {
                def,
                nullable: *n1 || *n2,
            })
        }
        (
            Dict {
                def: d1,
                nullable: n1,
            },
            Dict {
                def: d2,
                nullable: n2,
            },
        ) => {
            let def = ctx.merge_dicts(*d1, *d2);
            Some(Dict {
                def,
                nullable: *n1 || *n2,
            })
        }
        (
            Instance {
                class: c1,
                nullable: n1,
            },
            Instance {
                class: c2,
                nullable: n2,
            },
        ) => Some(Instance {
            class: ctx.common_base(*c1, *c2),
            nullable: *n1 || *n2,
        }),
        (
            Functions {
                funcs: f1,
                nullable: n1,
            },
            Functions {
                funcs: f2,
                nullable: n2,
            },
        ) => Some(Functions {
            funcs: f1.union(f2).copied().collect(),
            nullable: *n1 || *n2,
        }),
        (
            BoundMethod {
                class: c1,
                names: m1,
            },
            BoundMethod {
                class: c2,
                names: m2,
            },
        ) => Some(BoundMethod {
            class: ctx.common_base(*c1, *c2),
            names: m1.union(m2).cloned().collect(),
        }),

        (Iter(s1, i1), Iter(s2, i2)) if s1 == s2 => Some(Iter(*s1, Box::new(union(ctx, i1, i2)?))),
        _ => Option::None,
    }
}
