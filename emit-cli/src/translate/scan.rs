//! What the translated graphs need, found before any row is planned: the
//! helpers and the graphs used as function values.

use std::collections::BTreeSet;

use lltype::ir::{Const, Exit, GraphId, LinkArg, Opcode, Program, Value};

use super::helpers::Helper;

/// The fixed helpers every module has.
pub(super) fn helpers_needed() -> Vec<Helper> {
    Helper::ALL.to_vec()
}

/// The graphs used as function values: function constants in the graphs,
/// prebuilt objects and class attributes, and every implementation of a
/// method name taken as a bound method (`GetMethod`), in id order.
pub(super) fn function_values(program: &Program, graphs: &[GraphId]) -> Vec<GraphId> {
    let mut out = BTreeSet::new();
    let mut consts: Vec<&Const> = Vec::new();
    for g in graphs {
        for block in &program.graph(*g).blocks {
            for op in &block.ops {
                if let Opcode::GetMethod(name) = &op.opcode {
                    for c in &program.classes {
                        if let Some(m) = c.methods.get(name) {
                            out.insert(*m);
                        }
                    }
                }
                consts.extend(op.args.iter().filter_map(|a| match a {
                    Value::Const(c) => Some(c),
                    _ => None,
                }));
            }
            if let Exit::Return(Value::Const(c)) = &block.exit {
                consts.push(c);
            }
            let links = block.exit.links();
            for l in links {
                consts.extend(l.args.iter().filter_map(|a| match a {
                    LinkArg::Value(Value::Const(c)) => Some(c),
                    _ => None,
                }));
            }
        }
    }
    for c in consts {
        if let Const::Func(g) = c {
            out.insert(*g);
        }
    }
    out.extend(super::reachable::held_functions(program));
    out.into_iter().collect()
}
