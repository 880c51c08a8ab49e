//! Assembles the whole file from the method bodies and the metadata.

use super::cli_header::write_cli_header;
use super::dos::write_dos_header;
use super::headers::{write_pe_headers, HeaderInfo};
use super::imports::write_imports;
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
        self.bytes.resize(self.bytes.len().next_multiple_of(4), 0);
        let rva = BODIES_RVA + self.bytes.len() as u32;
        self.bytes.extend_from_slice(body);
        rva
    }
    /// The body at `rva` and after it (for listings).
    pub fn at(&self, rva: u32) -> &[u8] {
        &self.bytes[(rva - BODIES_RVA) as usize..]
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
    let imports_rva = align(metadata_rva + metadata.len() as u32, 4);
    let imports = write_imports(imports_rva, is_dll);
    let text_size = imports_rva + imports.bytes.len() as u32 - TEXT_RVA;
    let file_offset = |rva: u32| (rva - TEXT_RVA + TEXT_FILE_OFFSET) as usize;

    let mut out = Vec::new();
    write_dos_header(&mut out);
    let info = HeaderInfo {
        text_size,
        is_dll,
        import_table_rva: imports.import_table_rva,
        entry_rva: imports.entry_rva,
    };
    write_pe_headers(&mut out, &info);
    assert!(out.len() <= HEADERS_SIZE as usize);
    out.resize(TEXT_FILE_OFFSET as usize, 0);
    out.extend_from_slice(&imports.iat);
    write_cli_header(&mut out, metadata_rva, metadata.len() as u32, entry_token);
    out.extend_from_slice(&bodies.bytes);
    out.resize(file_offset(metadata_rva), 0);
    let metadata_offset = out.len();
    out.extend_from_slice(metadata);
    out.resize(file_offset(imports_rva), 0);
    out.extend_from_slice(&imports.bytes);
    out.resize(
        (TEXT_FILE_OFFSET + align(text_size, FILE_ALIGNMENT)) as usize,
        0,
    );
    Image {
        bytes: out,
        metadata_offset,
    }
}
