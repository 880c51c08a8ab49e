//! Conditions (`if`, `while`, `assert`, comprehension filters, conditional
//! expressions): compiled straight to branches, returning the cursors where
//! the condition is true and where it is false. `isinstance(x, C)` and
//! `x is (not) None` narrow the local `x` on the branch where they hold.

use ruff_python_ast::{self as ast, Expr};

use super::builder::{Cursor, FnBuilder};
use crate::flowgraph::{CmpOp, OpKind, Operand};
use crate::module_eval::consteval::map_cmpop;
use crate::program::{Builtin, ClassId, Constant};

/// What a test tells about a local on one of its branches.
enum Fact {
    /// `isinstance(x, C)` holds on the true branch.
    IsInstance(usize, ClassId),
    /// `x is not None` holds on the true (`on_true`) or false branch.
    NotNone(usize, bool),
}

impl<'a> FnBuilder<'a> {
    pub fn cond(&mut self, e: &Expr) -> (Vec<Cursor>, Vec<Cursor>) {
        if !self.enter_nesting(e) {
            return (Vec::new(), Vec::new());
        }
        let r = self.cond_inner(e);
        self.depth -= 1;
        r
    }

    fn cond_inner(&mut self, e: &Expr) -> (Vec<Cursor>, Vec<Cursor>) {
        let span = self.span(e);
        match e {
            Expr::UnaryOp(u) if u.op == ast::UnaryOp::Not => {
                let (t, f) = self.cond(&u.operand);
                (f, t)
            }
            Expr::BoolOp(b) => {
                let and = b.op == ast::BoolOp::And;
                let mut decided = Vec::new();
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    let (t, f) = self.cond(v);
                    let (stop, go_on) = if and { (f, t) } else { (t, f) };
                    decided.extend(stop);
                    if i + 1 == n {
                        return if and {
                            (go_on, decided)
                        } else {
                            (decided, go_on)
                        };
                    }
                    self.merge_cursors(go_on, span);
                }
                (Vec::new(), decided)
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                // a < b < c: each comparison but the last may decide "false".
                let mut falses = Vec::new();
                let mut left = self.expr(&c.left);
                let n = c.ops.len();
                for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
                    let r = self.expr(right);
                    let res =
                        self.emit(OpKind::Compare(map_cmpop(*op)), vec![left, r.clone()], span);
                    let (t, f) = self.branch(res, span);
                    falses.push(f);
                    if i + 1 == n {
                        return (vec![t], falses);
                    }
                    self.cur = Some(t);
                    left = r;
                }
                (Vec::new(), falses)
            }
            _ => {
                let fact = self.fact(e);
                let v = self.expr(e);
                let b = self.truth(v, span);
                let (mut t, mut f) = self.branch(b, span);
                match fact {
                    Some(Fact::IsInstance(slot, class)) => {
                        self.narrow(&mut t, slot, OpKind::Narrow(class), span)
                    }
                    Some(Fact::NotNone(slot, true)) => {
                        self.narrow(&mut t, slot, OpKind::NarrowNotNone, span)
                    }
                    Some(Fact::NotNone(slot, false)) => {
                        self.narrow(&mut f, slot, OpKind::NarrowNotNone, span)
                    }
                    None => {}
                }
                (vec![t], vec![f])
            }
        }
    }

    fn fact(&self, e: &Expr) -> Option<Fact> {
        match e {
            Expr::Call(c) => {
                if self.static_value(&c.func) != Some(Constant::Builtin(Builtin::Isinstance)) {
                    return None;
                }
                let [Expr::Name(x), cls] = &*c.arguments.args else {
                    return None;
                };
                let slot = self.slot(x.id.as_str())?;
                match self.static_value(cls)? {
                    Constant::Class(class) => Some(Fact::IsInstance(slot, class)),
                    _ => None,
                }
            }
            Expr::Compare(c) if c.ops.len() == 1 => {
                let (Expr::Name(x), Some(Expr::NoneLiteral(_))) = (&*c.left, c.comparators.first())
                else {
                    return None;
                };
                let slot = self.slot(x.id.as_str())?;
                match map_cmpop(c.ops[0]) {
                    CmpOp::IsNot => Some(Fact::NotNone(slot, true)),
                    CmpOp::Is => Some(Fact::NotNone(slot, false)),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Rebinds local `slot` to a narrowed copy at the start of `c`.
    fn narrow(
        &mut self,
        c: &mut Cursor,
        slot: usize,
        kind: OpKind,
        span: crate::diagnostics::Span,
    ) {
        let saved = self.cur.replace(c.clone());
        let v = self.cursor().env[slot].clone();
        if matches!(v, Operand::Var(_)) {
            let n = self.emit(kind, vec![v], span);
            self.set_local(slot, n);
        }
        if let Some(now) = self.cur.take() {
            *c = now;
        }
        self.cur = saved;
    }
}
