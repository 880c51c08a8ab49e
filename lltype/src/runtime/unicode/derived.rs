//! Tables a backend's runtime needs to agree with CPython 3.11 on every
//! code point, derived from the reference semantics of this module:
//! `str.isalpha/isdigit` ranges, the printable ranges of `repr`, the
//! `upper/lower/capitalize` mappings of every non-ASCII code point that
//! changes, and the Cased and Case_Ignorable ranges of lower()'s
//! final-sigma rule.
//!
//! The final-sigma properties are not exposed by the reference except
//! through `lower` itself: they are recovered by probing `lower` on
//! two-character contexts (see `sigma_context`).

use std::sync::OnceLock;

use super::{is_alpha_char, is_digit_char, is_printable};

/// The data of `case_tables`: sorted inclusive ranges, and (code point,
/// result) pairs sorted by code point.
pub struct CaseTables {
    pub alpha: Vec<(u32, u32)>,
    pub digit: Vec<(u32, u32)>,
    /// Case-ignorable code points, and cased ones that are not ignorable.
    pub ignorable: Vec<(u32, u32)>,
    pub cased: Vec<(u32, u32)>,
    pub upper: Vec<(u32, String)>,
    /// Without Σ, whose lower case depends on its context (final sigma):
    /// the runtime applies that rule itself.
    pub lower: Vec<(u32, String)>,
    /// Title case (the first character of `capitalize`).
    pub title: Vec<(u32, String)>,
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
    let final_sigma = |s: String| super::case::lower(&s).ends_with('\u{3C2}');
    let f1 = final_sigma(format!("A{c}\u{3A3}"));
    let f2 = final_sigma(format!("{c}\u{3A3}"));
    (f1 && !f2, f2)
}

/// The tables, computed once per process.
pub fn case_tables() -> &'static CaseTables {
    static T: OnceLock<CaseTables> = OnceLock::new();
    T.get_or_init(|| CaseTables {
        alpha: ranges(is_alpha_char),
        digit: ranges(is_digit_char),
        ignorable: ranges(|c| c != '\u{3A3}' && sigma_context(c).0),
        cased: ranges(|c| c == '\u{3A3}' || sigma_context(c).1),
        upper: mapping(super::case::upper),
        lower: mapping(|s| {
            if s == "\u{3A3}" {
                s.to_string() // context-dependent: the runtime applies the rule
            } else {
                super::case::lower(s)
            }
        }),
        title: mapping(super::case::capitalize),
    })
}

/// The printable ranges (for `repr` of str), small enough for every program.
pub fn printable_ranges() -> &'static Vec<(u32, u32)> {
    static P: OnceLock<Vec<(u32, u32)>> = OnceLock::new();
    P.get_or_init(|| ranges(is_printable))
}
