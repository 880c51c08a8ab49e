//! Flowing annotations through one block: operations, then the exits.

use super::lattice::{IterSource, SomeValue};
use super::tables::BlockKey;
use super::Annotator;
use crate::diagnostics::{Diagnostic, Rule, Span};
use crate::flowgraph::{BinOp, CmpOp, Exit, Link, LinkArg, Op, OpKind, Operand, UnaryOp};
use crate::program::{Constant, FuncId};

impl Annotator<'_> {
    pub(super) fn operand(&mut self, func: FuncId, operand: &Operand, span: Span) -> SomeValue {
        match operand {
            Operand::Var(v) => self.graph_state(func).bindings[v.0 as usize].clone(),
            Operand::Const(c) => self.const_value(c, span),
        }
    }

    pub(super) fn flow_block(&mut self, key: BlockKey) {
        let (func, bid) = key;
        self.current = key;
        let block = self.function(func).graph.block(bid);
        for (index, op) in block.ops.iter().enumerate() {
            let args: Vec<SomeValue> = op
                .args
                .iter()
                .map(|a| self.operand(func, a, op.span))
                .collect();
            if args.contains(&SomeValue::Impossible) {
                // Not all inputs are known yet: this block is re-flowed when they are.
                // Exception edges of the op are still possible once it runs.
                return;
            }
            self.current = key;
            self.current_op = index;
            let result = self.annotate_op(key, index, op, &args);
            if result == SomeValue::Impossible {
                if index + 1 == block.ops.len() {
                    self.follow_handlers(func, &block.exit, op.span);
                }
                return;
            }
            self.bind(func, op.result, &result, op.span);
        }
        let span = block.exit_span;
        match &block.exit {
            Exit::Goto(link) => self.follow(func, link, span, None),
            Exit::Branch {
                if_true, if_false, ..
            } => {
                self.follow(func, if_true, span, None);
                self.follow(func, if_false, span, None);
            }
            Exit::Return(value) => {
                let v = self.operand(func, value, span);
                let old = self.graph_state(func).ret.clone();
                match self.union(&old, &v) {
                    Some(new) if new != old => {
                        let g = self.graph_state(func);
                        g.ret = new;
                        let readers = g.ret_readers.clone();
                        self.schedule_all(readers);
                    }
                    Some(_) => {}
                    None => {
                        let name = &self.function(func).name;
                        let d = Diagnostic::new(
                            Rule::TypeConflict,
                            span,
                            format!(
                                "function `{name}` returns conflicting types: {} and {}",
                                self.describe(&old),
                                self.describe(&v)
                            ),
                        )
                        .label(format!("this returns {}", self.describe(&v)))
                        .help("make every `return` of the function give the same type");
                        self.error_once(d);
                    }
                }
            }
            Exit::Raise(_) | Exit::Unfinished => {}
            Exit::Catch { normal, handlers } => {
                self.follow(func, normal, span, None);
                for h in handlers {
                    self.follow(func, &h.link, span, Some(h.class));
                }
            }
        }
    }

    fn follow_handlers(&mut self, func: FuncId, exit: &Exit, span: Span) {
        if let Exit::Catch { handlers, .. } = exit {
            for h in handlers {
                self.follow(func, &h.link, span, Some(h.class));
            }
        }
    }

    /// Passes the link's arguments to the target block's parameters.
    fn follow(
        &mut self,
        func: FuncId,
        link: &Link,
        span: Span,
        caught: Option<Option<crate::program::ClassId>>,
    ) {
        let program = self.program;
        let target = self.function(func).graph.block(link.target);

        let mut changed = !self.graph_state(func).reached[link.target.0 as usize];
        for (param, arg) in target.params.iter().zip(&link.args) {
            // A conflict is reported where the incoming value was made, not at
            // the jump.
            let span = match arg {
                LinkArg::Operand(Operand::Var(v)) => {
                    self.graph_state(func).origins[v.0 as usize].unwrap_or(span)
                }
                _ => span,
            };
            let value = match arg {
                LinkArg::Operand(o) => self.operand(func, o, span),

                LinkArg::CaughtException => {
                    let class = caught
                        .flatten()
                        .unwrap_or_else(|| program.builtin_class("BaseException"));
                    SomeValue::Instance {
                        class,
                        nullable: false,
                    }
                }
            };
            changed |= self.bind(func, *param, &value, span);
        }
        if changed {
            self.graph_state(func).reached[link.target.0 as usize] = true;
            self.schedule((func, link.target));
        }
    }

    fn annotate_op(
        &mut self,
        key: BlockKey,
        index: usize,
        op: &Op,
        args: &[SomeValue],
    ) -> SomeValue {
        let span = op.span;
        let uses_receiver = matches!(
            op.kind,
            OpKind::GetAttr(_)
                | OpKind::SetAttr(_)
                | OpKind::CallMethod { .. }
                | OpKind::Call { .. }
                | OpKind::GetItem
                | OpKind::SetItem
                | OpKind::DelItem
                | OpKind::GetSlice
                | OpKind::Iter
        );
        if uses_receiver && args[0] == SomeValue::None {
            // Only None reached here so far: wait until the value generalises
            // (checked once the fixpoint is reached).
            self.none_receivers.push((key.0, op.args[0].clone(), span));
            return SomeValue::Impossible;
        }
        match &op.kind {
            OpKind::BinOp(b) => self.binop(*b, &args[0], &args[1], span, false),
            OpKind::InplaceBinOp(b) => self.binop(*b, &args[0], &args[1], span, true),
            OpKind::Unary(u) => self.unary(*u, &args[0], span),
            OpKind::Compare(c) => self.compare(*c, &args[0], &args[1], span),
            OpKind::Truth => SomeValue::Bool,
            OpKind::GetAttr(name) => self.getattr(&args[0], name, span),
            OpKind::SetAttr(name) => {
                match &args[0] {
                    SomeValue::Instance { class, .. } => {
                        self.write_attr(*class, name, &args[1], span)
                    }
                    other => self.unsupported(
                        span,
                        format!("cannot set attribute `{name}` on {}", self.describe(other)),
                    ),
                }
                SomeValue::None
            }
            OpKind::GetItem => self.getitem(&args[0], &args[1], &op.args[1], span),
            OpKind::SetItem => {
                self.setitem(&args[0], &args[1], &args[2], span);
                SomeValue::None
            }
            OpKind::DelItem => {
                match &args[0] {
                    SomeValue::List { .. } if args[1].is_intlike() => {}
                    SomeValue::Dict { def, .. } => self.generalize_dict_key(*def, &args[1], span),
                    other => self.unsupported(
                        span,
                        format!("cannot delete items of {}", self.describe(other)),
                    ),
                }
                SomeValue::None
            }
            OpKind::GetSlice => self.getslice(&args[0], span),
            OpKind::Call { keywords, star } => self.call_value(
                key,
                index,
                &args[0],
                &op.args[1..],
                &args[1..],
                keywords,
                *star,
                span,
            ),
            OpKind::CallMethod {
                name,
                keywords,
                star,
            } => self.call_method(
                key,
                index,
                &args[0],
                name,
                &op.args[1..],
                &args[1..],
                keywords,
                *star,
                span,
            ),
            OpKind::CallSuper {
                class,
                name,
                keywords,
                star,
            } => {
                let base = self.program.class(*class).base;
                match base.and_then(|b| self.program.lookup_method(b, name)) {
                    Some(f) => {
                        self.call_func(f, args.to_vec(), &args[1..], keywords, *star, span, true)
                    }
                    None if name == "__init__" => SomeValue::None,
                    None => {
                        self.unsupported(span, format!("no method `{name}` in the base classes"));
                        SomeValue::Impossible
                    }
                }
            }
            OpKind::NewList => {
                let def = self.site_list(key, index, 0, span);
                for a in args {
                    self.generalize_list(def, a, span);
                }
                SomeValue::List {
                    def,
                    nullable: false,
                }
            }
            OpKind::NewTuple => SomeValue::Tuple(args.to_vec()),
            OpKind::NewDict => {
                let def = self.site_dict(key, index, 0, span);
                for pair in args.chunks(2) {
                    if pair.len() == 2 {
                        self.generalize_dict(def, &pair[0], &pair[1], span);
                    }
                }
                SomeValue::Dict {
                    def,
                    nullable: false,
                }
            }
            OpKind::Iter => self.iter_of(&args[0], span),
            OpKind::Next => match &args[0] {
                SomeValue::Iter(source, item) => {
                    if let SomeValue::Iter(IterSource::List, _) = &args[0] {
                        // the item type is read through the list's definition
                    }
                    let _ = source;
                    (**item).clone()
                }
                other => {
                    self.unsupported(
                        span,
                        format!("cannot iterate over {}", self.describe(other)),
                    );
                    SomeValue::Impossible
                }
            },
            OpKind::FormatValue { .. } | OpKind::BuildString => SomeValue::str(),
            OpKind::Narrow(class) => SomeValue::Instance {
                class: *class,
                nullable: false,
            },
            OpKind::NarrowNotNone => args[0].non_null(),

            OpKind::SameAs => args[0].clone(),
        }
    }

    pub(super) fn unsupported(&mut self, span: Span, message: String) {
        let d = Diagnostic::new(Rule::Unsupported, span, message)
            .label("not supported in RPython")
            .help("see docs/dialect.md for the operations each type supports");
        self.error_once(d);
    }

    fn binop(
        &mut self,
        op: BinOp,
        l: &SomeValue,
        r: &SomeValue,
        span: Span,
        inplace: bool,
    ) -> SomeValue {
        use SomeValue::*;
        let bitwise = matches!(op, BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor);
        match (l, r) {
            (a, b) if a.is_intlike() && b.is_intlike() => {
                if bitwise && *a == Bool && *b == Bool {
                    Bool
                } else if op == BinOp::TrueDiv {
                    Float
                } else if *a == Uint || *b == Uint {
                    Uint
                } else {
                    Int
                }
            }
            (a, b)
                if a.is_numeric()
                    && b.is_numeric()
                    && !bitwise
                    && !matches!(op, BinOp::LShift | BinOp::RShift) =>
            {
                Float
            }
            (Str { .. }, Str { .. }) if op == BinOp::Add => SomeValue::str(),
            (Str { .. }, b) if op == BinOp::Mul && b.is_intlike() => SomeValue::str(),
            (a, Str { .. }) if op == BinOp::Mul && a.is_intlike() => SomeValue::str(),
            (Str { .. }, _) if op == BinOp::Mod => SomeValue::str(),
            (Bytes { .. }, Bytes { .. }) if op == BinOp::Add => Bytes { nullable: false },
            (List { def: d1, .. }, List { def: d2, .. }) if op == BinOp::Add => {
                if inplace {
                    let item = self.containers.list(*d2).item.clone();
                    self.read_list(*d2);
                    self.generalize_list(*d1, &item, span);
                    List {
                        def: *d1,
                        nullable: false,
                    }
                } else {
                    let def = self.union(l, r);
                    match def {
                        Some(List { def, .. }) => List {
                            def,
                            nullable: false,
                        },
                        _ => {
                            self.unsupported(
                                span,
                                "cannot concatenate lists of different item types".into(),
                            );
                            Impossible
                        }
                    }
                }
            }
            (List { def, .. }, b) | (b, List { def, .. }) if op == BinOp::Mul && b.is_intlike() => {
                List {
                    def: *def,
                    nullable: false,
                }
            }
            (Tuple(a), Tuple(b)) if op == BinOp::Add => Tuple(a.iter().chain(b).cloned().collect()),
            _ => {
                let sym = binop_symbol(op);
                let msg = format!(
                    "unsupported operand types for {sym}: {} and {}",
                    self.describe(l),
                    self.describe(r)
                );
                let d = Diagnostic::new(Rule::TypeConflict, span, msg)
                    .label("this operation")
                    .help("convert one operand explicitly (`str(x)`, `float(x)`, ...)");
                self.error_once(d);
                Impossible
            }
        }
    }

    fn unary(&mut self, op: UnaryOp, v: &SomeValue, span: Span) -> SomeValue {
        match (op, v) {
            (UnaryOp::Not, _) => SomeValue::Bool,
            (UnaryOp::Neg | UnaryOp::Pos, SomeValue::Bool | SomeValue::Int) => SomeValue::Int,
            (UnaryOp::Neg | UnaryOp::Pos | UnaryOp::Invert, SomeValue::Uint) => SomeValue::Uint,
            (UnaryOp::Neg | UnaryOp::Pos, SomeValue::Float) => SomeValue::Float,
            (UnaryOp::Invert, SomeValue::Bool | SomeValue::Int) => SomeValue::Int,
            _ => {
                self.unsupported(
                    span,
                    format!(
                        "unsupported operand type for unary operator: {}",
                        self.describe(v)
                    ),
                );
                SomeValue::Impossible
            }
        }
    }

    fn compare(&mut self, op: CmpOp, l: &SomeValue, r: &SomeValue, span: Span) -> SomeValue {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && self.compares_with_empty_literal(l, r) {
            // `lst == []`, `d != {}`: the literal takes the other side's item
            // types (as in PyPy's annotator), so the comparison is structural
            // instead of being between two different types (never equal).
            self.union(l, r);
        }
        match op {
            CmpOp::In | CmpOp::NotIn => match r {
                SomeValue::List { def, .. } => {
                    self.read_list(*def);
                    SomeValue::Bool
                }
                SomeValue::Dict { def, .. } => {
                    self.generalize_dict_key(*def, l, span);
                    SomeValue::Bool
                }
                SomeValue::Str { .. } | SomeValue::Bytes { .. } | SomeValue::Tuple(_) => {
                    SomeValue::Bool
                }
                other => {
                    self.unsupported(
                        span,
                        format!("`in` is not supported on {}", self.describe(other)),
                    );
                    SomeValue::Impossible
                }
            },
            _ => SomeValue::Bool,
        }
    }

    /// Whether `l` and `r` are both lists or both dicts, one of which has
    /// never been given an item (an empty literal, so far).
    fn compares_with_empty_literal(&self, l: &SomeValue, r: &SomeValue) -> bool {
        let no_items = |v: &SomeValue| match v {
            SomeValue::List { def, .. } => {
                matches!(self.containers.list(*def).item, SomeValue::Impossible)
            }
            SomeValue::Dict { def, .. } => {
                let d = self.containers.dict(*def);
                matches!(d.key, SomeValue::Impossible) && matches!(d.value, SomeValue::Impossible)
            }
            _ => false,
        };
        let same_kind = matches!(
            (l, r),
            (SomeValue::List { .. }, SomeValue::List { .. })
                | (SomeValue::Dict { .. }, SomeValue::Dict { .. })
        );
        same_kind && (no_items(l) || no_items(r))
    }

    fn getattr(&mut self, obj: &SomeValue, name: &str, span: Span) -> SomeValue {
        match obj {
            SomeValue::Instance { class, .. } => self.read_attr(*class, name, span),
            other => {
                self.unsupported(
                    span,
                    format!(
                        "attribute `{name}` of {} is not supported",
                        self.describe(other)
                    ),
                );
                SomeValue::Impossible
            }
        }
    }

    fn getitem(
        &mut self,
        obj: &SomeValue,
        index: &SomeValue,
        index_op: &Operand,
        span: Span,
    ) -> SomeValue {
        match obj {
            SomeValue::List { def, .. } if index.is_intlike() => self.read_list(*def),
            SomeValue::Str { .. } if index.is_intlike() => SomeValue::str(),
            SomeValue::Bytes { .. } if index.is_intlike() => SomeValue::Int,
            SomeValue::Dict { def, .. } => {
                self.generalize_dict_key(*def, index, span);
                self.read_dict_value(*def)
            }
            SomeValue::Tuple(items) => match index_op {
                Operand::Const(Constant::Int(i)) => {
                    let n = items.len() as i64;
                    let i = if *i < 0 { *i + n } else { *i };
                    if i >= 0 && i < n {
                        items[i as usize].clone()
                    } else {
                        self.unsupported(span, "tuple index out of range".into());
                        SomeValue::Impossible
                    }
                }
                _ => {
                    self.unsupported(span, "tuples can only be indexed by a constant".into());
                    SomeValue::Impossible
                }
            },
            other => {
                self.unsupported(
                    span,
                    format!(
                        "cannot index {} with {}",
                        self.describe(other),
                        self.describe(index)
                    ),
                );
                SomeValue::Impossible
            }
        }
    }

    fn setitem(&mut self, obj: &SomeValue, index: &SomeValue, value: &SomeValue, span: Span) {
        match obj {
            SomeValue::List { def, .. } if index.is_intlike() => {
                self.generalize_list(*def, value, span)
            }
            SomeValue::Dict { def, .. } => self.generalize_dict(*def, index, value, span),
            other => self.unsupported(
                span,
                format!("cannot assign items of {}", self.describe(other)),
            ),
        }
    }

    fn getslice(&mut self, obj: &SomeValue, span: Span) -> SomeValue {
        match obj {
            SomeValue::Str { .. } => SomeValue::str(),
            SomeValue::Bytes { .. } => SomeValue::Bytes { nullable: false },
            SomeValue::List { def, .. } => {
                self.read_list(*def);
                SomeValue::List {
                    def: *def,
                    nullable: false,
                }
            }
            other => {
                self.unsupported(span, format!("cannot slice {}", self.describe(other)));
                SomeValue::Impossible
            }
        }
    }

    pub(super) fn iter_of(&mut self, v: &SomeValue, span: Span) -> SomeValue {
        match self.iteration_item(v) {
            Some((source, item)) => SomeValue::Iter(source, Box::new(item)),
            None => {
                self.unsupported(span, format!("cannot iterate over {}", self.describe(v)));
                SomeValue::Impossible
            }
        }
    }

    /// What iterating over `v` yields.
    pub(super) fn iteration_item(&mut self, v: &SomeValue) -> Option<(IterSource, SomeValue)> {
        match v {
            SomeValue::List { def, .. } => Some((IterSource::List, self.read_list(*def))),
            SomeValue::Str { .. } => Some((IterSource::Str, SomeValue::str())),
            SomeValue::Bytes { .. } => Some((IterSource::Bytes, SomeValue::Int)),
            SomeValue::Range => Some((IterSource::Range, SomeValue::Int)),
            SomeValue::Dict { def, .. } => {
                let current = self.current;
                self.containers.dict_mut(*def).readers.insert(current);
                Some((IterSource::DictKeys, self.containers.dict(*def).key.clone()))
            }
            // A tuple whose items have one type iterates like a list of them.
            SomeValue::Tuple(items) => {
                let mut item = SomeValue::Impossible;
                for i in items {
                    item = self.union(&item, i)?;
                }
                Some((IterSource::List, item))
            }
            _ => None,
        }
    }
}

pub(super) fn binop_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::TrueDiv => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "**",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitAnd => "&",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
    }
}
