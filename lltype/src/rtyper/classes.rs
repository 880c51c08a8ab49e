//! Class definitions of the typed program: fields from the annotated
//! instance attributes, method tables, class attributes.

use std::collections::BTreeMap;

use frontend::annotator::SomeValue;
use frontend::program::{ClassId as FClassId, Constant, FunctionKind};

use super::RTyper;
use crate::ir::{ClassDef, ClassId, Field, Type};

impl RTyper<'_> {
    pub(crate) fn build_classes(&mut self) {
        let base_exc = self.program.builtin_class("BaseException");
        for (i, c) in self.program.classes.iter().enumerate() {
            let fid = FClassId(i as u32);
            let mut fields: Vec<Field> = self
                .ann
                .attrs
                .iter()
                .filter(|((owner, _), info)| *owner == fid && info.value != SomeValue::Impossible)
                .map(|((_, name), info)| Field {
                    name: name.clone(),
                    ty: self.lower(&info.value),
                })
                .collect();
            if fid == base_exc && !fields.iter().any(|f| f.name == "message") {
                fields.insert(
                    0,
                    Field {
                        name: "message".into(),
                        ty: Type::Str,
                    },
                );
            }
            let methods = c
                .methods
                .iter()
                .filter(|(_, f)| matches!(self.program.function(**f).kind, FunctionKind::Method(_)))
                .filter_map(|(name, f)| self.graph_ids.get(f).map(|g| (name.clone(), *g)))
                .collect();
            self.classes.push(ClassDef {
                name: c.name.clone(),
                qualname: c.qualname.clone(),
                base: c.base.map(|b| ClassId(b.0)),
                fields,
                methods,
                class_attrs: BTreeMap::new(),
                builtin: c.builtin,
            });
        }
    }

    /// The type of field `name` as seen from `class` (declared there or in a base).
    pub(crate) fn field_type(&self, class: ClassId, name: &str) -> Option<Type> {
        let mut c = Some(class);
        while let Some(k) = c {
            let def = &self.classes[k.0 as usize];
            if let Some(f) = def.fields.iter().find(|f| f.name == name) {
                return Some(f.ty.clone());
            }
            c = def.base;
        }
        None
    }

    /// The type of class attribute `name` across a hierarchy: float wins over int.
    pub(crate) fn class_attr_type(&self, name: &str) -> Option<Type> {
        let mut ty: Option<Type> = None;
        for c in &self.program.classes {
            if let Some(v) = c.attrs.get(name) {
                let t = self.const_type(v);
                ty = Some(match (ty, t) {
                    (None, t) => t,
                    (Some(Type::Int), Type::Float) | (Some(Type::Float), Type::Int) => Type::Float,
                    (Some(Type::Void), t) if t.is_reference() => t,
                    (Some(a), _) => a,
                });
            }
        }
        ty
    }

    /// Every class gets the value of every class attribute its hierarchy defines.
    pub(crate) fn fill_class_attrs(&mut self) {
        let names: Vec<String> = self
            .program
            .classes
            .iter()
            .flat_map(|c| {
                c.attrs
                    .iter()
                    .filter(|(_, v)| !matches!(v, Constant::Function(_)))
                    .map(|(k, _)| k.clone())
            })
            .collect();
        for name in names {
            let Some(ty) = self.class_attr_type(&name) else {
                continue;
            };
            for i in 0..self.program.classes.len() {
                let value = self
                    .program
                    .lookup_class_attr(FClassId(i as u32), &name)
                    .cloned();
                if let Some(v) = value {
                    let c = self.lower_const(&v, &ty);
                    self.classes[i]
                        .class_attrs
                        .insert(name.clone(), (ty.clone(), c));
                }
            }
        }
    }
}

impl RTyper<'_> {
    /// The names of the fields of `class` and its bases.
    pub(crate) fn all_field_names(&self, class: ClassId) -> Vec<String> {
        let mut names = Vec::new();
        let mut c = Some(class);
        while let Some(k) = c {
            names.extend(
                self.classes[k.0 as usize]
                    .fields
                    .iter()
                    .map(|f| f.name.clone()),
            );
            c = self.classes[k.0 as usize].base;
        }
        names
    }
}
