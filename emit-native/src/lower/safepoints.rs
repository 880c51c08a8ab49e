//! Where generated code has safepoints, which functions count toward the
//! recursion limit, and which calls need spills.
//!
//! Safepoints sit at the headers of loops that may make garbage and at the
//! entry of recursive functions (those on a cycle of the call graph): every
//! unbounded stretch of execution that allocates passes through one, so a
//! requested collection always runs soon. Only recursive functions count toward the recursion limit (the
//! others add a bounded depth). A call needs its caller's live references
//! spilled only when the callee may reach a safepoint.

use lltype::ir::{Block, Exit, Graph, GraphId, Op, Opcode, Program};

pub(crate) struct CallGraph {
    /// On a cycle of the call graph (a call through a function value may
    /// go anywhere).
    pub recursive: Vec<bool>,
    /// Has a safepoint, or calls (transitively) one that has.
    pub reaches_safepoint: Vec<bool>,
    /// May allocate, or call (transitively) a graph that may, other than
    /// in a block that ends by raising: such garbage leaves with the
    /// exception, and a loop catching it has a safepoint of its own
    /// (`may_make_garbage`).
    pub allocates: Vec<bool>,
    /// May return with an exception pending (conservatively: raises or
    /// has an operation that may raise, caught or not, or calls such a
    /// graph); callers skip the exception test after calls to the others.
    pub may_raise: Vec<bool>,
}

impl CallGraph {
    pub fn new(p: &Program) -> CallGraph {
        let n = p.graphs.len();
        let succs = call_successors(p, |_| true);
        let calls_unknown: Vec<bool> = (0..n).map(|g| succs[g].contains(&n)).collect();
        let scc = strongly_connected(&succs);
        let mut scc_size = vec![0usize; n + 1];
        for c in &scc {
            scc_size[*c] += 1;
        }
        let recursive: Vec<bool> = (0..n)
            .map(|g| scc_size[scc[g]] > 1 || succs[g].contains(&g))
            .collect();
        let mut allocates: Vec<bool> = p
            .graphs
            .iter()
            .enumerate()
            .map(|(gi, g)| {
                calls_unknown[gi]
                    || g.blocks.iter().any(|b| {
                        catches_what_it_raises(b)
                            || !matches!(b.exit, Exit::Raise(_))
                                && b.ops
                                    .iter()
                                    .any(|op| !is_call(&op.opcode) && op.opcode.effects().allocates)
                    })
            })
            .collect();
        // Garbage made in a block that raises leaves with the exception.
        let allocating_calls = call_successors(p, |b| !matches!(b.exit, Exit::Raise(_)));
        propagate_to_callers(&allocating_calls, &mut allocates);
        let mut reaches_safepoint: Vec<bool> = (0..n)
            .map(|g| {
                recursive[g]
                    || calls_unknown[g]
                    || loop_safepoints(p, &p.graphs[g], &allocates).contains(&true)
            })
            .collect();
        propagate_to_callers(&succs, &mut reaches_safepoint);
        let mut may_raise: Vec<bool> = p
            .graphs
            .iter()
            .enumerate()
            .map(|(gi, g)| {
                recursive[gi]
                    || calls_unknown[gi]
                    || g.blocks.iter().any(|b| {
                        matches!(b.exit, Exit::Raise(_))
                            || b.ops
                                .iter()
                                .any(|op| !is_call(&op.opcode) && op.opcode.effects().may_raise)
                    })
            })
            .collect();
        propagate_to_callers(&succs, &mut may_raise);
        CallGraph {
            recursive,
            reaches_safepoint,
            allocates,
            may_raise,
        }
    }

    /// Whether an operation may leave an exception pending.
    pub fn op_may_raise(&self, p: &Program, opcode: &Opcode) -> bool {
        if !is_call(opcode) {
            return opcode.effects().may_raise;
        }
        callees(p, opcode).is_none_or(|cs| cs.iter().any(|c| self.may_raise[c.0 as usize]))
    }
}

/// Marks every graph that calls (transitively) a marked one; the node past
/// the graphs ("any function") counts as marked when any graph is.
fn propagate_to_callers(succs: &[Vec<usize>], marked: &mut Vec<bool>) {
    let any = marked.iter().any(|m| *m);
    marked.push(any);
    let mut changed = true;
    while changed {
        changed = false;
        for g in 0..marked.len() - 1 {
            if !marked[g] && succs[g].iter().any(|c| marked[*c]) {
                marked[g] = true;
                changed = true;
            }
        }
    }
    marked.pop();
}

/// For each graph, the graphs it calls in the blocks `counted` accepts,
/// sorted; node n (past the graphs) stands for "any function", the target
/// of calls through function values, and its successors are all graphs.
fn call_successors(p: &Program, counted: impl Fn(&Block) -> bool) -> Vec<Vec<usize>> {
    let n = p.graphs.len();
    let mut succs: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
    succs[n] = (0..n).collect();
    for (gi, g) in p.graphs.iter().enumerate() {
        for op in g.blocks.iter().filter(|b| counted(b)).flat_map(|b| &b.ops) {
            match callees(p, &op.opcode) {
                Some(cs) => succs[gi].extend(cs.iter().map(|c| c.0 as usize)),
                None => succs[gi].push(n),
            }
        }
        succs[gi].sort_unstable();
        succs[gi].dedup();
    }
    succs
}

fn is_call(opcode: &Opcode) -> bool {
    matches!(
        opcode,
        Opcode::DirectCall(_) | Opcode::MethodCall(_) | Opcode::IndirectCall
    )
}

/// Tarjan's algorithm, iterative: the component number of each node.
fn strongly_connected(succs: &[Vec<usize>]) -> Vec<usize> {
    const UNSEEN: usize = usize::MAX;
    let n = succs.len();
    let mut index = vec![UNSEEN; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut comp = vec![UNSEEN; n];
    let mut stack = Vec::new();
    let mut next_index = 0;
    let mut ncomp = 0;
    for root in 0..n {
        if index[root] != UNSEEN {
            continue;
        }
        // (node, position in its successor list)
        let mut walk = vec![(root, 0usize)];
        index[root] = next_index;
        low[root] = next_index;
        next_index += 1;
        stack.push(root);
        on_stack[root] = true;
        while let Some(&mut (v, ref mut i)) = walk.last_mut() {
            if let Some(&w) = succs[v].get(*i) {
                *i += 1;
                if index[w] == UNSEEN {
                    index[w] = next_index;
                    low[w] = next_index;
                    next_index += 1;
                    stack.push(w);
                    on_stack[w] = true;
                    walk.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
                continue;
            }
            walk.pop();
            if let Some(&(parent, _)) = walk.last() {
                low[parent] = low[parent].min(low[v]);
            }
            if low[v] == index[v] {
                while let Some(w) = stack.pop() {
                    on_stack[w] = false;
                    comp[w] = ncomp;
                    if w == v {
                        break;
                    }
                }
                ncomp += 1;
            }
        }
    }
    comp
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

/// The back edges (tail, head) of a depth-first walk from the start block:
/// every cycle of the graph contains one, and its head is a loop header.
fn back_edges(g: &Graph) -> Vec<(usize, usize)> {
    let n = g.blocks.len();
    let mut edges = Vec::new();
    // 0: unvisited, 1: on the walk's stack, 2: done.
    let mut state = vec![0u8; n];
    let succs = |b: usize| -> Vec<usize> {
        g.blocks[b]
            .exit
            .links()
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
                1 => edges.push((*b, s)),
                _ => {}
            }
        } else {
            state[*b] = 2;
            stack.pop();
        }
    }
    edges
}

/// Whether a block may create garbage: allocate, or call code that may
/// (`allocates`: per graph), or raise a new exception that it catches (an
/// exception it does not catch leaves the function, so the loop too).
fn may_make_garbage(p: &Program, block: &Block, allocates: &[bool]) -> bool {
    let allocates = |op: &Op| match callees(p, &op.opcode) {
        None => true,
        Some(cs) if is_call(&op.opcode) => cs.iter().any(|c| allocates[c.0 as usize]),
        Some(_) => op.opcode.effects().allocates,
    };
    catches_what_it_raises(block) || block.ops.iter().any(allocates)
}

/// Whether the block ends in a `Catch` whose operation may raise: the
/// exception it catches is garbage made here.
fn catches_what_it_raises(block: &Block) -> bool {
    matches!(block.exit, Exit::Catch { .. })
        && block
            .ops
            .last()
            .is_some_and(|op| op.opcode.effects().may_raise)
}

/// The loop headers that get a safepoint: those of a loop whose body may
/// make garbage. A loop that allocates nothing cannot make a requested
/// collection more urgent, so it may run without one. Every cycle contains
/// a back edge whose loop body (the blocks reaching its tail without
/// passing its head) holds the whole cycle, so a cycle that allocates
/// passes a safepoint.
pub(crate) fn loop_safepoints(p: &Program, g: &Graph, allocates: &[bool]) -> Vec<bool> {
    let n = g.blocks.len();
    let mut preds = vec![Vec::new(); n];
    for (b, block) in g.blocks.iter().enumerate() {
        for l in block.exit.links() {
            preds[l.target.0 as usize].push(b);
        }
    }
    let makes_garbage: Vec<bool> = g
        .blocks
        .iter()
        .map(|b| may_make_garbage(p, b, allocates))
        .collect();
    let mut needs = vec![false; n];
    for (tail, head) in back_edges(g) {
        if needs[head] {
            continue;
        }
        let mut seen = vec![false; n];
        seen[head] = true;
        let mut work = vec![tail];
        let mut garbage = makes_garbage[head];
        while let Some(b) = work.pop() {
            if seen[b] {
                continue;
            }
            seen[b] = true;
            garbage |= makes_garbage[b];
            work.extend(preds[b].iter().copied());
        }
        needs[head] = garbage;
    }
    needs
}
