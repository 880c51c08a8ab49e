//! The graph under construction and the cursor that appends to it.
//!
//! Values of locals are tracked in an environment (one operand per local
//! slot). Blocks where control flow merges ("join" blocks: merges, loop
//! headers, exception dispatch) take every local as a parameter; other blocks
//! (straight-line continuations, branch targets) take none while building and
//! simply use the values of their single predecessor. `thread::thread_values`
//! later adds the parameters those blocks need, so the final graph only passes
//! values along links.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::Stmt;

use crate::diagnostics::{Diagnostic, Diagnostics, FileId, Rule, Span};
use crate::flowgraph::{
    Block, BlockId, CmpOp, Exit, Handler, Link, LinkArg, Op, OpKind, Operand, Var,
};
use crate::module_eval::Evaluator;
use crate::program::{ClassId, Constant, FuncId, ModuleId};

/// Where code is appended: an open block and the current values of locals.
#[derive(Clone)]
pub struct Cursor {
    pub block: BlockId,
    pub env: Vec<Operand>,
}

pub struct LoopCtx {
    pub break_to: BlockId,
    pub continue_to: BlockId,
    /// `finally` bodies entered inside the loop run on `break`/`continue`.
    pub finally_depth: usize,
}

/// A `finally` body to run on every path leaving its `try`.
pub struct FinallyCtx<'a> {
    pub body: &'a [Stmt],
    /// Handlers active outside the `try` (where the finally body itself runs).
    pub try_depth: usize,
}

pub struct FnBuilder<'a> {
    pub ev: &'a Evaluator,
    pub diags: &'a mut Diagnostics,
    pub file: FileId,
    pub module: ModuleId,
    pub func: FuncId,
    pub class: Option<ClassId>,
    pub blocks: Vec<Block>,
    pub var_names: Vec<Option<String>>,
    /// Local slots (params first) and the slot of each visible name.
    pub locals: Vec<String>,
    pub slot_of: HashMap<String, usize>,
    /// Names declared `global` in this function.
    pub globals: HashSet<String>,
    pub cur: Option<Cursor>,
    pub loops: Vec<LoopCtx>,
    /// Exception dispatch blocks of the enclosing `try`s, innermost last.
    pub tries: Vec<BlockId>,
    pub finallys: Vec<FinallyCtx<'a>>,
    /// The exception being handled, for bare `raise`, innermost last.
    pub caught: Vec<Operand>,
    /// Vars known to hold a bool (no `Truth` needed before branching).
    pub bools: HashSet<Var>,
    /// Current nesting of expressions being built (see `MAX_NESTING`).
    pub depth: u32,
    /// Reads of a local that is certainly unassigned at that point (block,
    /// span, name); reported only if the block turns out reachable.
    pub undefined_reads: Vec<(BlockId, Span, String)>,
}

/// Expressions nested deeper than this are refused: building them would
/// recurse deeply enough to overflow the stack, and no real program needs it.
pub const MAX_NESTING: u32 = crate::module_eval::nesting::MAX_NESTING;

/// Ops that cannot raise: everything else ends its block inside a `try`.
pub fn may_raise(kind: &OpKind) -> bool {
    !matches!(
        kind,
        OpKind::NewList
            | OpKind::NewTuple
            | OpKind::NewDict
            | OpKind::BuildString
            | OpKind::Narrow(_)
            | OpKind::NarrowNotNone
            | OpKind::SameAs
            | OpKind::Truth
            | OpKind::Compare(CmpOp::Is | CmpOp::IsNot)
    )
}

impl<'a> FnBuilder<'a> {
    pub fn span(&self, node: &impl ruff_text_size::Ranged) -> Span {
        crate::astutil::span(self.file, node)
    }

    pub fn error(
        &mut self,
        rule: Rule,
        span: Span,
        msg: impl Into<String>,
        label: &str,
        help: &str,
    ) {
        self.diags
            .push(Diagnostic::new(rule, span, msg).label(label).help(help));
    }

    pub fn unsupported(&mut self, span: Span, what: &str, help: &str) {
        self.error(
            Rule::Unsupported,
            span,
            format!("{what} is not supported"),
            "outside the RPython dialect",
            help,
        );
    }

    /// Enters one level of expression nesting; false (after reporting once
    /// per function) when too deep.
    pub fn enter_nesting(&mut self, e: &impl ruff_text_size::Ranged) -> bool {
        if self.depth >= MAX_NESTING {
            if self.depth == MAX_NESTING {
                self.depth += 1; // report once, at the outermost refused level
                self.unsupported(
                    self.span(e),
                    "an expression nested this deeply",
                    "split it into several statements",
                );
                self.depth -= 1;
            }
            return false;
        }
        self.depth += 1;
        true
    }

    pub fn new_var(&mut self, name: Option<String>) -> Var {
        self.var_names.push(name);
        Var(self.var_names.len() as u32 - 1)
    }

    pub fn new_block(&mut self, params: Vec<Var>, span: Span) -> BlockId {
        self.blocks.push(Block {
            params,
            ops: Vec::new(),
            exit: Exit::Unfinished,
            exit_span: span,
        });
        BlockId(self.blocks.len() as u32 - 1)
    }

    /// A block taking every local (then `extra` more values) as parameters.
    pub fn new_join(&mut self, extra: usize, span: Span) -> (BlockId, Vec<Var>) {
        let mut params = Vec::new();
        for i in 0..self.locals.len() {
            let name = self.locals[i].clone();
            params.push(self.new_var(Some(name)));
        }
        let extras: Vec<Var> = (0..extra).map(|_| self.new_var(None)).collect();
        params.extend(extras.iter().copied());
        (self.new_block(params, span), extras)
    }

    /// Makes `block` (a join block) current, with locals bound to its params.
    pub fn enter_join(&mut self, block: BlockId) {
        let n = self.locals.len();
        let env = self.blocks[block.0 as usize].params[..n]
            .iter()
            .map(|v| Operand::Var(*v))
            .collect();
        self.cur = Some(Cursor { block, env });
    }

    /// Starts an unreachable block so dead code is still checked (pruned later).
    pub fn ensure_cursor(&mut self, span: Span) {
        if self.cur.is_none() {
            let block = self.new_block(Vec::new(), span);
            let env = vec![Operand::Const(Constant::Undefined); self.locals.len()];
            self.cur = Some(Cursor { block, env });
        }
    }

    pub fn cursor(&mut self) -> &mut Cursor {
        if self.cur.is_none() {
            self.ensure_cursor(Span::new(self.file, 0, 0));
        }
        self.cur.as_mut().expect("cursor just ensured")
    }

    /// Link to a join block passing the current locals and `extra` values.
    pub fn join_link(&mut self, target: BlockId, extra: Vec<Operand>) -> Link {
        let env = self.cursor().env.clone();
        Link {
            target,
            args: env.into_iter().chain(extra).map(LinkArg::Operand).collect(),
        }
    }

    /// Ends the current block.
    pub fn finish(&mut self, exit: Exit, span: Span) {
        if let Some(c) = self.cur.take() {
            let b = &mut self.blocks[c.block.0 as usize];
            b.exit = exit;
            b.exit_span = span;
        }
    }

    /// Jumps to a join block with the current locals (and extras).
    pub fn goto_join(&mut self, target: BlockId, extra: Vec<Operand>, span: Span) {
        if self.cur.is_some() {
            let link = self.join_link(target, extra);
            self.finish(Exit::Goto(link), span);
        }
    }

    /// Appends an op and returns its result. Inside a `try`, an op that may
    /// raise ends the block with an edge to the exception dispatch.
    pub fn emit(&mut self, kind: OpKind, args: Vec<Operand>, span: Span) -> Operand {
        let raises = may_raise(&kind);
        self.emit_inner(kind, args, span, raises)
    }

    /// Appends an op that is known not to raise here (e.g. `isinstance`).
    pub fn emit_nonraising(&mut self, kind: OpKind, args: Vec<Operand>, span: Span) -> Operand {
        self.emit_inner(kind, args, span, false)
    }

    fn emit_inner(
        &mut self,
        kind: OpKind,
        args: Vec<Operand>,
        span: Span,
        raises: bool,
    ) -> Operand {
        let result = self.new_var(None);
        // Branch conditions must be `Truth` or `Compare` results.
        if matches!(kind, OpKind::Truth | OpKind::Compare(_)) {
            self.bools.insert(result);
        }
        let block = self.cursor().block;
        self.blocks[block.0 as usize].ops.push(Op {
            kind,
            args,
            result,
            span,
        });
        if raises {
            if let Some(&dispatch) = self.tries.last() {
                let handler = self.handler_link(dispatch);
                self.split_with_handlers(
                    vec![Handler {
                        class: None,
                        link: handler,
                    }],
                    span,
                );
            }
        }
        Operand::Var(result)
    }

    /// Link to an exception dispatch block, carrying locals and the exception.
    pub fn handler_link(&mut self, dispatch: BlockId) -> Link {
        let env = self.cursor().env.clone();
        let mut args: Vec<LinkArg> = env.into_iter().map(LinkArg::Operand).collect();
        args.push(LinkArg::CaughtException);
        Link {
            target: dispatch,
            args,
        }
    }

    /// Ends the block with `Exit::Catch` and continues in a fresh block.
    pub fn split_with_handlers(&mut self, handlers: Vec<Handler>, span: Span) {
        let next = self.new_block(Vec::new(), span);
        let env = self.cursor().env.clone();
        self.finish(
            Exit::Catch {
                normal: Link {
                    target: next,
                    args: Vec::new(),
                },
                handlers,
            },
            span,
        );
        self.cur = Some(Cursor { block: next, env });
    }

    /// A bool operand for branching on `v`.
    pub fn truth(&mut self, v: Operand, span: Span) -> Operand {
        match &v {
            Operand::Const(c) => match const_bool(c) {
                Some(b) => Operand::Const(Constant::Bool(b)),
                None => self.emit(OpKind::Truth, vec![v], span),
            },
            // A bool made in this very block branches as is (a bool from an
            // earlier block would reach the branch as a parameter: re-test it,
            // so conditions are always `Truth`/`Compare` results).
            Operand::Var(x) if self.bools.contains(x) && self.defined_here(*x) => v,
            Operand::Var(_) => self.emit(OpKind::Truth, vec![v], span),
        }
    }

    fn defined_here(&mut self, v: Var) -> bool {
        let block = self.cursor().block;
        self.blocks[block.0 as usize]
            .ops
            .iter()
            .any(|o| o.result == v)
    }

    /// Branches on a bool operand; returns the true and false cursors. A
    /// constant condition jumps directly (the other cursor is unreachable).
    pub fn branch(&mut self, cond: Operand, span: Span) -> (Cursor, Cursor) {
        let env = self.cursor().env.clone();
        let t = self.new_block(Vec::new(), span);
        let f = self.new_block(Vec::new(), span);
        let link = |b| Link {
            target: b,
            args: Vec::new(),
        };
        let exit = match cond {
            Operand::Const(Constant::Bool(true)) => Exit::Goto(link(t)),
            Operand::Const(Constant::Bool(false)) => Exit::Goto(link(f)),
            cond => Exit::Branch {
                cond,
                if_true: link(t),
                if_false: link(f),
            },
        };
        self.finish(exit, span);
        (
            Cursor {
                block: t,
                env: env.clone(),
            },
            Cursor { block: f, env },
        )
    }

    /// Merges control flow: each cursor carries `extra` values; returns the
    /// merged extras (None when nothing reaches the merge point).
    pub fn merge(
        &mut self,
        mut arms: Vec<(Cursor, Vec<Operand>)>,
        extra: usize,
        span: Span,
    ) -> Option<Vec<Operand>> {
        match arms.len() {
            0 => {
                self.cur = None;
                None
            }
            1 => {
                let (c, vals) = arms.pop().expect("one arm");
                self.cur = Some(c);
                Some(vals)
            }
            _ => {
                let (join, extras) = self.new_join(extra, span);
                for (c, vals) in arms {
                    self.cur = Some(c);
                    self.goto_join(join, vals, span);
                }
                self.enter_join(join);
                Some(extras.into_iter().map(Operand::Var).collect())
            }
        }
    }

    /// Merges cursors without extra values.
    pub fn merge_cursors(&mut self, cursors: Vec<Cursor>, span: Span) {
        let arms = cursors.into_iter().map(|c| (c, Vec::new())).collect();
        self.merge(arms, 0, span);
    }

    /// Raises `exc`: to the innermost exception dispatch, or out of the function.
    pub fn raise(&mut self, exc: Operand, span: Span) {
        match self.tries.last() {
            Some(&dispatch) => {
                let link = self.join_link(dispatch, vec![exc]);
                self.finish(Exit::Goto(link), span);
            }
            None => self.finish(Exit::Raise(exc), span),
        }
    }

    /// The slot of a local name (respecting comprehension scopes).
    pub fn slot(&self, name: &str) -> Option<usize> {
        self.slot_of.get(name).copied()
    }

    pub fn set_local(&mut self, slot: usize, v: Operand) {
        // Name an anonymous result after the local it is stored in, so that
        // diagnostics and dumps can speak of `x` rather than `v12`.
        if let Operand::Var(var) = &v {
            let i = var.0 as usize;
            if self.var_names.get(i).is_some_and(|n| n.is_none()) {
                self.var_names[i] = Some(self.locals[slot].clone());
            }
        }
        self.cursor().env[slot] = v;
    }

    /// The span of the first line of a (compound) statement, so diagnostics
    /// about a whole `with`/`match` point at its header, not at its body.
    pub fn header_span(&self, node: &impl ruff_text_size::Ranged) -> Span {
        crate::astutil::first_line(&self.ev.sources.file(self.file).text, self.span(node))
    }
}

/// Truth of a constant that can be decided without the heap.
pub fn const_bool(c: &Constant) -> Option<bool> {
    match c {
        Constant::Bool(b) => Some(*b),
        Constant::Int(i) => Some(*i != 0),
        Constant::None => Some(false),
        Constant::Float(f) => Some(*f != 0.0),
        Constant::Str(s) => Some(!s.is_empty()),
        Constant::Function(_) | Constant::Class(_) | Constant::Builtin(_) | Constant::Module(_) => {
            Some(true)
        }
        _ => None,
    }
}
