//! Arithmetic, branches and loops.

use super::builder::*;
use crate::interp::Outcome;
use crate::ir::*;

#[test]
fn arithmetic_and_exit_status() {
    let mut p = ProgramBuilder::new();
    let (mut g, _) = entry();
    let a = g.op(Opcode::IntMul, vec![int(7), int(6)], Type::Int);
    let b = g.op(Opcode::IntAdd, vec![v(a), int(3)], Type::Int);
    let c = g.op(Opcode::IntFloorDiv, vec![v(b), int(-2)], Type::Int);
    let d = g.op(Opcode::IntMod, vec![int(-7), int(3)], Type::Int);
    let e = g.op(Opcode::IntSub, vec![int(i64::MIN), int(1)], Type::Int);
    g.print(v(c));
    g.print(v(d));
    g.print(v(e));
    let f = g.op(
        Opcode::FloatTrueDiv,
        vec![float(1.0), float(3.0)],
        Type::Float,
    );
    g.print(v(f));
    let h = g.op(Opcode::IntToFloat, vec![int(10)], Type::Float);
    g.print(v(h));
    g.ret(int(3));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(
        out,
        "-23\n2\n9223372036854775807\n0.3333333333333333\n10.0\n"
    );
    assert_eq!(outcome, Outcome::Exit(3));
}

#[test]
fn overflow_checked_arithmetic_raises() {
    let mut p = ProgramBuilder::new();
    let (mut g, _) = entry();
    g.op(Opcode::IntAddOvf, vec![int(i64::MAX), int(1)], Type::Int);
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, _) = p.run(id);
    assert_eq!(
        outcome,
        Outcome::Fatal {
            class: "OverflowError".into(),
            message: "integer overflow".into()
        }
    );
}

/// sum of 0..n-1 with a loop block whose link passes (i, acc) -- and a
/// swapped-parameter loop to check the parallel assignment of links.
#[test]
fn loops_and_branches() {
    let mut p = ProgramBuilder::new();
    let (mut g, _) = entry();
    let (head, hv) = g.block(&[Type::Int, Type::Int]);
    let (body, bv) = g.block(&[Type::Int, Type::Int]);
    let (done, dv) = g.block(&[Type::Int]);
    g.exit(Exit::Goto(link(head, vec![int(0), int(0)])));
    g.switch(head);
    let cond = g.op(Opcode::IntLt, vec![v(hv[0]), int(100)], Type::Bool);
    g.exit(Exit::Branch {
        cond: v(cond),
        if_true: link(body, vec![v(hv[0]), v(hv[1])]),
        if_false: link(done, vec![v(hv[1])]),
    });
    g.switch(body);
    let acc = g.op(Opcode::IntAdd, vec![v(bv[1]), v(bv[0])], Type::Int);
    let i = g.op(Opcode::IntAdd, vec![v(bv[0]), int(1)], Type::Int);
    g.exit(Exit::Goto(link(head, vec![v(i), v(acc)])));
    g.switch(done);
    g.print(v(dv[0]));
    // swap loop: (a, b) -> (b, a) three times starting from (1, 2)
    let (sw, sv) = g.block(&[Type::Int, Type::Int, Type::Int]);
    let (end, ev) = g.block(&[Type::Int, Type::Int]);
    g.exit(Exit::Goto(link(sw, vec![int(1), int(2), int(3)])));
    g.switch(sw);
    let more = g.op(Opcode::IntGt, vec![v(sv[2]), int(0)], Type::Bool);
    let n = g.op(Opcode::IntSub, vec![v(sv[2]), int(1)], Type::Int);
    g.exit(Exit::Branch {
        cond: v(more),
        if_true: link(sw, vec![v(sv[1]), v(sv[0]), v(n)]),
        if_false: link(end, vec![v(sv[0]), v(sv[1])]),
    });
    g.switch(end);
    let t = g.op(
        Opcode::NewTuple,
        vec![v(ev[0]), v(ev[1])],
        Type::tuple(vec![Type::Int, Type::Int]),
    );
    g.print(v(t));
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(out, "4950\n(2, 1)\n");
    assert_eq!(outcome, Outcome::Exit(0));
}

/// for i in range(0, 10, 3): print(i) -- IterNext ends by StopIteration
/// caught by a Catch exit.
#[test]
fn for_loop_over_range() {
    let mut p = ProgramBuilder::new();
    let stop = p.exc("StopIteration");
    let (mut g, _) = entry();
    let r = g.op(Opcode::NewRange, vec![int(0), int(10), int(3)], Type::Range);
    let iter_ty = Type::Iter(IterKind::Range, Type::Int.into());
    let it = g.op(
        Opcode::NewIter(IterKind::Range),
        vec![v(r)],
        iter_ty.clone(),
    );
    let (head, hv) = g.block(std::slice::from_ref(&iter_ty));
    let (body, bv) = g.block(&[iter_ty.clone(), Type::Int]);
    let (done, _) = g.block(&[]);
    g.exit(Exit::Goto(link(head, vec![v(it)])));
    g.switch(head);
    let x = g.op(Opcode::IterNext, vec![v(hv[0])], Type::Int);
    g.exit(Exit::Catch {
        normal: link(body, vec![v(hv[0]), v(x)]),
        handlers: vec![Handler {
            class: Some(stop),
            link: link(done, vec![]),
        }],
    });
    g.switch(body);
    g.print(v(bv[1]));
    g.exit(Exit::Goto(link(head, vec![v(bv[0])])));
    g.switch(done);
    let len = g.op(Opcode::RangeLen, vec![v(r)], Type::Int);
    g.print(v(len));
    g.print(v(r));
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(out, "0\n3\n6\n9\n4\nrange(0, 10, 3)\n");
    assert_eq!(outcome, Outcome::Exit(0));
}

#[test]
fn comparisons_min_max_and_hash() {
    let mut p = ProgramBuilder::new();
    let (mut g, _) = entry();
    let a = g.op(Opcode::Min, vec![int(3), int(1), int(2)], Type::Int);
    g.print(v(a));
    let b = g.op(Opcode::Max, vec![s("b"), s("c"), s("a")], Type::Str);
    g.print(v(b));
    let t1 = g.op(
        Opcode::NewTuple,
        vec![int(1), s("b")],
        Type::tuple(vec![Type::Int, Type::Str]),
    );
    let t2 = g.op(
        Opcode::NewTuple,
        vec![int(1), s("c")],
        Type::tuple(vec![Type::Int, Type::Str]),
    );
    let lt = g.op(Opcode::Lt, vec![v(t1), v(t2)], Type::Bool);
    g.print(v(lt));
    let eq = g.op(Opcode::Eq, vec![v(t1), v(t2)], Type::Bool);
    g.print(v(eq));
    let h1 = g.op(Opcode::Hash, vec![int(1)], Type::Int);
    let h2 = g.op(Opcode::Hash, vec![float(1.0)], Type::Int);
    let same = g.op(Opcode::IntEq, vec![v(h1), v(h2)], Type::Bool);
    g.print(v(same));
    g.ret(int(0));
    let id = p.add(g.finish());
    let (_, out) = p.run(id);
    assert_eq!(out, "1\nc\nTrue\nFalse\nTrue\n");
}
