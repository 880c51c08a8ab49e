//! A guard against pathologically deep syntax trees (`1 + 1 + ... + 1` with
//! thousands of terms). Every later stage walks the tree recursively, so a
//! module nested deeper than `MAX_NESTING` is refused with one diagnostic
//! before anything else looks at it.

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{Expr, ModModule, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// Maximum nesting of expressions and statements in a module.
pub const MAX_NESTING: u32 = 200;

struct DepthCheck {
    depth: u32,
    too_deep: Option<TextRange>,
}

impl DepthCheck {
    fn enter(&mut self, range: TextRange) -> bool {
        if self.too_deep.is_some() {
            return false;
        }
        if self.depth >= MAX_NESTING {
            self.too_deep = Some(range);
            return false;
        }
        self.depth += 1;
        true
    }
}

impl<'a> Visitor<'a> for DepthCheck {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if self.enter(stmt.range()) {
            walk_stmt(self, stmt);
            self.depth -= 1;
        }
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if self.enter(expr.range()) {
            walk_expr(self, expr);
            self.depth -= 1;
        }
    }
}

/// The first node nested deeper than `MAX_NESTING`, if any.
pub fn too_deep(module: &ModModule) -> Option<TextRange> {
    let mut check = DepthCheck {
        depth: 0,
        too_deep: None,
    };
    for s in &module.body {
        check.visit_stmt(s);
    }
    check.too_deep
}
