//! The type each operand of an op is expected to have, where the op's other
//! operands or result say it (a list's item type for `ListAppend`, a
//! callee's parameter types for `DirectCall`, ...). Constants are typed by
//! their context, so the decoder uses this to turn an int literal headed for
//! a float slot into a float: then `str()` of the stored value prints `1.0`,
//! as CPython does, and arithmetic never sees a mismatched constant.

use crate::ir::{self, Opcode, Prebuilt, Program, Type};

/// The static type of an operand, when known.
fn static_type(program: &Program, graph: &ir::Graph, v: &ir::Value) -> Option<Type> {
    match v {
        ir::Value::Var(var) => Some(graph.var_type(*var).clone()),
        ir::Value::Const(ir::Const::Prebuilt(p)) => match program.prebuilt.get(p.0 as usize)? {
            Prebuilt::Instance { class, .. } => Some(Type::Instance(*class)),
            Prebuilt::List { ty, .. } | Prebuilt::Dict { ty, .. } | Prebuilt::Tuple { ty, .. } => {
                Some(ty.clone())
            }
        },
        ir::Value::Const(_) => None,
    }
}

fn item_type(t: Option<Type>) -> Option<Type> {
    match t? {
        Type::List(item) => Some((*item).clone()),
        _ => None,
    }
}

fn dict_types(t: Option<Type>) -> (Option<Type>, Option<Type>) {
    match t {
        Some(Type::Dict(k, v)) => (Some((*k).clone()), Some((*v).clone())),
        _ => (None, None),
    }
}

fn params_of(program: &Program, g: ir::GraphId) -> Vec<Option<Type>> {
    let graph = program.graph(g);
    graph
        .params()
        .iter()
        .map(|p| Some(graph.var_type(*p).clone()))
        .collect()
}

/// Expected types of `op`'s operands, one per operand (None: unknown).
pub fn expected(program: &Program, graph: &ir::Graph, op: &ir::Op) -> Vec<Option<Type>> {
    let n = op.args.len();
    let arg = |i: usize| op.args.get(i).and_then(|a| static_type(program, graph, a));
    let result = Some(graph.var_type(op.result).clone());
    let mut types: Vec<Option<Type>> = vec![None; n];
    match &op.opcode {
        Opcode::NewList => types = vec![item_type(result); n],
        Opcode::ListRepeat => types[0] = item_type(result),
        Opcode::NewTuple => {
            if let Some(Type::Tuple(ts)) = result {
                types = (0..n).map(|i| ts.get(i).cloned()).collect();
            }
        }
        Opcode::NewDict => {
            let (k, v) = dict_types(result);
            types = (0..n)
                .map(|i| if i % 2 == 0 { k.clone() } else { v.clone() })
                .collect();
        }
        Opcode::ListAppend
        | Opcode::ListContains
        | Opcode::ListIndex
        | Opcode::ListCount
        | Opcode::ListRemove => {
            types[1] = item_type(arg(0));
        }
        Opcode::ListInsert | Opcode::ListSetItem => types[2] = item_type(arg(0)),
        Opcode::DictGetItem
        | Opcode::DictSetItem
        | Opcode::DictDelItem
        | Opcode::DictContains
        | Opcode::DictGet
        | Opcode::DictPop
        | Opcode::DictPopDefault
        | Opcode::DictSetDefault => {
            let (k, v) = dict_types(arg(0));
            types[1] = k;
            if n > 2 {
                types[2] = v;
            }
        }
        Opcode::SetField(name) => {
            if let Some(Type::Instance(c)) = arg(0) {
                types[1] = program
                    .all_fields(c)
                    .iter()
                    .rev()
                    .find(|f| f.name == *name)
                    .map(|f| f.ty.clone());
            }
        }
        Opcode::DirectCall(g) => types = params_of(program, *g),
        Opcode::MethodCall(name) => {
            if let Some(Type::Instance(c)) = arg(0) {
                if let Some(g) = program.resolve_method(c, name) {
                    types = params_of(program, g);
                }
            }
        }
        _ => {}
    }
    types.resize(n, None);
    types
}
