//! Allocations the C code can skip within one block:
//!
//! - a chain of str concatenations (`a + "+" + b`, or what `"%d %s" % ...`
//!   becomes) whose intermediate results feed only the next concatenation
//!   is one call building the final str (`rpy_str_concat_n`): no
//!   intermediate str is allocated and copied;
//! - a tuple built only to be taken apart (the arguments of `%` formatting)
//!   is not built: its items are read from the operands that went in;
//! - the empty list of `d.setdefault(k, [])` is made only when `k` is
//!   missing (`rpy_dict_setdefault_new_list`);
//! - `for k, v in d.items()` walks the dict (`items_loops.rs`).
//!
//! The skipped operation's operands are then used later than the typed IR
//! says, so no collection may run in between: only operations that are not
//! calls may lie between the skipped one and the one that absorbs it
//! (calls into the runtime never collect; see `function.rs`).

use lltype::ir::{Graph, Op, Opcode, Program, Type, Value, Var};

use super::ctype::{c_type, from_word, to_word};
use super::function::FnCx;
use super::items_loops;
use super::safepoints::callees;

/// What to do with one operation.
#[derive(Clone)]
enum Plan {
    /// Lowered as usual.
    Normal,
    /// Not emitted: a later operation of the block absorbs it.
    Skip,
    /// A concatenation emitted as one call over all these pieces.
    Concat(Vec<Value>),
    /// A tuple item read from the value put into the (skipped) tuple.
    Forward(Value),
    /// A setdefault whose default is a fresh empty list (skipped) of this type.
    SetDefaultNewList(Type),
    /// The iterator over a (skipped) `DictItems` list: one over the dict,
    /// making pairs of this tuple type.
    ItemsIter(Type),
    /// A step of such an iterator (outside a for-loop header).
    ItemsNext,
}

pub(crate) struct Fusion {
    plans: Vec<Vec<Plan>>,
    /// Per variable: holds a dict-items iterator (`items_loops.rs`).
    pub items_iters: Vec<bool>,
}

impl Fusion {
    pub fn compute(p: &Program, g: &Graph) -> Fusion {
        let uses = lltype::analysis::reads::read_counts(g);
        let mut plans: Vec<Vec<Plan>> = g
            .blocks
            .iter()
            .map(|b| plan_block(p, &b.ops, &uses, &g.var_types))
            .collect();
        let items = items_loops::find(g, &uses, |b, from, to| {
            no_call_between(p, &g.blocks[b].ops, from, to)
        });
        for l in &items.loops {
            let Value::Var(list) = &g.blocks[l.block].ops[l.iter_op].args[0] else {
                unreachable!()
            };
            let Type::List(pair) = g.var_type(*list) else {
                unreachable!("DictItems makes a list")
            };
            plans[l.block][l.items_op] = Plan::Skip;
            plans[l.block][l.iter_op] = Plan::ItemsIter((**pair).clone());
        }
        for (b, block) in g.blocks.iter().enumerate() {
            for (i, op) in block.ops.iter().enumerate() {
                if op.opcode == Opcode::IterNext
                    && matches!(&op.args[0], Value::Var(v) if items_loops::is_member(&items, *v))
                {
                    plans[b][i] = Plan::ItemsNext;
                }
            }
        }
        Fusion {
            plans,
            items_iters: items.is_items_iter,
        }
    }

    /// None: lower the operation as usual; Some(code) otherwise (empty
    /// for a skipped one, which also needs no exception test).
    pub fn lower(&self, cx: &mut FnCx, block: usize, index: usize, op: &Op) -> Option<String> {
        match &self.plans[block][index] {
            Plan::Normal => None,
            Plan::Skip => Some(String::new()),
            Plan::Concat(pieces) => {
                let parts: Vec<String> = pieces.iter().map(|v| cx.value(v, &Type::Str)).collect();
                Some(format!(
                    "    {} = rpy_str_concat_n({}, (void *const[]){{{}}});\n",
                    cx.var(op.result),
                    parts.len(),
                    parts.join(", ")
                ))
            }
            Plan::SetDefaultNewList(list) => {
                let Some(Type::Dict(kt, vt)) = cx.type_of(&op.args[0]) else {
                    return None;
                };
                let tid = cx.m.tid(list);
                let d = cx.value(&op.args[0], &Type::Void);
                let k = cx.value(&op.args[1], &kt);
                let call = format!(
                    "rpy_dict_setdefault_new_list({d}, {}, {tid})",
                    to_word(&k, &kt)
                );
                Some(format!(
                    "    {} = {};\n",
                    cx.var(op.result),
                    from_word(&call, &vt)
                ))
            }
            Plan::ItemsIter(pair) => {
                let tid = cx.m.tid(pair);
                let Value::Var(list) = &op.args[0] else {
                    unreachable!()
                };
                // The dict is the operand of the skipped DictItems.
                let d = self.items_dicts_source(cx, *list);
                Some(format!(
                    "    {} = rpy_dict_items_iter({d}, {tid});\n",
                    cx.var(op.result)
                ))
            }
            Plan::ItemsNext => {
                let ty = cx.g.var_type(op.result).clone();
                let it = cx.value(&op.args[0], &Type::Void);
                let next = format!("rpy_iter_next({it}, RPY_ITER_DICTITEMS)");
                Some(match c_type(&ty) {
                    Some(_) => format!("    {} = {};\n", cx.var(op.result), from_word(&next, &ty)),
                    None => format!("    {next};\n"),
                })
            }
            Plan::Forward(v) => {
                let ty = cx.g.var_type(op.result).clone();
                if c_type(&ty).is_none() {
                    return Some(String::new());
                }
                let x = cx.value(v, &ty);
                Some(format!("    {} = {x};\n", cx.var(op.result)))
            }
        }
    }
}

impl Fusion {
    /// The dict operand of the `DictItems` defining `list`.
    fn items_dicts_source(&self, cx: &mut FnCx, list: Var) -> String {
        let op =
            cx.g.blocks
                .iter()
                .flat_map(|b| b.ops.iter())
                .find(|o| o.result == list)
                .expect("a DictItems defines the list");
        cx.value(&op.args[0], &Type::Void)
    }
}

/// No call among ops[from + 1..to]: nothing can collect between them.
fn no_call_between(p: &Program, ops: &[Op], from: usize, to: usize) -> bool {
    ops[from + 1..to]
        .iter()
        .all(|o| callees(p, &o.opcode).is_some_and(|c| c.is_empty()))
}

fn plan_block(p: &Program, ops: &[Op], uses: &[u32], types: &[Type]) -> Vec<Plan> {
    let mut plans = vec![Plan::Normal; ops.len()];
    let defined_at = |v: Var| ops.iter().position(|o| o.result == v);
    let no_call_between = |from: usize, to: usize| no_call_between(p, ops, from, to);
    for i in 0..ops.len() {
        match ops[i].opcode {
            Opcode::StrConcat => {
                let mut pieces = Vec::new();
                let mut fused = false;
                for a in &ops[i].args {
                    let inner = match a {
                        Value::Var(v) if uses[v.0 as usize] == 1 => defined_at(*v)
                            .filter(|&j| j < i && no_call_between(j, i))
                            .filter(|&j| ops[j].opcode == Opcode::StrConcat),
                        _ => None,
                    };
                    match inner {
                        Some(j) => {
                            let absorbed = std::mem::replace(&mut plans[j], Plan::Skip);
                            match absorbed {
                                Plan::Concat(ps) => pieces.extend(ps),
                                _ => pieces.extend(ops[j].args.iter().cloned()),
                            }
                            fused = true;
                        }
                        None => pieces.push(a.clone()),
                    }
                }
                if fused {
                    plans[i] = Plan::Concat(pieces);
                }
            }
            Opcode::NewTuple => {
                let t = ops[i].result;
                // Every use a TupleGetItem of this block, with no call before it.
                let readers: Vec<usize> = (i + 1..ops.len())
                    .filter(|&k| {
                        matches!(ops[k].opcode, Opcode::TupleGetItem(_))
                            && ops[k].args[0] == Value::Var(t)
                    })
                    .collect();
                let all_here = readers.len() as u32 == uses[t.0 as usize] && !readers.is_empty();
                if all_here && no_call_between(i, *readers.last().unwrap()) {
                    plans[i] = Plan::Skip;
                    for k in readers {
                        let Opcode::TupleGetItem(n) = ops[k].opcode else {
                            unreachable!()
                        };
                        plans[k] = Plan::Forward(ops[i].args[n as usize].clone());
                    }
                }
            }
            Opcode::DictSetDefault => {
                let Value::Var(v) = &ops[i].args[2] else {
                    continue;
                };
                let of_dict = |a: &Value| matches!(a, Value::Var(d) if matches!(types[d.0 as usize], Type::Dict(..)));
                if !of_dict(&ops[i].args[0]) {
                    continue;
                }
                let fresh = defined_at(*v).filter(|&j| {
                    uses[v.0 as usize] == 1
                        && j < i
                        && ops[j].opcode == Opcode::NewList
                        && ops[j].args.is_empty()
                        && no_call_between(j, i)
                });
                if let Some(j) = fresh {
                    plans[j] = Plan::Skip;
                    plans[i] = Plan::SetDefaultNewList(types[v.0 as usize].clone());
                }
            }
            _ => {}
        }
    }
    plans
}
