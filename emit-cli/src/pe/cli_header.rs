//! The CLI header (ECMA-335 II.25.3.3): runtime version, where the metadata
//! is, the flags and the entry point token.

use byteorder::{LittleEndian, WriteBytesExt};

use super::layout::CLI_HEADER_SIZE;

const COMIMAGE_FLAGS_ILONLY: u32 = 0x1;

pub fn write_cli_header(
    out: &mut Vec<u8>,
    metadata_rva: u32,
    metadata_size: u32,
    entry_token: u32,
) {
    let start = out.len();
    let w = |out: &mut Vec<u8>, v: u32| out.write_u32::<LittleEndian>(v).unwrap();
    w(out, CLI_HEADER_SIZE); // Cb
    out.write_u16::<LittleEndian>(2).unwrap(); // MajorRuntimeVersion
    out.write_u16::<LittleEndian>(5).unwrap(); // MinorRuntimeVersion
    w(out, metadata_rva);
    w(out, metadata_size);
    w(out, COMIMAGE_FLAGS_ILONLY);
    w(out, entry_token);
    // Resources, StrongNameSignature, CodeManagerTable, VTableFixups,
    // ExportAddressTableJumps, ManagedNativeHeader: all absent.
    for _ in 0..12 {
        w(out, 0);
    }
    debug_assert_eq!(out.len() - start, CLI_HEADER_SIZE as usize);
}
