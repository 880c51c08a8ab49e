//! Range and list loops as integer counters.
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
//!
//! `for x in lst` is the same shape with `new_iter[List]`; its iterator
//! becomes the list and an index. The length is read at every step, as
//! CPython's list iterator does, so items appended by the body are seen:
//!
//! ```text
//!   n = list_len(lst)
//!   c = int_lt(idx, n)
//!   if c then fetch else exit(..)
//! fetch:
//!   x = list_get_item(lst, idx)
//!   nxt = int_add(idx, 1)
//!   goto body(.., lst, nxt, ..)
//! ```
//!
//! An exhausted CPython list iterator stays exhausted even if the list
//! grows, which an index would not; so a list iterator is rewritten only
//! when its loop's exit does not pass it on. (The dialect has no `iter()`,
//! so today a `for` loop's iterator always dies with its loop.)
//!
//! A loop over `d.items()` whose list is made just for it keeps its
//! iterator: a backend may then walk the dict's entries and never build the
//! list of pairs (emit-native does), which an index into the list would rule
//! out.

use std::collections::{BTreeMap, BTreeSet};

use crate::analysis::reads::read_counts;
use crate::ir::graph::{
    Block, BlockId, Const, Exit, Graph, Handler, Link, LinkArg, Op, Value, Var,
};
use crate::ir::ops::Opcode;
use crate::ir::types::{ClassId, IterKind, Type};
use crate::ir::Program;

pub fn lower_counted_loops(program: &mut Program) {
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
        let mut skipped = BTreeSet::new();
        while let Some(web) = find_web(graph, &catching, &skipped) {
            match web {
                Ok(web) => rewrite(graph, &web, &catching),
                Err(origin) => {
                    skipped.insert(origin);
                }
            }
        }
    }
}

/// What a rewritten iterator walks.
enum Source {
    /// A range with a step of 1 or -1. `range` holds it; when nothing else
    /// uses it, its `new_range` goes too.
    Range {
        range: Var,
        range_used_elsewhere: bool,
        start: Value,
        stop: Value,
        step: i64,
    },
    /// A list, walked by index.
    List { list: Value, list_type: Type },
}

/// One iterator and every variable it flows into.
struct Web {
    /// The block and op index of `new_iter`.
    origin: (BlockId, usize),
    source: Source,
    /// The iterator variables: the origin's result and block parameters.
    vars: BTreeSet<Var>,
}

/// The next iterator this pass can rewrite (Ok), or one it looked at and
/// cannot (Err, its `new_iter` result, so it is not looked at again).
fn find_web(
    graph: &Graph,
    catching: &BTreeSet<ClassId>,
    skipped: &BTreeSet<Var>,
) -> Option<Result<Web, Var>> {
    let reads = read_counts(graph);
    for (b, block) in graph.blocks.iter().enumerate() {
        for (i, op) in block.ops.iter().enumerate() {
            if skipped.contains(&op.result) {
                continue;
            }
            let source = match op.opcode {
                Opcode::NewIter(IterKind::Range) => range_source(block, i, &reads),
                Opcode::NewIter(IterKind::List) => list_source(graph, block, i, &reads),
                _ => continue,
            };
            let Some(source) = source else {
                continue;
            };
            let exhausted_may_be_reused = matches!(source, Source::List { .. });
            let web = iterator_web(graph, op.result, catching, exhausted_may_be_reused);
            return Some(match web {
                Some(vars) => Ok(Web {
                    origin: (BlockId(b as u32), i),
                    source,
                    vars,
                }),
                None => Err(op.result),
            });
        }
    }
    None
}

/// `reads`: the graph's read count of each variable.
fn range_source(block: &Block, i: usize, reads: &[u32]) -> Option<Source> {
    let Some(Value::Var(range)) = block.ops[i].args.first() else {
        return None;
    };
    let new_range = block.ops[..i].iter().find(|o| o.result == *range)?;
    if new_range.opcode != Opcode::NewRange {
        return None;
    }
    let step = match new_range.args.get(2) {
        Some(Value::Const(Const::Int(s))) if *s == 1 || *s == -1 => *s,
        _ => return None,
    };
    Some(Source::Range {
        range: *range,
        range_used_elsewhere: reads[range.0 as usize] > 1,
        start: new_range.args[0].clone(),
        stop: new_range.args[1].clone(),
        step,
    })
}

fn list_source(graph: &Graph, block: &Block, i: usize, reads: &[u32]) -> Option<Source> {
    let list = block.ops[i].args.first()?.clone();
    let list_type = match &list {
        Value::Var(v) => graph.var_types[v.0 as usize].clone(),
        _ => return None,
    };
    if is_items_list_for_loop(block, i, &list, reads) {
        return None;
    }
    Some(Source::List { list, list_type })
}

/// The list iterated by the `new_iter` at `block.ops[i]` is `d.items()`,
/// made in the same block and used by nothing else.
fn is_items_list_for_loop(block: &Block, i: usize, list: &Value, reads: &[u32]) -> bool {
    let Value::Var(list) = list else {
        return false;
    };
    block.ops[..i]
        .iter()
        .any(|o| o.result == *list && o.opcode == Opcode::DictItems)
        && reads[list.0 as usize] == 1
}

fn link_vars(link: &Link) -> impl Iterator<Item = (usize, Var)> + '_ {
    link.args.iter().enumerate().filter_map(|(k, a)| match a {
        LinkArg::Value(Value::Var(v)) => Some((k, *v)),
        _ => None,
    })
}

/// The handler an `iter_next` reaches at its end: the first that catches
/// StopIteration, if it does not need the exception object.
fn stop_handler<'a>(handlers: &'a [Handler], catching: &BTreeSet<ClassId>) -> Option<&'a Link> {
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
/// StopIteration handler; None when anything else could observe it. With
/// `exhausted_may_be_reused`, also None when a loop's exit passes the
/// iterator on.
fn iterator_web(
    graph: &Graph,
    origin: Var,
    catching: &BTreeSet<ClassId>,
    exhausted_may_be_reused: bool,
) -> Option<BTreeSet<Var>> {
    let mut web = BTreeSet::from([origin]);
    let mut work = vec![origin];
    let mut exits = Vec::new();
    while let Some(w) = work.pop() {
        for block in &graph.blocks {
            for (k, op) in block.ops.iter().enumerate() {
                if !op.args.contains(&Value::Var(w)) {
                    continue;
                }
                let last = k + 1 == block.ops.len();
                match (&op.opcode, &block.exit) {
                    (Opcode::IterNext, Exit::Catch { handlers, .. }) if last => {
                        exits.push(stop_handler(handlers, catching)?);
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
    if exhausted_may_be_reused
        && exits
            .iter()
            .any(|link| link_vars(link).any(|(_, v)| web.contains(&v)))
    {
        return None;
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

/// Each iterator variable of a web as two variables: (next value, stop)
/// for a range, (list, index) for a list.
struct Counters {
    params: BTreeMap<Var, (Var, Var)>,
    origin: Var,
    initial: (Value, Value),
    /// Which of the two moves at each step: 0 for a range, 1 for a list.
    advancing: usize,
}

impl Counters {
    fn values(&self, w: Var) -> (Value, Value) {
        if w == self.origin {
            return self.initial.clone();
        }
        let (a, b) = self.params[&w];
        (Value::Var(a), Value::Var(b))
    }

    /// `link` with every iterator argument replaced by its two variables;
    /// `advanced` is (iterator, next counter) for the body link of an
    /// `iter_next`.
    fn link(&self, link: &Link, advanced: Option<(Var, Var)>) -> Link {
        let mut args = Vec::with_capacity(link.args.len() + 1);
        for arg in &link.args {
            match arg {
                LinkArg::Value(Value::Var(v))
                    if self.params.contains_key(v) || *v == self.origin =>
                {
                    let mut pair = <[Value; 2]>::from(self.values(*v));
                    if let Some((it, nxt)) = advanced {
                        if it == *v {
                            pair[self.advancing] = Value::Var(nxt);
                        }
                    }
                    args.extend(pair.map(LinkArg::Value));
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

fn op(opcode: Opcode, args: Vec<Value>, result: Var) -> Op {
    Op {
        opcode,
        args,
        result,
    }
}

fn rewrite(graph: &mut Graph, web: &Web, catching: &BTreeSet<ClassId>) {
    let (origin_block, origin_op) = web.origin;
    let origin = graph.block(origin_block).ops[origin_op].result;
    let (initial, types, advancing) = match &web.source {
        Source::Range { start, stop, .. } => {
            ((start.clone(), stop.clone()), (Type::Int, Type::Int), 0)
        }
        Source::List { list, list_type } => (
            (list.clone(), Value::Const(Const::Int(0))),
            (list_type.clone(), Type::Int),
            1,
        ),
    };
    let mut params = BTreeMap::new();
    for &w in &web.vars {
        if w != origin {
            let a = new_var(graph, types.0.clone());
            let b = new_var(graph, types.1.clone());
            params.insert(w, (a, b));
        }
    }
    let counters = Counters {
        params,
        origin,
        initial,
        advancing,
    };

    let ob = &mut graph.blocks[origin_block.0 as usize];
    ob.ops.remove(origin_op);
    if let Source::Range {
        range,
        range_used_elsewhere: false,
        ..
    } = &web.source
    {
        ob.ops.retain(|op| op.result != *range);
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
                Some((a, b)) => params.extend([*a, *b]),
                None => params.push(*p),
            }
        }
        let mut ops = block.ops;
        let exit = match (iter_next, block.exit) {
            (Some((w, item)), Exit::Catch { normal, handlers }) => {
                ops.pop();
                let done = stop_handler(&handlers, catching).expect("checked by iterator_web");
                let done = counters.link(done, None);
                let step = step_of(graph, &web.source, counters.values(w), item);
                ops.extend(step.test);
                let if_true = match step.fetch {
                    None => counters.link(&normal, Some((w, step.next))),
                    Some(fetch) => {
                        graph.blocks.push(Block {
                            params: vec![],
                            ops: fetch,
                            exit: Exit::Goto(counters.link(&normal, Some((w, step.next)))),
                        });
                        Link {
                            target: BlockId(graph.blocks.len() as u32 - 1),
                            args: vec![],
                        }
                    }
                };
                Exit::Branch {
                    cond: Value::Var(step.cond),
                    if_true,
                    if_false: done,
                }
            }
            (_, exit) => map_links(exit, |l| counters.link(l, None)),
        };
        graph.blocks[b] = Block { params, ops, exit };
    }
}

/// The ops replacing one `iter_next` whose result is `item`.
struct Step {
    /// Ops ending the loop header, the last computing `cond`.
    test: Vec<Op>,
    cond: Var,
    /// Ops of a block of their own, run when `cond` holds before the body
    /// (None: `test` already computed `item` and `next`).
    fetch: Option<Vec<Op>>,
    /// The advanced counter.
    next: Var,
}

fn step_of(graph: &mut Graph, source: &Source, (a, b): (Value, Value), item: Var) -> Step {
    let cond = new_var(graph, Type::Bool);
    let next = new_var(graph, Type::Int);
    match source {
        Source::Range { step, .. } => {
            let (cur, stop) = (a, b);
            let compare = if *step > 0 {
                Opcode::IntLt
            } else {
                Opcode::IntGt
            };
            Step {
                test: vec![
                    op(Opcode::SameAs, vec![cur.clone()], item),
                    op(
                        Opcode::IntAdd,
                        vec![cur.clone(), Value::Const(Const::Int(*step))],
                        next,
                    ),
                    op(compare, vec![cur, stop], cond),
                ],
                cond,
                fetch: None,
                next,
            }
        }
        Source::List { .. } => {
            let (list, index) = (a, b);
            let len = new_var(graph, Type::Int);
            Step {
                test: vec![
                    op(Opcode::ListLen, vec![list.clone()], len),
                    op(Opcode::IntLt, vec![index.clone(), Value::Var(len)], cond),
                ],
                cond,
                fetch: Some(vec![
                    op(Opcode::ListGetItem, vec![list, index.clone()], item),
                    op(
                        Opcode::IntAdd,
                        vec![index, Value::Const(Const::Int(1))],
                        next,
                    ),
                ]),
                next,
            }
        }
    }
}

/// `exit` with `f` applied to each of its links.
fn map_links(exit: Exit, f: impl Fn(&Link) -> Link) -> Exit {
    match exit {
        Exit::Goto(l) => Exit::Goto(f(&l)),
        Exit::Branch {
            cond,
            if_true,
            if_false,
        } => Exit::Branch {
            cond,
            if_true: f(&if_true),
            if_false: f(&if_false),
        },
        Exit::Catch { normal, handlers } => Exit::Catch {
            normal: f(&normal),
            handlers: handlers
                .into_iter()
                .map(|h| Handler {
                    class: h.class,
                    link: f(&h.link),
                })
                .collect(),
        },
        exit => exit,
    }
}
