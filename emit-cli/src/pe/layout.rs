//! Where things are in the image. One section, `.text`, holds everything the
//! runtime reads: the CLI header, the method bodies and the metadata.
//!
//! ```text
//! file 0x000  DOS header (e_lfanew = 0x80)
//! file 0x080  "PE\0\0", COFF header, PE32 optional header, 1 section header
//! file 0x200  .text (RVA 0x2000): IAT | CLI header | method bodies |
//!              metadata | import table, lookup table, names | entry stub
//! ```
//!
//! The import of `mscoree.dll!_CorExeMain` and the 6-byte stub jumping to it
//! are what Windows loaders start; mono ignores them but its verifier
//! (`--verify-all`) requires them, as II.25.3.1 does.

pub const FILE_ALIGNMENT: u32 = 0x200;
pub const SECTION_ALIGNMENT: u32 = 0x2000;
pub const PE_SIGNATURE_OFFSET: u32 = 0x80;
/// The headers (DOS, PE, section table) fit in the first file-aligned block.
pub const HEADERS_SIZE: u32 = 0x200;
pub const TEXT_RVA: u32 = 0x2000;
pub const TEXT_FILE_OFFSET: u32 = HEADERS_SIZE;
pub const IMAGE_BASE: u32 = 0x0040_0000;
/// The import address table opens .text: one entry and a null terminator.
pub const IAT_RVA: u32 = TEXT_RVA;
pub const IAT_SIZE: u32 = 8;
/// The CLI header follows the IAT; method bodies follow it.
pub const CLI_HEADER_RVA: u32 = IAT_RVA + IAT_SIZE;
pub const CLI_HEADER_SIZE: u32 = 72;
pub const BODIES_RVA: u32 = CLI_HEADER_RVA + CLI_HEADER_SIZE;

pub fn align(v: u32, to: u32) -> u32 {
    v.div_ceil(to) * to
}
