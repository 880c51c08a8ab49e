//! Last reads of variables, so the evaluation loop can move a value out of
//! its frame slot instead of copying it. Moving keeps a str's reference
//! count at one through a loop like `while ..: s = s + x`, which lets the
//! concatenation append in place (amortised O(1) per step, as CPython's
//! `s += x`), and saves reference-count traffic on every link.
//!
//! Only variables whose every read is in the block that defines them (as
//! flow graphs have it) qualify: each run of the block then defines the
//! variable afresh before reading it. Anything else is just copied.

use std::collections::HashMap;

use crate::ir::{self, Var};

pub struct Liveness {
    /// Per variable: defined and read in one block only.
    local: Vec<bool>,
}

/// Where in its block a variable is last read: an op index, or the number
/// of ops for the block's exit.
pub type LastReads = HashMap<Var, usize>;

pub(super) fn exit_reads(exit: &ir::Exit) -> Vec<Var> {
    let mut vars = Vec::new();
    let mut value = |v: &ir::Value| {
        if let ir::Value::Var(var) = v {
            vars.push(*var);
        }
    };
    match exit {
        ir::Exit::Branch { cond, .. } => value(cond),
        ir::Exit::Return(v) | ir::Exit::Raise(v) => value(v),
        ir::Exit::Goto(_) | ir::Exit::Catch { .. } => {}
    }
    for l in exit.links() {
        for a in &l.args {
            if let ir::LinkArg::Value(v) = a {
                value(v);
            }
        }
    }
    vars
}

fn op_reads(op: &ir::Op) -> impl Iterator<Item = Var> + '_ {
    op.args.iter().filter_map(|a| match a {
        ir::Value::Var(v) => Some(*v),
        ir::Value::Const(_) => None,
    })
}

impl Liveness {
    pub fn new(graph: &ir::Graph) -> Liveness {
        let n = graph.var_types.len();
        // (block, position): params are defined at 0, the result of op i at i + 1.
        let mut def: Vec<Option<(usize, usize)>> = vec![None; n];
        let mut defs = vec![0u32; n];
        for (b, block) in graph.blocks.iter().enumerate() {
            let params = block.params.iter().map(|v| (*v, 0));
            let results = block
                .ops
                .iter()
                .enumerate()
                .map(|(i, op)| (op.result, i + 1));
            for (v, pos) in params.chain(results) {
                def[v.0 as usize] = Some((b, pos));
                defs[v.0 as usize] += 1;
            }
        }
        let mut local: Vec<bool> = (0..n).map(|v| defs[v] == 1).collect();
        for (b, block) in graph.blocks.iter().enumerate() {
            let op_uses = block
                .ops
                .iter()
                .enumerate()
                .flat_map(|(i, op)| op_reads(op).map(move |v| (v, i)));
            let exit_uses = exit_reads(&block.exit).into_iter().map(|v| (v, usize::MAX));
            for (v, at) in op_uses.chain(exit_uses) {
                // Read in another block, or before its definition.
                if !matches!(def[v.0 as usize], Some((db, pos)) if db == b && pos <= at) {
                    local[v.0 as usize] = false;
                }
            }
        }
        Liveness { local }
    }

    pub fn last_reads(block: &ir::Block) -> LastReads {
        let mut last = HashMap::new();
        for (i, op) in block.ops.iter().enumerate() {
            for v in op_reads(op) {
                last.insert(v, i);
            }
        }
        for v in exit_reads(&block.exit) {
            last.insert(v, block.ops.len());
        }
        last
    }

    /// Whether the read of `v` at `position` (op index, or the op count for
    /// the exit) in a block with `last` reads is its final one.
    pub fn is_last_read(&self, last: &LastReads, v: Var, position: usize) -> bool {
        self.local[v.0 as usize] && last.get(&v) == Some(&position)
    }
}
