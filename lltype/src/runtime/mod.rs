//! Host-side semantics of the typed IR's operations, shared by the graph
//! interpreter (and usable by constant folding): every function here computes
//! exactly what CPython 3.11 computes for the corresponding RPython operation,
//! including the class and message of the exception it raises.
//!
//! Nothing here knows about graphs or values: inputs and outputs are plain
//! Rust types, errors are [`RtError`]s (the class name of the RPython-level
//! exception plus what `str(e)` would print).

pub mod bytes;
pub mod error;
pub mod float_repr;
pub mod format;
pub mod math;
pub mod numbers;
pub mod percent;
pub mod text;
pub mod unicode;

pub use error::RtError;
