//! The typed IR shared by every backend.

pub mod graph;
pub mod listing;
pub mod ops;
pub mod program;
pub mod types;

pub use graph::{Block, BlockId, Const, Exit, Graph, Handler, Link, LinkArg, Op, Value, Var};
pub use ops::{Effects, FormatSpec, MathFn, Opcode};
pub use program::{ClassDef, Field, Prebuilt, Program};
pub use types::{ClassId, IterKind, Signature, Type};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct GraphId(pub u32);

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PrebuiltId(pub u32);
