//! Module-level statements: what a module may do at import time.

use ruff_python_ast::{Expr, Stmt};

use super::{Evaluator, Scope};
use crate::astutil::{first_line, is_docstring, is_main_guard, span, stmt_kind};
use crate::diagnostics::{FileId, Rule};
use crate::program::{Constant, ModuleId};

const MODULE_HELP: &str =
    "module-level code may only import, define functions and classes, and assign \
                           constants; move this code into a function (e.g. `entry_point`)";

impl Evaluator {
    pub(super) fn eval_module_stmt(&mut self, stmt: &Stmt, m: ModuleId, file: FileId) {
        match stmt {
            Stmt::Import(s) => self.eval_import(s, m, file),
            Stmt::ImportFrom(s) => self.eval_import_from(s, m, file),
            Stmt::FunctionDef(def) => {
                if let Some(f) = self.define_function(def, m, file, None) {
                    self.modules[m.0 as usize]
                        .globals
                        .insert(def.name.to_string(), Constant::Function(f));
                }
            }
            Stmt::ClassDef(cdef) => {
                if let Some(c) = self.define_class(cdef, m, file) {
                    self.modules[m.0 as usize]
                        .globals
                        .insert(cdef.name.to_string(), Constant::Class(c));
                }
            }
            Stmt::Assign(s) => {
                let scope = Scope {
                    module: m,
                    file,
                    locals: None,
                };
                if let Some(value) = self.eval_const(&s.value, &scope) {
                    for target in &s.targets {
                        self.assign_module_target(target, value.clone(), m, file);
                    }
                }
            }
            Stmt::AnnAssign(s) => {
                if let Some(v) = &s.value {
                    let scope = Scope {
                        module: m,
                        file,
                        locals: None,
                    };
                    if let Some(value) = self.eval_const(v, &scope) {
                        self.assign_module_target(&s.target, value, m, file);
                    }
                }
            }
            Stmt::Pass(_) => {}
            _ if is_docstring(stmt) || is_main_guard(stmt) => {}
            // `if CONSTANT:` is evaluated at translation time (static configuration).
            Stmt::If(s) => {
                let scope = Scope {
                    module: m,
                    file,
                    locals: None,
                };
                let n = self.diags.items.len();
                let Some(test) = self.eval_const(&s.test, &scope) else {
                    self.diags.items.truncate(n);
                    return self.module_level_error(stmt, file);
                };
                let mut branch: Option<&[Stmt]> = self.const_truth(&test).then_some(&s.body[..]);
                for clause in &s.elif_else_clauses {
                    if branch.is_some() {
                        break;
                    }
                    match &clause.test {
                        None => branch = Some(&clause.body),
                        Some(t) => {
                            let Some(v) = self.eval_const(t, &scope) else {
                                return;
                            };
                            if self.const_truth(&v) {
                                branch = Some(&clause.body);
                            }
                        }
                    }
                }
                for s in branch.unwrap_or(&[]) {
                    self.eval_module_stmt(s, m, file);
                }
            }
            Stmt::Expr(e) => {
                if !self.eval_module_mutation(&e.value, m, file) {
                    self.module_level_error(stmt, file);
                }
            }
            _ => self.module_level_error(stmt, file),
        }
    }

    fn module_level_error(&mut self, stmt: &Stmt, file: FileId) {
        let at = first_line(&self.sources.file(file).text, span(file, stmt));
        // A call at the bottom of a script is usually meant for CPython runs.
        let help = if matches!(stmt, Stmt::Expr(_)) {
            format!("{MODULE_HELP}; code meant for CPython runs goes under `if __name__ == \"__main__\":`")
        } else {
            MODULE_HELP.to_string()
        };
        self.error(
            Rule::ModuleLevelCode,
            at,
            format!("{} at module level is not static", stmt_kind(stmt)),
            "runs at import time",
            &help,
        );
    }

    /// Binds a module-level assignment target (names, tuple unpacking, and
    /// updates of prebuilt instances, lists and dicts).
    fn assign_module_target(&mut self, target: &Expr, value: Constant, m: ModuleId, file: FileId) {
        let scope = Scope {
            module: m,
            file,
            locals: None,
        };
        match target {
            Expr::Name(n) => {
                self.modules[m.0 as usize]
                    .globals
                    .insert(n.id.to_string(), value);
            }
            Expr::Tuple(t) => self.unpack_module_target(&t.elts, target, value, m, file),
            Expr::List(t) => self.unpack_module_target(&t.elts, target, value, m, file),
            Expr::Attribute(a) => {
                let Some(obj) = self.eval_const(&a.value, &scope) else {
                    return;
                };
                match obj {
                    Constant::Instance(i) => self.set_field(i, a.attr.as_str(), value),
                    _ => self.error(
                        Rule::ModuleLevelCode,
                        span(file, target),
                        "only attributes of prebuilt instances can be set at module level",
                        "not a prebuilt instance",
                        "globals are constants: set class attributes in the class body",
                    ),
                }
            }
            Expr::Subscript(s) => {
                let Some(obj) = self.eval_const(&s.value, &scope) else {
                    return;
                };
                let Some(key) = self.eval_const(&s.slice, &scope) else {
                    return;
                };
                if let Err(msg) = self.store_item(&obj, key, value) {
                    self.error(
                        Rule::ModuleLevelCode,
                        span(file, target),
                        msg,
                        "here",
                        MODULE_HELP,
                    );
                }
            }
            _ => self.error(
                Rule::ModuleLevelCode,
                span(file, target),
                "this assignment target cannot be evaluated at translation time",
                "here",
                MODULE_HELP,
            ),
        }
    }

    fn unpack_module_target(
        &mut self,
        elts: &[Expr],
        target: &Expr,
        value: Constant,
        m: ModuleId,
        file: FileId,
    ) {
        let items: Vec<Constant> = match &value {
            Constant::Tuple(t) => t.to_vec(),
            Constant::List(l) => self.lists[l.0 as usize].clone(),
            _ => Vec::new(),
        };
        if items.len() != elts.len() || elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            self.error(
                Rule::ModuleLevelCode,
                span(file, target),
                format!("cannot unpack this value into {} names", elts.len()),
                "wrong number of values",
                "unpack a tuple or list literal with exactly one value per name",
            );
            return;
        }
        for (e, v) in elts.iter().zip(items) {
            self.assign_module_target(e, v, m, file);
        }
    }

    /// `d[k] = v` / `lst[i] = v` on a prebuilt container.
    pub(super) fn store_item(
        &mut self,
        obj: &Constant,
        key: Constant,
        value: Constant,
    ) -> Result<(), String> {
        match obj {
            Constant::Dict(d) => {
                let entries = &mut self.dicts[d.0 as usize];
                match entries.iter_mut().find(|(k, _)| *k == key) {
                    Some(slot) => slot.1 = value,
                    None => entries.push((key, value)),
                }
                Ok(())
            }
            Constant::List(l) => {
                let items = &mut self.lists[l.0 as usize];
                let Constant::Int(i) = key else {
                    return Err("list index must be an int".into());
                };
                let len = items.len() as i64;
                let i = if i < 0 { i + len } else { i };
                if i < 0 || i >= len {
                    return Err("list index out of range".into());
                }
                items[i as usize] = value;
                Ok(())
            }
            _ => Err("only prebuilt lists and dicts can be indexed at module level".into()),
        }
    }

    /// `lst.append(c)` / `lst.extend(...)`/ `d[k] = v`-like calls on prebuilt
    /// containers at module level; returns false if `e` is not one.
    fn eval_module_mutation(&mut self, e: &Expr, m: ModuleId, file: FileId) -> bool {
        let Expr::Call(call) = e else { return false };
        let Expr::Attribute(attr) = &*call.func else {
            return false;
        };
        if !matches!(attr.attr.as_str(), "append" | "extend") || !call.arguments.keywords.is_empty()
        {
            return false;
        }
        let scope = Scope {
            module: m,
            file,
            locals: None,
        };
        let Some(Constant::List(l)) = self.eval_const(&attr.value, &scope) else {
            return false;
        };
        let [arg] = &*call.arguments.args else {
            return false;
        };
        let Some(v) = self.eval_const(arg, &scope) else {
            return true;
        };
        if attr.attr.as_str() == "append" {
            self.lists[l.0 as usize].push(v);
            return true;
        }
        let items = match v {
            Constant::Tuple(t) => t.to_vec(),
            Constant::List(o) => self.lists[o.0 as usize].clone(),
            _ => return false,
        };
        self.lists[l.0 as usize].extend(items);
        true
    }
}
