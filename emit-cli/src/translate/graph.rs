//! One typed graph -> one static method.
//!
//! Every non-void variable is a CLI local; each block starts at a label with
//! an empty evaluation stack. A link is a parallel copy: all its values are
//! pushed first, then popped into the target's parameters in reverse order,
//! so `goto b1(v2, v1)` swaps correctly without temporaries. The method's
//! arguments are copied into the start block's parameter locals on entry.

use std::collections::HashMap;

use lltype::ir::{Block, BlockId, Const, Exit, Graph, Link, LinkArg, Op, Opcode, Type, Value, Var};

use crate::il::{Code, Cond, Encoder, Insn, Label};
use crate::metadata::user_string_token;
use crate::sig::SigType;

use super::context::Context;
use super::helpers::Helper;
use super::mscorlib::ExternMethod;
use super::types::{has_value, list_elem, Elem};

pub struct GraphCode {
    pub code: Code,
    pub locals: Vec<SigType>,
    pub clauses: Vec<crate::il::ExceptionClause>,
}

/// A typed catch clause, by labels: resolved to offsets once encoded.
struct ClauseLabels {
    try_start: Label,
    try_end: Label,
    handler_start: Label,
    handler_end: Label,
    class_token: u32,
}

pub fn translate_graph(
    cx: &mut Context,
    program: &lltype::ir::Program,
    graph: &Graph,
) -> Result<GraphCode, String> {
    let mut t = GraphTranslator {
        cx,
        program,
        graph,
        e: Encoder::new(),
        locals: HashMap::new(),
        local_types: Vec::new(),
        labels: HashMap::new(),
        clauses: Vec::new(),
        exception_local: None,
    };
    t.run()?;
    let code = t.e.finish();
    let at = |l: Label| code.label_offsets[l.0 as usize];
    let clauses = t
        .clauses
        .iter()
        .map(|c| crate::il::ExceptionClause {
            flags: 0,
            try_offset: at(c.try_start),
            try_length: at(c.try_end) - at(c.try_start),
            handler_offset: at(c.handler_start),
            handler_length: at(c.handler_end) - at(c.handler_start),
            class_token: c.class_token,
        })
        .collect();
    Ok(GraphCode {
        code,
        locals: t.local_types,
        clauses,
    })
}

struct GraphTranslator<'a> {
    cx: &'a mut Context,
    program: &'a lltype::ir::Program,
    graph: &'a Graph,
    e: Encoder,
    locals: HashMap<Var, u16>,
    local_types: Vec<SigType>,
    labels: HashMap<BlockId, Label>,
    clauses: Vec<ClauseLabels>,
    /// The local receiving caught exceptions (typed System.Exception).
    exception_local: Option<u16>,
}

impl GraphTranslator<'_> {
    fn unsupported(&self, what: impl std::fmt::Display) -> String {
        format!(
            "{} ({}): {what} is not supported by the CLI backend yet",
            self.graph.name, self.graph.origin
        )
    }

    fn run(&mut self) -> Result<(), String> {
        for (i, ty) in self.graph.var_types.iter().enumerate() {
            if has_value(ty) {
                let st = self.cx.sig(ty);
                if self.local_types.len() >= u16::MAX as usize {
                    return Err(self.unsupported("a graph with 65535 variables"));
                }
                self.locals
                    .insert(Var(i as u32), self.local_types.len() as u16);
                self.local_types.push(st);
            }
        }
        for i in 0..self.graph.blocks.len() {
            let l = self.e.new_label();
            self.labels.insert(BlockId(i as u32), l);
        }
        // Arguments -> start block parameters (void parameters take no slot).
        let mut arg = 0;
        for p in self.graph.params() {
            if let Some(&l) = self.locals.get(p) {
                self.e.emit(Insn::LdArg(arg));
                self.e.emit(Insn::StLoc(l));
                arg += 1;
            }
        }
        // The start block first, falling through from the prologue.
        let mut order = vec![self.graph.start];
        order.extend(
            (0..self.graph.blocks.len() as u32)
                .map(BlockId)
                .filter(|b| *b != self.graph.start),
        );
        for b in order {
            self.e.mark(self.labels[&b]);
            self.block(self.graph.block(b))?;
        }
        Ok(())
    }

    fn block(&mut self, block: &Block) -> Result<(), String> {
        if let Exit::Catch { normal, handlers } = &block.exit {
            return self.catch_block(block, normal, handlers);
        }
        for op in &block.ops {
            self.op(op)?;
        }
        match &block.exit {
            Exit::Goto(link) => self.link(link),
            Exit::Branch {
                cond,
                if_true,
                if_false,
            } => {
                let else_label = self.e.new_label();
                self.load(cond)?;
                self.e.emit(Insn::Branch(Cond::False, else_label));
                self.link(if_true)?;
                self.e.mark(else_label);
                self.link(if_false)
            }
            Exit::Return(v) => {
                let returns = has_value(&self.graph.ret);
                if returns {
                    self.load(v)?;
                }
                self.e.emit(Insn::Ret { value: returns });
                Ok(())
            }
            Exit::Raise(v) => {
                self.load(v)?;
                self.e.emit(Insn::Throw);
                Ok(())
            }
            Exit::Catch { .. } => unreachable!("handled by catch_block"),
        }
    }

    /// A block whose last operation may raise, with handlers. Until RPython
    /// exceptions are CLI exceptions, the one form handled is the end of a
    /// `for` loop over a range: `IterNext` raising StopIteration becomes a
    /// test before the call.
    fn catch_block(
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
        let list_iter = match &iter_ty {
            Type::Iter(lltype::ir::IterKind::Range, _) => None,
            Type::Iter(lltype::ir::IterKind::List, item) => match Elem::of(item) {
                Some(e) if self.cx.classes.list_iter(e).is_some() => Some(e),
                _ => return Err(self.unsupported(format!("iterating with {iter_ty}"))),
            },
            _ => return Err(self.unsupported(format!("iterating with {iter_ty}"))),
        };
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
        match list_iter {
            None => {
                self.load(&last.args[0])?;
                let has_next = self.cx.helper(Helper::RangeHasNext);
                self.call(has_next);
                self.e.emit(Insn::Branch(Cond::False, exhausted));
                self.load(&last.args[0])?;
                let next = self.cx.helper(Helper::RangeNext);
                self.call(next);
            }
            Some(elem) => self.list_iter_next(&last.args[0], elem, exhausted)?,
        }
        self.store(last.result)?;
        self.link(normal)?;
        self.e.mark(exhausted);
        match handler {
            Some(h) => self.link(&h.link),
            None => {
                let fatal = self.cx.helper(Helper::Fatal);
                let (class, empty) = (
                    self.cx.md.user_strings.add("StopIteration"),
                    self.cx.md.user_strings.add(""),
                );
                self.e.emit(Insn::LdStr(user_string_token(class)));
                self.e.emit(Insn::LdStr(user_string_token(empty)));
                self.call(fatal);
                self.return_dummy()
            }
        }
    }

    /// The general form: the last operation alone in a protected region, one
    /// typed catch clause per handler in order (the CLI tries them in order,
    /// as the IR does), each storing the exception and leaving to the code
    /// of its link.
    fn try_catch(
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
        for h in handlers {
            let (start, end, target) = (self.e.new_label(), self.e.new_label(), self.e.new_label());
            self.e.mark_handler(start);
            self.e.emit(Insn::StLoc(exc_local));
            self.e.emit(Insn::Leave(target));
            self.e.mark(end);
            let class_token = match h.class {
                Some(c) => self.cx.classes.type_rows[&c].token(),
                None => self.cx.exception_type().token(),
            };
            self.clauses.push(ClauseLabels {
                try_start,
                try_end,
                handler_start: start,
                handler_end: end,
                class_token,
            });
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

    /// `it.index < len(it.list)`, else to `exhausted`; then
    /// `it.list[it.index++]` on the stack.
    fn list_iter_next(&mut self, it: &Value, elem: Elem, exhausted: Label) -> Result<(), String> {
        let (list_field, index_field) = {
            let l = self.cx.classes.list_iter(elem).expect("planned");
            (l.list_field, l.index_field)
        };
        let count = self.cx.list_method(elem, "get_Count");
        let get = self.cx.list_method(elem, "get_Item");
        self.load(it)?;
        self.e.emit(Insn::LdFld(index_field));
        self.load(it)?;
        self.e.emit(Insn::LdFld(list_field));
        self.callvirt(count);
        self.e.emit(Insn::ConvI8);
        self.e.emit(Insn::Branch(Cond::Ge, exhausted));
        self.load(it)?;
        self.e.emit(Insn::LdFld(list_field));
        self.load(it)?;
        self.e.emit(Insn::LdFld(index_field));
        self.e.emit(Insn::ConvI4);
        self.callvirt(get);
        // it.index += 1, under the item.
        self.load(it)?;
        self.load(it)?;
        self.e.emit(Insn::LdFld(index_field));
        self.e.emit(Insn::LdcI8(1));
        self.e.emit(Insn::Add);
        self.e.emit(Insn::StFld(index_field));
        Ok(())
    }

    /// Leaves the method after a fatal error (never reached at run time; it
    /// keeps the IL verifiable).
    fn return_dummy(&mut self) -> Result<(), String> {
        let ret = self.graph.ret.clone();
        if has_value(&ret) {
            let insn = match ret {
                Type::Int | Type::Uint => Insn::LdcI8(0),
                Type::Float => Insn::LdcR8(0.0),
                Type::Bool => Insn::LdcI4(0),
                _ => Insn::LdNull,
            };
            self.e.emit(insn);
        }
        self.e.emit(Insn::Ret {
            value: has_value(&ret),
        });
        Ok(())
    }

    /// Parallel copy into the target's parameters, then a jump.
    fn link(&mut self, link: &Link) -> Result<(), String> {
        let target = self.graph.block(link.target);
        let mut stores = Vec::new();
        for (arg, param) in link.args.iter().zip(&target.params) {
            let Some(&local) = self.locals.get(param) else {
                continue;
            };
            match arg {
                LinkArg::Value(v) => self.load_as(v, self.graph.var_type(*param))?,
                LinkArg::CaughtException => {
                    let Some(l) = self.exception_local else {
                        return Err(self.unsupported("a caught exception outside a handler"));
                    };
                    self.e.emit(Insn::LdLoc(l));
                    // The local is a System.Exception; the parameter is typed.
                    if let Type::Instance(c) = self.graph.var_type(*param) {
                        let token = self.cx.classes.type_rows[c].token();
                        self.e.emit(Insn::CastClass(token));
                    }
                }
            }
            stores.push(local);
        }
        for local in stores.into_iter().rev() {
            self.e.emit(Insn::StLoc(local));
        }
        self.e
            .emit(Insn::Branch(Cond::Always, self.labels[&link.target]));
        Ok(())
    }

    fn load(&mut self, v: &Value) -> Result<(), String> {
        let ty = match v {
            Value::Var(var) => self.graph.var_type(*var).clone(),
            Value::Const(c) => natural_type(c),
        };
        self.load_as(v, &ty)
    }

    /// Pushes a value as type `ty` (which gives constants their CLI type).
    fn load_as(&mut self, v: &Value, ty: &Type) -> Result<(), String> {
        match v {
            Value::Var(var) => {
                if let Some(&l) = self.locals.get(var) {
                    self.e.emit(Insn::LdLoc(l));
                }
            }
            Value::Const(c) => match (c, ty) {
                (Const::Void, _) => {}
                (_, Type::Void) => {}
                (Const::Bool(b), Type::Int | Type::Uint) => self.e.emit(Insn::LdcI8(*b as i64)),
                (Const::Bool(b), _) => self.e.emit(Insn::LdcI4(*b as i32)),
                (Const::Int(i), Type::Float) => self.e.emit(Insn::LdcR8(*i as f64)),
                (Const::Int(i), Type::Bool) => self.e.emit(Insn::LdcI4((*i != 0) as i32)),
                (Const::Int(i), _) => self.e.emit(Insn::LdcI8(*i)),
                (Const::Float(f), _) => self.e.emit(Insn::LdcR8(*f)),
                (Const::Str(s), _) => {
                    let off = self.cx.md.user_strings.add(s);
                    self.e.emit(Insn::LdStr(user_string_token(off)));
                }
                (Const::Null, _) => self.e.emit(Insn::LdNull),
                (Const::Bytes(_), _) => return Err(self.unsupported("a bytes constant")),
                (Const::Func(_), _) => return Err(self.unsupported("a function reference")),
                (Const::Prebuilt(_), _) => return Err(self.unsupported("a prebuilt constant")),
            },
        }
        Ok(())
    }

    fn arg_type(&self, v: &Value) -> Type {
        match v {
            Value::Var(var) => self.graph.var_type(*var).clone(),
            Value::Const(c) => natural_type(c),
        }
    }

    fn call(&mut self, m: ExternMethod) {
        self.e.emit(Insn::Call {
            token: m.token,
            pops: m.pops,
            pushes: m.pushes,
        });
    }

    fn op(&mut self, op: &Op) -> Result<(), String> {
        use Opcode::*;
        let result_ty = self.graph.var_type(op.result).clone();
        // Operations whose operands are all loaded in order, then one
        // instruction sequence.
        let simple: Option<&[Insn]> = match &op.opcode {
            IntAdd | FloatAdd => Some(&[Insn::Add]),
            IntSub | FloatSub => Some(&[Insn::Sub]),
            IntMul | FloatMul => Some(&[Insn::Mul]),
            IntAnd => Some(&[Insn::And]),
            IntOr => Some(&[Insn::Or]),
            IntXor => Some(&[Insn::Xor]),
            IntNeg | FloatNeg => Some(&[Insn::Neg]),
            IntInvert => Some(&[Insn::Not]),
            IntLt | FloatLt => Some(&[Insn::Clt]),
            IntGt | FloatGt => Some(&[Insn::Cgt]),
            IntEq | FloatEq | BoolEq => Some(&[Insn::Ceq]),
            IntNe | FloatNe => Some(&[Insn::Ceq, Insn::LdcI4(0), Insn::Ceq]),
            IntLe => Some(&[Insn::Cgt, Insn::LdcI4(0), Insn::Ceq]),
            IntGe => Some(&[Insn::Clt, Insn::LdcI4(0), Insn::Ceq]),
            UintLt => Some(&[Insn::CltUn]),
            UintGt => Some(&[Insn::CgtUn]),
            UintLe => Some(&[Insn::CgtUn, Insn::LdcI4(0), Insn::Ceq]),
            UintGe => Some(&[Insn::CltUn, Insn::LdcI4(0), Insn::Ceq]),
            // NaN: `a <= b` is false when unordered, and `cgt.un` is true then.
            FloatLe => Some(&[Insn::CgtUn, Insn::LdcI4(0), Insn::Ceq]),
            FloatGe => Some(&[Insn::CltUn, Insn::LdcI4(0), Insn::Ceq]),
            BoolNot => Some(&[Insn::LdcI4(0), Insn::Ceq]),
            BoolToInt => Some(&[Insn::ConvI8]),
            IntToFloat => Some(&[Insn::ConvR8]),
            SameAs | Promote => Some(&[]),
            _ => None,
        };
        if let Some(seq) = simple {
            for a in &op.args {
                self.load(a)?;
            }
            for i in seq {
                self.e.emit(*i);
            }
            return self.store(op.result);
        }
        let helper = match &op.opcode {
            IntFloorDiv => Some(Helper::IntFloorDiv),
            IntMod => Some(Helper::IntMod),
            IntLshift => Some(Helper::IntLshift),
            IntRshift => Some(Helper::IntRshift),
            FloatTrueDiv => Some(Helper::FloatTrueDiv),
            IntPow => Some(Helper::IntPow),
            StrLen => Some(Helper::StrLen),
            NewRange => Some(Helper::RangeNew),
            NewIter(lltype::ir::IterKind::List) => {
                let list_ty = self.arg_type(&op.args[0]);
                let it = list_elem(&list_ty).and_then(|e| self.cx.classes.list_iter(e));
                let Some(it) = it else {
                    return Err(self.unsupported(format!("iterating over {list_ty}")));
                };
                let (ctor, list_field) = (it.ctor, it.list_field);
                self.e.emit(Insn::NewObj {
                    token: ctor,
                    pops: 0,
                });
                self.e.emit(Insn::Dup);
                self.load(&op.args[0])?;
                self.e.emit(Insn::StFld(list_field));
                return self.store(op.result);
            }
            NewIter(lltype::ir::IterKind::Range) => Some(Helper::RangeIter),
            _ => None,
        };
        if let Some(h) = helper {
            for a in &op.args {
                self.load(a)?;
            }
            let m = self.cx.helper(h);
            self.call(m);
            return self.store(op.result);
        }
        match &op.opcode {
            IsTrue => {
                let a = &op.args[0];
                self.load(a)?;
                match self.arg_type(a) {
                    Type::Bool => {}
                    Type::Int | Type::Uint => {
                        self.e.emit(Insn::LdcI8(0));
                        self.e.emit(Insn::Ceq);
                        self.e.emit(Insn::LdcI4(0));
                        self.e.emit(Insn::Ceq);
                    }
                    Type::Float => {
                        self.e.emit(Insn::LdcR8(0.0));
                        self.e.emit(Insn::Ceq);
                        self.e.emit(Insn::LdcI4(0));
                        self.e.emit(Insn::Ceq);
                    }
                    Type::Instance(_) => {
                        self.e.emit(Insn::LdNull);
                        self.e.emit(Insn::CgtUn);
                    }
                    Type::Str => {
                        let m = self.cx.string_is_null_or_empty();
                        self.call(m);
                        self.e.emit(Insn::LdcI4(0));
                        self.e.emit(Insn::Ceq);
                    }
                    t => return Err(self.unsupported(format!("the truth value of {t}"))),
                }
            }
            ToStr => {
                let a = &op.args[0];
                self.load(a)?;
                match self.arg_type(a) {
                    Type::Int => {
                        let m = self.cx.helper(Helper::IntToStr);
                        self.call(m)
                    }
                    Type::Bool => {
                        let m = self.cx.helper(Helper::BoolToStr);
                        self.call(m)
                    }
                    Type::Str => {}
                    // An exception's str() is its message.
                    Type::Instance(c) if self.program.class(c).builtin || self.is_exception(c) => {
                        let Some(token) = self.cx.classes.field_token(self.program, c, "message")
                        else {
                            return Err(self.unsupported("str() of an instance"));
                        };
                        self.e.emit(Insn::LdFld(token));
                    }
                    t => match list_elem(&t) {
                        Some(e @ (Elem::Int | Elem::Bool)) => {
                            let m = self.cx.helper(Helper::ListToStr(e));
                            self.call(m)
                        }
                        _ => return Err(self.unsupported(format!("str() of {t}"))),
                    },
                }
            }
            StrConcat => {
                self.load(&op.args[0])?;
                self.load(&op.args[1])?;
                let m = self.cx.string_concat();
                self.call(m);
            }
            StrEq | StrNe => {
                self.load(&op.args[0])?;
                self.load(&op.args[1])?;
                let m = self.cx.string_equals();
                self.call(m);
                if op.opcode == StrNe {
                    self.e.emit(Insn::LdcI4(0));
                    self.e.emit(Insn::Ceq);
                }
            }
            WriteStdout => {
                let out = self.cx.console_out();
                self.call(out);
                self.load(&op.args[0])?;
                let w = self.cx.writer_write();
                self.e.emit(Insn::CallVirt {
                    token: w.token,
                    pops: w.pops,
                    pushes: w.pushes,
                });
            }
            DirectCall(g) => {
                let callee = self.program.graph(*g);
                let mut pops = 0;
                for (a, p) in op.args.iter().zip(callee.params()) {
                    let pty = callee.var_type(*p);
                    if has_value(pty) {
                        self.load_as(a, pty)?;
                        pops += 1;
                    }
                }
                let pushes = has_value(&callee.ret) as u8;
                let token = self.cx.graph_tokens[g];
                self.e.emit(Insn::Call {
                    token,
                    pops,
                    pushes,
                });
                if pushes == 1 && !has_value(&result_ty) {
                    self.e.emit(Insn::Pop);
                    return Ok(());
                }
            }
            NewList | ListLen | ListAppend | ListGetItem | ListSetItem | ListSlice => {
                return self.list_op(op);
            }
            New(_) | GetField(_) | SetField(_) | InstanceOf(_) | Downcast(_) | MethodCall(_) => {
                return self.instance_op(op);
            }
            NewTuple | TupleGetItem(_) => return self.tuple_op(op),
            Is => {
                self.load(&op.args[0])?;
                self.load(&op.args[1])?;
                self.e.emit(Insn::Ceq);
            }
            other => return Err(self.unsupported(format!("operation `{}`", other.name()))),
        }
        self.store(op.result)
    }

    /// Lists of primitives and strings, as `List<T>`.
    fn list_op(&mut self, op: &Op) -> Result<(), String> {
        let list_ty = match op.opcode {
            Opcode::NewList => self.graph.var_type(op.result).clone(),
            _ => self.arg_type(&op.args[0]),
        };
        let Some(elem) = list_elem(&list_ty) else {
            return Err(self.unsupported(format!("a list of type {list_ty}")));
        };
        let Type::List(item_ty) = &list_ty else {
            unreachable!()
        };
        let item_ty = (**item_ty).clone();
        match op.opcode {
            Opcode::NewList => {
                let ctor = self.cx.list_method(elem, ".ctor");
                self.e.emit(Insn::NewObj {
                    token: ctor.token,
                    pops: 0,
                });
                let add = self.cx.list_method(elem, "Add");
                for a in &op.args {
                    self.e.emit(Insn::Dup);
                    self.load_as(a, &item_ty)?;
                    self.callvirt(add);
                }
            }
            Opcode::ListLen => {
                self.load(&op.args[0])?;
                let m = self.cx.list_method(elem, "get_Count");
                self.callvirt(m);
                self.e.emit(Insn::ConvI8);
            }
            Opcode::ListAppend => {
                self.load(&op.args[0])?;
                self.load_as(&op.args[1], &item_ty)?;
                let m = self.cx.list_method(elem, "Add");
                self.callvirt(m);
            }
            Opcode::ListGetItem => {
                self.load(&op.args[0])?;
                self.load_as(&op.args[1], &Type::Int)?;
                let m = self.cx.helper(Helper::ListGetItem(elem));
                self.call(m);
            }
            Opcode::ListSlice => {
                self.load(&op.args[0])?;
                self.load_as(&op.args[1], &Type::Int)?;
                self.load_as(&op.args[2], &Type::Int)?;
                let m = self.cx.helper(Helper::ListSlice(elem));
                self.call(m);
            }
            Opcode::ListSetItem => {
                self.load(&op.args[0])?;
                self.load_as(&op.args[1], &Type::Int)?;
                self.load_as(&op.args[2], &item_ty)?;
                let m = self.cx.helper(Helper::ListSetItem(elem));
                self.call(m);
            }
            _ => unreachable!(),
        }
        self.store(op.result)
    }

    /// Tuples as record classes (see `classes.rs`).
    fn tuple_op(&mut self, op: &Op) -> Result<(), String> {
        let tuple_ty = match op.opcode {
            Opcode::NewTuple => self.graph.var_type(op.result).clone(),
            _ => self.arg_type(&op.args[0]),
        };
        let Type::Tuple(items) = &tuple_ty else {
            return Err(self.unsupported(format!("a tuple operation on {tuple_ty}")));
        };
        let Some(class) = self.cx.classes.tuple(items) else {
            return Err(self.unsupported(format!("the tuple type {tuple_ty}")));
        };
        let (ctor, fields) = (class.ctor, class.fields.clone());
        match op.opcode {
            Opcode::NewTuple => {
                self.e.emit(Insn::NewObj {
                    token: ctor,
                    pops: 0,
                });
                for (k, a) in op.args.iter().enumerate() {
                    if !has_value(&items[k]) {
                        continue;
                    }
                    self.e.emit(Insn::Dup);
                    self.load_as(a, &items[k])?;
                    self.e.emit(Insn::StFld(fields[k]));
                }
            }
            Opcode::TupleGetItem(k) => {
                let k = k as usize;
                self.load(&op.args[0])?;
                if !has_value(&items[k]) {
                    self.e.emit(Insn::Pop);
                    return Ok(());
                }
                self.e.emit(Insn::LdFld(fields[k]));
            }
            _ => unreachable!(),
        }
        self.store(op.result)
    }

    /// Instances of RPython classes (see `classes.rs`).
    fn instance_op(&mut self, op: &Op) -> Result<(), String> {
        let class_of = |t: &Type| match t {
            Type::Instance(c) => Some(*c),
            _ => None,
        };
        match &op.opcode {
            Opcode::New(c) => {
                let token = self.cx.classes.ctor_tokens[c];
                self.e.emit(Insn::NewObj { token, pops: 0 });
            }
            Opcode::GetField(name) | Opcode::SetField(name) => {
                let obj_ty = self.arg_type(&op.args[0]);
                let class = class_of(&obj_ty)
                    .ok_or_else(|| self.unsupported(format!("a field of {obj_ty}")))?;
                let field = self
                    .program
                    .all_fields(class)
                    .into_iter()
                    .find(|f| f.name == *name)
                    .map(|f| f.ty.clone())
                    .ok_or_else(|| self.unsupported(format!("unknown field {name}")))?;
                let token = self
                    .cx
                    .classes
                    .field_token(self.program, class, name)
                    .expect("every field of a class has a row");
                self.load(&op.args[0])?;
                if matches!(op.opcode, Opcode::GetField(_)) {
                    if !has_value(&field) {
                        self.e.emit(Insn::Pop);
                        return Ok(());
                    }
                    self.e.emit(Insn::LdFld(token));
                } else {
                    if !has_value(&field) {
                        self.e.emit(Insn::Pop);
                        return Ok(());
                    }
                    self.load_as(&op.args[1], &field)?;
                    self.e.emit(Insn::StFld(token));
                }
            }
            Opcode::InstanceOf(c) => {
                let token = self.cx.classes.type_rows[c].token();
                self.load(&op.args[0])?;
                self.e.emit(Insn::IsInst(token));
                self.e.emit(Insn::LdNull);
                self.e.emit(Insn::CgtUn);
            }
            Opcode::Downcast(c) => {
                // A no-op at run time, but the verifier tracks the static type.
                let token = self.cx.classes.type_rows[c].token();
                self.load(&op.args[0])?;
                self.e.emit(Insn::CastClass(token));
            }
            Opcode::MethodCall(name) => {
                let self_ty = self.arg_type(&op.args[0]);
                let class = class_of(&self_ty)
                    .ok_or_else(|| self.unsupported(format!("a method of {self_ty}")))?;
                let token = self
                    .cx
                    .classes
                    .method_token(self.program, class, name)
                    .ok_or_else(|| self.unsupported(format!("method {name} of {self_ty}")))?;
                // The signature is the family's: that of any implementation.
                let g = self
                    .program
                    .resolve_method(class, name)
                    .or_else(|| {
                        self.cx
                            .classes
                            .virtuals
                            .values()
                            .flatten()
                            .find(|v| v.name == *name)
                            .map(|v| v.graph)
                    })
                    .expect("a declared method has a graph");
                let callee = self.program.graph(g);
                let mut pops = 0;
                for (i, (a, p)) in op.args.iter().zip(callee.params()).enumerate() {
                    let pty = callee.var_type(*p);
                    if has_value(pty) {
                        if i == 0 {
                            self.load(a)?;
                        } else {
                            self.load_as(a, pty)?;
                        }
                        pops += 1;
                    }
                }
                let pushes = has_value(&callee.ret) as u8;
                self.e.emit(Insn::CallVirt {
                    token,
                    pops,
                    pushes,
                });
                if pushes == 1 && !has_value(self.graph.var_type(op.result)) {
                    self.e.emit(Insn::Pop);
                    return Ok(());
                }
            }
            _ => unreachable!(),
        }
        self.store(op.result)
    }

    fn callvirt(&mut self, m: ExternMethod) {
        self.e.emit(Insn::CallVirt {
            token: m.token,
            pops: m.pops,
            pushes: m.pushes,
        });
    }

    /// True for subclasses of BaseException.
    fn is_exception(&self, c: lltype::ir::ClassId) -> bool {
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

    fn store(&mut self, v: Var) -> Result<(), String> {
        if let Some(&l) = self.locals.get(&v) {
            self.e.emit(Insn::StLoc(l));
        }
        Ok(())
    }
}

/// The type a constant has when nothing else says (operands of operations).
fn natural_type(c: &Const) -> Type {
    match c {
        Const::Void => Type::Void,
        Const::Bool(_) => Type::Bool,
        Const::Int(_) => Type::Int,
        Const::Float(_) => Type::Float,
        Const::Str(_) => Type::Str,
        Const::Bytes(_) => Type::Bytes,
        // Only their being references matters when loading them.
        Const::Null | Const::Func(_) | Const::Prebuilt(_) => Type::Str,
    }
}
