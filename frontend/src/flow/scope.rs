//! Which names are locals of a function. Like Python, a name assigned anywhere
//! in the body is local everywhere in it. Comprehension variables live in their
//! own scope: they get a private slot named `name@offset` (offset of the
//! comprehension) so they never clobber a local of the same name.

use std::collections::BTreeSet;

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::Ranged;

/// Locals in first-assignment order (params first), and `global` names.
#[derive(Default)]
pub struct Locals {
    pub names: Vec<String>,
    pub globals: BTreeSet<String>,
}

impl Locals {
    fn add(&mut self, name: &str) {
        if !self.names.iter().any(|n| n == name) {
            self.names.push(name.to_string());
        }
    }
}

/// The private slot of comprehension variable `name` of the comprehension at `offset`.
pub fn comprehension_slot(name: &str, offset: u32) -> String {
    format!("{name}@{offset}")
}

struct Collector<'l> {
    locals: &'l mut Locals,
    /// Offset of the innermost comprehension whose target is being visited.
    comp: Option<u32>,
}

impl Collector<'_> {
    fn target(&mut self, e: &Expr) {
        match e {
            Expr::Name(n) => match self.comp {
                Some(off) => self.locals.add(&comprehension_slot(n.id.as_str(), off)),
                None => self.locals.add(n.id.as_str()),
            },
            Expr::Tuple(t) => t.elts.iter().for_each(|x| self.target(x)),
            Expr::List(t) => t.elts.iter().for_each(|x| self.target(x)),
            Expr::Starred(s) => self.target(&s.value),
            _ => {}
        }
    }
}

impl<'a> Visitor<'a> for Collector<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        match stmt {
            // Nested definitions are errors; their bodies are not our scope.
            // Their names are still locals, so uses of them are not reported
            // a second time as unknown names.
            Stmt::FunctionDef(f) => return self.locals.add(f.name.as_str()),
            Stmt::ClassDef(c) => return self.locals.add(c.name.as_str()),
            Stmt::Assign(s) => s.targets.iter().for_each(|t| self.target(t)),
            Stmt::AugAssign(s) => self.target(&s.target),
            Stmt::AnnAssign(s) => self.target(&s.target),
            Stmt::For(s) => self.target(&s.target),
            Stmt::Delete(s) => s.targets.iter().for_each(|t| self.target(t)),
            Stmt::With(s) => s
                .items
                .iter()
                .filter_map(|i| i.optional_vars.as_deref())
                .for_each(|t| self.target(t)),
            Stmt::Try(s) => {
                for h in &s.handlers {
                    let ruff_python_ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.locals.add(n.as_str());
                    }
                }
            }
            // Imports in functions are errors; their names are still locals.
            Stmt::Import(i) => {
                for a in &i.names {
                    let name = a
                        .asname
                        .as_ref()
                        .map_or(a.name.as_str().split('.').next().unwrap_or(""), |n| {
                            n.as_str()
                        });
                    self.locals.add(name);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    self.locals
                        .add(a.asname.as_ref().map_or(a.name.as_str(), |n| n.as_str()));
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    self.locals.globals.insert(n.to_string());
                }
            }
            _ => {}
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        match expr {
            Expr::Lambda(_) => return,
            Expr::Named(n) => self.target(&n.target),
            Expr::ListComp(c) => {
                let off = c.range().start().to_u32();
                let saved = self.comp.replace(off);
                for g in &c.generators {
                    self.target(&g.target);
                }
                self.comp = saved;
            }
            _ => {}
        }
        walk_expr(self, expr);
    }
}

/// Collects the locals of a function body; `params` come first, in order.
pub fn collect_locals(params: &[String], body: &[Stmt]) -> Locals {
    let mut locals = Locals::default();
    for p in params {
        locals.add(p);
    }
    let mut c = Collector {
        locals: &mut locals,
        comp: None,
    };
    for s in body {
        c.visit_stmt(s);
    }
    // `global x` makes x a global (a constant) even if assigned: the assignment
    // is reported by the builder.
    let globals = locals.globals.clone();
    locals
        .names
        .retain(|n| !globals.contains(n) || params.contains(n));
    locals
}

/// Names read by a nested function or lambda body (for closure detection).
pub struct LoadedNames<'a> {
    pub uses: Vec<&'a ruff_python_ast::ExprName>,
}

impl<'a> Visitor<'a> for LoadedNames<'a> {
    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Name(n) = expr {
            if n.ctx.is_load() {
                self.uses.push(n);
            }
        }
        walk_expr(self, expr);
    }
}
