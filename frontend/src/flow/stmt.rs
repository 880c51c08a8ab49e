//! Statements (except loops and `try`, which have their own files).

use ruff_python_ast::{self as ast, Expr, Stmt};

use super::builder::FnBuilder;
use super::nested::NestedBody;
use crate::astutil::{is_docstring, stmt_kind};
use crate::diagnostics::{Rule, Span};
use crate::flowgraph::{Exit, OpKind, Operand};
use crate::library::builtin_class_id;
use crate::module_eval::consteval::map_operator;
use crate::program::Constant;

impl<'a> FnBuilder<'a> {
    pub fn body(&mut self, stmts: &'a [Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    pub fn stmt(&mut self, s: &'a Stmt) {
        let span = self.span(s);
        self.ensure_cursor(span);
        match s {
            Stmt::Expr(e) => {
                if !is_docstring(s) {
                    self.expr(&e.value);
                }
            }
            Stmt::Assign(a) => {
                if let Some((targets, values)) = parallel_assignment(a) {
                    // `a, b = b, a`: evaluate every value, then bind in order,
                    // as Python does, without building the tuple.
                    let vals: Vec<Operand> = values.iter().map(|v| self.expr(v)).collect();
                    for (t, v) in targets.iter().zip(vals) {
                        self.assign(t, v);
                    }
                    return;
                }
                let v = self.expr(&a.value);
                for t in &a.targets {
                    self.assign(t, v.clone());
                }
            }
            Stmt::AnnAssign(a) => {
                if let Some(value) = &a.value {
                    let v = self.expr(value);
                    self.assign(&a.target, v);
                }
            }
            Stmt::AugAssign(a) => self.aug_assign(a, span),
            Stmt::If(i) => self.if_stmt(&i.test, &i.body, &i.elif_else_clauses, span),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::For(f) => self.for_stmt(f),
            Stmt::Break(_) => self.break_continue(span, false),
            Stmt::Continue(_) => self.break_continue(span, true),
            Stmt::Return(r) => {
                let v = self.opt_expr(r.value.as_deref());
                self.run_finallys(0);
                self.finish(Exit::Return(v), span);
            }
            Stmt::Raise(r) => self.raise_stmt(r, span),
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::Assert(a) => {
                let (t, f) = self.cond(&a.test);
                self.merge_cursors(f, span);
                let mut args = vec![Operand::Const(Constant::Class(builtin_class_id(
                    "AssertionError",
                )))];
                if let Some(m) = &a.msg {
                    args.push(self.expr(m));
                }
                let call = OpKind::Call {
                    keywords: Vec::new(),
                    star: false,
                };
                let exc = self.emit(call, args, span);
                self.raise(exc, span);
                self.merge_cursors(t, span);
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete(t);
                }
            }
            Stmt::Pass(_) => {}
            Stmt::Global(_) => {} // checked where the name is assigned
            Stmt::FunctionDef(def) => {
                self.bind_reported_definition(def.name.as_str());
                let own: Vec<String> = def
                    .parameters
                    .iter()
                    .map(|p| p.name().to_string())
                    .collect();
                let locals = super::scope::collect_locals(&own, &def.body).names;
                self.nested_definition(
                    self.span(&def.name),
                    "a nested function",
                    &locals,
                    NestedBody::Stmts(&def.body),
                );
            }
            Stmt::ClassDef(c) => {
                self.bind_reported_definition(c.name.as_str());
                self.error(
                    Rule::RuntimeDefinition,
                    self.span(&c.name),
                    "classes must be defined at module level",
                    "class defined inside a function",
                    "move the class to module level",
                );
            }
            Stmt::Import(_) | Stmt::ImportFrom(_) => {
                self.unsupported(span, "`import` inside a function", "import at module level");
                let names: Vec<String> = match s {
                    Stmt::Import(i) => i
                        .names
                        .iter()
                        .map(|a| {
                            a.asname
                                .as_ref()
                                .map_or(a.name.as_str().split('.').next().unwrap_or(""), |n| {
                                    n.as_str()
                                })
                                .to_string()
                        })
                        .collect(),
                    Stmt::ImportFrom(i) => i
                        .names
                        .iter()
                        .map(|a| {
                            a.asname
                                .as_ref()
                                .map_or(a.name.as_str(), |n| n.as_str())
                                .to_string()
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                for n in names {
                    self.bind_reported_definition(&n);
                }
            }
            Stmt::Nonlocal(_) => self.unsupported(
                span,
                "`nonlocal`",
                "keep shared state in an instance attribute",
            ),
            Stmt::With(w) => {
                self.unsupported(
                    self.header_span(s),
                    "the `with` statement",
                    "use `try`/`finally`",
                );
                // Still check the body, to report everything at once (with
                // placeholders for the `as` names).
                for item in &w.items {
                    if let Some(Expr::Name(n)) = item.optional_vars.as_deref() {
                        self.bind_reported_definition(n.id.as_str());
                    }
                }
                self.body(&w.body);
            }
            Stmt::Match(_) => self.unsupported(
                self.header_span(s),
                "the `match` statement",
                "use `if`/`elif` chains",
            ),
            _ => {
                let what = stmt_kind(s);
                self.unsupported(
                    self.header_span(s),
                    what,
                    "rewrite it with supported statements",
                );
            }
        }
    }

    /// A nested `def`/`class` (already reported) binds its name to a
    /// placeholder, so its uses are not reported again as unassigned.
    fn bind_reported_definition(&mut self, name: &str) {
        if let Some(slot) = self.slot(name) {
            self.set_local(slot, Operand::Const(Constant::None));
        }
    }

    fn if_stmt(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        clauses: &'a [ast::ElifElseClause],
        span: Span,
    ) {
        let (t, f) = self.cond(test);
        self.merge_cursors(t, span);
        self.body(body);
        let then_end = self.cur.take();
        self.merge_cursors(f, span);
        if let Some((first, rest)) = clauses.split_first() {
            match &first.test {
                Some(test) => self.if_stmt(test, &first.body, rest, span),
                None => self.body(&first.body),
            }
        }
        let else_end = self.cur.take();
        self.merge_cursors(then_end.into_iter().chain(else_end).collect(), span);
    }

    fn raise_stmt(&mut self, r: &ast::StmtRaise, span: Span) {
        if let Some(cause) = &r.cause {
            self.unsupported(
                self.span(&**cause),
                "`raise ... from ...`",
                "raise the exception without a cause",
            );
        }
        let exc = match &r.exc {
            None => match self.caught.last() {
                Some(e) => e.clone(),
                None => {
                    self.unsupported(
                        span,
                        "a bare `raise` outside an `except` block",
                        "raise an exception instance",
                    );
                    return;
                }
            },
            Some(e) => match self.static_value(e) {
                // `raise E` instantiates the class with no arguments.
                Some(c @ Constant::Class(_)) => {
                    let call = OpKind::Call {
                        keywords: Vec::new(),
                        star: false,
                    };
                    self.emit(call, vec![Operand::Const(c)], span)
                }
                _ => self.expr(e),
            },
        };
        self.raise(exc, span);
    }

    fn global_rebinding(&mut self, name: &str, span: Span) -> bool {
        if self.globals.contains(name) && self.slot(name).is_none() {
            self.error(
                Rule::GlobalRebinding,
                span,
                format!("assignment to global `{name}`"),
                "rebinds a global",
                "globals are constants: keep mutable state in an attribute of a prebuilt instance",
            );
            return true;
        }
        false
    }

    /// Binds an assignment target to `v` (unpacking with constant indexes).
    pub fn assign(&mut self, t: &Expr, v: Operand) {
        let span = self.span(t);
        match t {
            Expr::Name(n) => {
                let name = n.id.as_str();
                if self.global_rebinding(name, span) {
                    return;
                }
                match self.slot(name) {
                    Some(slot) => {
                        // A constant gets a variable of its own, so that the
                        // annotator can say where a local got its type.
                        let v = match v {
                            Operand::Const(c) if c != Constant::Undefined && self.cur.is_some() => {
                                self.emit_nonraising(OpKind::SameAs, vec![Operand::Const(c)], span)
                            }
                            other => other,
                        };
                        self.set_local(slot, v)
                    }

                    None => {
                        self.unsupported(span, "this assignment target", "assign to a local name")
                    }
                }
            }
            Expr::Tuple(_) | Expr::List(_) => {
                let elts = match t {
                    Expr::Tuple(x) => &x.elts,
                    Expr::List(x) => &x.elts,
                    _ => unreachable!(),
                };
                for (i, e) in elts.iter().enumerate() {
                    if matches!(e, Expr::Starred(_)) {
                        self.unsupported(
                            self.span(e),
                            "starred assignment",
                            "index the sequence explicitly",
                        );
                        continue;
                    }
                    let item = self.emit(
                        OpKind::GetItem,
                        vec![v.clone(), Operand::Const(Constant::Int(i as i64))],
                        self.span(e),
                    );
                    self.assign(e, item);
                }
            }
            Expr::Attribute(a) => {
                if let Some(Constant::Module(m)) = self.static_value(&a.value) {
                    let module = self.ev.modules[m.0 as usize].name.clone();
                    self.error(
                        Rule::GlobalRebinding,
                        span,
                        format!("assignment to `{module}.{}`, a global of module `{module}`", a.attr),
                        "rebinds a module global",
                        "globals are constants: keep mutable state in an attribute of a prebuilt instance",
                    );
                    return;
                }
                let obj = self.expr(&a.value);
                self.emit(OpKind::SetAttr(a.attr.to_string()), vec![obj, v], span);
            }
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value);
                if matches!(&*s.slice, Expr::Slice(_)) {
                    self.unsupported(span, "assignment to a slice", "assign the items in a loop");
                    return;
                }
                let idx = self.expr(&s.slice);
                self.emit(OpKind::SetItem, vec![obj, idx, v], span);
            }
            Expr::Starred(_) => {
                self.unsupported(span, "starred assignment", "index the sequence explicitly")
            }
            _ => self.unsupported(
                span,
                "this assignment target",
                "assign to a name, attribute or item",
            ),
        }
    }

    /// `x op= v`: the object and index of the target are evaluated once.
    fn aug_assign(&mut self, a: &ast::StmtAugAssign, span: Span) {
        let Some(op) = map_operator(a.op) else {
            self.unsupported(span, "the `@=` operator", "call a function instead");
            return;
        };
        let kind = OpKind::InplaceBinOp(op);
        match &*a.target {
            Expr::Name(n) => {
                if self.global_rebinding(n.id.as_str(), self.span(n)) {
                    return;
                }
                let cur = self.load_name(n);
                let r = self.expr(&a.value);
                let res = self.emit(kind, vec![cur, r], span);
                self.assign(&a.target, res);
            }
            Expr::Attribute(t)
                if matches!(self.static_value(&t.value), Some(Constant::Module(_))) =>
            {
                // Reported by `assign` as a rebinding of a module global.
                self.expr(&a.value);
                self.assign(&a.target, Operand::Const(Constant::None));
            }
            Expr::Attribute(t) => {
                let obj = self.expr(&t.value);
                let cur = self.emit(
                    OpKind::GetAttr(t.attr.to_string()),
                    vec![obj.clone()],
                    self.span(t),
                );
                let r = self.expr(&a.value);
                let res = self.emit(kind, vec![cur, r], span);
                self.emit(OpKind::SetAttr(t.attr.to_string()), vec![obj, res], span);
            }
            Expr::Subscript(t) if !matches!(&*t.slice, Expr::Slice(_)) => {
                let obj = self.expr(&t.value);
                let idx = self.expr(&t.slice);
                let cur = self.emit(
                    OpKind::GetItem,
                    vec![obj.clone(), idx.clone()],
                    self.span(t),
                );
                let r = self.expr(&a.value);
                let res = self.emit(kind, vec![cur, r], span);
                self.emit(OpKind::SetItem, vec![obj, idx, res], span);
            }
            _ => self.unsupported(
                self.span(&*a.target),
                "this augmented assignment target",
                "use `x = x op y`",
            ),
        }
    }

    fn delete(&mut self, t: &Expr) {
        let span = self.span(t);
        match t {
            Expr::Name(n) => {
                if self.global_rebinding(n.id.as_str(), span) {
                    return;
                }
                if let Some(slot) = self.slot(n.id.as_str()) {
                    self.set_local(slot, Operand::Const(Constant::Undefined));
                }
            }
            Expr::Subscript(s) if !matches!(&*s.slice, Expr::Slice(_)) => {
                let obj = self.expr(&s.value);
                let idx = self.expr(&s.slice);
                self.emit(OpKind::DelItem, vec![obj, idx], span);
            }
            Expr::Tuple(tu) => tu.elts.iter().for_each(|e| self.delete(e)),
            _ => self.unsupported(
                span,
                "this `del` target",
                "delete list items or dict keys: `del x[i]`",
            ),
        }
    }
}

/// `x, y = a, b` (one target, both sides tuple/list displays of the same
/// length, nothing starred): the target and value items.
fn parallel_assignment(a: &ast::StmtAssign) -> Option<(&[Expr], &[Expr])> {
    let [target] = a.targets.as_slice() else {
        return None;
    };
    let targets = match target {
        Expr::Tuple(t) => &t.elts[..],
        Expr::List(t) => &t.elts[..],
        _ => return None,
    };
    let Expr::Tuple(v) = &*a.value else {
        return None;
    };
    let starred = |e: &Expr| matches!(e, Expr::Starred(_));
    if targets.len() != v.elts.len() || targets.iter().any(starred) || v.elts.iter().any(starred) {
        return None;
    }
    Some((targets, &v.elts))
}
