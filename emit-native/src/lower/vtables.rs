//! Vtables (one static `rpy_vtable` per class: preorder range, name, method
//! slots) and the class-attribute accessors (`get_class_attr`: a switch on
//! the run-time class number, each case a constant).

use lltype::ir::{ClassId, Type};

use super::consts::const_expr;
use super::ctype::to_word;
use super::Module;

pub(crate) fn declarations(m: &Module) -> String {
    let mut out = String::new();
    for i in 0..m.p.classes.len() {
        out.push_str(&format!("static const rpy_vtable rpy_vt{i};\n"));
    }
    for slot in m.classes.class_attr_slots.values() {
        out.push_str(&format!(
            "static rpy_word rpy_cattr{slot}(const rpy_vtable *vt);\n"
        ));
    }
    out
}

pub(crate) fn emit(m: &mut Module) -> String {
    let p = m.p;
    let mut out = String::new();
    // Method names in slot order.
    let mut names: Vec<(usize, String)> = m
        .classes
        .method_slots
        .iter()
        .map(|(name, slot)| (*slot, name.clone()))
        .collect();
    names.sort();
    for (i, c) in p.classes.iter().enumerate() {
        let class = ClassId(i as u32);
        let methods: Vec<String> = names
            .iter()
            .map(|(_, name)| match p.resolve_method(class, name) {
                Some(g) => format!("(void *)rpy_g{}", g.0),
                None => "NULL".to_string(),
            })
            .collect();
        let methods = if methods.is_empty() {
            "NULL".to_string()
        } else {
            methods.join(", ")
        };
        let name = m.strings.get(false, c.name.as_bytes());
        let (lo, hi) = m.classes.range(class);
        out.push_str(&format!(
            "/* {} */\nstatic void *const rpy_vt{i}_methods[] = {{{methods}}};\n\
             static const rpy_vtable rpy_vt{i} = {{{lo}, {hi}, {name}, rpy_vt{i}_methods}};\n",
            c.qualname
        ));
    }
    let attrs: Vec<(String, usize)> = m
        .classes
        .class_attr_slots
        .iter()
        .map(|(k, v)| (k.clone(), *v))
        .collect();
    for (name, slot) in attrs {
        out.push_str(&format!(
            "/* class attribute {name} */\nstatic rpy_word rpy_cattr{slot}(const rpy_vtable *vt) {{\n    switch (vt->cid) {{\n"
        ));
        for (i, c) in p.classes.iter().enumerate() {
            if let Some((ty, value)) = c.class_attrs.get(&name) {
                if *ty == Type::Void {
                    continue;
                }
                let e = const_expr(m, value, ty);
                out.push_str(&format!(
                    "    case {}: return {};\n",
                    m.classes.cid[i],
                    to_word(&e, ty)
                ));
            }
        }
        out.push_str("    default: return rpy_wi(0);\n    }\n}\n");
    }
    out
}
