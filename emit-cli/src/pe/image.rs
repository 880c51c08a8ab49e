//! Assembles the whole file from the method bodies and the metadata.

use super::cli_header::write_cli_header;
use super::dos::write_dos_header;
use super::headers::{write_pe_headers, HeaderInfo};
use super::layout::*;

/// The method bodies, laid out from `BODIES_RVA` on; each body's RVA is
/// known as soon as it is added, before the metadata that names it is written.
#[derive(Debug, Default)]
pub struct Bodies {
    bytes: Vec<u8>,
}

impl Bodies {
    /// Adds a body and returns its RVA. Bodies are 4-byte aligned (fat
    /// headers must be; tiny ones need not, but one rule keeps it simple).
    pub fn add(&mut self, body: &[u8]) -> u32 {
        while self.bytes.len() % 4 != 0 {
            self.bytes.push(0);
        }
        let rva = BODIES_RVA + self.bytes.len() as u32;
        self.bytes.extend_from_slice(body);
        rva
    }
}

/// The image, and the file offset of the metadata within it.
pub struct Image {
    pub bytes: Vec<u8>,
    pub metadata_offset: usize,
}

pub fn write_image(bodies: &Bodies, metadata: &[u8], entry_token: u32, is_dll: bool) -> Image {
    let bodies_len = align(bodies.bytes.len() as u32, 4);
    let metadata_rva = BODIES_RVA + bodies_len;
    let text_size = CLI_HEADER_SIZE + bodies_len + metadata.len() as u32;

    let mut out = Vec::new();
    write_dos_header(&mut out);
    write_pe_headers(&mut out, &HeaderInfo { text_size, is_dll });
    assert!(out.len() <= HEADERS_SIZE as usize);
    out.resize(TEXT_FILE_OFFSET as usize, 0);
    write_cli_header(&mut out, metadata_rva, metadata.len() as u32, entry_token);
    out.extend_from_slice(&bodies.bytes);
    out.resize(
        (TEXT_FILE_OFFSET + CLI_HEADER_SIZE + bodies_len) as usize,
        0,
    );
    let metadata_offset = out.len();
    out.extend_from_slice(metadata);
    out.resize(
        (TEXT_FILE_OFFSET + align(text_size, FILE_ALIGNMENT)) as usize,
        0,
    );
    Image {
        bytes: out,
        metadata_offset,
    }
}
