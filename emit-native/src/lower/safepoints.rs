//! Where generated code has safepoints, and which calls need spills.
//!
//! A safepoint sits at function entry and at each loop header: every cycle
//! of execution passes through one, so a requested collection always runs
//! soon. A graph without loops whose calls all go to such graphs again
//! ("safepoint-free") does bounded work, so it needs no safepoint, no
//! shadow-stack frame and no recursion check, and a call to it needs no
//! spill of the caller's references. Graphs on a cycle of the call graph
//! are never safepoint-free (recursion is unbounded work).

use lltype::ir::Graph;
use lltype::ir::{GraphId, Opcode, Program};

use super::liveness::exit_links;

/// Per graph of the program: whether it is safepoint-free.
pub(crate) fn safepoint_free_graphs(p: &Program) -> Vec<bool> {
    let mut free = vec![false; p.graphs.len()];
    let loopless: Vec<bool> = p
        .graphs
        .iter()
        .map(|g| !loop_headers(g).contains(&true))
        .collect();
    // Least fixpoint: a graph joins once all its callees have joined, so
    // graphs on a call cycle never do.
    let mut changed = true;
    while changed {
        changed = false;
        for (gi, g) in p.graphs.iter().enumerate() {
            if free[gi] || !loopless[gi] {
                continue;
            }
            let calls_ok = g.blocks.iter().flat_map(|b| &b.ops).all(|op| {
                callees(p, &op.opcode).is_some_and(|cs| cs.iter().all(|c| free[c.0 as usize]))
            });
            if calls_ok {
                free[gi] = true;
                changed = true;
            }
        }
    }
    free
}

/// The graphs an operation may call (empty for a non-call); None when
/// unknown (a call through a function value).
pub(crate) fn callees(p: &Program, opcode: &Opcode) -> Option<Vec<GraphId>> {
    match opcode {
        Opcode::DirectCall(g) => Some(vec![*g]),
        // Any class's implementation of that method name.
        Opcode::MethodCall(name) => Some(
            p.classes
                .iter()
                .filter_map(|c| c.methods.get(name).copied())
                .collect(),
        ),
        Opcode::IndirectCall => None,
        _ => Some(Vec::new()),
    }
}

/// Blocks that are the target of a back edge of a depth-first walk from the
/// start: every cycle of the graph passes through one of them, so a
/// safepoint at each (and one at function entry, for recursion) bounds the
/// work done between two safepoints.
pub(crate) fn loop_headers(g: &Graph) -> Vec<bool> {
    let n = g.blocks.len();
    let mut header = vec![false; n];
    // 0: unvisited, 1: on the walk's stack, 2: done.
    let mut state = vec![0u8; n];
    let succs = |b: usize| -> Vec<usize> {
        exit_links(&g.blocks[b].exit)
            .iter()
            .map(|l| l.target.0 as usize)
            .collect()
    };
    let start = g.start.0 as usize;
    let mut stack = vec![(start, succs(start), 0usize)];
    state[start] = 1;
    while let Some((b, next, i)) = stack.last_mut() {
        if *i < next.len() {
            let s = next[*i];
            *i += 1;
            match state[s] {
                0 => {
                    state[s] = 1;
                    let ss = succs(s);
                    stack.push((s, ss, 0));
                }
                1 => header[s] = true,
                _ => {}
            }
        } else {
            state[*b] = 2;
            stack.pop();
        }
    }
    header
}
