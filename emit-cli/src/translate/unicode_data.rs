//! CPython 3.11's Unicode data that the runtime's own (mono's, older and
//! defined differently) must not decide, from `lltype::runtime::unicode`,
//! each table packed into one string constant of the program, so that a
//! program carries only the tables of the operations it uses:
//!
//! - `case_data`: the case mappings of `str.upper/lower/capitalize` and the
//!   Cased and Case_Ignorable ranges of lower()'s final-sigma rule, passed
//!   to the runtime's `CaseMapping.Upper/Lower/Capitalize` (`ldstr`) and
//!   decoded by `runtime-shims/cli/CaseMapping.cs`;
//! - `alpha_data`, `digit_data`: the ranges of `str.isalpha/isdigit`,
//!   passed to `Text.IsAlpha/IsDigit` the same way;
//! - `printable_data`: the ranges of the code points `repr` shows as they
//!   are, stored by `Main` in `Text.PrintableRanges` (repr of a str is also
//!   reached from inside the runtime: items of containers, KeyError and
//!   parse-error messages), in programs that may repr a str
//!   (`scan::may_repr_str`).
//!
//! The runtime decodes a table once, on the first code point outside ASCII
//! that needs it. A string is a sequence of code points (those above
//! U+FFFF as surrogate pairs). Counts and lengths are code points too,
//! always below U+D800.
//!
//! ```text
//! case     = mapping(upper) mapping(lower) mapping(title-over-upper)
//!            ranges(cased) ranges(ignorable)
//! alpha    = ranges(alpha)          digit = ranges(digit)
//! printable = ranges(printable)
//! mapping  = record-count { first count stride length target{length} }
//! ranges   = range-count { low high }      (inclusive, sorted)
//! ```
//!
//! A record maps `count` code points, `first + k * stride` for k below
//! `count`, to `target` with each of its code points moved by `k * stride`:
//! the runs of letters whose case is a constant distance away (a..z, the
//! alternating upper/lower pairs of Latin Extended) take one record each.
//! Title case is upper case but for a few code points, so its mapping holds
//! only those (a code point whose title case is itself maps to itself).

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use lltype::runtime::unicode::derived::{case_tables, printable_ranges};

/// The packed case tables (computed once per process; deterministic).
pub fn case_data() -> &'static str {
    static DATA: OnceLock<String> = OnceLock::new();
    DATA.get_or_init(|| {
        let t = case_tables();
        let mut out = String::new();
        pack_mapping(&t.upper, &mut out);
        pack_mapping(&t.lower, &mut out);
        pack_mapping(&title_over_upper(&t.upper, &t.title), &mut out);
        pack_ranges(&t.cased, &mut out);
        pack_ranges(&t.ignorable, &mut out);
        out
    })
}

/// The packed ranges of `str.isalpha`.
pub fn alpha_data() -> &'static str {
    static DATA: OnceLock<String> = OnceLock::new();
    DATA.get_or_init(|| packed_ranges(&case_tables().alpha))
}

/// The packed ranges of `str.isdigit`.
pub fn digit_data() -> &'static str {
    static DATA: OnceLock<String> = OnceLock::new();
    DATA.get_or_init(|| packed_ranges(&case_tables().digit))
}

/// The packed ranges of the code points `repr` leaves unescaped.
pub fn printable_data() -> &'static str {
    static DATA: OnceLock<String> = OnceLock::new();
    DATA.get_or_init(|| packed_ranges(printable_ranges()))
}

fn packed_ranges(ranges: &[(u32, u32)]) -> String {
    let mut out = String::new();
    pack_ranges(ranges, &mut out);
    out
}

/// The code points whose title case is not their upper case, with their
/// title case (themselves when unchanged), sorted.
fn title_over_upper(upper: &[(u32, String)], title: &[(u32, String)]) -> Vec<(u32, String)> {
    let upper: BTreeMap<u32, &str> = upper.iter().map(|(cp, to)| (*cp, to.as_str())).collect();
    let title: BTreeMap<u32, &str> = title.iter().map(|(cp, to)| (*cp, to.as_str())).collect();
    let changed: BTreeSet<u32> = upper.keys().chain(title.keys()).copied().collect();
    changed
        .into_iter()
        .filter(|cp| upper.get(cp) != title.get(cp))
        .map(|cp| {
            let to = title.get(&cp).map_or_else(
                || char::from_u32(cp).expect("a code point").to_string(),
                |to| to.to_string(),
            );
            (cp, to)
        })
        .collect()
}

/// A count or length as a code point (they stay far below the surrogates).
fn push_number(n: usize, out: &mut String) {
    let c = u32::try_from(n)
        .ok()
        .filter(|n| *n < 0xD800)
        .and_then(char::from_u32)
        .expect("table counts stay below U+D800");
    out.push(c);
}

fn push_code_point(cp: u32, out: &mut String) {
    out.push(char::from_u32(cp).expect("tables hold code points, not surrogates"));
}

/// One run of `mapping`: consecutive entries a constant stride apart whose
/// single-code-point targets are the same distance from their sources.
struct Run {
    first: u32,
    count: usize,
    stride: u32,
}

fn single(target: &str) -> Option<u32> {
    let mut cs = target.chars();
    match (cs.next(), cs.next()) {
        (Some(c), None) => Some(c as u32),
        _ => None,
    }
}

/// The entries of `mapping` grouped into runs, greedily from the start.
fn runs(mapping: &[(u32, String)]) -> Vec<Run> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < mapping.len() {
        let (first, target) = &mapping[i];
        let mut count = 1;
        let mut stride = 0;
        if let (Some(t0), Some((next, _))) = (single(target), mapping.get(i + 1)) {
            let delta = i64::from(*first) - i64::from(t0);
            let same_distance = |cp: u32, to: &str| {
                single(to).is_some_and(|t| i64::from(cp) - i64::from(t) == delta)
            };
            stride = next - first;
            while let Some((cp, to)) = mapping.get(i + count) {
                if *cp != first + count as u32 * stride || !same_distance(*cp, to) {
                    break;
                }
                count += 1;
            }
            if count == 1 {
                stride = 0;
            }
        }
        out.push(Run {
            first: *first,
            count,
            stride,
        });
        i += count;
    }
    out
}

fn pack_mapping(mapping: &[(u32, String)], out: &mut String) {
    let index: BTreeMap<u32, &str> = mapping.iter().map(|(cp, to)| (*cp, to.as_str())).collect();
    let runs = runs(mapping);
    push_number(runs.len(), out);
    for run in &runs {
        let target = index[&run.first];
        push_code_point(run.first, out);
        push_number(run.count, out);
        push_number(run.stride as usize, out);
        push_number(target.chars().count(), out);
        out.push_str(target);
    }
}

fn pack_ranges(ranges: &[(u32, u32)], out: &mut String) {
    push_number(ranges.len(), out);
    for (lo, hi) in ranges {
        push_code_point(*lo, out);
        push_code_point(*hi, out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the packed mappings back and compares them with the tables.
    #[test]
    fn packed_tables_decode_to_the_derived_ones() {
        let data: Vec<u32> = case_data().chars().map(|c| c as u32).collect();
        let mut pos = 0;
        let mut next = || {
            pos += 1;
            data[pos - 1]
        };
        let t = case_tables();
        let mut upper = Vec::new();
        for (table, expected) in [&t.upper, &t.lower, &t.title].into_iter().enumerate() {
            let mut decoded = Vec::new();
            for _ in 0..next() {
                let (first, count, stride, len) = (next(), next(), next(), next());
                let target: Vec<u32> = (0..len).map(|_| next()).collect();
                for k in 0..count {
                    let moved = target
                        .iter()
                        .map(|c| char::from_u32(c + k * stride).unwrap());
                    decoded.push((first + k * stride, moved.collect::<String>()));
                }
            }
            if table == 2 {
                // Title case: upper case with these overrides.
                let mut title: BTreeMap<u32, String> = upper.iter().cloned().collect();
                title.extend(decoded);
                title.retain(|cp, to| *to != char::from_u32(*cp).unwrap().to_string());
                decoded = title.into_iter().collect();
            }
            assert_eq!(&decoded, expected);
            if table == 0 {
                upper = decoded;
            }
        }
        for expected in [&t.cased, &t.ignorable] {
            let decoded: Vec<(u32, u32)> = (0..next()).map(|_| (next(), next())).collect();
            assert_eq!(&decoded, expected);
        }
        assert_eq!(pos, data.len());
    }

    fn decode_ranges(packed: &str) -> Vec<(u32, u32)> {
        let data: Vec<u32> = packed.chars().map(|c| c as u32).collect();
        let pairs = &data[1..];
        assert_eq!(pairs.len(), 2 * data[0] as usize);
        pairs.chunks(2).map(|p| (p[0], p[1])).collect()
    }

    #[test]
    fn packed_ranges_decode_to_the_derived_ones() {
        let t = case_tables();
        assert_eq!(decode_ranges(alpha_data()), t.alpha);
        assert_eq!(decode_ranges(digit_data()), t.digit);
        assert_eq!(&decode_ranges(printable_data()), printable_ranges());
        eprintln!(
            "alpha {} digit {} printable {} ranges: {} + {} + {} UTF-16 units",
            t.alpha.len(),
            t.digit.len(),
            printable_ranges().len(),
            alpha_data().encode_utf16().count(),
            digit_data().encode_utf16().count(),
            printable_data().encode_utf16().count()
        );
    }

    #[test]
    fn packed_tables_are_small() {
        let t = case_tables();
        let units = case_data().encode_utf16().count();
        let title = title_over_upper(&t.upper, &t.title);
        eprintln!(
            "upper {} lower {} title {} ({} over upper) cased {} ignorable {}: {} records, {} UTF-16 units",
            t.upper.len(),
            t.lower.len(),
            t.title.len(),
            title.len(),
            t.cased.len(),
            t.ignorable.len(),
            runs(&t.upper).len() + runs(&t.lower).len() + runs(&title).len(),
            units
        );
        assert!(units < 6_000, "{units} UTF-16 units");
    }
}
