//! Calls: binding arguments to parameters, functions as values, methods,
//! and instantiation.

use super::lattice::SomeValue;
use super::tables::BlockKey;
use super::Annotator;
use crate::diagnostics::{Diagnostic, Rule, Span};
use crate::flowgraph::Operand;
use crate::program::{ClassId, FuncId, FunctionKind};

/// Positional values then keyword values, as a call site passes them.
pub(super) struct CallArgs<'a> {
    pub positional: Vec<SomeValue>,
    pub keywords: &'a [String],
    pub keyword_values: Vec<SomeValue>,
}

impl<'a> CallArgs<'a> {
    /// Splits call-site values; with `star`, the last positional is a tuple to spread.
    pub fn new(values: &[SomeValue], keywords: &'a [String], star: bool) -> Option<CallArgs<'a>> {
        let npos = values.len() - keywords.len();
        let mut positional: Vec<SomeValue> = values[..npos].to_vec();
        if star {
            match positional.pop() {
                Some(SomeValue::Tuple(items)) => positional.extend(items),
                _ => return None,
            }
        }
        Some(CallArgs {
            positional,
            keywords,
            keyword_values: values[npos..].to_vec(),
        })
    }
}

impl Annotator<'_> {
    /// Binds arguments to `func`'s parameters (filling defaults), reporting
    /// arity errors as CPython words them. None when they don't fit.
    pub(super) fn bind_args(
        &mut self,
        func: FuncId,
        args: &CallArgs,
        span: Span,
    ) -> Option<Vec<SomeValue>> {
        let f = self.function(func);
        let params = f.params.clone();
        let mut slots: Vec<Option<SomeValue>> = vec![None; params.len()];
        let name = f.name.clone();
        let def_span = f.span;
        let arity_error = |this: &mut Self, msg: String| {
            let d = Diagnostic::new(Rule::Arity, span, msg)
                .label("called here")
                .note(def_span, "function defined here")
                .help("pass exactly the parameters the function declares");
            this.error_once(d);
        };
        if args.positional.len() > params.len() {
            let required = params.iter().filter(|p| p.default.is_none()).count();
            let takes = if required == params.len() {
                format!("{}", params.len())
            } else {
                format!("from {} to {}", required, params.len())
            };
            arity_error(
                self,
                format!(
                    "{name}() takes {takes} positional argument{} but {} {} given",
                    if params.len() == 1 { "" } else { "s" },
                    args.positional.len(),
                    if args.positional.len() == 1 {
                        "was"
                    } else {
                        "were"
                    }
                ),
            );
            return None;
        }
        for (i, v) in args.positional.iter().enumerate() {
            slots[i] = Some(v.clone());
        }
        for (kw, v) in args.keywords.iter().zip(&args.keyword_values) {
            match params.iter().position(|p| &p.name == kw) {
                Some(i) if slots[i].is_none() => slots[i] = Some(v.clone()),
                Some(_) => {
                    arity_error(
                        self,
                        format!("{name}() got multiple values for argument '{kw}'"),
                    );
                    return None;
                }
                None => {
                    arity_error(
                        self,
                        format!("{name}() got an unexpected keyword argument '{kw}'"),
                    );
                    return None;
                }
            }
        }
        let mut out = Vec::with_capacity(params.len());
        let mut missing = Vec::new();
        for (slot, p) in slots.into_iter().zip(&params) {
            match (slot, &p.default) {
                (Some(v), _) => out.push(v),
                (None, Some(d)) => out.push(self.const_value(d, p.span)),
                (None, None) => missing.push(format!("'{}'", p.name)),
            }
        }
        if !missing.is_empty() {
            let list = match missing.len() {
                1 => missing[0].clone(),
                _ => {
                    let last = missing.pop().unwrap();
                    format!("{} and {}", missing.join(", "), last)
                }
            };
            arity_error(
                self,
                format!(
                    "{name}() missing {} required positional argument{}: {list}",
                    missing.len().max(1),
                    if list.contains(" and ") { "s" } else { "" }
                ),
            );
            return None;
        }
        Some(out)
    }

    /// Calls a known function. `values` are the call-site values (self first
    /// when `with_self`); `rest` are the values after self.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn call_func(
        &mut self,
        func: FuncId,
        values: Vec<SomeValue>,
        _rest: &[SomeValue],
        keywords: &[String],
        star: bool,
        span: Span,
        _with_self: bool,
    ) -> SomeValue {
        let Some(args) = CallArgs::new(&values, keywords, star) else {
            self.unsupported(span, "`*args` at a call site needs a tuple".into());
            return SomeValue::Impossible;
        };
        match self.bind_args(func, &args, span) {
            Some(bound) => {
                let target = self.specialized(func, &bound);
                if target != func {
                    self.spec_sites
                        .insert((self.current, self.current_op, func), target);
                }
                self.call_function(target, bound, span)
            }
            None => SomeValue::Impossible,
        }
    }

    /// `callee(args)` where the callee is any value.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn call_value(
        &mut self,
        key: BlockKey,
        index: usize,
        callee: &SomeValue,
        operands: &[Operand],
        values: &[SomeValue],
        keywords: &[String],
        star: bool,
        span: Span,
    ) -> SomeValue {
        match callee {
            SomeValue::Functions { funcs, .. } => {
                let mut result = SomeValue::Impossible;
                for f in funcs.clone() {
                    let r = self.call_func(f, values.to_vec(), values, keywords, star, span, false);
                    result = self.union(&result, &r).unwrap_or(result);
                }
                if funcs.len() > 1 {
                    let funcs: Vec<FuncId> = funcs.iter().copied().collect();
                    self.unify_family(&funcs, 0, span);
                }
                result
            }
            SomeValue::Class(c) => self.instantiate(*c, values, keywords, star, span),
            SomeValue::BoundMethod { class, names } => {
                let recv = SomeValue::Instance {
                    class: *class,
                    nullable: false,
                };
                let mut result = SomeValue::Impossible;
                for name in names.clone() {
                    let r = self
                        .call_instance_method(*class, &name, &recv, values, keywords, star, span);
                    result = self.union(&result, &r).unwrap_or(result);
                }
                result
            }

            SomeValue::Builtin(_) if star => {
                self.unsupported(
                    span,
                    "`*args` in calls of builtin functions is not supported".into(),
                );
                SomeValue::Impossible
            }
            SomeValue::Builtin(b) => {
                self.call_builtin(key, index, *b, operands, values, keywords, span)
            }

            other => {
                self.unsupported(span, format!("{} is not callable", self.describe(other)));
                SomeValue::Impossible
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn call_instance_method(
        &mut self,
        class: ClassId,
        name: &str,
        _receiver: &SomeValue,
        values: &[SomeValue],
        keywords: &[String],
        star: bool,
        span: Span,
    ) -> SomeValue {
        let impls = self.program.method_implementations(class, name);
        if impls.is_empty() {
            let d = Diagnostic::new(
                Rule::AttributeNeverSet,
                span,
                format!(
                    "`{}` has no method `{name}`",
                    self.program.class(class).name
                ),
            )
            .label("called here")
            .help("define the method in the class or one of its bases");
            self.error_once(d);
            return SomeValue::Impossible;
        }
        let mut result = SomeValue::Impossible;
        for &f in &impls {
            let mut call = Vec::with_capacity(values.len() + 1);
            match self.function(f).kind {
                FunctionKind::Method(owner) => call.push(SomeValue::Instance {
                    class: owner,
                    nullable: false,
                }),
                FunctionKind::StaticMethod(_) | FunctionKind::Plain => {}
            }
            call.extend(values.iter().cloned());
            let r = self.call_func(f, call, values, keywords, star, span, true);
            result = self.union(&result, &r).unwrap_or(result);
        }
        if impls.len() > 1 {
            self.unify_family(&impls, 1, span);
        }
        result
    }

    /// Functions called from one place (overriding methods, or functions
    /// held by one variable) get one signature: the parameters from `first`
    /// on (1 skips `self`) and the result. Backends can then make them one
    /// virtual method or call them through one function type.
    fn unify_family(&mut self, impls: &[FuncId], first: usize, span: Span) {
        let params_of = |this: &mut Self, f: FuncId| -> Vec<crate::flowgraph::Var> {
            let g = &this.function(f).graph;
            g.block(g.start).params.clone()
        };
        let arity = params_of(self, impls[0]).len();
        if impls.iter().any(|f| params_of(self, *f).len() != arity) {
            return;
        }
        let mut ret = SomeValue::Impossible;
        let mut params = vec![SomeValue::Impossible; arity];
        for &f in impls {
            let vars = params_of(self, f);
            for (i, v) in vars.iter().enumerate().skip(first) {
                let b = self.graph_state(f).bindings[v.0 as usize].clone();
                params[i] = self.union(&params[i], &b).unwrap_or(params[i].clone());
            }
            let r = self.graph_state(f).ret.clone();
            ret = self.union(&ret, &r).unwrap_or(ret);
        }
        for &f in impls {
            let vars = params_of(self, f);
            let mut changed = false;
            for (i, v) in vars.iter().enumerate().skip(first) {
                changed |= self.bind(f, *v, &params[i], span);
            }
            if changed {
                let start = self.function(f).graph.start;
                self.schedule((f, start));
            }
            let g = self.graph_state(f);
            if g.ret != ret && ret != SomeValue::Impossible {
                g.ret = ret.clone();
                let readers = g.ret_readers.clone();
                self.schedule_all(readers);
            }
        }
    }

    /// `C(args)`: allocates and runs `__init__`.
    pub(super) fn instantiate(
        &mut self,
        class: ClassId,
        values: &[SomeValue],
        keywords: &[String],
        star: bool,
        span: Span,
    ) -> SomeValue {
        self.instantiated.insert(class);
        let instance = SomeValue::Instance {
            class,
            nullable: false,
        };
        match self.program.lookup_method(class, "__init__") {
            Some(init) => {
                let mut call = vec![instance.clone()];
                call.extend(values.iter().cloned());
                let r = self.call_func(init, call, values, keywords, star, span, true);
                if r == SomeValue::Impossible && self.graph_state(init).ret == SomeValue::Impossible
                {
                    // __init__ not annotated yet (or always raises): the instance still exists
                    // for the purposes of typing the rest of the block.
                }
            }
            None => {
                let builtin_exc = self.program.class(class).builtin
                    || self
                        .program
                        .is_subclass(class, self.program.builtin_class("BaseException"));
                if !builtin_exc && !values.is_empty() {
                    let d = Diagnostic::new(
                        Rule::Arity,
                        span,
                        format!("{}() takes no arguments", self.program.class(class).name),
                    )
                    .label("called here")
                    .help("define `__init__` to accept arguments");
                    self.error_once(d);
                } else if builtin_exc && values.len() > 1 {
                    self.unsupported(
                        span,
                        "exceptions take at most one argument (the message)".into(),
                    );
                }
            }
        }
        instance
    }

    /// `obj.name(args)`.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn call_method(
        &mut self,
        key: BlockKey,
        index: usize,
        receiver: &SomeValue,
        name: &str,
        operands: &[Operand],
        values: &[SomeValue],
        keywords: &[String],
        star: bool,
        span: Span,
    ) -> SomeValue {
        match receiver {
            SomeValue::Instance { class, .. } => {
                if self.method_exists_below(*class, name) {
                    self.call_instance_method(*class, name, receiver, values, keywords, star, span)
                } else {
                    let callee = self.read_attr(*class, name, span);
                    if callee == SomeValue::Impossible {
                        return SomeValue::Impossible;
                    }
                    self.call_value(key, index, &callee, operands, values, keywords, star, span)
                }
            }
            SomeValue::Opaque(crate::program::Builtin::JitDriver) => SomeValue::None,
            // `Exception.__init__(self, msg)` in a subclass's `__init__`.
            SomeValue::Class(c)
                if name == "__init__"
                    && self
                        .program
                        .is_subclass(*c, self.program.builtin_class("BaseException"))
                    && self.program.class(*c).builtin
                    && (1..=2).contains(&values.len()) =>
            {
                SomeValue::None
            }

            _ if !keywords.is_empty() || star => {
                let what = if star { "`*args`" } else { "keyword arguments" };
                self.unsupported(
                    span,
                    format!("{what} in calls of `{name}` are not supported"),
                );
                SomeValue::Impossible
            }
            _ => self.call_builtin_method(key, index, receiver, name, values, span),
        }
    }
}
