//! `try`/`except`/`else`/`finally`.
//!
//! Inside a `try` body every op that may raise ends its block with a catch-all
//! edge to a dispatch block (locals + the exception). The dispatch tests the
//! `except` clauses in order with `isinstance` and re-raises what is
//! unmatched. A `finally` body is duplicated on every way out: normal end,
//! exception (then re-raise), and `return`/`break`/`continue` crossing it.

use ruff_python_ast::{self as ast, Expr};

use super::builder::{FinallyCtx, FnBuilder};
use crate::diagnostics::Rule;
use crate::flowgraph::{OpKind, Operand};
use crate::program::{Builtin, ClassId, Constant};

impl<'a> FnBuilder<'a> {
    pub fn try_stmt(&mut self, s: &'a ast::StmtTry) {
        if s.is_star {
            self.unsupported(self.span(s), "`except*`", "use plain `except`");
        }
        if s.finalbody.is_empty() {
            self.try_except(s);
        } else {
            self.try_finally(s);
        }
    }

    fn try_finally(&mut self, s: &'a ast::StmtTry) {
        let span = self.span(s);
        let (on_exc, extras) = self.new_join(1, span);
        self.tries.push(on_exc);
        self.finallys.push(FinallyCtx {
            body: &s.finalbody,
            try_depth: self.tries.len() - 1,
        });
        if s.handlers.is_empty() {
            self.body(&s.body);
            self.body(&s.orelse);
        } else {
            self.try_except(s);
        }
        self.finallys.pop();
        self.tries.pop();
        // Normal way out.
        if self.cur.is_some() {
            self.body(&s.finalbody);
        }
        let normal = self.cur.take();
        // Exceptional way out: run the finally body, then re-raise.
        self.enter_join(on_exc);
        let exc = Operand::Var(extras[0]);
        self.body(&s.finalbody);
        if self.cur.is_some() {
            self.raise(exc, span);
        }
        self.cur = normal;
    }

    fn try_except(&mut self, s: &'a ast::StmtTry) {
        let span = self.span(s);
        let (dispatch, extras) = self.new_join(1, span);
        self.tries.push(dispatch);
        self.body(&s.body);
        self.tries.pop();
        self.body(&s.orelse);
        let mut ends: Vec<_> = self.cur.take().into_iter().collect();

        self.enter_join(dispatch);
        let exc = Operand::Var(extras[0]);
        for h in &s.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let hspan = self.span(h);
            if self.cur.is_none() {
                // After a bare `except:` nothing else can match; still check the code.
                self.ensure_cursor(hspan);
            }
            let classes = h.type_.as_ref().map(|t| self.except_classes(t));
            let mut matched = Vec::new();
            match &classes {
                None => matched.extend(self.cur.take()),
                Some(classes) => {
                    for &c in classes {
                        let isinstance = Operand::Const(Constant::Builtin(Builtin::Isinstance));
                        let call = OpKind::Call {
                            keywords: Vec::new(),
                            star: false,
                        };
                        let test = self.emit_nonraising(
                            call,
                            vec![isinstance, exc.clone(), Operand::Const(Constant::Class(c))],
                            hspan,
                        );
                        let b = self.truth(test, hspan);
                        let (t, f) = self.branch(b, hspan);
                        matched.push(t);
                        self.cur = Some(f);
                    }
                }
            }
            let unmatched = self.cur.take();
            self.merge_cursors(matched, hspan);
            if self.cur.is_some() {
                let slot = h.name.as_ref().and_then(|n| self.slot(n.as_str()));
                if let Some(slot) = slot {
                    // `except (A, B) as e`: e is an instance of their common base.
                    let bound = match classes.as_deref().and_then(|cs| self.common_base(cs)) {
                        Some(c) => self.emit(OpKind::Narrow(c), vec![exc.clone()], hspan),
                        None => exc.clone(),
                    };
                    self.set_local(slot, bound);
                }
                self.caught.push(exc.clone());
                self.body(&h.body);
                self.caught.pop();
                // Python unbinds the name at the end of the handler.
                if let (Some(slot), true) = (slot, self.cur.is_some()) {
                    self.set_local(slot, Operand::Const(Constant::Undefined));
                }
                ends.extend(self.cur.take());
            }
            self.cur = unmatched;
        }
        if self.cur.is_some() {
            self.raise(exc, span);
        }
        self.merge_cursors(ends, span);
    }

    /// The closest class all of `classes` inherit from.
    fn common_base(&self, classes: &[ClassId]) -> Option<ClassId> {
        let ancestors = |mut c: ClassId| {
            let mut out = vec![c];
            while let Some(b) = self.ev.classes[c.0 as usize].base {
                out.push(b);
                c = b;
            }
            out
        };
        let (first, rest) = classes.split_first()?;
        ancestors(*first)
            .into_iter()
            .find(|a| rest.iter().all(|c| ancestors(*c).contains(a)))
    }

    /// The classes an `except` clause names (one class or a tuple of them).
    fn except_classes(&mut self, t: &Expr) -> Vec<ClassId> {
        let mut out = Vec::new();
        let items: Vec<&Expr> = match t {
            Expr::Tuple(tu) => tu.elts.iter().collect(),
            _ => vec![t],
        };
        for e in items {
            match self.static_value(e) {
                Some(Constant::Class(c)) => out.push(c),
                Some(Constant::Tuple(cs)) => out.extend(cs.iter().filter_map(|c| {
                    if let Constant::Class(c) = c {
                        Some(*c)
                    } else {
                        None
                    }
                })),
                _ => {
                    self.error(
                        Rule::Unsupported,
                        self.span(e),
                        "an `except` clause must name exception classes",
                        "not a class known at translation time",
                        "name a built-in exception class or a program class (or a tuple of them)",
                    );
                }
            }
        }
        out
    }
}
