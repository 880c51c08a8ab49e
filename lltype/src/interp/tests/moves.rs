//! Moving values out of their slots on last reads, and in-place str
//! appends: never visible to the program.

use super::builder::*;
use crate::interp::code::{decode, Arg, Exit as CodeExit, Kind};
use crate::interp::machine::Interp;
use crate::interp::Outcome;
use crate::ir::*;

/// s = ""; i = 0; while i < n: s = s + "ab"; i += 1  -- in SSA form, so the
/// concatenation's left operand is a last read.
fn build_loop(p: &mut ProgramBuilder, n: i64) -> GraphId {
    let (mut g, _) = entry();
    let (head, hv) = g.block(&[Type::Str, Type::Int]);
    let (body, bv) = g.block(&[Type::Str, Type::Int]);
    let (done, dv) = g.block(&[Type::Str]);
    g.exit(Exit::Goto(link(head, vec![s(""), int(0)])));
    g.switch(head);
    let more = g.op(Opcode::IntLt, vec![v(hv[1]), int(n)], Type::Bool);
    g.exit(Exit::Branch {
        cond: v(more),
        if_true: link(body, vec![v(hv[0]), v(hv[1])]),
        if_false: link(done, vec![v(hv[0])]),
    });
    g.switch(body);
    let s2 = g.op(Opcode::StrConcat, vec![v(bv[0]), s("ab")], Type::Str);
    let i2 = g.op(Opcode::IntAdd, vec![v(bv[1]), int(1)], Type::Int);
    g.exit(Exit::Goto(link(head, vec![v(s2), v(i2)])));
    g.switch(done);
    let len = g.op(Opcode::StrLen, vec![v(dv[0])], Type::Int);
    g.print(v(len));
    let tail = g.op(
        Opcode::StrSlice,
        vec![v(dv[0]), int(-3), int(i64::MAX)],
        Type::Str,
    );
    g.print(v(tail));
    g.ret(int(0));
    p.add(g.finish())
}

#[test]
fn string_building_loop_appends_in_place() {
    let mut p = ProgramBuilder::new();
    let id = build_loop(&mut p, 50_000);
    let mut sink = Vec::new();
    let mut it = Interp::new(&p.program, &mut sink, 100);
    let code = decode(&p.program, p.program.graph(id), &mut it);
    // The loop test `i < n` is fused into the head block's branch.
    assert!(code.blocks[1].instrs.is_empty());
    assert!(matches!(code.blocks[1].exit, CodeExit::BranchCmp(..)));
    let body = &code.blocks[2];
    assert!(matches!(body.instrs[0].kind, Kind::StrAppend));
    assert!(matches!(body.instrs[0].args[0], Arg::Move(_)));
    drop(it);
    let (outcome, out) = p.run(id);
    assert_eq!(out, "100000\nbab\n");
    assert_eq!(outcome, Outcome::Exit(0));
}

/// t = s; u = s + "x": the append must not change t (the str is shared).
#[test]
fn shared_strings_are_never_mutated() {
    let mut p = ProgramBuilder::new();
    let (mut g, _) = entry();
    let (b, bv) = g.block(&[Type::Str]);
    let base = g.op(Opcode::StrMul, vec![s("ab"), int(2)], Type::Str);
    g.exit(Exit::Goto(link(b, vec![v(base)])));
    g.switch(b);
    let l = g.op(Opcode::NewList, vec![v(bv[0])], Type::list(Type::Str));
    let t = g.op(Opcode::SameAs, vec![v(bv[0])], Type::Str);
    let u = g.op(Opcode::StrConcat, vec![v(bv[0]), s("x")], Type::Str);
    g.print(v(t));
    g.print(v(u));
    g.print(v(l));
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(out, "abab\nababx\n['abab']\n");
    assert_eq!(outcome, Outcome::Exit(0));
}

/// A variable read in another block than its own is never moved (the
/// interpreter accepts such non-SSA graphs).
#[test]
fn cross_block_reads_are_copied() {
    let mut p = ProgramBuilder::new();
    let (mut g, _) = entry();
    let x = g.op(Opcode::StrMul, vec![s("q"), int(3)], Type::Str);
    let (b1, _) = g.block(&[]);
    let (b2, _) = g.block(&[]);
    g.exit(Exit::Goto(link(b1, vec![])));
    g.switch(b1);
    let y = g.op(Opcode::StrConcat, vec![v(x), s("!")], Type::Str);
    g.print(v(y));
    g.exit(Exit::Goto(link(b2, vec![])));
    g.switch(b2);
    g.print(v(x));
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(out, "qqq!\nqqq\n");
    assert_eq!(outcome, Outcome::Exit(0));
}
