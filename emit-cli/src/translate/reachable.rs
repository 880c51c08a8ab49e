//! The graphs a module needs: those reachable from the entry point through
//! direct calls, method calls (every implementation of the name) and
//! function constants (in graphs, prebuilt objects and class attributes),
//! in a deterministic order.

use std::collections::BTreeSet;

use lltype::ir::{Const, GraphId, LinkArg, Opcode, Prebuilt, Program, Value};

pub fn reachable_graphs(program: &Program) -> Vec<GraphId> {
    let mut seen = BTreeSet::new();
    let mut order = Vec::new();
    // Functions held by prebuilt objects and class attributes are roots too
    // (below the entry point, which comes first).
    let mut stack: Vec<GraphId> = held_functions(program).into_iter().rev().collect();
    stack.push(program.entry);
    while let Some(g) = stack.pop() {
        if !seen.insert(g) {
            continue;
        }
        order.push(g);
        let mut callees = Vec::new();
        for block in &program.graph(g).blocks {
            for op in &block.ops {
                match &op.opcode {
                    Opcode::DirectCall(c) => callees.push(*c),
                    // Any class's implementation may run: take them all.
                    Opcode::MethodCall(name) | Opcode::GetMethod(name) => {
                        for class in &program.classes {
                            if let Some(g) = class.methods.get(name) {
                                callees.push(*g);
                            }
                        }
                    }
                    _ => {}
                }
                for a in &op.args {
                    if let Value::Const(Const::Func(c)) = a {
                        callees.push(*c);
                    }
                }
            }
            for l in block.exit.links() {
                for a in &l.args {
                    if let LinkArg::Value(Value::Const(Const::Func(c))) = a {
                        callees.push(*c);
                    }
                }
            }
        }
        // Reversed so that callees are visited in program order.
        stack.extend(callees.into_iter().rev());
    }
    order
}

/// The function constants of prebuilt objects and class attributes.
pub fn held_functions(program: &Program) -> BTreeSet<GraphId> {
    let mut consts: Vec<&Const> = Vec::new();
    for p in &program.prebuilt {
        match p {
            Prebuilt::Instance { fields, .. } => consts.extend(fields.iter().map(|(_, c)| c)),
            Prebuilt::List { items, .. } | Prebuilt::Tuple { items, .. } => consts.extend(items),
            Prebuilt::Dict { items, .. } => consts.extend(items.iter().flat_map(|(k, v)| [k, v])),
        }
    }
    for c in &program.classes {
        consts.extend(c.class_attrs.values().map(|(_, v)| v));
    }
    consts
        .into_iter()
        .filter_map(|c| match c {
            Const::Func(g) => Some(*g),
            _ => None,
        })
        .collect()
}
