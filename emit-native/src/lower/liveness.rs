//! Liveness of a graph's variables.
//!
//! References stay in C locals; a collection (which may move objects) only
//! runs at a safepoint, so they need a shadow-stack slot only around the
//! points where one can run: a call to a generated function (its callee has
//! safepoints) and the safepoints of this function. Those points spill the
//! references live there and reload them afterwards; this module says which
//! ones are live.

use lltype::ir::{Exit, Graph, Link, LinkArg, Op, Value, Var};

/// A fixed-size set of variables.
#[derive(Clone, PartialEq)]
struct VarSet(Vec<u64>);

impl VarSet {
    fn new(nvars: usize) -> VarSet {
        VarSet(vec![0; nvars.div_ceil(64)])
    }
    fn insert(&mut self, v: Var) {
        self.0[v.0 as usize / 64] |= 1 << (v.0 % 64);
    }
    fn remove(&mut self, v: Var) {
        self.0[v.0 as usize / 64] &= !(1 << (v.0 % 64));
    }
    fn union_with(&mut self, other: &VarSet) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }
    fn vars(&self) -> impl Iterator<Item = Var> + '_ {
        self.0.iter().enumerate().flat_map(|(w, bits)| {
            (0..64)
                .filter(move |b| bits & (1 << b) != 0)
                .map(move |b| Var((w * 64 + b) as u32))
        })
    }
}

pub(crate) struct Liveness {
    /// Variables live at the entry of each block (parameters included).
    live_in: Vec<VarSet>,
    /// Variables live at the end of each block, before its exit reads.
    exit_live: Vec<VarSet>,
}

fn add_value(set: &mut VarSet, v: &Value) {
    if let Value::Var(v) = v {
        set.insert(*v);
    }
}

fn add_link(set: &mut VarSet, link: &Link) {
    for a in &link.args {
        if let LinkArg::Value(v) = a {
            add_value(set, v);
        }
    }
}

/// Variables the exit reads (the condition, returned value, link arguments).
fn exit_uses(exit: &Exit, set: &mut VarSet) {
    match exit {
        Exit::Branch { cond, .. } => add_value(set, cond),
        Exit::Return(v) | Exit::Raise(v) => add_value(set, v),
        _ => {}
    }
    for l in exit.links() {
        add_link(set, l);
    }
}

fn step_back(live: &mut VarSet, op: &Op) {
    live.remove(op.result);
    for a in &op.args {
        add_value(live, a);
    }
}

impl Liveness {
    pub fn compute(g: &Graph) -> Liveness {
        let n = g.var_types.len();
        let nblocks = g.blocks.len();
        let mut live_in = vec![VarSet::new(n); nblocks];
        let mut exit_live = vec![VarSet::new(n); nblocks];
        let mut changed = true;
        while changed {
            changed = false;
            for (bi, block) in g.blocks.iter().enumerate().rev() {
                // Live after the exit: what successors need that they do not
                // receive as parameters.
                let mut out = VarSet::new(n);
                for l in block.exit.links() {
                    let target = l.target.0 as usize;
                    let mut need = live_in[target].clone();
                    for p in &g.blocks[target].params {
                        need.remove(*p);
                    }
                    out.union_with(&need);
                }
                exit_uses(&block.exit, &mut out);
                let mut live = out.clone();
                for op in block.ops.iter().rev() {
                    step_back(&mut live, op);
                }
                if live != live_in[bi] || out != exit_live[bi] {
                    live_in[bi] = live;
                    exit_live[bi] = out;
                    changed = true;
                }
            }
        }
        Liveness { live_in, exit_live }
    }

    /// Variables live at the entry of block `b`.
    pub fn at_entry(&self, b: usize) -> Vec<Var> {
        self.live_in[b].vars().collect()
    }

    /// For each op of block `b`: the variables live just after it (its
    /// result excluded).
    pub fn after_each_op(&self, g: &Graph, b: usize) -> Vec<Vec<Var>> {
        let ops = &g.blocks[b].ops;
        let mut live = self.exit_live[b].clone();
        let mut after = vec![Vec::new(); ops.len()];
        for (i, op) in ops.iter().enumerate().rev() {
            let mut here = live.clone();
            here.remove(op.result);
            after[i] = here.vars().collect();
            step_back(&mut live, op);
        }
        after
    }
}
