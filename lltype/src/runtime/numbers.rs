//! Integer and float arithmetic with Python semantics, and `int(s)` / `float(s)`.
//!
//! RPython ints are 64-bit and wrap (except the `*_ovf` operations, handled by
//! the interpreter); floats are IEEE doubles. Where Python would produce a
//! big integer, these functions document what they do instead.

use super::error::RtError;
use super::text::{is_py_space, py_repr_truncated};
use super::unicode::decimal_value;

/// Python `a // b` (rounds toward negative infinity). `i64::MIN // -1` wraps
/// to `i64::MIN`, as the wrapping machine operation does.
pub fn int_floordiv(a: i64, b: i64) -> Result<i64, RtError> {
    if b == 0 {
        return Err(RtError::zero_division("integer division or modulo by zero"));
    }
    let q = a.wrapping_div(b);
    if a.wrapping_rem(b) != 0 && ((a < 0) != (b < 0)) {
        Ok(q - 1)
    } else {
        Ok(q)
    }
}

/// Python `a % b`: the result has the sign of `b`.
pub fn int_mod(a: i64, b: i64) -> Result<i64, RtError> {
    if b == 0 {
        return Err(RtError::zero_division("integer modulo by zero"));
    }
    let r = a.wrapping_rem(b);
    if r != 0 && ((r < 0) != (b < 0)) {
        Ok(r + b)
    } else {
        Ok(r)
    }
}

/// `base ** exp` for `exp >= 0`, wrapping on overflow. A negative exponent
/// raises ValueError (CPython would return a float; the rtyper turns such
/// cases into float pow, so reaching this is a typing bug in the program).
pub fn int_pow(base: i64, exp: i64) -> Result<i64, RtError> {
    if exp < 0 {
        return Err(RtError::value(
            "integer pow() with a negative exponent is not supported",
        ));
    }
    let (mut result, mut b, mut e) = (1i64, base, exp as u64);
    while e > 0 {
        if e & 1 == 1 {
            result = result.wrapping_mul(b);
        }
        b = b.wrapping_mul(b);
        e >>= 1;
    }
    Ok(result)
}

/// `a << n`, wrapping; counts >= 64 give 0.
pub fn int_lshift(a: i64, n: i64) -> Result<i64, RtError> {
    if n < 0 {
        return Err(RtError::value("negative shift count"));
    }
    Ok(if n >= 64 { 0 } else { a.wrapping_shl(n as u32) })
}

/// Arithmetic `a >> n`; counts >= 64 give 0 or -1 (as Python does).
pub fn int_rshift(a: i64, n: i64) -> Result<i64, RtError> {
    if n < 0 {
        return Err(RtError::value("negative shift count"));
    }
    Ok(if n >= 64 { a >> 63 } else { a >> n })
}

/// Python `a / b` on floats.
pub fn float_truediv(a: f64, b: f64) -> Result<f64, RtError> {
    if b == 0.0 {
        return Err(RtError::zero_division("float division by zero"));
    }
    Ok(a / b)
}

/// CPython's `float_divmod` core: returns (floordiv, mod) for `b != 0`.
fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b; // C fmod
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// Python `a // b` on floats (CPython's algorithm, so signs of zeros and
/// rounding corner cases match).
pub fn float_floordiv(a: f64, b: f64) -> Result<f64, RtError> {
    if b == 0.0 {
        return Err(RtError::zero_division("float floor division by zero"));
    }
    Ok(float_divmod(a, b).0)
}

/// Python `a % b` on floats: the result has the sign of `b`.
pub fn float_mod(a: f64, b: f64) -> Result<f64, RtError> {
    if b == 0.0 {
        return Err(RtError::zero_division("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.floor() == x && (x % 2.0).abs() == 1.0
}

/// Python `a ** b` on floats, following CPython's `float_pow` case by case.
/// A negative base with a non-integral exponent raises ValueError (CPython 3
/// returns a complex number, which RPython does not have; the message is
/// Python 2's).
pub fn float_pow(a: f64, b: f64) -> Result<f64, RtError> {
    if b == 0.0 {
        return Ok(1.0);
    }
    if a.is_nan() {
        return Ok(a);
    }
    if b.is_nan() {
        return Ok(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let a = a.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (b > 0.0) == (a > 1.0) {
            b.abs()
        } else {
            0.0
        });
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(if b > 0.0 {
            if odd {
                a
            } else {
                a.abs()
            }
        } else if odd {
            0.0f64.copysign(a)
        } else {
            0.0
        });
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(RtError::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if is_odd_integer(b) { a } else { 0.0 });
    }
    let mut negate = false;
    let mut base = a;
    if a < 0.0 {
        if b.floor() != b {
            return Err(RtError::value(
                "negative number cannot be raised to a fractional power",
            ));
        }
        base = -a;
        negate = is_odd_integer(b);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(RtError::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

/// `int(x)` for a float: truncates toward zero. Values outside the i64 range
/// raise OverflowError("int too large to convert to i64") (CPython would
/// build a big int).
pub fn float_to_int(x: f64) -> Result<i64, RtError> {
    if x.is_nan() {
        return Err(RtError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(RtError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    // 2^63 is exactly representable; everything in [-2^63, 2^63) fits.
    if !(-9223372036854775808.0..9223372036854775808.0).contains(&t) {
        return Err(RtError::overflow("int too large to convert to i64"));
    }
    Ok(t as i64)
}

/// Replaces Unicode decimal digits by ASCII ones and strips Python
/// whitespace, as CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`
/// followed by the strip done by `int()` / `float()`.
fn to_ascii_number(s: &str) -> String {
    s.trim_matches(is_py_space)
        .chars()
        .map(|c| match decimal_value(c) {
            Some(d) if !c.is_ascii() => char::from(b'0' + d as u8),
            _ => c,
        })
        .collect()
}

/// Removes underscores that sit between two ASCII digits; None if any other
/// underscore is present (Python's rule for numeric literals in `int`/`float`).
fn remove_underscores(s: &str) -> Option<String> {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let ok =
                i > 0 && b[i - 1].is_ascii_digit() && i + 1 < b.len() && b[i + 1].is_ascii_digit();
            if !ok {
                return None;
            }
        } else {
            out.push(c as char);
        }
    }
    Some(out)
}

/// `int(s)` (base 10): Python whitespace around, optional sign, decimal
/// digits (any Unicode decimal digit), single underscores between digits.
/// A value outside the i64 range raises OverflowError("int too large to
/// convert to i64") (CPython would build a big int).
pub fn parse_int(s: &str) -> Result<i64, RtError> {
    let bad = || {
        RtError::value(format!(
            "invalid literal for int() with base 10: {}",
            py_repr_truncated(s, 200)
        ))
    };
    let t = to_ascii_number(s);
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, &t[..]),
    };
    if body.is_empty() || !body.bytes().all(|c| c.is_ascii_digit() || c == b'_') {
        return Err(bad());
    }
    let digits = remove_underscores(body).ok_or_else(bad)?;
    let mut v: i128 = 0;
    for c in digits.bytes() {
        v = v * 10 + i128::from(c - b'0');
        if v > 1i128 << 63 {
            return Err(RtError::overflow("int too large to convert to i64"));
        }
    }
    let v = if neg { -v } else { v };
    i64::try_from(v).map_err(|_| RtError::overflow("int too large to convert to i64"))
}

/// Checks Python's float literal grammar (after sign and underscore removal):
/// `inf`, `infinity`, `nan` (any case) or digits with optional point and exponent.
fn valid_float_body(b: &str) -> bool {
    let lower = b.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" || lower == "nan" {
        return true;
    }
    let bytes = b.as_bytes();
    let mut i = 0;
    let mut mantissa_digits = 0;
    while i < bytes.len() && bytes[i].is_ascii_digit() {
        i += 1;
        mantissa_digits += 1;
    }
    if i < bytes.len() && bytes[i] == b'.' {
        i += 1;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
            mantissa_digits += 1;
        }
    }
    if mantissa_digits == 0 {
        return false;
    }
    if i < bytes.len() && (bytes[i] == b'e' || bytes[i] == b'E') {
        i += 1;
        if i < bytes.len() && (bytes[i] == b'+' || bytes[i] == b'-') {
            i += 1;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return false;
        }
    }
    i == bytes.len()
}

/// `float(s)`: Python whitespace around, optional sign, `inf`/`infinity`/`nan`
/// in any case, or a decimal literal with single underscores between digits.
/// Correctly rounded (Rust's parser, like CPython's, is exact).
pub fn parse_float(s: &str) -> Result<f64, RtError> {
    let bad = || {
        RtError::value(format!(
            "could not convert string to float: {}",
            super::text::str_repr(s)
        ))
    };
    let t = to_ascii_number(s);
    let t = remove_underscores(&t).ok_or_else(bad)?;
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, &t[..]),
    };
    if !valid_float_body(body) {
        return Err(bad());
    }
    let v: f64 = body.parse().map_err(|_| bad())?;
    Ok(if neg { -v } else { v })
}

/// `str(i)` / `repr(i)` for an int.
pub fn int_to_str(i: i64) -> String {
    i.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floordiv_and_mod_follow_python_signs() {
        assert_eq!(int_floordiv(7, -2), Ok(-4));
        assert_eq!(int_floordiv(-7, 2), Ok(-4));
        assert_eq!(int_floordiv(i64::MIN, -1), Ok(i64::MIN));
        assert_eq!(int_mod(-7, 2), Ok(1));
        assert_eq!(int_mod(7, -2), Ok(-1));
        assert_eq!(int_mod(i64::MIN, -1), Ok(0));
        assert_eq!(
            int_floordiv(1, 0).unwrap_err().message,
            "integer division or modulo by zero"
        );
        assert_eq!(int_mod(1, 0).unwrap_err().message, "integer modulo by zero");
    }

    #[test]
    fn pow_and_shifts() {
        assert_eq!(int_pow(3, 4), Ok(81));
        assert_eq!(int_pow(2, 64), Ok(0));
        assert_eq!(int_pow(-2, 63), Ok(i64::MIN));
        assert!(int_pow(2, -1).is_err());
        assert_eq!(int_lshift(1, 63), Ok(i64::MIN));
        assert_eq!(int_lshift(1, 64), Ok(0));
        assert_eq!(int_rshift(-8, 100), Ok(-1));
        assert_eq!(int_rshift(8, 100), Ok(0));
        assert_eq!(int_rshift(-7, 1), Ok(-4));
        assert_eq!(
            int_lshift(1, -1).unwrap_err().message,
            "negative shift count"
        );
    }

    #[test]
    fn float_division_family() {
        assert_eq!(float_floordiv(7.0, -2.0), Ok(-4.0));
        assert_eq!(float_mod(-7.0, 2.0), Ok(1.0));
        assert!(float_mod(0.0, -2.0).unwrap().is_sign_negative());
        assert_eq!(float_mod(1.0, 0.0).unwrap_err().message, "float modulo");
        assert_eq!(
            float_floordiv(1.0, 0.0).unwrap_err().message,
            "float floor division by zero"
        );
        assert_eq!(
            float_truediv(1.0, 0.0).unwrap_err().message,
            "float division by zero"
        );
    }

    #[test]
    fn float_pow_cases() {
        assert_eq!(float_pow(2.0, 10.0), Ok(1024.0));
        assert_eq!(float_pow(-2.0, 3.0), Ok(-8.0));
        assert_eq!(float_pow(f64::NAN, 0.0), Ok(1.0));
        assert_eq!(float_pow(1.0, f64::NAN), Ok(1.0));
        assert_eq!(float_pow(0.0, -1.0).unwrap_err().class, "ZeroDivisionError");
        assert_eq!(float_pow(-8.0, 0.5).unwrap_err().class, "ValueError");
        assert_eq!(
            float_pow(2.0, 10000.0).unwrap_err().message,
            "(34, 'Numerical result out of range')"
        );
    }

    #[test]
    fn float_to_int_limits() {
        assert_eq!(float_to_int(-3.9), Ok(-3));
        assert_eq!(float_to_int(-9223372036854775808.0), Ok(i64::MIN));
        assert!(float_to_int(9223372036854775808.0).is_err());
        assert_eq!(float_to_int(f64::NAN).unwrap_err().class, "ValueError");
        assert_eq!(
            float_to_int(f64::INFINITY).unwrap_err().class,
            "OverflowError"
        );
    }

    #[test]
    fn parse_int_cases() {
        assert_eq!(parse_int(" 1_0 "), Ok(10));
        assert_eq!(parse_int("-0012"), Ok(-12));
        assert_eq!(parse_int("\u{663}"), Ok(3));
        assert_eq!(parse_int("-9223372036854775808"), Ok(i64::MIN));
        assert_eq!(
            parse_int("9223372036854775808").unwrap_err().class,
            "OverflowError"
        );
        for bad in ["", "1__0", "_1", "1_", "+ 1", "0x10", "\u{b2}", "1.0"] {
            assert_eq!(parse_int(bad).unwrap_err().class, "ValueError", "{bad:?}");
        }
        assert_eq!(
            parse_int("xx").unwrap_err().message,
            "invalid literal for int() with base 10: 'xx'"
        );
    }

    #[test]
    fn parse_float_cases() {
        assert_eq!(parse_float(" 2.5 "), Ok(2.5));
        assert_eq!(parse_float("1_000.5"), Ok(1000.5));
        assert_eq!(parse_float("-Infinity"), Ok(f64::NEG_INFINITY));
        assert!(parse_float("nan").unwrap().is_nan());
        assert_eq!(parse_float("1e5"), Ok(1e5));
        assert_eq!(parse_float(".5"), Ok(0.5));
        assert_eq!(parse_float("5."), Ok(5.0));
        for bad in ["", ".", "1e", "0x10", "1__0", "e5", "in f", "1e5_", "+-1"] {
            assert!(parse_float(bad).is_err(), "{bad:?}");
        }
        assert_eq!(
            parse_float("xx").unwrap_err().message,
            "could not convert string to float: 'xx'"
        );
    }
}
