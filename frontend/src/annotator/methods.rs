//! List and dict definitions (generalising item types) and the methods of
//! the built-in types str, bytes, list and dict.

use super::lattice::{DictDefId, ListDefId, SomeValue};
use super::tables::BlockKey;
use super::Annotator;
use crate::diagnostics::{Diagnostic, Rule, Span};

impl Annotator<'_> {
    /// The list definition of an allocation site (stable across re-flows).
    pub(super) fn site_list(
        &mut self,
        key: BlockKey,
        index: usize,
        sub: u8,
        span: Span,
    ) -> ListDefId {
        if let Some(d) = self.containers.list_sites.get(&(key, index, sub)) {
            return self.containers.find_list(*d);
        }
        let d = self.containers.new_list(SomeValue::Impossible, span);
        self.containers.list_sites.insert((key, index, sub), d);
        d
    }

    pub(super) fn site_dict(
        &mut self,
        key: BlockKey,
        index: usize,
        sub: u8,
        span: Span,
    ) -> DictDefId {
        if let Some(d) = self.containers.dict_sites.get(&(key, index, sub)) {
            return self.containers.find_dict(*d);
        }
        let d = self
            .containers
            .new_dict(SomeValue::Impossible, SomeValue::Impossible, span);
        self.containers.dict_sites.insert((key, index, sub), d);
        d
    }

    pub(super) fn read_list(&mut self, def: ListDefId) -> SomeValue {
        let current = self.current;
        let d = self.containers.list_mut(def);
        d.readers.insert(current);
        d.item.clone()
    }

    pub(super) fn read_dict_value(&mut self, def: DictDefId) -> SomeValue {
        let current = self.current;
        let d = self.containers.dict_mut(def);
        d.readers.insert(current);
        d.value.clone()
    }

    pub(super) fn generalize_list(&mut self, def: ListDefId, value: &SomeValue, span: Span) {
        let old = self.containers.list(def).item.clone();
        match self.union(&old, value) {
            Some(new) => {
                if new != old {
                    let d = self.containers.list_mut(def);
                    d.item = new;
                    if old == SomeValue::Impossible {
                        d.origin = span;
                    }
                    let readers = d.readers.clone();
                    self.schedule_all(readers);
                }
            }
            None => self.list_conflict(def, value, span),
        }
    }

    pub(super) fn list_conflict(&mut self, def: ListDefId, value: &SomeValue, span: Span) {
        let d = self.containers.list(def);
        let (old, origin) = (d.item.clone(), d.origin);
        let msg = format!(
            "list items have conflicting types: {} and {}",
            self.describe(&old),
            self.describe(value)
        );
        let d = Diagnostic::new(Rule::TypeConflict, span, msg)
            .label(format!("this item is {}", self.describe(value)))
            .note(
                origin,
                format!("items were {} from here", self.describe(&old)),
            )
            .help(
                "all items of a list must have one type; use a tuple or a class for mixed records",
            );
        self.error_once(d);
    }

    pub(super) fn generalize_dict_key(&mut self, def: DictDefId, key: &SomeValue, span: Span) {
        let (k, _) = {
            let d = self.containers.dict(def);
            (d.key.clone(), d.value.clone())
        };
        match self.union(&k, key) {
            Some(new) if new != k => {
                let d = self.containers.dict_mut(def);
                d.key = new;
                let readers = d.readers.clone();
                self.schedule_all(readers);
            }
            Some(_) => {}
            None => self.dict_conflict("keys", &k, key, span),
        }
        let current = self.current;
        self.containers.dict_mut(def).readers.insert(current);
    }

    pub(super) fn generalize_dict(
        &mut self,
        def: DictDefId,
        key: &SomeValue,
        value: &SomeValue,
        span: Span,
    ) {
        self.generalize_dict_key(def, key, span);
        let v = self.containers.dict(def).value.clone();
        match self.union(&v, value) {
            Some(new) if new != v => {
                let d = self.containers.dict_mut(def);
                d.value = new;
                if v == SomeValue::Impossible {
                    d.origin = span;
                }
                let readers = d.readers.clone();
                self.schedule_all(readers);
            }
            Some(_) => {}
            None => self.dict_conflict("values", &v, value, span),
        }
    }

    fn dict_conflict(&mut self, what: &str, old: &SomeValue, new: &SomeValue, span: Span) {
        let msg = format!(
            "dict {what} have conflicting types: {} and {}",
            self.describe(old),
            self.describe(new)
        );
        let d = Diagnostic::new(Rule::TypeConflict, span, msg)
            .label(format!("this is {}", self.describe(new)))
            .help(format!("all {what} of a dict must have one type"));
        self.error_once(d);
    }

    /// Methods of str, bytes, list and dict.
    pub(super) fn call_builtin_method(
        &mut self,
        key: BlockKey,
        index: usize,
        receiver: &SomeValue,
        name: &str,
        args: &[SomeValue],
        span: Span,
    ) -> SomeValue {
        use SomeValue as S;
        let n = args.len();
        let ok = match (receiver, name) {
            (S::Str { .. }, "join") => n == 1,
            (S::Str { .. }, "split") => n <= 1,
            (S::Str { .. }, "strip" | "lstrip" | "rstrip") => n <= 1,
            (S::Str { .. }, "find" | "rfind") => (1..=3).contains(&n),
            (S::Str { .. }, "count" | "startswith" | "endswith") => n == 1,
            (S::Str { .. }, "replace") => n == 2,
            (
                S::Str { .. },
                "upper" | "lower" | "capitalize" | "isdigit" | "isalpha" | "isspace",
            ) => n == 0,
            (S::Str { .. }, "encode") => n <= 1,
            (S::Bytes { .. }, "decode") => n <= 1,
            (S::List { .. }, "append" | "index" | "remove" | "count" | "extend") => n == 1,
            (S::List { .. }, "pop") => n <= 1,
            (S::List { .. }, "insert") => n == 2,
            (S::List { .. }, "reverse" | "sort" | "copy") => n == 0,
            (S::Dict { .. }, "get" | "pop") => n == 1 || n == 2,
            (S::Dict { .. }, "setdefault") => n == 2,
            (S::Dict { .. }, "keys" | "values" | "items" | "clear" | "copy") => n == 0,
            _ => {
                self.unsupported(
                    span,
                    format!(
                        "{} has no supported method `{name}`",
                        self.describe(receiver)
                    ),
                );
                return S::Impossible;
            }
        };
        if !ok {
            let d = Diagnostic::new(
                Rule::Arity,
                span,
                format!("wrong number of arguments for `{name}`: {n} given"),
            )
            .label("called here")
            .help("see docs/dialect.md for the supported signatures");
            self.error_once(d);
            return S::Impossible;
        }
        if let Some(problem) = self.method_arg_problem(receiver, name, args) {
            let d = Diagnostic::new(
                Rule::TypeConflict,
                span,
                format!("wrong argument type for `{name}`: {problem}"),
            )
            .label("called here")
            .help("see docs/dialect.md for the supported signatures");
            self.error_once(d);
            return S::Impossible;
        }
        match receiver {
            S::Str { .. } => match name {
                "join" => S::str(),
                "split" => {
                    let def = self.site_list(key, index, 0, span);
                    self.generalize_list(def, &S::str(), span);
                    S::List {
                        def,
                        nullable: false,
                    }
                }
                "find" | "rfind" | "count" => S::Int,
                "startswith" | "endswith" | "isdigit" | "isalpha" | "isspace" => S::Bool,
                "encode" => S::Bytes { nullable: false },
                _ => S::str(),
            },
            S::Bytes { .. } => S::str(),
            S::List { def, .. } => {
                let def = *def;
                match name {
                    "append" => {
                        self.generalize_list(def, &args[0], span);
                        S::None
                    }
                    "insert" => {
                        self.generalize_list(def, &args[1], span);
                        S::None
                    }
                    "extend" => {
                        let item = match self.iteration_item(&args[0]) {
                            Some((_, item)) => item,
                            None => {
                                self.unsupported(span, "`extend` needs an iterable".into());
                                return S::Impossible;
                            }
                        };
                        self.generalize_list(def, &item, span);
                        S::None
                    }
                    "pop" => self.read_list(def),
                    "index" | "count" => S::Int,
                    "copy" => S::List {
                        def,
                        nullable: false,
                    },
                    _ => S::None,
                }
            }
            S::Dict { def, .. } => {
                let def = *def;
                match name {
                    "get" | "pop" => {
                        self.generalize_dict_key(def, &args[0], span);
                        let v = self.read_dict_value(def);
                        if n == 2 {
                            self.union(&v, &args[1]).unwrap_or_else(|| {
                                self.dict_conflict("values", &v, &args[1], span);
                                v.clone()
                            })
                        } else if name == "get" {
                            self.union(&v, &S::None).unwrap_or(v)
                        } else {
                            v
                        }
                    }
                    "setdefault" => {
                        self.generalize_dict(def, &args[0], &args[1], span);
                        self.read_dict_value(def)
                    }
                    "keys" | "values" | "items" => {
                        let item = {
                            let d = self.containers.dict(def);
                            match name {
                                "keys" => d.key.clone(),
                                "values" => d.value.clone(),
                                _ => S::Tuple(vec![d.key.clone(), d.value.clone()]),
                            }
                        };
                        self.read_dict_value(def);
                        let l = self.site_list(key, index, 0, span);
                        self.generalize_list(l, &item, span);
                        S::List {
                            def: l,
                            nullable: false,
                        }
                    }
                    "copy" => S::Dict {
                        def,
                        nullable: false,
                    },
                    _ => S::None,
                }
            }
            _ => S::Impossible,
        }
    }
}

impl Annotator<'_> {
    /// Checks the argument types of a str/bytes/list method; describes the
    /// first wrong one.
    fn method_arg_problem(
        &mut self,
        receiver: &SomeValue,
        name: &str,
        args: &[SomeValue],
    ) -> Option<String> {
        use SomeValue as S;
        let is_str = |v: &SomeValue| matches!(v, S::Str { .. });
        let want = |this: &Self, i: usize, what: &str, ok: bool| -> Option<String> {
            (!ok).then(|| {
                format!(
                    "argument {} must be {what}, not {}",
                    i + 1,
                    this.describe(&args[i])
                )
            })
        };
        match (receiver, name) {
            (S::Str { .. }, "join") => match &args[0] {
                S::List { def, .. } => {
                    let item = self.containers.list(*def).item.clone();
                    want(
                        self,
                        0,
                        "a list of str",
                        matches!(item, S::Str { .. } | S::Impossible),
                    )
                }
                S::Str { .. } => None,
                _ => want(self, 0, "a list of str", false),
            },
            (S::Str { .. }, "split" | "strip" | "lstrip" | "rstrip") => args
                .first()
                .and_then(|a| want(self, 0, "a str or None", is_str(a) || *a == S::None)),
            (S::Str { .. }, "count" | "startswith" | "endswith" | "encode") => {
                want(self, 0, "a str", is_str(&args[0]))
            }
            (S::Bytes { .. }, "decode") => {
                args.first().and_then(|a| want(self, 0, "a str", is_str(a)))
            }
            (S::Str { .. }, "replace") => want(self, 0, "a str", is_str(&args[0]))
                .or_else(|| want(self, 1, "a str", is_str(&args[1]))),
            (S::Str { .. }, "find" | "rfind") => {
                want(self, 0, "a str", is_str(&args[0])).or_else(|| {
                    (1..args.len()).find_map(|i| want(self, i, "an int", args[i].is_intlike()))
                })
            }
            (S::List { .. }, "pop") => args
                .first()
                .and_then(|a| want(self, 0, "an int", a.is_intlike())),
            (S::List { .. }, "insert") => want(self, 0, "an int", args[0].is_intlike()),
            _ => None,
        }
    }
}
