//! `for k, v in d.items()` without the list of tuples: the typed IR makes
//! the list (`DictItems`) and iterates over it; when that list is only
//! iterated, the C code walks the dict's entries instead
//! (`rpy_dict_items_iter`, `RPY_ITER_DICTITEMS`), making each pair when it
//! is reached. The pairs then die young instead of all surviving in the
//! list while the loop runs.
//!
//! The iterator variable is followed along links (loop headers copy it):
//! every variable it flows into must be fed only by such iterators and used
//! only by `IterNext`, so the right stepping function is known statically.

use lltype::ir::{Exit, Graph, LinkArg, Opcode, Value, Var};

/// One `DictItems` + `NewIter` pair made into a dict-items iterator.
pub(crate) struct ItemsLoop {
    pub block: usize,
    /// The skipped `DictItems`.
    pub items_op: usize,
    /// The `NewIter` that becomes `rpy_dict_items_iter`.
    pub iter_op: usize,
}

pub(crate) struct ItemsLoops {
    pub loops: Vec<ItemsLoop>,
    /// The variables holding such iterators.
    pub is_items_iter: Vec<bool>,
}

/// `no_call_between(block, from, to)`: nothing can collect between the two
/// operations (the dict is then read later than the typed IR says).
pub(crate) fn find(
    g: &Graph,
    uses: &[u32],
    no_call_between: impl Fn(usize, usize, usize) -> bool,
) -> ItemsLoops {
    let n = g.var_types.len();
    let mut candidates = Vec::new();
    let mut family = vec![false; n];
    for (bi, b) in g.blocks.iter().enumerate() {
        for (i, op) in b.ops.iter().enumerate() {
            if !matches!(op.opcode, Opcode::NewIter(_)) {
                continue;
            }
            let Value::Var(list) = &op.args[0] else {
                continue;
            };
            let Some(j) = b.ops.iter().position(|o| o.result == *list) else {
                continue;
            };
            if j < i
                && b.ops[j].opcode == Opcode::DictItems
                && uses[list.0 as usize] == 1
                && no_call_between(bi, j, i)
            {
                candidates.push(ItemsLoop {
                    block: bi,
                    items_op: j,
                    iter_op: i,
                });
                family[op.result.0 as usize] = true;
            }
        }
    }
    // Grow the family along links, then drop it whole if any member has
    // another source or another use (rare: give up rather than split it).
    let mut changed = true;
    while changed {
        changed = false;
        for b in &g.blocks {
            for link in b.exit.links() {
                let target = g.block(link.target);
                for (param, arg) in target.params.iter().zip(&link.args) {
                    if let LinkArg::Value(Value::Var(v)) = arg {
                        if family[v.0 as usize] && !family[param.0 as usize] {
                            family[param.0 as usize] = true;
                            changed = true;
                        }
                    }
                }
            }
        }
    }
    if !family_is_closed(g, &family, &candidates) {
        return ItemsLoops {
            loops: Vec::new(),
            is_items_iter: vec![false; n],
        };
    }
    ItemsLoops {
        loops: candidates,
        is_items_iter: family,
    }
}

fn family_is_closed(g: &Graph, family: &[bool], loops: &[ItemsLoop]) -> bool {
    let member = |v: &Value| matches!(v, Value::Var(v) if family[v.0 as usize]);
    let defined_here = |bi: usize, i: usize| loops.iter().any(|l| l.block == bi && l.iter_op == i);
    if g.params().iter().any(|p| family[p.0 as usize]) {
        return false;
    }
    for (bi, b) in g.blocks.iter().enumerate() {
        for (i, op) in b.ops.iter().enumerate() {
            if family[op.result.0 as usize] && !defined_here(bi, i) {
                return false;
            }
            for (k, a) in op.args.iter().enumerate() {
                if member(a) && !(k == 0 && op.opcode == Opcode::IterNext) {
                    return false;
                }
            }
        }
        match &b.exit {
            Exit::Branch { cond: v, .. } | Exit::Return(v) | Exit::Raise(v) if member(v) => {
                return false;
            }
            _ => {}
        }
        for link in b.exit.links() {
            let target = g.block(link.target);
            for (param, arg) in target.params.iter().zip(&link.args) {
                let from_member = matches!(arg, LinkArg::Value(v) if member(v));
                if family[param.0 as usize] != from_member {
                    return false;
                }
            }
        }
    }
    true
}

/// Whether `v` holds a dict-items iterator.
pub(crate) fn is_member(loops: &ItemsLoops, v: Var) -> bool {
    loops.is_items_iter[v.0 as usize]
}
