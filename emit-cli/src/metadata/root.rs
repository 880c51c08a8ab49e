//! The metadata root (ECMA-335 II.24.2.1): signature, version string and the
//! stream headers, followed by the streams themselves.

use byteorder::{LittleEndian, WriteBytesExt};

use super::builder::MetadataBuilder;
use super::tables_stream::write_tables_stream;

/// The runtime version the assembly asks for; mono maps it to its 4.x profile.
const VERSION: &str = "v4.0.30319";
const SIGNATURE: u32 = 0x424A_5342; // "BSJB"

/// The serialized metadata, and where the #GUID heap starts in it (so the
/// module's MVID can be patched once the whole image is known).
pub struct Metadata {
    pub bytes: Vec<u8>,
    pub guid_heap_offset: usize,
}

pub fn write_metadata(md: &MetadataBuilder) -> Metadata {
    let padded = |b: &[u8]| {
        let mut v = b.to_vec();
        v.resize(v.len().next_multiple_of(4), 0);
        v
    };
    let streams: Vec<(&str, Vec<u8>)> = vec![
        ("#~", write_tables_stream(md)),
        ("#Strings", padded(md.strings.bytes())),
        ("#US", padded(md.user_strings.bytes())),
        ("#GUID", padded(md.guids.bytes())),
        ("#Blob", padded(md.blobs.bytes())),
    ];
    let mut version = VERSION.as_bytes().to_vec();
    version.push(0);
    version.resize(version.len().next_multiple_of(4), 0);
    // Header size: 16 fixed bytes + version + 4 (flags, stream count) + the
    // stream headers (offset, size, name padded to 4 with at least one NUL).
    let header_name_len = |n: &str| (n.len() + 1).div_ceil(4) * 4;
    let header_len = 16
        + version.len()
        + 4
        + streams
            .iter()
            .map(|(n, _)| 8 + header_name_len(n))
            .sum::<usize>();

    let mut out = Vec::new();
    out.write_u32::<LittleEndian>(SIGNATURE).unwrap();
    out.write_u16::<LittleEndian>(1).unwrap(); // MajorVersion
    out.write_u16::<LittleEndian>(1).unwrap(); // MinorVersion
    out.write_u32::<LittleEndian>(0).unwrap(); // Reserved
    out.write_u32::<LittleEndian>(version.len() as u32).unwrap();
    out.extend_from_slice(&version);
    out.write_u16::<LittleEndian>(0).unwrap(); // Flags
    out.write_u16::<LittleEndian>(streams.len() as u16).unwrap();
    let mut offset = header_len;
    let mut guid_heap_offset = 0;
    for (name, body) in &streams {
        if *name == "#GUID" {
            guid_heap_offset = offset;
        }
        out.write_u32::<LittleEndian>(offset as u32).unwrap();
        out.write_u32::<LittleEndian>(body.len() as u32).unwrap();
        let mut n = name.as_bytes().to_vec();
        n.resize(header_name_len(name), 0);
        out.extend_from_slice(&n);
        offset += body.len();
    }
    debug_assert_eq!(out.len(), header_len);
    for (_, body) in &streams {
        out.extend_from_slice(body);
    }
    Metadata {
        bytes: out,
        guid_heap_offset,
    }
}
