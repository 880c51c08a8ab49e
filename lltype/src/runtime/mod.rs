//! Host-side semantics of the typed IR's operations, shared by the graph
//! interpreter (and usable by constant folding): every function here computes
//! exactly what CPython 3.11 computes for the corresponding RPython operation,
//! including the class and message of the exception it raises.
//!
//! Nothing here knows about graphs or values: inputs and outputs are plain
//! Rust types, errors are [`RtError`]s (the class name of the RPython-level
//! exception plus what `str(e)` would print).
//!
//! `lltype/tests/runtime_vs_cpython.rs` checks all of it against a live
//! CPython 3.11, including every code point for the Unicode predicates and
//! case mappings. Deliberate differences from CPython, all due to RPython's
//! 64-bit ints or UTF-8 strings or to the dialect's subset, are documented on
//! the functions concerned:
//! - results outside the i64 range (`int(s)`, `int(x)` of a float, `%d` of a
//!   huge float) raise OverflowError("int too large to convert to i64");
//! - `int ** negative` raises ValueError; `negative float ** fractional`
//!   raises ValueError (CPython returns a float / a complex);
//! - `chr()` of a surrogate raises ValueError (no lone surrogates in UTF-8);
//! - format specs and `%` directives outside the supported subset are
//!   rejected when parsed (at translation time), never misformatted.

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
