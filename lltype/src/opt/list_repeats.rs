//! `[x] * n` builds its list in one step.
//!
//! The rtyper lowers `[x] * n` as written: a one-item list, then `list_mul`,
//! which copies it `n` times into a second list. When the one-item list is
//! read by nothing but that `list_mul`, the pair becomes one `list_repeat`
//! of `x`, which each backend lowers to a single allocation of `n` items
//! (`[0] * n` a zeroed array). The operation that a `Catch` exit protects is
//! left as it is.

use crate::analysis::reads::read_counts;
use crate::ir::graph::Value;
use crate::ir::ops::Opcode;
use crate::ir::Program;

pub fn fuse_list_repeats(program: &mut Program) {
    for graph in &mut program.graphs {
        let reads = read_counts(graph);
        for block in &mut graph.blocks {
            let protected = block.protected_op();
            let mut fused = vec![false; block.ops.len()];
            for j in 0..block.ops.len() {
                let op = &block.ops[j];
                let [Value::Var(list), _] = op.args[..] else {
                    continue;
                };
                if op.opcode != Opcode::ListMul || Some(j) == protected {
                    continue;
                }
                let Some(i) = block.ops[..j].iter().rposition(|o| o.result == list) else {
                    continue;
                };
                let maker = &block.ops[i];
                if maker.opcode != Opcode::NewList
                    || maker.args.len() != 1
                    || reads[list.0 as usize] != 1
                {
                    continue;
                }
                let item = maker.args[0].clone();
                let op = &mut block.ops[j];
                op.opcode = Opcode::ListRepeat;
                op.args[0] = item;
                fused[i] = true;
            }
            let ops = std::mem::take(&mut block.ops);
            block.ops = ops
                .into_iter()
                .zip(fused)
                .filter_map(|(op, gone)| (!gone).then_some(op))
                .collect();
        }
    }
}
