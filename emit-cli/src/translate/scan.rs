//! What the translated graphs need, found before any row is planned:
//! tuple types, list iterators, per-item-type helpers.

use lltype::ir::Program;

use super::helpers::Helper;
use super::types::{self, list_elem};

/// Every tuple type the translated graphs, the classes' fields or the
/// prebuilt objects mention,
/// nested ones included, in a deterministic order.
pub(super) fn tuple_types(
    program: &Program,
    graphs: &[lltype::ir::GraphId],
) -> Vec<Vec<lltype::ir::Type>> {
    use lltype::ir::Type;
    fn walk(t: &Type, out: &mut std::collections::BTreeSet<Vec<Type>>) {
        match t {
            Type::Tuple(items) if out.insert(items.to_vec()) => {
                items.iter().for_each(|i| walk(i, out));
            }
            Type::List(i) | Type::Iter(_, i) => walk(i, out),
            Type::Dict(k, v) => {
                walk(k, out);
                walk(v, out);
            }
            Type::Func(sig) => {
                sig.params.iter().for_each(|p| walk(p, out));
                walk(&sig.ret, out);
            }
            _ => {}
        }
    }
    let mut out = std::collections::BTreeSet::new();
    for g in graphs {
        program
            .graph(*g)
            .var_types
            .iter()
            .for_each(|t| walk(t, &mut out));
    }
    for c in &program.classes {
        c.fields.iter().for_each(|f| walk(&f.ty, &mut out));
    }
    for p in &program.prebuilt {
        walk(&super::constants::prebuilt_type(p), &mut out);
    }
    out.into_iter().collect()
}

/// The item types of the lists the program iterates over (`for x in l`).
pub(super) fn list_iter_elems(
    program: &Program,
    graphs: &[lltype::ir::GraphId],
) -> Vec<types::Elem> {
    let mut elems = std::collections::BTreeSet::new();
    for g in graphs {
        let graph = program.graph(*g);
        for block in &graph.blocks {
            for op in &block.ops {
                if op.opcode != lltype::ir::Opcode::NewIter(lltype::ir::IterKind::List) {
                    continue;
                }
                if let Some(e) = list_elem(&value_type(program, graph, &op.args[0])) {
                    elems.insert(e);
                }
            }
        }
    }
    elems.into_iter().collect()
}

/// The fixed helpers, then the per-item-type list helpers the program uses.
pub(super) fn helpers_needed(program: &Program, graphs: &[lltype::ir::GraphId]) -> Vec<Helper> {
    let mut needed: std::collections::BTreeSet<Helper> = Helper::ALL.into_iter().collect();
    for g in graphs {
        let graph = program.graph(*g);
        for block in &graph.blocks {
            for op in &block.ops {
                let ctor = match op.opcode {
                    lltype::ir::Opcode::ListGetItem => Helper::ListGetItem,
                    lltype::ir::Opcode::ListSetItem => Helper::ListSetItem,
                    lltype::ir::Opcode::ToStr => Helper::ListToStr,
                    lltype::ir::Opcode::ListSlice => Helper::ListSlice,
                    lltype::ir::Opcode::ListPop => Helper::ListPop,
                    lltype::ir::Opcode::ListInsert => Helper::ListInsert,
                    _ => continue,
                };
                let list_ty = &value_type(program, graph, &op.args[0]);
                match (ctor(types::Elem::Int), list_elem(list_ty)) {
                    (Helper::ListToStr(_), Some(e @ (types::Elem::Int | types::Elem::Bool))) => {
                        needed.insert(ctor(e));
                    }
                    (Helper::ListToStr(_), _) => {}
                    (_, Some(e)) => {
                        needed.insert(ctor(e));
                    }
                    _ => {}
                }
            }
        }
    }
    needed.into_iter().collect()
}

/// The type of an operand: a variable's, or a prebuilt object's (other
/// constants are never lists).
fn value_type(
    program: &Program,
    graph: &lltype::ir::Graph,
    v: &lltype::ir::Value,
) -> lltype::ir::Type {
    match v {
        lltype::ir::Value::Var(v) => graph.var_type(*v).clone(),
        lltype::ir::Value::Const(lltype::ir::Const::Prebuilt(id)) => {
            super::constants::prebuilt_type(&program.prebuilt[id.0 as usize])
        }
        _ => lltype::ir::Type::Void,
    }
}
