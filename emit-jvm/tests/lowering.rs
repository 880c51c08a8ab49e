//! Hand-built typed graphs, translated to a jar and run on the JVM with
//! `-Xverify:all`: each test checks one lowering concept end to end.

mod common;

use common::*;
use lltype::ir::*;

fn argv_type() -> Type {
    Type::list(Type::Str)
}

#[test]
fn arithmetic_loop_and_exit_status() {
    let (mut b, _) = GraphBuilder::new("m.entry_point", &[argv_type()], Type::Int);
    let b0 = BlockId(0);
    let q = b.op(b0, Opcode::IntFloorDiv, vec![int(7), int(-2)], Type::Int);
    print_int(&mut b, b0, v(q));
    let m = b.op(b0, Opcode::IntMod, vec![int(-7), int(3)], Type::Int);
    print_int(&mut b, b0, v(m));
    let (b1, p1) = b.block(&[Type::Int, Type::Int]);
    let (b2, p2) = b.block(&[Type::Int, Type::Int]);
    let (b3, p3) = b.block(&[Type::Int]);
    b.exit(b0, Exit::Goto(link(b1, vec![int(0), int(0)])));
    let c = b.op(b1, Opcode::IntLt, vec![v(p1[0]), int(10)], Type::Bool);
    b.exit(
        b1,
        Exit::Branch {
            cond: v(c),
            if_true: link(b2, vec![v(p1[0]), v(p1[1])]),
            if_false: link(b3, vec![v(p1[1])]),
        },
    );
    let acc = b.op(b2, Opcode::IntAdd, vec![v(p2[1]), v(p2[0])], Type::Int);
    let i = b.op(b2, Opcode::IntAdd, vec![v(p2[0]), int(1)], Type::Int);
    b.exit(b2, Exit::Goto(link(b1, vec![v(i), v(acc)])));
    print_int(&mut b, b3, v(p3[0]));
    let f = b.op(b3, Opcode::IntToFloat, vec![v(p3[0])], Type::Float);
    let h = b.op(
        b3,
        Opcode::FloatTrueDiv,
        vec![v(f), Value::Const(Const::Float(4.0))],
        Type::Float,
    );
    print_int(&mut b, b3, v(h));
    b.exit(b3, Exit::Return(int(3)));
    let (classes, builtins) = builtin_classes(&["ZeroDivisionError"]);
    let p = program(vec![b.graph], classes, builtins);
    let r = build_and_run("arith", &p, &[]);
    assert_eq!(r.stdout, "-4\n2\n45\n11.25\n", "stderr: {}", r.stderr);
    assert_eq!(r.status, 3);
}

#[test]
fn caught_and_uncaught_exceptions() {
    let (classes, builtins) = builtin_classes(&["ZeroDivisionError"]);
    let zde = builtins["ZeroDivisionError"];
    let (mut b, argv) = GraphBuilder::new("m.entry_point", &[argv_type()], Type::Int);
    let b0 = BlockId(0);
    let n = b.op(b0, Opcode::ListLen, vec![v(argv[0])], Type::Int);
    let d = b.op(b0, Opcode::IntSub, vec![v(n), int(1)], Type::Int);
    let x = b.op(b0, Opcode::IntFloorDiv, vec![int(1), v(d)], Type::Int);
    let (b1, p1) = b.block(&[Type::Int]);
    let (b2, p2) = b.block(&[Type::Instance(zde)]);
    b.exit(
        b0,
        Exit::Catch {
            normal: link(b1, vec![v(x)]),
            handlers: vec![Handler {
                class: Some(zde),
                link: Link {
                    target: b2,
                    args: vec![LinkArg::CaughtException],
                },
            }],
        },
    );
    print_int(&mut b, b1, v(p1[0]));
    b.exit(b1, Exit::Return(int(0)));
    let m = b.op(b2, Opcode::ToStr, vec![v(p2[0])], Type::Str);
    let line = b.op(b2, Opcode::StrConcat, vec![s("caught: "), v(m)], Type::Str);
    print_int(&mut b, b2, v(line));
    b.op(b2, Opcode::IntMod, vec![int(5), int(0)], Type::Int);
    b.exit(b2, Exit::Return(int(0)));
    let p = program(vec![b.graph], classes, builtins);

    let r = build_and_run("exceptions", &p, &[]);
    assert_eq!(
        r.stdout, "caught: integer division or modulo by zero\n",
        "stderr: {}",
        r.stderr
    );
    assert_eq!(
        r.stderr.trim_end(),
        "Fatal RPython error: ZeroDivisionError: integer modulo by zero"
    );
    assert_eq!(r.status, 1);

    let r = build_and_run("exceptions", &p, &["x"]);
    assert_eq!(r.stdout, "1\n", "stderr: {}", r.stderr);
    assert_eq!(r.status, 0);
}

/// A graph far beyond the 64 KiB method limit: a loop whose body is a chain
/// of 3000 blocks, with a value live across the whole chain and a caught
/// exception in the middle. It is split into region methods.
#[test]
fn huge_graph_is_split_into_regions() {
    const CHAIN: usize = 3000;
    let (classes, builtins) = builtin_classes(&["ZeroDivisionError"]);
    let zde = builtins["ZeroDivisionError"];
    let (mut b, argv) = GraphBuilder::new("m.entry_point", &[argv_type()], Type::Int);
    let b0 = BlockId(0);
    let n = b.op(b0, Opcode::ListLen, vec![v(argv[0])], Type::Int);
    // loop head: (i, acc, n)
    let (head, hp) = b.block(&[Type::Int, Type::Int, Type::Int]);
    b.exit(b0, Exit::Goto(link(head, vec![int(0), int(7), v(n)])));
    let (exit_b, ep) = b.block(&[Type::Int]);
    let (first, _) = b.block(&[Type::Int, Type::Int, Type::Int]);
    let c = b.op(head, Opcode::IntLt, vec![v(hp[0]), int(3)], Type::Bool);
    b.exit(
        head,
        Exit::Branch {
            cond: v(c),
            if_true: link(first, vec![v(hp[0]), v(hp[1]), v(hp[2])]),
            if_false: link(exit_b, vec![v(hp[1])]),
        },
    );
    let mut cur = first;
    for k in 0..CHAIN {
        let ps = b.graph.blocks[cur.0 as usize].params.clone();
        let (i, acc, n) = (ps[0], ps[1], ps[2]);
        let m = b.op(cur, Opcode::IntMul, vec![v(acc), int(31)], Type::Int);
        let a = b.op(cur, Opcode::IntAdd, vec![v(m), int(k as i64)], Type::Int);
        let (next, _) = b.block(&[Type::Int, Type::Int, Type::Int]);
        if k == CHAIN / 2 {
            // acc // (n - 1) raises ZeroDivisionError (n == 1): caught, acc kept.
            let d = b.op(cur, Opcode::IntSub, vec![v(n), int(1)], Type::Int);
            let q = b.op(cur, Opcode::IntFloorDiv, vec![v(a), v(d)], Type::Int);
            let (handler, _) = b.block(&[Type::Instance(zde)]);
            b.exit(
                cur,
                Exit::Catch {
                    normal: link(next, vec![v(i), v(q), v(n)]),
                    handlers: vec![Handler {
                        class: Some(zde),
                        link: Link {
                            target: handler,
                            args: vec![LinkArg::CaughtException],
                        },
                    }],
                },
            );
            b.exit(handler, Exit::Goto(link(next, vec![v(i), v(a), v(n)])));
        } else {
            b.exit(cur, Exit::Goto(link(next, vec![v(i), v(a), v(n)])));
        }
        cur = next;
    }
    let ps = b.graph.blocks[cur.0 as usize].params.clone();
    let i1 = b.op(cur, Opcode::IntAdd, vec![v(ps[0]), int(1)], Type::Int);
    b.exit(cur, Exit::Goto(link(head, vec![v(i1), v(ps[1]), v(ps[2])])));
    print_int(&mut b, exit_b, v(ep[0]));
    b.exit(exit_b, Exit::Return(int(0)));
    let p = program(vec![b.graph], classes, builtins);

    let mut acc: i64 = 7;
    for _ in 0..3 {
        for k in 0..CHAIN {
            acc = acc.wrapping_mul(31).wrapping_add(k as i64);
        }
    }
    let files = emit_jvm::class_files(&p).unwrap();
    assert!(
        files.iter().any(|(n, _)| n.starts_with("py/Frame$")),
        "the graph was not split"
    );
    let r = build_and_run("split", &p, &[]);
    assert_eq!(r.stdout, format!("{acc}\n"), "stderr: {}", r.stderr);
    assert_eq!(r.status, 0);
}

/// One block of 20 000 operations (10 000 multiply-adds): too large for a method even alone, so it
/// is cut into a chain of smaller blocks before the graph is split.
#[test]
fn huge_block_is_cut_and_split() {
    const OPS: usize = 10_000;
    let (classes, builtins) = builtin_classes(&[]);
    let (mut b, argv) = GraphBuilder::new("m.entry_point", &[argv_type()], Type::Int);
    let b0 = BlockId(0);
    let mut acc = b.op(b0, Opcode::ListLen, vec![v(argv[0])], Type::Int);
    let first = acc;
    for k in 0..OPS {
        let m = b.op(b0, Opcode::IntMul, vec![v(acc), int(31)], Type::Int);
        acc = b.op(b0, Opcode::IntAdd, vec![v(m), int(k as i64)], Type::Int);
    }
    // `first` is used at the very end: it lives across every piece.
    let r = b.op(b0, Opcode::IntAdd, vec![v(acc), v(first)], Type::Int);
    print_int(&mut b, b0, v(r));
    b.exit(b0, Exit::Return(int(0)));
    let p = program(vec![b.graph], classes, builtins);
    let mut want: i64 = 1;
    for k in 0..OPS {
        want = want.wrapping_mul(31).wrapping_add(k as i64);
    }
    want = want.wrapping_add(1);
    let r = build_and_run("huge_block", &p, &[]);
    assert_eq!(r.stdout, format!("{want}\n"), "stderr: {}", r.stderr);
}

/// String constants with NUL and non-BMP characters survive the constant
/// pool's modified UTF-8, and a constant too long for one pool entry is
/// rebuilt from pieces.
#[test]
fn string_constants_round_trip() {
    let (classes, builtins) = builtin_classes(&[]);
    let (mut b, _) = GraphBuilder::new("m.entry_point", &[argv_type()], Type::Int);
    let b0 = BlockId(0);
    let r = b.op(b0, Opcode::Repr, vec![s("a\0b\u{1F600}\u{e9}")], Type::Str);
    print_int(&mut b, b0, v(r));
    let long = "\u{1F600}x".repeat(15_000);
    let n = b.op(b0, Opcode::StrLen, vec![s(&long)], Type::Int);
    print_int(&mut b, b0, v(n));
    let last = b.op(b0, Opcode::StrGetItem, vec![s(&long), int(-2)], Type::Str);
    print_int(&mut b, b0, v(last));
    b.exit(b0, Exit::Return(int(0)));
    let p = program(vec![b.graph], classes, builtins);
    let r = build_and_run("strings", &p, &[]);
    assert_eq!(
        r.stdout, "'a\\x00b\u{1F600}\u{e9}'\n30000\n\u{1F600}\n",
        "stderr: {}",
        r.stderr
    );
}

/// Links are parallel copies, also when slots are shared: a Fibonacci loop
/// passing (i + 1, b, a + b) with an unused parameter alongside.
#[test]
fn parallel_copies_with_shared_slots() {
    let (classes, builtins) = builtin_classes(&[]);
    let (mut b, _) = GraphBuilder::new("m.entry_point", &[argv_type()], Type::Int);
    let b0 = BlockId(0);
    let (head, hp) = b.block(&[Type::Int, Type::Int, Type::Int, Type::Int]);
    b.exit(
        b0,
        Exit::Goto(link(head, vec![int(0), int(99), int(0), int(1)])),
    );
    let (body, bp) = b.block(&[Type::Int, Type::Int, Type::Int]);
    let (done, dp) = b.block(&[Type::Int, Type::Int]);
    let c = b.op(head, Opcode::IntLt, vec![v(hp[0]), int(90)], Type::Bool);
    b.exit(
        head,
        Exit::Branch {
            cond: v(c),
            if_true: link(body, vec![v(hp[0]), v(hp[2]), v(hp[3])]),
            if_false: link(done, vec![v(hp[2]), v(hp[3])]),
        },
    );
    let i1 = b.op(body, Opcode::IntAdd, vec![v(bp[0]), int(1)], Type::Int);
    let s = b.op(body, Opcode::IntAdd, vec![v(bp[1]), v(bp[2])], Type::Int);
    // (i, unused, a, b) <- (i + 1, a, b, a + b)
    b.exit(
        body,
        Exit::Goto(link(head, vec![v(i1), v(bp[1]), v(bp[2]), v(s)])),
    );
    print_int(&mut b, done, v(dp[0]));
    print_int(&mut b, done, v(dp[1]));
    b.exit(done, Exit::Return(int(0)));
    let p = program(vec![b.graph], classes, builtins);
    let r = build_and_run("parallel_copies", &p, &[]);
    assert_eq!(
        r.stdout, "2880067194370816120\n4660046610375530309\n",
        "stderr: {}",
        r.stderr
    );
}

/// `None` in its own type (Void): functions returning nothing, void
/// parameters and fields, lists of None, str() of None.
#[test]
fn void_values() {
    let (classes, builtins) = builtin_classes(&[]);
    let (mut e, _) = GraphBuilder::new("m.entry_point", &[argv_type()], Type::Int);
    let b0 = BlockId(0);
    let r = e.op(
        b0,
        Opcode::DirectCall(GraphId(1)),
        vec![Value::Const(Const::Void), int(4)],
        Type::Void,
    );
    let t = e.op(b0, Opcode::ToStr, vec![v(r)], Type::Str);
    print_int(&mut e, b0, v(t));
    let l = e.op(
        b0,
        Opcode::NewList,
        vec![v(r), Value::Const(Const::Void)],
        Type::list(Type::Void),
    );
    let ls = e.op(b0, Opcode::ToStr, vec![v(l)], Type::Str);
    print_int(&mut e, b0, v(ls));
    let tup = e.op(
        b0,
        Opcode::NewTuple,
        vec![int(1), v(r)],
        Type::tuple(vec![Type::Int, Type::Void]),
    );
    let ts = e.op(b0, Opcode::Repr, vec![v(tup)], Type::Str);
    print_int(&mut e, b0, v(ts));
    e.exit(b0, Exit::Return(int(0)));

    let (mut f, p) = GraphBuilder::new("m.side_effect", &[Type::Void, Type::Int], Type::Void);
    let b0 = BlockId(0);
    print_int(&mut f, b0, v(p[1]));
    f.exit(b0, Exit::Return(v(p[0])));
    let p = program(vec![e.graph, f.graph], classes, builtins);
    let r = build_and_run("void", &p, &[]);
    assert_eq!(
        r.stdout, "4\nNone\n[None, None]\n(1, None)\n",
        "stderr: {}",
        r.stderr
    );
}

/// The fatal-error line is UTF-8 whatever the locale (CPython's stderr is).
#[test]
fn fatal_error_message_is_utf8() {
    let (classes, builtins) = builtin_classes(&["KeyError"]);
    let (mut b, _) = GraphBuilder::new("m.entry_point", &[argv_type()], Type::Int);
    let b0 = BlockId(0);
    let d = b.op(
        b0,
        Opcode::NewDict,
        vec![],
        Type::dict(Type::Str, Type::Int),
    );
    b.op(
        b0,
        Opcode::DictGetItem,
        vec![v(d), s("cl\u{e9}\u{1F600}")],
        Type::Int,
    );
    b.exit(b0, Exit::Return(int(0)));
    let p = program(vec![b.graph], classes, builtins);
    let jar = scratch_dir("fatal_utf8").join("prog.jar");
    emit_jvm::build_jar(&p, &jar).unwrap();
    let out = std::process::Command::new(java())
        .arg("-jar")
        .arg(&jar)
        .env("LC_ALL", "C")
        .env("LANG", "C")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "Fatal RPython error: KeyError: 'cl\u{e9}\u{1F600}'\n"
    );
}

/// Dicts with float keys (unboxed): 0.0 and -0.0 are one key, as in Python;
/// keys(), iteration and repr.
#[test]
fn float_keyed_dicts() {
    let (classes, builtins) = builtin_classes(&["KeyError"]);
    let (mut b, _) = GraphBuilder::new("m.entry_point", &[argv_type()], Type::Int);
    let b0 = BlockId(0);
    let f = |x: f64| Value::Const(Const::Float(x));
    let dt = Type::dict(Type::Float, Type::Str);
    let d = b.op(
        b0,
        Opcode::NewDict,
        vec![f(1.5), s("a"), f(0.0), s("zero")],
        dt.clone(),
    );
    b.op(
        b0,
        Opcode::DictSetItem,
        vec![v(d), f(-0.0), s("neg zero")],
        Type::Void,
    );
    b.op(
        b0,
        Opcode::DictSetItem,
        vec![v(d), f(2.25), s("c")],
        Type::Void,
    );
    b.op(b0, Opcode::DictDelItem, vec![v(d), f(1.5)], Type::Void);
    let r = b.op(b0, Opcode::Repr, vec![v(d)], Type::Str);
    print_int(&mut b, b0, v(r));
    let ks = b.op(b0, Opcode::DictKeys, vec![v(d)], Type::list(Type::Float));
    let kr = b.op(b0, Opcode::ToStr, vec![v(ks)], Type::Str);
    print_int(&mut b, b0, v(kr));
    let g = b.op(b0, Opcode::DictGetItem, vec![v(d), f(2.25)], Type::Str);
    print_int(&mut b, b0, v(g));
    let it = b.op(
        b0,
        Opcode::NewIter(IterKind::DictKeys),
        vec![v(d)],
        Type::Iter(IterKind::DictKeys, Type::Float.into()),
    );
    let k = b.op(b0, Opcode::IterNext, vec![v(it)], Type::Float);
    print_int(&mut b, b0, v(k));
    b.exit(b0, Exit::Return(int(0)));
    let p = program(vec![b.graph], classes, builtins);
    let r = build_and_run("float_keys", &p, &[]);
    assert_eq!(
        r.stdout, "{0.0: 'neg zero', 2.25: 'c'}\n[0.0, 2.25]\nc\n0.0\n",
        "stderr: {}",
        r.stderr
    );
}

/// Collection operations the corpus uses little: sorting, enumerate and zip
/// of unboxed lists, min/max of lists, bytes slices, a decode error.
#[test]
fn collection_operations() {
    let (classes, builtins) = builtin_classes(&["ValueError", "UnicodeDecodeError"]);
    let (mut b, _) = GraphBuilder::new("m.entry_point", &[argv_type()], Type::Int);
    let b0 = BlockId(0);
    let f = |x: f64| Value::Const(Const::Float(x));
    let lf = b.op(
        b0,
        Opcode::NewList,
        vec![f(3.5), f(-1.0), f(2.0)],
        Type::list(Type::Float),
    );
    let li = b.op(
        b0,
        Opcode::NewList,
        vec![int(7), int(8)],
        Type::list(Type::Int),
    );
    let ls = b.op(
        b0,
        Opcode::NewList,
        vec![s("b"), s("\u{1F600}"), s("a")],
        Type::list(Type::Str),
    );
    let en = b.op(
        b0,
        Opcode::Enumerate,
        vec![v(lf)],
        Type::list(Type::tuple(vec![Type::Int, Type::Float])),
    );
    let z = b.op(
        b0,
        Opcode::Zip,
        vec![v(li), v(lf)],
        Type::list(Type::tuple(vec![Type::Int, Type::Float])),
    );
    b.op(b0, Opcode::ListSort, vec![v(lf)], Type::Void);
    b.op(b0, Opcode::ListSort, vec![v(ls)], Type::Void);
    for x in [en, z, lf, ls] {
        let t = b.op(b0, Opcode::ToStr, vec![v(x)], Type::Str);
        print_int(&mut b, b0, v(t));
    }
    let mn = b.op(b0, Opcode::Min, vec![v(lf)], Type::Float);
    print_int(&mut b, b0, v(mn));
    let mx = b.op(b0, Opcode::Max, vec![v(ls)], Type::Str);
    print_int(&mut b, b0, v(mx));
    let bs = b.op(
        b0,
        Opcode::BytesSlice,
        vec![
            Value::Const(Const::Bytes(b"abc\xff".to_vec().into())),
            int(1),
            int(i64::MAX),
        ],
        Type::Bytes,
    );
    let br = b.op(b0, Opcode::Repr, vec![v(bs)], Type::Str);
    print_int(&mut b, b0, v(br));
    let dec = b.op(b0, Opcode::BytesDecodeUtf8, vec![v(bs)], Type::Str);
    let (ok, okp) = b.block(&[Type::Str]);
    let ude = builtins["UnicodeDecodeError"];
    let (bad, badp) = b.block(&[Type::Instance(ude)]);
    b.exit(
        b0,
        Exit::Catch {
            normal: link(ok, vec![v(dec)]),
            handlers: vec![Handler {
                class: Some(ude),
                link: Link {
                    target: bad,
                    args: vec![LinkArg::CaughtException],
                },
            }],
        },
    );
    print_int(&mut b, ok, v(okp[0]));
    b.exit(ok, Exit::Return(int(0)));
    let m = b.op(bad, Opcode::ToStr, vec![v(badp[0])], Type::Str);
    print_int(&mut b, bad, v(m));
    b.exit(bad, Exit::Return(int(2)));
    let p = program(vec![b.graph], classes, builtins);
    let r = build_and_run("collections", &p, &[]);
    let want = "[(0, 3.5), (1, -1.0), (2, 2.0)]\n[(7, 3.5), (8, -1.0)]\n[-1.0, 2.0, 3.5]\n['a', 'b', '\u{1F600}']\n-1.0\n\u{1F600}\nb'bc\\xff'\n'utf-8' codec can't decode byte 0xff in position 2: invalid start byte\n";
    assert_eq!(r.stdout, want, "stderr: {}", r.stderr);
    assert_eq!(r.status, 2);
}
