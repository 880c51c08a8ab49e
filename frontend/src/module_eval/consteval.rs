//! Evaluation of constant expressions at translation time (module level, class
//! bodies, parameter defaults and the `__init__` of prebuilt instances).

use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr, Number};

use super::constops::{binop, compare};
use super::{Evaluator, Scope};
use crate::astutil::{expr_kind, span};
use crate::diagnostics::Rule;
use crate::flowgraph::{BinOp, CmpOp, UnaryOp};
use crate::library::builtin_name;
use crate::program::{Builtin, ClassId, Constant, DictId, ListId};

const CONST_HELP: &str = "module-level values must be constant expressions: literals, tuples, lists, dicts, \
                          other constants and instances of program classes; compute other values in a function";

/// Maps the AST operator to ours; `None` for `@`.
pub fn map_operator(op: ast::Operator) -> Option<BinOp> {
    use ast::Operator as O;
    Some(match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::Div => BinOp::TrueDiv,
        O::FloorDiv => BinOp::FloorDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitAnd => BinOp::BitAnd,
        O::BitOr => BinOp::BitOr,
        O::BitXor => BinOp::BitXor,
        O::MatMult => return None,
    })
}

pub fn map_cmpop(op: ast::CmpOp) -> CmpOp {
    use ast::CmpOp as C;
    match op {
        C::Eq => CmpOp::Eq,
        C::NotEq => CmpOp::Ne,
        C::Lt => CmpOp::Lt,
        C::LtE => CmpOp::Le,
        C::Gt => CmpOp::Gt,
        C::GtE => CmpOp::Ge,
        C::Is => CmpOp::Is,
        C::IsNot => CmpOp::IsNot,
        C::In => CmpOp::In,
        C::NotIn => CmpOp::NotIn,
    }
}

pub fn map_unaryop(op: ast::UnaryOp) -> UnaryOp {
    match op {
        ast::UnaryOp::USub => UnaryOp::Neg,
        ast::UnaryOp::UAdd => UnaryOp::Pos,
        ast::UnaryOp::Invert => UnaryOp::Invert,
        ast::UnaryOp::Not => UnaryOp::Not,
    }
}

/// A literal's value, if `e` is a literal (shared with the flow graph builder).
/// Returns Err with a message for literals outside the dialect.
pub fn literal(e: &Expr) -> Option<Result<Constant, &'static str>> {
    Some(Ok(match e {
        Expr::NoneLiteral(_) => Constant::None,
        Expr::BooleanLiteral(b) => Constant::Bool(b.value),
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => match i.as_i64() {
                Some(v) => Constant::Int(v),
                None => return Some(Err("integer literal does not fit in 64 bits")),
            },
            Number::Float(f) => Constant::Float(*f),
            Number::Complex { .. } => return Some(Err("complex numbers are not supported")),
        },
        Expr::StringLiteral(s) => Constant::Str(Rc::from(s.value.to_str())),
        Expr::BytesLiteral(b) => Constant::Bytes(b.value.bytes().collect::<Vec<u8>>().into()),
        _ => return None,
    }))
}

/// `-<number literal>` as a constant (so `-9223372036854775808` fits).
pub fn neg_literal(operand: &Expr) -> Option<Constant> {
    let Expr::NumberLiteral(n) = operand else {
        return None;
    };
    match &n.value {
        Number::Int(i) => match i.as_i64() {
            Some(v) => v.checked_neg().map(Constant::Int),
            None if i.to_string() == "9223372036854775808" => Some(Constant::Int(i64::MIN)),
            None => None,
        },
        Number::Float(f) => Some(Constant::Float(-f)),
        Number::Complex { .. } => None,
    }
}

/// Deeper constant expressions are refused (they would overflow the stack).
const MAX_CONST_NESTING: u32 = super::nesting::MAX_NESTING;

impl Evaluator {
    /// Like `eval_const` but reports nothing (used to probe decorators).
    pub(super) fn eval_const_quiet(&mut self, e: &Expr, scope: &Scope) -> Option<Constant> {
        let n = self.diags.items.len();
        let r = self.eval_const(e, scope);
        self.diags.items.truncate(n);
        r
    }

    pub(super) fn const_error(
        &mut self,
        e: &impl ruff_text_size::Ranged,
        scope: &Scope,
        msg: impl Into<String>,
    ) -> Option<Constant> {
        self.error(
            Rule::ModuleLevelCode,
            span(scope.file, e),
            msg,
            "not a translation-time constant",
            CONST_HELP,
        );
        None
    }

    /// Truth value of a constant (Python rules).
    pub fn const_truth(&self, c: &Constant) -> bool {
        match c {
            Constant::None | Constant::Undefined => false,
            Constant::Bool(b) => *b,
            Constant::Int(i) => *i != 0,
            Constant::Float(f) => *f != 0.0,
            Constant::Str(s) => !s.is_empty(),
            Constant::Bytes(b) => !b.is_empty(),
            Constant::Tuple(t) => !t.is_empty(),
            Constant::List(l) => !self.lists[l.0 as usize].is_empty(),
            Constant::Dict(d) => !self.dicts[d.0 as usize].is_empty(),
            _ => true,
        }
    }

    pub fn resolve_name(&self, name: &str, scope: &Scope) -> Option<Constant> {
        if let Some(v) = scope.locals.and_then(|l| l.get(name)) {
            return Some(v.clone());
        }
        if let Some(v) = self.module_global(scope.module, name) {
            return Some(v);
        }
        builtin_name(name)
    }

    /// `obj.name` on a constant; None if there is no such attribute.
    pub fn const_attr(&self, obj: &Constant, name: &str) -> Option<Constant> {
        match obj {
            Constant::Module(m) => self.module_global(*m, name),
            Constant::Class(c) => self.lookup_class_attr(*c, name),
            Constant::Instance(i) => {
                let inst = &self.instances[i.0 as usize];
                if let Some((_, v)) = inst.fields.iter().rev().find(|(n, _)| n == name) {
                    return Some(v.clone());
                }
                self.lookup_class_attr(inst.class, name)
            }
            Constant::Undefined => Some(Constant::Undefined),
            _ => None,
        }
    }

    pub fn new_list(&mut self, items: Vec<Constant>) -> Constant {
        self.lists.push(items);
        Constant::List(ListId(self.lists.len() as u32 - 1))
    }

    pub fn new_dict(&mut self, items: Vec<(Constant, Constant)>) -> Constant {
        self.dicts.push(items);
        Constant::Dict(DictId(self.dicts.len() as u32 - 1))
    }

    fn eval_all(&mut self, es: &[Expr], scope: &Scope) -> Option<Vec<Constant>> {
        let mut out = Vec::with_capacity(es.len());
        let mut ok = true;
        for e in es {
            match self.eval_const(e, scope) {
                Some(c) => out.push(c),
                None => ok = false,
            }
        }
        ok.then_some(out)
    }

    /// Evaluates a constant expression; reports a diagnostic and returns None
    /// when it is not one.
    pub fn eval_const(&mut self, e: &Expr, scope: &Scope) -> Option<Constant> {
        if self.const_depth >= MAX_CONST_NESTING {
            return self.const_error(e, scope, "this expression is nested too deeply");
        }
        self.const_depth += 1;
        let r = self.eval_const_inner(e, scope);
        self.const_depth -= 1;
        r
    }

    fn eval_const_inner(&mut self, e: &Expr, scope: &Scope) -> Option<Constant> {
        if let Some(lit) = literal(e) {
            return match lit {
                Ok(c) => Some(c),
                Err(msg) => {
                    self.error(
                        Rule::Unsupported,
                        span(scope.file, e),
                        msg,
                        "here",
                        "use a value that fits the dialect",
                    );
                    None
                }
            };
        }
        match e {
            Expr::Name(n) => match self.resolve_name(n.id.as_str(), scope) {
                Some(c) => Some(c),
                None => {
                    let mut known: Vec<&str> = scope
                        .locals
                        .into_iter()
                        .flat_map(|l| l.keys().map(String::as_str))
                        .collect();
                    known.extend(
                        self.modules[scope.module.0 as usize]
                            .globals
                            .keys()
                            .map(String::as_str),
                    );
                    for b in crate::library::builtin_names() {
                        known.push(b);
                    }
                    let help = match crate::suggest::closest(n.id.as_str(), known) {
                        Some(s) => format!("did you mean `{s}`? Otherwise define it at module level before this line, or import it"),
                        None => "define it at module level before this line, or import it".to_string(),
                    };
                    self.error(
                        Rule::UnknownName,
                        span(scope.file, e),
                        format!("name `{}` is not defined", n.id),
                        "unknown name",
                        &help,
                    );
                    None
                }
            },
            Expr::Attribute(a) => {
                let obj = self.eval_const(&a.value, scope)?;
                match self.const_attr(&obj, a.attr.as_str()) {
                    Some(c) => Some(c),
                    None => {
                        self.error(
                            Rule::UnknownName,
                            span(scope.file, &a.attr),
                            format!("this constant has no attribute `{}`", a.attr),
                            "unknown attribute",
                            "check the spelling, or define the attribute",
                        );
                        None
                    }
                }
            }
            Expr::UnaryOp(u) => {
                if u.op == ast::UnaryOp::USub {
                    if let Some(c) = neg_literal(&u.operand) {
                        return Some(c);
                    }
                }
                let v = self.eval_const(&u.operand, scope)?;
                let r = match (map_unaryop(u.op), &v) {
                    (UnaryOp::Not, _) => Ok(Constant::Bool(!self.const_truth(&v))),
                    (UnaryOp::Neg, Constant::Int(i)) => {
                        i.checked_neg().map(Constant::Int).ok_or("integer overflow")
                    }
                    (UnaryOp::Neg, Constant::Float(f)) => Ok(Constant::Float(-f)),
                    (UnaryOp::Pos, Constant::Int(_) | Constant::Float(_)) => Ok(v.clone()),
                    (UnaryOp::Invert, Constant::Int(i)) => Ok(Constant::Int(!i)),
                    _ => Err("this unary operator cannot be applied to this constant"),
                };
                r.or_else(|m| self.const_error(e, scope, m).ok_or(())).ok()
            }
            Expr::BinOp(b) => {
                let l = self.eval_const(&b.left, scope)?;
                let r = self.eval_const(&b.right, scope)?;
                let Some(op) = map_operator(b.op) else {
                    return self.const_error(e, scope, "`@` is not supported");
                };
                if let Some(r) = self.const_list_binop(op, &l, &r) {
                    return r.or_else(|m| self.const_error(e, scope, m).ok_or(())).ok();
                }
                match binop(op, &l, &r) {
                    Ok(c) => Some(c),
                    Err(m) => self.const_error(e, scope, m),
                }
            }
            Expr::BoolOp(b) => {
                let mut last = None;
                for v in &b.values {
                    let c = self.eval_const(v, scope)?;
                    let t = self.const_truth(&c);
                    let decided = match b.op {
                        ast::BoolOp::And => !t,
                        ast::BoolOp::Or => t,
                    };
                    last = Some(c);
                    if decided {
                        break;
                    }
                }
                last
            }
            Expr::Compare(c) => {
                let mut left = self.eval_const(&c.left, scope)?;
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    let right = self.eval_const(right, scope)?;
                    match compare(map_cmpop(*op), &left, &right) {
                        Ok(true) => left = right,
                        Ok(false) => return Some(Constant::Bool(false)),
                        Err(m) => return self.const_error(e, scope, m),
                    }
                }
                Some(Constant::Bool(true))
            }
            Expr::If(i) => {
                let t = self.eval_const(&i.test, scope)?;
                if self.const_truth(&t) {
                    self.eval_const(&i.body, scope)
                } else {
                    self.eval_const(&i.orelse, scope)
                }
            }
            Expr::Tuple(t) => {
                if t.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
                    return self.const_error(e, scope, "starred items are not supported");
                }
                Some(Constant::Tuple(self.eval_all(&t.elts, scope)?.into()))
            }
            Expr::List(l) => {
                if l.elts.iter().any(|x| matches!(x, Expr::Starred(_))) {
                    return self.const_error(e, scope, "starred items are not supported");
                }
                let items = self.eval_all(&l.elts, scope)?;
                Some(self.new_list(items))
            }
            Expr::Dict(d) => {
                let mut items: Vec<(Constant, Constant)> = Vec::new();
                for item in &d.items {
                    let Some(k) = &item.key else {
                        return self.const_error(
                            e,
                            scope,
                            "`**` in dict literals is not supported",
                        );
                    };
                    let k = self.eval_const(k, scope)?;
                    let v = self.eval_const(&item.value, scope)?;
                    match items.iter_mut().find(|(x, _)| *x == k) {
                        Some(slot) => slot.1 = v,
                        None => items.push((k, v)),
                    }
                }
                Some(self.new_dict(items))
            }
            Expr::Subscript(s) => {
                let obj = self.eval_const(&s.value, scope)?;
                let key = self.eval_const(&s.slice, scope)?;
                match self.const_getitem(&obj, &key) {
                    Ok(c) => Some(c),
                    Err(m) => self.const_error(e, scope, m),
                }
            }
            Expr::Call(c) => self.eval_const_call(c, scope),
            Expr::ListComp(c) => self.eval_list_comp(c, scope),
            Expr::DictComp(c) => self.eval_dict_comp(c, scope),
            // Outside the dialect anywhere, not just at module level.
            Expr::Lambda(_)
            | Expr::Set(_)
            | Expr::SetComp(_)
            | Expr::Generator(_)
            | Expr::Named(_)
            | Expr::Yield(_)
            | Expr::YieldFrom(_)
            | Expr::Await(_)
            | Expr::TString(_)
            | Expr::IpyEscapeCommand(_) => {
                let help = match e {
                    Expr::Lambda(_) => "define a function with `def`",
                    Expr::Set(_) | Expr::SetComp(_) => {
                        "use a dict with `True` values instead of a set"
                    }
                    _ => "rewrite it with supported constructs",
                };
                self.error(
                    Rule::Unsupported,
                    span(scope.file, e),
                    format!("a {} is not supported", expr_kind(e)),
                    "outside the RPython dialect",
                    help,
                );
                None
            }
            _ => self.const_error(
                e,
                scope,
                format!("a {} is not a constant expression", expr_kind(e)),
            ),
        }
    }

    fn const_getitem(&self, obj: &Constant, key: &Constant) -> Result<Constant, String> {
        let index = |len: usize| -> Result<usize, String> {
            let Constant::Int(i) = key else {
                return Err("index must be an int".into());
            };
            let i = if *i < 0 { *i + len as i64 } else { *i };
            if i < 0 || i >= len as i64 {
                return Err("index out of range".into());
            }
            Ok(i as usize)
        };
        match obj {
            Constant::Tuple(t) => Ok(t[index(t.len())?].clone()),
            Constant::List(l) => {
                let items = &self.lists[l.0 as usize];
                Ok(items[index(items.len())?].clone())
            }
            Constant::Dict(d) => self.dicts[d.0 as usize]
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| "key not found".into()),
            _ => Err("only tuples, lists and dicts can be indexed at translation time".into()),
        }
    }

    fn eval_const_call(&mut self, c: &ast::ExprCall, scope: &Scope) -> Option<Constant> {
        let callee = self.eval_const(&c.func, scope)?;
        let e = Expr::Call(c.clone());
        match callee {
            Constant::Builtin(Builtin::JitDriver) => Some(Constant::Builtin(Builtin::JitDriver)),
            Constant::Builtin(b) if c.arguments.keywords.is_empty() => {
                let mut args = Vec::new();
                for a in c.arguments.args.iter() {
                    args.push(self.eval_const(a, scope)?);
                }
                match self.const_builtin_call(b, &args) {
                    Ok(v) => Some(v),
                    Err(m) => self.const_error(&e, scope, m),
                }
            }
            Constant::Class(cls) if !self.classes[cls.0 as usize].builtin => {
                let mut args = Vec::new();
                for a in c.arguments.args.iter() {
                    if matches!(a, Expr::Starred(_)) {
                        return self.const_error(a, scope, "`*args` is not supported here");
                    }
                    args.push(self.eval_const(a, scope)?);
                }
                let mut kwargs = Vec::new();
                for k in c.arguments.keywords.iter() {
                    let Some(name) = &k.arg else {
                        return self.const_error(&k.value, scope, "`**kwargs` is not supported here");
                    };
                    kwargs.push((name.to_string(), self.eval_const(&k.value, scope)?));
                }
                self.instantiate(cls, args, kwargs, span(scope.file, &e))
            }
            Constant::Undefined => Some(Constant::Undefined),
            _ => self.const_error(
                &e,
                scope,
                "only program classes (prebuilt instances), `JitDriver` and simple builtins (`len`, `min`, \
                 `ord`, ...) can be called at translation time",
            ),
        }
    }

    /// Sets (or replaces) an attribute of a prebuilt instance.
    pub(super) fn set_field(
        &mut self,
        inst: crate::program::InstanceId,
        name: &str,
        value: Constant,
    ) {
        let fields = &mut self.instances[inst.0 as usize].fields;
        match fields.iter_mut().find(|(n, _)| n == name) {
            Some(slot) => slot.1 = value,
            None => fields.push((name.to_string(), value)),
        }
    }

    pub fn class_name(&self, c: ClassId) -> &str {
        &self.classes[c.0 as usize].name
    }
}
