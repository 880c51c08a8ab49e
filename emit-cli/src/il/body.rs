//! Method body layout (ECMA-335 II.25.4): a tiny or fat header, the code, and
//! for fat bodies the optional exception-handling data sections.

use super::encoder::Code;

/// One exception clause (II.25.4.6), in the fat form.
#[derive(Clone, Debug)]
pub struct ExceptionClause {
    /// 0 = typed catch (class_token names the type), 2 = finally.
    pub flags: u32,
    pub try_offset: u32,
    pub try_length: u32,
    pub handler_offset: u32,
    pub handler_length: u32,
    pub class_token: u32,
}

const TINY_FORMAT: u8 = 0x2;
const FAT_FORMAT: u16 = 0x3;
const MORE_SECTS: u16 = 0x8;
const INIT_LOCALS: u16 = 0x10;
const SECT_EH_TABLE: u8 = 0x1;
const SECT_FAT_FORMAT: u8 = 0x40;

/// Serializes a body. `locals_token` is the StandAloneSig token of the local
/// variable signature, 0 when there are no locals. Fat bodies must start on
/// a 4-byte boundary in the image; the caller aligns them.
pub fn method_body(code: &Code, locals_token: u32, clauses: &[ExceptionClause]) -> Vec<u8> {
    let mut out = Vec::new();
    let size = code.bytes.len();
    if size < 64 && code.max_stack <= 8 && locals_token == 0 && clauses.is_empty() {
        out.push(TINY_FORMAT | (size as u8) << 2);
        out.extend_from_slice(&code.bytes);
        return out;
    }
    // The header size in 4-byte units (3) sits in the top nibble of the flags.
    let mut flags = FAT_FORMAT | INIT_LOCALS | (3 << 12);
    if !clauses.is_empty() {
        flags |= MORE_SECTS;
    }
    out.extend_from_slice(&flags.to_le_bytes());
    out.extend_from_slice(&(code.max_stack as u16).to_le_bytes());
    out.extend_from_slice(&(size as u32).to_le_bytes());
    out.extend_from_slice(&locals_token.to_le_bytes());
    out.extend_from_slice(&code.bytes);
    if !clauses.is_empty() {
        out.resize(out.len().next_multiple_of(4), 0);
        let data_size = 4 + 24 * clauses.len() as u32;
        out.push(SECT_EH_TABLE | SECT_FAT_FORMAT);
        out.extend_from_slice(&data_size.to_le_bytes()[..3]);
        for c in clauses {
            for v in [
                c.flags,
                c.try_offset,
                c.try_length,
                c.handler_offset,
                c.handler_length,
                c.class_token,
            ] {
                out.extend_from_slice(&v.to_le_bytes());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_bodies_get_a_tiny_header() {
        let code = Code {
            bytes: vec![0x16, 0x2a],
            max_stack: 1,
            label_offsets: vec![],
        };
        assert_eq!(method_body(&code, 0, &[]), vec![0x0a, 0x16, 0x2a]);
    }

    #[test]
    fn locals_force_a_fat_header() {
        let code = Code {
            bytes: vec![0x2a],
            max_stack: 0,
            label_offsets: vec![],
        };
        let b = method_body(&code, 0x1100_0001, &[]);
        assert_eq!(&b[0..2], &[0x13, 0x30]);
        assert_eq!(&b[4..8], &[1, 0, 0, 0]);
        assert_eq!(&b[8..12], &[1, 0, 0, 0x11]);
        assert_eq!(b.len(), 13);
    }

    #[test]
    fn exception_clauses_follow_the_code_aligned() {
        let code = Code {
            bytes: vec![0x00, 0x2a],
            max_stack: 1,
            label_offsets: vec![],
        };
        let clause = ExceptionClause {
            flags: 0,
            try_offset: 0,
            try_length: 1,
            handler_offset: 1,
            handler_length: 1,
            class_token: 0x0100_0001,
        };
        let b = method_body(&code, 0, &[clause]);
        assert_eq!(b[0] & 0x08, 0x08);
        assert_eq!(&b[16..20], &[0x41, 28, 0, 0]);
        assert_eq!(b.len(), 16 + 4 + 24);
    }
}
