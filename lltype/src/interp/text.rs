//! `Text`, the run-time str: immutable UTF-8 with its code-point count, its
//! hash and (for non-ASCII text) a sparse code-point index cached, so that
//! `len`, `s[i]`, slicing and dict lookups cost what they cost in CPython.

use std::cell::{Cell, OnceCell};
use std::fmt;

/// A checkpoint every this many code points in the index of non-ASCII text.
const STRIDE: usize = 32;

pub struct Text {
    /// A String (not a Box<str>) so that a uniquely owned Text can grow in
    /// place (`push_text`).
    text: String,
    nchars: usize,
    /// 0 until computed (a real hash of 0 is just recomputed each time).
    hash: Cell<u64>,
    /// Byte offset of every STRIDE-th code point; built on first indexing.
    index: OnceCell<Box<[usize]>>,
}

impl Text {
    pub fn new(s: &str) -> Text {
        Text::with_len(s.into(), s.chars().count())
    }
    pub fn from_string(s: String) -> Text {
        let nchars = s.chars().count();
        Text::with_len(s, nchars)
    }
    /// Text whose code-point count the caller already knows (concatenation,
    /// slicing), saving a pass over it.
    pub fn with_len(text: String, nchars: usize) -> Text {
        debug_assert_eq!(text.chars().count(), nchars);
        Text {
            text,
            nchars,
            hash: Cell::new(0),
            index: OnceCell::new(),
        }
    }
    pub fn as_str(&self) -> &str {
        &self.text
    }
    /// Length in code points.
    pub fn char_len(&self) -> usize {
        self.nchars
    }
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.text.len()
    }

    /// Appends `other` (for a Text nobody else references: strs are
    /// immutable to the program).
    pub fn push_text(&mut self, other: &Text) {
        self.text.push_str(&other.text);
        self.nchars += other.nchars;
        self.hash.set(0);
        self.index = OnceCell::new();
    }

    /// The byte offset of code point `i` (`i <= char_len()`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() || i == 0 {
            return i.min(self.text.len());
        }
        if i >= self.nchars {
            return self.text.len();
        }
        let index = self.index.get_or_init(|| {
            self.text
                .char_indices()
                .step_by(STRIDE)
                .map(|(b, _)| b)
                .collect()
        });
        let from = index[i / STRIDE];
        self.text[from..]
            .char_indices()
            .nth(i % STRIDE)
            .map_or(self.text.len(), |(b, _)| from + b)
    }

    /// The code point at `index` (already known to be in range).
    pub fn char_at(&self, index: usize) -> char {
        if self.is_ascii() {
            self.text.as_bytes()[index] as char
        } else {
            self.text[self.byte_offset(index)..]
                .chars()
                .next()
                .expect("index checked by caller")
        }
    }

    /// The text between code-point indexes `start..stop` (already clamped).
    pub fn char_slice(&self, start: usize, stop: usize) -> &str {
        if start >= stop {
            return "";
        }
        &self.text[self.byte_offset(start)..self.byte_offset(stop)]
    }

    /// The hash computed by `compute` on first use, then cached (strs are
    /// immutable, and dict-heavy programs hash the same keys over and over).
    pub fn cached_hash(&self, compute: impl FnOnce(&str) -> u64) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        let h = compute(&self.text);
        self.hash.set(h);
        h
    }
}

impl fmt::Debug for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.text, f)
    }
}

#[cfg(test)]
mod tests {
    use super::Text;

    #[test]
    fn indexing_non_ascii_text() {
        let s: String = (0..200)
            .map(|i| {
                if i % 3 == 0 {
                    'é'
                } else {
                    (b'a' + (i % 26) as u8) as char
                }
            })
            .collect();
        let t = Text::new(&s);
        let chars: Vec<char> = s.chars().collect();
        for (i, c) in chars.iter().enumerate() {
            assert_eq!(t.char_at(i), *c);
        }
        assert_eq!(
            t.char_slice(31, 70),
            chars[31..70].iter().collect::<String>()
        );
        assert_eq!(t.char_slice(0, 200), s);
        assert_eq!(t.byte_offset(200), s.len());
    }
}
