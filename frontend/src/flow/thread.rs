//! Threading values through block parameters: the builder lets a block use
//! values of the blocks that dominate it; this pass turns each such use into
//! a parameter of the block and passes the value along every link into it.

use std::collections::HashMap;

use super::links::{links, links_mut};
use crate::flowgraph::Exit;
use crate::flowgraph::{Block, FlowGraph, LinkArg, Operand, Var};

/// Vars used by a block, in order of first use.
fn uses(block: &Block) -> Vec<Var> {
    let mut out = Vec::new();
    let mut add = |o: &Operand| {
        if let Operand::Var(v) = o {
            out.push(*v);
        }
    };
    for op in &block.ops {
        op.args.iter().for_each(&mut add);
    }
    match &block.exit {
        Exit::Branch { cond, .. } => add(cond),
        Exit::Return(v) | Exit::Raise(v) => add(v),
        _ => {}
    }
    for l in links(&block.exit) {
        for a in &l.args {
            if let LinkArg::Operand(o) = a {
                add(o);
            }
        }
    }
    out
}

fn rename(block: &mut Block, map: &HashMap<Var, Var>) {
    let fix = |o: &mut Operand| {
        if let Operand::Var(v) = o {
            if let Some(n) = map.get(v) {
                *v = *n;
            }
        }
    };
    for op in &mut block.ops {
        op.args.iter_mut().for_each(fix);
    }
    match &mut block.exit {
        Exit::Branch { cond, .. } => fix(cond),
        Exit::Return(v) | Exit::Raise(v) => fix(v),
        _ => {}
    }
    for l in links_mut(&mut block.exit) {
        for a in &mut l.args {
            if let LinkArg::Operand(o) = a {
                fix(o);
            }
        }
    }
}

/// Adds a parameter to each block for every var it uses but does not define,
/// and passes that var along every link into the block (repeating until the
/// predecessors define it themselves).
pub fn thread_values(g: &mut FlowGraph) {
    let n = g.blocks.len();
    let mut preds: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, b) in g.blocks.iter().enumerate() {
        for l in links(&b.exit) {
            let t = l.target.0 as usize;
            if !preds[t].contains(&i) {
                preds[t].push(i);
            }
        }
    }
    let mut mapping: Vec<HashMap<Var, Var>> = vec![HashMap::new(); n];
    let mut worklist: Vec<usize> = (0..n).rev().collect();
    let mut queued = vec![true; n];
    while let Some(b) = worklist.pop() {
        queued[b] = false;
        let block = &g.blocks[b];
        let defined: std::collections::HashSet<Var> = block
            .params
            .iter()
            .copied()
            .chain(block.ops.iter().map(|o| o.result))
            .collect();
        let mut free: Vec<Var> = Vec::new();
        for v in uses(block) {
            if !defined.contains(&v) && !free.contains(&v) {
                free.push(v);
            }
        }
        if free.is_empty() {
            continue;
        }
        for v in free {
            if mapping[b].contains_key(&v) {
                continue;
            }
            g.var_names
                .push(g.var_names.get(v.0 as usize).cloned().flatten());
            let p = Var(g.var_names.len() as u32 - 1);
            g.blocks[b].params.push(p);
            mapping[b].insert(v, p);
            for &pred in &preds[b] {
                for l in links_mut(&mut g.blocks[pred].exit) {
                    if l.target.0 as usize == b {
                        l.args.push(LinkArg::Operand(Operand::Var(v)));
                    }
                }
                if !queued[pred] {
                    queued[pred] = true;
                    worklist.push(pred);
                }
            }
        }
        let map = mapping[b].clone();
        rename(&mut g.blocks[b], &map);
    }
    g.var_count = g.var_names.len() as u32;
}
