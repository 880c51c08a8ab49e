//! str(), repr(), formatting and str methods.

use super::builder::*;
use crate::interp::Outcome;
use crate::ir::*;

fn run_prints(values: Vec<(Opcode, Vec<Value>, Type)>) -> (Outcome, String) {
    let mut p = ProgramBuilder::new();
    let (mut g, _) = entry();
    for (op, args, ty) in values {
        let r = g.op(op, args, ty);
        g.print(v(r));
    }
    g.ret(int(0));
    let id = p.add(g.finish());
    p.run(id)
}

#[test]
fn str_and_repr_of_values() {
    let lt = Type::list(Type::Str);
    let (outcome, out) = run_prints(vec![
        (Opcode::ToStr, vec![float(0.1)], Type::Str),
        (Opcode::ToStr, vec![float(1e16)], Type::Str),
        (Opcode::ToStr, vec![float(-0.0)], Type::Str),
        (Opcode::ToStr, vec![boolean(true)], Type::Str),
        (Opcode::ToStr, vec![null()], Type::Str),
        (Opcode::Repr, vec![s("it's")], Type::Str),
        (Opcode::Repr, vec![s("a\nb")], Type::Str),
        (Opcode::NewTuple, vec![int(1)], Type::tuple(vec![Type::Int])),
        (Opcode::NewTuple, vec![], Type::tuple(vec![])),
        (Opcode::NewList, vec![s("a"), null()], lt),
        (
            Opcode::NewDict,
            vec![int(1), float(2.5)],
            Type::dict(Type::Int, Type::Float),
        ),
        (Opcode::NewDict, vec![], Type::dict(Type::Int, Type::Float)),
    ]);
    assert_eq!(outcome, Outcome::Exit(0));
    assert_eq!(
        out,
        "0.1\n1e+16\n-0.0\nTrue\nNone\n\"it's\"\n'a\\nb'\n(1,)\n()\n['a', None]\n{1: 2.5}\n{}\n"
    );
}

#[test]
fn format_specs() {
    let spec = |align: Option<char>, width: usize, precision: Option<usize>, kind: Option<char>| {
        FormatSpec {
            fill: ' ',
            align,
            plus: false,
            zero_pad: false,
            width,
            precision,
            kind,
        }
    };
    let (outcome, out) = run_prints(vec![
        (
            Opcode::Format(spec(None, 8, Some(2), Some('f'))),
            vec![float(1.23456)],
            Type::Str,
        ),
        (
            Opcode::Format(spec(Some('<'), 5, None, None)),
            vec![int(42)],
            Type::Str,
        ),
        (
            Opcode::Format(spec(Some('^'), 7, None, None)),
            vec![s("ab")],
            Type::Str,
        ),
        (
            Opcode::Format(spec(None, 0, None, Some('x'))),
            vec![int(255)],
            Type::Str,
        ),
    ]);
    assert_eq!(outcome, Outcome::Exit(0));
    assert_eq!(out, "    1.23\n42   \n  ab   \nff\n");
}

#[test]
fn str_methods_by_code_point() {
    let ls = Type::list(Type::Str);
    let (outcome, out) = run_prints(vec![
        (Opcode::StrLen, vec![s("héllo")], Type::Int),
        (Opcode::StrGetItem, vec![s("héllo"), int(1)], Type::Str),
        (Opcode::StrGetItem, vec![s("hello"), int(-1)], Type::Str),
        (
            Opcode::StrSlice,
            vec![s("héllo"), int(1), int(3)],
            Type::Str,
        ),
        (
            Opcode::StrSlice,
            vec![s("hello"), int(-3), int(i64::MAX)],
            Type::Str,
        ),
        (
            Opcode::StrFind,
            vec![s("abcabc"), s("c"), int(3), int(i64::MAX)],
            Type::Int,
        ),
        (
            Opcode::StrFind,
            vec![s("éabcabc"), s("c"), int(4), int(i64::MAX)],
            Type::Int,
        ),
        (
            Opcode::StrRFind,
            vec![s("abcabc"), s("a"), int(0), int(i64::MAX)],
            Type::Int,
        ),
        (Opcode::StrSplit, vec![s("  a b\t c "), null()], ls.clone()),
        (Opcode::StrSplit, vec![s("a,b,,c"), s(",")], ls.clone()),
        (Opcode::StrStrip, vec![s("  x  "), null()], Type::Str),
        (
            Opcode::StrReplace,
            vec![s("aXbX"), s("X"), s("--")],
            Type::Str,
        ),
        (Opcode::StrMul, vec![s("ab"), int(3)], Type::Str),
        (Opcode::StrOrd, vec![s("é")], Type::Int),
        (Opcode::Chr, vec![int(65)], Type::Str),
        (Opcode::StrToInt, vec![s(" -12 ")], Type::Int),
        (Opcode::StrToFloat, vec![s("2.5")], Type::Float),
        (Opcode::StrUpper, vec![s("abc")], Type::Str),
        (Opcode::StrStartsWith, vec![s("abc"), s("ab")], Type::Bool),
        (Opcode::StrContains, vec![s("abc"), s("bc")], Type::Bool),
        (Opcode::StrLt, vec![s("abc"), s("abd")], Type::Bool),
        (Opcode::StrGetItem, vec![s("abc"), int(3)], Type::Str),
    ]);
    assert_eq!(
        out,
        "5\né\no\nél\nllo\n5\n6\n3\n['a', 'b', 'c']\n['a', 'b', '', 'c']\nx\na--b--\nababab\n233\nA\n-12\n2.5\nABC\nTrue\nTrue\nTrue\n"
    );
    assert_eq!(
        outcome,
        Outcome::Fatal {
            class: "IndexError".into(),
            message: "string index out of range".into()
        }
    );
}

#[test]
fn join_and_iterate_over_str() {
    let mut p = ProgramBuilder::new();
    let (mut g, _) = entry();
    let l = g.op(
        Opcode::NewList,
        vec![s("x"), s("é"), s("z")],
        Type::list(Type::Str),
    );
    let j = g.op(Opcode::StrJoin, vec![s(", "), v(l)], Type::Str);
    g.print(v(j));
    let ity = Type::Iter(IterKind::Str, Type::Str.into());
    let it = g.op(Opcode::NewIter(IterKind::Str), vec![s("aé")], ity);
    let a = g.op(Opcode::IterNext, vec![v(it)], Type::Str);
    let b = g.op(Opcode::IterNext, vec![v(it)], Type::Str);
    g.print(v(a));
    g.print(v(b));
    g.op(Opcode::IterNext, vec![v(it)], Type::Str);
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(out, "x, é, z\na\né\n");
    assert_eq!(
        outcome,
        Outcome::Fatal {
            class: "StopIteration".into(),
            message: "".into()
        }
    );
}
