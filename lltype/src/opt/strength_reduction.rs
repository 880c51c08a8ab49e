//! Division and modulo by a constant power of two become a shift and a mask.
//!
//! For a divisor `2**k`, Python's floor division is an arithmetic right
//! shift by `k` and Python's modulo (which takes the divisor's sign) is the
//! low `k` bits, for every dividend, negative ones included: `-7 // 4 == -2
//! == -7 >> 2` and `-7 % 4 == 1 == -7 & 3`. Unsigned (`r_uint`) division is
//! a logical shift and the same mask. Neither can raise, so an operation that
//! a `Catch` exit protects is left as it is; the exit's handlers would lose
//! the operation they were written for.
//!
//! A divisor may be a constant itself or a variable that a `same_as` of a
//! constant defines (how `r_uint(16)` arrives).

use std::collections::HashMap;

use crate::ir::graph::{Const, Graph, Op, Value, Var};
use crate::ir::ops::Opcode;
use crate::ir::Program;

pub fn reduce_strength(program: &mut Program) {
    for graph in &mut program.graphs {
        let constants = constant_ints(graph);
        for block in &mut graph.blocks {
            let protected = block.protected_op();
            for (i, op) in block.ops.iter_mut().enumerate() {
                if Some(i) != protected {
                    reduce(op, &constants);
                }
            }
        }
    }
}

/// The variables that a `same_as` of an int constant defines (each variable
/// has one definition), with that constant.
fn constant_ints(graph: &Graph) -> HashMap<Var, i64> {
    graph
        .blocks
        .iter()
        .flat_map(|b| &b.ops)
        .filter_map(|op| match (&op.opcode, &op.args[..]) {
            (Opcode::SameAs, [Value::Const(Const::Int(c))]) => Some((op.result, *c)),
            _ => None,
        })
        .collect()
}

fn reduce(op: &mut Op, constants: &HashMap<Var, i64>) {
    let d = match op.args.get(1) {
        Some(Value::Const(Const::Int(d))) => *d,
        Some(Value::Var(v)) => match constants.get(v) {
            Some(d) => *d,
            None => return,
        },
        _ => return,
    };
    // The divisor, read as the operation reads it: Uint's bits are unsigned.
    let divisor = match op.opcode {
        Opcode::IntFloorDiv | Opcode::IntMod if d > 0 => d as u64,
        Opcode::UintFloorDiv | Opcode::UintMod => d as u64,
        _ => return,
    };
    if !divisor.is_power_of_two() {
        return;
    }
    let k = divisor.trailing_zeros() as i64;
    let (opcode, operand) = match op.opcode {
        Opcode::IntFloorDiv => (Opcode::IntRshift, k),
        Opcode::UintFloorDiv => (Opcode::UintRshift, k),
        _ => (Opcode::IntAnd, divisor.wrapping_sub(1) as i64),
    };
    op.opcode = opcode;
    op.args[1] = Value::Const(Const::Int(operand));
}
