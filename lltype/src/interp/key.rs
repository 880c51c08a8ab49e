//! Dict keys with Python's hashing and equality: `1`, `1.0` and `True` are
//! one key, `-0.0 == 0.0`, tuples compare item by item, instances by identity.

use std::hash::{BuildHasher, Hash, Hasher};
use std::rc::Rc;

use super::compare::TWO_63;
use super::value::Value;

/// A value used as a dict key. Only hashable values (ints, floats, bools,
/// strs, bytes, tuples of these, instances, null) ever get here: the
/// annotator rejects dicts keyed by lists or dicts.
#[derive(Clone, Debug)]
pub struct Key(pub Value);

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        key_eq(&self.0, &other.0)
    }
}

impl Eq for Key {}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(key_hash(&self.0));
    }
}

/// Equality for hashable values, with numeric cross-type equality.
pub fn key_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => Rc::ptr_eq(x, y) || x.as_str() == y.as_str(),
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| key_eq(p, q))
        }
        _ => super::compare::py_eq(a, b),
    }
}

/// A hash consistent with `key_eq`: numbers equal as Python numbers hash the
/// same (an integral float hashes as the int).
pub fn key_hash(v: &Value) -> u64 {
    match v {
        Value::Int(i) => mix(*i as u64),
        Value::Bool(b) => mix(*b as u64),
        Value::Float(f) => float_hash(*f),
        Value::Str(s) => s.cached_hash(|text| bytes_hash(text.as_bytes(), 0x5354)),
        Value::Bytes(b) => bytes_hash(b, 0x4259),
        Value::Tuple(items) => {
            let mut h: u64 = 0x345678;
            for item in items.iter() {
                h = (h ^ key_hash(item)).wrapping_mul(1_000_003);
            }
            mix(h ^ items.len() as u64)
        }
        Value::Instance(o) => mix(Rc::as_ptr(o) as u64),
        Value::Null | Value::Void => 0x4e4f4e45,
        Value::Func(g) => mix(g.0 as u64 ^ 0x46554e43),
        Value::Range(r) => {
            mix(r.start as u64 ^ (r.stop as u64).rotate_left(21) ^ (r.step as u64).rotate_left(42))
        }
        // Unhashable in Python; hash by identity so that the map never panics.
        Value::List(l) => mix(Rc::as_ptr(l) as u64),
        Value::Dict(d) => mix(Rc::as_ptr(d) as u64),
        Value::Iter(i) => mix(Rc::as_ptr(i) as u64),
    }
}

fn float_hash(f: f64) -> u64 {
    if f.fract() == 0.0 && (-TWO_63..TWO_63).contains(&f) {
        // Integral and representable: same hash as the equal int (covers -0.0).
        mix(f as i64 as u64)
    } else {
        mix(f.to_bits())
    }
}

fn bytes_hash(bytes: &[u8], seed: u64) -> u64 {
    // FNV-1a over 8-byte words: quick, and good enough behind `mix`.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ seed;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        h = (h ^ u64::from_le_bytes(c.try_into().unwrap())).wrapping_mul(0x100_0000_01b3);
    }
    for &b in chunks.remainder() {
        h = (h ^ b as u64).wrapping_mul(0x100_0000_01b3);
    }
    mix(h ^ bytes.len() as u64)
}

/// A 64-bit finaliser (from splitmix64) so that sequential ints spread over
/// the hash table's buckets.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 31)
}

/// The `Key` hash is already mixed: the map's hasher just passes it through,
/// avoiding SipHash on every dict operation.
#[derive(Clone, Copy, Default)]
pub struct PassThrough;

pub struct PassThroughHasher(u64);

impl BuildHasher for PassThrough {
    type Hasher = PassThroughHasher;
    fn build_hasher(&self) -> PassThroughHasher {
        PassThroughHasher(0)
    }
}

impl Hasher for PassThroughHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 ^= n;
    }
}
