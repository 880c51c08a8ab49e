//! The MS-DOS header (ECMA-335 II.25.2.1). The loader reads only the "MZ"
//! magic and `e_lfanew`, the file offset of the PE signature; the other
//! fields are left zero, and no DOS program follows.

use super::layout::PE_SIGNATURE_OFFSET;

pub fn write_dos_header(out: &mut Vec<u8>) {
    let start = out.len();
    out.extend_from_slice(b"MZ");
    out.resize(start + 0x3c, 0);
    out.extend_from_slice(&PE_SIGNATURE_OFFSET.to_le_bytes());
    out.resize(start + PE_SIGNATURE_OFFSET as usize, 0);
}
