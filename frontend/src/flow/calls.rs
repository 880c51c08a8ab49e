//! Calls: plain calls, method calls (`x.m()` -> `CallMethod`), calls folded
//! through constant modules and classes (`math.sqrt(x)`, `Base.m(self)` ->
//! `Call` of the constant), and `super().m()` (-> `CallSuper`).

use ruff_python_ast::{self as ast, Expr};

use super::builder::FnBuilder;
use super::expr::StaticAttr;
use crate::diagnostics::Span;
use crate::flowgraph::{OpKind, Operand};
use crate::program::Constant;

impl<'a> FnBuilder<'a> {
    /// Calls: plain, method (`x.m()`), folded (`math.sqrt()`), `super().m()`.
    pub(super) fn call(&mut self, c: &ast::ExprCall, span: Span) -> Operand {
        enum Callee {
            Value(Operand),
            Method(Operand, String),
            Super(String),
        }
        let callee = match &*c.func {
            Expr::Attribute(a) if is_super_call(&a.value) && self.slot("super").is_none() => {
                Callee::Super(a.attr.to_string())
            }
            Expr::Attribute(a) if matches!(self.static_attr(a), StaticAttr::Dynamic) => {
                let obj = self.expr(&a.value);
                Callee::Method(obj, a.attr.to_string())
            }
            f => Callee::Value(self.expr(f)),
        };
        // `ovfcheck(a + b)`: the operation and the check stay in one block, so
        // that the rtyper can turn them into one checked operation (inside a
        // `try` the operation would otherwise end its block).
        if let Callee::Value(
            f @ Operand::Const(Constant::Builtin(crate::program::Builtin::Ovfcheck)),
        ) = &callee
        {
            if let ([Expr::BinOp(b)], true) =
                (&c.arguments.args[..], c.arguments.keywords.is_empty())
            {
                {
                    if let Some(op) = crate::module_eval::consteval::map_operator(b.op) {
                        let l = self.expr(&b.left);
                        let r = self.expr(&b.right);
                        let inner = self.span(b);
                        let value = self.emit_nonraising(OpKind::BinOp(op), vec![l, r], inner);
                        let f = f.clone();
                        return self.emit(
                            OpKind::Call {
                                keywords: Vec::new(),
                                star: false,
                            },
                            vec![f, value],
                            span,
                        );
                    }
                }
            }
        }
        let (mut args, keywords, star) = self.call_args(&c.arguments);
        match callee {
            Callee::Value(f) => {
                args.insert(0, f);
                self.emit(OpKind::Call { keywords, star }, args, span)
            }
            Callee::Method(obj, name) => {
                args.insert(0, obj);
                self.emit(
                    OpKind::CallMethod {
                        name,
                        keywords,
                        star,
                    },
                    args,
                    span,
                )
            }
            Callee::Super(name) => {
                let class = match (self.class, self.is_method()) {
                    (Some(class), true) => class,
                    _ => {
                        self.unsupported(
                            span,
                            "`super()` outside a method",
                            "call the base class function explicitly",
                        );
                        return Operand::Const(Constant::None);
                    }
                };
                let this = self.cursor().env[0].clone();
                args.insert(0, this);
                self.emit(
                    OpKind::CallSuper {
                        class,
                        name,
                        keywords,
                        star,
                    },
                    args,
                    span,
                )
            }
        }
    }

    fn is_method(&self) -> bool {
        matches!(
            self.ev.functions[self.func.0 as usize].kind,
            crate::program::FunctionKind::Method(_)
        ) && !self.locals.is_empty()
    }

    /// Positional args, keyword values (in order) with their names, and `*t`.
    fn call_args(&mut self, a: &ast::Arguments) -> (Vec<Operand>, Vec<String>, bool) {
        let mut args = Vec::new();
        let mut star = false;
        let n = a.args.len();
        for (i, x) in a.args.iter().enumerate() {
            match x {
                Expr::Starred(s) if i + 1 == n => {
                    star = true;
                    args.push(self.expr(&s.value));
                }
                Expr::Starred(_) => {
                    self.unsupported_expr(x, "only the last positional argument may be `*t`");
                }
                _ => args.push(self.expr(x)),
            }
        }
        let mut names = Vec::new();
        for k in a.keywords.iter() {
            match &k.arg {
                Some(name) => {
                    names.push(name.to_string());
                    args.push(self.expr(&k.value));
                }
                None => self.unsupported(
                    self.span(k),
                    "`**kwargs` in a call",
                    "pass the keyword arguments explicitly",
                ),
            }
        }
        (args, names, star)
    }
}

/// `super()` (any arguments).
fn is_super_call(e: &Expr) -> bool {
    matches!(e, Expr::Call(c) if matches!(&*c.func, Expr::Name(n) if n.id.as_str() == "super"))
}
