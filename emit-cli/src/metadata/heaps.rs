//! The four metadata heaps (ECMA-335 II.24.2.2 - II.24.2.4): #Strings, #US,
//! #Blob and #GUID. Each deduplicates its entries, so an identical name or
//! signature used twice costs one index, and indexes are stable as soon as an
//! entry is added (tables refer to them before the heaps are written).

use std::collections::HashMap;

use super::compressed::write_compressed_u32;

/// Index into a heap, as stored in a table column.
pub type HeapIndex = u32;

/// #Strings: UTF-8, zero-terminated. Offset 0 is the empty string.
#[derive(Debug)]
pub struct StringHeap {
    bytes: Vec<u8>,
    seen: HashMap<String, HeapIndex>,
}

impl Default for StringHeap {
    fn default() -> Self {
        let mut seen = HashMap::new();
        seen.insert(String::new(), 0);
        StringHeap {
            bytes: vec![0],
            seen,
        }
    }
}

impl StringHeap {
    pub fn add(&mut self, s: &str) -> HeapIndex {
        if let Some(&i) = self.seen.get(s) {
            return i;
        }
        let i = self.bytes.len() as HeapIndex;
        self.bytes.extend_from_slice(s.as_bytes());
        self.bytes.push(0);
        self.seen.insert(s.to_string(), i);
        i
    }
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
    /// The string at `index` (for listings).
    pub fn get(&self, index: HeapIndex) -> &str {
        let tail = &self.bytes[index as usize..];
        let end = tail.iter().position(|b| *b == 0).unwrap_or(tail.len());
        std::str::from_utf8(&tail[..end]).unwrap_or("?")
    }
}

/// #Blob: each entry is its compressed length then its bytes. Offset 0 is the
/// empty blob.
#[derive(Debug)]
pub struct BlobHeap {
    bytes: Vec<u8>,
    seen: HashMap<Vec<u8>, HeapIndex>,
}

impl Default for BlobHeap {
    fn default() -> Self {
        let mut seen = HashMap::new();
        seen.insert(Vec::new(), 0);
        BlobHeap {
            bytes: vec![0],
            seen,
        }
    }
}

impl BlobHeap {
    /// The blob at `index` (for listings).
    pub fn get(&self, index: HeapIndex) -> &[u8] {
        let (len, n) = super::compressed::read_compressed_u32(&self.bytes, index as usize);
        let start = index as usize + n;
        &self.bytes[start..start + len as usize]
    }
    pub fn add(&mut self, blob: &[u8]) -> HeapIndex {
        if let Some(&i) = self.seen.get(blob) {
            return i;
        }
        let i = self.bytes.len() as HeapIndex;
        write_compressed_u32(&mut self.bytes, blob.len() as u32);
        self.bytes.extend_from_slice(blob);
        self.seen.insert(blob.to_vec(), i);
        i
    }
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

/// #US: the string literals of `ldstr`, as UTF-16LE with a trailing flag byte
/// (II.24.2.4). Offset 0 is reserved.
#[derive(Debug)]
pub struct UserStringHeap {
    bytes: Vec<u8>,
    seen: HashMap<String, HeapIndex>,
}

impl Default for UserStringHeap {
    fn default() -> Self {
        UserStringHeap {
            bytes: vec![0],
            seen: HashMap::new(),
        }
    }
}

impl UserStringHeap {
    pub fn add(&mut self, s: &str) -> HeapIndex {
        if let Some(&i) = self.seen.get(s) {
            return i;
        }
        let i = self.bytes.len() as HeapIndex;
        let units: Vec<u16> = s.encode_utf16().collect();
        write_compressed_u32(&mut self.bytes, units.len() as u32 * 2 + 1);
        let mut special = false;
        for u in &units {
            self.bytes.extend_from_slice(&u.to_le_bytes());
            special |= needs_special_handling(*u);
        }
        self.bytes.push(special as u8);
        self.seen.insert(s.to_string(), i);
        i
    }
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
    /// The literal at `index` (for listings).
    pub fn get(&self, index: HeapIndex) -> String {
        let (len, n) = super::compressed::read_compressed_u32(&self.bytes, index as usize);
        let start = index as usize + n;
        let units: Vec<u16> = self.bytes[start..start + (len as usize - 1)]
            .chunks(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    }
}

/// The terminal byte of a #US entry is 1 when some code unit has a non-zero
/// high byte or is one of the low bytes II.24.2.4 lists.
fn needs_special_handling(u: u16) -> bool {
    u > 0xff || matches!(u, 0x01..=0x08 | 0x0e..=0x1f | 0x27 | 0x2d | 0x7f)
}

/// #GUID: 16-byte entries, indexed from 1 (0 means "no GUID").
#[derive(Debug, Default)]
pub struct GuidHeap {
    bytes: Vec<u8>,
}

impl GuidHeap {
    pub fn add(&mut self, guid: [u8; 16]) -> HeapIndex {
        self.bytes.extend_from_slice(&guid);
        (self.bytes.len() / 16) as HeapIndex
    }
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_deduplicated_and_zero_terminated() {
        let mut h = StringHeap::default();
        assert_eq!(h.add(""), 0);
        let a = h.add("Main");
        assert_eq!(a, 1);
        assert_eq!(h.add("Main"), a);
        assert_eq!(h.add("x"), 6);
        assert_eq!(h.bytes(), b"\0Main\0x\0");
    }

    #[test]
    fn blobs_carry_a_compressed_length() {
        let mut h = BlobHeap::default();
        let i = h.add(&[0x00, 0x00, 0x01]);
        assert_eq!(i, 1);
        assert_eq!(h.add(&[0x00, 0x00, 0x01]), 1);
        let big = vec![7u8; 200];
        let j = h.add(&big);
        assert_eq!(&h.bytes()[j as usize..j as usize + 2], &[0x80, 200]);
    }

    #[test]
    fn user_strings_are_utf16_with_a_flag_byte() {
        let mut h = UserStringHeap::default();
        let i = h.add("hi") as usize;
        assert_eq!(&h.bytes()[i..i + 6], &[5, b'h', 0, b'i', 0, 0]);
        let j = h.add("é€") as usize;
        assert_eq!(h.bytes()[j], 5);
        assert_eq!(h.bytes()[j + 5], 1);
    }
}
