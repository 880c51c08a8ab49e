//! Translation-time constants to typed constants; module-level lists, dicts,
//! tuples and instances become prebuilt objects (built once, cycles allowed).

use frontend::program::{Constant, DictId, InstanceId, ListId};

use super::RTyper;
use crate::ir::{ClassId, Const, Prebuilt, PrebuiltId, Type};

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum PrebuiltKey {
    Instance(InstanceId),
    List(ListId),
    Dict(DictId),
}

pub(crate) fn default_const(ty: &Type) -> Const {
    match ty {
        Type::Void => Const::Void,
        Type::Bool => Const::Bool(false),
        Type::Int => Const::Int(0),
        Type::Float => Const::Float(0.0),
        _ => Const::Null,
    }
}

impl RTyper<'_> {
    /// The type a constant has on its own (before any conversion).
    pub(crate) fn const_type(&self, c: &Constant) -> Type {
        match c {
            Constant::None | Constant::Undefined => Type::Void,
            Constant::Bool(_) => Type::Bool,
            Constant::Int(_) => Type::Int,
            Constant::Float(_) => Type::Float,
            Constant::Str(_) => Type::Str,
            Constant::Bytes(_) => Type::Bytes,
            Constant::Tuple(items) => {
                Type::tuple(items.iter().map(|i| self.const_type(i)).collect())
            }
            Constant::List(id) => match self.ann.prebuilt_lists.get(id) {
                Some(def) => Type::list(self.lower(self.ann.list_item(*def))),
                None => Type::list(Type::Void),
            },
            Constant::Dict(id) => match self.ann.prebuilt_dicts.get(id) {
                Some(def) => {
                    let (k, v) = self.ann.dict_kv(*def);
                    Type::dict(self.lower(k), self.lower(v))
                }
                None => Type::dict(Type::Void, Type::Void),
            },
            Constant::Instance(i) => {
                Type::Instance(ClassId(self.program.instances[i.0 as usize].class.0))
            }
            Constant::Function(f) => {
                if self.graph_ids.contains_key(f) {
                    Type::Func(self.signature(*f).into())
                } else {
                    Type::Void
                }
            }
            Constant::Class(_) | Constant::Module(_) | Constant::Builtin(_) => Type::Void,
        }
    }

    /// A constant as a value of type `ty` (converting int to float, None to null...).
    pub(crate) fn lower_const(&mut self, c: &Constant, ty: &Type) -> Const {
        match (c, ty) {
            (_, Type::Void) => Const::Void,
            (Constant::None | Constant::Undefined, _) => default_const(ty),
            (Constant::Bool(b), Type::Bool) => Const::Bool(*b),
            (Constant::Bool(b), Type::Int) => Const::Int(*b as i64),
            (Constant::Bool(b), Type::Float) => Const::Float(*b as i64 as f64),
            (Constant::Int(i), Type::Int) => Const::Int(*i),
            (Constant::Int(i), Type::Float) => Const::Float(*i as f64),
            (Constant::Int(i), Type::Bool) => Const::Bool(*i != 0),
            (Constant::Float(f), Type::Float) => Const::Float(*f),
            (Constant::Str(s), Type::Str) => Const::Str(s.clone()),
            (Constant::Bytes(b), Type::Bytes) => Const::Bytes(b.clone()),
            (Constant::Tuple(items), Type::Tuple(types)) if items.len() == types.len() => {
                let items: Vec<Const> = items
                    .iter()
                    .zip(types.iter())
                    .map(|(i, t)| self.lower_const(i, t))
                    .collect();
                self.prebuilt.push(Prebuilt::Tuple {
                    ty: ty.clone(),
                    items,
                });
                Const::Prebuilt(PrebuiltId(self.prebuilt.len() as u32 - 1))
            }
            (Constant::List(id), Type::List(item)) => {
                if let Some(p) = self.prebuilt_ids.get(&PrebuiltKey::List(*id)) {
                    return Const::Prebuilt(*p);
                }
                let pid = self.reserve(PrebuiltKey::List(*id));
                let items: Vec<Const> = self.program.lists[id.0 as usize]
                    .clone()
                    .iter()
                    .map(|i| self.lower_const(i, item))
                    .collect();
                self.prebuilt[pid.0 as usize] = Prebuilt::List {
                    ty: ty.clone(),
                    items,
                };
                Const::Prebuilt(pid)
            }
            (Constant::Dict(id), Type::Dict(k, v)) => {
                if let Some(p) = self.prebuilt_ids.get(&PrebuiltKey::Dict(*id)) {
                    return Const::Prebuilt(*p);
                }
                let pid = self.reserve(PrebuiltKey::Dict(*id));
                let items: Vec<(Const, Const)> = self.program.dicts[id.0 as usize]
                    .clone()
                    .iter()
                    .map(|(a, b)| (self.lower_const(a, k), self.lower_const(b, v)))
                    .collect();
                self.prebuilt[pid.0 as usize] = Prebuilt::Dict {
                    ty: ty.clone(),
                    items,
                };
                Const::Prebuilt(pid)
            }
            (Constant::Instance(id), Type::Instance(_)) => {
                if let Some(p) = self.prebuilt_ids.get(&PrebuiltKey::Instance(*id)) {
                    return Const::Prebuilt(*p);
                }
                let pid = self.reserve(PrebuiltKey::Instance(*id));
                let inst = &self.program.instances[id.0 as usize];
                let class = ClassId(inst.class.0);
                let mut fields = Vec::new();
                let mut values = inst.fields.clone();
                // Fields shadowing a class attribute start with its value.
                for f in self.all_field_names(class) {
                    if !values.iter().any(|(n, _)| *n == f) {
                        if let Some(v) = self.program.lookup_class_attr(inst.class, &f) {
                            values.push((f, v.clone()));
                        }
                    }
                }
                for (name, value) in values {
                    if let Some(fty) = self.field_type(class, &name) {
                        let c = self.lower_const(&value, &fty);
                        fields.push((name, c));
                    }
                }

                self.prebuilt[pid.0 as usize] = Prebuilt::Instance { class, fields };
                Const::Prebuilt(pid)
            }
            (Constant::Function(f), Type::Func(_)) => match self.graph_ids.get(f) {
                Some(g) => Const::Func(*g),
                None => Const::Null,
            },
            _ => default_const(ty),
        }
    }

    fn reserve(&mut self, key: PrebuiltKey) -> PrebuiltId {
        let pid = PrebuiltId(self.prebuilt.len() as u32);
        self.prebuilt.push(Prebuilt::Tuple {
            ty: Type::Void,
            items: Vec::new(),
        });
        self.prebuilt_ids.insert(key, pid);
        pid
    }
}
