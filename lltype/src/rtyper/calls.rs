//! Calls: direct calls of known functions, indirect calls through function
//! values, virtual method calls, super calls and instantiation.

use frontend::annotator::SomeValue;
use frontend::flowgraph::{self as flow, Operand};
use frontend::program::{ClassId as FClassId, Constant, FuncId, FunctionKind};

use super::RTyper;
use crate::ir::{ClassId, Const, Opcode, Type, Value, Var};

impl RTyper<'_> {
    /// Arguments of a call bound to `f`'s parameters, converted to their types.
    pub(crate) fn bind_call(
        &mut self,
        f: FuncId,
        self_arg: Option<(Value, Type)>,
        args: &[(Value, Type)],
        keywords: &[String],
        star: bool,
    ) -> Vec<Value> {
        let npos = args.len() - keywords.len();
        let mut positional: Vec<(Value, Type)> = self_arg.into_iter().collect();
        positional.extend(args[..npos].iter().cloned());
        if star {
            if let Some((tuple, Type::Tuple(types))) = positional.pop() {
                for (i, t) in types.iter().enumerate() {
                    let item = self.emit(
                        Opcode::TupleGetItem(i as u32),
                        vec![tuple.clone()],
                        t.clone(),
                    );
                    positional.push((item, t.clone()));
                }
            }
        }
        let func = self.function(f);
        let params = func.params.clone();
        let sig = self.signature(f);
        let mut slots: Vec<Option<(Value, Type)>> = vec![None; params.len()];
        for (i, a) in positional.into_iter().enumerate() {
            if i < slots.len() {
                slots[i] = Some(a);
            }
        }
        for (kw, a) in keywords.iter().zip(&args[npos..]) {
            if let Some(i) = params.iter().position(|p| &p.name == kw) {
                slots[i] = Some(a.clone());
            }
        }
        let mut out = Vec::new();
        for (i, slot) in slots.into_iter().enumerate() {
            let to = sig.params[i].clone();
            match slot {
                Some((v, t)) => out.push(self.convert(v, &t, &to)),
                None => {
                    let d = params[i].default.clone().unwrap_or(Constant::None);
                    out.push(Value::Const(self.lower_const(&d, &to)));
                }
            }
        }
        out
    }

    pub(crate) fn direct_call(
        &mut self,
        f: FuncId,
        self_arg: Option<(Value, Type)>,
        args: &[(Value, Type)],
        keywords: &[String],
        star: bool,
    ) -> (Value, Type) {
        // The specialised copy the annotator chose for this call site.
        let f = {
            let g = self.g.as_ref().unwrap();
            let site = (
                (g.func, frontend::flowgraph::BlockId(g.block.0)),
                g.op_index,
                f,
            );
            self.ann.spec_sites.get(&site).copied().unwrap_or(f)
        };
        let Some(graph) = self.graph_ids.get(&f).copied() else {
            // Never annotated: the call is unreachable.
            return (Value::Const(Const::Void), Type::Void);
        };
        let bound = self.bind_call(f, self_arg, args, keywords, star);
        let ret = self.signature(f).ret;
        (
            self.emit(Opcode::DirectCall(graph), bound, ret.clone()),
            ret,
        )
    }

    pub(crate) fn call(
        &mut self,
        op: &flow::Op,
        args: &[(Value, Type)],
        keywords: &[String],
        star: bool,
        dest: Var,
    ) -> (Value, Type) {
        let func = self.g.as_ref().unwrap().func;
        let callee_ann = match &op.args[0] {
            Operand::Var(v) => self.ann.var(func, *v).clone(),
            Operand::Const(Constant::Function(f)) => SomeValue::Functions {
                funcs: [*f].into_iter().collect(),
                nullable: false,
            },
            Operand::Const(Constant::Class(c)) => SomeValue::Class(*c),
            Operand::Const(Constant::Builtin(b)) => SomeValue::Builtin(*b),
            Operand::Const(_) => SomeValue::Impossible,
        };
        let constant = matches!(op.args[0], Operand::Const(_));
        self.call_value(
            callee_ann,
            constant,
            &args[0],
            &op.args[1..],
            &args[1..],
            keywords,
            star,
            dest,
        )
    }

    /// Calls `callee` (annotated `callee_ann`; `constant` when it is a
    /// translation-time constant) with the call site's arguments.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn call_value(
        &mut self,
        callee_ann: SomeValue,
        constant: bool,
        callee: &(Value, Type),
        operands: &[Operand],
        rest: &[(Value, Type)],
        keywords: &[String],
        star: bool,
        dest: Var,
    ) -> (Value, Type) {
        let args = std::iter::once(callee.clone()).collect::<Vec<_>>();
        match callee_ann {
            SomeValue::Functions { funcs, .. } => {
                let first = *funcs.iter().next().unwrap();
                if funcs.len() == 1 && constant {
                    return self.direct_call(first, None, rest, keywords, star);
                }
                let sig = self.signature(first);
                for f in &funcs {
                    if self.graph_ids.contains_key(f) && self.signature(*f) != sig {
                        let span = self.span();
                        self.error(
                            span,
                            "functions called through one variable must have the same signature",
                        );
                    }
                }
                let mut call_args = vec![args[0].0.clone()];
                call_args.extend(self.bind_call(first, None, rest, keywords, star));
                (
                    self.emit(Opcode::IndirectCall, call_args, sig.ret.clone()),
                    sig.ret,
                )
            }
            SomeValue::Class(c) => self.instantiate(c, rest, keywords, star),
            SomeValue::BoundMethod { class, names } => {
                // (receiver, function) resolved when the method was looked up.
                let Type::Tuple(fields) = args[0].1.clone() else {
                    unreachable!("bound methods are pairs")
                };
                let recv = self.emit(
                    Opcode::TupleGetItem(0),
                    vec![args[0].0.clone()],
                    fields[0].clone(),
                );
                let func = self.emit(
                    Opcode::TupleGetItem(1),
                    vec![args[0].0.clone()],
                    fields[1].clone(),
                );
                let first = self.method_impl(class, names.iter().next().unwrap());
                let mut call_args = vec![func];
                call_args.extend(self.bind_call(
                    first,
                    Some((recv, fields[0].clone())),
                    rest,
                    keywords,
                    star,
                ));
                let ret = self.lower(self.ann.var(
                    self.g.as_ref().unwrap().func,
                    frontend::flowgraph::Var(dest.0),
                ));
                (self.emit(Opcode::IndirectCall, call_args, ret.clone()), ret)
            }
            SomeValue::Builtin(b) => self.call_builtin(b, operands, rest, keywords, dest),
            _ => {
                let span = self.span();
                self.error(span, "this value cannot be called");
                (Value::Const(Const::Void), Type::Void)
            }
        }
    }

    pub(crate) fn instantiate(
        &mut self,
        c: FClassId,
        args: &[(Value, Type)],
        keywords: &[String],
        star: bool,
    ) -> (Value, Type) {
        let class = ClassId(c.0);
        let ty = Type::Instance(class);
        let obj = self.emit(Opcode::New(class), Vec::new(), ty.clone());
        self.init_shadowed_class_attrs(c, &obj);

        match self.program.lookup_method(c, "__init__") {
            Some(init) => {
                // As BaseException.__new__ does in CPython: `str(e)` shows the
                // constructor's arguments unless `__init__` passes others up.
                if keywords.is_empty() && !star {
                    self.set_exception_args(c, &obj, args);
                }
                self.direct_call(init, Some((obj.clone(), ty.clone())), args, keywords, star);
            }
            None => self.set_exception_message(c, &obj, args.first()),
        }
        (obj, ty)
    }

    /// `str(e)` of an exception built with several arguments is the repr of their tuple.
    fn set_exception_args(&mut self, c: FClassId, obj: &Value, args: &[(Value, Type)]) {
        if args.len() < 2 {
            return self.set_exception_message(c, obj, args.first());
        }
        if !self
            .program
            .is_subclass(c, self.program.builtin_class("BaseException"))
        {
            return;
        }
        let ty = Type::tuple(args.iter().map(|(_, t)| t.clone()).collect());
        let tuple = self.emit(
            Opcode::NewTuple,
            args.iter().map(|(v, _)| v.clone()).collect(),
            ty,
        );
        let message = self.emit(Opcode::Repr, vec![tuple], Type::Str);
        self.emit(
            Opcode::SetField("message".into()),
            vec![obj.clone(), message],
            Type::Void,
        );
    }

    /// What `BaseException.__init__(self, arg)` does: `str(e)` shows the argument.
    pub(crate) fn set_exception_message(
        &mut self,
        c: FClassId,
        obj: &Value,
        arg: Option<&(Value, Type)>,
    ) {
        let base = self.program.builtin_class("BaseException");
        if !self.program.is_subclass(c, base) {
            return;
        }
        let message = match arg {
            None => Value::Const(Const::Str("".into())),
            Some((v, Type::Str)) if c != self.program.builtin_class("KeyError") => v.clone(),
            Some((v, _)) => {
                let opc = if c == self.program.builtin_class("KeyError") {
                    Opcode::Repr
                } else {
                    Opcode::ToStr
                };
                self.emit(opc, vec![v.clone()], Type::Str)
            }
        };
        self.emit(
            Opcode::SetField("message".into()),
            vec![obj.clone(), message],
            Type::Void,
        );
    }

    /// An annotated implementation of method `name` for instances of `class`.
    pub(crate) fn method_impl(&self, class: FClassId, name: &str) -> FuncId {
        self.implementations(class, name)
            .into_iter()
            .find(|f| self.graph_ids.contains_key(f))
            .expect("a called method has an annotated implementation")
    }

    /// Every annotated implementation of method `name` reachable from `class`.
    fn implementations(&self, class: FClassId, name: &str) -> Vec<FuncId> {
        let mut impls = self.program.method_implementations(class, name);
        // The inherited one stays even when unreached: it names the signature.
        let inherited = self.program.lookup_method(class, name);
        impls.retain(|f| Some(*f) == inherited || self.graph_ids.contains_key(f));
        impls
    }

    pub(crate) fn method_call(
        &mut self,
        class: ClassId,
        name: &str,
        recv: (Value, Type),
        args: &[(Value, Type)],
        keywords: &[String],
        star: bool,
    ) -> (Value, Type) {
        let fclass = FClassId(class.0);
        let impls = self.implementations(fclass, name);
        let Some(&first) = impls.first() else {
            let span = self.span();
            self.error(span, format!("no method `{name}`"));
            return (Value::Const(Const::Void), Type::Void);
        };
        match self.function(first).kind {
            FunctionKind::StaticMethod(_) | FunctionKind::Plain => {
                self.direct_call(first, None, args, keywords, star)
            }
            FunctionKind::Method(owner) => {
                if impls.len() == 1 {
                    let recv = (recv.0, Type::Instance(ClassId(owner.0)));
                    return self.direct_call(first, Some(recv), args, keywords, star);
                }
                let mut call_args = self.bind_call(first, Some(recv), args, keywords, star);
                // The receiver keeps its own static type.
                call_args[0] = call_args[0].clone();
                let mut ret = self.signature(first).ret;
                for f in &impls[1..] {
                    let r = self.signature(*f).ret;
                    if r != ret && ret == Type::Int && r == Type::Float {
                        ret = Type::Float;
                    }
                }
                (
                    self.emit(Opcode::MethodCall(name.to_string()), call_args, ret.clone()),
                    ret,
                )
            }
        }
    }

    pub(crate) fn call_method(
        &mut self,
        op: &flow::Op,
        args: &[(Value, Type)],
        name: &str,
        keywords: &[String],
        star: bool,
        dest: Var,
    ) -> (Value, Type) {
        let recv = args[0].clone();
        match &recv.1 {
            Type::Instance(class) => {
                let fclass = FClassId(class.0);
                if !self.implementations(fclass, name).is_empty() {
                    return self.method_call(*class, name, recv, &args[1..], keywords, star);
                }
                // An attribute holding a function or a bound method.
                let Some(owner) = self.ann.attr_owner(self.program, fclass, name) else {
                    let span = self.span();
                    self.error(span, format!("no method `{name}`"));
                    return (Value::Const(Const::Void), Type::Void);
                };
                let callee_ann = self.ann.attrs[&(owner, name.to_string())].value.clone();
                let fty = self.lower(&callee_ann);
                let f = self.emit(
                    Opcode::GetField(name.to_string()),
                    vec![recv.0.clone()],
                    fty.clone(),
                );
                self.call_value(
                    callee_ann,
                    false,
                    &(f, fty),
                    &op.args[1..],
                    &args[1..],
                    keywords,
                    star,
                    dest,
                )
            }
            Type::Void => {
                // `Exception.__init__(self, msg)`: what BaseException's constructor does.
                if let (Operand::Const(Constant::Class(c)), "__init__") = (&op.args[0], name) {
                    if let Some(this) = args.get(1) {
                        let this = this.0.clone();
                        self.set_exception_message(*c, &this, args.get(2));
                    }
                }
                (Value::Const(Const::Void), Type::Void)
            }

            _ => self.builtin_method(op, &recv, name, &args[1..], dest),
        }
    }

    pub(crate) fn call_super(
        &mut self,
        _op: &flow::Op,
        args: &[(Value, Type)],
        class: FClassId,
        name: &str,
        keywords: &[String],
        star: bool,
    ) -> (Value, Type) {
        let base = self.program.class(class).base;
        match base.and_then(|b| self.program.lookup_method(b, name)) {
            Some(f) => {
                let owner = match self.function(f).kind {
                    FunctionKind::Method(o) => ClassId(o.0),
                    _ => ClassId(class.0),
                };
                self.direct_call(
                    f,
                    Some((args[0].0.clone(), Type::Instance(owner))),
                    &args[1..],
                    keywords,
                    star,
                )
            }
            None => {
                if name == "__init__" {
                    self.set_exception_message(class, &args[0].0.clone(), args.get(1));
                }
                (Value::Const(Const::Void), Type::Void)
            }
        }
    }
}

impl RTyper<'_> {
    /// Fields that shadow a class attribute (`count = 0` in the class body,
    /// `self.count += 1` in a method) start with the class attribute's value
    /// for the instance's class, as a Python lookup would find it.
    fn init_shadowed_class_attrs(&mut self, c: FClassId, obj: &Value) {
        for name in self.all_field_names(ClassId(c.0)) {
            if let Some(value) = self.program.lookup_class_attr(c, &name).cloned() {
                let ty = self
                    .field_type(ClassId(c.0), &name)
                    .expect("a field of the class");
                let v = self.lower_const(&value, &ty);
                self.emit(
                    Opcode::SetField(name),
                    vec![obj.clone(), Value::Const(v)],
                    Type::Void,
                );
            }
        }
    }
}
