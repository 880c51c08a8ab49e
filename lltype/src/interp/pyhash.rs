//! CPython's `hash()` for the values whose hash CPython makes deterministic
//! (ints, bools, floats, tuples of these), so a program that prints a hash
//! prints what CPython prints. Strs and bytes hash with a per-process random
//! key in CPython, so no program can depend on their values; ours are
//! stable. Instances hash by identity.

use std::rc::Rc;

use super::key::key_hash;
use super::value::Value;

/// 2**61 - 1, the modulus of CPython's numeric hash.
const MODULUS: u64 = (1 << 61) - 1;
const BITS: i32 = 61;

pub fn py_hash(v: &Value) -> i64 {
    let h = match v {
        Value::Int(i) => int_hash(*i),
        Value::Bool(b) => *b as i64,
        Value::Float(f) => float_hash(*f),
        Value::Tuple(items) => tuple_hash(items),
        Value::Instance(o) => (Rc::as_ptr(o) as usize >> 4) as i64,
        other => key_hash(other) as i64,
    };
    // hash() never returns -1 (CPython reserves it for errors).
    if h == -1 {
        -2
    } else {
        h
    }
}

fn int_hash(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    if i < 0 {
        -m
    } else {
        m
    }
}

/// `_Py_HashDouble`: the hash of the rational number the float is, so an
/// integral float hashes as the equal int.
fn float_hash(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314_159 } else { -314_159 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & MODULUS) | (x >> (BITS - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= MODULUS {
            x -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    x = ((x << e) & MODULUS) | (x >> (BITS - e));
    let h = (x as i64) * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `(mantissa, exponent)` with `v == mantissa * 2**exponent` and
/// `0.5 <= |mantissa| < 1` (C's frexp) for finite nonzero `v`.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale into the normal range first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython 3.8+'s xxHash-based tuple hash.
fn tuple_hash(items: &[Value]) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let mut acc = P5;
    for item in items {
        let lane = py_hash(item) as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(items.len() as u64 ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

#[cfg(test)]
mod tests {
    use super::py_hash;
    use crate::interp::value::Value;

    /// Values printed by CPython 3.11.
    #[test]
    fn matches_cpython() {
        assert_eq!(py_hash(&Value::Int(42)), 42);
        assert_eq!(py_hash(&Value::Int(-1)), -2);
        assert_eq!(py_hash(&Value::Int(i64::MAX)), 3);
        assert_eq!(py_hash(&Value::Int(i64::MIN)), -4);
        assert_eq!(py_hash(&Value::Float(1.5)), 1_152_921_504_606_846_977);
        assert_eq!(py_hash(&Value::Float(-2.0)), -2);
        assert_eq!(py_hash(&Value::Float(0.1)), 230_584_300_921_369_408);
        assert_eq!(py_hash(&Value::Float(1e300)), 1_224_995_262_755_759_164);
        assert_eq!(py_hash(&Value::Bool(true)), 1);
        let t = Value::Tuple(vec![Value::Int(1), Value::Int(2)].into());
        assert_eq!(py_hash(&t), -3_550_055_125_485_641_917);
        assert_eq!(
            py_hash(&Value::Tuple(Vec::new().into())),
            5_740_354_900_026_072_187
        );
    }
}
