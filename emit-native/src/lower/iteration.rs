//! `for` loops without objects or exceptions.
//!
//! - A range, or an iterator over a range, that never leaves its function
//!   (it is only iterated, and passed along links to other such variables)
//!   lives in three `int64_t` C locals, `v<n>_0`, `v<n>_1`, `v<n>_2`: start
//!   (or position), stop and step. `for i in range(n)` then allocates nothing
//!   and the C compiler sees a counted loop.
//! - An `IterNext` that ends a `Catch` block with a handler for
//!   StopIteration jumps straight to that handler when the iterator is
//!   exhausted, instead of allocating and raising a StopIteration.

use lltype::ir::{Exit, Graph, IterKind, Link, LinkArg, Opcode, Type, Value, Var};

use super::ctype::{c_type, from_word};
use super::function::FnCx;

fn is_range_like(ty: &Type) -> bool {
    matches!(ty, Type::Range | Type::Iter(IterKind::Range, _))
}

/// Which variables of `g` are ranges or range iterators held in C locals.
pub(crate) fn unboxed_ranges(g: &Graph) -> Vec<bool> {
    let mut unboxed: Vec<bool> = g.var_types.iter().map(is_range_like).collect();
    let var = |v: &Value| match v {
        Value::Var(v) => Some(v.0 as usize),
        Value::Const(_) => None,
    };
    // Definitions other than NewRange / NewIter, and uses other than
    // iterating, box the variable for good.
    for p in g.params() {
        unboxed[p.0 as usize] = false;
    }
    for block in &g.blocks {
        for op in &block.ops {
            let defines_ok = matches!(op.opcode, Opcode::NewRange | Opcode::NewIter(_));
            if !defines_ok {
                unboxed[op.result.0 as usize] = false;
            }
            for (i, a) in op.args.iter().enumerate() {
                let iterated = i == 0 && matches!(op.opcode, Opcode::NewIter(_) | Opcode::IterNext);
                if let (false, Some(v)) = (iterated, var(a)) {
                    unboxed[v] = false;
                }
            }
        }
        match &block.exit {
            Exit::Branch { cond: v, .. } | Exit::Return(v) | Exit::Raise(v) => {
                if let Some(v) = var(v) {
                    unboxed[v] = false;
                }
            }
            _ => {}
        }
    }
    // Both ends of a NewIter and of each link argument agree.
    let mut changed = true;
    while changed {
        changed = false;
        let mut agree = |a: Option<usize>, b: usize, unboxed: &mut Vec<bool>| match a {
            Some(a) if unboxed[a] == unboxed[b] => {}
            Some(a) => {
                changed |= unboxed[a] || unboxed[b];
                unboxed[a] = false;
                unboxed[b] = false;
            }
            None => {
                changed |= unboxed[b];
                unboxed[b] = false;
            }
        };
        for block in &g.blocks {
            for op in &block.ops {
                if matches!(op.opcode, Opcode::NewIter(_)) {
                    agree(var(&op.args[0]), op.result.0 as usize, &mut unboxed);
                }
            }
            for link in block.exit.links() {
                let target = g.block(link.target);
                for (p, a) in target.params.iter().zip(&link.args) {
                    let a = match a {
                        LinkArg::Value(v) => var(v),
                        LinkArg::CaughtException => None,
                    };
                    if a.is_some() || unboxed[p.0 as usize] {
                        agree(a, p.0 as usize, &mut unboxed);
                    }
                }
            }
        }
    }
    unboxed
}

/// The three locals of an unboxed range variable.
pub(crate) fn parts(v: Var) -> [String; 3] {
    [0, 1, 2].map(|k| format!("v{}_{k}", v.0))
}

/// `NewRange` into locals.
pub(crate) fn new_range(cx: &mut FnCx, args: &[Value], result: Var) -> String {
    let [a, b, c] = [0, 1, 2].map(|i| cx.value(&args[i], &Type::Int));
    let [ra, rb, rc] = parts(result);
    format!("    if (RPY_UNLIKELY({c} == 0)) rpy_range_check_step({c});\n    {ra} = {a};\n    {rb} = {b};\n    {rc} = {c};\n")
}

/// `NewIter` of an unboxed range.
pub(crate) fn new_iter(range: Var, result: Var) -> String {
    let mut out = String::new();
    for (dst, src) in parts(result).iter().zip(parts(range)) {
        out.push_str(&format!("    {dst} = {src};\n"));
    }
    out
}

/// The C condition that advances iterator `it` (of type `ty`) into `res`,
/// true when an item was produced.
fn step_condition(cx: &mut FnCx, it: &Value, res: &str, rty: &Type) -> Option<(String, String)> {
    let Value::Var(v) = it else { return None };
    if cx.is_unboxed(*v) {
        let [pos, stop, step] = parts(*v);
        return Some((
            String::new(),
            format!("rpy_range_next(&{pos}, {stop}, {step}, &{res})"),
        ));
    }
    let kind = if cx.items_iters[v.0 as usize] {
        "RPY_ITER_DICTITEMS"
    } else {
        iter_kind_name(cx.g.var_type(*v))?
    };
    let it = cx.var(*v);
    let step = if kind == "RPY_ITER_LIST" {
        format!("rpy_iter_step_list({it}, &w)")
    } else {
        format!("rpy_iter_step({it}, {kind}, &w)")
    };
    let cond = match c_type(rty) {
        Some(_) => format!("{step} && (({res} = {}), 1)", from_word("w", rty)),
        None => step,
    };
    Some(("        rpy_word w;\n".to_string(), cond))
}

pub(crate) fn iter_kind_name(ty: &Type) -> Option<&'static str> {
    Some(match ty {
        Type::Iter(IterKind::List, _) => "RPY_ITER_LIST",
        Type::Iter(IterKind::Str, _) => "RPY_ITER_STR",
        Type::Iter(IterKind::Bytes, _) => "RPY_ITER_BYTES",
        Type::Iter(IterKind::Range, _) => "RPY_ITER_RANGE",
        Type::Iter(IterKind::DictKeys, _) => "RPY_ITER_DICTKEYS",
        _ => return None,
    })
}

/// `IterNext` of an unboxed range iterator outside a for-loop header: raises
/// StopIteration when exhausted.
pub(crate) fn next_raising(it: Var, res: &str) -> String {
    let [pos, stop, step] = parts(it);
    format!(
        "    if (!rpy_range_next(&{pos}, {stop}, {step}, &{res})) rpy_raise_stop_iteration();\n"
    )
}

/// The handler link a StopIteration takes out of a `Catch` exit, when it
/// does not need the exception object.
pub(crate) fn stop_iteration_handler<'g>(cx: &FnCx, exit: &'g Exit) -> Option<&'g Link> {
    let Exit::Catch { handlers, .. } = exit else {
        return None;
    };
    let p = cx.m.p;
    let stop = *p.builtin_exceptions.get("StopIteration")?;
    let h = handlers
        .iter()
        .find(|h| h.class.is_none_or(|c| p.is_subclass(stop, c)))?;
    let uses_exception = h.link.args.contains(&LinkArg::CaughtException);
    (!uses_exception).then_some(&h.link)
}

/// A for-loop header: `IterNext` ending a `Catch` block whose exhaustion
/// goes to `on_exhausted` (already lowered) instead of raising.
pub(crate) fn lower_for_step(
    cx: &mut FnCx,
    it: &Value,
    result: Var,
    on_exhausted: &str,
) -> Option<String> {
    let rty = cx.g.var_type(result).clone();
    let res = cx.var(result);
    let (decl, cond) = step_condition(cx, it, &res, &rty)?;
    Some(format!(
        "    {{\n{decl}        if (RPY_UNLIKELY(!({cond}))) {{\n{on_exhausted}        }}\n    }}\n"
    ))
}
