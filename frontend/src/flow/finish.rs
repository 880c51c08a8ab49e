//! Turns the blocks built by `FnBuilder` into a finished graph: simplifies
//! trivial control flow, drops unreachable blocks (dead code after `return`,
//! unused handlers, ...), threads values through block parameters so that
//! every block only uses its own parameters and the results of its own ops,
//! and prunes parameters nobody uses.

use super::dead_params::prune_dead_params;
use super::links::{links, links_mut};
use super::simplify::{bypass_trivial_joins, forward_empty_blocks, merge_straight_lines};
use super::thread::thread_values;
use crate::flowgraph::{Block, BlockId, Exit, FlowGraph, Operand};
use crate::program::Constant;

pub fn finish_graph(
    mut blocks: Vec<Block>,
    start: BlockId,
    var_names: Vec<Option<String>>,
) -> FlowGraph {
    forward_empty_blocks(&mut blocks);
    merge_straight_lines(&mut blocks, start);
    let kept = reachable_blocks(blocks, start);
    let mut graph = FlowGraph {
        blocks: kept,
        start: BlockId(0),
        var_count: var_names.len() as u32,
        var_names,
    };
    thread_values(&mut graph);
    prune_dead_params(&mut graph);
    if bypass_trivial_joins(&mut graph.blocks) {
        let blocks = std::mem::take(&mut graph.blocks);
        graph.blocks = reachable_blocks(blocks, BlockId(0));
    }
    graph
}

/// The blocks reachable from `start`, renumbered in breadth-first order
/// (deterministic) with `start` first.
fn reachable_blocks(mut blocks: Vec<Block>, start: BlockId) -> Vec<Block> {
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
    kept
}
