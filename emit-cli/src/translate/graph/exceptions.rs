//! Exception edges: `Catch` exits as protected regions with typed catch
//! clauses, and the `for`-loop form of `IterNext` as a has-next test.

use lltype::ir::{Block, Link, Op, Opcode, Type};

use crate::il::Insn;
use crate::metadata::user_string_token;
use crate::sig::SigType;

use super::super::helpers::Helper;
use super::{ClauseLabels, GraphTranslator};

impl GraphTranslator<'_> {
    /// A block whose last operation may raise, with handlers. The end of a
    /// `for` loop (`IterNext` on any iterator) becomes a
    /// has-next test jumping to the StopIteration handler's link; any other
    /// operation gets a protected region (`try_catch`).
    pub(super) fn catch_block(
        &mut self,
        block: &Block,
        normal: &Link,
        handlers: &[lltype::ir::Handler],
    ) -> Result<(), String> {
        let (last, init) = block.ops.split_last().expect("a catch block has an op");
        let iter_ty = match last.opcode {
            Opcode::IterNext => self.arg_type(&last.args[0]),
            _ => return self.try_catch(init, last, normal, handlers),
        };
        if !matches!(iter_ty, Type::Iter(..)) {
            return Err(self.unsupported(format!("iterating with {iter_ty}")));
        }
        for op in init {
            self.op(op)?;
        }
        let stop = self
            .program
            .builtin_exceptions
            .get("StopIteration")
            .copied();
        let handler = handlers.iter().find(|h| match (h.class, stop) {
            (None, _) => true,
            (Some(c), Some(s)) => self.program.is_subclass(s, c),
            _ => false,
        });
        let exhausted = self.e.new_label();
        self.iter_has_next(&last.args[0], exhausted)?;
        self.store_or_pop(last, 1)?;
        self.link(normal)?;
        self.e.mark(exhausted);
        match handler {
            Some(h) => self.link(&h.link),
            // No handler: StopIteration propagates to the caller.
            None => {
                let make = self.cx.helper(Helper::MakeException);
                let (class, empty) = (
                    self.cx.md.user_strings.add("StopIteration"),
                    self.cx.md.user_strings.add(""),
                );
                self.e.emit(Insn::LdStr(user_string_token(class)));
                self.e.emit(Insn::LdStr(user_string_token(empty)));
                self.call(make);
                self.e.emit(Insn::Throw);
                Ok(())
            }
        }
    }

    /// The general form: the last operation alone in a protected region, one
    /// typed catch clause per handler in order (the CLI tries them in order,
    /// as the IR does), each storing the exception and leaving to the code
    /// of its link.
    pub(super) fn try_catch(
        &mut self,
        init: &[Op],
        last: &Op,
        normal: &Link,
        handlers: &[lltype::ir::Handler],
    ) -> Result<(), String> {
        for op in init {
            self.op(op)?;
        }
        let exc_local = match self.exception_local {
            Some(l) => l,
            None => {
                let t = self.cx.exception_type();
                self.local_types.push(SigType::Class(t));
                let l = self.local_types.len() as u16 - 1;
                self.exception_local = Some(l);
                l
            }
        };
        let (try_start, try_end, normal_label) =
            (self.e.new_label(), self.e.new_label(), self.e.new_label());
        self.e.mark(try_start);
        self.op(last)?;
        self.e.emit(Insn::Leave(normal_label));
        self.e.mark(try_end);
        let mut targets = Vec::new();
        let recursion = self
            .program
            .builtin_exceptions
            .get("RecursionError")
            .copied();
        for h in handlers {
            let target = self.e.new_label();
            // A handler of RecursionError (or of a base of it) also catches
            // the host's stack overflow, seen as RecursionError; a catch-all
            // handler sees host exceptions as RPython ones too.
            let catches_recursion = matches!((h.class, recursion), (Some(c), Some(r)) if self.program.is_subclass(r, c));
            let mut clause_classes = Vec::new();
            match h.class {
                Some(c) => {
                    clause_classes.push((self.cx.classes.type_rows[&c].token(), false));
                    if catches_recursion {
                        let overflow = self.cx.corlib.type_ref(
                            &mut self.cx.md,
                            "System",
                            "StackOverflowException",
                        );
                        clause_classes.push((overflow.token(), true));
                    }
                }
                None => clause_classes.push((self.cx.exception_type().token(), true)),
            }
            for (class_token, wrap) in clause_classes {
                let (start, end) = (self.e.new_label(), self.e.new_label());
                self.e.mark_handler(start);
                if wrap {
                    let m = super::super::entry::wrap_exception(self.cx);
                    self.call(m);
                }
                self.e.emit(Insn::StLoc(exc_local));
                self.e.emit(Insn::Leave(target));
                self.e.mark(end);
                self.clauses.push(ClauseLabels {
                    try_start,
                    try_end,
                    handler_start: start,
                    handler_end: end,
                    class_token,
                });
            }
            targets.push(target);
        }
        self.e.mark(normal_label);
        self.link(normal)?;
        for (h, target) in handlers.iter().zip(targets) {
            self.e.mark(target);
            self.link(&h.link)?;
        }
        Ok(())
    }

    /// True for subclasses of BaseException.
    pub(super) fn is_exception(&self, c: lltype::ir::ClassId) -> bool {
        let mut k = Some(c);
        while let Some(x) = k {
            let def = self.program.class(x);
            if def.builtin && def.name == "BaseException" {
                return true;
            }
            k = def.base;
        }
        false
    }
}
