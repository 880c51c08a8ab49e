//! Local slots for a method's variables: variables of the same JVM type whose
//! live ranges do not overlap share a slot (linear scan over the blocks in
//! emission order). A slot keeps one type for the whole method, so the
//! lowering's invariant — every local always holds a value of its fixed type,
//! and every stack map frame lists the same locals — still holds.
//!
//! Liveness is computed per block (a variable may be used in any block its
//! definition dominates, so not only through links); a variable's range is
//! the hull of its definition, its uses and the blocks it is live through.

use std::collections::{BTreeMap, HashSet};

use lltype::ir::{BlockId, Exit, Graph, LinkArg, Value, Var};

use crate::classfile::JType;

/// Variables read by a block (ops, exit, link arguments), in order.
fn block_uses(g: &Graph, b: BlockId) -> Vec<(usize, Var)> {
    let block = g.block(b);
    let mut out = Vec::new();
    let var = |v: &Value| match v {
        Value::Var(x) => Some(*x),
        _ => None,
    };
    for (i, op) in block.ops.iter().enumerate() {
        out.extend(op.args.iter().filter_map(var).map(|x| (i + 1, x)));
    }
    let exit_pos = block.ops.len() + 1;
    match &block.exit {
        Exit::Return(v) | Exit::Raise(v) => out.extend(var(v).map(|x| (exit_pos, x))),
        Exit::Branch { cond, .. } => out.extend(var(cond).map(|x| (exit_pos, x))),
        _ => {}
    }
    for link in block.exit.links() {
        for a in &link.args {
            if let LinkArg::Value(v) = a {
                out.extend(var(v).map(|x| (exit_pos, x)));
            }
        }
    }
    out
}

/// Slots chosen by `assign`.
pub struct Assignment {
    /// Each variable's slot, if it has one.
    pub slot_of: Vec<Option<u16>>,
    /// The type of every slot allocated.
    pub types: BTreeMap<u16, JType>,
    /// The variables live at the start of each block (by block index), not
    /// counting the block's own parameters.
    pub live_in: Vec<HashSet<u32>>,
}

/// Assigns slots to the variables for which `eligible` holds, from
/// `first_slot` on. `fixed` variables (the method's parameters) keep their
/// slots, in order, starting at `first_slot`.
pub fn assign(
    g: &Graph,
    jtypes: &[JType],
    order: &[BlockId],
    eligible: &dyn Fn(usize) -> bool,
    fixed: &[Var],
    first_slot: u16,
) -> Assignment {
    let n = g.var_types.len();
    // Positions in emission order: a block's parameters at its start, op i
    // at start + 1 + i, the exit (and its link arguments) after the last op.
    let mut start = vec![usize::MAX; g.blocks.len()];
    let mut pos = 0;
    for b in order {
        start[b.0 as usize] = pos;
        pos += g.block(*b).ops.len() + 2;
    }
    let end = |b: usize| start[b] + g.blocks[b].ops.len() + 1;

    // Block-level liveness (over the whole graph: blocks of other regions
    // only matter through the variables they make live here).
    let nb = g.blocks.len();
    let mut defs: Vec<HashSet<u32>> = vec![HashSet::new(); nb];
    let mut gen: Vec<HashSet<u32>> = vec![HashSet::new(); nb];
    for b in 0..nb {
        let block = &g.blocks[b];
        defs[b].extend(block.params.iter().map(|p| p.0));
        let uses = block_uses(g, BlockId(b as u32));
        let mut defined: HashSet<u32> = block.params.iter().map(|p| p.0).collect();
        let mut ui = 0;
        for (i, op) in block.ops.iter().enumerate() {
            while ui < uses.len() && uses[ui].0 <= i + 1 {
                if !defined.contains(&uses[ui].1 .0) {
                    gen[b].insert(uses[ui].1 .0);
                }
                ui += 1;
            }
            defined.insert(op.result.0);
            defs[b].insert(op.result.0);
        }
        for (_, x) in &uses[ui..] {
            if !defined.contains(&x.0) {
                gen[b].insert(x.0);
            }
        }
    }
    let succ: Vec<Vec<usize>> = g
        .blocks
        .iter()
        .map(|bl| {
            bl.exit
                .links()
                .iter()
                .map(|l| l.target.0 as usize)
                .collect()
        })
        .collect();
    let mut live_in: Vec<HashSet<u32>> = gen.clone();
    let mut live_out: Vec<HashSet<u32>> = vec![HashSet::new(); nb];
    let mut changed = true;
    while changed {
        changed = false;
        for b in (0..nb).rev() {
            let out: HashSet<u32> = succ[b]
                .iter()
                .flat_map(|s| live_in[*s].iter().copied())
                .collect();
            let mut inn = gen[b].clone();
            inn.extend(out.iter().filter(|v| !defs[b].contains(v)));
            if inn.len() != live_in[b].len() || out.len() != live_out[b].len() {
                changed = true;
            }
            live_in[b] = inn;
            live_out[b] = out;
        }
    }

    // Ranges, over the blocks emitted here.
    let mut lo = vec![usize::MAX; n];
    let mut hi = vec![0usize; n];
    let widen = |v: usize, p: usize, lo: &mut Vec<usize>, hi: &mut Vec<usize>| {
        lo[v] = lo[v].min(p);
        hi[v] = hi[v].max(p);
    };
    for b in order {
        let bi = b.0 as usize;
        let s = start[bi];
        let block = g.block(*b);
        for p in &block.params {
            widen(p.0 as usize, s, &mut lo, &mut hi);
        }
        for (i, op) in block.ops.iter().enumerate() {
            widen(op.result.0 as usize, s + 1 + i, &mut lo, &mut hi);
        }
        for (p, x) in block_uses(g, *b) {
            widen(x.0 as usize, s + p, &mut lo, &mut hi);
        }
        for v in &live_in[bi] {
            widen(*v as usize, s, &mut lo, &mut hi);
        }
        for v in &live_out[bi] {
            widen(*v as usize, end(bi), &mut lo, &mut hi);
        }
    }

    // The variables a link copies into each other: sharing a slot makes
    // the copy vanish (`graph::link_moves`).
    let mut partners: Vec<Vec<usize>> = vec![Vec::new(); n];
    for b in order {
        for link in g.block(*b).exit.links() {
            let params = &g.block(link.target).params;
            for (a, p) in link.args.iter().zip(params) {
                if let LinkArg::Value(Value::Var(x)) = a {
                    partners[x.0 as usize].push(p.0 as usize);
                    partners[p.0 as usize].push(x.0 as usize);
                }
            }
        }
    }
    // An operation reads its arguments before its result is stored, so
    // its result may take the slot of a variable last read there.
    let mut op_result = vec![false; n];
    for b in order {
        for op in &g.block(*b).ops {
            op_result[op.result.0 as usize] = true;
        }
    }

    // Linear scan, per slot type. Fixed variables first, at their slots.
    let mut slot_of = vec![None; n];
    let mut types: BTreeMap<u16, JType> = BTreeMap::new();
    let mut next = u32::from(first_slot);
    let mut active: Vec<(usize, u16)> = Vec::new(); // (range end, slot)
    let mut free: BTreeMap<JType, Vec<u16>> = BTreeMap::new();
    for f in fixed {
        let v = f.0 as usize;
        if jtypes[v] == JType::Void {
            continue;
        }
        let slot = next as u16;
        next += u32::from(jtypes[v].slots());
        slot_of[v] = Some(slot);
        types.insert(slot, jtypes[v].clone());
        // A parameter's slot is busy from the start (it holds the argument).
        let end_ = if lo[v] == usize::MAX { 0 } else { hi[v] };
        active.push((end_, slot));
    }
    let mut vars: Vec<usize> = (0..n)
        .filter(|v| slot_of[*v].is_none() && jtypes[*v] != JType::Void && eligible(*v))
        .collect();
    vars.sort_by_key(|v| (lo[*v], *v));
    for v in vars {
        let l = if lo[v] == usize::MAX { 0 } else { lo[v] };
        // Ranges that ended strictly before this one starts free their slot
        // (a range ending where this one starts may still be read there).
        let ends_here_free = op_result[v] && lo[v] != usize::MAX;
        active.retain(|(e, s)| {
            if *e < l || (ends_here_free && *e == l) {
                free.entry(types[s].clone()).or_default().push(*s);
                false
            } else {
                true
            }
        });
        let free_here = free.entry(jtypes[v].clone()).or_default();
        let preferred = partners[v]
            .iter()
            .filter_map(|p| slot_of[*p])
            .find_map(|s| free_here.iter().position(|f| *f == s));
        let taken = match preferred {
            Some(i) => Some(free_here.remove(i)),
            None => free_here.pop(),
        };
        let slot = match taken {
            Some(s) => s,
            None => {
                let s = next as u16;
                next += u32::from(jtypes[v].slots());
                types.insert(s, jtypes[v].clone());
                s
            }
        };
        slot_of[v] = Some(slot);
        let h = if lo[v] == usize::MAX { l } else { hi[v] };
        active.push((h, slot));
    }
    Assignment {
        slot_of,
        types,
        live_in,
    }
}
