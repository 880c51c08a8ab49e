//! One typed graph -> one static method.
//!
//! Every non-void variable has a CLI local (shared with others, see `slots`);
//! each block starts at a label with an empty evaluation stack. A link is a parallel copy: all its values are
//! pushed first, then popped into the target's parameters in reverse order,
//! so `goto b1(v2, v1)` swaps correctly without temporaries. The method's
//! arguments are copied into the start block's parameter locals on entry.

mod containers;
mod dispatch;
mod exceptions;
mod list_index;
mod objects;
mod slots;
mod stackify;
mod values;

pub use dispatch::function_id;
pub use values::latin1;

use std::collections::HashMap;

use lltype::ir::{Block, BlockId, Const, Exit, Graph, Link, LinkArg, Op, Opcode, Type, Value, Var};

use crate::il::{Code, Cond, Encoder, Insn, Label};
use crate::sig::SigType;

use super::context::Context;
use super::mscorlib::ExternMethod;
use super::types::has_value;

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
        // Variables kept on the stack have no local: `load` and `store`
        // emit nothing for them.
        let stacked = stackify::stacked_vars(self.graph);
        let mut sig_of = Vec::with_capacity(self.graph.var_types.len());
        for (ty, on_stack) in self.graph.var_types.iter().zip(stacked) {
            if let Some(t) = super::types::too_wide_tuple(ty) {
                return Err(self.unsupported(format!(
                    "the tuple type {t} (more than {} items)",
                    super::types::MAX_TUPLE_ITEMS
                )));
            }
            sig_of.push((has_value(ty) && !on_stack).then(|| self.cx.sig(ty)));
        }
        // The start block first, falling through from the prologue.
        let start = self.graph.start.0 as usize;
        let mut order = vec![start];
        order.extend((0..self.graph.blocks.len()).filter(|b| *b != start));
        let Some(slots) = slots::assign(self.graph, &sig_of, &order) else {
            return Err(self.unsupported("a graph needing 65535 locals"));
        };
        for (i, slot) in slots.slot_of.iter().enumerate() {
            if let Some(l) = slot {
                self.locals.insert(Var(i as u32), *l);
            }
        }
        self.local_types = slots.types;
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
        for b in order {
            let b = BlockId(b as u32);
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

    /// Parallel copy into the target's parameters, then a jump.
    fn link(&mut self, link: &Link) -> Result<(), String> {
        let target = self.graph.block(link.target);
        let mut stores = Vec::new();
        for (arg, param) in link.args.iter().zip(&target.params) {
            let Some(&local) = self.locals.get(param) else {
                continue;
            };
            // A copy into the local it comes from (see `slots`).
            if let LinkArg::Value(Value::Var(x)) = arg {
                if self.locals.get(x) == Some(&local)
                    && self.graph.var_type(*x) == self.graph.var_type(*param)
                {
                    continue;
                }
            }
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
            Value::Const(Const::Prebuilt(id)) => {
                super::constants::prebuilt_type(&self.program.prebuilt[id.0 as usize])
            }
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
                // An empty list literal is typed list[void]; where a list of
                // some items is expected it becomes a new empty list of them.
                let have = self.graph.var_type(*var);
                if let (Type::List(h), Type::List(w)) = (have, ty) {
                    if **h == Type::Void && **w != Type::Void {
                        self.e.emit(Insn::Pop);
                        let class = self.cx.sig(ty);
                        self.new_empty(&class);
                    }
                }
            }
            Value::Const(c) => {
                super::constants::load_const(self.cx, &mut self.e, c, ty)
                    .map_err(|what| self.unsupported(what))?;
            }
        }
        Ok(())
    }

    fn arg_type(&self, v: &Value) -> Type {
        match v {
            Value::Var(var) => self.graph.var_type(*var).clone(),
            Value::Const(Const::Prebuilt(id)) => {
                super::constants::prebuilt_type(&self.program.prebuilt[id.0 as usize])
            }
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
        if let Some(f) = values::runtime_function(&op.opcode) {
            return self.runtime_call(op, f);
        }
        match &op.opcode {
            NewList | ListRepeat | ListLen | ListAppend | ListGetItem | ListSetItem
            | ListDelItem | ListSlice | ListPop | ListInsert | ListExtend | ListReverse
            | ListIndex | ListRemove | ListCount | ListSort | ListContains | ListConcat
            | ListMul | ListCopy | Enumerate => self.list_op(op),
            NewDict | DictLen | DictGetItem | DictSetItem | DictDelItem | DictContains
            | DictGet | DictPop | DictPopDefault | DictSetDefault | DictKeys | DictValues
            | DictItems | DictClear | DictCopy => self.dict_op(op),
            NewTuple | TupleGetItem(_) => self.tuple_op(op),
            NewIter(kind) => self.new_iter(op, *kind),
            IterNext => {
                self.iter_next(&op.args[0])?;
                self.store_or_pop(op, 1)
            }
            New(_) | GetField(_) | SetField(_) | InstanceOf(_) | Downcast(_) | MethodCall(_) => {
                self.instance_op(op)
            }
            GetClassAttr(_) | ClassName | GetMethod(_) => self.class_dispatch(op),
            IndirectCall => self.indirect_call(op),
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
                self.store_or_pop(op, pushes)
            }
            Is => {
                self.load(&op.args[0])?;
                self.load(&op.args[1])?;
                self.e.emit(Insn::Ceq);
                self.store(op.result)
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
                self.store(op.result)
            }
            IsTrue => self.is_true(op),
            ToStr => self.str_op(op),
            Repr => self.repr(op),
            Format(spec) => self.format(op, spec),
            ToList => self.list_of(op),
            Zip => self.zip(op),
            Eq | Lt | Hash => self.generic_value_op(op),
            Min | Max => self.min_max(op),
            RangeLen => {
                self.load(&op.args[0])?;
                let range = SigType::SzArray(Box::new(SigType::I8));
                let m = self.cx.rt_static("Seq", "RangeLen", &[range], SigType::I8);
                self.call(m);
                self.store(op.result)
            }
            other => Err(self.unsupported(format!("operation `{}`", other.name()))),
        }
    }

    fn callvirt(&mut self, m: ExternMethod) {
        self.e.emit(Insn::CallVirt {
            token: m.token,
            pops: m.pops,
            pushes: m.pushes,
        });
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
        // Only their being references matters when loading them (prebuilt
        // objects are typed by `arg_type`, which knows the program).
        Const::Null | Const::Func(_) | Const::Prebuilt(_) => Type::Str,
    }
}
