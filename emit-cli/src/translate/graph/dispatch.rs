//! What depends on an object's run-time class without being a virtual
//! method: class attributes (`GetClassAttr`), the class name, the bound
//! method a name resolves to (`GetMethod`) — each an `isinst` chain over the
//! static class's subclasses, most derived first — and calls through
//! function values (`IndirectCall`). A function value is the int64
//! `function_id` of its graph; calling one compares it with the graphs
//! that may be called that way and calls the one it names.

use lltype::ir::{ClassId, Const, GraphId, Op, Opcode, Type, Value};

use crate::il::{Cond, Insn, Label};

use super::super::types::has_value;
use super::GraphTranslator;

/// The int64 a function value holds (0 is None).
pub fn function_id(g: GraphId) -> i64 {
    g.0 as i64 + 1
}

impl GraphTranslator<'_> {
    /// `c` and its subclasses, most derived first.
    fn subclasses(&self, c: ClassId) -> Vec<ClassId> {
        let depth = |mut k: ClassId| {
            let mut d = 0;
            while let Some(b) = self.program.class(k).base {
                k = b;
                d += 1;
            }
            d
        };
        let mut out: Vec<ClassId> = (0..self.program.classes.len() as u32)
            .map(ClassId)
            .filter(|k| self.program.is_subclass(*k, c))
            .collect();
        out.sort_by_key(|k| (std::cmp::Reverse(depth(*k)), k.0));
        out
    }

    /// Pushes `push(class)` for the run-time class of `obj` (statically a
    /// `c`): one value of the same type whatever the class.
    fn by_class(
        &mut self,
        obj: &Value,
        c: ClassId,
        mut push: impl FnMut(&mut Self, ClassId) -> Result<(), String>,
    ) -> Result<(), String> {
        let done = self.e.new_label();
        for k in self.subclasses(c) {
            if k == c {
                continue;
            }
            let next = self.e.new_label();
            self.load(obj)?;
            let token = self.cx.classes.type_rows[&k].token();
            self.e.emit(Insn::IsInst(token));
            self.e.emit(Insn::Branch(Cond::False, next));
            push(self, k)?;
            self.e.emit(Insn::Branch(Cond::Always, done));
            self.e.mark(next);
        }
        push(self, c)?;
        self.e.mark(done);
        Ok(())
    }

    /// Pushes the name of `obj`'s run-time class.
    pub(super) fn class_name_of(&mut self, obj: &Value, c: ClassId) -> Result<(), String> {
        self.by_class(obj, c, |t, k| {
            let name = t.cx.md.user_strings.add(&t.program.class(k).name);
            t.e.emit(Insn::LdStr(crate::metadata::user_string_token(name)));
            Ok(())
        })
    }

    pub(super) fn class_dispatch(&mut self, op: &Op) -> Result<(), String> {
        let obj = &op.args[0];
        let Type::Instance(c) = self.arg_type(obj) else {
            return Err(self.unsupported(format!("`{}` on a non-instance", op.opcode.name())));
        };
        let result = self.graph.var_type(op.result).clone();
        if !has_value(&result) {
            return Ok(());
        }
        match &op.opcode {
            Opcode::ClassName => self.class_name_of(obj, c)?,
            Opcode::GetClassAttr(name) => {
                let program = self.program;
                self.by_class(obj, c, |t, k| {
                    match program.class(k).class_attrs.get(name) {
                        Some((_, value)) => t.load_as(&Value::Const(value.clone()), &result),
                        None => t.load_as(&Value::Const(zero_of(&result)), &result),
                    }
                })?
            }
            Opcode::GetMethod(name) => {
                let program = self.program;
                self.by_class(obj, c, |t, k| {
                    let id = program.resolve_method(k, name).map_or(0, function_id);
                    t.e.emit(Insn::LdcI8(id));
                    Ok(())
                })?
            }
            _ => unreachable!(),
        }
        self.store(op.result)
    }

    /// `f(args...)` through a function value: compares the id with each
    /// graph of a compatible signature used as a value, and calls it.
    pub(super) fn indirect_call(&mut self, op: &Op) -> Result<(), String> {
        let (func, args) = op.args.split_first().expect("a function operand");
        let Type::Func(sig) = self.arg_type(func) else {
            return Err(self.unsupported("a call through a non-function"));
        };
        let result = self.graph.var_type(op.result).clone();
        let candidates: Vec<GraphId> = self
            .cx
            .function_values
            .iter()
            .copied()
            .filter(|g| self.cx.graph_tokens.contains_key(g))
            .filter(|g| self.compatible(*g, &sig.params, &sig.ret))
            .collect();
        let done: Label = self.e.new_label();
        for g in candidates {
            let next = self.e.new_label();
            self.load(func)?;
            self.e.emit(Insn::LdcI8(function_id(g)));
            self.e.emit(Insn::Branch(Cond::NeUn, next));
            let callee = self.program.graph(g);
            let mut pops = 0;
            for (a, p) in args.iter().zip(callee.params()) {
                let pty = callee.var_type(*p);
                if !has_value(pty) {
                    continue;
                }
                self.load(a)?;
                if let (Type::Instance(want), Type::Instance(have)) = (pty, self.arg_type(a)) {
                    if want != &have {
                        let token = self.cx.classes.type_rows[want].token();
                        self.e.emit(Insn::CastClass(token));
                    }
                }
                pops += 1;
            }
            let pushes = has_value(&callee.ret) as u8;
            self.e.emit(Insn::Call {
                token: self.cx.graph_tokens[&g],
                pops,
                pushes,
            });
            if pushes == 1 {
                if has_value(&result) {
                    if let (Type::Instance(want), Type::Instance(have)) = (&result, &callee.ret) {
                        if want != have {
                            let token = self.cx.classes.type_rows[want].token();
                            self.e.emit(Insn::CastClass(token));
                        }
                    }
                    self.store(op.result)?;
                } else {
                    self.e.emit(Insn::Pop);
                }
            }
            self.e.emit(Insn::Branch(Cond::Always, done));
            self.e.mark(next);
        }
        // No graph has that id (a None function value).
        self.e.emit(Insn::LdNull);
        self.e.emit(Insn::Throw);
        self.e.mark(done);
        Ok(())
    }

    /// Graph `g` can be called with parameters `params` returning `ret`:
    /// same types, instances of related classes allowed (a method's `self`).
    fn compatible(&self, g: GraphId, params: &[Type], ret: &Type) -> bool {
        let callee = self.program.graph(g);
        let related = |a: &Type, b: &Type| match (a, b) {
            (Type::Instance(x), Type::Instance(y)) => {
                self.program.is_subclass(*x, *y) || self.program.is_subclass(*y, *x)
            }
            _ => a == b,
        };
        callee.params().len() == params.len()
            && callee
                .params()
                .iter()
                .zip(params)
                .all(|(p, t)| related(callee.var_type(*p), t))
            && (related(&callee.ret, ret) || *ret == Type::Void)
    }
}

/// The zero value of a type (for a class attribute a class does not have).
fn zero_of(t: &Type) -> Const {
    match t {
        Type::Bool => Const::Bool(false),
        Type::Int | Type::Uint => Const::Int(0),
        Type::Float => Const::Float(0.0),
        _ => Const::Null,
    }
}
