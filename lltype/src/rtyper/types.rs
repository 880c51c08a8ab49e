//! Annotations to typed-IR types.

use frontend::annotator::{IterSource, SomeValue};
use frontend::program::FuncId;

use super::RTyper;
use crate::ir::{ClassId, IterKind, Signature, Type};

impl RTyper<'_> {
    pub(crate) fn lower(&self, v: &SomeValue) -> Type {
        match v {
            SomeValue::Impossible | SomeValue::None => Type::Void,
            SomeValue::Bool => Type::Bool,
            SomeValue::Int => Type::Int,
            SomeValue::Uint => Type::Uint,

            SomeValue::Float => Type::Float,
            SomeValue::Str { .. } => Type::Str,
            SomeValue::Bytes { .. } => Type::Bytes,
            SomeValue::Tuple(items) => Type::tuple(items.iter().map(|i| self.lower(i)).collect()),
            SomeValue::List { def, .. } => Type::list(self.lower(self.ann.list_item(*def))),
            SomeValue::Dict { def, .. } => {
                let (k, v) = self.ann.dict_kv(*def);
                Type::dict(self.lower(k), self.lower(v))
            }
            SomeValue::Instance { class, .. } => Type::Instance(ClassId(class.0)),
            SomeValue::BoundMethod { class, names } => {
                let f = self.method_impl(*class, names.iter().next().expect("one name at least"));
                Type::tuple(vec![
                    Type::Instance(ClassId(class.0)),
                    Type::Func(self.signature(f).into()),
                ])
            }

            SomeValue::Functions { funcs, .. } => match funcs.iter().next() {
                Some(f) => Type::Func(self.signature(*f).into()),
                None => Type::Void,
            },
            SomeValue::Class(_) | SomeValue::Builtin(_) | SomeValue::Opaque(_) => Type::Void,
            SomeValue::Range => Type::Range,
            SomeValue::Iter(source, item) => {
                let kind = match source {
                    IterSource::List => IterKind::List,
                    IterSource::Str => IterKind::Str,
                    IterSource::Bytes => IterKind::Bytes,
                    IterSource::Range => IterKind::Range,
                    IterSource::DictKeys => IterKind::DictKeys,
                };
                Type::Iter(kind, self.lower(item).into())
            }
        }
    }

    /// The typed signature of an annotated function.
    pub(crate) fn signature(&self, f: FuncId) -> Signature {
        let func = self.function(f);
        let params = func
            .graph
            .block(func.graph.start)
            .params
            .iter()
            .map(|p| self.lower(self.ann.var(f, *p)))
            .collect();
        let ret = self.lower(&self.ann.returns[f.0 as usize]);
        Signature { params, ret }
    }
}
