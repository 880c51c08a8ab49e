//! Constants: scalar literals, static strings, function references, and the
//! prebuilt objects (module-level instances, lists, dicts, tuples), which are
//! allocated in the GC heap by `rpy_init_prebuilt` before the entry point
//! runs. They may reference each other in cycles, so every object is
//! allocated first and filled in afterwards; `rpy_prebuilt[]` is a GC root.

use lltype::ir::{ClassId, Const, Prebuilt, Type};

use super::ctype::to_word;
use super::tids::Tids;
use super::Module;
use crate::c::{float_literal, int_literal};

/// The C expression of constant `c` used where a value of type `ty` is expected.
pub(crate) fn const_expr(m: &mut Module, c: &Const, ty: &Type) -> String {
    match c {
        Const::Void => "0".to_string(),
        Const::Bool(b) => if *b { "true" } else { "false" }.to_string(),
        Const::Int(i) if *ty == Type::Float => float_literal(*i as f64),
        Const::Int(i) => int_literal(*i),
        Const::Float(f) => float_literal(*f),
        Const::Str(s) => m.strings.get(false, s.as_bytes()),
        Const::Bytes(b) => m.strings.get(true, b),
        Const::Null => "NULL".to_string(),
        Const::Func(g) => format!("((void *)rpy_g{})", g.0),
        Const::Prebuilt(p) => format!("rpy_prebuilt[{}]", p.0),
    }
}

/// The static type of a constant when no context gives one.
pub(crate) fn const_type(m: &Module, c: &Const) -> Option<Type> {
    Some(match c {
        Const::Void => Type::Void,
        Const::Bool(_) => Type::Bool,
        Const::Int(_) => Type::Int,
        Const::Float(_) => Type::Float,
        Const::Str(_) => Type::Str,
        Const::Bytes(_) => Type::Bytes,
        Const::Null | Const::Func(_) => return None,
        Const::Prebuilt(p) => match &m.p.prebuilt[p.0 as usize] {
            Prebuilt::Instance { class, .. } => Type::Instance(*class),
            Prebuilt::List { ty, .. } | Prebuilt::Dict { ty, .. } | Prebuilt::Tuple { ty, .. } => {
                ty.clone()
            }
        },
    })
}

fn field_of(m: &Module, class: ClassId, name: &str) -> Result<(usize, Type), String> {
    m.p.all_fields(class)
        .iter()
        .enumerate()
        .find(|(_, f)| f.name == name)
        .map(|(i, f)| (i, f.ty.clone()))
        .ok_or_else(|| format!("prebuilt instance: no field `{name}`"))
}

/// `rpy_prebuilt`, its count and `rpy_init_prebuilt`.
pub(crate) fn emit_prebuilt(m: &mut Module) -> Result<String, String> {
    let p = m.p;
    let mut alloc = String::new();
    let mut fill_objects = String::new();
    let mut fill_dicts = String::new();
    for (i, obj) in p.prebuilt.iter().enumerate() {
        let slot = format!("rpy_prebuilt[{i}]");
        match obj {
            Prebuilt::Instance { class, fields } => {
                let n = p.all_fields(*class).len();
                alloc.push_str(&format!(
                    "    {slot} = rpy_inst_new({}, &rpy_vt{}, {n});\n",
                    Tids::class(*class),
                    class.0
                ));
                for (name, c) in fields {
                    let (k, ty) = field_of(m, *class, name)?;
                    if ty == Type::Void {
                        continue;
                    }
                    let e = const_expr(m, c, &ty);
                    fill_objects.push_str(&format!(
                        "    ((rpy_inst *){slot})->f[{k}] = {};\n",
                        to_word(&e, &ty)
                    ));
                }
            }
            Prebuilt::List { ty, items } => {
                let tid = m.tid(ty);
                let Type::List(item) = ty else {
                    return Err(format!("prebuilt list of type {ty}"));
                };
                alloc.push_str(&format!(
                    "    {slot} = rpy_list_new({tid}, {});\n",
                    items.len()
                ));
                for (k, c) in items.iter().enumerate() {
                    let e = const_expr(m, c, item);
                    fill_objects.push_str(&format!(
                        "    ((rpy_list *){slot})->items[{k}] = {};\n",
                        to_word(&e, item)
                    ));
                }
            }
            Prebuilt::Tuple { ty, items } => {
                let tid = m.tid(ty);
                let Type::Tuple(tys) = ty else {
                    return Err(format!("prebuilt tuple of type {ty}"));
                };
                alloc.push_str(&format!(
                    "    {slot} = rpy_tuple_new({tid}, {});\n",
                    items.len()
                ));
                for (k, (c, t)) in items.iter().zip(tys.iter()).enumerate() {
                    let e = const_expr(m, c, t);
                    fill_objects.push_str(&format!(
                        "    ((rpy_tuple *){slot})->items[{k}] = {};\n",
                        to_word(&e, t)
                    ));
                }
            }
            Prebuilt::Dict { ty, items } => {
                let tid = m.tid(ty);
                let Type::Dict(kt, vt) = ty else {
                    return Err(format!("prebuilt dict of type {ty}"));
                };
                alloc.push_str(&format!("    {slot} = rpy_dict_new({tid});\n"));
                for (k, v) in items {
                    let ke = const_expr(m, k, kt);
                    let ve = const_expr(m, v, vt);
                    fill_dicts.push_str(&format!(
                        "    rpy_dict_setitem({slot}, {}, {});\n",
                        to_word(&ke, kt),
                        to_word(&ve, vt)
                    ));
                }
            }
        }
    }
    let n = p.prebuilt.len();
    Ok(format!(
        "void *rpy_prebuilt[{}];\nconst size_t rpy_prebuilt_count = {n};\n\
         void rpy_init_prebuilt(void) {{\n{alloc}{fill_objects}    /* dicts last: their keys' contents are set */\n{fill_dicts}}}\n",
        n.max(1)
    ))
}
