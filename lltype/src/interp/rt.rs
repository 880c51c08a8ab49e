//! The runtime functions the interpreter calls (CPython semantics and
//! messages of each operation), gathered in one place.

pub use crate::runtime::bytes::{bytes_repr, decode_utf8};
pub use crate::runtime::float_repr::float_repr;
pub use crate::runtime::format::{format_bool, format_float, format_int, format_str};
pub use crate::runtime::math::{math_atan2, math_ceil, math_floor, math_fn, math_pow};
pub use crate::runtime::numbers::{
    float_floordiv, float_mod, float_pow, float_to_int, float_truediv, int_floordiv, int_lshift,
    int_mod, int_pow, int_rshift, parse_float, parse_int,
};
pub use crate::runtime::text;
pub use crate::runtime::text::str_repr;
pub use crate::runtime::RtError;
