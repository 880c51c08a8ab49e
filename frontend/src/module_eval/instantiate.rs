//! Prebuilt instances: `STATE = State(3)` at module level runs `State.__init__`
//! in a tiny interpreter that understands assignments of constant expressions
//! to `self` attributes and locals, `if`, and calls of base `__init__`s.

use std::collections::HashMap;

use ruff_python_ast::{Expr, Stmt};

use super::{Evaluator, Scope};
use crate::astutil::{first_line, is_docstring, span, stmt_kind};
use crate::diagnostics::{Rule, Span};
use crate::program::{ClassId, Constant, FuncId, FunctionKind, InstanceId, PrebuiltInstance};

const INIT_HELP: &str = "the `__init__` of a prebuilt instance may only assign constant expressions \
                         (over its parameters) to `self` attributes and locals, use `if`, `for` over constants, \
                         `assert` and `return`, and call the base `__init__` or other methods of `self`";

/// Prebuilt instances may nest (a tree of nodes), but not forever.
const MAX_INIT_DEPTH: u32 = 64;

/// The state of one running `__init__`.
struct Frame {
    func: FuncId,
    inst: InstanceId,
    locals: HashMap<String, Constant>,
    /// Set by `return`: the rest of the body is skipped.
    returned: bool,
}

impl Evaluator {
    pub(super) fn instantiate(
        &mut self,
        class: ClassId,
        args: Vec<Constant>,
        kwargs: Vec<(String, Constant)>,
        at: Span,
    ) -> Option<Constant> {
        let inst = InstanceId(self.instances.len() as u32);
        self.instances.push(PrebuiltInstance {
            class,
            fields: Vec::new(),
            span: at,
        });
        match self.lookup_method(class, "__init__") {
            Some(init) => {
                let before = self.diags.items.len();
                if self.run_init(init, inst, args, kwargs, at).is_none() {
                    // Errors inside `__init__` also say which instantiation ran it.
                    for d in &mut self.diags.items[before..] {
                        if d.span != at {
                            d.notes.push(crate::diagnostics::Note {
                                span: at,
                                label: "while building this prebuilt instance".into(),
                            });
                        }
                    }
                    return None;
                }
            }
            None if !args.is_empty() || !kwargs.is_empty() => {
                self.error(
                    Rule::Arity,
                    at,
                    format!(
                        "`{}` takes no arguments (it has no `__init__`)",
                        self.class_name(class)
                    ),
                    "arguments given here",
                    "remove the arguments or define `__init__`",
                );
                return None;
            }
            None => {}
        }
        Some(Constant::Instance(inst))
    }

    /// Binds the arguments of an `__init__` call and runs its body.
    fn run_init(
        &mut self,
        func: FuncId,
        inst: InstanceId,
        args: Vec<Constant>,
        kwargs: Vec<(String, Constant)>,
        at: Span,
    ) -> Option<()> {
        if self.init_depth >= MAX_INIT_DEPTH {
            self.error(
                Rule::ModuleLevelCode,
                at,
                "prebuilt instances nest too deeply (recursive `__init__`?)",
                "while building this instance",
                "build deep structures at run time, in a function",
            );
            return None;
        }
        self.init_depth += 1;
        let r = self.run_init_body(func, inst, args, kwargs, at);
        self.init_depth -= 1;
        r
    }

    fn run_init_body(
        &mut self,
        func: FuncId,
        inst: InstanceId,
        args: Vec<Constant>,
        kwargs: Vec<(String, Constant)>,
        at: Span,
    ) -> Option<()> {
        let params = self.functions[func.0 as usize].params.clone();
        let name = self.functions[func.0 as usize].qualname.clone();
        let mut locals = HashMap::new();
        let mut values = std::iter::once(Constant::Instance(inst)).chain(args);
        let arity_error = |this: &mut Evaluator, msg: String| {
            this.error(
                Rule::Arity,
                at,
                msg,
                "in this call",
                "pass exactly the parameters `__init__` declares",
            );
        };
        for p in &params {
            locals.insert(p.name.clone(), values.next().unwrap_or(Constant::Undefined));
        }
        if values.next().is_some() {
            arity_error(self, format!("too many arguments for `{name}`"));
            return None;
        }
        for (k, v) in kwargs {
            if !params.iter().skip(1).any(|p| p.name == k) {
                arity_error(self, format!("`{name}` has no parameter `{k}`"));
                return None;
            }
            locals.insert(k, v);
        }
        for p in &params {
            if locals.get(&p.name) == Some(&Constant::Undefined) {
                match &p.default {
                    Some(d) => {
                        locals.insert(p.name.clone(), d.clone());
                    }
                    None => {
                        arity_error(self, format!("missing argument `{}` for `{name}`", p.name));
                        return None;
                    }
                }
            }
        }
        let def = self.defs[func.0 as usize].def.clone();
        let mut frame = Frame {
            func,
            inst,
            locals,
            returned: false,
        };
        self.exec_init_block(&def.body, &mut frame)
    }

    fn exec_init_block(&mut self, body: &[Stmt], frame: &mut Frame) -> Option<()> {
        for stmt in body {
            if frame.returned {
                break;
            }
            self.exec_init_stmt(stmt, frame)?;
        }
        Some(())
    }

    fn init_scope<'a>(&self, frame: &'a Frame) -> Scope<'a> {
        let f = &self.functions[frame.func.0 as usize];
        Scope {
            module: f.module,
            file: self.defs[frame.func.0 as usize].file,
            locals: Some(&frame.locals),
        }
    }

    fn init_error(
        &mut self,
        frame: &Frame,
        node: &impl ruff_text_size::Ranged,
        msg: String,
    ) -> Option<()> {
        let file = self.defs[frame.func.0 as usize].file;
        let at = first_line(&self.sources.file(file).text, span(file, node));
        self.error(
            Rule::ModuleLevelCode,
            at,
            msg,
            "cannot run at translation time",
            INIT_HELP,
        );
        None
    }

    fn exec_init_stmt(&mut self, stmt: &Stmt, frame: &mut Frame) -> Option<()> {
        match stmt {
            Stmt::Pass(_) => Some(()),
            _ if is_docstring(stmt) => Some(()),
            Stmt::Assign(s) => {
                let value = self.eval_const(&s.value, &self.init_scope(frame))?;
                for t in &s.targets {
                    self.init_assign(t, value.clone(), frame)?;
                }
                Some(())
            }
            Stmt::AnnAssign(s) => match &s.value {
                Some(v) => {
                    let value = self.eval_const(v, &self.init_scope(frame))?;
                    self.init_assign(&s.target, value, frame)
                }
                None => Some(()),
            },
            Stmt::If(s) => {
                let t = self.eval_const(&s.test, &self.init_scope(frame))?;
                if self.const_truth(&t) {
                    return self.exec_init_block(&s.body, frame);
                }
                for clause in &s.elif_else_clauses {
                    let taken = match &clause.test {
                        Some(test) => {
                            let t = self.eval_const(test, &self.init_scope(frame))?;
                            self.const_truth(&t)
                        }
                        None => true,
                    };
                    if taken {
                        return self.exec_init_block(&clause.body, frame);
                    }
                }
                Some(())
            }
            Stmt::Expr(e) => self.exec_init_call(&e.value, frame),
            // `for` over a constant sequence (no `break`/`continue`).
            Stmt::For(f) if !f.is_async => {
                let iterable = self.eval_const(&f.iter, &self.init_scope(frame))?;
                let Some(items) = self.const_items(&iterable) else {
                    return self.init_error(
                        frame,
                        &*f.iter,
                        "only constant sequences can be iterated here".into(),
                    );
                };
                for item in items {
                    self.init_assign(&f.target, item, frame)?;
                    self.exec_init_block(&f.body, frame)?;
                    if frame.returned {
                        return Some(());
                    }
                }
                self.exec_init_block(&f.orelse, frame)
            }
            Stmt::Return(r)
                if r.value.is_none()
                    || matches!(r.value.as_deref(), Some(Expr::NoneLiteral(_))) =>
            {
                frame.returned = true;
                Some(())
            }
            Stmt::Assert(a) => {
                let t = self.eval_const(&a.test, &self.init_scope(frame))?;
                if self.const_truth(&t) {
                    Some(())
                } else {
                    let file = self.defs[frame.func.0 as usize].file;
                    self.error(
                        Rule::ModuleLevelCode,
                        span(file, stmt),
                        "this assertion fails while building a prebuilt instance",
                        "false for these arguments",
                        "pass arguments that satisfy the assertion",
                    );
                    None
                }
            }
            _ => self.init_error(
                frame,
                stmt,
                format!("{} in `__init__` of a prebuilt instance", stmt_kind(stmt)),
            ),
        }
    }

    fn init_assign(&mut self, target: &Expr, value: Constant, frame: &mut Frame) -> Option<()> {
        match target {
            Expr::Name(n) => {
                frame.locals.insert(n.id.to_string(), value);
                Some(())
            }
            Expr::Attribute(a) => {
                let obj = self.eval_const(&a.value, &self.init_scope(frame))?;
                match obj {
                    Constant::Instance(i) => {
                        self.set_field(i, a.attr.as_str(), value);
                        Some(())
                    }
                    _ => self.init_error(
                        frame,
                        target,
                        "only attributes of instances can be set here".into(),
                    ),
                }
            }
            Expr::Tuple(t) => {
                let Constant::Tuple(items) = &value else {
                    return self.init_error(
                        frame,
                        target,
                        "only tuples can be unpacked here".into(),
                    );
                };
                if items.len() != t.elts.len() {
                    return self.init_error(
                        frame,
                        target,
                        "wrong number of values to unpack".into(),
                    );
                }
                for (e, v) in t.elts.iter().zip(items.iter()) {
                    self.init_assign(e, v.clone(), frame)?;
                }
                Some(())
            }
            _ => self.init_error(
                frame,
                target,
                "this assignment target is not supported here".into(),
            ),
        }
    }

    /// `super().__init__(...)`, `Base.__init__(self, ...)`, `self.items.append(c)`,
    /// `self.method(...)` (whose body must follow the same rules).
    fn exec_init_call(&mut self, e: &Expr, frame: &mut Frame) -> Option<()> {
        let Expr::Call(call) = e else {
            return self.init_error(
                frame,
                e,
                "expression statement in `__init__` of a prebuilt instance".into(),
            );
        };
        let scope_file = self.defs[frame.func.0 as usize].file;
        let mut args = Vec::new();
        for a in call.arguments.args.iter() {
            args.push(self.eval_const(a, &self.init_scope(frame))?);
        }
        let mut kwargs = Vec::new();
        for k in call.arguments.keywords.iter() {
            let Some(name) = &k.arg else {
                return self.init_error(frame, k, "`**` arguments are not supported".into());
            };
            kwargs.push((
                name.to_string(),
                self.eval_const(&k.value, &self.init_scope(frame))?,
            ));
        }
        let at = span(scope_file, e);
        if let Expr::Attribute(attr) = &*call.func {
            let is_super = matches!(&*attr.value, Expr::Call(c) if matches!(&*c.func, Expr::Name(n) if n.id.as_str() == "super"));
            if is_super && attr.attr.as_str() == "__init__" {
                let class = self.defs[frame.func.0 as usize].class;
                let base = class.and_then(|c| self.classes[c.0 as usize].base);
                return match base.and_then(|b| self.lookup_method(b, "__init__")) {
                    Some(init) => self.run_init(init, frame.inst, args, kwargs, at),
                    None => Some(()), // object.__init__
                };
            }
            let obj = self.eval_const(&attr.value, &self.init_scope(frame))?;
            if let (Constant::List(l), "append", [v]) = (&obj, attr.attr.as_str(), &args[..]) {
                self.lists[l.0 as usize].push(v.clone());
                return Some(());
            }
            // `self.setup(...)`: another method run by the same small interpreter.
            if let Constant::Instance(i) = &obj {
                let class = self.instances[i.0 as usize].class;
                let method = self.lookup_method(class, attr.attr.as_str());
                if let Some(m) = method.filter(|m| {
                    matches!(self.functions[m.0 as usize].kind, FunctionKind::Method(_))
                }) {
                    return self.run_init(m, *i, args, kwargs, at);
                }
            }
            if let (Constant::Class(c), "__init__") = (&obj, attr.attr.as_str()) {
                let Some(Constant::Instance(first)) = args.first().cloned() else {
                    return self.init_error(
                        frame,
                        e,
                        "`Base.__init__` must be called with `self`".into(),
                    );
                };
                return match self.lookup_method(*c, "__init__") {
                    Some(init) => self.run_init(init, first, args[1..].to_vec(), kwargs, at),
                    None => Some(()),
                };
            }
        }
        self.init_error(frame, e, "this call cannot run at translation time".into())
    }
}
