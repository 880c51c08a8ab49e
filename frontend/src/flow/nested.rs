//! Functions defined inside functions (`def`, `lambda`) are not allowed: they
//! would be created at run time. When the nested function reads a local of
//! the enclosing one it would also be a closure, which gets its own rule.

use ruff_python_ast::visitor::Visitor;
use ruff_python_ast::{Expr, Stmt};

use super::builder::FnBuilder;
use super::scope::LoadedNames;
use crate::diagnostics::{Rule, Span};

pub enum NestedBody<'e> {
    Stmts(&'e [Stmt]),
    Expr(&'e Expr),
}

impl<'a> FnBuilder<'a> {
    /// Reports a nested definition at `span`; `own` are the nested function's
    /// own locals (parameters included).
    pub fn nested_definition(&mut self, span: Span, what: &str, own: &[String], body: NestedBody) {
        let mut loaded = LoadedNames { uses: Vec::new() };
        match body {
            NestedBody::Stmts(stmts) => stmts.iter().for_each(|s| loaded.visit_stmt(s)),
            NestedBody::Expr(e) => loaded.visit_expr(e),
        }
        let captured = loaded.uses.iter().find(|n| {
            !own.iter().any(|o| o == n.id.as_str()) && self.slot(n.id.as_str()).is_some()
        });
        match captured {
            Some(n) => {
                let use_span = self.span(*n);
                self.error(
                    Rule::Closure,
                    use_span,
                    format!(
                        "{what} uses `{}`, a local variable of the enclosing function",
                        n.id
                    ),
                    "captured variable",
                    "define the function at module level and pass the value as an argument",
                );
            }
            None => self.error(
                Rule::RuntimeDefinition,
                span,
                format!("{what} is created at run time"),
                "defined inside a function",
                "move it to module level",
            ),
        }
    }
}
