//! Liveness of a graph's variables where a collection can run.
//!
//! References stay in C locals; a collection (which may move objects) only
//! runs at a safepoint, so they need a shadow-stack slot only around the
//! points where one can run: a call to a generated function (its callee has
//! safepoints) and the safepoints of this function. Those points spill the
//! references live there and reload them afterwards; this module says which
//! ones are live, from the typed IR's shared block liveness.

use lltype::analysis::liveness::{step_back, Liveness as BlockLiveness};
use lltype::ir::{Graph, Var};

pub(crate) struct Liveness(BlockLiveness);

impl Liveness {
    pub fn compute(g: &Graph) -> Liveness {
        Liveness(BlockLiveness::compute(g))
    }

    /// Variables live at the entry of block `b`.
    pub fn at_entry(&self, b: usize) -> Vec<Var> {
        self.0.live_in(b).vars().collect()
    }

    /// For each op of block `b`: the variables live just after it (its
    /// result excluded).
    pub fn after_each_op(&self, g: &Graph, b: usize) -> Vec<Vec<Var>> {
        let ops = &g.blocks[b].ops;
        let mut live = self.0.exit_live(b).clone();
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
