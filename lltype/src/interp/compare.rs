//! Python equality and ordering on run-time values, used by Eq/Lt/Min/Max,
//! list search and sort, and dict keys.

use std::rc::Rc;

use super::value::Value;

/// `a == b` with Python semantics for values of one static type (plus the
/// numeric cross-type cases: `1 == 1.0 == True`).
pub fn py_eq(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Float(x), Float(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(i), Float(f)) | (Float(f), Int(i)) => int_float_eq(*i, *f),
        (Bool(b), Int(i)) | (Int(i), Bool(b)) => *b as i64 == *i,
        (Bool(b), Float(f)) | (Float(f), Bool(b)) => *b as i64 as f64 == *f,
        (Str(x), Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Bytes(x), Bytes(y)) => x == y,
        (Null, Null) | (Void, Void) => true,
        (Instance(x), Instance(y)) => Rc::ptr_eq(x, y),
        (List(x), List(y)) => {
            if Rc::ptr_eq(x, y) {
                return true;
            }
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| py_eq(p, q))
        }
        (Tuple(x), Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| py_eq(p, q))
        }
        (Dict(x), Dict(y)) => {
            if Rc::ptr_eq(x, y) {
                return true;
            }
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| py_eq(v, w)))
        }
        (Range(x), Range(y)) => {
            // Ranges compare as the sequences they produce.
            let (lx, ly) = (x.len(), y.len());
            lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
        }
        (Func(x), Func(y)) => x == y,
        (Iter(x), Iter(y)) => Rc::ptr_eq(x, y),
        _ => false,
    }
}

/// 2**63 as a float: the bound of the floats that convert exactly to i64.
pub const TWO_63: f64 = (1u64 << 63) as f64;

fn int_float_eq(i: i64, f: f64) -> bool {
    // Exact comparison: `i as f64` alone would call 2**53+1 equal to 2.0**53.
    f.fract() == 0.0 && (-TWO_63..TWO_63).contains(&f) && f as i64 == i
}

/// `a < b` with Python semantics: numbers numerically (NaN compares false),
/// strs by code point (which is UTF-8 byte order), bytes, and sequences
/// lexicographically by their first unequal items.
pub fn py_lt(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => x < y,
        (Float(x), Float(y)) => x < y,
        (Int(x), Float(y)) => int_float_lt(*x, *y),
        (Float(x), Int(y)) => float_int_lt(*x, *y),
        (Bool(x), Bool(y)) => !x & y,
        (Bool(_), _) | (_, Bool(_)) => py_lt(&as_number(a), &as_number(b)),
        (Str(x), Str(y)) => x.as_str() < y.as_str(),
        (Bytes(x), Bytes(y)) => x[..] < y[..],
        (List(x), List(y)) => seq_lt(&x.borrow(), &y.borrow()),
        (Tuple(x), Tuple(y)) => seq_lt(x, y),
        _ => false,
    }
}

fn as_number(v: &Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(*b as i64),
        other => other.clone(),
    }
}

fn int_float_lt(i: i64, f: f64) -> bool {
    if f.is_nan() {
        return false;
    }
    // Compare in the float domain unless the int is not exactly representable.
    let fi = i as f64;
    if fi != f {
        fi < f
    } else {
        // fi == f: the float is integral; compare exactly as integers (i128
        // holds every finite f64 in i64's neighbourhood).
        (i as i128) < (f as i128)
    }
}

fn float_int_lt(f: f64, i: i64) -> bool {
    if f.is_nan() {
        return false;
    }
    let fi = i as f64;
    if fi != f {
        f < fi
    } else {
        (f as i128) < (i as i128)
    }
}

fn seq_lt(x: &[Value], y: &[Value]) -> bool {
    for (p, q) in x.iter().zip(y.iter()) {
        if !py_eq(p, q) {
            return py_lt(p, q);
        }
    }
    x.len() < y.len()
}

/// Stable in-place sort using only `<`, as CPython's list.sort. Written by
/// hand because std's sorts may panic when `<` is not a total order (NaNs).
pub fn sort_values(items: &mut [Value]) {
    let n = items.len();
    if n < 2 {
        return;
    }
    // Insertion sort for short runs, then bottom-up merges.
    const RUN: usize = 16;
    for start in (0..n).step_by(RUN) {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let mut j = i;
            while j > start && py_lt(&items[j], &items[j - 1]) {
                items.swap(j, j - 1);
                j -= 1;
            }
        }
    }
    let mut width = RUN;
    let mut buf: Vec<Value> = Vec::with_capacity(n);
    while width < n {
        let mut start = 0;
        while start + width < n {
            let mid = start + width;
            let end = (start + 2 * width).min(n);
            buf.clear();
            let (mut i, mut j) = (start, mid);
            while i < mid && j < end {
                // Take from the right only when strictly smaller: stability.
                if py_lt(&items[j], &items[i]) {
                    buf.push(items[j].clone());
                    j += 1;
                } else {
                    buf.push(items[i].clone());
                    i += 1;
                }
            }
            buf.extend(items[i..mid].iter().cloned());
            buf.extend(items[j..end].iter().cloned());
            for (k, v) in buf.drain(..).enumerate() {
                items[start + k] = v;
            }
            start = end;
        }
        width *= 2;
    }
}
