//! Calls, method dispatch, instances, prebuilt constants, recursion limit.

use super::builder::*;
use crate::interp::Outcome;
use crate::ir::*;

/// fib(n) = n if n < 2 else fib(n-1) + fib(n-2), by DirectCall.
fn add_fib(p: &mut ProgramBuilder) -> GraphId {
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
    fib
}

#[test]
fn direct_and_indirect_calls() {
    let mut p = ProgramBuilder::new();
    let fib = add_fib(&mut p);
    let (mut g, _) = entry();
    let r = g.op(Opcode::DirectCall(fib), vec![int(20)], Type::Int);
    g.print(v(r));
    let sig = Signature {
        params: vec![Type::Int],
        ret: Type::Int,
    };
    let f = g.op(
        Opcode::SameAs,
        vec![c(Const::Func(fib))],
        Type::Func(sig.into()),
    );
    let r2 = g.op(Opcode::IndirectCall, vec![v(f), int(10)], Type::Int);
    g.print(v(r2));
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(out, "6765\n55\n");
    assert_eq!(outcome, Outcome::Exit(0));
}

/// class A: x; def f(self): return self.x + 1; kind = "a"
/// class B(A): y; def f(self): return self.x * 10 + self.y; kind = "b"
#[test]
fn method_dispatch_fields_and_class_attrs() {
    let mut p = ProgramBuilder::new();
    let a = p.class("A", None, &[("x", Type::Int)]);
    let b = p.class("B", Some(a), &[("y", Type::Int)]);
    p.class_attr(a, "kind", Type::Str, Const::Str("a".into()));
    p.class_attr(b, "kind", Type::Str, Const::Str("b".into()));

    let (mut g, this) = GraphBuilder::new("test.A.f", &[Type::Instance(a)], Type::Int);
    let x = g.op(Opcode::GetField("x".into()), vec![v(this[0])], Type::Int);
    let r = g.op(Opcode::IntAdd, vec![v(x), int(1)], Type::Int);
    g.ret(v(r));
    p.method(a, "f", g.finish());

    let (mut g, this) = GraphBuilder::new("test.B.f", &[Type::Instance(b)], Type::Int);
    let x = g.op(Opcode::GetField("x".into()), vec![v(this[0])], Type::Int);
    let y = g.op(Opcode::GetField("y".into()), vec![v(this[0])], Type::Int);
    let t = g.op(Opcode::IntMul, vec![v(x), int(10)], Type::Int);
    let r = g.op(Opcode::IntAdd, vec![v(t), v(y)], Type::Int);
    g.ret(v(r));
    p.method(b, "f", g.finish());

    let (mut g, _) = entry();
    let oa = g.op(Opcode::New(a), vec![], Type::Instance(a));
    g.emit(Opcode::SetField("x".into()), vec![v(oa), int(4)]);
    let ob = g.op(Opcode::New(b), vec![], Type::Instance(b));
    g.emit(Opcode::SetField("x".into()), vec![v(ob), int(5)]);
    g.emit(Opcode::SetField("y".into()), vec![v(ob), int(6)]);
    // Call through a variable statically typed A holding a B.
    let as_a = g.op(Opcode::SameAs, vec![v(ob)], Type::Instance(a));
    for o in [oa, as_a] {
        let r = g.op(Opcode::MethodCall("f".into()), vec![v(o)], Type::Int);
        g.print(v(r));
        let k = g.op(Opcode::GetClassAttr("kind".into()), vec![v(o)], Type::Str);
        g.print(v(k));
        let name = g.op(Opcode::ClassName, vec![v(o)], Type::Str);
        g.print(v(name));
        let isb = g.op(Opcode::InstanceOf(b), vec![v(o)], Type::Bool);
        g.print(v(isb));
    }
    // A field read on None raises AttributeError.
    let none = g.op(Opcode::SameAs, vec![null()], Type::Instance(a));
    g.op(Opcode::GetField("x".into()), vec![v(none)], Type::Int);
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(out, "5\na\nA\nFalse\n56\nb\nB\nTrue\n");
    assert_eq!(
        outcome,
        Outcome::Fatal {
            class: "AttributeError".into(),
            message: "'NoneType' object has no attribute 'x'".into()
        }
    );
}

/// Two prebuilt nodes pointing at each other, a tuple holding one of them,
/// and a prebuilt list holding the tuple.
#[test]
fn prebuilt_constants_with_cycles() {
    let mut p = ProgramBuilder::new();
    let node = p.class(
        "Node",
        None,
        &[
            ("name", Type::Str),
            ("next", Type::Instance(ClassId(u32::MAX))),
            ("w", Type::Float),
        ],
    );
    p.program.classes[node.0 as usize].fields[1].ty = Type::Instance(node);
    let (na, nb) = (PrebuiltId(0), PrebuiltId(1));
    p.prebuilt(Prebuilt::Instance {
        class: node,
        fields: vec![
            ("name".into(), Const::Str("a".into())),
            ("next".into(), Const::Prebuilt(nb)),
            ("w".into(), Const::Int(2)),
        ],
    });
    p.prebuilt(Prebuilt::Instance {
        class: node,
        fields: vec![
            ("name".into(), Const::Str("b".into())),
            ("next".into(), Const::Prebuilt(na)),
        ],
    });
    let tup_ty = Type::tuple(vec![Type::Int, Type::Instance(node)]);
    // The list refers to a tuple defined after it.
    let list = p.prebuilt(Prebuilt::List {
        ty: Type::list(tup_ty.clone()),
        items: vec![Const::Prebuilt(PrebuiltId(3))],
    });
    p.prebuilt(Prebuilt::Tuple {
        ty: tup_ty.clone(),
        items: vec![Const::Int(7), Const::Prebuilt(nb)],
    });

    let (mut g, _) = entry();
    let n1 = g.op(
        Opcode::GetField("next".into()),
        vec![c(Const::Prebuilt(na))],
        Type::Instance(node),
    );
    let n2 = g.op(
        Opcode::GetField("next".into()),
        vec![v(n1)],
        Type::Instance(node),
    );
    let same = g.op(Opcode::Is, vec![v(n2), c(Const::Prebuilt(na))], Type::Bool);
    g.print(v(same));
    let t = g.op(Opcode::ListGetItem, vec![c(list), int(0)], tup_ty);
    let tn = g.op(Opcode::TupleGetItem(1), vec![v(t)], Type::Instance(node));
    let name = g.op(Opcode::GetField("name".into()), vec![v(tn)], Type::Str);
    g.print(v(name));
    let w = g.op(
        Opcode::GetField("w".into()),
        vec![c(Const::Prebuilt(na))],
        Type::Float,
    );
    g.print(v(w));
    let w2 = g.op(Opcode::GetField("w".into()), vec![v(n1)], Type::Float);
    g.print(v(w2));
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(out, "True\nb\n2.0\n0.0\n");
    assert_eq!(outcome, Outcome::Exit(0));
}

/// def f(n): return f(n + 1) -- must end in RecursionError, not a crash,
/// with the default limit, and be catchable.
fn add_infinite(p: &mut ProgramBuilder) -> GraphId {
    let f = p.declare();
    let (mut g, n) = GraphBuilder::new("test.f", &[Type::Int], Type::Int);
    let m = g.op(Opcode::IntAdd, vec![v(n[0]), int(1)], Type::Int);
    let r = g.op(Opcode::DirectCall(f), vec![v(m)], Type::Int);
    g.ret(v(r));
    p.define(f, g.finish());
    f
}

#[test]
fn infinite_recursion_raises_recursion_error() {
    let mut p = ProgramBuilder::new();
    let f = add_infinite(&mut p);
    let (mut g, _) = entry();
    g.op(Opcode::DirectCall(f), vec![int(0)], Type::Int);
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, _) = p.run(id);
    assert_eq!(
        outcome,
        Outcome::Fatal {
            class: "RecursionError".into(),
            message: "maximum recursion depth exceeded".into()
        }
    );
}

#[test]
fn recursion_error_is_catchable_and_the_run_goes_on() {
    let mut p = ProgramBuilder::new();
    let f = add_infinite(&mut p);
    let rec = p.exc("RecursionError");
    let (mut g, _) = entry();
    let r = g.op(Opcode::DirectCall(f), vec![int(0)], Type::Int);
    let (ok, _) = g.block(&[]);
    let (caught, cv) = g.block(&[Type::Instance(rec)]);
    g.exit(Exit::Catch {
        normal: link(ok, vec![]),
        handlers: vec![Handler {
            class: Some(rec),
            link: Link {
                target: caught,
                args: vec![LinkArg::CaughtException],
            },
        }],
    });
    let _ = r;
    g.switch(ok);
    g.ret(int(1));
    g.switch(caught);
    g.print(v(cv[0]));
    let fib = add_fib(&mut p);
    let r = g.op(Opcode::DirectCall(fib), vec![int(10)], Type::Int);
    g.print(v(r));
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run_limit(id, Some(500));
    assert_eq!(out, "maximum recursion depth exceeded\n55\n");
    assert_eq!(outcome, Outcome::Exit(0));
}

/// Dropping a long chain of objects must not recurse once per node (this
/// runs on the test thread's small stack on purpose).
#[test]
fn dropping_a_long_object_chain_does_not_overflow() {
    use crate::interp::value::{Object, Value};
    use std::cell::RefCell;
    use std::rc::Rc;
    let mut head = Value::Null;
    for _ in 0..200_000 {
        head = Value::Instance(Rc::new(Object {
            class: ClassId(0),
            fields: RefCell::new(vec![head].into()),
        }));
    }
    drop(head);
}

/// def down(n): return 0 if n == 0 else 1 + down(n - 1) -- just under the
/// default limit: must succeed on the interpreter's own stack.
#[test]
fn deep_recursion_below_the_limit_succeeds() {
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
    let depth = (crate::interp::MAX_DEPTH - 2) as i64;
    let r = g.op(Opcode::DirectCall(down), vec![int(depth)], Type::Int);
    g.print(v(r));
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(out, format!("{depth}\n"));
    assert_eq!(outcome, Outcome::Exit(0));
}
