//! Flow graphs: the front end's untyped SSA form of each function.
//!
//! A graph is a set of blocks; each block has parameters (SSA variables), a list
//! of operations, and an exit. Values flow between blocks only through links,
//! which pass one argument per parameter of the target block (Cranelift-style
//! block parameters instead of phi nodes). Exceptions are explicit: a block whose
//! last operation may raise, inside a `try` (or the `next` of a `for` loop),
//! ends with `Exit::Catch`.
//!
//! Names of globals are resolved by the builder: a flow graph never loads a
//! global, it holds the constant (globals are constants in RPython).

use crate::diagnostics::Span;
use crate::program::{ClassId, Constant};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Var(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

#[derive(Clone, Debug, PartialEq)]
pub enum Operand {
    Var(Var),
    Const(Constant),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    BitAnd,
    BitOr,
    BitXor,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    Neg,
    Pos,
    Invert,
    /// `not x`: always a bool.
    Not,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

/// The conversion of an f-string replacement field: `!s`, `!r`, `!a`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Conversion {
    None,
    Str,
    Repr,
}

#[derive(Clone, Debug, PartialEq)]
pub enum OpKind {
    /// args: [left, right]
    BinOp(BinOp),
    /// In-place variant of a binary op (`x += y`); same semantics for immutable
    /// values, mutates lists in place (`lst += other` is extend).
    InplaceBinOp(BinOp),
    /// args: [operand]
    Unary(UnaryOp),
    /// args: [left, right]; one comparison (chains are split by the builder).
    Compare(CmpOp),
    /// args: [value]; the truth value as a bool (used before branching).
    Truth,
    /// args: [obj]
    GetAttr(String),
    /// args: [obj, value]
    SetAttr(String),
    /// args: [obj, index]
    GetItem,
    /// args: [obj, index, value]
    SetItem,
    /// args: [obj, index]
    DelItem,
    /// args: [obj, start, stop]; an absent bound is `Const(None)`.
    GetSlice,
    /// args: [callee, positional..., keyword values...]. `keywords` names the
    /// trailing keyword values in order. With `star`, the last positional
    /// argument is a tuple whose items are passed positionally (`f(*t)`).
    Call { keywords: Vec<String>, star: bool },
    /// `obj.name(...)`: args: [obj, positional..., keyword values...].
    CallMethod {
        name: String,
        keywords: Vec<String>,
        star: bool,
    },
    /// `super().name(...)` inside a method of `class`: args: [self, positional..., keyword values...].
    CallSuper {
        class: ClassId,
        name: String,
        keywords: Vec<String>,
        star: bool,
    },
    /// args: items
    NewList,
    /// args: items
    NewTuple,
    /// args: key0, value0, key1, value1, ...
    NewDict,
    /// args: [iterable]; the iterator of a `for` loop.
    Iter,
    /// args: [iterator]; the next item, raising StopIteration at the end.
    Next,
    /// args: [value]; f-string replacement field with its format spec (the spec
    /// is constant text; nested replacement fields in specs are not supported).
    FormatValue {
        conversion: Conversion,
        spec: String,
    },
    /// args: strings; concatenation of f-string parts.
    BuildString,
    /// args: [value]; `value` known to be an instance of `class` (inserted by
    /// the builder after `isinstance(x, C)` tests and in `except C as e`).
    Narrow(ClassId),
    /// args: [value]; `value` known not to be None (after `x is not None`).
    NarrowNotNone,
    /// args: [value]; a plain copy (used where a block needs a fresh variable).
    SameAs,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Op {
    pub kind: OpKind,
    pub args: Vec<Operand>,
    pub result: Var,
    pub span: Span,
}

/// An argument passed along a link.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkArg {
    Operand(Operand),
    /// The exception caught by this link (only on a `Catch` handler link).
    CaughtException,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub target: BlockId,
    pub args: Vec<LinkArg>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Handler {
    /// The exception class caught; `None` catches every exception (the builder
    /// then dispatches with `isinstance` tests and re-raises what is unmatched).
    pub class: Option<ClassId>,
    pub link: Link,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Exit {
    Goto(Link),
    /// Branch on a bool operand (the result of a `Truth` or `Compare` op).
    Branch {
        cond: Operand,
        if_true: Link,
        if_false: Link,
    },
    Return(Operand),
    /// Raise an exception instance.
    Raise(Operand),
    /// The last operation of the block may raise: `normal` is taken when it does
    /// not; otherwise the first handler whose class matches is taken.
    Catch {
        normal: Link,
        handlers: Vec<Handler>,
    },
    /// Placeholder while a graph is being built; never in a finished graph.
    Unfinished,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub params: Vec<Var>,
    pub ops: Vec<Op>,
    pub exit: Exit,
    /// Where the exit comes from (the `return`, `raise`, `if` ...).
    pub exit_span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FlowGraph {
    pub blocks: Vec<Block>,
    /// The start block; its params are the function's parameters in order.
    pub start: BlockId,
    /// Number of variables used (vars are numbered 0..var_count).
    pub var_count: u32,
    /// For diagnostics: the source name of each var when it holds a local
    /// (index by var number; None for temporaries).
    pub var_names: Vec<Option<String>>,
}

impl FlowGraph {
    pub fn block(&self, id: BlockId) -> &Block {
        &self.blocks[id.0 as usize]
    }
}
