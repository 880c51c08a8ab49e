//! Control-flow cleanups: bypassing blocks that only jump, and merging
//! straight-line chains of blocks.

use super::links::{links, links_mut};
use crate::flowgraph::{Block, BlockId, Exit, Link, LinkArg, Operand};

/// A block with no params, no ops and a `Goto` only forwards control: links
/// to it (which pass nothing, since it has no params) go straight to its
/// target. Run before values are threaded, when such blocks are common
/// (branch arms that just jump to a merge block).
pub fn forward_empty_blocks(blocks: &mut [Block]) {
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
pub fn merge_straight_lines(blocks: &mut [Block], start: BlockId) {
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

/// After values are threaded: a block with no ops whose `Goto` passes only
/// its own params (in any order) and constants is bypassed; links into it go
/// straight to its target with the arguments substituted. Typical case: the
/// merge block after an `if`/`elif` chain that only jumps to the loop header.
/// Returns whether anything changed (bypassed blocks become unreachable).
pub fn bypass_trivial_joins(blocks: &mut [Block]) -> bool {
    let mut changed = false;
    for j in 0..blocks.len() {
        let Exit::Goto(out) = &blocks[j].exit else {
            continue;
        };
        if !blocks[j].ops.is_empty() || out.target.0 as usize == j {
            continue;
        }
        let params = blocks[j].params.clone();
        // Each outgoing arg as an index into the params, or a constant.
        let mut plan = Vec::with_capacity(out.args.len());
        for a in &out.args {
            match a {
                LinkArg::Operand(Operand::Var(v)) => match params.iter().position(|p| p == v) {
                    Some(i) => plan.push(Err(i)),
                    None => break,
                },
                LinkArg::Operand(c @ Operand::Const(_)) => {
                    plan.push(Ok(LinkArg::Operand(c.clone())))
                }
                LinkArg::CaughtException => break,
            }
        }
        if plan.len() != out.args.len() {
            continue;
        }
        let target = out.target;
        for (b, block) in blocks.iter_mut().enumerate() {
            if b == j {
                continue;
            }
            for l in links_mut(&mut block.exit) {
                if l.target.0 as usize != j {
                    continue;
                }
                let args = plan
                    .iter()
                    .map(|p| match p {
                        Ok(c) => c.clone(),
                        Err(i) => l.args[*i].clone(),
                    })
                    .collect();
                *l = Link { target, args };
                changed = true;
            }
        }
    }
    changed
}
