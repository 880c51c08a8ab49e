//! Unit tests: small typed programs built by hand and run.

mod bench;
mod builder;
mod calls;
mod containers;
mod exceptions;
mod flow;
mod moves;
mod numbers;
mod programs;
mod text;
