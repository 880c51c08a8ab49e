//! Instance attributes, class attributes and prebuilt constants.
//!
//! An attribute lives on the highest class through which it is used: reading
//! `x.a` on an instance of `C` moves an `a` already known on subclasses of `C`
//! up to `C` (as PyPy's classdefs do), so one field serves the whole subtree.

use std::collections::BTreeSet;

use super::lattice::SomeValue;
use super::tables::AttrInfo;
use super::Annotator;
use crate::diagnostics::{Diagnostic, Rule, Span};
use crate::program::{Builtin, ClassId, Constant};

impl Annotator<'_> {
    /// The class declaring instance attribute `name` for `class`, creating it
    /// on `class` (and absorbing the same attribute of subclasses) if needed.
    pub(super) fn attr_slot(&mut self, class: ClassId, name: &str) -> ClassId {
        if let Some(owner) = self.find_attr(class, name) {
            return owner;
        }
        let mut info = AttrInfo::new();
        let mut to_reflow = BTreeSet::new();
        for sub in self.program.subclasses(class) {
            if let Some(old) = self.attrs.remove(&(sub, name.to_string())) {
                if let Some(v) = self.union(&info.value, &old.value) {
                    info.value = v;
                }
                info.origin = info.origin.or(old.origin);
                info.read_at = info.read_at.or(old.read_at);
                to_reflow.extend(old.readers.iter().copied());
                info.readers.extend(old.readers);
            }
        }
        // An instance attribute shadowing a class attribute starts with the
        // class attribute's value (the rtyper initialises it at allocation).
        if let Some(v) = self.class_attr_value(class, name) {
            if let Some(u) = self.union(&info.value, &v) {
                info.value = u;
            }
            info.origin = info.origin.or(Some(self.function(self.current.0).span));
        }
        self.attrs.insert((class, name.to_string()), info);

        self.schedule_all(to_reflow);
        class
    }

    pub(super) fn write_attr(&mut self, class: ClassId, name: &str, value: &SomeValue, span: Span) {
        let owner = self.attr_slot(class, name);
        let key = (owner, name.to_string());
        let old = self.attrs[&key].value.clone();
        match self.union(&old, value) {
            Some(new) => {
                let info = self.attrs.get_mut(&key).unwrap();
                if info.origin.is_none() {
                    info.origin = Some(span);
                }
                if new != old {
                    info.value = new;
                    let readers = info.readers.clone();
                    self.schedule_all(readers);
                }
            }
            None => {
                let origin = self.attrs[&key].origin;
                let msg = format!(
                    "attribute `{}.{name}` has conflicting types: {} and {}",
                    self.program.class(owner).name,
                    self.describe(&old),
                    self.describe(value)
                );
                let mut d = Diagnostic::new(Rule::TypeConflict, span, msg)
                    .label(format!("here it gets {}", self.describe(value)))
                    .help("give each attribute a single type (None may mix with instances, str, list and dict)");
                if let Some(o) = origin {
                    d = d.note(o, format!("here it was {}", self.describe(&old)));
                }
                self.error_once(d);
            }
        }
    }

    /// Reads `name` on an instance of `class`: a field, a method or a class attribute.
    pub(super) fn read_attr(&mut self, class: ClassId, name: &str, span: Span) -> SomeValue {
        if let Some(owner) = self.find_attr(class, name) {
            return self.read_field(owner, name, span);
        }
        if self.method_exists_below(class, name) {
            return SomeValue::BoundMethod {
                class,
                names: [name.to_string()].into_iter().collect(),
            };
        }
        if let Some(v) = self.class_attr_value(class, name) {
            return v;
        }
        let owner = self.attr_slot(class, name);
        self.read_field(owner, name, span)
    }

    fn find_attr(&self, class: ClassId, name: &str) -> Option<ClassId> {
        let mut c = Some(class);
        while let Some(k) = c {
            if self.attrs.contains_key(&(k, name.to_string())) {
                return Some(k);
            }
            c = self.program.class(k).base;
        }
        None
    }

    fn read_field(&mut self, owner: ClassId, name: &str, span: Span) -> SomeValue {
        let current = self.current;
        let info = self.attrs.get_mut(&(owner, name.to_string())).unwrap();
        info.readers.insert(current);
        if info.read_at.is_none() {
            info.read_at = Some(span);
        }
        info.value.clone()
    }

    pub(super) fn method_exists_below(&self, class: ClassId, name: &str) -> bool {
        !self.program.method_implementations(class, name).is_empty()
    }

    /// The union of a class attribute's values over `class`, its bases and its
    /// subclasses (which may override it).
    pub(super) fn class_attr_value(&mut self, class: ClassId, name: &str) -> Option<SomeValue> {
        let mut consts = Vec::new();
        if let Some(c) = self.program.lookup_class_attr(class, name) {
            consts.push(c.clone());
        }
        for sub in self.program.subclasses(class) {
            if let Some(c) = self.program.class(sub).attrs.get(name) {
                consts.push(c.clone());
            }
        }
        if consts.is_empty() {
            return None;
        }
        let span = self.function(self.current.0).span;
        let mut v = SomeValue::Impossible;
        for c in consts {
            let cv = self.const_value(&c, span);
            v = self.union(&v, &cv).unwrap_or(v);
        }
        Some(v)
    }

    /// The annotation of a constant.
    pub(super) fn const_value(&mut self, c: &Constant, span: Span) -> SomeValue {
        match c {
            Constant::None => SomeValue::None,
            Constant::Bool(_) => SomeValue::Bool,
            Constant::Int(_) => SomeValue::Int,
            Constant::Float(_) => SomeValue::Float,
            Constant::Str(_) => SomeValue::str(),
            Constant::Bytes(_) => SomeValue::Bytes { nullable: false },
            Constant::Tuple(items) => {
                SomeValue::Tuple(items.iter().map(|i| self.const_value(i, span)).collect())
            }
            Constant::List(id) => {
                let def = self.prebuilt_list(*id, span);
                SomeValue::List {
                    def,
                    nullable: false,
                }
            }
            Constant::Dict(id) => {
                let def = self.prebuilt_dict(*id, span);
                SomeValue::Dict {
                    def,
                    nullable: false,
                }
            }
            Constant::Function(f) => SomeValue::Functions {
                funcs: [*f].into_iter().collect(),
                nullable: false,
            },
            Constant::Class(c) => SomeValue::Class(*c),
            Constant::Instance(i) => {
                let class = self.program.instances[i.0 as usize].class;
                SomeValue::Instance {
                    class,
                    nullable: false,
                }
            }
            Constant::Module(_) => SomeValue::Opaque(Builtin::JitHint),
            Constant::Builtin(Builtin::JitDriver) => SomeValue::Opaque(Builtin::JitDriver),
            Constant::Builtin(b) => SomeValue::Builtin(*b),
            Constant::Undefined => SomeValue::Impossible,
        }
    }

    fn prebuilt_list(&mut self, id: crate::program::ListId, span: Span) -> super::ListDefId {
        if let Some(d) = self.prebuilt_lists.get(&id) {
            return *d;
        }
        let def = self.containers.new_list(SomeValue::Impossible, span);
        self.prebuilt_lists.insert(id, def);
        let items = self.program.lists[id.0 as usize].clone();
        for item in &items {
            let v = self.const_value(item, span);
            self.generalize_list(def, &v, span);
        }
        def
    }

    fn prebuilt_dict(&mut self, id: crate::program::DictId, span: Span) -> super::DictDefId {
        if let Some(d) = self.prebuilt_dicts.get(&id) {
            return *d;
        }
        let def = self
            .containers
            .new_dict(SomeValue::Impossible, SomeValue::Impossible, span);
        self.prebuilt_dicts.insert(id, def);
        let items = self.program.dicts[id.0 as usize].clone();
        for (k, v) in &items {
            let kv = self.const_value(k, span);
            let vv = self.const_value(v, span);
            self.generalize_dict(def, &kv, &vv, span);
        }
        def
    }

    /// Prebuilt instances give their attributes types from the start.
    pub(super) fn seed_prebuilt(&mut self) {
        for inst in &self.program.instances {
            self.instantiated.insert(inst.class);
            for (name, value) in &inst.fields {
                let v = self.const_value(value, inst.span);
                self.write_attr(inst.class, name, &v, inst.span);
            }
        }
    }

    /// After the fixpoint: every attribute read must have been written.
    pub(super) fn check_attributes_set(&mut self) {
        let mut errors = Vec::new();
        for ((class, name), info) in &self.attrs {
            if info.value == SomeValue::Impossible && info.origin.is_none() {
                if let Some(at) = info.read_at {
                    let cname = &self.program.class(*class).name;
                    errors.push(
                        Diagnostic::new(
                            Rule::AttributeNeverSet,
                            at,
                            format!("attribute `{name}` of `{cname}` is read but never set"),
                        )
                        .label("read here")
                        .help(format!(
                            "assign `self.{name}` in `{cname}.__init__` (or fix the spelling)"
                        )),
                    );
                }
            }
        }
        for e in errors {
            self.error(e);
        }
    }
}
