//! The graphs a module needs: those reachable from the entry point through
//! direct calls, method calls (every implementation of the name) and
//! function constants, in a deterministic order.

use std::collections::BTreeSet;

use lltype::ir::{Const, GraphId, LinkArg, Opcode, Program, Value};

pub fn reachable_graphs(program: &Program) -> Vec<GraphId> {
    let mut seen = BTreeSet::new();
    let mut order = Vec::new();
    let mut stack = vec![program.entry];
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
            for l in exit_links(&block.exit) {
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

/// The links leaving a block through its exit.
pub fn exit_links(exit: &lltype::ir::Exit) -> Vec<&lltype::ir::Link> {
    match exit {
        lltype::ir::Exit::Goto(l) => vec![l],
        lltype::ir::Exit::Branch {
            if_true, if_false, ..
        } => vec![if_true, if_false],
        lltype::ir::Exit::Catch { normal, handlers } => std::iter::once(normal)
            .chain(handlers.iter().map(|h| &h.link))
            .collect(),
        _ => vec![],
    }
}
