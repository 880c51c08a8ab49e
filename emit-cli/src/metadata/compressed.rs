//! Compressed unsigned integers (ECMA-335 II.23.2): 1, 2 or 4 bytes, big
//! endian, the top bits of the first byte telling the length. Used for blob
//! lengths and inside signatures.

pub fn write_compressed_u32(out: &mut Vec<u8>, v: u32) {
    if v < 0x80 {
        out.push(v as u8);
    } else if v < 0x4000 {
        out.extend_from_slice(&(0x8000 | v as u16).to_be_bytes());
    } else {
        assert!(v < 0x2000_0000, "compressed integer out of range: {v}");
        out.extend_from_slice(&(0xC000_0000 | v).to_be_bytes());
    }
}

/// Reads a compressed integer at `pos`, returning it and its length.
pub fn read_compressed_u32(bytes: &[u8], pos: usize) -> (u32, usize) {
    let b0 = bytes[pos] as u32;
    if b0 & 0x80 == 0 {
        (b0, 1)
    } else if b0 & 0xC0 == 0x80 {
        (((b0 & 0x3f) << 8) | bytes[pos + 1] as u32, 2)
    } else {
        let v = u32::from_be_bytes([bytes[pos], bytes[pos + 1], bytes[pos + 2], bytes[pos + 3]]);
        (v & 0x1fff_ffff, 4)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_of_ii_23_2() {
        for (v, enc) in [
            (0x03u32, vec![0x03u8]),
            (0x7f, vec![0x7f]),
            (0x80, vec![0x80, 0x80]),
            (0x2e57, vec![0xae, 0x57]),
            (0x3fff, vec![0xbf, 0xff]),
            (0x4000, vec![0xc0, 0x00, 0x40, 0x00]),
            (0x1fff_ffff, vec![0xdf, 0xff, 0xff, 0xff]),
        ] {
            let mut out = Vec::new();
            write_compressed_u32(&mut out, v);
            assert_eq!(out, enc, "{v:#x}");
            assert_eq!(read_compressed_u32(&out, 0), (v, enc.len()));
        }
    }
}
