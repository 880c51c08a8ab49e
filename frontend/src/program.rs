//! The whole program as the front end sees it after loading: modules, functions
//! (each with its flow graph), classes, and the prebuilt constants made by
//! evaluating module-level code at translation time.

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::diagnostics::{SourceMap, Span};
use crate::flowgraph::FlowGraph;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FuncId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ClassId(pub u32);
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ModuleId(pub u32);
/// A prebuilt (module-level) instance of a program class.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct InstanceId(pub u32);
/// A prebuilt mutable list.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ListId(pub u32);
/// A prebuilt mutable dict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct DictId(pub u32);

/// Built-in functions, library functions and hints the front end knows the
/// meaning of. Builtin modules (`os`, `math`, `time`, `sys`, `rlib.*`) are
/// resolved by the builder: `math.sqrt` becomes `Constant::Builtin(MathSqrt)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Builtin {
    // Python builtins
    Print,
    Len,
    Range,
    Str,
    Int,
    Float,
    Bool,
    Repr,
    Ord,
    Chr,
    Isinstance,
    Min,
    Max,
    Abs,
    List,
    Dict,
    Tuple,
    Enumerate,
    Zip,
    Reversed,
    Sorted,
    Super,
    Hash,
    Bytes,
    // os
    OsWrite,
    OsRead,
    OsOpen,
    OsClose,
    // time
    TimeTime,
    // math
    MathSqrt,
    MathSin,
    MathCos,
    MathTan,
    MathAtan2,
    MathExp,
    MathLog,
    MathFloor,
    MathCeil,
    MathFabs,
    MathPow,
    MathIsnan,
    MathIsinf,
    // rlib.rarithmetic
    Intmask,
    Ovfcheck,
    RUint,
    // rlib.objectmodel
    WeAreTranslated,
    ComputeHash,
    /// `specialize.argtype(...)` and friends used as decorators.
    Specialize,
    // rlib.jit
    JitDriver,
    Promote,
    /// Decorators that are no-ops for now: `elidable`, `unroll_safe`, `dont_look_inside`.
    JitHint,
    // decorators
    StaticMethod,
}

/// A value known at translation time.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    List(ListId),
    Dict(DictId),
    Function(FuncId),
    Class(ClassId),
    Instance(InstanceId),
    Module(ModuleId),
    Builtin(Builtin),
    /// A local variable not yet assigned on this path (never read by a valid
    /// program; annotates as the empty type).
    Undefined,
}

pub struct Module {
    /// Dotted name (`rlib.rarithmetic`, or the file stem for program modules).
    pub name: String,
    /// None for library modules implemented by the toolchain (`os`, `math`, ...).
    pub file: Option<crate::diagnostics::FileId>,
    /// Module globals after module-level evaluation.
    pub globals: BTreeMap<String, Constant>,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: String,
    pub default: Option<Constant>,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FunctionKind {
    /// A module-level function.
    Plain,
    /// A method of a class; its first parameter is `self`.
    Method(ClassId),
    /// A `@staticmethod` of a class.
    StaticMethod(ClassId),
}

pub struct Function {
    pub name: String,
    /// `module.Class.name` style, unique in the program.
    pub qualname: String,
    pub module: ModuleId,
    pub kind: FunctionKind,
    pub params: Vec<Param>,
    /// The `def` line (name span), for diagnostics.
    pub span: Span,
    /// Decorator hints other than staticmethod, by name: `specialize.argtype(0)`,
    /// `elidable`, `unroll_safe`, `dont_look_inside`.
    pub hints: Vec<String>,
    pub graph: FlowGraph,
}

pub struct Class {
    pub name: String,
    pub qualname: String,
    pub module: Option<ModuleId>,
    /// None only for the root `object`.
    pub base: Option<ClassId>,
    /// Methods and static methods defined in this class body.
    pub methods: BTreeMap<String, FuncId>,
    /// Class attributes (constants) defined in this class body.
    pub attrs: BTreeMap<String, Constant>,
    /// True for `object` and the built-in exception classes.
    pub builtin: bool,
    pub span: Option<Span>,
}

/// A module-level instance built at translation time.
pub struct PrebuiltInstance {
    pub class: ClassId,
    /// Attributes set by `__init__` (and later module-level assignments), in
    /// assignment order.
    pub fields: Vec<(String, Constant)>,
    pub span: Span,
}

pub struct Program {
    pub sources: SourceMap,
    pub modules: Vec<Module>,
    pub functions: Vec<Function>,
    pub classes: Vec<Class>,
    pub instances: Vec<PrebuiltInstance>,
    pub lists: Vec<Vec<Constant>>,
    pub dicts: Vec<Vec<(Constant, Constant)>>,
    /// `entry_point` of the entry module.
    pub entry: FuncId,
}

/// Names of the built-in classes, in the order `program::builtin_classes`
/// creates them, with each one's base (by index into this list).
pub const BUILTIN_CLASSES: &[(&str, Option<usize>)] = &[
    ("object", None),                  // 0
    ("BaseException", Some(0)),        // 1
    ("Exception", Some(1)),            // 2
    ("ArithmeticError", Some(2)),      // 3
    ("ZeroDivisionError", Some(3)),    // 4
    ("OverflowError", Some(3)),        // 5
    ("LookupError", Some(2)),          // 6
    ("IndexError", Some(6)),           // 7
    ("KeyError", Some(6)),             // 8
    ("ValueError", Some(2)),           // 9
    ("UnicodeError", Some(9)),         // 10
    ("UnicodeDecodeError", Some(10)),  // 11
    ("AssertionError", Some(2)),       // 12
    ("RuntimeError", Some(2)),         // 13
    ("RecursionError", Some(13)),      // 14
    ("NotImplementedError", Some(13)), // 15
    ("StopIteration", Some(2)),        // 16
    ("TypeError", Some(2)),            // 17
    ("AttributeError", Some(2)),       // 18
    ("OSError", Some(2)),              // 19
    ("MemoryError", Some(2)),          // 20
    ("KeyboardInterrupt", Some(1)),    // 21
];

impl Program {
    pub fn function(&self, id: FuncId) -> &Function {
        &self.functions[id.0 as usize]
    }
    pub fn class(&self, id: ClassId) -> &Class {
        &self.classes[id.0 as usize]
    }
    /// The built-in class of that name (`ValueError`, ...): built-in classes
    /// are always the first `BUILTIN_CLASSES.len()` classes.
    pub fn builtin_class(&self, name: &str) -> ClassId {
        let i = BUILTIN_CLASSES
            .iter()
            .position(|(n, _)| *n == name)
            .unwrap_or_else(|| panic!("no builtin class {name}"));
        ClassId(i as u32)
    }
    pub fn is_subclass(&self, mut sub: ClassId, sup: ClassId) -> bool {
        loop {
            if sub == sup {
                return true;
            }
            match self.class(sub).base {
                Some(b) => sub = b,
                None => return false,
            }
        }
    }
    /// Finds a method by name in `class` or its bases.
    pub fn lookup_method(&self, mut class: ClassId, name: &str) -> Option<FuncId> {
        loop {
            let c = self.class(class);
            if let Some(f) = c.methods.get(name) {
                return Some(*f);
            }
            class = c.base?;
        }
    }
    /// The proper subclasses of `class`, in class order.
    pub fn subclasses(&self, class: ClassId) -> Vec<ClassId> {
        (0..self.classes.len() as u32)
            .map(ClassId)
            .filter(|c| *c != class && self.is_subclass(*c, class))
            .collect()
    }
    /// Every implementation a call of method `name` on an instance of
    /// `class` may reach: the inherited one, then the overrides in subclasses.
    pub fn method_implementations(&self, class: ClassId, name: &str) -> Vec<FuncId> {
        let mut impls: Vec<FuncId> = self.lookup_method(class, name).into_iter().collect();
        for sub in self.subclasses(class) {
            if let Some(f) = self.class(sub).methods.get(name) {
                if !impls.contains(f) {
                    impls.push(*f);
                }
            }
        }
        impls
    }
    /// The nearest class that both `a` and `b` derive from.
    pub fn common_base(&self, a: ClassId, b: ClassId) -> ClassId {
        let mut x = a;
        while !self.is_subclass(b, x) {
            match self.class(x).base {
                Some(p) => x = p,
                None => break,
            }
        }
        x
    }
    /// Finds a class attribute (constant) by name in `class` or its bases.
    pub fn lookup_class_attr(&self, mut class: ClassId, name: &str) -> Option<&Constant> {
        loop {
            let c = self.class(class);
            if let Some(v) = c.attrs.get(name) {
                return Some(v);
            }
            class = c.base?;
        }
    }
}
