//! C literals that mean exactly the IR constant: ints without signed
//! overflow in the literal itself, floats by their bit pattern (so every
//! value, including -0.0, inf and nan, is exact), and byte strings with every
//! non-printable byte escaped.

/// An `int64_t` literal. `INT64_MIN` cannot be written as a negated literal.
pub(crate) fn int_literal(i: i64) -> String {
    if i == i64::MIN {
        "INT64_MIN".to_string()
    } else {
        format!("INT64_C({i})")
    }
}

/// A `double` with exactly the bits of `f`.
pub(crate) fn float_literal(f: f64) -> String {
    if f.is_finite()
        && f == (f as i64) as f64
        && f.abs() < 1e15
        && !(f == 0.0 && f.is_sign_negative())
    {
        // Small integral values read better and are exact.
        format!("{}.0", f as i64)
    } else {
        format!("rpy_f64_from_bits(UINT64_C(0x{:016x}))", f.to_bits())
    }
}

/// A C string literal holding `bytes` (octal escapes never run into a
/// following digit: they always have three digits).
pub(crate) fn bytes_literal(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push('"');
    for &b in bytes {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'?' => out.push_str("\\?"), // no trigraphs
            0x20..=0x7e => out.push(b as char),
            _ => out.push_str(&format!("\\{b:03o}")),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals() {
        assert_eq!(int_literal(-5), "INT64_C(-5)");
        assert_eq!(int_literal(i64::MIN), "INT64_MIN");
        assert_eq!(float_literal(2.0), "2.0");
        assert_eq!(
            float_literal(-0.0),
            "rpy_f64_from_bits(UINT64_C(0x8000000000000000))"
        );
        assert_eq!(
            bytes_literal(b"a\"\n\xc3\xa9?"),
            "\"a\\\"\\012\\303\\251\\?\""
        );
    }
}
