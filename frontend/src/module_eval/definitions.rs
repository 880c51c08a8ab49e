//! `def` and `class` at module level: registering functions (their bodies are
//! built into graphs later) and classes with their methods and attributes.

use std::collections::HashMap;
use std::rc::Rc;

use ruff_python_ast::{Expr, Stmt, StmtClassDef, StmtFunctionDef};

use super::{empty_graph, Evaluator, FuncDef, Scope};
use crate::astutil::{first_line, is_docstring, source_text, span, stmt_kind};
use crate::diagnostics::{FileId, Rule};
use crate::program::{
    Builtin, Class, ClassId, Constant, FuncId, Function, FunctionKind, ModuleId, Param,
};

impl Evaluator {
    /// Registers a function or method; returns None if its signature is invalid
    /// beyond repair (errors are reported).
    pub(super) fn define_function(
        &mut self,
        def: &StmtFunctionDef,
        m: ModuleId,
        file: FileId,
        class: Option<(ClassId, &HashMap<String, Constant>)>,
    ) -> Option<FuncId> {
        let scope = Scope {
            module: m,
            file,
            locals: class.map(|c| c.1),
        };
        if def.is_async {
            self.error(
                Rule::Unsupported,
                span(file, def),
                "`async def` is not supported",
                "async",
                "use a plain `def`",
            );
        }
        let mut is_static = false;
        let mut hints = Vec::new();
        for dec in &def.decorator_list {
            match self.decorator_meaning(&dec.expression, &scope) {
                Some(Builtin::StaticMethod) if class.is_some() => is_static = true,
                Some(Builtin::Specialize | Builtin::JitHint) => {
                    let text = source_text(
                        &self.sources.file(file).text,
                        ruff_text_size::Ranged::range(&dec.expression),
                    );
                    hints.push(text.to_string());
                }
                _ => self.error(
                    Rule::Unsupported,
                    span(file, dec),
                    "unsupported decorator",
                    "not understood by the translator",
                    "only `@staticmethod` (in classes), `@specialize.*` and the `rlib.jit` hints \
                     (`@elidable`, `@unroll_safe`, `@dont_look_inside`) are supported",
                ),
            }
        }
        let p = &def.parameters;
        if let Some(v) = &p.vararg {
            self.error(
                Rule::Unsupported,
                span(file, &**v),
                "`*args` parameters are not supported",
                "variable arguments",
                "take a list or tuple parameter instead",
            );
        }
        if let Some(k) = &p.kwarg {
            self.error(
                Rule::KwargsDefinition,
                span(file, &**k),
                "`**kwargs` parameters are not allowed",
                "keyword arguments dict",
                "list the keyword parameters explicitly, with defaults",
            );
        }
        for k in &p.kwonlyargs {
            self.error(
                Rule::Unsupported,
                span(file, k),
                "keyword-only parameters are not supported",
                "keyword-only",
                "make it an ordinary parameter (with a default) before any `*`",
            );
        }
        let mut params = Vec::new();
        for pw in p.posonlyargs.iter().chain(p.args.iter()) {
            let default = match &pw.default {
                Some(d) => match self.eval_const(d, &scope) {
                    Some(c) => Some(c),
                    None => Some(Constant::Undefined),
                },
                None => None,
            };
            if params
                .iter()
                .any(|q: &Param| q.name == pw.parameter.name.as_str())
            {
                self.error(
                    Rule::Syntax,
                    span(file, &pw.parameter.name),
                    format!("duplicate parameter `{}`", pw.parameter.name),
                    "already a parameter",
                    "give each parameter a distinct name",
                );
            }
            params.push(Param {
                name: pw.parameter.name.to_string(),
                default,
                span: span(file, &pw.parameter),
            });
        }
        let kind = match class {
            None => FunctionKind::Plain,
            Some((c, _)) if is_static => FunctionKind::StaticMethod(c),
            Some((c, _)) => {
                if params.is_empty() {
                    self.error(
                        Rule::Arity,
                        span(file, &def.name),
                        "a method must take `self` as its first parameter",
                        "no parameters",
                        "add `self`, or mark the method `@staticmethod`",
                    );
                }
                FunctionKind::Method(c)
            }
        };
        let modname = self.modules[m.0 as usize].name.clone();
        let qualname = match class {
            Some((c, _)) => format!("{}.{}", self.classes[c.0 as usize].qualname, def.name),
            None => format!("{modname}.{}", def.name),
        };
        let id = FuncId(self.functions.len() as u32);
        self.functions.push(Function {
            name: def.name.to_string(),
            qualname,
            module: m,
            kind,
            params,
            span: span(file, &def.name),
            hints,
            graph: empty_graph(),
        });
        self.defs.push(FuncDef {
            def: Rc::new(def.clone()),
            file,
            class: class.map(|c| c.0),
        });
        Some(id)
    }

    /// What a decorator means: `staticmethod`, `specialize.xxx(...)`, a JIT hint.
    fn decorator_meaning(&mut self, e: &Expr, scope: &Scope) -> Option<Builtin> {
        // `@specialize.argtype(0)`: look through the call and the attribute.
        let head = match e {
            Expr::Call(c) => &*c.func,
            _ => e,
        };
        let head = match head {
            Expr::Attribute(a) => {
                let base = self.eval_const_quiet(&a.value, scope);
                if base == Some(Constant::Builtin(Builtin::Specialize)) {
                    return Some(Builtin::Specialize);
                }
                head
            }
            _ => head,
        };
        match self.eval_const_quiet(head, scope)? {
            Constant::Builtin(
                b @ (Builtin::StaticMethod | Builtin::Specialize | Builtin::JitHint),
            ) => Some(b),
            _ => None,
        }
    }

    pub(super) fn define_class(
        &mut self,
        cdef: &StmtClassDef,
        m: ModuleId,
        file: FileId,
    ) -> Option<ClassId> {
        let scope = Scope {
            module: m,
            file,
            locals: None,
        };
        for dec in &cdef.decorator_list {
            self.error(
                Rule::Unsupported,
                span(file, dec),
                "class decorators are not supported",
                "decorator",
                "remove it",
            );
        }
        let mut base = ClassId(0);
        if let Some(args) = &cdef.arguments {
            for k in args.keywords.iter() {
                self.error(
                    Rule::Unsupported,
                    span(file, k),
                    "class keywords (metaclasses) are not supported",
                    "keyword",
                    "remove it",
                );
            }
            if args.args.len() > 1 {
                self.error(
                    Rule::Unsupported,
                    span(file, &args.args[1]),
                    "multiple inheritance is not supported",
                    "second base",
                    "use single inheritance (one base class)",
                );
            }
            if let Some(b) = args.args.first() {
                match self.eval_const(b, &scope) {
                    Some(Constant::Class(c)) => base = c,
                    Some(Constant::Undefined) | None => {}
                    Some(_) => self.error(
                        Rule::Unsupported,
                        span(file, b),
                        "a base class must be a class",
                        "not a class",
                        "inherit from a program class, `object` or a built-in exception class",
                    ),
                }
            }
        }
        let modname = self.modules[m.0 as usize].name.clone();
        let id = ClassId(self.classes.len() as u32);
        self.classes.push(Class {
            name: cdef.name.to_string(),
            qualname: format!("{modname}.{}", cdef.name),
            module: Some(m),
            base: Some(base),
            methods: Default::default(),
            attrs: Default::default(),
            builtin: false,
            span: Some(span(file, &cdef.name)),
        });
        // Names bound so far in the class body, visible to later class-body code.
        let mut body_scope: HashMap<String, Constant> = HashMap::new();
        for stmt in &cdef.body {
            match stmt {
                Stmt::FunctionDef(def) => {
                    if let Some(f) = self.define_function(def, m, file, Some((id, &body_scope))) {
                        self.classes[id.0 as usize]
                            .methods
                            .insert(def.name.to_string(), f);
                        body_scope.insert(def.name.to_string(), Constant::Function(f));
                    }
                }
                Stmt::Assign(s) => {
                    let scope = Scope {
                        module: m,
                        file,
                        locals: Some(&body_scope),
                    };
                    let Some(value) = self.eval_const(&s.value, &scope) else {
                        continue;
                    };
                    for t in &s.targets {
                        self.class_attr_target(t, value.clone(), id, &mut body_scope, file);
                    }
                }
                Stmt::AnnAssign(s) => {
                    let Some(v) = &s.value else { continue };
                    let scope = Scope {
                        module: m,
                        file,
                        locals: Some(&body_scope),
                    };
                    let Some(value) = self.eval_const(v, &scope) else {
                        continue;
                    };
                    self.class_attr_target(&s.target, value, id, &mut body_scope, file);
                }
                Stmt::Pass(_) => {}
                _ if is_docstring(stmt) => {}
                _ => self.error(
                    Rule::ModuleLevelCode,
                    first_line(&self.sources.file(file).text, span(file, stmt)),
                    format!("{} in a class body is not static", stmt_kind(stmt)),
                    "runs at class creation",
                    "a class body may only define methods and constant class attributes",
                ),
            }
        }
        Some(id)
    }

    fn class_attr_target(
        &mut self,
        t: &Expr,
        value: Constant,
        class: ClassId,
        body_scope: &mut HashMap<String, Constant>,
        file: FileId,
    ) {
        match t {
            Expr::Name(n) => {
                self.classes[class.0 as usize]
                    .attrs
                    .insert(n.id.to_string(), value.clone());
                body_scope.insert(n.id.to_string(), value);
            }
            Expr::Tuple(tup) => {
                let items = match &value {
                    Constant::Tuple(items) if items.len() == tup.elts.len() => items.to_vec(),
                    _ => {
                        self.error(
                            Rule::ModuleLevelCode,
                            span(file, t),
                            "cannot unpack this value",
                            "wrong number of values",
                            "unpack a tuple with exactly one value per name",
                        );
                        return;
                    }
                };
                for (e, v) in tup.elts.iter().zip(items) {
                    self.class_attr_target(e, v, class, body_scope, file);
                }
            }
            _ => self.error(
                Rule::ModuleLevelCode,
                span(file, t),
                "class attributes must be assigned to plain names",
                "here",
                "assign class attributes as `NAME = constant`",
            ),
        }
    }
}
