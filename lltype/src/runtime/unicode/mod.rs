//! Character classification with CPython 3.11's definitions (Unicode 14.0.0).
//!
//! Rust's `char` methods follow a newer Unicode version and different
//! properties (`is_alphabetic` is the Alphabetic property, not Python's
//! "category L*"; `is_whitespace` differs on U+001C..U+001F), so the Python
//! predicates are implemented from tables generated out of CPython itself
//! (`gen_tables.py` -> `tables.rs`). They are exact for every code point.

pub mod case;
pub mod derived;
// Generated data, laid out compactly by gen_tables.py.
#[rustfmt::skip]
mod tables;

/// Whether `cp` lies in one of the sorted, disjoint inclusive `ranges`.
fn in_ranges(ranges: &[(u32, u32)], cp: u32) -> bool {
    let i = ranges.partition_point(|&(lo, _)| lo <= cp);
    i > 0 && cp <= ranges[i - 1].1
}

/// Python's whitespace (`Py_UNICODE_ISSPACE`, `str.isspace`): bidirectional
/// class WS, B or S, or category Zs. The set is small and fixed.
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

/// The value of a decimal digit (category Nd, `str.isdecimal`), as `int()`
/// and `float()` read it.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    let i = tables::DECIMAL.partition_point(|&(lo, _)| lo <= cp);
    let (lo, hi) = *tables::DECIMAL.get(i.checked_sub(1)?)?;
    (cp <= hi).then_some((cp - lo) % 10)
}

/// `str.isdigit` for one character: decimal digits plus the other characters
/// with a digit value (superscripts, circled digits, ...).
pub fn is_digit_char(c: char) -> bool {
    in_ranges(tables::DIGIT, c as u32)
}

/// `str.isalpha` for one character: category Lu, Ll, Lt, Lm or Lo.
pub fn is_alpha_char(c: char) -> bool {
    in_ranges(tables::ALPHA, c as u32)
}

/// `str.isprintable` for one character: false for categories Cc, Cf, Cs,
/// Co, Cn, Zl, Zp and for Zs other than the ASCII space.
pub fn is_printable(c: char) -> bool {
    let cp = c as u32;
    if cp < 0x7F {
        return cp >= 0x20;
    }
    in_ranges(tables::PRINTABLE, cp)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals() {
        assert_eq!(decimal_value('0'), Some(0));
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{663}'), Some(3));
        assert_eq!(decimal_value('\u{FF19}'), Some(9));
        assert_eq!(decimal_value('\u{1D7FF}'), Some(9));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('\u{B2}'), None);
        assert!(is_digit_char('\u{B2}'));
        assert!(!is_digit_char('\u{BD}'));
    }

    #[test]
    fn letters() {
        for c in ['a', 'é', 'ß', 'Ω', 'ж', '中', 'ǅ', 'ʰ'] {
            assert!(is_alpha_char(c), "{c}");
        }
        // Combining marks and letter numbers are Alphabetic but not alpha.
        for c in ['\u{301}', '\u{93E}', 'Ⅷ', '1', ' ', '_'] {
            assert!(!is_alpha_char(c), "{c}");
        }
    }

    #[test]
    fn printable() {
        assert!(is_printable(' '));
        assert!(is_printable('~'));
        assert!(!is_printable('\x7f'));
        assert!(!is_printable('\u{85}'));
        assert!(!is_printable('\u{a0}'));
        assert!(!is_printable('\u{ad}'));
        assert!(is_printable('é'));
        assert!(is_printable('中'));
        assert!(is_printable('\u{1F600}'));
        for c in [
            '\u{2028}', '\u{2029}', '\u{200B}', '\u{200F}', '\u{2060}', '\u{2064}',
        ] {
            assert!(!is_printable(c), "{:x}", c as u32);
        }
        assert!(!is_printable('\u{FEFF}'));
        assert!(!is_printable('\u{E000}'));
        assert!(!is_printable('\u{FFFF}'));
        assert!(!is_printable('\u{E0001}'));
        // Unassigned in Unicode 14 although assigned later (Rust knows them).
        assert!(!is_printable('\u{1FAE8}'));
    }

    #[test]
    fn spaces() {
        for c in ['\x1c', '\x1f', '\u{85}', '\u{3000}', '\u{2028}'] {
            assert!(is_py_space(c));
        }
        for c in ['\u{200B}', '\u{180E}', '\u{FEFF}', 'a'] {
            assert!(!is_py_space(c));
        }
    }
}
