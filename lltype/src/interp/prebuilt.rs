//! Materialises `Program::prebuilt` once before the run. Prebuilt objects may
//! reference each other in cycles, so every mutable object (instance, list,
//! dict) is allocated empty first, then tuples (immutable, so built whole,
//! items first), then the mutable objects are filled in.

use std::cell::RefCell;
use std::rc::Rc;

use crate::ir::{Const, Prebuilt, Type};

use super::dict::Dict;
use super::machine::{coerce, Interp};
use super::value::Value;

pub fn materialise(it: &Interp) -> Vec<Value> {
    let program = it.program;
    let mut values: Vec<Value> = program
        .prebuilt
        .iter()
        .map(|p| match p {
            Prebuilt::Instance { class, .. } => Value::Instance(it.new_object(*class)),
            Prebuilt::List { .. } => Value::list(Vec::new()),
            Prebuilt::Dict { .. } => Value::Dict(Rc::new(RefCell::new(Dict::new()))),
            Prebuilt::Tuple { .. } => Value::Void,
        })
        .collect();

    for id in 0..values.len() {
        build_tuple(it, &mut values, id, 0);
    }

    for (p, v) in program.prebuilt.iter().zip(values.iter()) {
        match (p, v) {
            (Prebuilt::Instance { class, fields }, Value::Instance(obj)) => {
                let layout = &it.layouts[class.0 as usize];
                let all = program.all_fields(*class);
                let mut slots = obj.fields.borrow_mut();
                for (name, c) in fields {
                    if let Some(&i) = layout.names.get(name) {
                        let ty = &all[i as usize].ty;
                        slots[i as usize] = coerce(resolve(it, &values, c), ty);
                    }
                }
            }
            (Prebuilt::List { items, ty }, Value::List(list)) => {
                let item_ty = match ty {
                    Type::List(t) => t,
                    _ => &Type::Void,
                };
                *list.borrow_mut() = items
                    .iter()
                    .map(|c| coerce(resolve(it, &values, c), item_ty))
                    .collect();
            }
            (Prebuilt::Dict { items, ty }, Value::Dict(dict)) => {
                let (kt, vt) = match ty {
                    Type::Dict(k, v) => (&**k, &**v),
                    _ => (&Type::Void, &Type::Void),
                };
                let mut d = dict.borrow_mut();
                for (k, v) in items {
                    d.insert(
                        coerce(resolve(it, &values, k), kt),
                        coerce(resolve(it, &values, v), vt),
                    );
                }
            }
            _ => {}
        }
    }
    values
}

/// Builds prebuilt tuple `id` (and the tuples it contains) in place.
fn build_tuple(it: &Interp, values: &mut Vec<Value>, id: usize, depth: usize) {
    let Prebuilt::Tuple { items, ty } = &it.program.prebuilt[id] else {
        return;
    };
    if !matches!(values[id], Value::Void) || depth > it.program.prebuilt.len() {
        // Built already, or a cycle made of tuples alone (impossible for
        // immutable values): leave it.
        return;
    }
    for c in items {
        if let Const::Prebuilt(p) = c {
            build_tuple(it, values, p.0 as usize, depth + 1);
        }
    }
    let item_types: &[Type] = match ty {
        Type::Tuple(ts) => &ts[..],
        _ => &[],
    };
    let built: Rc<[Value]> = items
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let v = resolve(it, values, c);
            match item_types.get(i) {
                Some(t) => coerce(v, t),
                None => v,
            }
        })
        .collect();
    values[id] = Value::Tuple(built);
}

fn resolve(it: &Interp, values: &[Value], c: &Const) -> Value {
    match c {
        Const::Prebuilt(p) => values.get(p.0 as usize).cloned().unwrap_or(Value::Null),
        other => it.const_value_of(other),
    }
}
