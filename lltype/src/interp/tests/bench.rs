//! Rough speed probes, ignored by default (`cargo test -p lltype bench --
//! --ignored --nocapture`): they print timings and assert nothing about them.

use std::time::Instant;

use super::builder::*;
use crate::interp::Outcome;
use crate::ir::*;

/// while i < n: acc += i * 2; i += 1
#[test]
#[ignore]
fn bench_int_loop() {
    let mut p = ProgramBuilder::new();
    let (mut g, _) = entry();
    let (head, hv) = g.block(&[Type::Int, Type::Int]);
    let (body, bv) = g.block(&[Type::Int, Type::Int]);
    let (done, dv) = g.block(&[Type::Int]);
    g.exit(Exit::Goto(link(head, vec![int(0), int(0)])));
    g.switch(head);
    let cond = g.op(Opcode::IntLt, vec![v(hv[0]), int(3_000_000)], Type::Bool);
    g.exit(Exit::Branch {
        cond: v(cond),
        if_true: link(body, vec![v(hv[0]), v(hv[1])]),
        if_false: link(done, vec![v(hv[1])]),
    });
    g.switch(body);
    let t = g.op(Opcode::IntMul, vec![v(bv[0]), int(2)], Type::Int);
    let acc = g.op(Opcode::IntAdd, vec![v(bv[1]), v(t)], Type::Int);
    let i = g.op(Opcode::IntAdd, vec![v(bv[0]), int(1)], Type::Int);
    g.exit(Exit::Goto(link(head, vec![v(i), v(acc)])));
    g.switch(done);
    g.print(v(dv[0]));
    g.ret(int(0));
    let id = p.add(g.finish());
    let t0 = Instant::now();
    let (outcome, out) = p.run(id);
    println!("int loop, 3M iterations: {:?} ({out:?})", t0.elapsed());
    assert_eq!(outcome, Outcome::Exit(0));
}

/// fib(25) by recursive DirectCall (~250k calls).
#[test]
#[ignore]
fn bench_calls() {
    let mut p = ProgramBuilder::new();
    let fib = p.declare();
    let (mut g, n) = GraphBuilder::new("test.fib", &[Type::Int], Type::Int);
    let small = g.op(Opcode::IntLt, vec![v(n[0]), int(2)], Type::Bool);
    let (base, bv) = g.block(&[Type::Int]);
    let (rec, rv) = g.block(&[Type::Int]);
    g.exit(Exit::Branch {
        cond: v(small),
        if_true: link(base, vec![v(n[0])]),
        if_false: link(rec, vec![v(n[0])]),
    });
    g.switch(base);
    g.ret(v(bv[0]));
    g.switch(rec);
    let a = g.op(Opcode::IntSub, vec![v(rv[0]), int(1)], Type::Int);
    let b = g.op(Opcode::IntSub, vec![v(rv[0]), int(2)], Type::Int);
    let fa = g.op(Opcode::DirectCall(fib), vec![v(a)], Type::Int);
    let fb = g.op(Opcode::DirectCall(fib), vec![v(b)], Type::Int);
    let sum = g.op(Opcode::IntAdd, vec![v(fa), v(fb)], Type::Int);
    g.ret(v(sum));
    p.define(fib, g.finish());
    let (mut g, _) = entry();
    let r = g.op(Opcode::DirectCall(fib), vec![int(25)], Type::Int);
    g.print(v(r));
    g.ret(int(0));
    let id = p.add(g.finish());
    let t0 = Instant::now();
    let (outcome, out) = p.run(id);
    println!("fib(25): {:?} ({out:?})", t0.elapsed());
    assert_eq!(outcome, Outcome::Exit(0));
}

/// How deep the interpreter can recurse on its stack: runs 400_000 nested
/// calls with the limit lifted (2 GiB / 400k = 5 KiB per interpreted call).
#[test]
#[ignore]
fn bench_stack_depth() {
    let mut p = ProgramBuilder::new();
    let down = p.declare();
    let (mut g, n) = GraphBuilder::new("test.down", &[Type::Int], Type::Int);
    let zero = g.op(Opcode::IntEq, vec![v(n[0]), int(0)], Type::Bool);
    let (base, _) = g.block(&[]);
    let (rec, rv) = g.block(&[Type::Int]);
    g.exit(Exit::Branch {
        cond: v(zero),
        if_true: link(base, vec![]),
        if_false: link(rec, vec![v(n[0])]),
    });
    g.switch(base);
    g.ret(int(0));
    g.switch(rec);
    let m = g.op(Opcode::IntSub, vec![v(rv[0]), int(1)], Type::Int);
    let r = g.op(Opcode::DirectCall(down), vec![v(m)], Type::Int);
    let r1 = g.op(Opcode::IntAdd, vec![v(r), int(1)], Type::Int);
    g.ret(v(r1));
    p.define(down, g.finish());
    let (mut g, _) = entry();
    let r = g.op(Opcode::DirectCall(down), vec![int(400_000)], Type::Int);
    g.print(v(r));
    g.ret(int(0));
    let id = p.add(g.finish());
    let t0 = Instant::now();
    let (outcome, out) = p.run_limit(id, Some(1_000_000));
    println!("400k nested calls: {:?} ({out:?})", t0.elapsed());
    assert_eq!(outcome, Outcome::Exit(0));
}
