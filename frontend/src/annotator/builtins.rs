//! Calls of the builtin functions and library functions the dialect knows.

use super::lattice::SomeValue;
use super::tables::BlockKey;
use super::Annotator;
use crate::diagnostics::{Diagnostic, Rule, Span};
use crate::flowgraph::Operand;
use crate::program::{Builtin, Constant};

impl Annotator<'_> {
    #[allow(clippy::too_many_arguments)]
    pub(super) fn call_builtin(
        &mut self,
        key: BlockKey,
        index: usize,
        b: Builtin,
        operands: &[Operand],
        values: &[SomeValue],
        keywords: &[String],
        span: Span,
    ) -> SomeValue {
        use SomeValue as S;
        let npos = values.len() - keywords.len();
        let args = &values[..npos];
        if b != Builtin::Print && !keywords.is_empty() {
            self.unsupported(
                span,
                format!(
                    "keyword arguments are not supported for {}",
                    builtin_name(b)
                ),
            );
            return S::Impossible;
        }
        let arity = |this: &mut Self, ok: bool| -> bool {
            if !ok {
                let d = Diagnostic::new(
                    Rule::Arity,
                    span,
                    format!(
                        "wrong number of arguments for {}(): {} given",
                        builtin_name(b),
                        args.len()
                    ),
                )
                .label("called here")
                .help("see docs/dialect.md for the supported signatures");
                this.error_once(d);
            }
            ok
        };
        let n = args.len();
        let float_args = |this: &mut Self, count: usize| -> bool {
            if !arity(this, n == count) {
                return false;
            }
            if args.iter().all(|a| a.is_numeric()) {
                true
            } else {
                this.unsupported(span, format!("{}() needs numbers", builtin_name(b)));
                false
            }
        };
        match b {
            Builtin::Print => {
                for k in keywords {
                    if k != "sep" && k != "end" {
                        self.unsupported(span, format!("print() keyword `{k}` is not supported"));
                    }
                }
                S::None
            }
            Builtin::Len => {
                if !arity(self, n == 1) {
                    return S::Impossible;
                }
                match &args[0] {
                    S::Str { .. }
                    | S::Bytes { .. }
                    | S::List { .. }
                    | S::Dict { .. }
                    | S::Tuple(_)
                    | S::Range => S::Int,
                    other => {
                        self.unsupported(
                            span,
                            format!("len() of {} is not supported", self.describe(other)),
                        );
                        S::Impossible
                    }
                }
            }
            Builtin::Range => {
                if !arity(self, (1..=3).contains(&n)) {
                    return S::Impossible;
                }
                if !args.iter().all(|a| a.is_intlike()) {
                    self.unsupported(span, "range() arguments must be ints".into());
                    return S::Impossible;
                }
                S::Range
            }
            Builtin::Str | Builtin::Repr => {
                if arity(self, n == 1 || (b == Builtin::Str && n == 0)) {
                    S::str()
                } else {
                    S::Impossible
                }
            }
            Builtin::Int => {
                if !arity(self, n == 1) {
                    return S::Impossible;
                }
                match &args[0] {
                    S::Str { .. } | S::Int | S::Bool | S::Float | S::Uint => S::Int,
                    other => {
                        self.unsupported(
                            span,
                            format!("int() of {} is not supported", self.describe(other)),
                        );
                        S::Impossible
                    }
                }
            }
            Builtin::Float => {
                if !arity(self, n == 1) {
                    return S::Impossible;
                }
                match &args[0] {
                    S::Str { .. } | S::Int | S::Bool | S::Float | S::Uint => S::Float,
                    other => {
                        self.unsupported(
                            span,
                            format!("float() of {} is not supported", self.describe(other)),
                        );
                        S::Impossible
                    }
                }
            }
            Builtin::Bool => {
                if arity(self, n == 1) {
                    S::Bool
                } else {
                    S::Impossible
                }
            }
            Builtin::Ord => {
                if arity(self, n == 1) {
                    S::Int
                } else {
                    S::Impossible
                }
            }
            Builtin::Chr => {
                if arity(self, n == 1) {
                    S::str()
                } else {
                    S::Impossible
                }
            }
            Builtin::Isinstance => {
                if !arity(self, n == 2) {
                    return S::Impossible;
                }
                let classes_ok = match &operands[1] {
                    Operand::Const(Constant::Class(_)) => true,
                    Operand::Const(Constant::Tuple(items)) => {
                        items.iter().all(|i| matches!(i, Constant::Class(_)))
                    }
                    _ => false,
                };
                if !classes_ok {
                    self.unsupported(
                        span,
                        "isinstance() needs a constant class or tuple of classes".into(),
                    );
                    return S::Impossible;
                }
                S::Bool
            }
            Builtin::Min | Builtin::Max => {
                if n == 1 {
                    match self.iteration_item(&args[0]) {
                        Some((_, item)) => item,
                        None => {
                            self.unsupported(
                                span,
                                "min()/max() of one argument needs a list".into(),
                            );
                            S::Impossible
                        }
                    }
                } else if arity(self, n >= 2) {
                    let mut v = S::Impossible;
                    for a in args {
                        match self.union(&v, a) {
                            Some(u) => v = u,
                            None => {
                                self.unsupported(
                                    span,
                                    "min()/max() arguments must have one type".into(),
                                );
                                return S::Impossible;
                            }
                        }
                    }
                    v
                } else {
                    S::Impossible
                }
            }
            Builtin::Abs => {
                if !arity(self, n == 1) {
                    return S::Impossible;
                }
                match &args[0] {
                    S::Bool | S::Int => S::Int,
                    S::Float => S::Float,
                    other => {
                        self.unsupported(span, format!("abs() of {}", self.describe(other)));
                        S::Impossible
                    }
                }
            }
            Builtin::List | Builtin::Sorted | Builtin::Reversed => {
                let def = self.site_list(key, index, 0, span);
                if n == 0 && b == Builtin::List {
                    return S::List {
                        def,
                        nullable: false,
                    };
                }
                if !arity(self, n == 1) {
                    return S::Impossible;
                }
                match self.iteration_item(&args[0]) {
                    Some((_, item)) => {
                        self.generalize_list(def, &item, span);
                        S::List {
                            def,
                            nullable: false,
                        }
                    }
                    None => {
                        self.unsupported(
                            span,
                            format!("cannot iterate over {}", self.describe(&args[0])),
                        );
                        S::Impossible
                    }
                }
            }
            Builtin::Enumerate | Builtin::Zip => {
                let want = if b == Builtin::Enumerate { 1 } else { 2 };
                if !arity(self, n == want) {
                    return S::Impossible;
                }
                let mut items = Vec::new();
                if b == Builtin::Enumerate {
                    items.push(S::Int);
                }
                for a in args {
                    match self.iteration_item(a) {
                        Some((_, item)) => items.push(item),
                        None => {
                            self.unsupported(
                                span,
                                format!("cannot iterate over {}", self.describe(a)),
                            );
                            return S::Impossible;
                        }
                    }
                }
                let def = self.site_list(key, index, 0, span);
                self.generalize_list(def, &S::Tuple(items), span);
                S::List {
                    def,
                    nullable: false,
                }
            }
            Builtin::Dict => {
                if !arity(self, n == 0) {
                    return S::Impossible;
                }
                let def = self.site_dict(key, index, 0, span);
                S::Dict {
                    def,
                    nullable: false,
                }
            }
            Builtin::Hash | Builtin::ComputeHash => {
                if arity(self, n == 1) {
                    S::Int
                } else {
                    S::Impossible
                }
            }
            Builtin::OsWrite => {
                if arity(self, n == 2) {
                    S::Int
                } else {
                    S::Impossible
                }
            }
            Builtin::OsRead => {
                if arity(self, n == 2) {
                    S::Bytes { nullable: false }
                } else {
                    S::Impossible
                }
            }
            Builtin::OsOpen => {
                if arity(self, n == 2 || n == 3) {
                    S::Int
                } else {
                    S::Impossible
                }
            }
            Builtin::OsClose => {
                if arity(self, n == 1) {
                    S::None
                } else {
                    S::Impossible
                }
            }
            Builtin::TimeTime => {
                if arity(self, n == 0) {
                    S::Float
                } else {
                    S::Impossible
                }
            }
            Builtin::MathSqrt
            | Builtin::MathSin
            | Builtin::MathCos
            | Builtin::MathTan
            | Builtin::MathExp
            | Builtin::MathLog
            | Builtin::MathFabs => {
                if float_args(self, 1) {
                    S::Float
                } else {
                    S::Impossible
                }
            }
            Builtin::MathAtan2 | Builtin::MathPow => {
                if float_args(self, 2) {
                    S::Float
                } else {
                    S::Impossible
                }
            }
            Builtin::MathFloor | Builtin::MathCeil => {
                if float_args(self, 1) {
                    S::Int
                } else {
                    S::Impossible
                }
            }
            Builtin::MathIsnan | Builtin::MathIsinf => {
                if float_args(self, 1) {
                    S::Bool
                } else {
                    S::Impossible
                }
            }
            Builtin::Intmask | Builtin::Ovfcheck => {
                if arity(self, n == 1) && args[0].is_intlike() {
                    S::Int
                } else {
                    self.unsupported(span, format!("{}() needs an int", builtin_name(b)));
                    S::Impossible
                }
            }
            Builtin::RUint => {
                if arity(self, n == 1) && args[0].is_intlike() {
                    S::Uint
                } else {
                    S::Impossible
                }
            }
            Builtin::WeAreTranslated => S::Bool,
            Builtin::Promote => {
                if arity(self, n == 1) {
                    args[0].clone()
                } else {
                    S::Impossible
                }
            }
            Builtin::Tuple
            | Builtin::Super
            | Builtin::Bytes
            | Builtin::Specialize
            | Builtin::JitDriver
            | Builtin::JitHint
            | Builtin::StaticMethod => {
                self.unsupported(span, format!("{}() cannot be called here", builtin_name(b)));
                S::Impossible
            }
        }
    }
}

pub(crate) fn builtin_name(b: Builtin) -> String {
    let s = format!("{b:?}");
    for prefix in ["Math", "Os", "Time"] {
        if let Some(rest) = s.strip_prefix(prefix) {
            return format!("{}.{}", prefix.to_lowercase(), rest.to_lowercase());
        }
    }
    s.to_lowercase()
}
