//! Local slots for a method's variables. Mono's JIT register-allocates and
//! zero-initialises every IL local, so a method with one local per typed-IR
//! variable (hundreds in a loop nest) runs much slower than one whose
//! variables share locals.
//!
//! Variables of one CLI type share a local when they do not interfere: a
//! variable interferes with every variable live where it is written. A link
//! writes the target's parameters after loading all its values, so a
//! parameter does not interfere with the link's own arguments; giving a
//! parameter the local of an argument it is copied from (and the reverse)
//! makes that copy a no-op, which `link` then leaves out. The assignment is
//! a greedy colouring in emission order, so it is deterministic.

use std::collections::HashMap;

use lltype::analysis::liveness::{step_back, Liveness, VarSet};
use lltype::ir::{Graph, LinkArg, Value, Var};

use crate::sig::SigType;

pub struct Slots {
    /// Each variable's local, when it has a value.
    pub slot_of: Vec<Option<u16>>,
    /// The type of each local.
    pub types: Vec<SigType>,
}

/// Interference edges between variables of the same CLI type.
struct Interference {
    kind: Vec<Option<usize>>,
    edges: Vec<Vec<u32>>,
}

impl Interference {
    fn add(&mut self, a: Var, b: Var) {
        let (ai, bi) = (a.0 as usize, b.0 as usize);
        if ai != bi && self.kind[ai].is_some() && self.kind[ai] == self.kind[bi] {
            self.edges[ai].push(b.0);
            self.edges[bi].push(a.0);
        }
    }

    fn add_all(&mut self, a: Var, live: &VarSet) {
        for b in live.vars() {
            self.add(a, b);
        }
    }
}

/// Assigns locals to the variables whose CLI type is given by `sig_of`
/// (None: no value, no local), blocks taken in emission `order`; None when
/// they need more locals than a method can have.
pub fn assign(g: &Graph, sig_of: &[Option<SigType>], order: &[usize]) -> Option<Slots> {
    let n = g.var_types.len();
    let mut kinds: Vec<SigType> = Vec::new();
    let mut kind_index: HashMap<SigType, usize> = HashMap::new();
    let kind: Vec<Option<usize>> = sig_of
        .iter()
        .map(|s| {
            s.as_ref().map(|s| {
                *kind_index.entry(s.clone()).or_insert_with(|| {
                    kinds.push(s.clone());
                    kinds.len() - 1
                })
            })
        })
        .collect();
    let liveness = Liveness::compute(g);
    let mut inter = Interference {
        kind,
        edges: vec![Vec::new(); n],
    };
    // Copies along links, for coalescing.
    let mut related: Vec<Vec<u32>> = vec![Vec::new(); n];

    // The method's arguments are all stored on entry.
    let start = g.params();
    for (i, a) in start.iter().enumerate() {
        for b in &start[i + 1..] {
            inter.add(*a, *b);
        }
    }
    for (bi, block) in g.blocks.iter().enumerate() {
        for link in block.exit.links() {
            let target = link.target.0 as usize;
            let params = &g.blocks[target].params;
            let mut after = liveness.live_in(target).clone();
            for p in params {
                after.insert(*p);
            }
            for (p, arg) in params.iter().zip(&link.args) {
                inter.add_all(*p, &after);
                if let LinkArg::Value(Value::Var(x)) = arg {
                    if g.var_type(*x) == g.var_type(*p) {
                        related[p.0 as usize].push(x.0);
                        related[x.0 as usize].push(p.0);
                    }
                }
            }
        }
        let mut live = liveness.exit_live(bi).clone();
        for op in block.ops.iter().rev() {
            live.remove(op.result);
            inter.add_all(op.result, &live);
            step_back(&mut live, op);
        }
    }
    for e in &mut inter.edges {
        e.sort_unstable();
        e.dedup();
    }

    // Variables in order of first definition in emission order.
    let mut seen = vec![false; n];
    let mut sequence: Vec<Var> = Vec::new();
    let mut visit = |v: Var, seq: &mut Vec<Var>| {
        if !seen[v.0 as usize] {
            seen[v.0 as usize] = true;
            seq.push(v);
        }
    };
    for b in order {
        let block = &g.blocks[*b];
        for p in &block.params {
            visit(*p, &mut sequence);
        }
        for op in &block.ops {
            visit(op.result, &mut sequence);
        }
    }
    for v in 0..n {
        visit(Var(v as u32), &mut sequence);
    }

    let mut slot_of: Vec<Option<u16>> = vec![None; n];
    let mut types: Vec<SigType> = Vec::new();
    // Locals by kind, in creation order.
    let mut of_kind: Vec<Vec<u16>> = vec![Vec::new(); kinds.len()];
    // taken_by[s] == v + 1: local s holds a variable interfering with v.
    let mut taken_by: Vec<usize> = Vec::new();
    for v in sequence {
        let vi = v.0 as usize;
        let Some(k) = inter.kind[vi] else { continue };
        for w in &inter.edges[vi] {
            if let Some(s) = slot_of[*w as usize] {
                taken_by[s as usize] = vi + 1;
            }
        }
        let free = |s: &u16| taken_by[*s as usize] != vi + 1;
        let preferred = related[vi]
            .iter()
            .filter_map(|w| slot_of[*w as usize])
            .find(|s| types[*s as usize] == kinds[k] && free(s));
        let slot = match preferred.or_else(|| of_kind[k].iter().copied().find(free)) {
            Some(s) => s,
            None => {
                let s = u16::try_from(types.len()).ok().filter(|s| *s < u16::MAX)?;
                types.push(kinds[k].clone());
                taken_by.push(0);
                of_kind[k].push(s);
                s
            }
        };
        slot_of[vi] = Some(slot);
    }
    Some(Slots { slot_of, types })
}
