//! Values passed on the evaluation stack instead of through a local.
//!
//! A variable read once, by the operation (or the exit) right after the
//! operations that make it, can stay on the stack: `a = x - y; b = a * z`
//! becomes `ldloc x; ldloc y; sub; ldloc z; mul`, and a comparison feeding
//! a branch becomes a compare-and-branch for the JIT. Such a variable gets
//! no local, so `load` and `store` emit nothing for it.
//!
//! An operation's stacked arguments must be a prefix of its arguments (the
//! others are loaded after them), made by the operations just before it in
//! order, each of which may itself take stacked arguments. Only operations
//! whose lowering loads its arguments first, in order, once each, and ends
//! with storing its result take part; the last operation of a `Catch`
//! block does not, since a protected region starts with an empty stack.

use lltype::ir::{Exit, Graph, Op, Opcode, Value, Var};

use super::super::types::has_value;

/// Lowerings that load their arguments first, in order, once each, and end
/// by storing their result (see `GraphTranslator::op`).
fn takes_part(op: &Op) -> bool {
    use Opcode::*;
    if super::values::runtime_function(&op.opcode).is_some() {
        return true;
    }
    matches!(
        op.opcode,
        IntAdd
            | FloatAdd
            | IntSub
            | FloatSub
            | IntMul
            | FloatMul
            | IntAnd
            | IntOr
            | IntXor
            | IntNeg
            | FloatNeg
            | IntInvert
            | IntLt
            | FloatLt
            | IntGt
            | FloatGt
            | IntEq
            | FloatEq
            | BoolEq
            | IntNe
            | FloatNe
            | IntLe
            | IntGe
            | UintLt
            | UintGt
            | UintLe
            | UintGe
            | FloatLe
            | FloatGe
            | BoolNot
            | BoolToInt
            | IntToFloat
            | SameAs
            | Promote
            | DirectCall(_)
            | MethodCall(_)
            | GetField(_)
            | SetField(_)
            | InstanceOf(_)
            | Downcast(_)
            | Is
            | StrEq
            | StrNe
            | ListLen
            | ListGetItem
            | ListSetItem
    )
}

/// The variables to keep on the stack.
pub fn stacked_vars(g: &Graph) -> Vec<bool> {
    let reads = lltype::analysis::reads::read_counts(g);
    let mut stacked = vec![false; g.var_types.len()];
    for block in &g.blocks {
        let ops = &block.ops;
        let catch = matches!(block.exit, Exit::Catch { .. });
        let consumers = if catch {
            ops.len().saturating_sub(1)
        } else {
            ops.len()
        };
        // tree_start[j]: the first operation whose value op j consumes
        // (directly or not); j when it consumes none.
        let mut tree_start: Vec<usize> = (0..ops.len()).collect();
        let stackable = |v: Var, producer: &Op| {
            producer.result == v
                && takes_part(producer)
                && reads[v.0 as usize] == 1
                && has_value(g.var_type(v))
        };
        let match_args =
            |args: &[Value], end: usize, tree_start: &[usize], stacked: &mut Vec<bool>| {
                if end == 0 {
                    return end;
                }
                let last = &ops[end - 1];
                let Some(k) = args.iter().position(|a| *a == Value::Var(last.result)) else {
                    return end;
                };
                let mut chosen = Vec::new();
                let mut cursor = end;
                for a in args[..=k].iter().rev() {
                    let Value::Var(v) = a else { return end };
                    if cursor == 0 || !stackable(*v, &ops[cursor - 1]) {
                        return end;
                    }
                    chosen.push(*v);
                    cursor = tree_start[cursor - 1];
                }
                for v in chosen {
                    stacked[v.0 as usize] = true;
                }
                cursor
            };
        for j in 0..consumers {
            // List indexing loads its arguments twice (see `list_index`).
            let loads_twice = matches!(ops[j].opcode, Opcode::ListGetItem | Opcode::ListSetItem);
            if takes_part(&ops[j]) && !loads_twice {
                tree_start[j] = match_args(&ops[j].args, j, &tree_start, &mut stacked);
            }
        }
        if !catch {
            match &block.exit {
                Exit::Branch { cond: v, .. } | Exit::Raise(v) => {
                    match_args(
                        std::slice::from_ref(v),
                        ops.len(),
                        &tree_start,
                        &mut stacked,
                    );
                }
                // A graph returning nothing does not load the value.
                Exit::Return(v) if has_value(&g.ret) => {
                    match_args(
                        std::slice::from_ref(v),
                        ops.len(),
                        &tree_start,
                        &mut stacked,
                    );
                }
                Exit::Return(_) | Exit::Goto(_) | Exit::Catch { .. } => {}
            }
        }
    }
    stacked
}
