//! CPython 3.11's Unicode data for the shim, as jar resources: the case
//! mappings of `str.upper/lower/capitalize` (read by `rpy/rt/CaseMap.java`),
//! the `str.isalpha/isdigit` ranges and the printable ranges of `repr` of
//! str (read by `rpy/rt/CharClass.java`).
//!
//! The JDK's own data (`String.toUpperCase`, `Character.toTitleCase`,
//! `Character.isLetter`, `Character.getType`) follows its Unicode version
//! (13 on Java 17), has only simple title mappings, and has no
//! Numeric_Type=Digit (isdigit) or printable property, so the shim applies
//! `lltype::runtime::unicode::derived` instead. Each resource is written only
//! into jars of programs that may use it; the shim decodes a resource on
//! first use of a non-ASCII character (ASCII never needs the tables).
//!
//! Format (every number an unsigned LEB128 varint):
//! - `case_tables.bin`: the cased ranges, the ignorable ranges, then the
//!   upper, lower and title mappings;
//! - `char_classes.bin`: the alpha ranges, then the digit ranges;
//! - `printable.bin`: the printable ranges.
//!
//! - ranges: count, then per range `lo - next`, `hi - lo`, where `next` is
//!   one past the previous range's `hi` (0 at first);
//! - mapping: number of code points, number of records, then per record
//!   `first - next` (`next`: one past the previous record's last code
//!   point, 0 at first), `count`, `stride` (only when `count > 1`), the
//!   result's length in code points, and then either, for a one code point
//!   result, `zigzag(result - source)`, shared by the `count` code points
//!   `first, first + stride, ...`; or (`count` is then 1) the result's code
//!   points. Runs are what make it small: most mappings are a constant
//!   offset over a block (+32 for Cyrillic) or alternate (Latin Extended).

use lltype::ir::{Opcode, Program};
use lltype::runtime::unicode::derived::{case_tables, printable_ranges};

/// The jar entry names, next to the shim classes that read them.
pub const CASE_RESOURCE: &str = "rpy/rt/case_tables.bin";
pub const CLASSES_RESOURCE: &str = "rpy/rt/char_classes.bin";
pub const PRINTABLE_RESOURCE: &str = "rpy/rt/printable.bin";

/// The resources `program`'s jar needs, as (entry name, bytes); the same
/// bytes on every call, since the data is fixed.
///
/// The printable ranges go into every jar: `repr` of a str is reached not
/// only by the program's own `repr` but from inside the shim too (str() of
/// lists and dicts holding strings, KeyError messages, int() and float()
/// errors, open() errors), which the typed IR does not show. The native
/// backend carries them in every executable for the same reason.
pub fn resources(program: &Program) -> Vec<(String, Vec<u8>)> {
    let uses = |opcodes: &[Opcode]| {
        program
            .graphs
            .iter()
            .flat_map(|g| &g.blocks)
            .flat_map(|b| &b.ops)
            .any(|op| opcodes.contains(&op.opcode))
    };
    let mut out = Vec::new();
    if uses(&[Opcode::StrUpper, Opcode::StrLower, Opcode::StrCapitalize]) {
        out.push((CASE_RESOURCE.to_string(), encode_case()));
    }
    if uses(&[Opcode::StrIsAlpha, Opcode::StrIsDigit]) {
        out.push((CLASSES_RESOURCE.to_string(), encode_classes()));
    }
    out.push((PRINTABLE_RESOURCE.to_string(), encode_printable()));
    out
}

/// `case_tables.bin`.
pub fn encode_case() -> Vec<u8> {
    let tables = case_tables();
    let mut out = Vec::new();
    encode_ranges(&tables.cased, &mut out);
    encode_ranges(&tables.ignorable, &mut out);
    encode_mapping(&tables.upper, &mut out);
    encode_mapping(&tables.lower, &mut out);
    encode_mapping(&tables.title, &mut out);
    out
}

/// `char_classes.bin`.
pub fn encode_classes() -> Vec<u8> {
    let tables = case_tables();
    let mut out = Vec::new();
    encode_ranges(&tables.alpha, &mut out);
    encode_ranges(&tables.digit, &mut out);
    out
}

/// `printable.bin`.
pub fn encode_printable() -> Vec<u8> {
    let mut out = Vec::new();
    encode_ranges(printable_ranges(), &mut out);
    out
}

fn push_varint(mut value: u64, out: &mut Vec<u8>) {
    while value >= 0x80 {
        out.push((value as u8 & 0x7F) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

fn zigzag(value: i64) -> u64 {
    ((value << 1) ^ (value >> 63)) as u64
}

fn encode_ranges(ranges: &[(u32, u32)], out: &mut Vec<u8>) {
    push_varint(ranges.len() as u64, out);
    let mut next = 0u32;
    for &(lo, hi) in ranges {
        push_varint(u64::from(lo - next), out);
        push_varint(u64::from(hi - lo), out);
        next = hi + 1;
    }
}

/// One record: `count` code points `first, first + stride, ...`.
struct Record<'a> {
    first: u32,
    count: u32,
    stride: u32,
    result: &'a str,
}

/// The offset a one code point result adds to its source, if it is one.
fn single_offset(source: u32, result: &str) -> Option<i64> {
    let mut chars = result.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Some(i64::from(c as u32) - i64::from(source)),
        _ => None,
    }
}

/// Groups the mapping greedily into runs of one code point results with
/// the same offset and evenly spaced sources.
fn records(mapping: &[(u32, String)]) -> Vec<Record<'_>> {
    let mut out: Vec<Record> = Vec::new();
    let mut i = 0;
    while i < mapping.len() {
        let (first, ref result) = mapping[i];
        let mut record = Record {
            first,
            count: 1,
            stride: 1,
            result,
        };
        if let Some(offset) = single_offset(first, result) {
            let mut last = first;
            for (cp, next_result) in &mapping[i + 1..] {
                let stride = cp - last;
                let joins = single_offset(*cp, next_result) == Some(offset)
                    && (record.count == 1 || stride == record.stride);
                if !joins {
                    break;
                }
                record.stride = stride;
                record.count += 1;
                last = *cp;
            }
        }
        i += record.count as usize;
        out.push(record);
    }
    out
}

fn encode_mapping(mapping: &[(u32, String)], out: &mut Vec<u8>) {
    let records = records(mapping);
    push_varint(mapping.len() as u64, out);
    push_varint(records.len() as u64, out);
    let mut next = 0u32;
    for record in &records {
        push_varint(u64::from(record.first - next), out);
        push_varint(u64::from(record.count), out);
        if record.count > 1 {
            push_varint(u64::from(record.stride), out);
        }
        push_varint(record.result.chars().count() as u64, out);
        match single_offset(record.first, record.result) {
            Some(offset) => push_varint(zigzag(offset), out),
            None => {
                for c in record.result.chars() {
                    push_varint(u64::from(c as u32), out);
                }
            }
        }
        next = record.first + (record.count - 1) * record.stride + 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_varint(bytes: &[u8], pos: &mut usize) -> u64 {
        let mut value = 0u64;
        let mut shift = 0;
        loop {
            let b = bytes[*pos];
            *pos += 1;
            value |= u64::from(b & 0x7F) << shift;
            shift += 7;
            if b < 0x80 {
                return value;
            }
        }
    }

    /// Decodes ranges the way TableReader.java does, to check the encoder.
    fn decode_ranges(bytes: &[u8], pos: &mut usize) -> Vec<(u32, u32)> {
        let count = read_varint(bytes, pos);
        let mut out = Vec::new();
        let mut next = 0u32;
        for _ in 0..count {
            let lo = next + read_varint(bytes, pos) as u32;
            let hi = lo + read_varint(bytes, pos) as u32;
            out.push((lo, hi));
            next = hi + 1;
        }
        out
    }

    /// Decodes a mapping the way CaseMap.java does, to check the encoder.
    fn decode_mapping(bytes: &[u8], pos: &mut usize) -> Vec<(u32, String)> {
        let mut varint = || read_varint(bytes, pos);
        let total = varint() as usize;
        let records = varint();
        let mut out = Vec::with_capacity(total);
        let mut next = 0u32;
        for _ in 0..records {
            let first = next + varint() as u32;
            let count = varint() as u32;
            let stride = if count > 1 { varint() as u32 } else { 1 };
            let length = varint();
            if length == 1 {
                let z = varint();
                let offset = (z >> 1) as i64 ^ -((z & 1) as i64);
                for k in 0..count {
                    let cp = first + k * stride;
                    let to = char::from_u32((i64::from(cp) + offset) as u32).unwrap();
                    out.push((cp, to.to_string()));
                }
            } else {
                let result = (0..length)
                    .map(|_| char::from_u32(varint() as u32).unwrap())
                    .collect();
                out.push((first, result));
            }
            next = first + (count - 1) * stride + 1;
        }
        assert_eq!(out.len(), total);
        out
    }

    #[test]
    fn mappings_decode_to_the_reference_tables() {
        let tables = case_tables();
        for mapping in [&tables.upper, &tables.lower, &tables.title] {
            let mut bytes = Vec::new();
            encode_mapping(mapping, &mut bytes);
            let mut pos = 0;
            assert_eq!(&decode_mapping(&bytes, &mut pos), mapping);
            assert_eq!(pos, bytes.len());
        }
    }

    #[test]
    fn range_resources_decode_to_the_reference_tables() {
        let tables = case_tables();
        let bytes = encode_classes();
        let mut pos = 0;
        assert_eq!(decode_ranges(&bytes, &mut pos), tables.alpha);
        assert_eq!(decode_ranges(&bytes, &mut pos), tables.digit);
        assert_eq!(pos, bytes.len());
        let bytes = encode_printable();
        let mut pos = 0;
        assert_eq!(&decode_ranges(&bytes, &mut pos), printable_ranges());
        assert_eq!(pos, bytes.len());
    }
}
