//! Range loops as integer counters.
//!
//! `for i in range(a, b)` is rtyped as `new_range` + `new_iter[Range]` and an
//! `iter_next` whose `StopIteration` ends the loop: two allocations per loop
//! and an exception (or a has-next call) per step on every backend. When the
//! step is the constant 1 or -1 and the iterator is used only by `iter_next`
//! and by links, the iterator variable is replaced by two ints, the next value
//! and the stop, and each `iter_next` by a comparison that branches to the
//! loop body or to the loop's exit:
//!
//! ```text
//!   i = same_as(cur)
//!   nxt = int_add(cur, step)
//!   c = int_lt(cur, stop)      (int_gt for a step of -1; last, so that a
//!                               backend can fuse it with the branch)
//!   if c then body(.., nxt, stop, ..) else exit(..)
//! ```
//!
//! Other steps keep the iterator: a step of 1 or -1 cannot overflow while
//! `cur` is strictly between the bounds, a larger one could wrap.

use std::collections::{BTreeMap, BTreeSet};

use crate::ir::graph::{Block, BlockId, Const, Exit, Graph, Link, LinkArg, Op, Value, Var};
use crate::ir::ops::Opcode;
use crate::ir::types::{ClassId, IterKind, Type};
use crate::ir::Program;

pub fn lower_range_loops(program: &mut Program) {
    let Some(&stop_iteration) = program.builtin_exceptions.get("StopIteration") else {
        return;
    };
    // The handler classes that catch StopIteration: it and its bases.
    let mut catching = BTreeSet::new();
    let mut class = Some(stop_iteration);
    while let Some(c) = class {
        catching.insert(c);
        class = program.class(c).base;
    }
    for graph in &mut program.graphs {
        while let Some(web) = find_web(graph, &catching) {
            rewrite(graph, &web, &catching);
        }
    }
}

/// One range iterator and every variable it flows into.
struct Web {
    /// The block and op index of `new_iter[Range]`.
    origin: (BlockId, usize),
    /// The variable holding the range, and whether anything else uses it.
    range: Var,
    range_used_elsewhere: bool,
    start: Value,
    stop: Value,
    step: i64,
    /// The iterator variables: the origin's result and block parameters.
    vars: BTreeSet<Var>,
}

fn find_web(graph: &Graph, catching: &BTreeSet<ClassId>) -> Option<Web> {
    for (b, block) in graph.blocks.iter().enumerate() {
        for (i, op) in block.ops.iter().enumerate() {
            if op.opcode != Opcode::NewIter(IterKind::Range) {
                continue;
            }
            let Some(Value::Var(range)) = op.args.first() else {
                continue;
            };
            let Some(new_range) = block.ops[..i].iter().find(|o| o.result == *range) else {
                continue;
            };
            if new_range.opcode != Opcode::NewRange {
                continue;
            }
            let step = match new_range.args.get(2) {
                Some(Value::Const(Const::Int(s))) if *s == 1 || *s == -1 => *s,
                _ => continue,
            };
            let Some(vars) = iterator_web(graph, op.result, catching) else {
                continue;
            };
            let range_uses = count_uses(graph, *range);
            return Some(Web {
                origin: (BlockId(b as u32), i),
                range: *range,
                range_used_elsewhere: range_uses > 1,
                start: new_range.args[0].clone(),
                stop: new_range.args[1].clone(),
                step,
                vars,
            });
        }
    }
    None
}

fn link_vars(link: &Link) -> impl Iterator<Item = (usize, Var)> + '_ {
    link.args.iter().enumerate().filter_map(|(k, a)| match a {
        LinkArg::Value(Value::Var(v)) => Some((k, *v)),
        _ => None,
    })
}

fn count_uses(graph: &Graph, var: Var) -> usize {
    let mut n = 0;
    for block in &graph.blocks {
        for op in &block.ops {
            n += op.args.iter().filter(|a| **a == Value::Var(var)).count();
        }
        for link in block.exit.links() {
            n += link_vars(link).filter(|(_, v)| *v == var).count();
        }
        match &block.exit {
            Exit::Branch { cond, .. } if *cond == Value::Var(var) => n += 1,
            Exit::Return(v) | Exit::Raise(v) if *v == Value::Var(var) => n += 1,
            _ => {}
        }
    }
    n
}

/// The handler a range's `iter_next` reaches at its end: the first that
/// catches StopIteration, if it does not need the exception object.
fn stop_handler<'a>(
    handlers: &'a [crate::ir::graph::Handler],
    catching: &BTreeSet<ClassId>,
) -> Option<&'a Link> {
    let h = handlers
        .iter()
        .find(|h| h.class.is_none_or(|c| catching.contains(&c)))?;
    if h.link.args.contains(&LinkArg::CaughtException) {
        return None;
    }
    Some(&h.link)
}

/// The iterator `origin` and the block parameters it flows into, if it is
/// used only by links and by `iter_next` ending a block with a usable
/// StopIteration handler; None when anything else could observe it.
fn iterator_web(graph: &Graph, origin: Var, catching: &BTreeSet<ClassId>) -> Option<BTreeSet<Var>> {
    let mut web = BTreeSet::from([origin]);
    let mut work = vec![origin];
    while let Some(w) = work.pop() {
        for block in &graph.blocks {
            for (k, op) in block.ops.iter().enumerate() {
                if !op.args.contains(&Value::Var(w)) {
                    continue;
                }
                let last = k + 1 == block.ops.len();
                match (&op.opcode, &block.exit) {
                    (Opcode::IterNext, Exit::Catch { handlers, .. }) if last => {
                        stop_handler(handlers, catching)?;
                    }
                    _ => return None,
                }
            }
            match &block.exit {
                Exit::Branch { cond, .. } if *cond == Value::Var(w) => return None,
                Exit::Return(v) | Exit::Raise(v) if *v == Value::Var(w) => return None,
                _ => {}
            }
            for link in block.exit.links() {
                for (k, v) in link_vars(link) {
                    if v == w {
                        let param = graph.block(link.target).params[k];
                        if web.insert(param) {
                            work.push(param);
                        }
                    }
                }
            }
        }
    }
    // Every value reaching a parameter of the web must come from the web.
    for block in &graph.blocks {
        for link in block.exit.links() {
            let params = &graph.block(link.target).params;
            for (k, arg) in link.args.iter().enumerate() {
                if web.contains(&params[k])
                    && !matches!(arg, LinkArg::Value(Value::Var(v)) if web.contains(v))
                {
                    return None;
                }
            }
        }
    }
    Some(web)
}

struct Counters {
    /// For each iterator parameter: its (next value, stop) parameters.
    params: BTreeMap<Var, (Var, Var)>,
    origin: Var,
    start: Value,
    stop: Value,
}

impl Counters {
    fn values(&self, w: Var) -> (Value, Value) {
        if w == self.origin {
            return (self.start.clone(), self.stop.clone());
        }
        let (cur, stop) = self.params[&w];
        (Value::Var(cur), Value::Var(stop))
    }

    /// `link` with every iterator argument replaced by its two ints;
    /// `advanced` is (iterator, next value) for the body link of an `iter_next`.
    fn link(&self, link: &Link, advanced: Option<(Var, Var)>) -> Link {
        let mut args = Vec::with_capacity(link.args.len() + 1);
        for arg in &link.args {
            match arg {
                LinkArg::Value(Value::Var(v))
                    if self.params.contains_key(v) || *v == self.origin =>
                {
                    let (cur, stop) = self.values(*v);
                    let cur = match advanced {
                        Some((it, nxt)) if it == *v => Value::Var(nxt),
                        _ => cur,
                    };
                    args.push(LinkArg::Value(cur));
                    args.push(LinkArg::Value(stop));
                }
                other => args.push(other.clone()),
            }
        }
        Link {
            target: link.target,
            args,
        }
    }
}

fn new_var(graph: &mut Graph, ty: Type) -> Var {
    graph.var_types.push(ty);
    Var(graph.var_types.len() as u32 - 1)
}

fn rewrite(graph: &mut Graph, web: &Web, catching: &BTreeSet<ClassId>) {
    let (origin_block, origin_op) = web.origin;
    let origin = graph.block(origin_block).ops[origin_op].result;
    let mut params = BTreeMap::new();
    for &w in &web.vars {
        if w != origin {
            let cur = new_var(graph, Type::Int);
            let stop = new_var(graph, Type::Int);
            params.insert(w, (cur, stop));
        }
    }
    let counters = Counters {
        params,
        origin,
        start: web.start.clone(),
        stop: web.stop.clone(),
    };

    let ob = &mut graph.blocks[origin_block.0 as usize];
    ob.ops.remove(origin_op);
    if !web.range_used_elsewhere {
        ob.ops.retain(|op| op.result != web.range);
    }

    for b in 0..graph.blocks.len() {
        let iter_next = match (graph.blocks[b].ops.last(), &graph.blocks[b].exit) {
            (Some(op), Exit::Catch { .. }) if op.opcode == Opcode::IterNext => match &op.args[0] {
                Value::Var(w) if web.vars.contains(w) => Some((*w, op.result)),
                _ => None,
            },
            _ => None,
        };
        let block = std::mem::replace(
            &mut graph.blocks[b],
            Block {
                params: vec![],
                ops: vec![],
                exit: Exit::Return(Value::Const(Const::Void)),
            },
        );
        let mut params = Vec::with_capacity(block.params.len() + 1);
        for p in &block.params {
            match counters.params.get(p) {
                Some((cur, stop)) => params.extend([*cur, *stop]),
                None => params.push(*p),
            }
        }
        let mut ops = block.ops;
        let exit = match (iter_next, block.exit) {
            (Some((w, item)), Exit::Catch { normal, handlers }) => {
                ops.pop();
                let (cur, stop) = counters.values(w);
                let cond = new_var(graph, Type::Bool);
                let nxt = new_var(graph, Type::Int);
                let compare = if web.step > 0 {
                    Opcode::IntLt
                } else {
                    Opcode::IntGt
                };
                ops.push(Op {
                    opcode: Opcode::SameAs,
                    args: vec![cur.clone()],
                    result: item,
                });
                ops.push(Op {
                    opcode: Opcode::IntAdd,
                    args: vec![cur.clone(), Value::Const(Const::Int(web.step))],
                    result: nxt,
                });
                ops.push(Op {
                    opcode: compare,
                    args: vec![cur, stop],
                    result: cond,
                });
                let done = stop_handler(&handlers, catching).expect("checked by iterator_web");
                Exit::Branch {
                    cond: Value::Var(cond),
                    if_true: counters.link(&normal, Some((w, nxt))),
                    if_false: counters.link(done, None),
                }
            }
            (_, Exit::Goto(l)) => Exit::Goto(counters.link(&l, None)),
            (
                _,
                Exit::Branch {
                    cond,
                    if_true,
                    if_false,
                },
            ) => Exit::Branch {
                cond,
                if_true: counters.link(&if_true, None),
                if_false: counters.link(&if_false, None),
            },
            (_, Exit::Catch { normal, handlers }) => Exit::Catch {
                normal: counters.link(&normal, None),
                handlers: handlers
                    .into_iter()
                    .map(|h| crate::ir::graph::Handler {
                        class: h.class,
                        link: counters.link(&h.link, None),
                    })
                    .collect(),
            },
            (_, exit) => exit,
        };
        graph.blocks[b] = Block { params, ops, exit };
    }
}
