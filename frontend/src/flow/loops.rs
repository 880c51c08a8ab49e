//! Loops: `while`, `for` (an iterator, a header block whose `Next` catches
//! StopIteration), list comprehensions, `break` and `continue`.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::builder::{Cursor, FnBuilder, LoopCtx};
use super::scope::comprehension_slot;
use crate::diagnostics::Span;
use crate::flowgraph::{Handler, Link, Op, OpKind, Operand};
use crate::library::builtin_class_id;
use crate::program::Constant;

impl<'a> FnBuilder<'a> {
    /// `Next(it)`: returns the item, and the cursor where the iterator ended.
    fn next_or_stop(&mut self, it: Operand, span: Span) -> (Operand, Cursor) {
        let result = self.new_var(None);
        let block = self.cursor().block;
        self.blocks[block.0 as usize].ops.push(Op {
            kind: OpKind::Next,
            args: vec![it],
            result,
            span,
        });
        let env = self.cursor().env.clone();
        let stop = self.new_block(Vec::new(), span);
        let mut handlers = vec![Handler {
            class: Some(builtin_class_id("StopIteration")),
            link: Link {
                target: stop,
                args: Vec::new(),
            },
        }];
        if let Some(&dispatch) = self.tries.last() {
            handlers.push(Handler {
                class: None,
                link: self.handler_link(dispatch),
            });
        }
        self.split_with_handlers(handlers, span);
        (Operand::Var(result), Cursor { block: stop, env })
    }

    /// Opens a loop header (a join block) and makes it current.
    fn loop_header(&mut self, span: Span) -> crate::flowgraph::BlockId {
        let (header, _) = self.new_join(0, span);
        self.goto_join(header, Vec::new(), span);
        self.enter_join(header);
        header
    }

    fn push_loop(
        &mut self,
        break_to: crate::flowgraph::BlockId,
        continue_to: crate::flowgraph::BlockId,
    ) {
        self.loops.push(LoopCtx {
            break_to,
            continue_to,
            finally_depth: self.finallys.len(),
        });
    }

    pub fn while_stmt(&mut self, s: &'a ast::StmtWhile) {
        let span = self.span(s);
        let header = self.loop_header(span);
        let (after, _) = self.new_join(0, span);
        let (t, f) = self.cond(&s.test);
        self.merge_cursors(t, span);
        self.push_loop(after, header);
        self.body(&s.body);
        self.loops.pop();
        self.goto_join(header, Vec::new(), span);
        self.merge_cursors(f, span);
        self.body(&s.orelse);
        self.goto_join(after, Vec::new(), span);
        self.enter_join(after);
    }

    pub fn for_stmt(&mut self, s: &'a ast::StmtFor) {
        let span = self.span(s);
        if s.is_async {
            self.unsupported(span, "`async for`", "use a plain `for` loop");
        }
        let iterable = self.expr(&s.iter);
        let it = self.emit(OpKind::Iter, vec![iterable], self.span(&*s.iter));
        let header = self.loop_header(span);
        let (after, _) = self.new_join(0, span);
        let (item, stop) = self.next_or_stop(it, self.span(&*s.iter));
        self.assign(&s.target, item);
        self.push_loop(after, header);
        self.body(&s.body);
        self.loops.pop();
        self.goto_join(header, Vec::new(), span);
        self.cur = Some(stop);
        self.body(&s.orelse);
        self.goto_join(after, Vec::new(), span);
        self.enter_join(after);
    }

    /// `break` (`continue` when `is_continue`): runs the `finally` bodies
    /// between here and the loop, then jumps.
    pub fn break_continue(&mut self, span: Span, is_continue: bool) {
        let Some(l) = self.loops.last() else {
            let what = if is_continue { "`continue`" } else { "`break`" };
            self.unsupported(
                span,
                &format!("{what} outside a loop"),
                "use it inside `for` or `while`",
            );
            return;
        };
        let (target, depth) = (
            if is_continue {
                l.continue_to
            } else {
                l.break_to
            },
            l.finally_depth,
        );
        self.run_finallys(depth);
        self.goto_join(target, Vec::new(), span);
    }

    /// Runs (inline) the `finally` bodies entered above `depth`, innermost
    /// first, each with the exception handlers active around its `try`.
    pub fn run_finallys(&mut self, depth: usize) {
        let saved_tries = self.tries.clone();
        let all: Vec<(usize, &'a [ruff_python_ast::Stmt], usize)> = self
            .finallys
            .iter()
            .enumerate()
            .map(|(i, f)| (i, f.body, f.try_depth))
            .collect();
        let saved_finallys = std::mem::take(&mut self.finallys);
        for &(i, body, try_depth) in all.iter().skip(depth).rev() {
            if self.cur.is_none() {
                break;
            }
            self.tries.truncate(try_depth);
            self.finallys = saved_finallys_prefix(&saved_finallys, i);
            self.body(body);
        }
        self.tries = saved_tries;
        self.finallys = saved_finallys;
    }

    /// `[elt for target in iter if cond]`: a loop appending to a new list.
    pub fn list_comp(&mut self, c: &ast::ExprListComp, span: Span) -> Operand {
        let [g] = c.generators.as_slice() else {
            self.unsupported(
                span,
                "a comprehension with several `for`s",
                "use nested `for` loops",
            );
            return Operand::Const(Constant::None);
        };
        if g.is_async {
            self.unsupported(span, "`async for` in a comprehension", "use a plain `for`");
        }
        let list = self.emit(OpKind::NewList, Vec::new(), span);
        let iterable = self.expr(&g.iter);
        let it = self.emit(OpKind::Iter, vec![iterable], self.span(&g.iter));
        // The comprehension's variables live in their own slots.
        let offset = c.range().start().to_u32();
        let mut names = Vec::new();
        target_names(&g.target, &mut names);
        let mut saved = Vec::new();
        for n in &names {
            if let Some(slot) = self.slot_of.get(&comprehension_slot(n, offset)).copied() {
                saved.push((n.clone(), self.slot_of.insert(n.clone(), slot)));
            }
        }
        let header = self.loop_header(span);
        let (item, stop) = self.next_or_stop(it, span);
        self.assign(&g.target, item);
        for cond in &g.ifs {
            let (t, f) = self.cond(cond);
            for skip in f {
                self.cur = Some(skip);
                self.goto_join(header, Vec::new(), span);
            }
            self.merge_cursors(t, span);
        }
        let v = self.expr(&c.elt);
        let append = OpKind::CallMethod {
            name: "append".into(),
            keywords: Vec::new(),
            star: false,
        };
        self.emit(append, vec![list.clone(), v], span);
        self.goto_join(header, Vec::new(), span);
        self.cur = Some(stop);
        for (n, old) in saved.into_iter().rev() {
            match old {
                Some(slot) => self.slot_of.insert(n, slot),
                None => self.slot_of.remove(&n),
            };
        }
        list
    }
}

fn saved_finallys_prefix<'a>(
    all: &[super::builder::FinallyCtx<'a>],
    n: usize,
) -> Vec<super::builder::FinallyCtx<'a>> {
    all[..n]
        .iter()
        .map(|f| super::builder::FinallyCtx {
            body: f.body,
            try_depth: f.try_depth,
        })
        .collect()
}

fn target_names(e: &Expr, out: &mut Vec<String>) {
    match e {
        Expr::Name(n) => out.push(n.id.to_string()),
        Expr::Tuple(t) => t.elts.iter().for_each(|x| target_names(x, out)),
        Expr::List(t) => t.elts.iter().for_each(|x| target_names(x, out)),
        Expr::Starred(s) => target_names(&s.value, out),
        _ => {}
    }
}
