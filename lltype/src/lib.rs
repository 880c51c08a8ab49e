//! The typed IR, rtyping output, optimisations and the graph interpreter.

pub mod analysis;
pub mod interp;
pub mod ir;
pub mod opt;

pub mod rtyper;
pub mod runtime;
