//! Full case mapping as CPython's `str.upper`, `str.lower` and
//! `str.capitalize` do it (Unicode 14.0.0 data, SpecialCasing's
//! unconditional mappings, and the final-sigma rule of `lower`).
//!
//! Rust's own `to_uppercase` uses a newer Unicode version, so the mappings
//! come from tables generated out of CPython.

use super::in_ranges;
use super::tables::{
    CASED, CASE_IGNORABLE, LOWER_MULTI, LOWER_RUNS, TITLE_EXCEPTIONS, UPPER_MULTI, UPPER_RUNS,
};

/// Looks `cp` up in `(first, last, stride, delta)` runs.
fn run_lookup(runs: &[(u32, u32, u32, i32)], cp: u32) -> Option<u32> {
    let i = runs.partition_point(|&(lo, ..)| lo <= cp);
    let (lo, hi, stride, delta) = *runs.get(i.checked_sub(1)?)?;
    (cp <= hi && (cp - lo).is_multiple_of(stride)).then(|| cp.wrapping_add_signed(delta))
}

fn multi_lookup(table: &'static [(u32, &'static str)], cp: u32) -> Option<&'static str> {
    table
        .binary_search_by_key(&cp, |&(c, _)| c)
        .ok()
        .map(|i| table[i].1)
}

fn push_mapped(
    c: char,
    runs: &[(u32, u32, u32, i32)],
    multi: &'static [(u32, &'static str)],
    out: &mut String,
) {
    let cp = c as u32;
    if let Some(m) = run_lookup(runs, cp) {
        out.push(char::from_u32(m).expect("tables hold valid code points"));
    } else if let Some(s) = multi_lookup(multi, cp) {
        out.push_str(s);
    } else {
        out.push(c);
    }
}

/// Appends the full upper-case mapping of `c`.
pub fn push_upper(c: char, out: &mut String) {
    push_mapped(c, UPPER_RUNS, UPPER_MULTI, out);
}

/// Appends the full title-case mapping of `c`.
pub fn push_title(c: char, out: &mut String) {
    match multi_lookup(TITLE_EXCEPTIONS, c as u32) {
        Some(s) => out.push_str(s),
        None => push_upper(c, out),
    }
}

/// CPython's `handle_capital_sigma`: a capital sigma at `i` becomes final
/// (ς) when, skipping case-ignorable code points, a cased one precedes it and
/// none follows.
fn is_final_sigma(chars: &[char], i: usize) -> bool {
    let ignorable = |c: char| in_ranges(CASE_IGNORABLE, c as u32);
    let cased = |c: char| in_ranges(CASED, c as u32);
    let before = chars[..i].iter().rev().find(|&&c| !ignorable(c));
    if !before.is_some_and(|&c| cased(c)) {
        return false;
    }
    let after = chars[i + 1..].iter().find(|&&c| !ignorable(c));
    !after.is_some_and(|&c| cased(c))
}

/// Appends the lower-case mapping of `chars[i]`, in the context of `chars`.
fn push_lower_at(chars: &[char], i: usize, out: &mut String) {
    let c = chars[i];
    if c == '\u{3A3}' {
        out.push(if is_final_sigma(chars, i) {
            '\u{3C2}'
        } else {
            '\u{3C3}'
        });
    } else {
        push_mapped(c, LOWER_RUNS, LOWER_MULTI, out);
    }
}

/// `s.upper()`.
pub fn upper(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(c, &mut out);
    }
    out
}

/// `s.lower()`.
pub fn lower(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for i in 0..chars.len() {
        push_lower_at(&chars, i, &mut out);
    }
    out
}

/// `s.capitalize()`: title case for the first code point, lower case (with
/// the final-sigma rule seeing the whole string) for the rest.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    if let Some(&first) = chars.first() {
        push_title(first, &mut out);
    }
    for i in 1..chars.len() {
        push_lower_at(&chars, i, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mappings() {
        assert_eq!(upper("straße ﬁ ŉ"), "STRASSE FI ʼN");
        assert_eq!(upper("ǆ"), "Ǆ");
        assert_eq!(lower("İ"), "i\u{307}");
        assert_eq!(lower("ÀÉΩЖ"), "àéωж");
        assert_eq!(upper("ā ă ĳ"), "Ā Ă Ĳ");
    }

    #[test]
    fn final_sigma() {
        assert_eq!(lower("ΟΔΟΣ"), "οδος");
        assert_eq!(lower("Σ"), "σ");
        assert_eq!(lower("ΑΣ ΑΣΑ"), "ας ασα");
        assert_eq!(lower("Α'Σ'"), "α'ς'");
        assert_eq!(lower("1Σ"), "1σ");
    }

    #[test]
    fn capitalize_uses_title_case() {
        assert_eq!(capitalize("ßa"), "Ssa");
        assert_eq!(capitalize("ǆEMAL"), "ǅemal");
        assert_eq!(capitalize("ᾳΣ"), "ᾼς");
        assert_eq!(capitalize("ნ"), "ნ");
        assert_eq!(capitalize("hELLO wORLD"), "Hello world");
        assert_eq!(capitalize(""), "");
    }
}
