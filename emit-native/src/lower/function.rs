//! One graph -> one C function.
//!
//! - Every variable is a C local; references too, so the C compiler keeps
//!   them in registers. A collection (which may move objects) runs only at a
//!   safepoint, so a reference needs a shadow-stack slot (`ss[k]`) only where
//!   one can run: around a call to a generated function, every reference
//!   live after the call is stored into the frame before it and reloaded
//!   after it; at a safepoint, the live references are stored and reloaded
//!   around the collection, which runs only when requested. Calls into the
//!   runtime never collect, so they need no spills. See `liveness.rs`.
//! - Safepoints are at the entry of recursive functions and at the headers
//!   of loops that may make garbage (`safepoints.rs`): every cycle of
//!   execution that allocates passes through one, so garbage cannot pile up
//!   unboundedly.
//! - Blocks are labels; a link is a parallel copy into the target block's
//!   parameters followed by a `goto`.
//! - Exceptions are checked return paths: after an operation that may raise,
//!   `if (rpy_exc) goto rpy_unwind;` (or the handlers of a `Catch` exit);
//!   `rpy_unwind` pops the frame and returns a dummy value to the caller,
//!   which checks `rpy_exc` in turn.

use lltype::ir::{Exit, Graph, GraphId, Link, LinkArg, Opcode, Type, Value, Var};

use super::consts::{const_expr, const_type};
use super::ctype::{c_ret_type, c_type, c_zero};
use super::fusion::Fusion;
use super::iteration::{self, lower_for_step, stop_iteration_handler, unboxed_ranges};
use super::list_views::ListViews;
use super::liveness::Liveness;
use super::ops::lower_op;
use super::safepoints::{callees, loop_safepoints};
use super::Module;

/// What an operation's lowering needs to know about the current function.
pub(crate) struct FnCx<'a, 'p> {
    pub m: &'a mut Module<'p>,
    pub g: &'p Graph,
    /// Ranges and range iterators held in three int64 locals each.
    unboxed: Vec<bool>,
    /// Whether the function counts toward the recursion limit (and has a
    /// safepoint at entry): the recursive ones (`safepoints.rs`).
    recursive: bool,
    /// Set before lowering an operation that is not the last of a `Catch`
    /// block: it may test `rpy_exc` itself, on its slow path only...
    pub unwind_on_slow_path: bool,
    /// ...and then sets this, so no test follows it.
    pub exception_tested: bool,
    /// Lists whose items and length the current block holds in locals.
    pub list_views: ListViews,
    /// Per variable: a dict-items iterator (`items_loops.rs`).
    pub items_iters: Vec<bool>,
}

impl<'a, 'p> FnCx<'a, 'p> {
    /// The C expression reading variable `v`.
    pub fn var(&self, v: Var) -> String {
        format!("v{}", v.0)
    }

    /// Whether `v` is a range (iterator) held in locals (`iteration.rs`).
    pub fn is_unboxed(&self, v: Var) -> bool {
        self.unboxed[v.0 as usize]
    }

    /// The C expression of an operand; constants take `ty` as context.
    pub fn value(&mut self, v: &Value, ty: &Type) -> String {
        match v {
            Value::Var(v) => self.var(*v),
            Value::Const(c) => const_expr(self.m, c, ty),
        }
    }

    /// The static type of an operand (None for a null or function constant).
    pub fn type_of(&self, v: &Value) -> Option<Type> {
        match v {
            Value::Var(v) => Some(self.g.var_type(*v).clone()),
            Value::Const(c) => const_type(self.m, c),
        }
    }

    /// The statement popping the frame before a return.
    fn leave(&self) -> &'static str {
        if self.recursive {
            "    rpy_leave();\n"
        } else {
            ""
        }
    }

    /// The GC references among `vars` (the ones a collection must see).
    fn references(&self, vars: &[Var]) -> Vec<Var> {
        vars.iter()
            .copied()
            .filter(|v| {
                let ty = self.g.var_type(*v);
                ty.is_heap_reference() && c_type(ty).is_some() && !self.is_unboxed(*v)
            })
            .collect()
    }
}

/// Graphs with at most this many operations are declared `inline`. Without
/// the hint, GCC at -O2 inlines only tiny functions, and RPython code is
/// many small methods (Richards: 11% less time with the hint).
const INLINE_HINT_MAX_OPS: usize = 40;

/// Whether graph `gid` is small enough to suggest inlining to the C
/// compiler; never for recursive graphs (their entry counts the depth).
fn inline_hint(m: &Module, gid: GraphId) -> bool {
    let g = m.p.graph(gid);
    let ops: usize = g.blocks.iter().map(|b| b.ops.len()).sum();
    ops <= INLINE_HINT_MAX_OPS && !m.calls.recursive[gid.0 as usize]
}

pub(crate) fn prototype(m: &Module, gid: GraphId) -> String {
    let g = m.p.graph(gid);
    let params: Vec<String> = g
        .params()
        .iter()
        .filter_map(|v| c_type(g.var_type(*v)).map(|t| format!("{t} p{}", v.0)))
        .collect();
    let params = if params.is_empty() {
        "void".to_string()
    } else {
        params.join(", ")
    };
    let inline = if inline_hint(m, gid) { "inline " } else { "" };
    format!(
        "static {inline}{} rpy_g{}({params})",
        c_ret_type(&g.ret),
        gid.0
    )
}

/// Calls to generated functions that have safepoints: the only
/// operations during which a collection can run.
fn may_collect(cx: &FnCx, opcode: &Opcode) -> bool {
    let reaches = &cx.m.calls.reaches_safepoint;
    callees(cx.m.p, opcode).is_none_or(|cs| cs.iter().any(|c| reaches[c.0 as usize]))
}

/// Stores of `refs` into the shadow stack above `ss` (the top at entry),
/// made visible to the collector; and after, the top restored and the
/// (possibly moved) references reloaded.
fn spill_and_reload(cx: &FnCx, refs: &[Var], indent: &str) -> (String, String) {
    if refs.is_empty() {
        return (String::new(), String::new());
    }
    let mut spill = String::new();
    let mut reload = format!("{indent}rpy_ss_top = ss;\n");
    for (k, v) in refs.iter().enumerate() {
        let x = cx.var(*v);
        spill.push_str(&format!("{indent}ss[{k}] = {x};\n"));
        reload.push_str(&format!("{indent}{x} = ss[{k}];\n"));
    }
    spill.push_str(&format!("{indent}rpy_ss_top = ss + {};\n", refs.len()));
    (spill, reload)
}

pub(crate) fn lower_graph(m: &mut Module, gid: GraphId) -> Result<String, String> {
    let p = m.p;
    let g = p.graph(gid);
    let liveness = Liveness::compute(g);
    let headers = loop_safepoints(p, g, &m.calls.allocates);
    let unboxed = unboxed_ranges(g);
    let fusion = Fusion::compute(p, g);
    let mut locals = String::new();
    for (i, ty) in g.var_types.iter().enumerate() {
        if unboxed[i] {
            let [a, b, c] = iteration::parts(Var(i as u32));
            // Not zeroed: NewRange / NewIter define them before any use,
            // and an initial value would hide the constant step from the C
            // compiler at loop headers.
            locals.push_str(&format!("    int64_t {a}, {b}, {c};\n"));
        } else if let Some(t) = c_type(ty) {
            locals.push_str(&format!("    {t} v{i} = {};\n", c_zero(ty)));
        }
    }
    let recursive = m.calls.recursive[gid.0 as usize];
    let mut cx = FnCx {
        m,
        g,
        unboxed,
        recursive,
        unwind_on_slow_path: false,
        exception_tested: false,
        list_views: ListViews::default(),
        items_iters: fusion.items_iters.clone(),
    };
    let zero = c_zero(&g.ret);
    let mut body = String::new();
    let mut nslots = 0;
    for (bi, block) in g.blocks.iter().enumerate() {
        body.push_str(&format!("b{bi}:\n"));
        cx.list_views.enter_block();
        if headers[bi] || (recursive && bi == g.start.0 as usize) {
            let live = cx.references(&liveness.at_entry(bi));
            nslots = nslots.max(live.len());
            let (spill, reload) = spill_and_reload(&cx, &live, "        ");
            body.push_str(&format!(
                "    if (RPY_UNLIKELY(rpy_gc_requested)) {{\n{spill}        rpy_gc_collect();\n{reload}    }}\n"
            ));
        }
        let catch = matches!(block.exit, Exit::Catch { .. });
        let live_after = liveness.after_each_op(g, bi);
        let nops = block.ops.len();
        let mut exit_done = false;
        for (oi, op) in block.ops.iter().enumerate() {
            let last_in_catch = catch && oi + 1 == nops;
            if last_in_catch && op.opcode == Opcode::IterNext {
                if let Some(link) = stop_iteration_handler(&cx, &block.exit) {
                    let exhausted = lower_link(&mut cx, link, "            ");
                    if let Some(code) = lower_for_step(&mut cx, &op.args[0], op.result, &exhausted)
                    {
                        body.push_str(&code);
                        let Exit::Catch { normal, .. } = &block.exit else {
                            unreachable!()
                        };
                        body.push_str(&lower_link(&mut cx, normal, "    "));
                        exit_done = true;
                        continue;
                    }
                }
            }
            cx.unwind_on_slow_path = !last_in_catch;
            cx.exception_tested = false;
            // Fused operations allocate at most once and never collect; one
            // folded into a later one (empty code) has nothing to test.
            let code = match fusion.lower(&mut cx, bi, oi, op) {
                Some(code) => {
                    cx.exception_tested = code.is_empty();
                    code
                }
                None => {
                    lower_op(&mut cx, op).map_err(|e| format!("{} ({}): {e}", g.name, g.origin))?
                }
            };
            if may_collect(&cx, &op.opcode) {
                let live = cx.references(&live_after[oi]);
                nslots = nslots.max(live.len());
                let (spill, reload) = spill_and_reload(&cx, &live, "    ");
                body.push_str(&spill);
                body.push_str(&code);
                body.push_str(&reload);
            } else {
                body.push_str(&code);
            }
            cx.list_views.after(op);
            let may_raise = cx.m.calls.op_may_raise(p, &op.opcode);
            if may_raise && !last_in_catch && !cx.exception_tested {
                body.push_str("    if (RPY_UNLIKELY(rpy_exc != NULL)) goto rpy_unwind;\n");
            }
        }
        if !exit_done {
            body.push_str(&lower_exit(&mut cx, &block.exit));
        }
    }
    let mut out = format!(
        "/* {} ({}) */\n{} {{\n",
        g.name,
        g.origin,
        prototype(cx.m, gid)
    );
    if recursive {
        out.push_str(&format!("    if (!rpy_enter()) return {zero};\n"));
    }
    if nslots > 0 {
        out.push_str("    void **ss = rpy_ss_top;\n");
    }
    cx.m.max_spill = cx.m.max_spill.max(nslots);
    out.push_str(&locals);
    out.push_str(&cx.list_views.declarations());
    for v in g.params() {
        if c_type(g.var_type(*v)).is_some() {
            out.push_str(&format!("    {} = p{};\n", cx.var(*v), v.0));
        }
    }
    out.push_str(&format!("    goto b{};\n", g.start.0));
    out.push_str(&body);
    out.push_str(&format!(
        "rpy_unwind:\n{}    return {zero};\n}}\n\n",
        cx.leave()
    ));
    Ok(out)
}

fn lower_exit(cx: &mut FnCx, exit: &Exit) -> String {
    match exit {
        Exit::Goto(link) => lower_link(cx, link, "    "),
        Exit::Branch {
            cond,
            if_true,
            if_false,
        } => {
            let c = cx.value(cond, &Type::Bool);
            format!(
                "    if ({c}) {{\n{}    }} else {{\n{}    }}\n",
                lower_link(cx, if_true, "        "),
                lower_link(cx, if_false, "        ")
            )
        }
        Exit::Return(v) => {
            let ret = cx.g.ret.clone();
            match c_type(&ret) {
                None => format!("{}    return;\n", cx.leave()),
                Some(t) => {
                    let e = cx.value(v, &ret);
                    let leave = cx.leave().replace("    ", "        ");
                    format!("    {{\n        {t} r = {e};\n{leave}        return r;\n    }}\n")
                }
            }
        }
        Exit::Raise(v) => {
            let ty = cx.type_of(v).unwrap_or(Type::Void);
            let e = cx.value(v, &ty);
            format!("    rpy_raise_obj({e});\n    goto rpy_unwind;\n")
        }
        Exit::Catch { normal, handlers } => {
            let mut out = String::from("    if (RPY_UNLIKELY(rpy_exc != NULL)) {\n");
            let mut catch_all = false;
            for h in handlers {
                let test = match h.class {
                    Some(c) => {
                        let (lo, hi) = cx.m.classes.range(c);
                        format!("rpy_isinst(rpy_exc, {lo}, {hi})")
                    }
                    None => {
                        catch_all = true;
                        "1".to_string()
                    }
                };
                out.push_str(&format!(
                    "        if ({test}) {{\n            void *caught = rpy_exc;\n            rpy_exc = NULL;\n            (void)caught;\n{}        }}\n",
                    lower_link(cx, &h.link, "            ")
                ));
                if catch_all {
                    break;
                }
            }
            if !catch_all {
                out.push_str("        goto rpy_unwind;\n");
            }
            out.push_str("    }\n");
            out.push_str(&lower_link(cx, normal, "    "));
            out
        }
    }
}

/// The parallel copy of a link's arguments into the target's parameters,
/// then the jump. Copies go through temporaries so that a parameter that is
/// also an argument (loops swapping variables) reads its old value.
fn lower_link(cx: &mut FnCx, link: &Link, indent: &str) -> String {
    let g = cx.g;
    let target = g.block(link.target);
    let mut moves = Vec::new();
    for (param, arg) in target.params.iter().zip(link.args.iter()) {
        if cx.is_unboxed(*param) {
            // Both ends are unboxed (see `iteration::unboxed_ranges`).
            let LinkArg::Value(Value::Var(src)) = arg else {
                unreachable!("unboxed range parameter fed by a non-variable")
            };
            for (dst, src) in iteration::parts(*param)
                .into_iter()
                .zip(iteration::parts(*src))
            {
                if src != dst {
                    moves.push(("int64_t", dst, src));
                }
            }
            continue;
        }
        let ty = g.var_type(*param).clone();

        let Some(ct) = c_type(&ty) else { continue };
        let src = match arg {
            LinkArg::CaughtException => "caught".to_string(),
            LinkArg::Value(v) => cx.value(v, &ty),
        };
        let dst = cx.var(*param);
        if src != dst {
            moves.push((ct, dst, src));
        }
    }
    let mut out = String::new();
    let conflict = moves
        .iter()
        .any(|(_, dst, _)| moves.iter().any(|(_, _, src)| src == dst));
    if conflict {
        out.push_str(&format!("{indent}{{\n"));
        for (k, (ct, _, src)) in moves.iter().enumerate() {
            out.push_str(&format!("{indent}    {ct} t{k} = {src};\n"));
        }
        for (k, (_, dst, _)) in moves.iter().enumerate() {
            out.push_str(&format!("{indent}    {dst} = t{k};\n"));
        }
        out.push_str(&format!("{indent}}}\n"));
    } else {
        for (_, dst, src) in &moves {
            out.push_str(&format!("{indent}{dst} = {src};\n"));
        }
    }
    out.push_str(&format!("{indent}goto b{};\n", link.target.0));
    out
}
