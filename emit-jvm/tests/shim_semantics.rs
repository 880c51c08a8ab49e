//! The Java shim's ports of the runtime semantics library against the Rust
//! originals (`lltype::runtime`), the reference behaviour: one program
//! prints repr() and format() of many floats and ints, the expected text is
//! computed by the Rust functions. The program is large enough to be split
//! into region methods as well.

mod common;

use common::*;
use lltype::ir::*;
use lltype::runtime::{float_repr::float_repr, format};

/// Deterministic pseudo-random doubles of every magnitude, plus edge cases.
fn doubles() -> Vec<f64> {
    let mut out = vec![
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.1,
        0.5,
        1.5,
        2.5,
        1e16,
        1e15,
        9999999999999998.0,
        1e-5,
        1.5e-5,
        0.0001,
        123456.789,
        5e-324,
        1.7976931348623157e308,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
        0.30000000000000004,
        100.0,
        1e22,
        1e23,
        2.675,
        0.125,
        1234.5,
        3.25159,
    ];
    let mut x: u64 = 0x243F6A8885A308D3;
    for i in 0..400 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let d = if i % 2 == 0 {
            f64::from_bits(x)
        } else {
            // Moderate magnitudes, where positional notation is used.
            ((x >> 11) as f64 / (1u64 << 53) as f64 - 0.5) * 10f64.powi((i % 24) - 8)
        };
        if d.is_finite() {
            out.push(d);
        }
    }
    out
}

const FLOAT_SPECS: &[&str] = &[
    "", ".3", ".0f", "10.4e", "g", ".12g", "+.2%", "08.3f", "E", "*^14.5G", ".17g", "f",
];
const INT_SPECS: &[&str] = &["", "x", "08X", "+d", "<6", "^9b", "o", ".2f", "e"];

#[test]
fn float_repr_and_format_match_the_runtime_library() {
    let (classes, builtins) = builtin_classes(&[]);
    let (mut b, _) = GraphBuilder::new("m.entry_point", &[Type::list(Type::Str)], Type::Int);
    let b0 = BlockId(0);
    let mut expected = String::new();
    for d in doubles() {
        let c = Value::Const(Const::Float(d));
        print_int(&mut b, b0, c.clone());
        expected.push_str(&format!("{}\n", float_repr(d)));
        for spec in FLOAT_SPECS {
            let parsed = format::parse_spec(spec).unwrap();
            let text = b.op(
                b0,
                Opcode::Format(parsed.clone()),
                vec![c.clone()],
                Type::Str,
            );
            print_int(&mut b, b0, v(text));
            expected.push_str(&format!("{}\n", format::format_float(d, &parsed).unwrap()));
        }
    }
    let mut x: i64 = 7;
    for i in 0..120 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let n = if i % 3 == 0 { x } else { x >> (i % 60) };
        let c = Value::Const(Const::Int(n));
        for spec in INT_SPECS {
            let parsed = format::parse_spec(spec).unwrap();
            let text = b.op(
                b0,
                Opcode::Format(parsed.clone()),
                vec![c.clone()],
                Type::Str,
            );
            print_int(&mut b, b0, v(text));
            expected.push_str(&format!("{}\n", format::format_int(n, &parsed).unwrap()));
        }
    }
    b.exit(b0, Exit::Return(int(0)));
    let p = program(vec![b.graph], classes, builtins);
    let r = build_and_run("shim_semantics", &p, &[]);
    assert_eq!(r.status, 0, "stderr: {}", r.stderr);
    for (i, (want, got)) in expected.lines().zip(r.stdout.lines()).enumerate() {
        assert_eq!(got, want, "line {}", i + 1);
    }
    assert_eq!(r.stdout.lines().count(), expected.lines().count());
}

/// Strings with non-BMP characters, unusual whitespace, case specials.
const STRINGS: &[&str] = &[
    "",
    "abc",
    "  Hello, World!  ",
    "h\u{e9}llo w\u{f6}rld \u{1F600}!",
    "\u{1F600}a\u{1F601}b\u{1F602}",
    "stra\u{df}e",
    "\u{fb01}ne",
    "\u{3a3}\u{391}\u{3a3}",
    "\t\x0b\x0c\x1c a\u{3000}b \u{85}",
    "12345",
    "\u{663}\u{664}",
    "\u{b2}",
    "it's",
    "say \"hi\"",
    "back\\slash\nnew\x01\x7f\u{a0}\u{2028}\u{e000}",
    "aXbXcXaXb",
    "\u{10FFFF}\u{FFFF}\u{E000}",
];

/// Case mappings the JDK gets wrong (CaseMap.java): title-case digraphs,
/// full title and upper mappings, iota subscripts, Unicode 14 additions
/// (outside the BMP too), and final sigma across case-ignorable marks.
const CASE_STRINGS: &[&str] = &[
    "\u{1C5}\u{1C6}\u{1C4}",
    "\u{149}\u{149}",
    "\u{1F88}\u{1FB2}\u{1FB3}",
    "\u{2C2F}\u{A7C0}\u{10570}\u{10597}",
    "\u{10597}ABC",
    "A\u{3A3} A'\u{3A3}' \u{3A3}\u{3A3}a \u{1D400}\u{3A3}",
];

/// Classes and printability the JDK's Character gets wrong (CharClass.java):
/// Unicode 14 letters (U+0870, U+2C2F, Toto U+1E290) and punctuation
/// (U+061D), a digit the JDK calls OTHER_NUMBER (Rumi U+10E60), next to
/// ASCII and long-known ones.
const CLASS_STRINGS: &[&str] = &[
    "\u{870}\u{2C2F}\u{1E290}",
    "\u{61D}",
    "\u{10E60}\u{b2}9",
    "\u{1F88}abc",
    "\u{85}\u{3000} ",
    "a\u{378}",
];

#[test]
fn text_operations_match_the_runtime_library() {
    use lltype::runtime::text;
    let (classes, builtins) = builtin_classes(&[]);
    let (mut b, _) = GraphBuilder::new("m.entry_point", &[Type::list(Type::Str)], Type::Int);
    let b0 = BlockId(0);
    let mut expected = String::new();
    let mut line = |b: &mut GraphBuilder, val: Var, want: String| {
        print_int(b, b0, v(val));
        expected.push_str(&want);
        expected.push('\n');
    };
    for s_ in STRINGS {
        let c = s(s_);
        let str_ops: Vec<(Opcode, Vec<Value>, String)> = vec![
            (Opcode::StrUpper, vec![c.clone()], text::upper(s_)),
            (Opcode::StrLower, vec![c.clone()], text::lower(s_)),
            (Opcode::StrCapitalize, vec![c.clone()], text::capitalize(s_)),
            (Opcode::Repr, vec![c.clone()], text::str_repr(s_)),
            (
                Opcode::StrStrip,
                vec![c.clone(), Value::Const(Const::Null)],
                text::strip(s_, None),
            ),
            (
                Opcode::StrLStrip,
                vec![c.clone(), s("a ")],
                text::lstrip(s_, Some("a ")),
            ),
            (
                Opcode::StrRStrip,
                vec![c.clone(), Value::Const(Const::Null)],
                text::rstrip(s_, None),
            ),
            (
                Opcode::StrSlice,
                vec![c.clone(), int(1), int(-1)],
                text::slice(s_, 1, -1),
            ),
            (
                Opcode::StrReplace,
                vec![c.clone(), s("a"), s("<\u{1F600}>")],
                text::replace(s_, "a", "<\u{1F600}>"),
            ),
            (
                Opcode::StrReplace,
                vec![c.clone(), s(""), s("-")],
                text::replace(s_, "", "-"),
            ),
        ];
        for (opcode, args, want) in str_ops {
            let r = b.op(b0, opcode, args, Type::Str);
            line(&mut b, r, want);
        }
        let int_ops: Vec<(Opcode, Vec<Value>, i64)> = vec![
            (Opcode::StrLen, vec![c.clone()], text::char_len(s_) as i64),
            (
                Opcode::StrFind,
                vec![c.clone(), s("b"), int(1), int(i64::MAX)],
                text::find(s_, "b", 1, i64::MAX),
            ),
            (
                Opcode::StrRFind,
                vec![c.clone(), s("a"), int(0), int(-1)],
                text::rfind(s_, "a", 0, -1),
            ),
            (
                Opcode::StrCount,
                vec![c.clone(), s("a")],
                text::count(s_, "a"),
            ),
        ];
        for (opcode, args, want) in int_ops {
            let r = b.op(b0, opcode, args, Type::Int);
            line(&mut b, r, want.to_string());
        }
        let bool_ops: Vec<(Opcode, bool)> = vec![
            (Opcode::StrIsDigit, text::is_digit(s_)),
            (Opcode::StrIsAlpha, text::is_alpha(s_)),
            (Opcode::StrIsSpace, text::is_space(s_)),
        ];
        for (opcode, want) in bool_ops {
            let r = b.op(b0, opcode, vec![c.clone()], Type::Bool);
            line(&mut b, r, if want { "True" } else { "False" }.to_string());
        }
        let parts = b.op(
            b0,
            Opcode::StrSplit,
            vec![c.clone(), Value::Const(Const::Null)],
            Type::list(Type::Str),
        );
        let joined = b.op(b0, Opcode::StrJoin, vec![s("|"), v(parts)], Type::Str);
        line(&mut b, joined, text::split_whitespace(s_).join("|"));
        if !s_.is_empty() {
            let last = b.op(b0, Opcode::StrGetItem, vec![c.clone(), int(-1)], Type::Str);
            line(&mut b, last, text::get_char(s_, -1).unwrap());
        }
    }
    for s_ in CASE_STRINGS {
        let case_ops = [
            (Opcode::StrUpper, text::upper(s_)),
            (Opcode::StrLower, text::lower(s_)),
            (Opcode::StrCapitalize, text::capitalize(s_)),
        ];
        for (opcode, want) in case_ops {
            let r = b.op(b0, opcode, vec![s(s_)], Type::Str);
            line(&mut b, r, want);
        }
    }
    for s_ in CLASS_STRINGS {
        let r = b.op(b0, Opcode::Repr, vec![s(s_)], Type::Str);
        line(&mut b, r, text::str_repr(s_));
        let class_ops = [
            (Opcode::StrIsAlpha, text::is_alpha(s_)),
            (Opcode::StrIsDigit, text::is_digit(s_)),
            (Opcode::StrIsSpace, text::is_space(s_)),
        ];
        for (opcode, want) in class_ops {
            let r = b.op(b0, opcode, vec![s(s_)], Type::Bool);
            line(&mut b, r, if want { "True" } else { "False" }.to_string());
        }
    }
    b.exit(b0, Exit::Return(int(0)));
    let p = program(vec![b.graph], classes, builtins);
    let r = build_and_run("shim_text", &p, &[]);
    assert_eq!(r.status, 0, "stderr: {}", r.stderr);
    for (i, (want, got)) in expected.lines().zip(r.stdout.lines()).enumerate() {
        assert_eq!(got, want, "line {}", i + 1);
    }
    assert_eq!(r.stdout.lines().count(), expected.lines().count());
}

/// hash() of ints, floats, bools and tuples: the values CPython 3.11 prints
/// (the graph interpreter's tests pin the same ones).
#[test]
fn hashes_match_cpython() {
    let (classes, builtins) = builtin_classes(&[]);
    let (mut b, _) = GraphBuilder::new("m.entry_point", &[Type::list(Type::Str)], Type::Int);
    let b0 = BlockId(0);
    let cases: Vec<(Value, Type, i64)> = vec![
        (int(42), Type::Int, 42),
        (int(-1), Type::Int, -2),
        (int(i64::MAX), Type::Int, 3),
        (int(i64::MIN), Type::Int, -4),
        (
            Value::Const(Const::Float(1.5)),
            Type::Float,
            1_152_921_504_606_846_977,
        ),
        (Value::Const(Const::Float(-2.0)), Type::Float, -2),
        (
            Value::Const(Const::Float(0.1)),
            Type::Float,
            230_584_300_921_369_408,
        ),
        (
            Value::Const(Const::Float(1e300)),
            Type::Float,
            1_224_995_262_755_759_164,
        ),
        (Value::Const(Const::Bool(true)), Type::Bool, 1),
    ];
    let mut want = String::new();
    for (val, _, h) in &cases {
        let r = b.op(b0, Opcode::Hash, vec![val.clone()], Type::Int);
        print_int(&mut b, b0, v(r));
        want.push_str(&format!("{h}\n"));
    }
    let t = b.op(
        b0,
        Opcode::NewTuple,
        vec![int(1), int(2)],
        Type::tuple(vec![Type::Int, Type::Int]),
    );
    let r = b.op(b0, Opcode::Hash, vec![v(t)], Type::Int);
    print_int(&mut b, b0, v(r));
    want.push_str("-3550055125485641917\n");
    b.exit(b0, Exit::Return(int(0)));
    let p = program(vec![b.graph], classes, builtins);
    let r = build_and_run("hashes", &p, &[]);
    assert_eq!(r.stdout, want, "stderr: {}", r.stderr);
}
