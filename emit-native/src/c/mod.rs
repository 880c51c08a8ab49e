//! Helpers for writing C text.

pub(crate) mod literal;

pub(crate) use literal::{bytes_literal, float_literal, int_literal};
