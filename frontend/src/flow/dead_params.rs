//! Dead block-parameter elimination.

use std::collections::HashMap;

use super::links::{links, links_mut};
use crate::flowgraph::{Exit, FlowGraph, LinkArg, Operand, Var};

/// Removes block parameters whose value is never used: not by an op or the
/// exit of their block, nor passed on to a used parameter of a successor.
/// Join blocks take every local as a parameter; most are only passed along,
/// and this keeps big functions small. The start block keeps all its
/// parameters (they are the function's signature).
pub fn prune_dead_params(g: &mut FlowGraph) {
    let n = g.blocks.len();
    let mut param_pos: HashMap<Var, (usize, usize)> = HashMap::new();
    for (b, block) in g.blocks.iter().enumerate() {
        for (i, p) in block.params.iter().enumerate() {
            param_pos.insert(*p, (b, i));
        }
    }
    let mut live: Vec<Vec<bool>> = g
        .blocks
        .iter()
        .map(|b| vec![false; b.params.len()])
        .collect();
    let mut work: Vec<(usize, usize)> = Vec::new();
    let mark = |v: &Var, live: &mut Vec<Vec<bool>>, work: &mut Vec<(usize, usize)>| {
        if let Some(&(b, i)) = param_pos.get(v) {
            if !live[b][i] {
                live[b][i] = true;
                work.push((b, i));
            }
        }
    };
    for i in 0..live[g.start.0 as usize].len() {
        live[g.start.0 as usize][i] = true;
    }
    for block in &g.blocks {
        for op in &block.ops {
            for a in &op.args {
                if let Operand::Var(v) = a {
                    mark(v, &mut live, &mut work);
                }
            }
        }
        match &block.exit {
            Exit::Branch {
                cond: Operand::Var(v),
                ..
            }
            | Exit::Return(Operand::Var(v))
            | Exit::Raise(Operand::Var(v)) => mark(v, &mut live, &mut work),
            _ => {}
        }
    }
    // Links into each block, to propagate liveness backwards.
    let mut incoming: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (b, block) in g.blocks.iter().enumerate() {
        for l in links(&block.exit) {
            incoming[l.target.0 as usize].push(b);
        }
    }
    while let Some((b, i)) = work.pop() {
        for &pred in &incoming[b] {
            for l in links(&g.blocks[pred].exit) {
                if l.target.0 as usize == b {
                    if let Some(LinkArg::Operand(Operand::Var(v))) = l.args.get(i) {
                        mark(v, &mut live, &mut work);
                    }
                }
            }
        }
    }
    for (b, block) in g.blocks.iter_mut().enumerate() {
        let mut i = 0;
        block.params.retain(|_| {
            i += 1;
            live[b][i - 1]
        });
        for l in links_mut(&mut block.exit) {
            let keep = &live[l.target.0 as usize];
            let mut i = 0;
            l.args.retain(|_| {
                i += 1;
                keep[i - 1]
            });
        }
    }
}
