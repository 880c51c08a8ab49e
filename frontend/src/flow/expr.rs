//! Expressions: each evaluates to an operand (a constant or the var of an op),
//! in Python's evaluation order. Short-circuiting constructs (`and`, `or`,
//! conditional expressions, comparison chains) branch and merge with the
//! value as an extra parameter of the merge block.

use ruff_python_ast::{self as ast, Expr};

use super::builder::FnBuilder;
use crate::astutil::expr_kind;
use crate::diagnostics::{Rule, Span};
use crate::flowgraph::{OpKind, Operand};
use crate::module_eval::consteval::{literal, map_cmpop, map_operator, map_unaryop, neg_literal};
use crate::module_eval::Scope;
use crate::program::Constant;

/// How `obj.attr` resolves when `obj` may be a translation-time constant.
pub(super) enum StaticAttr {
    /// An attribute of a constant module or class: folded.
    Value(Constant),
    /// A constant module or program class without that attribute (an error).
    Missing(Constant),
    /// Looked up at run time (`GetAttr` / `CallMethod`). Also used for
    /// attributes of built-in classes we do not model (`Exception.__init__`),
    /// which later stages judge.
    Dynamic,
}

impl<'a> FnBuilder<'a> {
    pub(super) fn static_attr(&self, a: &ast::ExprAttribute) -> StaticAttr {
        let obj = match self.static_value(&a.value) {
            Some(obj @ (Constant::Module(_) | Constant::Class(_))) => obj,
            _ => return StaticAttr::Dynamic,
        };
        match self.ev.const_attr(&obj, a.attr.as_str()) {
            Some(c) => StaticAttr::Value(c),
            None => match obj {
                Constant::Class(c) if self.ev.classes[c.0 as usize].builtin => StaticAttr::Dynamic,
                _ => StaticAttr::Missing(obj),
            },
        }
    }

    /// The translation-time value of `e` if it names a global, a builtin, or an
    /// attribute of a constant module or class (no diagnostics).
    pub fn static_value(&self, e: &Expr) -> Option<Constant> {
        match e {
            Expr::Name(n) => {
                let name = n.id.as_str();
                if self.slot(name).is_some() {
                    return None;
                }
                let scope = Scope {
                    module: self.module,
                    file: self.file,
                    locals: None,
                };
                self.ev.resolve_name(name, &scope)
            }
            Expr::Attribute(a) => match self.static_value(&a.value)? {
                obj @ (Constant::Module(_) | Constant::Class(_)) => {
                    self.ev.const_attr(&obj, a.attr.as_str())
                }
                _ => None,
            },
            _ => literal(e).and_then(|r| r.ok()),
        }
    }

    pub fn load_name(&mut self, n: &ast::ExprName) -> Operand {
        let name = n.id.as_str();
        if let Some(slot) = self.slot(name) {
            let v = self.cursor().env[slot].clone();
            if v == Operand::Const(Constant::Undefined) {
                // Reported after building, if this code is reachable.
                let block = self.cursor().block;
                self.undefined_reads
                    .push((block, self.span(n), name.to_string()));
            }
            return v;
        }
        let scope = Scope {
            module: self.module,
            file: self.file,
            locals: None,
        };
        if let Some(c) = self.ev.resolve_name(name, &scope) {
            return Operand::Const(c);
        }
        let span = self.span(n);
        if matches!(name, "exec" | "eval" | "compile") {
            self.error(
                Rule::DynamicCode,
                span,
                format!("`{name}` runs code built at run time"),
                "dynamic code",
                "write the code statically; dispatch on data with `if`/`elif` or a dict of functions",
            );
        } else if !name.is_empty() {
            let ev = self.ev;
            let mut known: Vec<&str> = self
                .locals
                .iter()
                .map(String::as_str)
                .filter(|n| !n.contains('@'))
                .collect();
            known.extend(
                ev.modules[self.module.0 as usize]
                    .globals
                    .keys()
                    .map(String::as_str),
            );
            for b in crate::library::builtin_names() {
                known.push(b);
            }
            let help = match crate::suggest::closest(name, known) {
                Some(s) => format!("did you mean `{s}`? Otherwise define it as a local or a module-level global, or import it"),
                None => "define it as a local, a module-level global, or import it".to_string(),
            };
            self.error(
                Rule::UnknownName,
                span,
                format!("name `{name}` is not defined"),
                "unknown name",
                &help,
            );
        }
        Operand::Const(Constant::None)
    }

    pub fn expr(&mut self, e: &Expr) -> Operand {
        if !self.enter_nesting(e) {
            return Operand::Const(Constant::None);
        }
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> Operand {
        let span = self.span(e);
        if let Some(lit) = literal(e) {
            return match lit {
                Ok(c) => Operand::Const(c),
                Err(msg) => {
                    self.error(
                        Rule::Unsupported,
                        span,
                        msg,
                        "here",
                        "use a value that fits the dialect",
                    );
                    Operand::Const(Constant::None)
                }
            };
        }
        match e {
            Expr::Name(n) => self.load_name(n),
            Expr::Attribute(a) => match self.static_attr(a) {
                StaticAttr::Value(c) => Operand::Const(c),
                StaticAttr::Missing(obj) => {
                    let what = match obj {
                        Constant::Module(m) => {
                            format!("module `{}`", self.ev.modules[m.0 as usize].name)
                        }
                        Constant::Class(c) => format!("class `{}`", self.ev.class_name(c)),
                        _ => "this constant".into(),
                    };
                    self.error(
                        Rule::UnknownName,
                        self.span(&a.attr),
                        format!("{what} has no attribute `{}`", a.attr),
                        "unknown attribute",
                        "check the spelling; module and class attributes are fixed at translation time",
                    );
                    Operand::Const(Constant::None)
                }
                StaticAttr::Dynamic => {
                    let obj = self.expr(&a.value);
                    self.emit(OpKind::GetAttr(a.attr.to_string()), vec![obj], span)
                }
            },
            Expr::BinOp(b) => {
                let l = self.expr(&b.left);
                let r = self.expr(&b.right);
                match map_operator(b.op) {
                    Some(op) => self.emit(OpKind::BinOp(op), vec![l, r], span),
                    None => {
                        self.unsupported(span, "the `@` operator", "call a function instead");
                        Operand::Const(Constant::None)
                    }
                }
            }
            Expr::UnaryOp(u) => {
                // `-1` is a constant, not an op on one.
                if u.op == ast::UnaryOp::USub {
                    if let Some(c) = neg_literal(&u.operand) {
                        return Operand::Const(c);
                    }
                }
                let v = self.expr(&u.operand);
                self.emit(OpKind::Unary(map_unaryop(u.op)), vec![v], span)
            }
            Expr::BoolOp(b) => self.bool_op(b, span),
            Expr::Compare(c) => self.compare(c, span),
            Expr::If(i) => {
                let (t, f) = self.cond(&i.test);
                self.merge_cursors(t, span);
                let a = self.expr(&i.body);
                let then_arm = self.cur.take().map(|c| (c, vec![a]));
                self.merge_cursors(f, span);
                let b = self.expr(&i.orelse);
                let else_arm = self.cur.take().map(|c| (c, vec![b]));
                let arms = then_arm.into_iter().chain(else_arm).collect();
                self.merged_value(arms, span)
            }
            Expr::Call(c) => self.call(c, span),
            Expr::Subscript(s) => {
                let obj = self.expr(&s.value);
                if let Expr::Slice(sl) = &*s.slice {
                    if let Some(step) = &sl.step {
                        self.unsupported(
                            self.span(&**step),
                            "a slice with a step",
                            "loop over the indices instead",
                        );
                    }
                    let lo = self.opt_expr(sl.lower.as_deref());
                    let hi = self.opt_expr(sl.upper.as_deref());
                    return self.emit(OpKind::GetSlice, vec![obj, lo, hi], span);
                }
                let idx = self.expr(&s.slice);
                self.emit(OpKind::GetItem, vec![obj, idx], span)
            }
            Expr::Tuple(t) => {
                let items = self.items(&t.elts);
                self.emit(OpKind::NewTuple, items, span)
            }
            Expr::List(l) => {
                let items = self.items(&l.elts);
                self.emit(OpKind::NewList, items, span)
            }
            Expr::Dict(d) => {
                let mut args = Vec::new();
                for item in &d.items {
                    match &item.key {
                        Some(k) => {
                            args.push(self.expr(k));
                            args.push(self.expr(&item.value));
                        }
                        None => self.unsupported(
                            self.span(&item.value),
                            "`**` in a dict literal",
                            "copy the dict and update it in a loop",
                        ),
                    }
                }
                self.emit(OpKind::NewDict, args, span)
            }
            Expr::FString(f) => self.fstring(f, span),
            Expr::ListComp(c) => self.list_comp(c, span),
            Expr::Lambda(l) => {
                let own: Vec<String> = l
                    .parameters
                    .iter()
                    .flat_map(|p| p.iter())
                    .map(|p| p.name().to_string())
                    .collect();
                self.nested_definition(
                    span,
                    "a `lambda`",
                    &own,
                    super::nested::NestedBody::Expr(&l.body),
                );
                Operand::Const(Constant::None)
            }
            Expr::Named(_) => self.unsupported_expr(e, "assign in a separate statement before"),
            Expr::Set(_) | Expr::SetComp(_) => {
                self.unsupported_expr(e, "use a dict with `True` values instead of a set")
            }
            Expr::DictComp(_) => self.unsupported_expr(e, "build the dict with a `for` loop"),
            Expr::Generator(_) => {
                self.unsupported_expr(e, "use a list comprehension or a `for` loop")
            }
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                self.unsupported_expr(e, "return a list instead of generating values")
            }
            Expr::Await(_) => self.unsupported_expr(e, "RPython has no async code"),
            Expr::Starred(_) => {
                self.unsupported_expr(e, "`*x` is only allowed as the last argument of a call")
            }
            Expr::Slice(_) => self.unsupported_expr(e, "slices are only allowed inside `x[...]`"),
            _ => self.unsupported_expr(e, "rewrite it with supported constructs"),
        }
    }

    pub(super) fn unsupported_expr(&mut self, e: &Expr, help: &str) -> Operand {
        let what = format!("a {}", expr_kind(e));
        self.unsupported(self.span(e), &what, help);
        Operand::Const(Constant::None)
    }

    pub fn opt_expr(&mut self, e: Option<&Expr>) -> Operand {
        match e {
            Some(e) => self.expr(e),
            None => Operand::Const(Constant::None),
        }
    }

    fn items(&mut self, elts: &[Expr]) -> Vec<Operand> {
        elts.iter()
            .map(|x| match x {
                Expr::Starred(_) => {
                    self.unsupported_expr(x, "build the sequence with `+` or a loop")
                }
                _ => self.expr(x),
            })
            .collect()
    }

    /// Merges arms each carrying one value; the merged value (None if no arm
    /// reaches the end).
    pub fn merged_value(
        &mut self,
        arms: Vec<(super::builder::Cursor, Vec<Operand>)>,
        span: Span,
    ) -> Operand {
        match self.merge(arms, 1, span) {
            Some(mut v) => v.pop().unwrap_or(Operand::Const(Constant::None)),
            None => Operand::Const(Constant::None),
        }
    }

    /// `a and b`, `a or b` with Python value semantics: the result is the
    /// operand that decided.
    fn bool_op(&mut self, b: &ast::ExprBoolOp, span: Span) -> Operand {
        let mut arms = Vec::new();
        let n = b.values.len();
        for (i, v) in b.values.iter().enumerate() {
            let val = self.expr(v);
            if i + 1 == n {
                if let Some(c) = self.cur.take() {
                    arms.push((c, vec![val]));
                }
                break;
            }
            let t = self.truth(val.clone(), self.span(v));
            let (tc, fc) = self.branch(t, span);
            let (decided, go_on) = match b.op {
                ast::BoolOp::And => (fc, tc),
                ast::BoolOp::Or => (tc, fc),
            };
            arms.push((decided, vec![val]));
            self.cur = Some(go_on);
        }
        self.merged_value(arms, span)
    }

    /// A comparison; chains `a < b < c` evaluate `b` once and short-circuit.
    fn compare(&mut self, c: &ast::ExprCompare, span: Span) -> Operand {
        let mut left = self.expr(&c.left);
        let n = c.ops.len();
        let mut arms = Vec::new();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            let r = self.expr(right);
            let res = self.emit(OpKind::Compare(map_cmpop(*op)), vec![left, r.clone()], span);
            if i + 1 == n {
                if n == 1 {
                    return res;
                }
                if let Some(cur) = self.cur.take() {
                    arms.push((cur, vec![res]));
                }
                break;
            }
            let (tc, fc) = self.branch(res.clone(), span);
            arms.push((fc, vec![res]));
            self.cur = Some(tc);
            left = r;
        }
        self.merged_value(arms, span)
    }
}
