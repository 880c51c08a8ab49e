//! CIL method bodies: instructions, the encoder, and body headers.

pub mod body;
pub mod disasm;
pub mod encoder;
pub mod insn;

pub use body::{method_body, ExceptionClause};
pub use encoder::{Code, Encoder};
pub use insn::{Cond, Insn, Label};
