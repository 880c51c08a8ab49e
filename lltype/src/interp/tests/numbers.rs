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
