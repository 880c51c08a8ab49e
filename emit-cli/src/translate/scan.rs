//! What the translated graphs need, found before any row is planned: the
//! helpers and the graphs used as function values.

use std::collections::BTreeSet;

use lltype::ir::{Const, Exit, GraphId, LinkArg, Opcode, Program, Type, Value};

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

/// Whether the graphs may take the repr of a str, and so need the printable
/// ranges (`unicode_data::printable_data`) at run time. Besides `repr` and
/// `%r`/`!r` (both the `Repr` operation), the runtime reprs a str for the
/// str or repr of a container holding one, for the KeyError of a dict whose
/// keys hold one, for the ValueError of int() and float() of a str, and for
/// the errors of opening a file. Erring on the side of yes: the runtime
/// fails loudly on a non-ASCII repr without the ranges.
pub(super) fn may_repr_str(program: &Program, graphs: &[GraphId]) -> bool {
    graphs.iter().any(|g| {
        let graph = program.graph(*g);
        let type_of = |v: &Value| match v {
            Value::Var(var) => Some(graph.var_type(*var).clone()),
            Value::Const(Const::Str(_)) => Some(Type::Str),
            Value::Const(Const::Prebuilt(id)) => Some(super::constants::prebuilt_type(
                &program.prebuilt[id.0 as usize],
            )),
            Value::Const(_) => None,
        };
        graph.blocks.iter().flat_map(|b| &b.ops).any(|op| {
            let arg_types = || op.args.iter().filter_map(type_of);
            match &op.opcode {
                Opcode::Repr => arg_types().any(|t| !is_scalar(&t)),
                // str() of a str is itself; of a container, its items' repr.
                Opcode::ToStr => arg_types().any(|t| t != Type::Str && holds_str(&t)),
                Opcode::StrToInt | Opcode::StrToFloat | Opcode::OsOpen => true,
                _ => arg_types().any(|t| matches!(&t, Type::Dict(key, _) if holds_str(key))),
            }
        })
    })
}

/// The types whose str and repr the runtime writes without any str's repr.
fn is_scalar(ty: &Type) -> bool {
    matches!(
        ty,
        Type::Void | Type::Bool | Type::Int | Type::Uint | Type::Float | Type::Bytes | Type::Range
    )
}

/// Whether a value of the type may show a str in its repr (an instance
/// shows only its class name).
fn holds_str(ty: &Type) -> bool {
    match ty {
        Type::Str => true,
        Type::List(item) | Type::Iter(_, item) => holds_str(item),
        Type::Dict(key, value) => holds_str(key) || holds_str(value),
        Type::Tuple(items) => items.iter().any(holds_str),
        _ => false,
    }
}
