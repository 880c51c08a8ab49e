//! `lltype::opt::reduce_strength` and `lltype::opt::fuse_list_repeats`: what
//! they rewrite in corpus program 104, and that the rewritten program prints
//! what the original prints on the graph interpreter.

use lltype::ir::ops::Opcode;
use lltype::ir::Program;

mod common;
use common::{assert_same_output, before_and_after};

/// The corpus program, so that every backend runs the same cases.
const PROGRAM: &str = include_str!("../../tests/rpython/104_power_of_two_division_and_repeats.py");

/// How many operations with `opcode` the graph whose name ends in `graph` has.
fn count(program: &Program, graph: &str, opcode: Opcode) -> usize {
    let g = program
        .graphs
        .iter()
        .find(|g| g.name.ends_with(graph))
        .expect("graph");
    g.blocks
        .iter()
        .flat_map(|b| &b.ops)
        .filter(|op| op.opcode == opcode)
        .count()
}

#[test]
fn divisions_by_powers_of_two_become_shifts_and_masks() {
    let (before, after) = before_and_after(PROGRAM, lltype::opt::reduce_strength);
    assert_eq!(count(&before, ".divisions", Opcode::IntFloorDiv), 5);
    assert_eq!(count(&before, ".divisions", Opcode::IntMod), 5);
    assert_eq!(count(&after, ".divisions", Opcode::IntFloorDiv), 0);
    assert_eq!(count(&after, ".divisions", Opcode::IntMod), 0);
    assert_eq!(count(&after, ".divisions", Opcode::IntRshift), 5);
    assert_eq!(count(&after, ".divisions", Opcode::IntAnd), 5);
    // r_uint(2) and r_uint(16) arrive through same_as; `top` is computed.
    assert_eq!(count(&after, ".unsigned_divisions", Opcode::UintRshift), 2);
    assert_eq!(count(&after, ".unsigned_divisions", Opcode::IntAnd), 2);
    assert_eq!(
        count(&after, ".unsigned_divisions", Opcode::UintFloorDiv),
        1
    );
    assert_eq!(count(&after, ".unsigned_divisions", Opcode::UintMod), 1);
}

#[test]
fn one_item_lists_repeated_are_built_in_one_step() {
    let (before, after) = before_and_after(PROGRAM, lltype::opt::fuse_list_repeats);
    assert_eq!(count(&before, ".repeats", Opcode::ListMul), 8);
    assert_eq!(count(&before, ".repeats", Opcode::ListRepeat), 0);
    // `shared * 2`: the one-item list is also appended to, so it stays.
    assert_eq!(count(&after, ".repeats", Opcode::ListMul), 1);
    assert_eq!(count(&after, ".repeats", Opcode::ListRepeat), 7);
}

#[test]
fn rewritten_programs_compute_what_the_originals_compute() {
    let (before, after) = before_and_after(PROGRAM, lltype::opt::optimize);
    assert_same_output(&before, &after, &["0", "abc"]);
}
