//! The values a graph reads: operation operands, a branch's condition,
//! returned and raised values, and link arguments. Backends count them to
//! keep a value used once on the operand stack or to fuse it into its only
//! reader; optimisation passes check that a value goes nowhere else.

use crate::ir::{Exit, Graph, LinkArg, Value};

/// Calls `f` on each value `exit` reads, its links' arguments included.
pub fn for_each_exit_read(exit: &Exit, mut f: impl FnMut(&Value)) {
    match exit {
        Exit::Branch { cond, .. } => f(cond),
        Exit::Return(v) | Exit::Raise(v) => f(v),
        Exit::Goto(_) | Exit::Catch { .. } => {}
    }
    for link in exit.links() {
        for arg in &link.args {
            if let LinkArg::Value(v) = arg {
                f(v);
            }
        }
    }
}

/// How many times each variable of `g` is read, indexed by `Var`.
pub fn read_counts(g: &Graph) -> Vec<u32> {
    let mut reads = vec![0u32; g.var_types.len()];
    let mut count = |v: &Value| {
        if let Value::Var(x) = v {
            reads[x.0 as usize] += 1;
        }
    };
    for block in &g.blocks {
        for op in &block.ops {
            op.args.iter().for_each(&mut count);
        }
        for_each_exit_read(&block.exit, &mut count);
    }
    reads
}
