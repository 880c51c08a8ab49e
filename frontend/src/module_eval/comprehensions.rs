//! List and dict comprehensions in constant expressions
//! (`TABLE = [name.upper() for name in NAMES]` is evaluated at translation
//! time, like any other module-level constant).

use std::collections::HashMap;

use ruff_python_ast::{self as ast, Expr};

use super::{Evaluator, Scope};
use crate::program::Constant;

/// Stop runaway comprehensions (`[x for x in range(10**9)]`).
const MAX_ITEMS: usize = 1 << 20;

/// The result being built: list items or dict entries.
enum Acc {
    List(Vec<Constant>),
    Dict(Vec<(Constant, Constant)>),
}

impl Evaluator {
    pub(super) fn eval_list_comp(
        &mut self,
        c: &ast::ExprListComp,
        scope: &Scope,
    ) -> Option<Constant> {
        let mut acc = Acc::List(Vec::new());
        let locals = scope.locals.cloned().unwrap_or_default();
        self.comp_loop(&c.generators, &Elt::One(&c.elt), &mut acc, locals, scope)?;
        match acc {
            Acc::List(items) => Some(self.new_list(items)),
            Acc::Dict(_) => None,
        }
    }

    pub(super) fn eval_dict_comp(
        &mut self,
        c: &ast::ExprDictComp,
        scope: &Scope,
    ) -> Option<Constant> {
        let Some(key) = &c.key else {
            let e = Expr::DictComp(c.clone());
            return self.const_error(&e, scope, "`**` in a dict comprehension is not supported");
        };
        let mut acc = Acc::Dict(Vec::new());
        let locals = scope.locals.cloned().unwrap_or_default();
        self.comp_loop(
            &c.generators,
            &Elt::Pair(key, &c.value),
            &mut acc,
            locals,
            scope,
        )?;
        match acc {
            Acc::Dict(items) => Some(self.new_dict(items)),
            Acc::List(_) => None,
        }
    }

    /// Runs the generators from the first; at the innermost level evaluates
    /// the element(s) into `acc`.
    fn comp_loop(
        &mut self,
        gens: &[ast::Comprehension],
        elt: &Elt,
        acc: &mut Acc,
        locals: HashMap<String, Constant>,
        outer: &Scope,
    ) -> Option<()> {
        let scope = Scope {
            module: outer.module,
            file: outer.file,
            locals: Some(&locals),
        };
        let Some((g, rest)) = gens.split_first() else {
            match (elt, acc) {
                (Elt::One(e), Acc::List(items)) => items.push(self.eval_const(e, &scope)?),
                (Elt::Pair(k, v), Acc::Dict(items)) => {
                    let k = self.eval_const(k, &scope)?;
                    let v = self.eval_const(v, &scope)?;
                    match items.iter_mut().find(|(x, _)| *x == k) {
                        Some(slot) => slot.1 = v,
                        None => items.push((k, v)),
                    }
                }
                _ => return None,
            }
            return Some(());
        };
        let iterable = self.eval_const(&g.iter, &scope)?;
        let Some(items) = self.const_items(&iterable) else {
            return self
                .const_error(
                    &g.iter,
                    &scope,
                    "only tuples, lists, strings and dicts can be iterated here",
                )
                .map(|_| ());
        };
        for item in items {
            let mut inner = locals.clone();
            if !self.bind_comp_target(&g.target, item, &mut inner) {
                return self
                    .const_error(&g.target, &scope, "cannot unpack this item")
                    .map(|_| ());
            }
            let inner_scope = Scope {
                module: outer.module,
                file: outer.file,
                locals: Some(&inner),
            };
            let mut keep = true;
            for cond in &g.ifs {
                let c = self.eval_const(cond, &inner_scope)?;
                if !self.const_truth(&c) {
                    keep = false;
                    break;
                }
            }
            if keep {
                self.comp_loop(rest, elt, acc, inner, outer)?;
            }
            let len = match acc {
                Acc::List(v) => v.len(),
                Acc::Dict(v) => v.len(),
            };
            if len > MAX_ITEMS {
                return self
                    .const_error(&g.iter, &scope, "this comprehension builds too many items")
                    .map(|_| ());
            }
        }
        Some(())
    }

    fn bind_comp_target(
        &self,
        target: &Expr,
        value: Constant,
        locals: &mut HashMap<String, Constant>,
    ) -> bool {
        match target {
            Expr::Name(n) => {
                locals.insert(n.id.to_string(), value);
                true
            }
            Expr::Tuple(t) => self.bind_comp_items(&t.elts, value, locals),
            Expr::List(t) => self.bind_comp_items(&t.elts, value, locals),
            _ => false,
        }
    }

    fn bind_comp_items(
        &self,
        elts: &[Expr],
        value: Constant,
        locals: &mut HashMap<String, Constant>,
    ) -> bool {
        match self.const_items(&value) {
            Some(items) if items.len() == elts.len() => elts
                .iter()
                .zip(items)
                .all(|(e, v)| self.bind_comp_target(e, v, locals)),
            _ => false,
        }
    }
}

/// What a comprehension produces per iteration.
enum Elt<'e> {
    One(&'e Expr),
    Pair(&'e Expr, &'e Expr),
}
