//! Character classification with CPython 3.11's definitions (Unicode 14).
//!
//! Rust's `char` methods follow a different (newer) Unicode version and
//! different properties (`is_alphabetic` is the Alphabetic property, not
//! Python's "category L*"), so the Python predicates are implemented here.

/// Python's whitespace (`Py_UNICODE_ISSPACE`): bidirectional class WS, B or S,
/// or category Zs. Exact: the set is small and fixed.
pub fn is_py_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\x1c'..='\x20'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// First code points of the runs of ten decimal digits (category Nd).
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The decimal value of a decimal digit (category Nd), as `int()` uses it.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    if i == 0 {
        return None;
    }
    let zero = DECIMAL_ZEROS[i - 1];
    (cp - zero < 10).then_some(cp - zero)
}

/// Python's `str.isdigit` for one character: decimal digits plus the other
/// characters with a digit value (superscripts, circled digits, ...).
pub fn is_digit_char(c: char) -> bool {
    decimal_value(c).is_some()
        || matches!(
            c as u32,
            0xB2 | 0xB3 | 0xB9 | 0x1369..=0x1371 | 0x19DA | 0x2070 | 0x2074..=0x2079
                | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490
                | 0x24EA | 0x24F5..=0x24FD | 0x24FF | 0x2776..=0x277E | 0x2780..=0x2788
                | 0x278A..=0x2792 | 0x10A40..=0x10A43 | 0x1F100..=0x1F10A
        )
}

/// Python's `str.isalpha` for one character: category Lu, Ll, Lt, Lm or Lo.
/// Approximated with Rust's Alphabetic property minus the non-letter
/// categories it includes (combining marks and letter-like numbers).
pub fn is_alpha_char(c: char) -> bool {
    c.is_alphabetic()
        && !is_combining_mark_approx(c)
        && !matches!(c as u32, 0x2160..=0x2188 | 0x3007 | 0x3021..=0x3029 | 0x3038..=0x303A)
}

fn is_combining_mark_approx(c: char) -> bool {
    matches!(c as u32, 0x300..=0x36F | 0x483..=0x489 | 0x591..=0x5C7 | 0x610..=0x61A | 0x64B..=0x65F | 0x670 | 0x6D6..=0x6ED | 0x900..=0x903 | 0x93A..=0x94F | 0x951..=0x957 | 0x962 | 0x963)
}

/// CPython's `str.isprintable` for one character: false for categories Cc,
/// Cf, Cs, Co, Cn, Zl, Zp and Zs other than the ASCII space.
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x7F {
        return cp >= 0x20;
    }
    if cp < 0xA0 {
        return false;
    }
    !matches!(
        cp,
        0xA0 | 0xAD
            | 0x600..=0x605
            | 0x61C
            | 0x6DD
            | 0x70F
            | 0x1680
            | 0x180E
            | 0x2000..=0x200F
            | 0x2028..=0x202F
            | 0x205F..=0x206F
            | 0x3000
            | 0xD800..=0xF8FF
            | 0xFEFF
            | 0xFFF0..=0xFFFB
            | 0xFFFE..=0xFFFF
            | 0xE0000..=0xE0FFF
            | 0xF0000..
    )
}

/// The title-case mapping of `c` (used by `str.capitalize`). Differs from
/// the upper-case mapping for the digraphs and a few special cases.
pub fn to_title(c: char, out: &mut String) {
    match c as u32 {
        0x1C4..=0x1C6 => out.push('\u{1C5}'),
        0x1C7..=0x1C9 => out.push('\u{1C8}'),
        0x1CA..=0x1CC => out.push('\u{1CB}'),
        0x1F1..=0x1F3 => out.push('\u{1F2}'),
        0xDF => out.push_str("Ss"),
        0x10D0..=0x10FA | 0x10FD..=0x10FF => out.push(c),
        _ => out.extend(c.to_uppercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert_eq!(decimal_value('\u{FF19}'), Some(9));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{B2}'), None);
        assert!(is_digit_char('\u{B2}'));
    }

    #[test]
    fn printable() {
        assert!(is_printable(' '));
        assert!(!is_printable('\x7f'));
        assert!(!is_printable('\u{a0}'));
        assert!(!is_printable('\u{ad}'));
        assert!(is_printable('é'));
        assert!(is_printable('\u{1F600}'));
        assert!(!is_printable('\u{2028}'));
        assert!(!is_printable('\u{FEFF}'));
        assert!(!is_printable('\u{E000}'));
    }
}
