//! Type ids: the header word of every object names its type, and the
//! per-program table `rpy_typeinfo_table` tells the collector and the
//! runtime how to see it (kind, reference slots, item descriptors).
//!
//! Fixed ids: 0 str, 1 bytes, 2 range, 3 iterator; then one id per class
//! (4 + class index), then list, dict and tuple types in first-use order.

use std::collections::BTreeMap;

use lltype::ir::{ClassId, Program, Type};

use super::tdesc::TypeDescs;

pub(crate) const FIRST_CLASS_TID: usize = 4;

#[derive(Default)]
pub(crate) struct Tids {
    dynamic: BTreeMap<Type, usize>,
    order: Vec<Type>,
}

impl Tids {
    pub fn class(c: ClassId) -> usize {
        FIRST_CLASS_TID + c.0 as usize
    }

    /// The type id of a list, dict or tuple type (registering its item
    /// descriptors).
    pub fn of(&mut self, p: &Program, ty: &Type, descs: &mut TypeDescs) -> usize {
        if let Some(t) = self.dynamic.get(ty) {
            return *t;
        }
        match ty {
            Type::List(item) => {
                descs.get(item);
            }
            Type::Dict(k, v) => {
                descs.get(k);
                descs.get(v);
            }
            Type::Tuple(_) => {}
            other => panic!("no dynamic type id for {other}"),
        }
        let t = FIRST_CLASS_TID + p.classes.len() + self.order.len();
        self.dynamic.insert(ty.clone(), t);
        self.order.push(ty.clone());
        t
    }

    /// Emits the ref-slot arrays and the type info table.
    pub fn emit(&self, p: &Program, descs: &mut TypeDescs, out: &mut String) {
        let mut rows = vec![
            "{RPY_KIND_STR, 0, 0, NULL, NULL, NULL}".to_string(),
            "{RPY_KIND_BYTES, 0, 0, NULL, NULL, NULL}".to_string(),
            "{RPY_KIND_RANGE, 0, 0, NULL, NULL, NULL}".to_string(),
            "{RPY_KIND_ITER, 0, 0, NULL, NULL, NULL}".to_string(),
        ];
        let slot_array = |name: String, types: &[Type], out: &mut String| -> (usize, String) {
            let refs: Vec<String> = types
                .iter()
                .enumerate()
                .filter(|(_, t)| t.is_heap_reference())
                .map(|(i, _)| i.to_string())
                .collect();
            if refs.is_empty() {
                return (0, "NULL".to_string());
            }
            out.push_str(&format!(
                "static const uint32_t {name}[] = {{{}}};\n",
                refs.join(", ")
            ));
            (refs.len(), name)
        };
        for (i, _) in p.classes.iter().enumerate() {
            let fields: Vec<Type> = p
                .all_fields(ClassId(i as u32))
                .iter()
                .map(|f| f.ty.clone())
                .collect();
            let (nrefs, arr) = slot_array(format!("rpy_refs_c{i}"), &fields, out);
            rows.push(format!(
                "{{RPY_KIND_INST, {}, {nrefs}, {arr}, NULL, NULL}}",
                fields.len()
            ));
        }
        for (k, ty) in self.order.iter().enumerate() {
            match ty {
                Type::List(item) => {
                    let d = descs.get(item);
                    rows.push(format!("{{RPY_KIND_LIST, 0, 0, NULL, &rpy_td{d}, NULL}}"));
                }
                Type::Dict(key, value) => {
                    let (a, b) = (descs.get(key), descs.get(value));
                    rows.push(format!(
                        "{{RPY_KIND_DICT, 0, 0, NULL, &rpy_td{a}, &rpy_td{b}}}"
                    ));
                }
                Type::Tuple(items) => {
                    let (nrefs, arr) = slot_array(format!("rpy_refs_t{k}"), items, out);
                    rows.push(format!(
                        "{{RPY_KIND_TUPLE, {}, {nrefs}, {arr}, NULL, NULL}}",
                        items.len()
                    ));
                }
                _ => unreachable!(),
            }
        }
        out.push_str("const rpy_typeinfo rpy_typeinfo_table[] = {\n");
        for (i, r) in rows.iter().enumerate() {
            out.push_str(&format!("    /* {i} */ {r},\n"));
        }
        out.push_str("};\n");
    }
}
