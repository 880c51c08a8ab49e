//! `format(value, spec)` (and f-string `{x:spec}`) for the format-spec
//! subset the dialect supports: `[[fill]align][sign][0][width][.precision][type]`.
//!
//! The float layout follows CPython's `format_float_short`: digits come from
//! Rust's correctly rounded formatting, which yields the same digits as
//! CPython's `_Py_dg_dtoa` for a given precision.

use super::error::RtError;
use super::float_repr::{exponent_suffix, float_repr};
use crate::ir::FormatSpec;

/// The spec with every field at its default (what `format(x)` / `f"{x}"` uses).
pub fn empty_spec() -> FormatSpec {
    FormatSpec {
        fill: ' ',
        align: None,
        plus: false,
        zero_pad: false,
        width: 0,
        precision: None,
        kind: None,
    }
}

/// Parses a format spec. `Err` carries a message for the diagnostic: CPython's
/// wording for malformed specs, or what the dialect does not support.
pub fn parse_spec(spec: &str) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut f = empty_spec();
    let mut i = 0;
    let is_align = |c: char| matches!(c, '<' | '>' | '^' | '=');
    let mut fill_specified = false;
    if chars.len() >= 2 && is_align(chars[1]) {
        f.fill = chars[0];
        f.align = Some(chars[1]);
        fill_specified = true;
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        f.align = Some(chars[0]);
        i = 1;
    }
    match chars.get(i) {
        Some('+') => {
            f.plus = true;
            i += 1;
        }
        // An explicit '-' cannot be recorded in a FormatSpec, yet it matters:
        // it is an error on str and makes format(True, '-') print "1".
        Some(c @ ('-' | ' ')) => return Err(format!("the '{c}' sign option is not supported")),
        _ => {}
    }
    if chars.get(i) == Some(&'#') {
        return Err("the '#' (alternate form) option is not supported".to_string());
    }
    if !fill_specified && chars.get(i) == Some(&'0') {
        f.zero_pad = true;
        f.fill = '0';
        i += 1;
    }
    let digits = |i: &mut usize| -> Result<Option<usize>, String> {
        let start = *i;
        while *i < chars.len() && chars[*i].is_ascii_digit() {
            *i += 1;
        }
        if *i == start {
            return Ok(None);
        }
        let s: String = chars[start..*i].iter().collect();
        s.parse()
            .map(Some)
            .map_err(|_| "Too many decimal digits in format string".to_string())
    };
    f.width = digits(&mut i)?.unwrap_or(0);
    if matches!(chars.get(i), Some(',') | Some('_')) {
        return Err("thousands separators are not supported".to_string());
    }
    if chars.get(i) == Some(&'.') {
        i += 1;
        match digits(&mut i)? {
            Some(p) => f.precision = Some(p),
            None => return Err("Format specifier missing precision".to_string()),
        }
    }
    if let Some(&c) = chars.get(i) {
        if !"dxXobfFeEgGs%".contains(c) {
            return Err(format!("unsupported format type '{c}'"));
        }
        f.kind = Some(c);
        i += 1;
    }
    if i != chars.len() {
        return Err("Invalid format specifier".to_string());
    }
    Ok(f)
}

/// Pads `sign + body` to the spec's width. `default_align` is the type's
/// default ('>' for numbers, '<' for text); `=` puts the fill after the sign.
/// A zero flag without explicit alignment means `=` for numbers.
pub(crate) fn pad(sign: &str, body: &str, spec: &FormatSpec, numeric: bool) -> String {
    let fill = if spec.zero_pad && spec.fill == ' ' {
        '0'
    } else {
        spec.fill
    };
    let align = match spec.align {
        Some(a) => a,
        None if spec.zero_pad && numeric => '=',
        None if numeric => '>',
        None => '<',
    };
    let len = sign.chars().count() + body.chars().count();
    let n = spec.width.saturating_sub(len);
    let fills = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{sign}{body}{}", fills(n)),
        '^' => format!("{}{sign}{body}{}", fills(n / 2), fills(n - n / 2)),
        '=' => format!("{sign}{}{body}", fills(n)),
        _ => format!("{}{sign}{body}", fills(n)),
    }
}

fn unknown_code(code: char, type_name: &str) -> RtError {
    RtError::value(format!(
        "Unknown format code '{code}' for object of type '{type_name}'"
    ))
}

/// The digits of `|v|` in base 2, 8, 10 or 16.
pub(crate) fn int_digits(v: i64, kind: char) -> String {
    let a = v.unsigned_abs();
    match kind {
        'x' => format!("{a:x}"),
        'X' => format!("{a:X}"),
        'o' => format!("{a:o}"),
        'b' => format!("{a:b}"),
        _ => a.to_string(),
    }
}

fn format_int_as(v: i64, spec: &FormatSpec, type_name: &str) -> Result<String, RtError> {
    match spec.kind {
        None | Some('d' | 'x' | 'X' | 'o' | 'b') => {}
        Some('f' | 'F' | 'e' | 'E' | 'g' | 'G' | '%') => return format_float(v as f64, spec),
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    if spec.precision.is_some() {
        return Err(RtError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    let sign = if v < 0 {
        "-"
    } else if spec.plus {
        "+"
    } else {
        ""
    };
    Ok(pad(
        sign,
        &int_digits(v, spec.kind.unwrap_or('d')),
        spec,
        true,
    ))
}

/// `format(v, spec)` for an int.
pub fn format_int(v: i64, spec: &FormatSpec) -> Result<String, RtError> {
    format_int_as(v, spec, "int")
}

/// `format(b, spec)` for a bool: the empty spec gives `str(b)`, anything
/// else formats it as the int 0 or 1 (bool inherits `int.__format__`).
pub fn format_bool(b: bool, spec: &FormatSpec) -> Result<String, RtError> {
    if *spec == empty_spec() {
        return Ok(if b { "True" } else { "False" }.to_string());
    }
    format_int_as(b as i64, spec, "bool")
}

/// Strips trailing zeros (and a then-trailing point) from a mantissa.
fn strip_zeros(s: &str) -> String {
    if !s.contains('.') {
        return s.to_string();
    }
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Exponent notation with `prec` digits after the point: `1.50e+03`.
fn exp_form(x: f64, prec: usize) -> (String, i32) {
    let s = format!("{:.*e}", prec, x);
    let (m, e) = s.split_once('e').expect("exponent");
    let e: i32 = e.parse().expect("valid exponent");
    (m.to_string(), e)
}

/// The body of a finite, non-negative `x` for type `f`, `e`, `g` or `r`
/// (repr), lowercase. `add_dot_0` is CPython's `Py_DTSF_ADD_DOT_0`, used when
/// no type is given: integral results keep a ".0" and `g` switches to
/// exponent notation one digit earlier.
pub(crate) fn float_body(x: f64, kind: char, prec: usize, add_dot_0: bool) -> String {
    match kind {
        'f' => format!("{:.*}", prec, x),
        'e' => {
            let (m, e) = exp_form(x, prec);
            format!("{m}e{}", exponent_suffix(e))
        }
        'g' => {
            let p = prec.max(1);
            let exp = if x == 0.0 { 0 } else { exp_form(x, p - 1).1 };
            let limit = if add_dot_0 { p as i32 - 1 } else { p as i32 };
            if exp < -4 || exp >= limit {
                let (m, e) = exp_form(x, p - 1);
                format!("{}e{}", strip_zeros(&m), exponent_suffix(e))
            } else {
                let mut s = strip_zeros(&format!("{:.*}", (p as i32 - 1 - exp) as usize, x));
                if add_dot_0 && !s.contains('.') {
                    s.push_str(".0");
                }
                s
            }
        }
        _ => float_repr(x),
    }
}

/// The sign prefix of a float: "-" for negative values (including -0.0),
/// "+" when requested; NaN never gets "-" (CPython prints "nan" for -nan).
pub(crate) fn float_sign(v: f64, plus: bool) -> &'static str {
    if v.is_sign_negative() && !v.is_nan() {
        "-"
    } else if plus {
        "+"
    } else {
        ""
    }
}

/// Formats a float with a resolved type (`f e g r` or uppercase, `%`) and
/// precision, without padding: returns (sign, body).
pub(crate) fn float_parts(
    v: f64,
    kind: char,
    prec: usize,
    plus: bool,
    add_dot_0: bool,
) -> (&'static str, String) {
    let sign = float_sign(v, plus);
    let upper = kind.is_ascii_uppercase();
    let (base, x, pct) = match kind {
        '%' => ('f', v.abs() * 100.0, true),
        k => (k.to_ascii_lowercase(), v.abs(), false),
    };
    let mut body = if x.is_nan() {
        "nan".to_string()
    } else if x.is_infinite() {
        "inf".to_string()
    } else {
        float_body(x, base, prec, add_dot_0)
    };
    if upper {
        body = body.to_ascii_uppercase();
    }
    if pct {
        body.push('%');
    }
    (sign, body)
}

/// `format(v, spec)` for a float.
pub fn format_float(v: f64, spec: &FormatSpec) -> Result<String, RtError> {
    let (kind, prec, add_dot_0) = match (spec.kind, spec.precision) {
        (None, None) => ('r', 0, true),
        (None, Some(p)) => ('g', p, true),
        (Some(k @ ('f' | 'F' | 'e' | 'E' | 'g' | 'G' | '%')), p) => (k, p.unwrap_or(6), false),
        (Some(c), _) => return Err(unknown_code(c, "float")),
    };
    let (sign, body) = float_parts(v, kind, prec, spec.plus, add_dot_0);
    Ok(pad(sign, &body, spec, true))
}

/// `format(s, spec)` for a str: precision truncates (in code points).
pub fn format_str(s: &str, spec: &FormatSpec) -> Result<String, RtError> {
    match spec.kind {
        None | Some('s') => {}
        Some(c) => return Err(unknown_code(c, "str")),
    }
    if spec.plus {
        return Err(RtError::value(
            "Sign not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(RtError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    Ok(pad("", &body, spec, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(v: f64, spec: &str) -> String {
        format_float(v, &parse_spec(spec).unwrap()).unwrap()
    }

    fn i(v: i64, spec: &str) -> Result<String, RtError> {
        format_int(v, &parse_spec(spec).unwrap())
    }

    #[test]
    fn parse() {
        let s = parse_spec("*^+010.3f").unwrap();
        assert_eq!(
            (s.fill, s.align, s.plus, s.width, s.precision, s.kind),
            ('*', Some('^'), true, 10, Some(3), Some('f'))
        );
        assert!(!s.zero_pad);
        let z = parse_spec("08").unwrap();
        assert!(z.zero_pad);
        assert_eq!(parse_spec("").unwrap(), empty_spec());
        assert!(parse_spec(",d").is_err());
        assert!(parse_spec("q").is_err());
        assert!(parse_spec(".f").is_err());
    }

    #[test]
    fn ints() {
        assert_eq!(i(255, "x").unwrap(), "ff");
        assert_eq!(i(-255, "08X").unwrap(), "-00000FF");
        assert_eq!(i(5, "=+8").unwrap(), "+      5");
        assert_eq!(i(5, "<05").unwrap(), "50000");
        assert_eq!(i(5, "^5b").unwrap(), " 101 ");
        assert_eq!(i(12, "%").unwrap(), "1200.000000%");
        assert_eq!(i(5, ".2f").unwrap(), "5.00");
        assert_eq!(
            i(5, ".2").unwrap_err().message,
            "Precision not allowed in integer format specifier"
        );
        assert_eq!(
            i(5, "s").unwrap_err().message,
            "Unknown format code 's' for object of type 'int'"
        );
        assert_eq!(i(i64::MIN, "").unwrap(), "-9223372036854775808");
    }

    #[test]
    fn floats() {
        assert_eq!(f(1.5, ""), "1.5");
        assert_eq!(f(1e16, ""), "1e+16");
        assert_eq!(f(1234.5, ".2"), "1.2e+03");
        assert_eq!(f(100.0, ".3"), "1e+02");
        assert_eq!(f(1.0, ".3"), "1.0");
        assert_eq!(f(1e16, ".20"), "10000000000000000.0");
        assert_eq!(f(3.14158, "8.2f"), "    3.14");
        assert_eq!(f(-3.14158, "08.2f"), "-0003.14");
        assert_eq!(f(2.5, ".0f"), "2");
        assert_eq!(f(0.0, "e"), "0.000000e+00");
        assert_eq!(f(123456789.0, "g"), "1.23457e+08");
        assert_eq!(f(100000.0, ".6g"), "100000");
        assert_eq!(f(0.5, ".1%"), "50.0%");
        assert_eq!(f(f64::INFINITY, "010"), "0000000inf");
        assert_eq!(f(f64::NAN, "G"), "NAN");
        assert_eq!(f(-0.0, "+"), "-0.0");
        assert_eq!(f(0.0, "+"), "+0.0");
    }

    #[test]
    fn strs_and_bools() {
        let s = |v: &str, spec: &str| format_str(v, &parse_spec(spec).unwrap());
        assert_eq!(s("ab", "05").unwrap(), "ab000");
        assert_eq!(s("ab", ">5").unwrap(), "   ab");
        assert_eq!(s("héllo", ".2").unwrap(), "hé");
        assert_eq!(
            s("ab", "+").unwrap_err().message,
            "Sign not allowed in string format specifier"
        );
        assert_eq!(
            s("ab", "=5").unwrap_err().message,
            "'=' alignment not allowed in string format specifier"
        );
        assert_eq!(
            s("ab", "d").unwrap_err().message,
            "Unknown format code 'd' for object of type 'str'"
        );
        assert_eq!(format_bool(true, &empty_spec()).unwrap(), "True");
        assert_eq!(
            format_bool(true, &parse_spec(">6").unwrap()).unwrap(),
            "     1"
        );
        assert_eq!(
            format_bool(true, &parse_spec("s").unwrap())
                .unwrap_err()
                .message,
            "Unknown format code 's' for object of type 'bool'"
        );
    }
}
