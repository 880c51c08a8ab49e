//! The `math` module functions RPython supports, with CPython's error rules
//! (`Modules/mathmodule.c`): a NaN result from a non-NaN argument is a
//! domain error, an infinite result from a finite argument is a range error
//! for functions that can overflow (`exp`) and a domain error otherwise.

use super::error::RtError;
use super::numbers::float_to_int;
use crate::ir::MathFn;

fn domain_error() -> RtError {
    RtError::value("math domain error")
}

fn range_error() -> RtError {
    RtError::overflow("math range error")
}

/// `math.<name>(x)` for `sqrt`, `sin`, `cos`, `tan`, `exp`, `log`, `fabs`.
/// An unknown name raises ValueError("unknown math function: NAME") (a bug in
/// the caller, not a Python-level condition).
pub fn math_unary(name: &str, x: f64) -> Result<f64, RtError> {
    let (r, can_overflow) = match name {
        "sqrt" => (x.sqrt(), false),
        "sin" => (x.sin(), false),
        "cos" => (x.cos(), false),
        "tan" => (x.tan(), false),
        "exp" => (x.exp(), true),
        "fabs" => (x.abs(), false),
        "log" => {
            // CPython's m_log: log(0) and log(negative) are domain errors.
            if x.is_nan() || x == f64::INFINITY {
                return Ok(x);
            }
            if x <= 0.0 {
                return Err(domain_error());
            }
            (x.ln(), false)
        }
        _ => {
            return Err(RtError::value(format!("unknown math function: {name}")));
        }
    };
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(r)
}

/// The typed IR's `Math(f)` operation: [`math_unary`] by enum.
pub fn math_fn(f: MathFn, x: f64) -> Result<f64, RtError> {
    let name = match f {
        MathFn::Sqrt => "sqrt",
        MathFn::Sin => "sin",
        MathFn::Cos => "cos",
        MathFn::Tan => "tan",
        MathFn::Exp => "exp",
        MathFn::Log => "log",
        MathFn::Fabs => "fabs",
    };
    math_unary(name, x)
}

/// `math.atan2(y, x)`: never raises.
pub fn math_atan2(y: f64, x: f64) -> f64 {
    y.atan2(x)
}

/// `math.pow(x, y)` (CPython's `math_pow`: special values first, then
/// errno-style classification of the C `pow` result).
pub fn math_pow(x: f64, y: f64) -> Result<f64, RtError> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            -y
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            domain_error()
        } else {
            range_error()
        });
    }
    Ok(r)
}

/// `math.floor(x)` as an int; raises like `int(x)` for inf/nan/huge values.
pub fn math_floor(x: f64) -> Result<i64, RtError> {
    float_to_int(x.floor())
}

/// `math.ceil(x)` as an int; raises like `int(x)` for inf/nan/huge values.
pub fn math_ceil(x: f64) -> Result<i64, RtError> {
    float_to_int(x.ceil())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unary_errors() {
        assert_eq!(math_unary("sqrt", 4.0), Ok(2.0));
        assert_eq!(math_unary("sqrt", -1.0), Err(domain_error()));
        assert_eq!(math_unary("log", 0.0), Err(domain_error()));
        assert_eq!(math_unary("log", -1.0), Err(domain_error()));
        assert_eq!(math_unary("log", f64::INFINITY), Ok(f64::INFINITY));
        assert_eq!(math_unary("exp", 1000.0), Err(range_error()));
        assert_eq!(math_unary("exp", f64::NEG_INFINITY), Ok(0.0));
        assert_eq!(math_unary("sin", f64::INFINITY), Err(domain_error()));
        assert!(math_unary("cos", f64::NAN).unwrap().is_nan());
        assert_eq!(math_unary("fabs", -2.0), Ok(2.0));
        assert_eq!(math_fn(MathFn::Log, 1.0), Ok(0.0));
        assert_eq!(math_unary("cbrt", 8.0).unwrap_err().class, "ValueError");
    }

    #[test]
    fn pow_errors() {
        assert_eq!(math_pow(2.0, 3.0), Ok(8.0));
        assert_eq!(math_pow(0.0, -1.0), Err(domain_error()));
        assert_eq!(math_pow(-8.0, 0.5), Err(domain_error()));
        assert_eq!(math_pow(10.0, 400.0), Err(range_error()));
        assert_eq!(math_pow(f64::NAN, 0.0), Ok(1.0));
        assert_eq!(math_pow(0.5, f64::NEG_INFINITY), Ok(f64::INFINITY));
    }

    #[test]
    fn floor_ceil() {
        assert_eq!(math_floor(-1.5), Ok(-2));
        assert_eq!(math_ceil(-1.5), Ok(-1));
        assert_eq!(
            math_floor(f64::INFINITY).unwrap_err().class,
            "OverflowError"
        );
        assert_eq!(math_ceil(f64::NAN).unwrap_err().class, "ValueError");
    }
}
