//! The constant-length pass (`lltype::opt::fold_constant_lengths`): which
//! `len()` of prebuilt lists it folds, and that the folded program prints
//! what the original prints on the graph interpreter.

use lltype::ir::ops::Opcode;
use lltype::ir::{Const, Program, Value};

mod common;
use common::{assert_same_output, before_and_after};

/// The corpus program, so that every backend runs the same cases.
const PROGRAM: &str = include_str!("../../tests/rpython/102_prebuilt_list_lengths.py");

/// The `list_len` operations of `graph` whose list is a prebuilt constant.
fn prebuilt_lens(program: &Program, graph: &str) -> usize {
    let g = program
        .graphs
        .iter()
        .find(|g| g.name == graph)
        .expect("graph");
    g.blocks
        .iter()
        .flat_map(|b| &b.ops)
        .filter(|op| {
            op.opcode == Opcode::ListLen && matches!(op.args[0], Value::Const(Const::Prebuilt(_)))
        })
        .count()
}

#[test]
fn only_lists_nothing_can_resize_get_constant_lengths() {
    let (before, after) = before_and_after(PROGRAM, lltype::opt::fold_constant_lengths);
    assert_eq!(prebuilt_lens(&before, "prog.pick"), 2);
    assert_eq!(prebuilt_lens(&after, "prog.pick"), 0);
    // Sorting and item assignment keep the length.
    assert_eq!(prebuilt_lens(&before, "prog.sorted_len"), 2);
    assert_eq!(prebuilt_lens(&after, "prog.sorted_len"), 0);
    // Appended to; passed to a function that pops; reachable from a tuple.
    assert_eq!(prebuilt_lens(&after, "prog.grow"), 1);
    assert_eq!(prebuilt_lens(&after, "prog.passed"), 2);
    assert_eq!(prebuilt_lens(&after, "prog.held"), 1);
}

#[test]
fn folded_programs_compute_what_the_originals_compute() {
    let (before, after) = before_and_after(PROGRAM, lltype::opt::optimize);
    assert_same_output(&before, &after, &["0"]);
}
