//! AST -> flow graph construction, one function at a time.

mod builder;
mod cond;
pub mod display;
mod expr;
pub mod finish;
mod loops;
mod nested;
mod scope;
mod stmt;
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
    finish::finish_graph(b.blocks, start, b.var_names)
}
