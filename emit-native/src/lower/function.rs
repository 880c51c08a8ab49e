//! One graph -> one C function.
//!
//! - Every variable of reference type lives in a slot of the function's
//!   shadow-stack frame (`ss[k]`), so the collector finds all live
//!   references precisely; scalars are C locals.
//! - Blocks are labels; a link is a parallel copy into the target block's
//!   parameters followed by a `goto`.
//! - Exceptions are checked return paths: after an operation that may raise,
//!   `if (rpy_exc) goto rpy_unwind;` (or the handlers of a `Catch` exit);
//!   `rpy_unwind` pops the frame and returns a dummy value to the caller,
//!   which checks `rpy_exc` in turn.
//! - Every block starts with a GC safepoint: there, all references are in
//!   frame slots, so a moving collector may run.

use lltype::ir::{Exit, Graph, GraphId, Link, LinkArg, Program, Type, Value, Var};

use super::consts::{const_expr, const_type};
use super::ctype::{c_ret_type, c_type, c_zero};
use super::ops::lower_op;
use super::Module;

/// What an operation's lowering needs to know about the current function.
pub(crate) struct FnCx<'a, 'p> {
    pub m: &'a mut Module<'p>,
    pub g: &'p Graph,
    /// Shadow-stack slot of each reference variable.
    slots: Vec<Option<usize>>,
}

impl<'a, 'p> FnCx<'a, 'p> {
    /// The C expression reading variable `v`.
    pub fn var(&self, v: Var) -> String {
        match self.slots[v.0 as usize] {
            Some(k) => format!("ss[{k}]"),
            None => format!("v{}", v.0),
        }
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
}

pub(crate) fn prototype(p: &Program, gid: GraphId) -> String {
    let g = p.graph(gid);
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
    format!("static {} rpy_g{}({params})", c_ret_type(&g.ret), gid.0)
}

pub(crate) fn lower_graph(m: &mut Module, gid: GraphId) -> Result<String, String> {
    let p = m.p;
    let g = p.graph(gid);
    let mut slots = vec![None; g.var_types.len()];
    let mut nslots = 0;
    let mut locals = String::new();
    for (i, ty) in g.var_types.iter().enumerate() {
        if ty.is_heap_reference() {
            slots[i] = Some(nslots);
            nslots += 1;
        } else if let Some(t) = c_type(ty) {
            locals.push_str(&format!("    {t} v{i} = {};\n", c_zero(ty)));
        }
    }
    let mut cx = FnCx { m, g, slots };
    let zero = c_zero(&g.ret);
    let mut out = format!(
        "/* {} ({}) */\n{} {{\n",
        g.name,
        g.origin,
        prototype(p, gid)
    );
    out.push_str(&format!(
        "    void **ss = rpy_enter({nslots});\n    if (!ss) return {zero};\n"
    ));
    out.push_str(&locals);
    for v in g.params() {
        if c_type(g.var_type(*v)).is_some() {
            out.push_str(&format!("    {} = p{};\n", cx.var(*v), v.0));
        }
    }
    out.push_str(&format!("    goto b{};\n", g.start.0));
    for (bi, block) in g.blocks.iter().enumerate() {
        out.push_str(&format!("b{bi}:\n    RPY_SAFEPOINT();\n"));
        let catch = matches!(block.exit, Exit::Catch { .. });
        for (oi, op) in block.ops.iter().enumerate() {
            let code =
                lower_op(&mut cx, op).map_err(|e| format!("{} ({}): {e}", g.name, g.origin))?;
            out.push_str(&code);
            let last_in_catch = catch && oi + 1 == block.ops.len();
            let may_raise = op.opcode.effects().may_raise;
            if may_raise && !last_in_catch {
                out.push_str("    if (RPY_UNLIKELY(rpy_exc != NULL)) goto rpy_unwind;\n");
            }
        }
        out.push_str(&lower_exit(&mut cx, &block.exit));
    }
    out.push_str(&format!(
        "rpy_unwind:\n    rpy_leave(ss);\n    return {zero};\n}}\n\n"
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
                None => "    rpy_leave(ss);\n    return;\n".to_string(),
                Some(t) => {
                    let e = cx.value(v, &ret);
                    format!("    {{\n        {t} r = {e};\n        rpy_leave(ss);\n        return r;\n    }}\n")
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
