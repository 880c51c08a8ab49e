//! Checks `lltype::runtime` against CPython 3.11, the oracle of the project.
//!
//! Every case is a Python expression plus what our runtime computes for it.
//! One `python3` process evaluates all the expressions (one per line on
//! stdin) and prints each result in a canonical encoding (see `PRELUDE`);
//! the Rust side encodes its own results the same way and the two are compared
//! line by line. Besides tables of tricky inputs, the Unicode predicates and
//! case mappings are compared over every code point.

use lltype::ir::FormatSpec;
use lltype::runtime::bytes::{bytes_repr, decode_utf8};
use lltype::runtime::error::RtError;
use lltype::runtime::float_repr::float_repr;
use lltype::runtime::format::{
    empty_spec, format_bool, format_float, format_int, format_str, parse_spec,
};
use lltype::runtime::math::{math_atan2, math_ceil, math_floor, math_pow, math_unary};
use lltype::runtime::numbers::*;
use lltype::runtime::percent::{
    format_percent_float, format_percent_int, format_percent_str, parse_percent, PercentPiece,
};
use lltype::runtime::text;
use lltype::runtime::unicode::{is_alpha_char, is_digit_char, is_printable, is_py_space};
use std::io::Write;
use std::process::{Command, Stdio};

/// The Python side: helpers for RPython's documented deviations from CPython
/// (wrapping ints, i64 range, no complex results) and the result encoding.
const PRELUDE: &str = r#"
import json, math, struct, sys
if sys.version_info[:2] != (3, 11):
    print("VERSION", sys.version.split()[0]); sys.exit(0)
print("VERSION 3.11")
def wrap(x):
    x &= (1 << 64) - 1
    return x - (1 << 64) if x >= 1 << 63 else x
def toi(x):
    r = int(x)
    if not -2**63 <= r < 2**63:
        raise OverflowError("int too large to convert to i64")
    return r
def fpow(a, b):
    if a < 0 and math.isfinite(a) and math.isfinite(b) and b != math.floor(b):
        raise ValueError("negative number cannot be raised to a fractional power")
    r = a ** b
    if isinstance(r, complex):
        raise ValueError("negative number cannot be raised to a fractional power")
    return r
def ranges(pred):  # surrogates cannot occur in RPython (UTF-8) strings
    out, start = [], None
    for c in range(0x110000):
        if not 0xD800 <= c <= 0xDFFF and pred(chr(c)):
            if start is None: start = c
        elif start is not None:
            out.append([start, c - 1]); start = None
    if start is not None: out.append([start, 0x10FFFF])
    return out
def mapping(f):
    return [[c, f(chr(c))] for c in range(0x110000) if f(chr(c)) != chr(c)]
def enc(v):
    if isinstance(v, bool): return "true" if v else "false"
    if isinstance(v, int): return str(v)
    if isinstance(v, float):
        return "nan" if v != v else "F%d" % struct.unpack("<q", struct.pack("<d", v))[0]
    return json.dumps(v)
for line in sys.stdin:
    try:
        r = enc(eval(line))
    except Exception as e:
        r = "!%s: %s" % (type(e).__name__, json.dumps(str(e)))
    print(r)
"#;

/// A result of ours, encoded like `enc` in `PRELUDE`.
enum V {
    Str(String),
    Int(i64),
    Float(f64),
    Bool(bool),
    List(Vec<String>),
    /// Already-encoded JSON (ranges, mappings).
    Raw(String),
}

/// `json.dumps` of a str (ensure_ascii=True).
fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\x08' => out.push_str("\\b"),
            '\x0c' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let mut buf = [0u16; 2];
                for unit in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{:04x}", unit));
                }
            }
        }
    }
    out.push('"');
    out
}

fn encode(r: &Result<V, RtError>) -> String {
    match r {
        Err(e) => format!("!{}: {}", e.class, json_str(&e.message)),
        Ok(V::Str(s)) => json_str(s),
        Ok(V::Int(i)) => i.to_string(),
        Ok(V::Bool(b)) => b.to_string(),
        Ok(V::Float(x)) if x.is_nan() => "nan".to_string(),
        Ok(V::Float(x)) => format!("F{}", x.to_bits() as i64),
        Ok(V::List(items)) => {
            let parts: Vec<String> = items.iter().map(|s| json_str(s)).collect();
            format!("[{}]", parts.join(", "))
        }
        Ok(V::Raw(s)) => s.clone(),
    }
}

/// A Python str literal for `s`, ASCII only (so one expression stays one line).
fn py_str(s: &str) -> String {
    let mut out = String::from("'");
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || c == ' ' {
            out.push(c);
        } else {
            out.push_str(&format!("\\U{:08x}", c as u32));
        }
    }
    out.push('\'');
    out
}

fn py_bytes(b: &[u8]) -> String {
    let hex: String = b.iter().map(|x| format!("\\x{x:02x}")).collect();
    format!("b'{hex}'")
}

/// A Python expression for exactly the float `x` (Rust's `{:e}` round-trips).
fn py_float(x: f64) -> String {
    if x.is_nan() {
        "float('nan')".to_string()
    } else if x.is_infinite() {
        format!("float('{}inf')", if x < 0.0 { "-" } else { "" })
    } else {
        format!("({:e})", x)
    }
}

/// A slice bound: `i64::MIN` / `i64::MAX` stand for absent bounds, which
/// Python's clamping treats exactly like the huge ints themselves, so they
/// are written as `None` only where that is what they mean.
fn py_bound(i: i64, is_stop: bool) -> String {
    match (i, is_stop) {
        (i64::MIN, false) | (i64::MAX, true) => "None".to_string(),
        _ => i.to_string(),
    }
}

struct Cases {
    exprs: Vec<String>,
    ours: Vec<String>,
}

impl Cases {
    fn add(&mut self, expr: String, ours: Result<V, RtError>) {
        assert!(!expr.contains('\n'));
        self.exprs.push(expr);
        self.ours.push(encode(&ours));
    }
}

/// A tiny deterministic generator for random-looking inputs.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 ^ (self.0 >> 29)
    }
}

const INTS: &[i64] = &[
    0,
    1,
    -1,
    2,
    -2,
    3,
    7,
    -7,
    10,
    255,
    -255,
    1 << 31,
    123456789,
    -987654321,
    i64::MAX,
    i64::MIN,
    i64::MIN + 1,
];

fn floats() -> Vec<f64> {
    let mut v = vec![
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.1,
        0.5,
        1.5,
        -1.5,
        2.5,
        3.0,
        -3.5,
        3.14158,
        7.0,
        -7.0,
        100.0,
        1234.5,
        0.0001,
        0.00001,
        1e15,
        1e16,
        1e17,
        123456789012345.6,
        9999999999999998.0,
        1e-5,
        1.5e-5,
        123456789.0,
        9.9999995,
        999999.5,
        0.30000000000000004,
        1e22,
        1e300,
        1e-300,
        5e-324,
        2.2250738585072014e-308,
        1.7976931348623157e308,
        9223372036854775807.0,
        -9223372036854775808.0,
        1e19,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
    ];
    let mut rng = Lcg(42);
    for _ in 0..150 {
        let x = f64::from_bits(rng.next());
        if !x.is_nan() {
            v.push(x);
        }
    }
    for _ in 0..100 {
        // Short decimal mantissas over a wide range of magnitudes.
        let m = rng.next() % 1_000_000;
        let k = (rng.next() % 61) as i32 - 30;
        v.push(format!("{m}e{k}").parse().unwrap());
    }
    for _ in 0..100 {
        // Values with few digits, where ties in rounding are likely.
        let x = (rng.next() % 2_000_000) as f64 / 1000.0 - 1000.0;
        v.push(x);
        v.push(x / 8.0);
    }
    v
}

const STRS: &[&str] = &[
    "",
    "a",
    "abc",
    "abcabcabc",
    "aaa",
    "héllo wörld",
    "ΟΔΟΣ ΣΑΣ",
    "Σ",
    "straße",
    "ß",
    "İstanbul",
    "ǆemal",
    "ﬁre ﬂy",
    "ᾳ ᾼ",
    "ნ",
    "  \t\n a b\u{3000}c\x1c ",
    "\u{85}\u{a0}\u{2028}",
    "日本語テキスト",
    "🎉emoji🎉",
    "a\u{301}",
    "123",
    "١٢٣",
    "²",
    "½",
    "x,y,,z",
    "'",
    "\"",
    "'\"",
    "it's",
    "\\",
    "\x00\x07\x7f\u{80}\u{9f}\u{a0}\u{ad}\u{2028}\u{feff}\u{e000}\u{e0001}\u{10ffff}\u{1f600}",
    "\u{200b}\u{200f}\u{2060}\u{2064}\u{1fae8}\u{ffff}",
    "ΑΣ'Σ",
];

fn number_cases(c: &mut Cases) {
    for &a in INTS {
        for &b in INTS {
            c.add(format!("wrap({a} // {b})"), int_floordiv(a, b).map(V::Int));
            c.add(format!("wrap({a} % {b})"), int_mod(a, b).map(V::Int));
        }
        for n in [0, 1, 2, 3, 31, 62, 63, 64, 65, 100, -1] {
            if n >= 0 {
                c.add(format!("wrap(({a}) ** {n})"), int_pow(a, n).map(V::Int));
            }
            c.add(format!("wrap({a} << {n})"), int_lshift(a, n).map(V::Int));
            c.add(format!("wrap({a} >> {n})"), int_rshift(a, n).map(V::Int));
        }
        c.add(format!("str({a})"), Ok(V::Str(int_to_str(a))));
    }
    let fs = floats();
    for &x in &fs {
        let px = py_float(x);
        c.add(format!("repr({px})"), Ok(V::Str(float_repr(x))));
        c.add(format!("toi({px})"), float_to_int(x).map(V::Int));
        c.add(
            format!("float(repr({px}))"),
            parse_float(&float_repr(x)).map(V::Float),
        );
    }
    let few: Vec<f64> = fs.iter().take(41).copied().collect();
    for &a in &few {
        for &b in &few {
            let (pa, pb) = (py_float(a), py_float(b));
            c.add(format!("{pa} // {pb}"), float_floordiv(a, b).map(V::Float));
            c.add(format!("{pa} % {pb}"), float_mod(a, b).map(V::Float));
            c.add(format!("{pa} / {pb}"), float_truediv(a, b).map(V::Float));
            c.add(format!("fpow({pa}, {pb})"), float_pow(a, b).map(V::Float));
            c.add(
                format!("math.pow({pa}, {pb})"),
                math_pow(a, b).map(V::Float),
            );
            c.add(
                format!("math.atan2({pa}, {pb})"),
                Ok(V::Float(math_atan2(a, b))),
            );
        }
    }
    for &x in &fs {
        let px = py_float(x);
        for name in ["sqrt", "sin", "cos", "tan", "exp", "log", "fabs"] {
            c.add(
                format!("math.{name}({px})"),
                math_unary(name, x).map(V::Float),
            );
        }
        c.add(format!("toi(math.floor({px}))"), math_floor(x).map(V::Int));
        c.add(format!("toi(math.ceil({px}))"), math_ceil(x).map(V::Int));
    }
    let int_texts = [
        "0",
        "-0",
        "+12",
        " 42 ",
        "\t-7\n",
        "1_000",
        "1__0",
        "_1",
        "1_",
        "0012",
        "0_0",
        "+ 1",
        "--1",
        "",
        " ",
        "1.0",
        "1e3",
        "0x10",
        "abc",
        "١٢٣",
        "\u{3000}12\u{2028}",
        "²",
        "12a",
        "9223372036854775807",
        "-9223372036854775808",
        "9223372036854775808",
        "99999999999999999999999",
        "１２",
        "\u{1d7ce}\u{1d7d9}",
        "'quoted'",
        "ab\"c",
    ];
    let long = "9".repeat(300) + "x";
    let long_float = "1.5".repeat(100);
    c.add(
        format!("float({})", py_str(&long_float)),
        parse_float(&long_float).map(V::Float),
    );
    let mut texts: Vec<&str> = int_texts.to_vec();
    texts.push(&long);
    for s in &texts {
        c.add(format!("toi(int({}))", py_str(s)), parse_int(s).map(V::Int));
    }
    let float_texts = [
        "inf",
        "-Infinity",
        "+iNF",
        "nan",
        "-nan",
        "NaN",
        "infinit",
        "1e5",
        " 2.5 ",
        "1_000.5",
        "1__0",
        "1_.5",
        "1._5",
        "1e5_0",
        "1e_5",
        ".5",
        "5.",
        ".",
        "e5",
        "1e",
        "1e+",
        "-.5e-3",
        "0x10",
        "",
        "  ",
        "1.5f",
        "١.٥",
        "1e400",
        "-1e400",
        "1e-400",
        "0.1",
        "123456789012345678901234567890",
        "2.2250738585072011e-308",
        "\u{a0}3.25\u{2029}",
        "in f",
        "+-1",
    ];
    for s in float_texts {
        c.add(
            format!("float({})", py_str(s)),
            parse_float(s).map(V::Float),
        );
    }
}

fn text_cases(c: &mut Cases) {
    let bounds = [i64::MIN, -100, -3, -1, 0, 1, 2, 5, 100, i64::MAX];
    for s in STRS {
        let p = py_str(s);
        let n = text::char_len(s) as i64;
        c.add(format!("len({p})"), Ok(V::Int(n)));
        for i in -n - 1..=n {
            c.add(format!("{p}[{i}]"), text::get_char(s, i).map(V::Str));
        }
        for &a in &bounds {
            for &b in &bounds {
                let e = format!("{p}[{}:{}]", py_bound(a, false), py_bound(b, true));
                c.add(e, Ok(V::Str(text::slice(s, a, b))));
            }
        }
        c.add(
            format!("{p}.split()"),
            Ok(V::List(text::split_whitespace(s))),
        );
        for sep in [",", "a", "Σ", "", " ", "bc"] {
            let e = format!("{p}.split({})", py_str(sep));
            c.add(e, text::split(s, sep).map(V::List));
        }
        for chars in [None, Some("a"), Some("aΣ "), Some(""), Some("🎉e")] {
            let arg = chars.map_or("None".to_string(), py_str);
            c.add(
                format!("{p}.strip({arg})"),
                Ok(V::Str(text::strip(s, chars))),
            );
            c.add(
                format!("{p}.lstrip({arg})"),
                Ok(V::Str(text::lstrip(s, chars))),
            );
            c.add(
                format!("{p}.rstrip({arg})"),
                Ok(V::Str(text::rstrip(s, chars))),
            );
        }
        for sub in ["", "a", "Σ", "bc", "l", "🎉"] {
            let ps = py_str(sub);
            for &a in &bounds {
                for &b in &[i64::MAX, -1, 0, 2, 5, 100, -100] {
                    let start = if a == i64::MIN { 0 } else { a };
                    let (pa, pb) = (start.to_string(), py_bound(b, true));
                    c.add(
                        format!("{p}.find({ps}, {pa}, {pb})"),
                        Ok(V::Int(text::find(s, sub, start, b))),
                    );
                    c.add(
                        format!("{p}.rfind({ps}, {pa}, {pb})"),
                        Ok(V::Int(text::rfind(s, sub, start, b))),
                    );
                }
            }
            c.add(format!("{p}.count({ps})"), Ok(V::Int(text::count(s, sub))));
            for new in ["-", "", "XY"] {
                c.add(
                    format!("{p}.replace({ps}, {})", py_str(new)),
                    Ok(V::Str(text::replace(s, sub, new))),
                );
            }
        }
        c.add(format!("{p}.upper()"), Ok(V::Str(text::upper(s))));
        c.add(format!("{p}.lower()"), Ok(V::Str(text::lower(s))));
        c.add(format!("{p}.capitalize()"), Ok(V::Str(text::capitalize(s))));
        c.add(format!("{p}.isdigit()"), Ok(V::Bool(text::is_digit(s))));
        c.add(format!("{p}.isalpha()"), Ok(V::Bool(text::is_alpha(s))));
        c.add(format!("{p}.isspace()"), Ok(V::Bool(text::is_space(s))));
        for k in [-1, 0, 1, 3] {
            c.add(format!("{p} * {k}"), Ok(V::Str(text::repeat(s, k))));
        }
        c.add(format!("ord({p})"), text::ord(s).map(V::Int));
        c.add(format!("repr({p})"), Ok(V::Str(text::str_repr(s))));
    }
    // Random short strings over characters with special casing, spacing,
    // quoting or digit rules, to catch context effects (final sigma, quotes).
    let pool: Vec<char> = "aAΣσς ß'\"\\\n\t\u{3000}\u{85}é日🎉İǅ1١²_,.\u{301}\u{345}ʰ\u{a0}\u{ad}"
        .chars()
        .collect();
    let mut rng = Lcg(99);
    for _ in 0..400 {
        let n = rng.next() % 9;
        let s: String = (0..n)
            .map(|_| pool[(rng.next() % pool.len() as u64) as usize])
            .collect();
        let p = py_str(&s);
        c.add(format!("{p}.upper()"), Ok(V::Str(text::upper(&s))));
        c.add(format!("{p}.lower()"), Ok(V::Str(text::lower(&s))));
        c.add(
            format!("{p}.capitalize()"),
            Ok(V::Str(text::capitalize(&s))),
        );
        c.add(
            format!("{p}.split()"),
            Ok(V::List(text::split_whitespace(&s))),
        );
        c.add(format!("{p}.strip()"), Ok(V::Str(text::strip(&s, None))));
        c.add(format!("repr({p})"), Ok(V::Str(text::str_repr(&s))));
        c.add(format!("{p}.isalpha()"), Ok(V::Bool(text::is_alpha(&s))));
        c.add(format!("{p}.isdigit()"), Ok(V::Bool(text::is_digit(&s))));
        c.add(format!("{p}.isspace()"), Ok(V::Bool(text::is_space(&s))));
        c.add(format!("toi(int({p}))"), parse_int(&s).map(V::Int));
        c.add(format!("float({p})"), parse_float(&s).map(V::Float));
        let sub: String = s.chars().skip(1).take(2).collect();
        let ps = py_str(&sub);
        c.add(
            format!("{p}.find({ps}, 1, -1)"),
            Ok(V::Int(text::find(&s, &sub, 1, -1))),
        );
        c.add(
            format!("{p}.rfind({ps}, -5, 100)"),
            Ok(V::Int(text::rfind(&s, &sub, -5, 100))),
        );
        c.add(
            format!("{p}.count({ps})"),
            Ok(V::Int(text::count(&s, &sub))),
        );
    }
    for i in [
        -1,
        0,
        65,
        0xe9,
        0x3a3,
        0xffff,
        0x10000,
        0x10ffff,
        0x110000,
        i64::MAX,
    ] {
        c.add(format!("chr({i})"), text::chr(i).map(V::Str));
    }
}

/// JSON of the maximal ranges of code points satisfying `pred`.
fn ranges_json(pred: impl Fn(char) -> bool) -> String {
    let mut out = Vec::new();
    let mut start = None;
    for cp in 0..0x110000u32 {
        let yes = char::from_u32(cp).is_some_and(&pred);
        match (yes, start) {
            (true, None) => start = Some(cp),
            (false, Some(s)) => {
                out.push(format!("[{s}, {}]", cp - 1));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(format!("[{s}, 1114111]"));
    }
    format!("[{}]", out.join(", "))
}

/// JSON of `[cp, f(chr(cp))]` for every code point that `f` changes.
fn mapping_json(f: impl Fn(&str) -> String) -> String {
    let mut out = Vec::new();
    for c in (0..0x110000u32).filter_map(char::from_u32) {
        let s = c.to_string();
        let m = f(&s);
        if m != s {
            out.push(format!("[{}, {}]", c as u32, json_str(&m)));
        }
    }
    format!("[{}]", out.join(", "))
}

fn unicode_cases(c: &mut Cases) {
    let r = |c: &mut Cases, e: &str, json: String| c.add(e.to_string(), Ok(V::Raw(json)));
    r(c, "ranges(str.isprintable)", ranges_json(is_printable));
    r(c, "ranges(str.isalpha)", ranges_json(is_alpha_char));
    r(c, "ranges(str.isdigit)", ranges_json(is_digit_char));
    r(c, "ranges(str.isspace)", ranges_json(is_py_space));
    r(c, "ranges(str.isdecimal)", {
        ranges_json(|ch| lltype::runtime::unicode::decimal_value(ch).is_some())
    });
    r(c, "ranges(lambda c: repr(c) == \"'\" + c + \"'\")", {
        ranges_json(|ch| text::str_repr(&ch.to_string()) == format!("'{ch}'"))
    });
    for cp in (0..0x100).chain([0x377, 0x378, 0xfffe, 0x10000, 0x1fae8, 0xe0001, 0x10ffff]) {
        let ch = char::from_u32(cp).unwrap();
        let e = format!("repr(chr({cp}))");
        c.add(e, Ok(V::Str(text::str_repr(&ch.to_string()))));
    }
    r(c, "mapping(str.upper)", mapping_json(text::upper));
    r(c, "mapping(str.lower)", mapping_json(text::lower));
    r(c, "mapping(str.capitalize)", mapping_json(text::capitalize));
    let rs = |c: &mut Cases, e: &str, pred: &dyn Fn(char) -> bool| {
        r(c, e, ranges_json(pred));
    };
    // The decimal value of every decimal digit, through int().
    rs(
        c,
        "ranges(lambda c: c.isdecimal() and int(c) == 7)",
        &|ch| lltype::runtime::unicode::decimal_value(ch) == Some(7),
    );
    // Final-sigma context: every code point before and after a capital sigma.
    rs(
        c,
        "ranges(lambda c: ('A' + c + '\\u03a3').lower()[-1] == '\\u03c2')",
        &|ch| text::lower(&format!("A{ch}\u{3a3}")).ends_with('\u{3c2}'),
    );
    rs(
        c,
        "ranges(lambda c: ('1' + c + '\\u03a3').lower()[-1] == '\\u03c2')",
        &|ch| text::lower(&format!("1{ch}\u{3a3}")).ends_with('\u{3c2}'),
    );
    rs(
        c,
        "ranges(lambda c: ('A\\u03a3' + c).lower()[1] == '\\u03c2')",
        &|ch| text::lower(&format!("A\u{3a3}{ch}")).chars().nth(1) == Some('\u{3c2}'),
    );
}

fn bytes_cases(c: &mut Cases) {
    let mut samples: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"abc".to_vec(),
        b"it's".to_vec(),
        b"'\"".to_vec(),
        b"\"".to_vec(),
        (0..=255u8).collect(),
        "héllo 🎉".as_bytes().to_vec(),
    ];
    for bad in [
        &b"\xff"[..],
        b"a\xe4\x41",
        b"\xe4\xb8",
        b"\xf0\x90\x41",
        b"\xed\xa0\x80",
        b"\xc0\x80",
        b"\xc1\xbf",
        b"\xf4\x90\x80\x80",
        b"\xf5\x80",
        b"\xe0\x80",
        b"\xe0\xa0",
        b"\xf0\x80\x80",
        b"ok\xc3",
        b"\xc3\xa9",
        b"\xf0\x9f\x98",
        b"\xf0\x9f\x98\x80\xf0",
        b"\x80abc",
        b"abc\xf5",
    ] {
        samples.push(bad.to_vec());
    }
    let mut rng = Lcg(7);
    for _ in 0..300 {
        let n = 1 + rng.next() % 5;
        let b: Vec<u8> = (0..n)
            .map(|_| {
                let x = rng.next();
                // Mostly lead and continuation bytes, where the errors are.
                if x.is_multiple_of(4) {
                    (x >> 8) as u8 & 0x7f
                } else {
                    0x80 | (x >> 8) as u8
                }
            })
            .collect();
        samples.push(b);
    }
    for b in &samples {
        let p = py_bytes(b);
        c.add(format!("repr({p})"), Ok(V::Str(bytes_repr(b))));
        c.add(format!("{p}.decode('utf-8')"), decode_utf8(b).map(V::Str));
    }
}

const SPECS: &[&str] = &[
    "",
    "5",
    "<5",
    ">5",
    "^7",
    "*^9",
    "=+8",
    "+",
    "08",
    "<08",
    "0>8",
    "x<6",
    ".0",
    ".1",
    ".2",
    ".3",
    ".6",
    ".16",
    ".17",
    ".20",
    "10.3",
    "d",
    "+d",
    "08d",
    "x",
    "X",
    "o",
    "b",
    "+x",
    "#>10x",
    "f",
    "F",
    ".0f",
    ".2f",
    "+.3f",
    "010.2f",
    ".30f",
    "e",
    ".0e",
    ".3E",
    "+012.3e",
    "g",
    ".0g",
    ".1g",
    ".3g",
    ".10g",
    ".17g",
    "G",
    "%",
    ".1%",
    "08.2%",
    "s",
    ".2s",
    "10s",
    ">10s",
    "^10.2s",
    "0=10",
    "=10",
    "_^11.4",
    "08x",
    "<08b",
    "^+9o",
    "010%",
    "+010.1e",
    "0",
    "00",
    "01",
    "+0",
    "=",
    "^",
    "\u{e9}^9",
    "\u{1f389}>4",
    "1",
    ".100",
    "+^12.5G",
    "-<6",
];

fn format_cases(c: &mut Cases) {
    let specs: Vec<(&str, FormatSpec)> = SPECS
        .iter()
        .map(|s| (*s, parse_spec(s).unwrap_or_else(|e| panic!("{s:?}: {e}"))))
        .collect();
    let fs = floats();
    for (text, spec) in &specs {
        let ps = py_str(text);
        for &i in INTS {
            c.add(
                format!("format({i}, {ps})"),
                format_int(i, spec).map(V::Str),
            );
        }
        for &x in &fs {
            let e = format!("format({}, {ps})", py_float(x));
            c.add(e, format_float(x, spec).map(V::Str));
        }
        for &s in &STRS[..8] {
            let e = format!("format({}, {ps})", py_str(s));
            c.add(e, format_str(s, spec).map(V::Str));
        }
        for b in [true, false] {
            let e = format!("format({}, {ps})", if b { "True" } else { "False" });
            c.add(e, format_bool(b, spec).map(V::Str));
        }
    }
    for bad in [
        "-", "-5d", " d", "#x", ",d", "_d", " d", "q", ".f", "5.", "<<<", "c", "n",
    ] {
        assert!(parse_spec(bad).is_err(), "{bad:?} should be rejected");
    }
}

const PERCENTS: &[&str] = &[
    "%s", "%5s", "%-6s|", "%.2s", "%r", "%10r", "%d", "%i", "%5d", "%-5d|", "%05d", "%+d", "%+05d",
    "%.3d", "%6.3d", "%-+8.3d|", "%x", "%X", "%o", "%08x", "%f", "%5.2f", "%-8.3f|", "%08.2f",
    "%+.1f", "%.0f", "%e", "%.0e", "%E", "%12.4e", "%g", "%.3g", "%G", "%10.2g", "%c", "%3c",
    "%%d %d", "a%sb", "%ld", "%0-5d|", "%-05s|", "%F", "%.0c", "%.1c", "%+c", "%05c", "%-3c|",
    "%+s", "%05r", "%+x", "%.f", "%.d", "%.0d", "%.0x", "%+.0e",
];

fn percent_cases(c: &mut Cases) {
    let fs = floats();
    for fmt in PERCENTS {
        let pieces = parse_percent(fmt).unwrap_or_else(|e| panic!("{fmt:?}: {e}"));
        let pf = py_str(fmt);
        let apply = |value: &dyn Fn(char, &FormatSpec) -> Result<String, RtError>| {
            let mut out = String::new();
            for p in &pieces {
                match p {
                    PercentPiece::Literal(s) => out.push_str(s),
                    PercentPiece::Directive { conversion, spec } => {
                        out.push_str(&value(*conversion, spec)?)
                    }
                }
            }
            Ok(V::Str(out))
        };
        let conv = pieces.iter().find_map(|p| match p {
            PercentPiece::Directive { conversion, .. } => Some(*conversion),
            _ => None,
        });
        let conv = conv.expect("one directive");
        for &i in INTS.iter().chain(&[65, 0x3a3, 0x10ffff, 0x110000]) {
            if conv == 'c' && !(0..=0x110000).contains(&i) {
                continue; // CPython raises OverflowError with a different message path.
            }
            let r = apply(&|cv, spec| format_percent_int(i, cv, spec));
            c.add(format!("{pf} % ({i},)"), r);
        }
        for &x in &fs {
            let in_i64 = (-9223372036854775808.0..9223372036854775808.0).contains(&x.trunc());
            if matches!(conv, 'd' | 'i') && x.is_finite() && !in_i64 {
                // CPython prints a big int; RPython ints are 64-bit.
                let r = format_percent_float(x, conv, &empty_spec());
                assert_eq!(r.unwrap_err().class, "OverflowError");
                continue;
            }
            let r = apply(&|cv, spec| format_percent_float(x, cv, spec));
            c.add(format!("{pf} % ({},)", py_float(x)), r);
        }
        if matches!(conv, 's' | 'r') {
            for &s in STRS {
                let r = apply(&|cv, spec| {
                    let t = if cv == 'r' {
                        text::str_repr(s)
                    } else {
                        s.to_string()
                    };
                    Ok(format_percent_str(&t, spec))
                });
                c.add(format!("{pf} % ({},)", py_str(s)), r);
            }
        }
    }
    for bad in ["%*d", "%.*f", "%(a)s", "% d", "%#x", "%q", "%", "%5", "%a"] {
        assert!(parse_percent(bad).is_err(), "{bad:?} should be rejected");
    }
}

/// Runs every expression through one `python3` and returns its output lines.
fn run_python(exprs: &[String]) -> Vec<String> {
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(PRELUDE)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run `python3` ({e}): CPython 3.11 is the oracle of this test; \
                 install Python 3.11 so that `python3` is on PATH"
            )
        });
    let mut stdin = child.stdin.take().unwrap();
    let input = exprs.join("\n") + "\n";
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let out = child.wait_with_output().expect("python3 ran");
    writer.join().unwrap().expect("wrote to python3");
    assert!(out.status.success(), "python3 failed");
    let text = String::from_utf8(out.stdout).expect("ASCII output");
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let version = lines.remove(0);
    assert_eq!(
        version, "VERSION 3.11",
        "`python3` must be Python 3.11 (the oracle's Unicode data and messages); install Python 3.11"
    );
    lines
}

/// A named table of cases.
type Group = (&'static str, fn(&mut Cases));

/// All the case tables, evaluated by a single `python3` process.
#[test]
fn runtime_matches_cpython() {
    let groups: [Group; 6] = [
        ("numbers", number_cases),
        ("text", text_cases),
        ("unicode", unicode_cases),
        ("bytes", bytes_cases),
        ("format", format_cases),
        ("percent", percent_cases),
    ];
    let mut cases = Cases {
        exprs: Vec::new(),
        ours: Vec::new(),
    };
    let mut bounds = Vec::new();
    for (name, fill) in groups {
        let start = cases.exprs.len();
        fill(&mut cases);
        bounds.push((name, start, cases.exprs.len()));
    }
    let theirs = run_python(&cases.exprs);
    assert_eq!(theirs.len(), cases.exprs.len(), "one output line per case");
    let cut = |s: &str| -> String { s.chars().take(300).collect() };
    // For long lines (tables), show where they start to differ.
    let around = |a: &str, b: &str| -> (String, String) {
        let at = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
        let from = at.saturating_sub(60);
        let win = |s: &str| s.chars().skip(from).take(200).collect::<String>();
        (format!("...{}", win(a)), format!("...{}", win(b)))
    };
    let mut report = Vec::new();
    let mut total = 0;
    for (name, start, end) in bounds {
        let mut failures = Vec::new();
        let rows = cases.exprs[start..end]
            .iter()
            .zip(&cases.ours[start..end])
            .zip(&theirs[start..end]);
        for ((expr, ours), py) in rows {
            if ours != py {
                let (py, ours) = if py.len() > 300 {
                    around(py, ours)
                } else {
                    (cut(py), cut(ours))
                };
                failures.push(format!(
                    "  {}\n    cpython: {py}\n    ours:    {ours}",
                    cut(expr)
                ));
            }
        }
        if !failures.is_empty() {
            total += failures.len();
            report.push(format!(
                "{name}: {} of {} cases differ from CPython:",
                failures.len(),
                end - start
            ));
            report.extend(failures.into_iter().take(25));
        }
    }
    assert!(total == 0, "{total} differences\n{}", report.join("\n"));
}
