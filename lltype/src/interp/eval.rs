//! The evaluation loop: runs a decoded graph in a frame (a window of the
//! value stack), follows links, dispatches calls and unwinds exceptions.
//!
//! Only `eval`, `exec` and `call_code` are on the path of a nested call, and
//! they are kept small: an interpreted call costs well under 5 KiB of host
//! stack even in debug builds (see the `bench_stack_depth` probe), so the
//! recursion limit is reached long before the 2 GiB host stack reserved by
//! `run` overflows. The big per-opcode match lives in `ops::exec_op`, which
//! returns before any nested call.

use std::rc::Rc;

use crate::ir::{GraphId, Opcode};

use super::code::{Arg, Code, Exit, Instr, Kind, Link, LinkArg};
use super::machine::{Interp, Unwind};
use super::ops;
use super::value::Value;

#[inline(always)]
pub fn arg_value<'s>(stack: &'s [Value], base: usize, a: &'s Arg) -> &'s Value {
    match a {
        Arg::Var(v) | Arg::Move(v) => &stack[base + *v as usize],
        Arg::Const(c) => c,
    }
}

impl Interp<'_> {
    /// Calls graph `g` with argument values (used for the entry point).
    pub fn call_with(&mut self, g: GraphId, args: Vec<Value>) -> Result<Value, Unwind> {
        let code = self.code(g);
        let base = self.enter(&code)?;
        for (p, v) in code.params.iter().zip(args) {
            self.stack[base + *p as usize] = v;
        }
        self.run_frame(&code, base)
    }

    /// Pushes a frame for `code`, checking the recursion limit.
    fn enter(&mut self, code: &Code) -> Result<usize, Unwind> {
        if self.depth >= self.max_depth {
            return Err(self.raise("RecursionError", "maximum recursion depth exceeded".into()));
        }
        self.depth += 1;
        let base = self.stack.len();
        self.stack.resize(base + code.nslots, Value::Void);
        Ok(base)
    }

    fn run_frame(&mut self, code: &Code, base: usize) -> Result<Value, Unwind> {
        let result = self.eval(code, base);
        self.stack.truncate(base);
        self.depth -= 1;
        result
    }

    /// Calls `g` with arguments `args` read from the caller's frame at `caller`.
    fn call_code(&mut self, g: GraphId, caller: usize, args: &[Arg]) -> Result<Value, Unwind> {
        let code = self.code(g);
        let base = self.enter(&code)?;
        for (p, a) in code.params.iter().zip(args) {
            let v = self.take_arg(caller, a);
            self.stack[base + *p as usize] = v;
        }
        self.run_frame(&code, base)
    }

    fn eval(&mut self, code: &Code, base: usize) -> Result<Value, Unwind> {
        let mut block = &code.blocks[code.start as usize];
        loop {
            let mut failure = None;
            for (i, ins) in block.instrs.iter().enumerate() {
                match self.exec(ins, base) {
                    Ok(v) => self.stack[base + ins.result as usize] = v,
                    Err(e) => {
                        failure = Some((i, e));
                        break;
                    }
                }
            }
            let mut caught = None;
            let link: &Link = match (&block.exit, failure) {
                (Exit::Catch(normal, _), None) => normal,
                (Exit::Catch(_, handlers), Some((i, e)))
                    if i + 1 == block.instrs.len() && !matches!(e, Unwind::Abort(_)) =>
                {
                    // Only the last op of a Catch block is covered by its handlers.
                    let class = self.unwind_class(&e);
                    let handler = handlers.iter().find(|(c, _)| match (c, class) {
                        (None, _) => true,
                        (Some(c), Some(class)) => self.is_subclass(class, *c),
                        (Some(_), None) => false,
                    });
                    match handler {
                        Some((_, l)) => {
                            if l.args.iter().any(|a| matches!(a, LinkArg::Caught)) {
                                caught = self.exception_instance(e).map(Value::Instance);
                            }
                            l
                        }
                        None => return Err(e),
                    }
                }
                (_, Some((_, e))) => return Err(e),
                (Exit::Goto(l), None) => l,
                (Exit::BranchCmp(op, x, y, t, f), None) => {
                    let x = arg_value(&self.stack, base, x).as_int();
                    let y = arg_value(&self.stack, base, y).as_int();
                    if op.test(x, y) {
                        t
                    } else {
                        f
                    }
                }
                (Exit::Branch(c, t, f), None) => {
                    if arg_value(&self.stack, base, c).as_bool() {
                        t
                    } else {
                        f
                    }
                }
                (Exit::Return(a), None) => return Ok(self.take_arg(base, a)),
                (Exit::Raise(a), None) => {
                    return Err(self.raise_value(arg_value(&self.stack, base, a)))
                }
            };
            block = &code.blocks[link.target as usize];
            self.pass_args(link, &block.params, base, caught);
        }
    }

    /// Link arguments are a parallel assignment (a loop may pass `(b, a)` to
    /// params `(a, b)`), so values are read first, then stored.
    fn pass_args(&mut self, link: &Link, params: &[u32], base: usize, caught: Option<Value>) {
        if !link.parallel {
            for (a, p) in link.args.iter().zip(params) {
                let v = match a {
                    LinkArg::Arg(a) => self.take_arg(base, a),
                    LinkArg::Caught => caught.clone().unwrap_or(Value::Null),
                };
                self.stack[base + *p as usize] = v;
            }
            return;
        }
        let mut buf = std::mem::take(&mut self.scratch);
        for a in link.args.iter() {
            buf.push(match a {
                LinkArg::Arg(a) => self.take_arg(base, a),
                LinkArg::Caught => caught.clone().unwrap_or(Value::Null),
            });
        }
        for (p, v) in params.iter().zip(buf.drain(..)) {
            self.stack[base + *p as usize] = v;
        }
        self.scratch = buf;
    }

    /// The value of `a`, moved out of its slot when this is its last read.
    #[inline(always)]
    fn take_arg(&mut self, base: usize, a: &Arg) -> Value {
        match a {
            Arg::Move(v) => std::mem::replace(&mut self.stack[base + *v as usize], Value::Void),
            Arg::Var(v) => self.stack[base + *v as usize].clone(),
            Arg::Const(c) => c.clone(),
        }
    }

    fn raise_value(&self, v: &Value) -> Unwind {
        match v {
            Value::Instance(o) => Unwind::Raise(o.clone()),
            _ => self.raise(
                "TypeError",
                "exceptions must derive from BaseException".into(),
            ),
        }
    }

    #[inline]
    fn exec(&mut self, ins: &Instr, base: usize) -> Result<Value, Unwind> {
        match &ins.kind {
            Kind::Int(op) => {
                let x = arg_value(&self.stack, base, &ins.args[0]).as_int();
                let y = arg_value(&self.stack, base, &ins.args[1]).as_int();
                Ok(op.apply(x, y))
            }
            Kind::Fast(op) => match op.run(&self.stack, base, &ins.args) {
                Some(v) => Ok(v),
                None => self.exec_generic(&op.opcode(), ins, base),
            },
            Kind::StrAppend => self.str_append(ins, base),
            Kind::Op(op) => self.exec_generic(op, ins, base),
            Kind::DirectCall(g) => self.call_code(*g, base, &ins.args),
            Kind::MethodCall(m) => {
                let class = match arg_value(&self.stack, base, &ins.args[0]) {
                    Value::Instance(o) => o.class,
                    _ => return Err(self.null_attribute(self.method_name(*m).to_owned())),
                };
                match self.vtables[*m as usize][class.0 as usize] {
                    Some(g) => self.call_code(g, base, &ins.args),
                    None => Err(self.no_attribute(class, self.method_name(*m).to_owned())),
                }
            }
            Kind::IndirectCall => match arg_value(&self.stack, base, &ins.args[0]) {
                Value::Func(g) => self.call_code(*g, base, &ins.args[1..]),
                _ => Err(self.raise("TypeError", "'NoneType' object is not callable".into())),
            },
            Kind::GetField(i, name) => match arg_value(&self.stack, base, &ins.args[0]) {
                Value::Instance(o) => Ok(o.fields.borrow()[*i as usize].clone()),
                _ => Err(self.null_attribute(name.to_string())),
            },
            Kind::SetField(i, name) => {
                let v = arg_value(&self.stack, base, &ins.args[1]).clone();
                match arg_value(&self.stack, base, &ins.args[0]) {
                    Value::Instance(o) => {
                        o.fields.borrow_mut()[*i as usize] = v;
                        Ok(Value::Void)
                    }
                    _ => Err(self.null_attribute(name.to_string())),
                }
            }
            Kind::GetFieldByName(name) => self.field_by_name(ins, base, name, None),
            Kind::SetFieldByName(name) => {
                let v = arg_value(&self.stack, base, &ins.args[1]).clone();
                self.field_by_name(ins, base, name, Some(v))
            }
            Kind::GetClassAttr(a) => match arg_value(&self.stack, base, &ins.args[0]) {
                Value::Instance(o) => match &self.class_attrs[*a as usize][o.class.0 as usize] {
                    Some(v) => Ok(v.clone()),
                    None => Err(self.no_attribute(o.class, self.attr_name(*a).to_owned())),
                },
                _ => Err(self.null_attribute(self.attr_name(*a).to_owned())),
            },
        }
    }

    /// An opcode run by `ops::exec_op`, its error raised as an exception.
    fn exec_generic(&mut self, op: &Opcode, ins: &Instr, base: usize) -> Result<Value, Unwind> {
        ops::exec_op(self, op, &ins.args, base).map_err(|e| self.raise(e.class, e.message))
    }

    /// `left + right` where `left` is read for the last time: when nobody
    /// else holds that str, it grows in place.
    fn str_append(&mut self, ins: &Instr, base: usize) -> Result<Value, Unwind> {
        let mut left = self.take_arg(base, &ins.args[0]);
        match (&mut left, arg_value(&self.stack, base, &ins.args[1])) {
            (Value::Str(l), Value::Str(right)) => match Rc::get_mut(l) {
                Some(text) => {
                    text.push_text(right);
                    Ok(left)
                }
                None => Ok(ops::text::concat(l, right)),
            },
            (l, _) => {
                let e = ops::text::concat_none_error(matches!(l, Value::Str(_)));
                Err(self.raise(e.class, e.message))
            }
        }
    }

    #[cold]
    fn field_by_name(
        &self,
        ins: &Instr,
        base: usize,
        name: &str,
        set: Option<Value>,
    ) -> Result<Value, Unwind> {
        let obj = match arg_value(&self.stack, base, &ins.args[0]) {
            Value::Instance(o) => Rc::clone(o),
            _ => return Err(self.null_attribute(name.to_owned())),
        };
        let Some(&i) = self.layouts[obj.class.0 as usize].names.get(name) else {
            return Err(self.no_attribute(obj.class, name.to_owned()));
        };
        let mut fields = obj.fields.borrow_mut();
        match set {
            Some(v) => {
                fields[i as usize] = v;
                Ok(Value::Void)
            }
            None => Ok(fields[i as usize].clone()),
        }
    }

    #[cold]
    fn null_attribute(&self, name: String) -> Unwind {
        self.raise(
            "AttributeError",
            format!("'NoneType' object has no attribute '{name}'"),
        )
    }

    #[cold]
    fn no_attribute(&self, class: crate::ir::ClassId, name: String) -> Unwind {
        let cname = &self.program.class(class).name;
        self.raise(
            "AttributeError",
            format!("'{cname}' object has no attribute '{name}'"),
        )
    }
}
