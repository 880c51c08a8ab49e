//! Floats, unsigned ints, math, bytes and conversions, with CPython's errors.

use super::builder::*;
use crate::interp::Outcome;
use crate::ir::*;

/// Runs one op on constant operands, printing its result.
fn one(op: Opcode, args: Vec<Value>, ty: Type) -> (Outcome, String) {
    let mut p = ProgramBuilder::new();
    let (mut g, _) = entry();
    let r = g.op(op, args, ty);
    g.print(v(r));
    g.ret(int(0));
    let id = p.add(g.finish());
    p.run(id)
}

fn ok(op: Opcode, args: Vec<Value>, ty: Type) -> String {
    let (outcome, out) = one(op, args, ty);
    assert_eq!(outcome, Outcome::Exit(0), "output so far: {out}");
    out.trim_end_matches('\n').to_string()
}

fn fails(op: Opcode, args: Vec<Value>) -> (String, String) {
    match one(op, args, Type::Int).0 {
        Outcome::Fatal { class, message } => (class, message),
        other => panic!("expected an exception, got {other:?}"),
    }
}

#[test]
fn float_arithmetic() {
    assert_eq!(
        ok(Opcode::FloatAdd, vec![float(0.1), float(0.2)], Type::Float),
        "0.30000000000000004"
    );
    assert_eq!(
        ok(
            Opcode::FloatFloorDiv,
            vec![float(7.0), float(-2.0)],
            Type::Float
        ),
        "-4.0"
    );
    assert_eq!(
        ok(Opcode::FloatMod, vec![float(-7.0), float(2.0)], Type::Float),
        "1.0"
    );
    assert_eq!(
        ok(Opcode::FloatPow, vec![float(2.0), float(0.5)], Type::Float),
        "1.4142135623730951"
    );
    assert_eq!(ok(Opcode::FloatToInt, vec![float(-3.9)], Type::Int), "-3");
    assert_eq!(
        ok(Opcode::Math(MathFn::Sqrt), vec![float(16.0)], Type::Float),
        "4.0"
    );
    assert_eq!(ok(Opcode::MathFloor, vec![float(-0.5)], Type::Int), "-1");
    assert_eq!(
        ok(
            Opcode::FloatTrueDiv,
            vec![float(1e308), float(1e-308)],
            Type::Float
        ),
        "inf"
    );
}

#[test]
fn float_errors() {
    let zde = |m: &str| ("ZeroDivisionError".to_string(), m.to_string());
    assert_eq!(
        fails(Opcode::FloatTrueDiv, vec![float(1.0), float(0.0)]),
        zde("float division by zero")
    );
    assert_eq!(
        fails(Opcode::IntMod, vec![int(1), int(0)]),
        zde("integer modulo by zero")
    );
    assert_eq!(
        fails(Opcode::FloatToInt, vec![float(f64::INFINITY)]),
        (
            "OverflowError".into(),
            "cannot convert float infinity to integer".into()
        )
    );
    assert_eq!(
        fails(Opcode::Math(MathFn::Sqrt), vec![float(-1.0)]),
        ("ValueError".into(), "math domain error".into())
    );
    assert_eq!(
        fails(Opcode::StrToInt, vec![s("12a")]),
        (
            "ValueError".into(),
            "invalid literal for int() with base 10: '12a'".into()
        )
    );
    assert_eq!(
        fails(Opcode::Chr, vec![int(-1)]),
        (
            "ValueError".into(),
            "chr() arg not in range(0x110000)".into()
        )
    );
    assert_eq!(
        fails(Opcode::NewRange, vec![int(0), int(1), int(0)]),
        ("ValueError".into(), "range() arg 3 must not be zero".into())
    );
    assert_eq!(
        fails(Opcode::IntLshift, vec![int(1), int(-1)]),
        ("ValueError".into(), "negative shift count".into())
    );
}

#[test]
fn unsigned_views() {
    assert_eq!(
        ok(Opcode::UintLt, vec![int(-1), int(1)], Type::Bool),
        "False"
    );
    assert_eq!(
        ok(Opcode::UintFloorDiv, vec![int(-1), int(2)], Type::Int),
        "9223372036854775807"
    );
    assert_eq!(
        ok(Opcode::UintRshift, vec![int(-1), int(60)], Type::Int),
        "15"
    );
    assert_eq!(
        ok(Opcode::IntRshift, vec![int(-8), int(100)], Type::Int),
        "-1"
    );
}

#[test]
fn bytes_operations() {
    let b = |x: &[u8]| c(Const::Bytes(x.into()));
    assert_eq!(
        ok(
            Opcode::BytesConcat,
            vec![b(b"ab"), b(b"\x00'")],
            Type::Bytes
        ),
        "b\"ab\\x00'\""
    );
    assert_eq!(
        ok(Opcode::BytesGetItem, vec![b(b"ab"), int(-1)], Type::Int),
        "98"
    );
    assert_eq!(
        ok(
            Opcode::BytesSlice,
            vec![b(b"hello"), int(1), int(i64::MAX)],
            Type::Bytes
        ),
        "b'ello'"
    );
    assert_eq!(
        fails(Opcode::BytesGetItem, vec![b(b"ab"), int(2)]),
        ("IndexError".into(), "index out of range".into())
    );
    let (class, message) = fails(Opcode::BytesDecodeUtf8, vec![b(b"a\xff")]);
    assert_eq!(class, "UnicodeDecodeError");
    assert_eq!(
        message,
        "'utf-8' codec can't decode byte 0xff in position 1: invalid start byte"
    );
}

/// A program that defines no exception classes still ends cleanly.
#[test]
fn error_without_exception_classes_aborts_cleanly() {
    let mut p = ProgramBuilder::new();
    p.program.classes.clear();
    p.program.builtin_exceptions.clear();
    let (mut g, _) = entry();
    g.op(Opcode::IntFloorDiv, vec![int(1), int(0)], Type::Int);
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, _) = p.run(id);
    assert_eq!(
        outcome,
        Outcome::Fatal {
            class: "ZeroDivisionError".into(),
            message: "integer division or modulo by zero".into()
        }
    );
}

/// Int literals in float contexts (list items, fields, call arguments)
/// become floats, so they print as CPython prints them.
#[test]
fn constants_are_typed_by_their_context() {
    let mut p = ProgramBuilder::new();
    let pt = p.class("P", None, &[("x", Type::Float)]);
    let (mut f, params) = GraphBuilder::new("test.show", &[Type::Float], Type::Void);
    f.print(v(params[0]));
    f.ret(c(Const::Void));
    let show = p.add(f.finish());
    let (mut g, _) = entry();
    let l = g.op(
        Opcode::NewList,
        vec![int(1), float(2.5)],
        Type::list(Type::Float),
    );
    g.emit(Opcode::ListAppend, vec![v(l), int(3)]);
    g.print(v(l));
    let o = g.op(Opcode::New(pt), vec![], Type::Instance(pt));
    g.emit(Opcode::SetField("x".into()), vec![v(o), int(4)]);
    let x = g.op(Opcode::GetField("x".into()), vec![v(o)], Type::Float);
    g.print(v(x));
    g.emit(Opcode::DirectCall(show), vec![int(5)]);
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(out, "[1.0, 2.5, 3.0]\n4.0\n5.0\n");
    assert_eq!(outcome, Outcome::Exit(0));
}

/// One check per remaining opcode, so that every opcode runs at least once.
#[test]
fn remaining_opcodes() {
    let lt = Type::list(Type::Int);
    assert_eq!(ok(Opcode::IntInvert, vec![int(5)], Type::Int), "-6");
    assert_eq!(ok(Opcode::IntAbs, vec![int(-5)], Type::Int), "5");
    assert_eq!(ok(Opcode::IntPow, vec![int(3), int(4)], Type::Int), "81");
    assert_eq!(
        ok(Opcode::IntLshift, vec![int(1), int(10)], Type::Int),
        "1024"
    );
    assert_eq!(
        ok(Opcode::IntMulOvf, vec![int(1 << 31), int(4)], Type::Int),
        "8589934592"
    );
    assert_eq!(
        ok(
            Opcode::BoolEq,
            vec![boolean(true), boolean(false)],
            Type::Bool
        ),
        "False"
    );
    assert_eq!(ok(Opcode::BoolToInt, vec![boolean(true)], Type::Int), "1");
    assert_eq!(
        ok(Opcode::BoolNot, vec![boolean(true)], Type::Bool),
        "False"
    );
    assert_eq!(ok(Opcode::FloatNeg, vec![float(0.0)], Type::Float), "-0.0");
    assert_eq!(ok(Opcode::FloatAbs, vec![float(-2.5)], Type::Float), "2.5");
    assert_eq!(
        ok(Opcode::MathAtan2, vec![float(1.0), float(1.0)], Type::Float),
        "0.7853981633974483"
    );
    assert_eq!(
        ok(Opcode::MathIsNan, vec![float(f64::NAN)], Type::Bool),
        "True"
    );
    assert_eq!(ok(Opcode::MathIsInf, vec![float(1.0)], Type::Bool), "False");
    assert_eq!(ok(Opcode::MathCeil, vec![float(1.2)], Type::Int), "2");
    assert_eq!(
        ok(Opcode::MathPow, vec![float(2.0), float(10.0)], Type::Float),
        "1024.0"
    );
    assert_eq!(ok(Opcode::IsTrue, vec![s("")], Type::Bool), "False");
    assert_eq!(
        ok(Opcode::IsTrue, vec![float(f64::NAN)], Type::Bool),
        "True"
    );
    assert_eq!(ok(Opcode::Promote, vec![int(7)], Type::Int), "7");
    assert_eq!(
        ok(Opcode::StrCapitalize, vec![s("hELLO")], Type::Str),
        "Hello"
    );
    assert_eq!(ok(Opcode::StrIsDigit, vec![s("123")], Type::Bool), "True");
    assert_eq!(ok(Opcode::StrIsAlpha, vec![s("ab1")], Type::Bool), "False");
    assert_eq!(ok(Opcode::StrIsSpace, vec![s(" \t")], Type::Bool), "True");
    assert_eq!(
        ok(Opcode::StrLStrip, vec![s("xxaxx"), s("x")], Type::Str),
        "axx"
    );
    assert_eq!(
        ok(Opcode::StrRStrip, vec![s("  a  "), null()], Type::Str),
        "  a"
    );
    assert_eq!(
        ok(Opcode::StrEndsWith, vec![s("abc"), s("bc")], Type::Bool),
        "True"
    );
    assert_eq!(
        ok(Opcode::StrCount, vec![s("aaaa"), s("aa")], Type::Int),
        "2"
    );
    assert_eq!(ok(Opcode::StrLower, vec![s("ÀB")], Type::Str), "àb");
    assert_eq!(ok(Opcode::StrGe, vec![s("b"), s("a")], Type::Bool), "True");
    assert_eq!(ok(Opcode::StrNe, vec![s("b"), s("a")], Type::Bool), "True");
    let b = |x: &[u8]| c(Const::Bytes(x.into()));
    assert_eq!(
        ok(Opcode::BytesEq, vec![b(b"a"), b(b"a")], Type::Bool),
        "True"
    );
    assert_eq!(ok(Opcode::BytesLen, vec![b(b"abc")], Type::Int), "3");
    assert_eq!(
        ok(Opcode::ListRepeat, vec![int(0), int(3)], lt.clone()),
        "[0, 0, 0]"
    );
    assert_eq!(
        ok(Opcode::Max, vec![int(1), float(2.5), int(2)], Type::Float),
        "2.5"
    );
    let time = ok(Opcode::TimeTime, vec![], Type::Float);
    assert!(time.parse::<f64>().unwrap() > 1.6e9, "{time}");
}

#[test]
fn remaining_container_opcodes() {
    let mut p = ProgramBuilder::new();
    let lt = Type::list(Type::Int);
    let dt = Type::dict(Type::Int, Type::Str);
    let (mut g, _) = entry();
    let l = g.op(Opcode::NewList, vec![int(1), int(2)], lt.clone());
    let copy = g.op(Opcode::ListCopy, vec![v(l)], lt.clone());
    g.emit(Opcode::ListAppend, vec![v(copy), int(3)]);
    let cat = g.op(Opcode::ListConcat, vec![v(l), v(copy)], lt.clone());
    g.print(v(l));
    g.print(v(cat));
    let lt2 = g.op(Opcode::Lt, vec![v(l), v(copy)], Type::Bool);
    g.print(v(lt2));
    let d = g.op(
        Opcode::NewDict,
        vec![int(1), s("a"), int(2), s("b")],
        dt.clone(),
    );
    let d2 = g.op(Opcode::DictCopy, vec![v(d)], dt.clone());
    g.emit(Opcode::DictClear, vec![v(d)]);
    let vals = g.op(Opcode::DictValues, vec![v(d2)], Type::list(Type::Str));
    g.print(v(vals));
    let pd = g.op(
        Opcode::DictPopDefault,
        vec![v(d2), int(9), s("z")],
        Type::Str,
    );
    g.print(v(pd));
    let same = g.op(Opcode::Eq, vec![v(d), v(d2)], Type::Bool);
    g.print(v(same));
    g.print(v(d));
    let bi = g.op(
        Opcode::NewIter(IterKind::Bytes),
        vec![c(Const::Bytes(b"AB".as_slice().into()))],
        Type::Int,
    );
    let b0 = g.op(Opcode::IterNext, vec![v(bi)], Type::Int);
    g.print(v(b0));
    g.ret(int(0));
    let id = p.add(g.finish());
    let (outcome, out) = p.run(id);
    assert_eq!(
        out,
        "[1, 2]\n[1, 2, 1, 2, 3]\nTrue\n['a', 'b']\nz\nFalse\n{}\n65\n"
    );
    assert_eq!(outcome, Outcome::Exit(0));
}
