//! Block liveness of a graph's variables.
//!
//! A variable may be read in any block its definition dominates, not only
//! through link arguments, so liveness is a data-flow fixpoint over the
//! whole graph. A block's exit reads its condition, returned or raised value
//! and the arguments of all its links (the handler links of a `Catch` exit
//! included, so a variable they pass is live across the block's last op).

use crate::ir::{Exit, Graph, LinkArg, Op, Value, Var};

/// A fixed-size set of a graph's variables.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct VarSet(Vec<u64>);

impl VarSet {
    pub fn new(nvars: usize) -> VarSet {
        VarSet(vec![0; nvars.div_ceil(64)])
    }
    pub fn insert(&mut self, v: Var) {
        self.0[v.0 as usize / 64] |= 1 << (v.0 % 64);
    }
    pub fn remove(&mut self, v: Var) {
        self.0[v.0 as usize / 64] &= !(1 << (v.0 % 64));
    }
    pub fn contains(&self, v: Var) -> bool {
        self.0[v.0 as usize / 64] & (1 << (v.0 % 64)) != 0
    }
    pub fn union_with(&mut self, other: &VarSet) {
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }
    /// True when the two sets share a variable.
    pub fn meets(&self, other: &VarSet) -> bool {
        self.0.iter().zip(&other.0).any(|(a, b)| a & b != 0)
    }
    /// The variables, in increasing order.
    pub fn vars(&self) -> impl Iterator<Item = Var> + '_ {
        self.0.iter().enumerate().flat_map(|(w, bits)| {
            (0..64)
                .filter(move |b| bits & (1 << b) != 0)
                .map(move |b| Var((w * 64 + b) as u32))
        })
    }
}

pub struct Liveness {
    /// Variables live at the entry of each block (its parameters included
    /// when it reads them).
    live_in: Vec<VarSet>,
    /// Variables live just before each block's exit (what the exit reads and
    /// what the successors need besides their parameters).
    exit_live: Vec<VarSet>,
}

fn add_value(set: &mut VarSet, v: &Value) {
    if let Value::Var(v) = v {
        set.insert(*v);
    }
}

/// Adds the variables the exit reads.
fn add_exit_uses(set: &mut VarSet, exit: &Exit) {
    match exit {
        Exit::Branch { cond, .. } => add_value(set, cond),
        Exit::Return(v) | Exit::Raise(v) => add_value(set, v),
        Exit::Goto(_) | Exit::Catch { .. } => {}
    }
    for l in exit.links() {
        for a in &l.args {
            if let LinkArg::Value(v) = a {
                add_value(set, v);
            }
        }
    }
}

/// Moves `live` from just after `op` to just before it.
pub fn step_back(live: &mut VarSet, op: &Op) {
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
                let mut out = VarSet::new(n);
                for l in block.exit.links() {
                    let target = l.target.0 as usize;
                    let mut need = live_in[target].clone();
                    for p in &g.blocks[target].params {
                        need.remove(*p);
                    }
                    out.union_with(&need);
                }
                add_exit_uses(&mut out, &block.exit);
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

    /// Variables live at the entry of block `b` (by index).
    pub fn live_in(&self, b: usize) -> &VarSet {
        &self.live_in[b]
    }

    /// Variables live just before the exit of block `b`; stepping back
    /// through its ops with `step_back` gives the liveness after each op.
    pub fn exit_live(&self, b: usize) -> &VarSet {
        &self.exit_live[b]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Block, BlockId, Exit, Link, Opcode, Type};

    fn var(i: u32) -> Value {
        Value::Var(Var(i))
    }

    /// b0(v0): v1 = v0 + 1; goto b1(v1)
    /// b1(v2): v3 = v2 < v0; if v3 goto b1(v2) else return v2
    #[test]
    fn a_loop_keeps_its_invariant_live() {
        let g = Graph {
            name: "f".into(),
            var_types: vec![Type::Int, Type::Int, Type::Int, Type::Bool],
            blocks: vec![
                Block {
                    params: vec![Var(0)],
                    ops: vec![Op {
                        opcode: Opcode::IntAdd,
                        args: vec![var(0), Value::Const(crate::ir::Const::Int(1))],
                        result: Var(1),
                    }],
                    exit: Exit::Goto(Link {
                        target: BlockId(1),
                        args: vec![LinkArg::Value(var(1))],
                    }),
                },
                Block {
                    params: vec![Var(2)],
                    ops: vec![Op {
                        opcode: Opcode::IntLt,
                        args: vec![var(2), var(0)],
                        result: Var(3),
                    }],
                    exit: Exit::Branch {
                        cond: var(3),
                        if_true: Link {
                            target: BlockId(1),
                            args: vec![LinkArg::Value(var(2))],
                        },
                        if_false: Link {
                            target: BlockId(2),
                            args: vec![LinkArg::Value(var(2))],
                        },
                    },
                },
                Block {
                    params: vec![Var(4)],
                    ops: vec![],
                    exit: Exit::Return(Value::Var(Var(4))),
                },
            ],
            start: BlockId(0),
            ret: Type::Int,
            origin: "t.py:1".into(),
        };
        let mut g = g;
        g.var_types.push(Type::Int);
        let l = Liveness::compute(&g);
        let vars = |s: &VarSet| s.vars().map(|v| v.0).collect::<Vec<_>>();
        assert_eq!(vars(l.live_in(0)), vec![0]);
        assert_eq!(vars(l.live_in(1)), vec![0, 2]);
        assert_eq!(vars(l.exit_live(1)), vec![0, 2, 3]);
        assert_eq!(vars(l.live_in(2)), vec![4]);
    }
}
