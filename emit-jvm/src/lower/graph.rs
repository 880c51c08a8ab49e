//! A typed graph becomes one static method.
//!
//! - Every non-void variable gets a local slot with one fixed JVM type
//!   (shared with variables whose ranges do not overlap); a block's frame
//!   lists the slots of its live variables and parameters, so no local needs
//!   a zero value in a prologue.
//! - Each block is a label; the operand stack is empty at block boundaries.
//! - A link is a parallel copy: all its arguments are pushed, then stored
//!   into the target's parameters in reverse order (the stack is the
//!   temporary storage), skipping copies of a variable onto itself.
//! - A `Catch` exit protects the instructions of the block's last operation
//!   with one exception-table entry per handler, in handler order (the JVM
//!   takes the first matching entry, as the IR takes the first handler).
//! - `iter_next` under a `Catch` of StopIteration is lowered to `hasNext()`
//!   and `next()`: for loops never allocate an exception at their end.

use std::collections::BTreeMap;

use lltype::ir::{
    BlockId, Const, Exit, Graph, GraphId, Link, LinkArg, Op, Opcode, Type, Value, Var,
};
use ristretto_classfile::{ClassAccessFlags, MethodAccessFlags};

use super::split::Region;
use super::types::{coerce, converts_unchanged, default_value};
use super::{ClassBytes, Ctx};
use crate::classfile::{ClassWriter, Code, Cond, Invoke, JType, Label, Locals, Pool};
use crate::runtime::names as rt;

/// Where a variable lives: nowhere (void), a local slot, or a field of the
/// frame object of a split graph (`split.rs`), which is local 0 there.
#[derive(Clone, Debug, PartialEq)]
pub enum Home {
    None,
    Local(u16),
    Field(String),
}

const STACK_OVERFLOW: &str = "java/lang/StackOverflowError";

/// Methods larger than this (bytes) are split: the JVM limit is 64 KiB, and
/// below 32 KiB every branch offset fits the short branch instructions.
pub const MAX_METHOD_BYTES: usize = 30_000;

pub struct GraphLowerer<'a, 'p> {
    pub ctx: &'a Ctx<'p>,
    pub graph: &'a Graph,
    pub code: Code,
    pub pool: &'a mut Pool,
    homes: Vec<Home>,
    jtypes: Vec<JType>,
    region: Option<Region>,
    /// How many times each variable is read (ops, exits, links).
    uses: Vec<u32>,
    block_labels: Vec<Label>,
    exc_slot: u16,
    /// The type of every local slot (shared by variables whose ranges do
    /// not overlap), and how many of them hold the method's arguments.
    slot_types: BTreeMap<u16, JType>,
    param_slots: u16,
    /// The variables live at the start of each block (its frame's locals).
    live_in: Vec<std::collections::HashSet<u32>>,
    ret: JType,
    /// Values read once, right after they are computed, stay on the operand
    /// stack instead of going through their local (`push`).
    stack_temps: bool,
    /// The variable whose store ends the code so far, if any.
    last_stored: Option<(Var, usize)>,
    /// The variable stored before it.
    earlier_stored: Option<Var>,
    /// The arguments of the operation being emitted.
    current_args: &'a [Value],
    /// A variable already on the stack for the next read (see `take_back_pair`).
    pending_on_stack: Option<Var>,
    /// Variables left on the stack for their single read.
    taken: Vec<bool>,
    /// Set when a variable left on the stack is read again (a lowering that
    /// reads an argument twice): the graph is then lowered without
    /// `stack_temps`.
    reread_taken: bool,
}

/// Emits the code classes: the graphs as static methods, grouped by owner.
pub fn lower_code_classes(ctx: &Ctx) -> Result<Vec<ClassBytes>, String> {
    let mut groups: BTreeMap<String, Vec<GraphId>> = BTreeMap::new();
    for i in 0..ctx.program.graphs.len() {
        let g = GraphId(i as u32);
        groups.entry(ctx.graph_owner(g)).or_default().push(g);
    }
    let mut out = Vec::new();
    for (owner, graphs) in groups {
        let mut cw = ClassWriter::new(
            &owner,
            rt::OBJECT,
            ClassAccessFlags::PUBLIC | ClassAccessFlags::FINAL,
        );
        for g in graphs {
            match lower_graph(ctx, &mut cw.pool, g, None) {
                Ok(code) if code.byte_size() <= MAX_METHOD_BYTES => {
                    cw.add_method(
                        MethodAccessFlags::PUBLIC | MethodAccessFlags::STATIC,
                        &ctx.graph_method(g),
                        &ctx.graph_descriptor(g),
                        code,
                    )?;
                }
                // Too large (or too many locals) for one method.
                _ => out.push(super::split::lower_split(ctx, &mut cw, g)?),
            }
        }
        out.push((format!("{owner}.class"), cw.finish()?));
    }
    Ok(out)
}

/// Blocks in emission order: depth first from the start block, each block
/// followed where possible by its first successor (a goto's target, a
/// branch's true side, a catch's normal exit), so that most links fall
/// through instead of jumping; unreachable blocks last, by index.
pub fn block_order(g: &Graph) -> Vec<BlockId> {
    let mut seen = vec![false; g.blocks.len()];
    let mut order = Vec::with_capacity(g.blocks.len());
    let mut stack = vec![g.start];
    while let Some(b) = stack.pop() {
        if std::mem::replace(&mut seen[b.0 as usize], true) {
            continue;
        }
        order.push(b);
        let links = g.block(b).exit.links();
        stack.extend(links.iter().rev().map(|l| l.target));
    }
    order.extend(
        (0..g.blocks.len() as u32)
            .map(BlockId)
            .filter(|b| !seen[b.0 as usize]),
    );
    order
}

/// Lowers graph `g`, whole (`region` None) or the blocks of one region.
pub fn lower_graph(
    ctx: &Ctx,
    pool: &mut Pool,
    g: GraphId,
    region: Option<Region>,
) -> Result<Code, String> {
    lower_graph_body(ctx, pool, ctx.program.graph(g), region)
}

/// As `lower_graph`, for a graph given directly (split.rs lowers a copy
/// whose large blocks are cut in pieces).
pub fn lower_graph_body(
    ctx: &Ctx,
    pool: &mut Pool,
    graph: &Graph,
    region: Option<Region>,
) -> Result<Code, String> {
    let mut lw = GraphLowerer::new(ctx, pool, graph, region.clone())?;
    lw.emit_body()
        .map_err(|e| format!("graph {} ({}): {e}", graph.name, graph.origin))?;
    if !lw.reread_taken {
        return Ok(lw.code);
    }
    let mut lw = GraphLowerer::new(ctx, pool, graph, region)?;
    lw.stack_temps = false;
    lw.emit_body()
        .map_err(|e| format!("graph {} ({}): {e}", graph.name, graph.origin))?;
    Ok(lw.code)
}

impl<'a, 'p> GraphLowerer<'a, 'p> {
    fn new(
        ctx: &'a Ctx<'p>,
        pool: &'a mut Pool,
        graph: &'a Graph,
        region: Option<Region>,
    ) -> Result<Self, String> {
        let n = graph.var_types.len();
        let jtypes: Vec<JType> = graph.var_types.iter().map(|t| ctx.jtype(t)).collect();
        let mut homes = vec![Home::None; n];
        let mut order = block_order(graph);
        if let Some(r) = &region {
            order.retain(|b| r.blocks[b.0 as usize]);
            for v in 0..n {
                if jtypes[v] != JType::Void && r.shared[v] {
                    homes[v] = Home::Field(format!("v{v}"));
                }
            }
        }
        // A region method's locals 0 and 1 are the frame and the entry block.
        let (first_slot, fixed): (u16, &[Var]) = match &region {
            Some(_) => (2, &[]),
            None => (0, graph.params()),
        };
        let eligible = |v: usize| match &region {
            Some(r) => r.defined_here[v] && !r.shared[v],
            None => true,
        };
        let super::slots::Assignment {
            slot_of,
            types: slot_types,
            live_in,
        } = super::slots::assign(graph, &jtypes, &order, &eligible, fixed, first_slot);
        for v in 0..n {
            if let Some(s) = slot_of[v] {
                homes[v] = Home::Local(s);
            }
        }
        let param_slots: u16 = fixed.iter().map(|p| jtypes[p.0 as usize].slots()).sum();
        let next = slot_types
            .iter()
            .map(|(s, t)| u32::from(*s) + u32::from(t.slots()))
            .max()
            .unwrap_or(u32::from(first_slot))
            .max(u32::from(first_slot));
        if next + 1 > u32::from(u16::MAX) {
            return Err(format!(
                "graph {} has too many variables for one JVM method",
                graph.name
            ));
        }
        let exc_slot = next as u16;
        let code = Code::new(exc_slot + 1);
        let uses = lltype::analysis::reads::read_counts(graph);
        Ok(GraphLowerer {
            uses,
            ctx,
            graph,
            code,
            pool,
            homes,
            jtypes,
            region,
            block_labels: Vec::new(),
            exc_slot,
            slot_types,
            param_slots,
            live_in,
            ret: ctx.jtype(&graph.ret),
            stack_temps: true,
            last_stored: None,
            earlier_stored: None,
            current_args: &[],
            pending_on_stack: None,
            taken: vec![false; n],
            reread_taken: false,
        })
    }

    fn emit_body(&mut self) -> Result<(), String> {
        // No prologue: a local gets its first value where the graph defines
        // it, and each block's frame lists only what is live there.
        for (slot, t) in self.entry_locals() {
            self.code.entry_local(slot, t);
        }

        self.block_labels = (0..self.graph.blocks.len())
            .map(|_| self.code.new_label())
            .collect();
        let mut order = block_order(self.graph);
        for b in &order {
            let locals = self.block_locals(*b);
            self.code
                .declare_locals(self.block_labels[b.0 as usize], locals);
        }
        if let Some(r) = &self.region {
            order.retain(|b| r.blocks[b.0 as usize]);
            // Dispatch on the entry block the caller asks for.
            let entries = r.entries.clone();
            for (i, b) in entries.iter().enumerate() {
                let label = self.block_labels[b.0 as usize];
                if i + 1 == entries.len() {
                    self.code.goto(label);
                } else {
                    self.code.load(&JType::Int, 1);
                    self.code.int_const(self.pool, b.0 as i32);
                    self.code.jump_if(Cond::ICmpEq, label);
                }
            }
        }
        for (i, b) in order.iter().enumerate() {
            let next = order.get(i + 1).copied();
            self.emit_block(*b, next)?;
        }
        Ok(())
    }

    /// The method's arguments: the frame and the entry block of a region
    /// method, else the graph's parameters.
    fn entry_locals(&self) -> Locals {
        let mut locals = Locals::new();
        if let Some(r) = &self.region {
            locals.insert(0, JType::object(&r.frame_class));
            locals.insert(1, JType::Int);
        }
        for (slot, t) in &self.slot_types {
            if *slot < self.param_slots {
                locals.insert(*slot, t.clone());
            }
        }
        locals
    }

    /// The locals holding a value at the start of block `b`: the method's
    /// arguments, and the local homes of its live variables and parameters.
    fn block_locals(&self, b: BlockId) -> Locals {
        let mut locals = self.entry_locals();
        let live = self.live_in[b.0 as usize].iter().map(|v| Var(*v));
        for v in live.chain(self.graph.block(b).params.iter().copied()) {
            if let Home::Local(slot) = self.homes[v.0 as usize] {
                locals.insert(slot, self.jtypes[v.0 as usize].clone());
            }
        }
        locals
    }

    fn emit_block(&mut self, b: BlockId, next: Option<BlockId>) -> Result<(), String> {
        let label = self.block_labels[b.0 as usize];
        self.code.bind(label);
        let block = self.graph.block(b);
        let n = block.ops.len();
        let catch = matches!(block.exit, Exit::Catch { .. });
        let fused = self.fusable_compare(b);
        let kept = match fused {
            Some((_, _, fused_ops)) => n - fused_ops,
            None if catch => n.saturating_sub(1),
            None => n,
        };
        let ops = &block.ops[..kept];
        let mut i = 0;
        while i < ops.len() {
            if i + 1 < ops.len() && self.is_exception_with_message(&ops[i], &ops[i + 1]) {
                self.emit_exception_with_message(&ops[i], &ops[i + 1]);
                i += 2;
            } else {
                self.emit_op_and_store(&ops[i])?;
                i += 1;
            }
        }
        match &block.exit {
            Exit::Goto(link) => self.emit_link(link, next),
            Exit::Branch {
                cond,
                if_true,
                if_false,
            } => {
                // Jump to the false side when the condition does not hold.
                let when_false = match fused {
                    Some((op, negated, _)) => {
                        self.current_args = &op.args;
                        let holds = self.emit_compare(op);
                        self.end_of_reads();
                        if negated {
                            holds
                        } else {
                            holds.negate()
                        }
                    }
                    None => {
                        self.push(cond, &JType::Bool);
                        Cond::Eq
                    }
                };
                let plain_jump = |link: &Link| {
                    self.link_moves(link).is_empty() && self.is_local_block(link.target)
                };
                let (true_plain, false_plain) = (plain_jump(if_true), plain_jump(if_false));
                if true_plain && (next == Some(if_false.target) || !false_plain) {
                    // Jump only when the condition holds; the false side's
                    // copies (if any) and jump follow.
                    let target = self.block_labels[if_true.target.0 as usize];
                    self.code.jump_if(when_false.negate(), target);
                    self.emit_link(if_false, next);
                } else if false_plain {
                    let target = self.block_labels[if_false.target.0 as usize];
                    self.code.jump_if(when_false, target);
                    self.emit_link(if_true, next);
                } else {
                    let l = self.code.new_label();
                    self.code.jump_if(when_false, l);
                    self.emit_link(if_true, None);
                    self.code.bind(l);
                    self.emit_link(if_false, next);
                }
            }
            Exit::Return(v) => {
                let ret = self.ret.clone();
                self.push(v, &ret);
                if let Some(r) = &self.region {
                    // A region leaves the result in the frame and returns -1.
                    let frame = r.frame_class.clone();
                    self.store_field(&frame, "ret", &ret);
                    self.code.int_const(self.pool, -1);
                    self.code.return_value(&JType::Int);
                } else {
                    self.code.return_value(&ret);
                }
            }
            Exit::Raise(v) => {
                let t = self.own_jtype(v);
                let t = if t.is_ref() {
                    t
                } else {
                    JType::object(rt::RPY_EXCEPTION)
                };
                self.push(v, &t);
                self.code.athrow();
            }
            Exit::Catch { normal, handlers } => {
                let op = block
                    .ops
                    .last()
                    .ok_or("catch exit on a block without operations")?;
                self.emit_catch(op, normal, handlers, next)?;
            }
        }
        Ok(())
    }

    /// True when block `b` is emitted in this method.
    fn is_local_block(&self, b: BlockId) -> bool {
        self.region.as_ref().is_none_or(|r| r.blocks[b.0 as usize])
    }

    /// A comparison whose only use is the block's branch, possibly through
    /// a `bool_not` (`x is not None`): it is emitted as a compare-and-jump.
    /// Returns the comparison, whether the branch tests its negation, and
    /// how many ops at the end of the block the fusion replaces.
    fn fusable_compare(&self, b: BlockId) -> Option<(&'a Op, bool, usize)> {
        let block = self.graph.block(b);
        let Exit::Branch {
            cond: Value::Var(c),
            ..
        } = &block.exit
        else {
            return None;
        };
        let last = block.ops.last()?;
        if last.result != *c || self.uses[c.0 as usize] != 1 {
            return None;
        }
        if self.is_fusable_comparison(last) {
            return Some((last, false, 1));
        }
        if last.opcode != Opcode::BoolNot || block.ops.len() < 2 {
            return None;
        }
        let inner = &block.ops[block.ops.len() - 2];
        (last.args[0] == Value::Var(inner.result)
            && self.uses[inner.result.0 as usize] == 1
            && self.is_fusable_comparison(inner))
        .then_some((inner, true, 2))
    }

    fn is_fusable_comparison(&self, op: &Op) -> bool {
        matches!(
            op.opcode,
            Opcode::IntLt
                | Opcode::IntLe
                | Opcode::IntEq
                | Opcode::IntNe
                | Opcode::IntGt
                | Opcode::IntGe
                | Opcode::FloatLt
                | Opcode::FloatLe
                | Opcode::FloatEq
                | Opcode::FloatNe
                | Opcode::FloatGt
                | Opcode::FloatGe
        ) || (op.opcode == Opcode::Is && self.is_reference_identity(op))
    }

    /// An `is` between references (not the value comparison `is` means on
    /// unboxed ints, floats and bools).
    fn is_reference_identity(&self, op: &Op) -> bool {
        let null = Value::Const(Const::Null);
        let operand = if op.args[0] == null {
            &op.args[1]
        } else {
            &op.args[0]
        };
        operand != &null && matches!(self.own_jtype(operand), JType::Ref(_))
    }

    fn emit_catch(
        &mut self,
        op: &'a Op,
        normal: &Link,
        handlers: &[lltype::ir::Handler],
        next: Option<BlockId>,
    ) -> Result<(), String> {
        if op.opcode == Opcode::IterNext {
            if let Some(h) = self.stop_iteration_handler(handlers) {
                // for-loop fast path: ask hasNext() instead of catching StopIteration.
                let iter = &op.args[0];
                let it = self.own_jtype(iter);
                let done = self.code.new_label();
                self.push(iter, &it);
                self.code.invoke(
                    self.pool,
                    Invoke::Virtual,
                    it.class_name(),
                    "hasNext",
                    "()Z",
                );
                self.code.jump_if(Cond::Eq, done);
                self.emit_op_and_store(op)?;
                self.emit_link(normal, None);
                self.code.bind(done);
                self.emit_link(&h.link, next);
                return Ok(());
            }
        }
        let start = self.code.new_label();
        let end = self.code.new_label();
        self.code.mark(start);
        self.emit_op_and_store(op)?;
        self.code.mark(end);
        self.emit_link(normal, None);
        let mut labels = Vec::new();
        for h in handlers {
            let l = self.code.new_label();
            let class = match h.class {
                Some(c) => self.ctx.class_name(c),
                None => rt::RPY_EXCEPTION.to_string(),
            };
            self.code.add_handler(start, end, l, Some(class.clone()));
            labels.push((l, class, self.code.new_label()));
        }
        // A JVM stack overflow is RPython's RecursionError: the first handler
        // that catches RecursionError also gets StackOverflowError.
        let recursion = self.recursion_handler(handlers).map(|i| {
            let stub = self.code.new_label();
            self.code
                .add_handler(start, end, stub, Some(STACK_OVERFLOW.to_string()));
            (stub, labels[i].2)
        });
        let n = handlers.len();
        let throwable = JType::object(rt::THROWABLE);
        for (i, (h, (l, class, body))) in handlers.iter().zip(labels).enumerate() {
            self.code.bind_handler(l, &class);
            self.code.store(&throwable, self.exc_slot);
            self.code.bind(body);
            let last = i + 1 == n && recursion.is_none();
            self.emit_link(&h.link, if last { next } else { None });
        }
        if let Some((stub, body)) = recursion {
            self.code.bind_handler(stub, STACK_OVERFLOW);
            self.code.pop_value();
            self.code.string_const(self.pool, "RecursionError");
            self.code
                .string_const(self.pool, "maximum recursion depth exceeded");
            self.code.invoke(
                self.pool,
                Invoke::Static,
                rt::RT,
                "exc",
                "(Ljava/lang/String;Ljava/lang/String;)Lrpy/rt/RPyException;",
            );
            self.code.store(&throwable, self.exc_slot);
            self.code.goto(body);
        }
        Ok(())
    }

    /// The index of the first handler catching RecursionError, when the
    /// program defines that class (else a stack overflow stays fatal).
    fn recursion_handler(&self, handlers: &[lltype::ir::Handler]) -> Option<usize> {
        let p = self.ctx.program;
        let rec = *p.builtin_exceptions.get("RecursionError")?;
        handlers.iter().position(|h| match h.class {
            None => true,
            Some(c) => p.is_subclass(rec, c),
        })
    }

    /// The first handler that catches StopIteration, when it ignores the exception object.
    fn stop_iteration_handler<'h>(
        &self,
        handlers: &'h [lltype::ir::Handler],
    ) -> Option<&'h lltype::ir::Handler> {
        let stop = self
            .ctx
            .program
            .builtin_exceptions
            .get("StopIteration")
            .copied();
        let h = handlers.iter().find(|h| match (h.class, stop) {
            (None, _) => true,
            (Some(c), Some(s)) => self.ctx.program.is_subclass(s, c),
            (Some(_), None) => false,
        })?;
        let uses_exc = h
            .link
            .args
            .iter()
            .any(|a| matches!(a, LinkArg::CaughtException));
        (!uses_exc).then_some(h)
    }

    /// The (argument, parameter) copies a link performs. An argument already
    /// in the parameter's home (the slot allocator gave both the same local)
    /// needs no copy: no other parameter of the block can share that home.
    fn link_moves<'l>(&self, link: &'l Link) -> Vec<(&'l LinkArg, Var)> {
        let target = self.graph.block(link.target);
        link.args
            .iter()
            .zip(&target.params)
            .filter(|(a, p)| {
                let home = &self.homes[p.0 as usize];
                let in_place =
                    matches!(a, LinkArg::Value(Value::Var(x)) if self.homes[x.0 as usize] == *home);
                *home != Home::None && !in_place
            })
            .map(|(a, p)| (a, *p))
            .collect()
    }

    fn emit_link(&mut self, link: &Link, next: Option<BlockId>) {
        let moves = self.link_moves(link);
        for (arg, param) in &moves {
            let t = self.jtypes[param.0 as usize].clone();
            match arg {
                LinkArg::Value(v) => self.push(v, &t),
                LinkArg::CaughtException => {
                    let thr = JType::object(rt::THROWABLE);
                    self.code.load(&thr, self.exc_slot);
                    self.coerce(&thr, &t);
                }
            }
        }
        for (_, param) in moves.iter().rev() {
            self.store_var(*param);
        }
        if let Some(r) = &self.region {
            if !r.blocks[link.target.0 as usize] {
                // Leave the region: the caller continues at the target block.
                self.code.int_const(self.pool, link.target.0 as i32);
                self.code.return_value(&JType::Int);
                return;
            }
        }
        if next != Some(link.target) {
            self.code.goto(self.block_labels[link.target.0 as usize]);
        }
    }

    /// Converts the value on the stack from `from` to `to`, leaving out the
    /// cast of an instance to one of its own classes.
    fn coerce(&mut self, from: &JType, to: &JType) {
        if !self.converts_as_is(from, to) {
            coerce(&mut self.code, self.pool, from, to);
        }
    }

    fn emit_op_and_store(&mut self, op: &'a Op) -> Result<(), String> {
        if let Some(x) = self.copy_in_place(op) {
            // The store that ends the code so far is now the result's.
            if self.last_stored.is_some_and(|(v, _)| v == x) {
                self.last_stored = self.last_stored.map(|(_, at)| (op.result, at));
            }
            return Ok(());
        }
        self.current_args = &op.args;
        let pushed = self.emit_op(op)?;
        self.end_of_reads();
        self.store_result(op.result, &pushed);
        Ok(())
    }

    /// Stores the value an operation left on the stack (of type `pushed`)
    /// into its result `r`, or drops it when `r` has no home.
    fn store_result(&mut self, r: Var, pushed: &JType) {
        let ri = r.0 as usize;
        if self.homes[ri] == Home::None {
            if *pushed != JType::Void {
                self.code.pop_value();
            }
        } else {
            let t = self.jtypes[ri].clone();
            self.coerce(pushed, &t);
            self.store_var(r);
        }
    }

    /// `new` of a built-in exception followed by the store of its message
    /// (how `raise ValueError("...")` arrives).
    fn is_exception_with_message(&self, new: &Op, set: &Op) -> bool {
        let (Opcode::New(c), Opcode::SetField(field)) = (&new.opcode, &set.opcode) else {
            return false;
        };
        field == super::MESSAGE
            && set.args[0] == Value::Var(new.result)
            && self.ctx.message_owner(*c).is_some()
    }

    /// The pair as one constructor call that takes the message.
    fn emit_exception_with_message(&mut self, new: &Op, set: &'a Op) {
        let Opcode::New(c) = new.opcode else {
            unreachable!("checked by is_exception_with_message")
        };
        let class = self.ctx.class_name(c);
        self.code.new_dup(self.pool, &class);
        self.current_args = &set.args[1..];
        self.push(&set.args[1], &JType::object(rt::STRING));
        self.end_of_reads();
        self.code.invoke(
            self.pool,
            Invoke::Special,
            &class,
            "<init>",
            super::classes::MESSAGE_INIT,
        );
        // The store's read of the exception is gone: a raise right after can
        // take it from the stack.
        self.uses[new.result.0 as usize] -= 1;
        self.store_result(new.result, &JType::object(&class));
    }

    /// A `same_as` (or `promote`) whose argument already lives in the
    /// result's local, with the same type: there is nothing to emit.
    /// Returns that argument.
    fn copy_in_place(&self, op: &Op) -> Option<Var> {
        let (Opcode::SameAs | Opcode::Promote, [Value::Var(x)]) = (&op.opcode, &op.args[..]) else {
            return None;
        };
        let (xi, r) = (x.0 as usize, op.result.0 as usize);
        (matches!(self.homes[r], Home::Local(_))
            && self.homes[xi] == self.homes[r]
            && self.jtypes[xi] == self.jtypes[r])
            .then_some(*x)
    }

    /// Stores the value on top of the stack into variable `v`'s home.
    fn store_var(&mut self, v: Var) {
        let t = self.jtypes[v.0 as usize].clone();
        match self.homes[v.0 as usize].clone() {
            Home::None => {}
            Home::Local(slot) => {
                self.code.store(&t, slot);
                self.earlier_stored = self.last_stored.map(|(x, _)| x);
                self.last_stored = Some((v, self.code.len()));
            }
            Home::Field(name) => {
                let frame = self
                    .region
                    .as_ref()
                    .expect("field home outside a region")
                    .frame_class
                    .clone();
                self.store_field(&frame, &name, &t);
            }
        }
    }

    /// `frame.name = <top of stack>`: the frame reference goes under the value
    /// (`aload_0; swap`, or `aload_0; dup_x2; pop` for a two-slot value).
    fn store_field(&mut self, frame: &str, name: &str, t: &JType) {
        let ft = JType::object(frame);
        self.code.load(&ft, 0);
        if t.slots() == 2 {
            self.code.raw(
                ristretto_classfile::attributes::Instruction::Dup_x2,
                0,
                ft.clone(),
            );
            self.code.pop_value();
            // The stack tracker saw [v, f, f]; after pop it is [v, f]: reorder its view.
            self.code.fix_top_two_swapped();
        } else {
            self.code.raw(
                ristretto_classfile::attributes::Instruction::Swap,
                0,
                JType::Void,
            );
            self.code.fix_top_two_swapped();
        }
        self.code.put_field(self.pool, frame, name, t);
    }

    /// The IR type of a value (None for the null constant, whose type is the context's).
    pub fn ir_type(&self, v: &Value) -> Option<Type> {
        match v {
            Value::Var(v) => Some(self.graph.var_type(*v).clone()),
            Value::Const(c) => match c {
                Const::Void => Some(Type::Void),
                Const::Bool(_) => Some(Type::Bool),
                Const::Int(_) => Some(Type::Int),
                Const::Float(_) => Some(Type::Float),
                Const::Str(_) => Some(Type::Str),
                Const::Bytes(_) => Some(Type::Bytes),
                Const::Null => None,
                Const::Func(g) => {
                    let g = self.ctx.program.graph(*g);
                    let params = g.params().iter().map(|p| g.var_type(*p).clone()).collect();
                    Some(Type::Func(std::rc::Rc::new(lltype::ir::Signature {
                        params,
                        ret: g.ret.clone(),
                    })))
                }
                Const::Prebuilt(p) => Some(super::prebuilt::prebuilt_type(
                    &self.ctx.program.prebuilt[p.0 as usize],
                )),
            },
        }
    }

    /// The JVM type a value has when pushed as itself (null: Object).
    pub fn own_jtype(&self, v: &Value) -> JType {
        match self.ir_type(v) {
            Some(t) => self.ctx.jtype(&t),
            None => JType::object(rt::OBJECT),
        }
    }

    /// Pushes a value converted to `expected`.
    pub fn push(&mut self, v: &Value, expected: &JType) {
        if let Some(waiting) = self.pending_on_stack.take() {
            if *v == Value::Var(waiting) {
                let t = self.jtypes[waiting.0 as usize].clone();
                // Too late to convert a value under another: lower again without.
                self.reread_taken |= !self.converts_as_is(&t, expected);
                return;
            }
            self.reread_taken = true;
        }
        match v {
            Value::Var(var) => {
                let t = self.jtypes[var.0 as usize].clone();
                let vi = var.0 as usize;
                match self.homes[vi].clone() {
                    Home::Local(slot) if self.take_back(*var, slot, &t) => {}
                    Home::Local(slot) if self.take_back_pair(*var, slot, &t, expected) => {}
                    Home::Local(slot) => {
                        self.reread_taken |= self.taken[vi];
                        self.code.load(&t, slot)
                    }
                    Home::Field(name) => {
                        let frame = self
                            .region
                            .as_ref()
                            .expect("field home")
                            .frame_class
                            .clone();
                        self.code.load(&JType::object(&frame), 0);
                        self.code.get_field(self.pool, &frame, &name, &t);
                    }
                    Home::None => {
                        default_value(&mut self.code, self.pool, expected);
                        return;
                    }
                }
                self.coerce(&t, expected);
            }
            Value::Const(c) => self.push_const(c, expected),
        }
    }

    /// Leaves `var`'s value on the stack when its store is the last
    /// instruction and this is its only read.
    fn take_back(&mut self, var: Var, slot: u16, t: &JType) -> bool {
        let vi = var.0 as usize;
        let ok = self.stack_temps
            && self.uses[vi] == 1
            && self.last_stored == Some((var, self.code.len()))
            && self.code.take_back_store(slot, t);
        if ok {
            self.taken[vi] = true;
            self.last_stored = None;
        }
        ok
    }

    /// Leaves `var` and the variable stored after it on the stack when the
    /// operation being emitted reads the two, once each, one after the
    /// other, and neither needs a conversion: `a.x < b.y` loads both fields
    /// and compares, with no local in between.
    fn take_back_pair(&mut self, var: Var, slot: u16, t: &JType, expected: &JType) -> bool {
        let (Some(first), Some((second, at))) = (self.earlier_stored, self.last_stored) else {
            return false;
        };
        let (vi, si) = (var.0 as usize, second.0 as usize);
        let Home::Local(second_slot) = self.homes[si] else {
            return false;
        };
        let in_order = self
            .current_args
            .windows(2)
            .any(|w| w[0] == Value::Var(var) && w[1] == Value::Var(second));
        let second_type = self.jtypes[si].clone();
        let ok = self.stack_temps
            && first == var
            && at == self.code.len()
            && self.uses[vi] == 1
            && self.uses[si] == 1
            && in_order
            && self.converts_as_is(t, expected)
            && self
                .code
                .take_back_two_stores(slot, t, second_slot, &second_type);
        if ok {
            self.taken[vi] = true;
            self.taken[si] = true;
            self.last_stored = None;
            self.earlier_stored = None;
            self.pending_on_stack = Some(second);
        }
        ok
    }

    /// True when a value of JVM type `from` passes as a `to` unchanged.
    fn converts_as_is(&self, from: &JType, to: &JType) -> bool {
        converts_unchanged(from, to) || self.ctx.is_upcast(from, to)
    }

    /// The operation's reads are over: a value left on the stack for one
    /// of them and not read means the lowering read differently than
    /// `take_back_pair` assumed; the graph is lowered again without.
    fn end_of_reads(&mut self) {
        if self.pending_on_stack.take().is_some() {
            self.reread_taken = true;
        }
        self.current_args = &[];
    }

    pub fn push_const(&mut self, c: &Const, expected: &JType) {
        super::prebuilt::emit_const(self.ctx, &mut self.code, self.pool, c, expected);
    }

    /// Calls a static method, pushing `args` as its descriptor's parameter types.
    pub fn call_static(&mut self, owner: &str, name: &str, desc: &str, args: &[Value]) -> JType {
        let (params, ret) = crate::classfile::jtype::parse_method_descriptor(desc);
        assert_eq!(params.len(), args.len(), "{owner}.{name}{desc}");
        for (a, t) in args.iter().zip(&params) {
            self.push(a, t);
        }
        self.code
            .invoke(self.pool, Invoke::Static, owner, name, desc);
        ret
    }

    /// Calls an instance method on args[0], the rest as the descriptor's parameters.
    pub fn call_virtual(&mut self, owner: &str, name: &str, desc: &str, args: &[Value]) -> JType {
        let (params, ret) = crate::classfile::jtype::parse_method_descriptor(desc);
        assert_eq!(params.len() + 1, args.len(), "{owner}.{name}{desc}");
        self.push(&args[0], &JType::object(owner));
        for (a, t) in args[1..].iter().zip(&params) {
            self.push(a, t);
        }
        self.code
            .invoke(self.pool, Invoke::Virtual, owner, name, desc);
        ret
    }

    /// Turns a comparison's jump condition into a bool on the stack.
    pub fn bool_from(&mut self, cond: Cond) -> JType {
        let yes = self.code.new_label();
        let end = self.code.new_label();
        self.code.jump_if(cond, yes);
        self.code.bool_const(false);
        self.code.goto(end);
        self.code.bind(yes);
        self.code.bool_const(true);
        self.code.bind(end);
        JType::Bool
    }
}
