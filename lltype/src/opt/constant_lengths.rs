//! `len()` of a prebuilt list that nothing can resize is a constant.
//!
//! A module-level list such as `SYLLABLES = ["ka", "lo", ...]` is a prebuilt
//! object, which the graphs use as a constant operand. When every such use is
//! an operation that reads the list or replaces items in place, and no other
//! prebuilt object holds it, no code can ever reach the list to append to it
//! or shrink it: each `list_len` of it becomes a `same_as` of its length.
//! Backends then see `i % len(L)` as a division by a constant (a
//! multiplication in machine code) and can fold bounds checks against it.
//!
//! Any other use (a call argument, a link or return value, a store into an
//! object, an operation not listed in `keeps_length`) might let the list
//! escape to code that resizes it, so that list keeps its `list_len`.

use std::collections::BTreeSet;

use crate::analysis::reads::for_each_exit_read;
use crate::ir::graph::{Const, Value};
use crate::ir::ops::Opcode;
use crate::ir::program::Prebuilt;
use crate::ir::types::IterKind;
use crate::ir::{PrebuiltId, Program};

pub fn fold_constant_lengths(program: &mut Program) {
    let fixed = fixed_length_lists(program);
    if fixed.is_empty() {
        return;
    }
    for graph in &mut program.graphs {
        for block in &mut graph.blocks {
            for op in &mut block.ops {
                if op.opcode != Opcode::ListLen {
                    continue;
                }
                let Some(Value::Const(Const::Prebuilt(p))) = op.args.first() else {
                    continue;
                };
                if let Some(&len) = fixed.get(p) {
                    op.opcode = Opcode::SameAs;
                    op.args = vec![Value::Const(Const::Int(len))];
                }
            }
        }
    }
}

/// Operations that never change the length of a list operand and do not
/// keep it anywhere code could later resize it from (an iterator only reads
/// its list; the results of slicing, copying and concatenating are new).
fn keeps_length(opcode: &Opcode) -> bool {
    matches!(
        opcode,
        Opcode::ListLen
            | Opcode::ListGetItem
            | Opcode::ListSetItem
            | Opcode::ListSlice
            | Opcode::ListIndex
            | Opcode::ListCount
            | Opcode::ListContains
            | Opcode::ListConcat
            | Opcode::ListMul
            | Opcode::ListCopy
            | Opcode::ListReverse
            | Opcode::ListSort
            | Opcode::NewIter(IterKind::List)
            | Opcode::IsTrue
            | Opcode::Eq
            | Opcode::Lt
            | Opcode::StrJoin
    )
}

/// The prebuilt lists whose length no code can change, with that length.
fn fixed_length_lists(program: &Program) -> std::collections::BTreeMap<PrebuiltId, i64> {
    let mut escaped = BTreeSet::new();
    for prebuilt in &program.prebuilt {
        let held: Vec<&Const> = match prebuilt {
            Prebuilt::Instance { fields, .. } => fields.iter().map(|(_, c)| c).collect(),
            Prebuilt::List { items, .. } | Prebuilt::Tuple { items, .. } => items.iter().collect(),
            Prebuilt::Dict { items, .. } => items.iter().flat_map(|(k, v)| [k, v]).collect(),
        };
        escaped.extend(held.into_iter().filter_map(prebuilt_of_const));
    }
    for graph in &program.graphs {
        for block in &graph.blocks {
            for op in &block.ops {
                if !keeps_length(&op.opcode) {
                    escaped.extend(op.args.iter().filter_map(prebuilt_of));
                }
            }
            for_each_exit_read(&block.exit, |v| escaped.extend(prebuilt_of(v)));
        }
    }
    program
        .prebuilt
        .iter()
        .enumerate()
        .filter_map(|(i, p)| match p {
            Prebuilt::List { items, .. } => Some((PrebuiltId(i as u32), items.len() as i64)),
            _ => None,
        })
        .filter(|(id, _)| !escaped.contains(id))
        .collect()
}

fn prebuilt_of(value: &Value) -> Option<PrebuiltId> {
    match value {
        Value::Const(c) => prebuilt_of_const(c),
        Value::Var(_) => None,
    }
}

fn prebuilt_of_const(c: &Const) -> Option<PrebuiltId> {
    match c {
        Const::Prebuilt(p) => Some(*p),
        _ => None,
    }
}
