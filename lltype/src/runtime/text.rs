//! Python `str` semantics on Rust strings. RPython strings are sequences of
//! code points, so every index here counts code points, not bytes.
//!
//! Operations whose Rust meaning already equals Python's are not wrapped:
//! `==`, ordering (UTF-8 byte order is code-point order, as CPython compares),
//! `contains`, `starts_with`/`ends_with` (without start/end) and `join`.

use super::error::RtError;
pub use super::unicode::is_py_space;
use super::unicode::{case, is_alpha_char, is_digit_char, is_printable};

/// `len(s)`.
pub fn char_len(s: &str) -> usize {
    s.chars().count()
}

/// Byte offset of code point `i` (or `s.len()` when `i` is past the end).
fn byte_offset(s: &str, i: usize) -> usize {
    s.char_indices().nth(i).map_or(s.len(), |(b, _)| b)
}

/// `s[index]`; negative indexes count from the end.
pub fn get_char(s: &str, index: i64) -> Result<String, RtError> {
    let len = char_len(s) as i64;
    let i = if index < 0 { index + len } else { index };
    if i < 0 || i >= len {
        return Err(RtError::index("string index out of range"));
    }
    Ok(s.chars().nth(i as usize).unwrap().to_string())
}

/// Clamps one slice bound as Python does for step 1.
fn clamp_bound(len: usize, v: i64) -> usize {
    let len_i = len as i64;
    if v < 0 {
        (v.saturating_add(len_i)).max(0) as usize
    } else {
        v.min(len_i) as usize
    }
}

/// Python's bounds for `seq[start:stop]` on a sequence of length `len`:
/// `i64::MIN` / `i64::MAX` stand for absent bounds. Returns `(lo, hi)` with
/// `lo <= hi <= len`, shared by str, list and bytes slicing.
pub fn normalize_slice(len: usize, start: i64, stop: i64) -> (usize, usize) {
    let lo = if start == i64::MIN {
        0
    } else {
        clamp_bound(len, start)
    };
    let hi = if stop == i64::MAX {
        len
    } else {
        clamp_bound(len, stop)
    };
    (lo, hi.max(lo))
}

/// `s[start:stop]`.
pub fn slice(s: &str, start: i64, stop: i64) -> String {
    let (lo, hi) = normalize_slice(char_len(s), start, stop);
    s.chars().skip(lo).take(hi - lo).collect()
}

/// `s.split()`: runs of Python whitespace separate, no empty pieces.
pub fn split_whitespace(s: &str) -> Vec<String> {
    s.split(is_py_space)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect()
}

/// `s.split(sep)`.
pub fn split(s: &str, sep: &str) -> Result<Vec<String>, RtError> {
    if sep.is_empty() {
        return Err(RtError::value("empty separator"));
    }
    Ok(s.split(sep).map(str::to_string).collect())
}

fn strip_pred(chars: Option<&str>) -> impl Fn(char) -> bool + '_ {
    move |c| match chars {
        None => is_py_space(c),
        Some(set) => set.contains(c),
    }
}

/// `s.strip(chars)`; `None` strips Python whitespace.
pub fn strip(s: &str, chars: Option<&str>) -> String {
    s.trim_matches(strip_pred(chars)).to_string()
}

/// `s.lstrip(chars)`.
pub fn lstrip(s: &str, chars: Option<&str>) -> String {
    s.trim_start_matches(strip_pred(chars)).to_string()
}

/// `s.rstrip(chars)`.
pub fn rstrip(s: &str, chars: Option<&str>) -> String {
    s.trim_end_matches(strip_pred(chars)).to_string()
}

/// CPython's `ADJUST_INDICES` for find-like methods: `end` is clamped to the
/// length, `start` is not (a start past the end finds nothing).
fn adjust_indices(len: usize, start: i64, end: i64) -> (i64, i64) {
    let len = len as i64;
    let adj = |v: i64| {
        if v < 0 {
            (v.saturating_add(len)).max(0)
        } else {
            v
        }
    };
    (adj(start), adj(end).min(len))
}

/// The code-point window `[start, end)` of `s` as a byte range, or None when
/// `sub` cannot fit in it.
fn find_window(s: &str, sub: &str, start: i64, end: i64) -> Option<(usize, usize, usize)> {
    let (start, end) = adjust_indices(char_len(s), start, end);
    if end - start < char_len(sub) as i64 {
        return None;
    }
    let (bs, be) = (byte_offset(s, start as usize), byte_offset(s, end as usize));
    Some((start as usize, bs, be))
}

/// `s.find(sub, start, end)`: code-point index or -1.
pub fn find(s: &str, sub: &str, start: i64, end: i64) -> i64 {
    match find_window(s, sub, start, end) {
        None => -1,
        Some((cstart, bs, be)) => match s[bs..be].find(sub) {
            None => -1,
            Some(b) => (cstart + char_len(&s[bs..bs + b])) as i64,
        },
    }
}

/// `s.rfind(sub, start, end)`: code-point index or -1.
pub fn rfind(s: &str, sub: &str, start: i64, end: i64) -> i64 {
    match find_window(s, sub, start, end) {
        None => -1,
        Some((cstart, bs, be)) => match s[bs..be].rfind(sub) {
            None => -1,
            Some(b) => (cstart + char_len(&s[bs..bs + b])) as i64,
        },
    }
}

/// `s.count(sub)`: non-overlapping occurrences; `count("")` is `len(s) + 1`.
pub fn count(s: &str, sub: &str) -> i64 {
    if sub.is_empty() {
        return char_len(s) as i64 + 1;
    }
    s.matches(sub).count() as i64
}

/// `s.replace(old, new)`; an empty `old` inserts `new` around every code point.
pub fn replace(s: &str, old: &str, new: &str) -> String {
    if old.is_empty() {
        let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1));
        out.push_str(new);
        for c in s.chars() {
            out.push(c);
            out.push_str(new);
        }
        return out;
    }
    s.replace(old, new)
}

/// `s.upper()`: full case mapping ("ß" -> "SS").
pub fn upper(s: &str) -> String {
    case::upper(s)
}

/// `s.lower()`: full case mapping, including the final-sigma rule.
pub fn lower(s: &str) -> String {
    case::lower(s)
}

/// `s.capitalize()`: title case for the first code point, lower case for the
/// rest (Python 3.8+ behaviour).
pub fn capitalize(s: &str) -> String {
    case::capitalize(s)
}

/// `s.isdigit()`.
pub fn is_digit(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_digit_char)
}

/// `s.isalpha()`.
pub fn is_alpha(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_alpha_char)
}

/// `s.isspace()`.
pub fn is_space(s: &str) -> bool {
    !s.is_empty() && s.chars().all(is_py_space)
}

/// `s * n`; `n <= 0` gives "". Panics (capacity overflow) when the result
/// cannot exist; the interpreter should use [`checked_repeat`].
pub fn repeat(s: &str, n: i64) -> String {
    if n <= 0 || s.is_empty() {
        return String::new();
    }
    s.repeat(n as usize)
}

/// `s * n` with CPython's size check: a result longer than `isize::MAX`
/// bytes raises OverflowError("repeated string is too long") (CPython counts
/// code points against `PY_SSIZE_T_MAX`; UTF-8 bytes make the bound slightly
/// stricter for non-ASCII text, where CPython would fail with MemoryError anyway).
pub fn checked_repeat(s: &str, n: i64) -> Result<String, RtError> {
    if n > 0 && (s.len() as u128) * (n as u128) > isize::MAX as u128 {
        return Err(RtError::overflow("repeated string is too long"));
    }
    Ok(repeat(s, n))
}

/// `ord(s)`.
pub fn ord(s: &str) -> Result<i64, RtError> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c as i64),
        _ => Err(RtError::type_error(format!(
            "ord() expected a character, but string of length {} found",
            char_len(s)
        ))),
    }
}

/// `chr(i)`. Arguments outside the C int range raise CPython's
/// OverflowError("Python int too large to convert to C int"). Surrogates (0xD800..=0xDFFF) are valid in CPython but cannot be
/// held by RPython (UTF-8) strings: they raise
/// ValueError("chr() arg is a surrogate, which RPython strings cannot hold").
pub fn chr(i: i64) -> Result<String, RtError> {
    if i32::try_from(i).is_err() {
        // CPython converts the argument to a C int first.
        return Err(RtError::overflow(
            "Python int too large to convert to C int",
        ));
    }
    if !(0..0x110000).contains(&i) {
        return Err(RtError::value("chr() arg not in range(0x110000)"));
    }
    char::from_u32(i as u32)
        .map(|c| c.to_string())
        .ok_or_else(|| {
            RtError::value("chr() arg is a surrogate, which RPython strings cannot hold")
        })
}

/// CPython's `repr(s)`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// `%.<n>R` in CPython's `PyUnicode_FromFormat`: the repr cut to `n` code points.
pub(crate) fn py_repr_truncated(s: &str, n: usize) -> String {
    str_repr(s).chars().take(n).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indexing_and_slicing() {
        assert_eq!(char_len("héllo"), 5);
        assert_eq!(get_char("héllo", -4).unwrap(), "é");
        assert_eq!(
            get_char("ab", 2).unwrap_err().message,
            "string index out of range"
        );
        assert_eq!(slice("héllo", 1, 3), "él");
        assert_eq!(slice("héllo", -2, i64::MAX), "lo");
        assert_eq!(slice("héllo", i64::MIN, -10), "");
        assert_eq!(slice("héllo", 4, 2), "");
        assert_eq!(normalize_slice(5, -100, 100), (0, 5));
    }

    #[test]
    fn split_and_strip() {
        assert_eq!(split_whitespace(" a\u{3000}b\x1c c "), vec!["a", "b", "c"]);
        assert_eq!(split("a,,b", ",").unwrap(), vec!["a", "", "b"]);
        assert_eq!(split("a", "").unwrap_err().message, "empty separator");
        assert_eq!(strip("\u{a0} x \n", None), "x");
        assert_eq!(lstrip("xxaxx", Some("x")), "axx");
        assert_eq!(rstrip("xxaxx", Some("x")), "xxa");
    }

    #[test]
    fn searching() {
        assert_eq!(find("héllo", "l", 0, i64::MAX), 2);
        assert_eq!(rfind("héllo", "l", 0, i64::MAX), 3);
        assert_eq!(find("abc", "", 3, i64::MAX), 3);
        assert_eq!(find("abc", "", 4, i64::MAX), -1);
        assert_eq!(find("abcabc", "c", -2, i64::MAX), 5);
        assert_eq!(rfind("abc", "", 0, i64::MAX), 3);
        assert_eq!(count("aaaa", "aa"), 2);
        assert_eq!(count("héllo", ""), 6);
        assert_eq!(replace("ab", "", "-"), "-a-b-");
        assert_eq!(replace("aaa", "a", "bb"), "bbbbbb");
    }

    #[test]
    fn casing() {
        assert_eq!(upper("straße"), "STRASSE");
        assert_eq!(lower("ΟΔΟΣ"), "οδος");
        assert_eq!(capitalize("ßa"), "Ssa");
        assert_eq!(capitalize("ǆemal"), "ǅemal");
        assert_eq!(capitalize("hELLO"), "Hello");
        assert_eq!(capitalize(""), "");
    }

    #[test]
    fn predicates() {
        assert!(is_digit("١٢٣"));
        assert!(is_digit("²"));
        assert!(!is_digit(""));
        assert!(is_alpha("héllo"));
        assert!(!is_alpha("a1"));
        assert!(is_space(" \t\u{3000}"));
        assert!(!is_space(""));
    }

    #[test]
    fn ord_chr_repr() {
        assert_eq!(ord("é"), Ok(0xe9));
        assert_eq!(
            ord("ab").unwrap_err().message,
            "ord() expected a character, but string of length 2 found"
        );
        assert_eq!(chr(0x41).unwrap(), "A");
        assert_eq!(
            chr(0x110000).unwrap_err().message,
            "chr() arg not in range(0x110000)"
        );
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a'\"b"), "'a\\'\"b'");
        assert_eq!(str_repr("\x00\n\u{a0}é\u{2028}"), "'\\x00\\n\\xa0é\\u2028'");
        assert_eq!(str_repr("\u{e0000}"), "'\\U000e0000'");
        assert_eq!(repeat("ab", 3), "ababab");
        assert_eq!(repeat("ab", -1), "");
        assert_eq!(checked_repeat("ab", 2).unwrap(), "abab");
        assert_eq!(
            checked_repeat("ab", 1 << 62).unwrap_err().message,
            "repeated string is too long"
        );
    }
}
