//! Shapes of the flow graphs built from small functions.

mod common;
use common::*;

use frontend::flowgraph::{BinOp, CmpOp, Conversion, Exit, LinkArg, OpKind, Operand};
use frontend::program::{Builtin, ClassId, Constant};

const STOP_ITERATION: ClassId = ClassId(16);
const ASSERTION_ERROR: ClassId = ClassId(12);

fn prog(body: &str) -> frontend::program::Program {
    ok(&format!("{body}\n\ndef entry_point(argv):\n    return 0\n"))
}

#[test]
fn straight_line_function() {
    let p = prog("def f(a, b):\n    return a + b");
    let g = &func(&p, "f").graph;
    assert_eq!(g.blocks.len(), 1, "{g}");
    let b = &g.blocks[0];
    assert_eq!(b.params.len(), 2);
    assert!(matches!(b.ops[0].kind, OpKind::BinOp(BinOp::Add)));
    assert_eq!(b.exit, Exit::Return(Operand::Var(b.ops[0].result)));
    assert_eq!(g.var_names[b.params[0].0 as usize].as_deref(), Some("a"));
}

#[test]
fn implicit_return_none_and_globals_are_constants() {
    let p = prog("N = 7\nNAME = 'x'\ndef f():\n    print(N, NAME)");
    let o = ops(&p, "f");
    assert_eq!(
        o[0].args,
        vec![
            Operand::Const(Constant::Builtin(Builtin::Print)),
            Operand::Const(Constant::Int(7)),
            Operand::Const(Constant::Str("x".into()))
        ]
    );
    assert!(exits(&p, "f").contains(&&Exit::Return(Operand::Const(Constant::None))));
}

#[test]
fn if_else_merges_locals_in_a_join_block() {
    let p = prog("def f(c):\n    if c:\n        x = 1\n    else:\n        x = 2\n    return x");
    let g = &func(&p, "f").graph;
    let ret = g
        .blocks
        .iter()
        .find(|b| matches!(b.exit, Exit::Return(_)))
        .unwrap();
    let Exit::Return(Operand::Var(v)) = &ret.exit else {
        panic!("{g}")
    };
    assert!(
        ret.params.contains(v),
        "x comes in as a block parameter:\n{g}"
    );
    assert!(g
        .blocks
        .iter()
        .any(|b| matches!(b.exit, Exit::Branch { .. })));
}

#[test]
fn while_true_has_no_fallthrough_return() {
    let p = prog(
        "def f(n):\n    while True:\n        n = n - 1\n        if n < 0:\n            return n",
    );
    let rets: Vec<_> = exits(&p, "f")
        .into_iter()
        .filter(|e| matches!(e, Exit::Return(_)))
        .collect();
    assert_eq!(
        rets.len(),
        1,
        "only the explicit return:\n{}",
        func(&p, "f").graph
    );
}

#[test]
fn for_loop_catches_stop_iteration() {
    let p = prog("def f(l):\n    t = 0\n    for x in l:\n        t += x\n    else:\n        t = -t\n    return t");
    let g = &func(&p, "f").graph;
    assert_eq!(count_ops(&p, "f", |k| *k == OpKind::Iter), 1);
    let catch = g
        .blocks
        .iter()
        .find(|b| matches!(b.exit, Exit::Catch { .. }))
        .expect("catch");
    assert_eq!(catch.ops.last().unwrap().kind, OpKind::Next);
    let Exit::Catch { handlers, .. } = &catch.exit else {
        unreachable!()
    };
    assert_eq!(handlers.len(), 1);
    assert_eq!(handlers[0].class, Some(STOP_ITERATION));
    assert_eq!(
        count_ops(&p, "f", |k| *k == OpKind::InplaceBinOp(BinOp::Add)),
        1
    );
    assert_eq!(
        count_ops(&p, "f", |k| *k
            == OpKind::Unary(frontend::flowgraph::UnaryOp::Neg)),
        1
    );
}

#[test]
fn nested_tuple_targets_unpack_with_getitem() {
    let p = prog("def f(l):\n    for i, (a, b) in enumerate(l):\n        print(i, a, b)");
    let idx: Vec<_> = ops(&p, "f")
        .iter()
        .filter(|o| o.kind == OpKind::GetItem)
        .map(|o| o.args[1].clone())
        .collect();
    let c = |i| Operand::Const(Constant::Int(i));
    assert_eq!(idx, vec![c(0), c(1), c(0), c(1)]);
}

#[test]
fn break_and_continue() {
    let p = prog(
        "def f(l):\n    for x in l:\n        if x == 1:\n            continue\n        if x == 2:\n            break\n        print(x)\n    return 0",
    );
    check_graphs(&p);
    assert_eq!(count_ops(&p, "f", |k| matches!(k, OpKind::Call { .. })), 1);
}

#[test]
fn try_except_dispatches_with_isinstance() {
    let p = prog(
        "def g():\n    return 1\n\ndef f():\n    try:\n        x = g()\n    except (ValueError, KeyError):\n        x = 2\n    except IndexError as e:\n        print(e)\n        x = 3\n    else:\n        x = x + 1\n    return x",
    );
    let g = &func(&p, "f").graph;
    let catch = g
        .blocks
        .iter()
        .find(|b| matches!(b.exit, Exit::Catch { .. }))
        .expect("the call in the try body is caught");
    let Exit::Catch { handlers, .. } = &catch.exit else {
        unreachable!()
    };
    assert_eq!(handlers[0].class, None);
    assert_eq!(
        handlers[0].link.args.last(),
        Some(&LinkArg::CaughtException)
    );
    let isinstance = count_ops(&p, "f", |k| matches!(k, OpKind::Call { .. }))
        - 2 /* g() and print */;
    assert_eq!(isinstance, 3, "{g}");
    assert_eq!(count_ops(&p, "f", |k| *k == OpKind::Narrow(ClassId(7))), 1);
    assert_eq!(
        count_ops(&p, "f", |k| matches!(k, OpKind::Narrow(_))),
        1,
        "no `as` on the tuple clause"
    );
    // Unmatched exceptions are re-raised.
    assert!(
        g.blocks.iter().any(|b| matches!(b.exit, Exit::Raise(_))),
        "{g}"
    );
    // `x + 1` of the else clause is outside the try: not caught.
    let add = g
        .blocks
        .iter()
        .find(|b| b.ops.iter().any(|o| o.kind == OpKind::BinOp(BinOp::Add)))
        .unwrap();
    assert!(!matches!(add.exit, Exit::Catch { .. }));
}

#[test]
fn raise_inside_try_goes_to_the_handler() {
    let p = prog("def f(x):\n    try:\n        raise ValueError\n    except ValueError:\n        return 1\n    return 0");
    let g = &func(&p, "f").graph;
    assert!(
        !g.blocks
            .iter()
            .any(|b| matches!(b.exit, Exit::Raise(Operand::Const(_)))),
        "{g}"
    );
    // `raise ValueError` instantiates the class.
    let o = ops(&p, "f");
    assert_eq!(o[0].args, vec![Operand::Const(Constant::Class(ClassId(9)))]);
}

#[test]
fn bare_raise_reraises_the_caught_exception() {
    let p = prog("def f(x):\n    try:\n        x.foo()\n    except ValueError:\n        print(1)\n        raise");
    let g = &func(&p, "f").graph;
    let raises = g
        .blocks
        .iter()
        .filter(|b| matches!(b.exit, Exit::Raise(_)))
        .count();
    assert_eq!(raises, 2, "re-raise + unmatched:\n{g}");
}

#[test]
fn finally_is_duplicated_on_every_exit() {
    let p = prog(
        "def f(x):\n    try:\n        if x:\n            return 1\n        x.go()\n    finally:\n        print('bye')\n    return 0",
    );
    // return path, normal path, exception path.
    assert_eq!(
        count_ops(&p, "f", |k| matches!(k, OpKind::Call { .. })),
        3,
        "{}",
        func(&p, "f").graph
    );
}

#[test]
fn finally_runs_on_break() {
    let p = prog("def f(l):\n    for x in l:\n        try:\n            if x:\n                break\n        finally:\n            print(x)\n    return 0");
    // break path + normal path; nothing in the try body can raise, so the
    // exceptional copy is unreachable and pruned.
    assert_eq!(count_ops(&p, "f", |k| matches!(k, OpKind::Call { .. })), 2);
}

#[test]
fn nested_try_in_loop() {
    prog("def f(l):\n    n = 0\n    for x in l:\n        try:\n            try:\n                n += int(x)\n            except ValueError:\n                continue\n            finally:\n                n += 1\n        except KeyError:\n            break\n    return n");
}

#[test]
fn bool_ops_keep_python_value_semantics() {
    let p = prog("def f(a, b):\n    return a or b");
    let g = &func(&p, "f").graph;
    assert_eq!(count_ops(&p, "f", |k| *k == OpKind::Truth), 1);
    let ret = g
        .blocks
        .iter()
        .find(|b| matches!(b.exit, Exit::Return(_)))
        .unwrap();
    let Exit::Return(Operand::Var(v)) = &ret.exit else {
        panic!()
    };
    assert!(ret.params.contains(v), "the value is merged:\n{g}");
}

#[test]
fn comparison_chains_evaluate_the_middle_once() {
    let p = prog("def g():\n    return 1\n\ndef f(a, c):\n    return a < g() < c");
    assert_eq!(count_ops(&p, "f", |k| matches!(k, OpKind::Call { .. })), 1);
    assert_eq!(count_ops(&p, "f", |k| *k == OpKind::Compare(CmpOp::Lt)), 2);
}

#[test]
fn isinstance_narrows_in_the_true_branch() {
    let p = ok("class A(object):\n    def m(self):\n        return 1\n\nclass B(A):\n    pass\n\ndef f(x):\n    if x is not None and isinstance(x, B):\n        return x.m()\n    return 0\n\ndef entry_point(argv):\n    return 0\n");
    let o = ops(&p, "f");
    let narrow = o
        .iter()
        .find(|o| matches!(o.kind, OpKind::Narrow(_)))
        .expect("narrow");
    assert_eq!(narrow.kind, OpKind::Narrow(ClassId(23)));
    assert!(o.iter().any(|o| o.kind == OpKind::NarrowNotNone));
    let call = o
        .iter()
        .find(|o| matches!(o.kind, OpKind::CallMethod { .. }))
        .unwrap();
    // The method is called on the narrowed value (threaded into its block).
    let g = &func(&p, "f").graph;
    let block = g
        .blocks
        .iter()
        .find(|b| b.ops.iter().any(|x| x.result == call.result))
        .unwrap();
    let Operand::Var(recv) = &call.args[0] else {
        panic!()
    };
    let narrowed_here = block
        .ops
        .iter()
        .any(|x| x.result == *recv && x.kind == OpKind::Narrow(ClassId(23)));
    assert!(narrowed_here || block.params.contains(recv), "{g}");
}

#[test]
fn constant_modules_and_classes_are_folded() {
    let p = ok("import math\nfrom rlib import jit\n\nclass Base(object):\n    K = 5\n    def m(self):\n        return 1\n\nclass D(Base):\n    def m(self):\n        return Base.m(self) + D.K\n\ndef f(x, o):\n    jit.promote(x)\n    return math.sqrt(x) + math.pi + o.m()\n\ndef entry_point(argv):\n    return 0\n");
    let o = ops(&p, "f");
    assert_eq!(
        o[0].args[0],
        Operand::Const(Constant::Builtin(Builtin::Promote))
    );
    assert_eq!(
        o[1].args[0],
        Operand::Const(Constant::Builtin(Builtin::MathSqrt))
    );
    assert_eq!(
        o[2].args[1],
        Operand::Const(Constant::Float(std::f64::consts::PI))
    );
    assert!(matches!(&o[3].kind, OpKind::CallMethod { name, .. } if name == "m"));
    let d = ops(&p, "main.D.m");
    let base_m = p.classes[22].methods["m"];
    assert_eq!(d[0].args[0], Operand::Const(Constant::Function(base_m)));
    assert_eq!(d[1].args[1], Operand::Const(Constant::Int(5)));
}

#[test]
fn super_calls() {
    let p = ok("class A(object):\n    def __init__(self, x):\n        self.x = x\n\nclass B(A):\n    def __init__(self, x):\n        super().__init__(x)\n        self.y = 2\n\ndef entry_point(argv):\n    return 0\n");
    let o = ops(&p, "main.B.__init__");
    match &o[0].kind {
        OpKind::CallSuper { class, name, .. } => {
            assert_eq!(*class, ClassId(23));
            assert_eq!(name, "__init__");
        }
        k => panic!("{k:?}"),
    }
    assert_eq!(o[0].args.len(), 2);
}

#[test]
fn list_comprehension_has_its_own_scope() {
    let p = prog("def f(l):\n    x = 'keep'\n    r = [x * 2 for x in l if x > 0]\n    return x, r");
    let o = ops(&p, "f");
    assert!(o.iter().any(|o| o.kind == OpKind::NewList));
    assert!(o
        .iter()
        .any(|o| matches!(&o.kind, OpKind::CallMethod { name, .. } if name == "append")));
    let g = &func(&p, "f").graph;
    let tuple = o.iter().find(|o| o.kind == OpKind::NewTuple).unwrap();
    // `x` after the comprehension is still the string constant.
    let block = g
        .blocks
        .iter()
        .find(|b| b.ops.iter().any(|x| x.result == tuple.result))
        .unwrap();
    let ok_x = match &tuple.args[0] {
        Operand::Const(Constant::Str(s)) => &**s == "keep",
        Operand::Var(v) => block.params.contains(v),
        _ => false,
    };
    assert!(ok_x, "{g}");
}

#[test]
fn fstrings() {
    let p = prog("def f(x, y):\n    return f'a{x!r:>4}b{y}' 'c'");
    let o = ops(&p, "f");
    assert_eq!(
        o[0].kind,
        OpKind::FormatValue {
            conversion: Conversion::Repr,
            spec: ">4".into()
        }
    );
    assert_eq!(
        o[1].kind,
        OpKind::FormatValue {
            conversion: Conversion::None,
            spec: String::new()
        }
    );
    assert_eq!(o[2].kind, OpKind::BuildString);
    assert_eq!(o[2].args.len(), 5);
    assert_eq!(o[2].args[4], Operand::Const(Constant::Str("c".into())));
}

#[test]
fn subscripts_slices_and_del() {
    let p = prog("def f(l, d):\n    a = l[1:]\n    b = l[:2]\n    c = l[0]\n    d['k'] = c\n    del d['k']\n    return a, b");
    let o = ops(&p, "f");
    assert_eq!(o[0].kind, OpKind::GetSlice);
    assert_eq!(o[0].args[2], Operand::Const(Constant::None));
    assert_eq!(o[1].args[1], Operand::Const(Constant::None));
    assert_eq!(o[2].kind, OpKind::GetItem);
    assert_eq!(o[3].kind, OpKind::SetItem);
    assert_eq!(o[4].kind, OpKind::DelItem);
}

#[test]
fn augmented_assignment_evaluates_target_once() {
    let p = prog("def g(o):\n    return o\n\ndef f(o, l, i):\n    g(o).a += 1\n    l[i] += 2");
    let kinds: Vec<_> = ops(&p, "f").iter().map(|o| o.kind.clone()).collect();
    assert_eq!(
        kinds,
        vec![
            OpKind::Call {
                keywords: vec![],
                star: false
            },
            OpKind::GetAttr("a".into()),
            OpKind::InplaceBinOp(BinOp::Add),
            OpKind::SetAttr("a".into()),
            OpKind::GetItem,
            OpKind::InplaceBinOp(BinOp::Add),
            OpKind::SetItem,
        ]
    );
}

#[test]
fn assert_raises_assertion_error() {
    let p = prog("def f(x):\n    assert x > 0, 'positive'\n    return x");
    let o = ops(&p, "f");
    let call = o
        .iter()
        .find(|o| matches!(o.kind, OpKind::Call { .. }))
        .unwrap();
    assert_eq!(
        call.args[0],
        Operand::Const(Constant::Class(ASSERTION_ERROR))
    );
    assert_eq!(
        call.args[1],
        Operand::Const(Constant::Str("positive".into()))
    );
    assert!(exits(&p, "f").iter().any(|e| matches!(e, Exit::Raise(_))));
}

#[test]
fn calls_with_keywords_and_star() {
    let p = prog("def g(a, b=1):\n    return a\n\ndef f(t):\n    g(1, b=2)\n    g(*t)");
    let o = ops(&p, "f");
    assert_eq!(
        o[0].kind,
        OpKind::Call {
            keywords: vec!["b".into()],
            star: false
        }
    );
    assert_eq!(o[0].args.len(), 3);
    assert_eq!(
        o[1].kind,
        OpKind::Call {
            keywords: vec![],
            star: true
        }
    );
}

#[test]
fn del_name_and_conditional_expression() {
    let p = prog("def f(x):\n    y = 1 if x else 2\n    del x\n    return y");
    check_graphs(&p);
}

#[test]
fn spans_point_at_expressions() {
    let p = prog("def f(a, b):\n    return a * b");
    let o = ops(&p, "f");
    let text = &p.sources.files[0].text;
    assert_eq!(
        &text[o[0].span.start as usize..o[0].span.end as usize],
        "a * b"
    );
}

#[test]
fn graph_dump_is_readable() {
    let p = prog("def f(a):\n    if a:\n        return 1\n    return 2");
    let dump = func(&p, "f").graph.to_string();
    assert!(dump.starts_with("block0(v0:a) (start):"), "{dump}");
    assert!(dump.contains("branch"), "{dump}");
    assert!(dump.contains("return 1"), "{dump}");
}

#[test]
fn attributes_of_builtin_classes_are_left_to_run_time() {
    let p = ok("class MyError(Exception):\n    def __init__(self, msg):\n        Exception.__init__(self, msg)\n        self.msg = msg\n\ndef entry_point(argv):\n    try:\n        raise MyError('x')\n    except MyError as e:\n        print(e.msg)\n    return 0\n");
    let o = ops(&p, "main.MyError.__init__");
    assert!(matches!(&o[0].kind, OpKind::CallMethod { name, .. } if name == "__init__"));
    assert_eq!(o[0].args[0], Operand::Const(Constant::Class(ClassId(2))));
}

#[test]
fn program_dump_lists_everything() {
    let p = ok("class A(object):\n    K = 1\n    def __init__(self):\n        self.x = [1]\n\nS = A()\n\ndef entry_point(argv):\n    return S.x[0]\n");
    let dump = frontend::flow::display::dump_program(&p);
    assert!(dump.contains("class#22 main.A (base class#0)"), "{dump}");
    assert!(dump.contains("inst#0 class#22 {x=list#0}"), "{dump}");
    assert!(
        dump.contains("main.entry_point(argv) Plain (entry)"),
        "{dump}"
    );
}

#[test]
fn parallel_assignment_does_not_build_a_tuple() {
    let p = prog("def f(a, b):\n    a, b = b, a\n    return a - b");
    let o = ops(&p, "f");
    assert_eq!(o.len(), 1, "{}", func(&p, "f").graph);
    let g = &func(&p, "f").graph;
    let b = &g.blocks[0];
    assert_eq!(
        o[0].args,
        vec![Operand::Var(b.params[1]), Operand::Var(b.params[0])]
    );
}

#[test]
fn except_tuple_as_narrows_to_the_common_base() {
    let p = prog("def f(x):\n    try:\n        x.go()\n    except (KeyError, IndexError) as e:\n        print(e)");
    // LookupError is the closest common base of KeyError and IndexError.
    assert_eq!(count_ops(&p, "f", |k| *k == OpKind::Narrow(ClassId(6))), 1);
}

#[test]
fn stored_conditions_are_retested_in_their_branch_block() {
    let p = prog(
        "def f(a, b):\n    c = a < b\n    print(c)\n    if c:\n        return 1\n    return 0",
    );
    check_graphs(&p);
}

#[test]
fn negated_isinstance_guard_narrows_the_rest_of_the_function() {
    let p = ok("class A(object):\n    def __init__(self):\n        self.v = 1\n\ndef f(x):\n    if not isinstance(x, A):\n        raise TypeError('A expected')\n    return x.v\n\ndef entry_point(argv):\n    return 0\n");
    let o = ops(&p, "f");
    let narrow = o
        .iter()
        .find(|o| o.kind == OpKind::Narrow(ClassId(22)))
        .expect("narrowed");
    let get = o
        .iter()
        .find(|o| o.kind == OpKind::GetAttr("v".into()))
        .unwrap();
    let g = &func(&p, "f").graph;
    let block = g
        .blocks
        .iter()
        .find(|b| b.ops.iter().any(|x| x.result == get.result))
        .unwrap();
    let Operand::Var(recv) = &get.args[0] else {
        panic!()
    };
    assert!(*recv == narrow.result || block.params.contains(recv), "{g}");
    // and the param, if any, receives the narrowed value
    if *recv != narrow.result {
        let i = block.params.iter().position(|p| p == recv).unwrap();
        let into: Vec<_> = g
            .blocks
            .iter()
            .flat_map(|b| {
                frontend::flow::links::links(&b.exit)
                    .into_iter()
                    .cloned()
                    .collect::<Vec<_>>()
            })
            .filter(|l| std::ptr::eq(&g.blocks[l.target.0 as usize], block))
            .collect();
        assert!(
            into.iter()
                .all(|l| l.args[i] == LinkArg::Operand(Operand::Var(narrow.result))),
            "{g}"
        );
    }
}
