//! Removes block parameters whose values are never used.
//!
//! The front end passes every local variable along every link (it does not
//! compute liveness while building); most of those values are dead in the
//! target block. Dropping them makes links cheap for the graph interpreter
//! and keeps backends from materialising useless locals.

use std::collections::HashSet;

use crate::ir::{Exit, Graph, LinkArg, Value, Var};

fn used_var(v: &Value, needed: &mut HashSet<Var>) -> bool {
    match v {
        Value::Var(v) => needed.insert(*v),
        Value::Const(_) => false,
    }
}

pub fn prune_block_params(graph: &mut Graph) {
    let mut needed: HashSet<Var> = HashSet::new();
    // Parameters of the start block are the function's signature: always kept.
    for p in graph.params().to_vec() {
        needed.insert(p);
    }
    for b in &graph.blocks {
        for op in &b.ops {
            for a in &op.args {
                used_var(a, &mut needed);
            }
        }
        match &b.exit {
            Exit::Branch { cond, .. } => {
                used_var(cond, &mut needed);
            }
            Exit::Return(v) | Exit::Raise(v) => {
                used_var(v, &mut needed);
            }
            _ => {}
        }
    }
    // A value passed to a needed parameter is needed, transitively.
    loop {
        let mut changed = false;
        for b in &graph.blocks {
            for link in exit_links(&b.exit) {
                let target = &graph.blocks[link.target.0 as usize];
                for (p, a) in target.params.iter().zip(&link.args) {
                    if needed.contains(p) {
                        if let LinkArg::Value(v) = a {
                            changed |= used_var(v, &mut needed);
                        }
                    }
                }
            }
        }
        if !changed {
            break;
        }
    }
    let keep: Vec<Vec<bool>> = graph
        .blocks
        .iter()
        .enumerate()
        .map(|(i, b)| {
            b.params
                .iter()
                .map(|p| i == graph.start.0 as usize || needed.contains(p))
                .collect()
        })
        .collect();
    for b in &mut graph.blocks {
        for link in exit_links_mut(&mut b.exit) {
            let k = &keep[link.target.0 as usize];
            let mut i = 0;
            link.args.retain(|_| {
                i += 1;
                k[i - 1]
            });
        }
    }
    for (b, k) in graph.blocks.iter_mut().zip(&keep) {
        let mut i = 0;
        b.params.retain(|_| {
            i += 1;
            k[i - 1]
        });
    }
}

fn exit_links(exit: &Exit) -> Vec<&crate::ir::Link> {
    match exit {
        Exit::Goto(l) => vec![l],
        Exit::Branch {
            if_true, if_false, ..
        } => vec![if_true, if_false],
        Exit::Catch { normal, handlers } => {
            let mut v = vec![normal];
            v.extend(handlers.iter().map(|h| &h.link));
            v
        }
        Exit::Return(_) | Exit::Raise(_) => Vec::new(),
    }
}

fn exit_links_mut(exit: &mut Exit) -> Vec<&mut crate::ir::Link> {
    match exit {
        Exit::Goto(l) => vec![l],
        Exit::Branch {
            if_true, if_false, ..
        } => vec![if_true, if_false],
        Exit::Catch { normal, handlers } => {
            let mut v = vec![normal];
            v.extend(handlers.iter_mut().map(|h| &mut h.link));
            v
        }
        Exit::Return(_) | Exit::Raise(_) => Vec::new(),
    }
}
