//! A small reader of what this crate writes: enough of the PE and metadata
//! structure to check the writer from its output bytes (tests, debugging).
//! It follows ECMA-335 independently of the writer's own layout constants.

use std::collections::BTreeMap;

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}
fn u32_at(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

#[derive(Debug)]
pub struct ReadImage {
    pub entry_token: u32,
    /// File offset of the metadata root.
    pub metadata_offset: usize,
    /// Stream name -> (file offset, size).
    pub streams: BTreeMap<String, (usize, usize)>,
    pub heap_sizes: u8,
    /// Table number -> row count, for the tables present.
    pub row_counts: BTreeMap<u8, u32>,
    /// File offset of the first table row.
    pub tables_offset: usize,
}

pub fn read_image(b: &[u8]) -> Result<ReadImage, String> {
    if &b[0..2] != b"MZ" {
        return Err("no MZ signature".into());
    }
    let pe = u32_at(b, 0x3c) as usize;
    if &b[pe..pe + 4] != b"PE\0\0" {
        return Err("no PE signature".into());
    }
    let coff = pe + 4;
    let sections = u16_at(b, coff + 2) as usize;
    let opt = coff + 20;
    let opt_size = u16_at(b, coff + 16) as usize;
    if u16_at(b, opt) != 0x10b {
        return Err("not a PE32 optional header".into());
    }
    // Data directory 14 (CLI header) at offset 96 + 14 * 8 of the optional header.
    let cli_rva = u32_at(b, opt + 96 + 14 * 8);
    let section_table = opt + opt_size;
    let to_offset = |rva: u32| -> Result<usize, String> {
        for i in 0..sections {
            let s = section_table + 40 * i;
            let (vsize, va, raw) = (u32_at(b, s + 8), u32_at(b, s + 12), u32_at(b, s + 20));
            if rva >= va && rva < va + vsize {
                return Ok((rva - va + raw) as usize);
            }
        }
        Err(format!("RVA {rva:#x} is in no section"))
    };
    let cli = to_offset(cli_rva)?;
    let metadata_offset = to_offset(u32_at(b, cli + 8))?;
    let entry_token = u32_at(b, cli + 20);
    let m = metadata_offset;
    if u32_at(b, m) != 0x424A_5342 {
        return Err("no BSJB signature".into());
    }
    let version_len = u32_at(b, m + 12) as usize;
    let mut at = m + 16 + version_len + 2;
    let count = u16_at(b, at) as usize;
    at += 2;
    let mut streams = BTreeMap::new();
    for _ in 0..count {
        let off = u32_at(b, at) as usize;
        let size = u32_at(b, at + 4) as usize;
        at += 8;
        let end = b[at..].iter().position(|c| *c == 0).unwrap();
        let name = String::from_utf8_lossy(&b[at..at + end]).into_owned();
        at += (end + 1).div_ceil(4) * 4;
        streams.insert(name, (m + off, size));
    }
    let (t, _) = *streams.get("#~").ok_or("no #~ stream")?;
    let heap_sizes = b[t + 6];
    let valid = u64::from_le_bytes(b[t + 8..t + 16].try_into().unwrap());
    let mut row_counts = BTreeMap::new();
    let mut at = t + 24;
    for table in 0..64u8 {
        if valid & (1 << table) != 0 {
            row_counts.insert(table, u32_at(b, at));
            at += 4;
        }
    }
    Ok(ReadImage {
        entry_token,
        metadata_offset,
        streams,
        heap_sizes,
        row_counts,
        tables_offset: at,
    })
}

impl ReadImage {
    /// The zero-terminated string at `index` of #Strings.
    pub fn string(&self, b: &[u8], index: u32) -> String {
        let (off, _) = self.streams["#Strings"];
        let start = off + index as usize;
        let end = b[start..].iter().position(|c| *c == 0).unwrap();
        String::from_utf8_lossy(&b[start..start + end]).into_owned()
    }
}
