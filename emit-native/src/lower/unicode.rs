//! Unicode tables for the C runtime's `str.isalpha/isdigit/isspace` and case
//! mappings. They are derived, once per toolchain process, from the
//! reference semantics in `lltype::runtime::unicode` (CPython 3.11's data),
//! so the native runtime agrees with the graph interpreter on every code
//! point. Programs that use none of these operations get empty tables.
//!
//! The final-sigma rule of `lower` needs the Cased and Case_Ignorable
//! properties, which the reference exposes only through `lower` itself: they
//! are recovered by probing `lower` on two-character contexts (see
//! `sigma_context`).

use std::sync::OnceLock;

use lltype::runtime::unicode::{case, is_alpha_char, is_digit_char, is_printable};

use crate::c::bytes_literal;

struct Tables {
    alpha: Vec<(u32, u32)>,
    digit: Vec<(u32, u32)>,
    /// Case-ignorable code points, and cased ones that are not ignorable.
    ignorable: Vec<(u32, u32)>,
    cased: Vec<(u32, u32)>,
    upper: Vec<(u32, String)>,
    lower: Vec<(u32, String)>,
    title: Vec<(u32, String)>,
}

fn ranges(pred: impl Fn(char) -> bool) -> Vec<(u32, u32)> {
    let mut out: Vec<(u32, u32)> = Vec::new();
    for c in (0..0x110000u32).filter_map(char::from_u32) {
        if pred(c) {
            let cp = c as u32;
            match out.last_mut() {
                Some((_, hi)) if *hi + 1 == cp => *hi = cp,
                _ => out.push((cp, cp)),
            }
        }
    }
    out
}

fn mapping(f: impl Fn(&str) -> String) -> Vec<(u32, String)> {
    let mut out = Vec::new();
    let mut buf = [0u8; 4];
    for c in (0x80..0x110000u32).filter_map(char::from_u32) {
        let s: &str = c.encode_utf8(&mut buf);
        let m = f(s);
        if m != s {
            out.push((c as u32, m));
        }
    }
    out
}

/// (ignorable, cased-and-not-ignorable) of `c`, from `lower`'s final-sigma
/// behaviour: "cΣ" ends in ς iff c is cased and not ignorable; "AcΣ" ends in
/// ς iff c is ignorable or cased.
fn sigma_context(c: char) -> (bool, bool) {
    let final_sigma = |s: String| case::lower(&s).ends_with('\u{3C2}');
    let f1 = final_sigma(format!("A{c}\u{3A3}"));
    let f2 = final_sigma(format!("{c}\u{3A3}"));
    (f1 && !f2, f2)
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| Tables {
        alpha: ranges(is_alpha_char),
        digit: ranges(is_digit_char),
        ignorable: ranges(|c| c != '\u{3A3}' && sigma_context(c).0),
        cased: ranges(|c| c == '\u{3A3}' || sigma_context(c).1),
        upper: mapping(case::upper),
        lower: mapping(|s| {
            if s == "\u{3A3}" {
                s.to_string() // context-dependent: the runtime applies the rule
            } else {
                case::lower(s)
            }
        }),
        title: mapping(case::capitalize),
    })
}

/// The printable ranges (for `repr` of str), small enough for every program.
fn printable() -> &'static Vec<(u32, u32)> {
    static P: OnceLock<Vec<(u32, u32)>> = OnceLock::new();
    P.get_or_init(|| ranges(is_printable))
}

/// The C definitions of the tables (`full`: real data, else empty tables
/// except the printable ranges, which `repr` always needs).
pub(crate) fn emit(full: bool) -> String {
    let mut out = String::from("/* ---- Unicode tables (CPython 3.11 data) ---- */\n");
    let empty_r: Vec<(u32, u32)> = Vec::new();
    let empty_m: Vec<(u32, String)> = Vec::new();
    let t = full.then(tables);
    let r = |name: &str, v: &Vec<(u32, u32)>, out: &mut String| {
        out.push_str(&format!("const rpy_urange rpy_uc_{name}[] = {{"));
        for (k, (lo, hi)) in v.iter().enumerate() {
            if k % 8 == 0 {
                out.push('\n');
            }
            out.push_str(&format!("{{{lo}, {hi}}}, "));
        }
        out.push_str(&format!(
            "{{0, 0}}}};\nconst size_t rpy_uc_{name}_n = {};\n",
            v.len()
        ));
    };
    let m = |name: &str, v: &Vec<(u32, String)>, out: &mut String| {
        out.push_str(&format!("const rpy_umap rpy_uc_{name}[] = {{\n"));
        for (cp, to) in v {
            out.push_str(&format!("{{{cp}, {}}},\n", bytes_literal(to.as_bytes())));
        }
        out.push_str(&format!(
            "{{0, \"\"}}}};\nconst size_t rpy_uc_{name}_n = {};\n",
            v.len()
        ));
    };
    r("printable", printable(), &mut out);
    r("alpha", t.map_or(&empty_r, |t| &t.alpha), &mut out);
    r("digit", t.map_or(&empty_r, |t| &t.digit), &mut out);
    r("ignorable", t.map_or(&empty_r, |t| &t.ignorable), &mut out);
    r("cased", t.map_or(&empty_r, |t| &t.cased), &mut out);
    m("upper", t.map_or(&empty_m, |t| &t.upper), &mut out);
    m("lower", t.map_or(&empty_m, |t| &t.lower), &mut out);
    m("title", t.map_or(&empty_m, |t| &t.title), &mut out);
    out
}
