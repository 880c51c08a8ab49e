//! Structural checks of a finished flow graph, for tests and for later passes
//! that want to assert they kept the graph well formed.

use std::collections::HashSet;

use crate::flowgraph::{Exit, FlowGraph, LinkArg, OpKind, Operand, Var};

use super::links::links;

/// Checks that: every var used in a block is one of its params or defined by
/// an earlier op of the block; every link passes one argument per target
/// parameter; `CaughtException` only appears on `Catch` handler links; no
/// block is unfinished; each var is defined once; branch conditions are
/// `Truth`/`Compare` results of their own block.
pub fn verify(g: &FlowGraph) -> Result<(), String> {
    let mut defined_once: HashSet<Var> = HashSet::new();
    if g.start.0 as usize >= g.blocks.len() {
        return Err("start block out of range".into());
    }
    for (i, b) in g.blocks.iter().enumerate() {
        let mut defined: HashSet<Var> = HashSet::new();
        for p in &b.params {
            if !defined_once.insert(*p) {
                return Err(format!("block{i}: v{} defined twice", p.0));
            }
            defined.insert(*p);
        }
        let check = |o: &Operand, defined: &HashSet<Var>, what: &str| -> Result<(), String> {
            match o {
                Operand::Var(v) if !defined.contains(v) => Err(format!(
                    "block{i}: {what} uses v{} not defined in the block",
                    v.0
                )),
                _ => Ok(()),
            }
        };
        for op in &b.ops {
            for a in &op.args {
                check(a, &defined, "op")?;
            }
            if !defined_once.insert(op.result) {
                return Err(format!("block{i}: v{} defined twice", op.result.0));
            }
            defined.insert(op.result);
        }
        match &b.exit {
            Exit::Unfinished => return Err(format!("block{i}: unfinished")),
            Exit::Branch { cond, .. } => {
                check(cond, &defined, "branch")?;
                let from_test = b.ops.iter().any(|o| {
                    Operand::Var(o.result) == *cond
                        && matches!(o.kind, OpKind::Truth | OpKind::Compare(_))
                });
                if !from_test && !matches!(cond, Operand::Const(crate::program::Constant::Bool(_)))
                {
                    return Err(format!(
                        "block{i}: branch condition is not a Truth/Compare result of the block"
                    ));
                }
            }
            Exit::Return(v) | Exit::Raise(v) => check(v, &defined, "exit")?,
            Exit::Catch { .. } if b.ops.is_empty() => {
                return Err(format!("block{i}: catch without an op"))
            }
            _ => {}
        }
        let handler_links: Vec<*const crate::flowgraph::Link> = match &b.exit {
            Exit::Catch { handlers, .. } => handlers.iter().map(|h| &h.link as *const _).collect(),
            _ => Vec::new(),
        };
        // The result of a raising op does not exist on its exception edges.
        let raising_result = match &b.exit {
            Exit::Catch { .. } => b.ops.last().map(|o| o.result),
            _ => None,
        };
        for l in links(&b.exit) {
            let target = g
                .blocks
                .get(l.target.0 as usize)
                .ok_or_else(|| format!("block{i}: link out of range"))?;
            if target.params.len() != l.args.len() {
                return Err(format!(
                    "block{i}: link to block{} passes {} args for {} params",
                    l.target.0,
                    l.args.len(),
                    target.params.len()
                ));
            }
            let is_handler = handler_links.contains(&(l as *const _));
            for a in &l.args {
                match a {
                    LinkArg::Operand(o) => {
                        check(o, &defined, "link")?;
                        if is_handler && matches!(o, Operand::Var(v) if Some(*v) == raising_result)
                        {
                            return Err(format!(
                                "block{i}: exception edge passes the result of the raising op"
                            ));
                        }
                    }
                    LinkArg::CaughtException if !is_handler => {
                        return Err(format!("block{i}: caught exception on a non-handler link"))
                    }
                    LinkArg::CaughtException => {}
                }
            }
        }
    }
    Ok(())
}
