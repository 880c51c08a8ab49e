//! `%`-formatting (`"fmt" % args`) with a constant format string: the string
//! is parsed at translation time into [`PercentPiece`]s, and each directive is
//! applied to its (statically typed) value by one of the `format_percent_*`
//! functions, reproducing CPython's `PyUnicode_Format` output.

use super::error::RtError;
use super::float_repr::float_repr;
use super::format::{float_parts, int_digits, pad};
use super::numbers::float_to_int;
use crate::ir::FormatSpec;

/// One piece of a parsed `%` format string.
#[derive(Clone, Debug, PartialEq)]
pub enum PercentPiece {
    Literal(String),
    /// `conversion` is one of `s r d i x X o f F e E g G c`. In `spec`, the
    /// `-` flag is `align: Some('<')`, the `0` flag is `zero_pad` (dropped
    /// when `-` is present), `kind` repeats the conversion.
    Directive {
        conversion: char,
        spec: FormatSpec,
    },
}

/// Parses a `%` format string. Supported: flags `-`, `0`, `+`; width;
/// `.precision`; `%%`; length modifiers `h l L` (ignored, as CPython does).
/// Unsupported (`Err`): `*`, `(name)`, the ` ` and `#` flags, other conversions.
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut pieces = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            lit.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let (mut left, mut zero, mut plus) = (false, false, false);
        while let Some(&c) = chars.get(i) {
            match c {
                '-' => left = true,
                '0' => zero = true,
                '+' => plus = true,
                ' ' | '#' => {
                    return Err(format!("the '{c}' flag of %-formatting is not supported"))
                }
                '(' => return Err("%(name) mapping keys are not supported".to_string()),
                _ => break,
            }
            i += 1;
        }
        let number = |i: &mut usize| -> Result<Option<usize>, String> {
            if chars.get(*i) == Some(&'*') {
                return Err("'*' width or precision is not supported".to_string());
            }
            let s0 = *i;
            while *i < chars.len() && chars[*i].is_ascii_digit() {
                *i += 1;
            }
            if *i == s0 {
                return Ok(None);
            }
            let s: String = chars[s0..*i].iter().collect();
            s.parse().map(Some).map_err(|_| "width too big".to_string())
        };
        let width = number(&mut i)?.unwrap_or(0);
        let mut precision = None;
        if chars.get(i) == Some(&'.') {
            i += 1;
            precision = Some(number(&mut i)?.unwrap_or(0));
        }
        while matches!(chars.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            return Err("incomplete format".to_string());
        };
        i += 1;
        if conv == '%' && i == start + 2 {
            lit.push('%');
            continue;
        }
        if !"srdixXofFeEgGc".contains(conv) {
            return Err(format!(
                "unsupported format character '{conv}' (0x{:x}) at index {}",
                conv as u32,
                i - 1
            ));
        }
        if !lit.is_empty() {
            pieces.push(PercentPiece::Literal(std::mem::take(&mut lit)));
        }
        pieces.push(PercentPiece::Directive {
            conversion: conv,
            spec: FormatSpec {
                fill: ' ',
                align: left.then_some('<'),
                plus,
                zero_pad: zero && !left,
                width,
                precision,
                kind: Some(conv),
            },
        });
    }
    if !lit.is_empty() {
        pieces.push(PercentPiece::Literal(lit));
    }
    Ok(pieces)
}

/// Pads like `%`-formatting: right-aligned unless `-`; the `0` flag pads
/// numbers with zeros after the sign and is ignored for text.
fn pad_percent(sign: &str, body: &str, spec: &FormatSpec, numeric: bool) -> String {
    let left = spec.align == Some('<');
    let zero = spec.zero_pad && numeric && !left;
    let eff = FormatSpec {
        fill: if zero { '0' } else { ' ' },
        align: Some(if left {
            '<'
        } else if zero {
            '='
        } else {
            '>'
        }),
        plus: false,
        zero_pad: false,
        width: spec.width,
        precision: None,
        kind: None,
    };
    pad(sign, body, &eff, numeric)
}

/// Applies one directive to an int value (`%d %i %x %X %o`, float conversions,
/// `%c`, `%s`/`%r`).
pub fn format_percent_int(v: i64, conversion: char, spec: &FormatSpec) -> Result<String, RtError> {
    match conversion {
        'd' | 'i' | 'x' | 'X' | 'o' => {
            let mut digits = int_digits(v, conversion);
            if let Some(p) = spec.precision {
                if digits.len() < p {
                    digits = format!("{}{}", "0".repeat(p - digits.len()), digits);
                }
            }
            let sign = if v < 0 {
                "-"
            } else if spec.plus {
                "+"
            } else {
                ""
            };
            Ok(pad_percent(sign, &digits, spec, true))
        }
        'f' | 'F' | 'e' | 'E' | 'g' | 'G' => format_percent_float(v as f64, conversion, spec),
        'c' => {
            let c = u32::try_from(v)
                .ok()
                .filter(|&c| c < 0x110000)
                .ok_or_else(|| RtError::overflow("%c arg not in range(0x110000)"))?;
            let s = char::from_u32(c).map(String::from).ok_or_else(|| {
                RtError::value("%c arg is a surrogate, which RPython strings cannot hold")
            })?;
            Ok(format_percent_char(&s, spec))
        }
        _ => Ok(format_percent_str(&v.to_string(), spec)),
    }
}

/// Applies one directive to a float value. `%d`/`%i` truncate like `int()`;
/// `%x`/`%X`/`%o`/`%c` raise TypeError as CPython does.
pub fn format_percent_float(
    v: f64,
    conversion: char,
    spec: &FormatSpec,
) -> Result<String, RtError> {
    match conversion {
        'd' | 'i' => format_percent_int(float_to_int(v)?, conversion, spec),
        'x' | 'X' | 'o' => Err(RtError::type_error(format!(
            "%{conversion} format: an integer is required, not float"
        ))),
        'c' => Err(RtError::type_error("%c requires int or char")),
        'f' | 'F' | 'e' | 'E' | 'g' | 'G' => {
            let (sign, body) =
                float_parts(v, conversion, spec.precision.unwrap_or(6), spec.plus, false);
            Ok(pad_percent(sign, &body, spec, true))
        }
        _ => Ok(format_percent_str(&float_repr(v), spec)),
    }
}

/// Applies a `%c` directive to its character (given as a str, as for a
/// one-character str argument): width pads, precision is ignored (CPython
/// applies precision to `%s`/`%r` only).
pub fn format_percent_char(c: &str, spec: &FormatSpec) -> String {
    pad_percent("", c, spec, false)
}

/// Applies a `%s` or `%r` directive to the already converted text (`str(x)`
/// or `repr(x)`): precision truncates, width pads (right-aligned unless `-`).
pub fn format_percent_str(s: &str, spec: &FormatSpec) -> String {
    let body: String = match spec.precision {
        Some(p) => s.chars().take(p).collect(),
        None => s.to_string(),
    };
    pad_percent("", &body, spec, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(fmt: &str) -> (char, FormatSpec) {
        match parse_percent(fmt).unwrap().as_slice() {
            [PercentPiece::Directive { conversion, spec }] => (*conversion, spec.clone()),
            other => panic!("{other:?}"),
        }
    }

    fn pi(fmt: &str, v: i64) -> String {
        let (c, s) = one(fmt);
        format_percent_int(v, c, &s).unwrap()
    }

    fn pf(fmt: &str, v: f64) -> String {
        let (c, s) = one(fmt);
        format_percent_float(v, c, &s).unwrap()
    }

    #[test]
    fn parsing() {
        let p = parse_percent("a%%b%5.2fc").unwrap();
        assert_eq!(p.len(), 3);
        assert_eq!(p[0], PercentPiece::Literal("a%b".to_string()));
        assert!(parse_percent("%*d").is_err());
        assert!(parse_percent("%").is_err());
        assert!(parse_percent("%q").is_err());
        assert!(parse_percent("%(x)s").is_err());
    }

    #[test]
    fn directives() {
        assert_eq!(pf("%5.2f", 3.14158), " 3.14");
        let (c, s) = one("%-6s");
        assert_eq!(format!("{}|", format_percent_str("ab", &s)), "ab    |");
        assert_eq!(c, 's');
        assert_eq!(pi("%x", 255), "ff");
        assert_eq!(pf("%d", 3.9), "3");
        assert_eq!(pi("%.3d", 5), "005");
        assert_eq!(pi("%05d", -3), "-0003");
        assert_eq!(pi("%-05d", 3), "3    ");
        assert_eq!(pf("%.0e", 12345.0), "1e+04");
        assert_eq!(pf("%05f", f64::INFINITY), "00inf");
        assert_eq!(pf("%s", 1.0), "1.0");
        assert_eq!(pi("%c", 65), "A");
        let (c, s) = one("%x");
        assert_eq!(
            format_percent_float(3.9, c, &s).unwrap_err().message,
            "%x format: an integer is required, not float"
        );
        let (c, s) = one("%c");
        assert_eq!(
            format_percent_int(0x110000, c, &s).unwrap_err().message,
            "%c arg not in range(0x110000)"
        );
    }
}
