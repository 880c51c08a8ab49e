//! Robustness property test: `rpython check` never panics or crashes.
//!
//! The corpus sources (valid and invalid programs) are mutated with a tiny
//! deterministic xorshift PRNG (deleted, duplicated and swapped lines, random
//! tokens, random bytes including invalid UTF-8 and NUL, truncation) into a
//! few hundred mutants.  `rpython check` on each must exit with status 0 or
//! 1 — never a panic, a signal or a hang — and must not print `panicked` or
//! `RUST_BACKTRACE`.  Failing inputs are kept under Cargo's target tmp
//! directory and their paths printed.
//!
//! `FUZZ_MUTANTS=n` changes the number of mutants, `FUZZ_SEED=n` the seed.

mod common;

use common::*;
use std::fs;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const DEFAULT_MUTANTS: usize = 400;
const DEFAULT_SEED: u64 = 0x5EED_2026_C0DE_F00D;
const TIMEOUT: Duration = Duration::from_secs(20);

/// xorshift64* — small, deterministic, good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(if seed == 0 {
            0x9E37_79B9_7F4A_7C15
        } else {
            seed
        })
    }
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    /// Uniform-ish in `0..n` (`n > 0`).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const TOKENS: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ".",
    "=",
    "==",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "<<",
    ">>",
    "->",
    "\\",
    "#",
    "\"",
    "'",
    "\"\"\"",
    "'''",
    "\t",
    "    ",
    "\n",
    "\r",
    "\r\n",
    "def",
    "class",
    "lambda",
    "yield",
    "return",
    "global x",
    "nonlocal y",
    "if",
    "elif",
    "else",
    "while",
    "for",
    "in",
    "not",
    "and",
    "or",
    "is",
    "None",
    "True",
    "try:",
    "except",
    "finally:",
    "raise",
    "with",
    "import",
    "from",
    "as",
    "pass",
    "break",
    "continue",
    "del",
    "assert",
    "async",
    "await",
    "0x",
    "1e",
    "1_",
    "0o9",
    "9",
    "3.",
    "f\"{",
    "}\"",
    "b'",
    "r'",
    "é",
    "😀",
    "\u{200b}",
    "\u{feff}",
    "x.y",
    "self",
    "super()",
    "entry_point",
    "print(",
    "*args",
    "**kw",
    ";",
];

fn random_bytes(rng: &mut Rng) -> Vec<u8> {
    const SPECIAL: &[u8] = &[
        0x00, 0xff, 0xfe, 0xc3, 0xe2, 0xf0, 0x80, 0xbf, 0x0b, 0x0c, 0x1b, 0x7f,
    ];
    let n = 1 + rng.below(8);
    (0..n)
        .map(|_| {
            if rng.below(2) == 0 {
                SPECIAL[rng.below(SPECIAL.len())]
            } else {
                rng.below(256) as u8
            }
        })
        .collect()
}

fn split_lines(src: &[u8]) -> Vec<Vec<u8>> {
    src.split_inclusive(|&b| b == b'\n')
        .map(|l| l.to_vec())
        .collect()
}

/// Apply one random mutation to `src`.
fn mutate_once(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let mut lines = split_lines(src);
    match rng.below(11) {
        9 | 10 => retype_word(rng, src),

        0 if !lines.is_empty() => {
            let i = rng.below(lines.len());
            lines.remove(i);
            lines.concat()
        }
        1 if !lines.is_empty() => {
            let i = rng.below(lines.len());
            let l = lines[i].clone();
            lines.insert(rng.below(lines.len() + 1), l);
            lines.concat()
        }
        2 if lines.len() > 1 => {
            let i = rng.below(lines.len());
            let j = rng.below(lines.len());
            lines.swap(i, j);
            lines.concat()
        }
        3 | 4 => {
            let mut out = src.to_vec();
            let pos = rng.below(out.len() + 1);
            let tok = TOKENS[rng.below(TOKENS.len())].as_bytes();
            let reps = if rng.below(8) == 0 {
                1 + rng.below(40)
            } else {
                1
            };
            let ins: Vec<u8> = tok.repeat(reps);
            out.splice(pos..pos, ins);
            out
        }
        5 => {
            let mut out = src.to_vec();
            let pos = rng.below(out.len() + 1);
            out.splice(pos..pos, random_bytes(rng));
            out
        }
        6 => {
            let mut out = src.to_vec();
            out.truncate(rng.below(out.len() + 1));
            out
        }
        7 if !src.is_empty() => {
            // Replace one byte in place.
            let mut out = src.to_vec();
            let pos = rng.below(out.len());
            out[pos] = random_bytes(rng)[0];
            out
        }
        _ => {
            // Re-indent a random line by a random amount.
            if lines.is_empty() {
                return src.to_vec();
            }
            let i = rng.below(lines.len());
            let indent = b" ".repeat(rng.below(9));
            let trimmed: Vec<u8> = lines[i]
                .iter()
                .copied()
                .skip_while(|&b| b == b' ')
                .collect();
            lines[i] = [indent, trimmed].concat();
            lines.concat()
        }
    }
}

fn env_number(name: &str, default: u64) -> u64 {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

#[test]
fn check_never_panics_on_mutants() {
    let count = env_number("FUZZ_MUTANTS", DEFAULT_MUTANTS as u64) as usize;
    let mut rng = Rng::new(env_number("FUZZ_SEED", DEFAULT_SEED));

    let mut sources: Vec<(String, Vec<u8>)> = Vec::new();
    let mut helpers: Vec<PathBuf> = Vec::new();
    for entry in fs::read_dir(corpus_dir()).unwrap() {
        let path = entry.unwrap().path();
        let name = file_name(&path);
        if name.starts_with("mod_") && name.ends_with(".py") {
            helpers.push(path.clone());
        }
    }
    for path in corpus_programs().into_iter().chain(error_programs()) {
        sources.push((file_name(&path), fs::read(&path).unwrap()));
    }
    sources.sort();
    assert!(!sources.is_empty(), "no corpus sources to mutate");

    // Helper modules are copied next to the mutants so imports resolve.
    let dir = scratch_dir("fuzz");
    for h in &helpers {
        fs::copy(h, dir.join(file_name(h))).unwrap();
    }
    let mut jobs: Vec<(usize, String, PathBuf)> = Vec::new();
    for n in 0..count {
        let (origin, src) = &sources[rng.below(sources.len())];
        let mut m = src.clone();
        for _ in 0..1 + rng.below(3) {
            m = mutate_once(&mut rng, &m);
        }
        let path = dir.join(format!("mutant_{:04}.py", n));
        fs::write(&path, &m).unwrap();
        jobs.push((n, origin.clone(), path));
    }

    let start = Instant::now();
    let results = parallel_map(jobs, worker_count(), |(n, origin, path)| {
        let out = run_captured(
            rpython_command(&["check".to_string(), path.to_string_lossy().into_owned()]),
            path.parent().unwrap(),
            &format!("mutant_{:04}", n),
            TIMEOUT,
        );
        let stderr = out.stderr_text();
        let ok = matches!(out.code, Some(0) | Some(1))
            && !stderr.contains("panicked")
            && !stderr.contains("RUST_BACKTRACE");
        if ok {
            None
        } else {
            Some(format!(
                "mutant of {}: {}\n  input kept at {}\n{}",
                origin,
                out.status_text(),
                path.display(),
                excerpt(&stderr, 12)
            ))
        }
    });
    let failures: Vec<String> = results.into_iter().flatten().collect();
    for f in &failures {
        eprintln!("{}", f);
    }
    eprintln!(
        "{} mutants checked in {:.1}s: {} passed, {} failed",
        count,
        start.elapsed().as_secs_f64(),
        count - failures.len(),
        failures.len()
    );
    if failures.is_empty() {
        let _ = fs::remove_dir_all(&dir);
    } else {
        panic!(
            "rpython check crashed on {} of {} mutants; inputs kept in {}",
            failures.len(),
            count,
            dir.display()
        );
    }
}

#[test]
fn mutations_are_deterministic() {
    let src = b"def f(x):\n    return x\n\ndef entry_point(argv):\n    return 0\n";
    let run = |seed| {
        let mut rng = Rng::new(seed);
        (0..50)
            .map(|_| mutate_once(&mut rng, src))
            .collect::<Vec<_>>()
    };
    assert_eq!(run(7), run(7));
    assert_ne!(run(7), run(8));
}

/// Values of every type the dialect knows, to put where another type was.
const VALUES: &[&str] = &[
    "\"x\"",
    "1",
    "1.5",
    "None",
    "[1]",
    "{}",
    "(1, \"a\")",
    "True",
    "b\"z\"",
    "[]",
    "[None]",
    "{1: \"a\"}",
    "argv",
    "len",
    "print",
    "Exception(\"e\")",
    "self",
    "range(3)",
];

/// Replaces one word or number with a value of another type: the program
/// stays syntactically valid, so the annotator and rtyper get exercised.
fn retype_word(rng: &mut Rng, src: &[u8]) -> Vec<u8> {
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let starts: Vec<usize> = (0..src.len())
        .filter(|&i| is_word(src[i]) && (i == 0 || !is_word(src[i - 1])))
        .collect();
    if starts.is_empty() {
        return src.to_vec();
    }
    let start = starts[rng.below(starts.len())];
    let end = (start..src.len())
        .find(|&i| !is_word(src[i]))
        .unwrap_or(src.len());
    let mut out = src.to_vec();
    out.splice(start..end, VALUES[rng.below(VALUES.len())].bytes());
    out
}
