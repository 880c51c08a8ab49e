//! The case mappings of `str.upper/lower/capitalize` and the Cased and
//! Case_Ignorable ranges of lower()'s final-sigma rule, from
//! `lltype::runtime::unicode::derived::case_tables` (CPython 3.11's data),
//! packed into one string constant that the program passes to the runtime's
//! `Text.Upper/Lower/Capitalize` (`ldstr`, so a program that never maps
//! case carries none of it). The runtime (`runtime-shims/cli/CaseMapping.cs`)
//! decodes it once, on the first non-ASCII string it maps.
//!
//! The string is a sequence of code points (those above U+FFFF as surrogate
//! pairs). Counts and lengths are code points too, always below U+D800.
//!
//! ```text
//! data     = mapping(upper) mapping(lower) mapping(title-over-upper)
//!            ranges(cased) ranges(ignorable)
//! mapping  = record-count { first count stride length target{length} }
//! ranges   = range-count { low high }
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

use lltype::runtime::unicode::derived::case_tables;

/// The packed tables (computed once per process; deterministic).
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
        .expect("case table counts stay below U+D800");
    out.push(c);
}

fn push_code_point(cp: u32, out: &mut String) {
    out.push(char::from_u32(cp).expect("case tables hold code points, not surrogates"));
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
