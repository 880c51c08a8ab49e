//! Turns the blocks built by `FnBuilder` into a finished graph: drops
//! unreachable blocks (dead code after `return`, unused handlers, ...) and
//! threads values through block parameters so that every block only uses its
//! own parameters and the results of its own ops.

use std::collections::HashMap;

use crate::flowgraph::{Block, BlockId, Exit, FlowGraph, Link, LinkArg, Operand, Var};
use crate::program::Constant;

fn links_mut(exit: &mut Exit) -> Vec<&mut Link> {
    match exit {
        Exit::Goto(l) => vec![l],
        Exit::Branch {
            if_true, if_false, ..
        } => vec![if_true, if_false],
        Exit::Catch { normal, handlers } => std::iter::once(normal)
            .chain(handlers.iter_mut().map(|h| &mut h.link))
            .collect(),
        Exit::Return(_) | Exit::Raise(_) | Exit::Unfinished => Vec::new(),
    }
}

pub fn links(exit: &Exit) -> Vec<&Link> {
    match exit {
        Exit::Goto(l) => vec![l],
        Exit::Branch {
            if_true, if_false, ..
        } => vec![if_true, if_false],
        Exit::Catch { normal, handlers } => std::iter::once(normal)
            .chain(handlers.iter().map(|h| &h.link))
            .collect(),
        Exit::Return(_) | Exit::Raise(_) | Exit::Unfinished => Vec::new(),
    }
}

pub fn finish_graph(
    mut blocks: Vec<Block>,
    start: BlockId,
    var_names: Vec<Option<String>>,
) -> FlowGraph {
    forward_empty_blocks(&mut blocks);
    merge_straight_lines(&mut blocks, start);
    // Reachability from the start block, in a deterministic order.
    let mut new_id: Vec<Option<u32>> = vec![None; blocks.len()];
    let mut order = vec![start];
    new_id[start.0 as usize] = Some(0);
    let mut i = 0;
    while i < order.len() {
        let b = order[i];
        for l in links(&blocks[b.0 as usize].exit) {
            let t = l.target.0 as usize;
            if new_id[t].is_none() {
                new_id[t] = Some(order.len() as u32);
                order.push(l.target);
            }
        }
        i += 1;
    }
    let mut kept: Vec<Block> = Vec::with_capacity(order.len());
    let mut slots: Vec<Option<Block>> = blocks.drain(..).map(Some).collect();
    for b in &order {
        let mut block = slots[b.0 as usize].take().expect("each block kept once");
        for l in links_mut(&mut block.exit) {
            l.target = BlockId(new_id[l.target.0 as usize].expect("targets are reachable"));
        }
        if block.exit == Exit::Unfinished {
            block.exit = Exit::Return(Operand::Const(Constant::None));
        }
        kept.push(block);
    }
    let mut graph = FlowGraph {
        blocks: kept,
        start: BlockId(0),
        var_count: var_names.len() as u32,
        var_names,
    };
    thread_values(&mut graph);
    prune_dead_params(&mut graph);
    graph
}

/// Removes block parameters whose value is never used: not by an op or the
/// exit of their block, nor passed on to a used parameter of a successor.
/// Join blocks take every local as a parameter; most are only passed along,
/// and this keeps big functions small. The start block keeps all its
/// parameters (they are the function's signature).
fn prune_dead_params(g: &mut FlowGraph) {
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

/// A block with no params, no ops and a `Goto` only forwards control: links
/// to it (which pass nothing, since it has no params) go straight to its
/// target. Run before values are threaded, when such blocks are common
/// (branch arms that just jump to a merge block).
fn forward_empty_blocks(blocks: &mut [Block]) {
    let forward: Vec<Option<Link>> = blocks
        .iter()
        .map(|b| match &b.exit {
            Exit::Goto(l) if b.params.is_empty() && b.ops.is_empty() => Some(l.clone()),
            _ => None,
        })
        .collect();
    for b in blocks.iter_mut() {
        for l in links_mut(&mut b.exit) {
            // Bounded: a cycle of empty blocks cannot be built, but never hang.
            for _ in 0..64 {
                match &forward[l.target.0 as usize] {
                    Some(next) if l.args.is_empty() => *l = next.clone(),
                    _ => break,
                }
            }
        }
    }
}

/// Appends a param-less block to its only predecessor when that one ends
/// with a plain `Goto` to it.
fn merge_straight_lines(blocks: &mut [Block], start: BlockId) {
    let mut incoming = vec![0usize; blocks.len()];
    for b in blocks.iter() {
        for l in links(&b.exit) {
            incoming[l.target.0 as usize] += 1;
        }
    }
    for a in 0..blocks.len() {
        loop {
            let target = match &blocks[a].exit {
                Exit::Goto(l) if l.args.is_empty() => l.target.0 as usize,
                _ => break,
            };
            if target == a
                || target == start.0 as usize
                || incoming[target] != 1
                || !blocks[target].params.is_empty()
            {
                break;
            }
            let ops = std::mem::take(&mut blocks[target].ops);
            let exit = std::mem::replace(&mut blocks[target].exit, Exit::Unfinished);
            incoming[target] = 0;
            blocks[a].ops.extend(ops);
            blocks[a].exit = exit;
            blocks[a].exit_span = blocks[target].exit_span;
        }
    }
}

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
fn thread_values(g: &mut FlowGraph) {
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
