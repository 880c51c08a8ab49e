//! `repr(float)` / `str(float)` exactly as CPython 3 prints them.
//!
//! CPython uses the shortest digit string that round-trips (David Gay's
//! algorithm, mode 0); Rust's `{:e}` formatting produces the same shortest
//! digits, so only the layout rule has to be reproduced: scientific notation
//! when the decimal exponent is < -4 or >= 16, otherwise positional notation
//! with at least one digit after the point.

/// Splits a finite, non-negative `x` into its shortest round-trip decimal
/// digits and the exponent of the first digit (`x = d.ddd * 10^exp`).
///
/// Rust's shortest formatting finds how many digits are needed, but when two
/// strings of that length round-trip it may pick either; CPython picks the one
/// nearest to the exact binary value (1e15 + 0.3 is `1000000000000000.2`).
/// Rust's fixed-precision formatting is correctly rounded, so it gives that one.
pub(crate) fn shortest_digits(x: f64) -> (String, i32) {
    let split = |s: &str| -> (String, i32) {
        let (mantissa, exp) = s.split_once('e').expect("{:e} always has an exponent");
        let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
        (digits, exp.parse().expect("valid exponent"))
    };
    let shortest = split(&format!("{:e}", x));
    let rounded = format!("{:.*e}", shortest.0.len() - 1, x);
    if rounded.parse::<f64>() == Ok(x) {
        split(&rounded)
    } else {
        shortest
    }
}

/// Lays out `digits` (no leading zeros unless the value is zero) with first-digit
/// exponent `exp` in positional notation, always with a fractional part.
pub(crate) fn positional(digits: &str, exp: i32) -> String {
    if exp < 0 {
        format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            format!("{}{}.0", digits, "0".repeat(int_len - digits.len()))
        } else {
            format!("{}.{}", &digits[..int_len], &digits[int_len..])
        }
    }
}

/// Python's exponent suffix: sign always present, at least two digits.
pub(crate) fn exponent_suffix(exp: i32) -> String {
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{}{:02}", sign, exp.unsigned_abs())
}

/// CPython's `repr(x)` (identical to `str(x)` since Python 3.2).
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let (digits, exp) = shortest_digits(x.abs());
    let body = if !(-4..16).contains(&exp) {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        format!("{}e{}", m, exponent_suffix(exp))
    } else {
        positional(&digits, exp)
    };
    format!("{}{}", sign, body)
}

#[cfg(test)]
mod tests {
    use super::float_repr;

    #[test]
    fn layout_matches_cpython() {
        let cases: &[(f64, &str)] = &[
            (1.0, "1.0"),
            (0.1, "0.1"),
            (1e16, "1e+16"),
            (1.5e-5, "1.5e-05"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (123456789012345.6, "123456789012345.6"),
            (1e15, "1000000000000000.0"),
            (1e15 + 0.3, "1000000000000000.2"),
            (9999999999999998.0, "9999999999999998.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (-2.5e100, "-2.5e+100"),
            (100.0, "100.0"),
            (0.30000000000000004, "0.30000000000000004"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(*x), *want, "repr of {:?}", x);
        }
    }
}
