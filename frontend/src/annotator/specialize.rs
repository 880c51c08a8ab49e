//! `@specialize.argtype(i, ...)` (and `specialize.arg`, treated the same way):
//! one copy of the function's graph per combination of argument types, as
//! PyPy's specialisation. A copy is a new `FuncId` past the program's own
//! functions that shares the original's flow graph and gets its own bindings.

use super::lattice::SomeValue;
use super::Annotator;
use crate::program::{FuncId, Function};

/// The argument positions a specialisation hint names (`argtype(0, 2)`).
fn hinted_positions(hints: &[String]) -> Option<Vec<usize>> {
    for h in hints {
        let h = h.strip_prefix("objectmodel.").unwrap_or(h);
        let h = h.strip_prefix("specialize.").unwrap_or(h);
        let inner = h
            .strip_prefix("argtype(")
            .or_else(|| h.strip_prefix("arg("));
        if let Some(inner) = inner {
            let inner = inner.trim_end_matches(')');
            let positions = inner
                .split(',')
                .filter_map(|p| p.trim().parse().ok())
                .collect();
            return Some(positions);
        }
    }
    None
}

/// A coarse type key: specialisation must not depend on details that keep
/// growing during annotation, or copies would multiply; one level of list
/// and dict item types is part of it (a list of ints is not a list of strs).
fn type_key(this: &Annotator, v: Option<&SomeValue>) -> String {
    match v {
        None => "absent".into(),
        Some(SomeValue::Bool) => "bool".into(),
        Some(SomeValue::Int) => "int".into(),
        Some(SomeValue::Uint) => "uint".into(),
        Some(SomeValue::Float) => "float".into(),
        Some(SomeValue::Str { .. }) => "str".into(),
        Some(SomeValue::Bytes { .. }) => "bytes".into(),
        Some(SomeValue::None) => "none".into(),
        Some(SomeValue::List { def, .. }) => {
            format!("list[{}]", shallow_key(&this.containers.list(*def).item))
        }
        Some(SomeValue::Dict { def, .. }) => {
            let d = this.containers.dict(*def);
            format!("dict[{},{}]", shallow_key(&d.key), shallow_key(&d.value))
        }
        Some(SomeValue::Tuple(items)) => format!("tuple{}", items.len()),
        Some(SomeValue::Instance { class, .. }) => format!("instance{}", class.0),
        Some(other) => format!("{:?}", std::mem::discriminant(other)),
    }
}

/// An item type's key, without looking into nested containers.
fn shallow_key(v: &SomeValue) -> String {
    match v {
        SomeValue::List { .. } => "list".into(),
        SomeValue::Dict { .. } => "dict".into(),
        SomeValue::Impossible => "any".into(),
        other => format!("{:?}", std::mem::discriminant(other)),
    }
}

impl<'p> Annotator<'p> {
    /// The program function a (possibly specialised) function id stands for.
    pub(super) fn original(&self, f: FuncId) -> FuncId {
        let n = self.program.functions.len();
        if (f.0 as usize) < n {
            f
        } else {
            self.clone_of[f.0 as usize - n]
        }
    }

    pub(super) fn function(&self, f: FuncId) -> &'p Function {
        self.program.function(self.original(f))
    }

    /// The copy of `func` to call with these (bound) arguments.
    pub(super) fn specialized(&mut self, func: FuncId, bound: &[SomeValue]) -> FuncId {
        let Some(positions) = hinted_positions(&self.function(func).hints) else {
            return func;
        };
        let key: Vec<String> = positions
            .iter()
            .map(|p| type_key(self, bound.get(*p)))
            .collect();
        let key = (func, key.join(","));
        if let Some(f) = self.spec_keys.get(&key) {
            return *f;
        }
        let id = FuncId((self.program.functions.len() + self.clone_of.len()) as u32);
        self.clone_of.push(func);
        self.graphs.push(None);
        self.spec_keys.insert(key, id);
        id
    }
}
