//! AST -> flow graph construction, one function at a time.
//!
//! Conventions of the graphs built here (what later stages may rely on):
//! - The start block's params are exactly the function's parameters, in
//!   order. It is never the target of a link.
//! - Every var is local to its block: a block uses only its params and the
//!   results of its own earlier ops. Values cross blocks only as link args.
//! - A local read before assignment on some path shows up as
//!   `Const(Undefined)` on that path. Params that are never used are pruned.
//! - Globals, builtins and attributes of constant modules/classes are
//!   `Operand::Const`; prebuilt instances, lists and dicts are constants too,
//!   but their contents are read with `GetAttr`/`GetItem` at run time.
//! - `Branch` conditions are results of `Truth` or `Compare` ops (or folded
//!   `Const(Bool)`, which become `Goto`s).
//! - Inside a `try` body, each op that may raise (see `builder::may_raise`)
//!   ends its block with `Catch { normal, handlers: [catch-all] }` whose
//!   handler link passes the locals and `CaughtException` to a dispatch block.
//!   The dispatch calls `Const(Builtin(Isinstance))` per `except` class,
//!   `Narrow`s the exception for `as e`, and re-raises what is unmatched.
//!   `raise` inside a `try` is a `Goto` to the dispatch with the exception.
//! - `for` loops: `Iter` once, then a header block whose `Next` ends with
//!   `Catch` with a `StopIteration` handler leading out of the loop.
//! - `finally` bodies are duplicated on each way out of their `try`.

mod builder;
mod calls;
mod cond;
mod dead_params;
pub mod display;
mod expr;
pub mod finish;
mod fstring;
pub mod links;
mod loops;
mod nested;
mod scope;
mod simplify;
mod stmt;
mod thread;
mod try_stmt;
pub mod verify;

use std::collections::HashMap;

use crate::diagnostics::Diagnostics;
use crate::flowgraph::{Exit, FlowGraph, Operand};
use crate::module_eval::Evaluator;
use crate::program::{Constant, FuncId};

use builder::{Cursor, FnBuilder};
pub use verify::verify;

/// Builds the flow graph of function `func` (its AST is kept by the
/// evaluator). Problems are added to `diags`; a graph is always returned.
pub fn build_function(ev: &Evaluator, func: FuncId, diags: &mut Diagnostics) -> FlowGraph {
    let f = &ev.functions[func.0 as usize];
    let def = &ev.defs[func.0 as usize];
    let params: Vec<String> = f.params.iter().map(|p| p.name.clone()).collect();
    let locals = scope::collect_locals(&params, &def.def.body);
    let mut b = FnBuilder {
        ev,
        diags,
        file: def.file,
        module: f.module,
        func,
        class: def.class,
        blocks: Vec::new(),
        var_names: Vec::new(),
        slot_of: locals
            .names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i))
            .collect::<HashMap<_, _>>(),
        locals: locals.names,
        globals: locals.globals.into_iter().collect(),
        cur: None,
        loops: Vec::new(),
        tries: Vec::new(),
        finallys: Vec::new(),
        caught: Vec::new(),
        bools: Default::default(),
        depth: 0,
        undefined_reads: Vec::new(),
    };
    // The start block's params are exactly the parameters; other locals
    // start out undefined.
    let param_vars: Vec<_> = params.iter().map(|p| b.new_var(Some(p.clone()))).collect();
    let start = b.new_block(param_vars.clone(), f.span);
    let mut env: Vec<Operand> = param_vars.into_iter().map(Operand::Var).collect();
    env.resize(b.locals.len(), Operand::Const(Constant::Undefined));
    b.cur = Some(Cursor { block: start, env });
    b.body(&def.def.body);
    if b.cur.is_some() {
        let end = crate::astutil::span(def.file, &*def.def);
        b.finish(Exit::Return(Operand::Const(Constant::None)), end);
    }
    report_undefined_reads(&mut b, start);
    finish::finish_graph(b.blocks, start, b.var_names)
}

/// `x` read where it is certainly unassigned: Python raises
/// UnboundLocalError there. The usual cause is updating a global (`N += 1`),
/// which makes the name a local of the whole function.
fn report_undefined_reads(b: &mut FnBuilder, start: crate::flowgraph::BlockId) {
    if b.undefined_reads.is_empty() {
        return;
    }
    let mut reachable = vec![false; b.blocks.len()];
    let mut work = vec![start];
    reachable[start.0 as usize] = true;
    while let Some(x) = work.pop() {
        for l in links::links(&b.blocks[x.0 as usize].exit) {
            if !reachable[l.target.0 as usize] {
                reachable[l.target.0 as usize] = true;
                work.push(l.target);
            }
        }
    }
    let reads = std::mem::take(&mut b.undefined_reads);
    for (block, span, name) in reads {
        if !reachable[block.0 as usize] {
            continue;
        }
        let scope = crate::module_eval::Scope {
            module: b.module,
            file: b.file,
            locals: None,
        };
        let help = if b.ev.resolve_name(&name, &scope).is_some() {
            format!(
                "`{name}` is assigned in this function, so it is a local everywhere in it; globals are \
                 constants: keep mutable state in an attribute of a prebuilt instance"
            )
        } else {
            format!("assign `{name}` before reading it")
        };
        b.error(
            crate::diagnostics::Rule::UnknownName,
            span,
            format!("local variable `{name}` is read before it is assigned"),
            "not assigned on any path reaching here",
            &help,
        );
    }
}
