//! Analyses of typed graphs that more than one backend needs.

pub mod liveness;
pub mod reads;
