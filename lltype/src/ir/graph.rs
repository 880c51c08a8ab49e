//! Typed graphs: the same block/link/exit shape as the front end's flow graphs,
//! with every variable typed and every operation a typed `Opcode`.

use std::rc::Rc;

use super::ops::Opcode;
use super::types::{ClassId, Type};
use super::{GraphId, PrebuiltId};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Var(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BlockId(pub u32);

/// A constant operand. Its type is given by context (the operation's
/// signature or the target variable of a link).
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    Void,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    /// The null reference of a reference type (RPython's None).
    Null,
    /// A function reference.
    Func(GraphId),
    /// A prebuilt object (instance, list, dict or tuple) of `Program::prebuilt`.
    Prebuilt(PrebuiltId),
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Var(Var),
    Const(Const),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Op {
    pub opcode: Opcode,
    pub args: Vec<Value>,
    /// Every op has a result; ops without a value have a result of type Void.
    pub result: Var,
}

#[derive(Clone, Debug, PartialEq)]
pub enum LinkArg {
    Value(Value),
    /// The exception instance caught by a `Catch` handler link.
    CaughtException,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Link {
    pub target: BlockId,
    pub args: Vec<LinkArg>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Handler {
    /// The exception class caught (and its subclasses); None catches all.
    pub class: Option<ClassId>,
    pub link: Link,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Exit {
    Goto(Link),
    /// [cond] is a Bool value.
    Branch {
        cond: Value,
        if_true: Link,
        if_false: Link,
    },
    Return(Value),
    /// Raises the exception instance.
    Raise(Value),
    /// The block's last op may raise: `normal` when it does not, else the first
    /// matching handler; when none matches, the exception propagates.
    Catch {
        normal: Link,
        handlers: Vec<Handler>,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub params: Vec<Var>,
    pub ops: Vec<Op>,
    pub exit: Exit,
}

impl Block {
    /// The index of the operation a `Catch` exit protects (the last one),
    /// if the block ends in one: its exceptions go to the handlers, so a
    /// pass must not replace it by an operation that cannot raise.
    pub fn protected_op(&self) -> Option<usize> {
        match self.exit {
            Exit::Catch { .. } => self.ops.len().checked_sub(1),
            _ => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Graph {
    /// Qualified name (`module.Class.method`), unique in the program.
    pub name: String,
    /// The type of each variable, indexed by `Var`.
    pub var_types: Vec<Type>,
    pub blocks: Vec<Block>,
    /// The start block; its params are the graph's parameters.
    pub start: BlockId,
    pub ret: Type,
    /// Source position `file:line` of the function, for listings and errors.
    pub origin: String,
}

impl Exit {
    /// The links leaving a block through this exit, in order (the normal
    /// link of a `Catch` first, then its handlers').
    pub fn links(&self) -> Vec<&Link> {
        match self {
            Exit::Goto(l) => vec![l],
            Exit::Branch {
                if_true, if_false, ..
            } => vec![if_true, if_false],
            Exit::Catch { normal, handlers } => std::iter::once(normal)
                .chain(handlers.iter().map(|h| &h.link))
                .collect(),
            Exit::Return(_) | Exit::Raise(_) => vec![],
        }
    }
}

impl Graph {
    pub fn block(&self, id: BlockId) -> &Block {
        &self.blocks[id.0 as usize]
    }
    pub fn params(&self) -> &[Var] {
        &self.block(self.start).params
    }
    pub fn var_type(&self, v: Var) -> &Type {
        &self.var_types[v.0 as usize]
    }
}
