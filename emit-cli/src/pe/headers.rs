//! The PE signature, COFF file header, PE32 optional header and the section
//! table (ECMA-335 II.25.2.2 - II.25.3), with the values II.25 prescribes
//! for a pure-IL image.

use byteorder::{LittleEndian, WriteBytesExt};

use super::imports::IMPORT_TABLE_SIZE;
use super::layout::*;

const MACHINE_I386: u16 = 0x014c;
/// No .reloc section: the image must load at its preferred base, which
/// only the entry stub's absolute address depends on.
const IMAGE_FILE_RELOCS_STRIPPED: u16 = 0x0001;
const IMAGE_FILE_EXECUTABLE_IMAGE: u16 = 0x0002;
const IMAGE_FILE_32BIT_MACHINE: u16 = 0x0100;
const IMAGE_FILE_DLL: u16 = 0x2000;
const PE32_MAGIC: u16 = 0x010b;
const OPTIONAL_HEADER_SIZE: u16 = 224;
const SUBSYSTEM_WINDOWS_CUI: u16 = 3;
/// No SEH, NX compatible, terminal-server aware; not dynamic base (there
/// are no relocations).
const DLL_CHARACTERISTICS: u16 = 0x8500;
const SECTION_TEXT_FLAGS: u32 = 0x6000_0020; // code | execute | read
/// Indexes in the data directories (II.25.2.3.3).
const IMPORT_DIRECTORY: usize = 1;
const IAT_DIRECTORY: usize = 12;
const CLI_HEADER_DIRECTORY: usize = 14;

/// What the headers need to know about the image.
pub struct HeaderInfo {
    /// Bytes of .text actually used (before file alignment).
    pub text_size: u32,
    pub is_dll: bool,
    pub import_table_rva: u32,
    pub entry_rva: u32,
}

pub fn write_pe_headers(out: &mut Vec<u8>, info: &HeaderInfo) {
    let raw_text = align(info.text_size, FILE_ALIGNMENT);
    let image_size = align(TEXT_RVA + info.text_size, SECTION_ALIGNMENT);
    let w = |out: &mut Vec<u8>, v: u32| out.write_u32::<LittleEndian>(v).unwrap();
    let h = |out: &mut Vec<u8>, v: u16| out.write_u16::<LittleEndian>(v).unwrap();

    out.extend_from_slice(b"PE\0\0");
    // COFF file header (II.25.2.2).
    h(out, MACHINE_I386);
    h(out, 1); // NumberOfSections
    w(out, 0); // TimeDateStamp: fixed, for deterministic output
    w(out, 0); // PointerToSymbolTable
    w(out, 0); // NumberOfSymbols
    h(out, OPTIONAL_HEADER_SIZE);
    let mut characteristics =
        IMAGE_FILE_RELOCS_STRIPPED | IMAGE_FILE_EXECUTABLE_IMAGE | IMAGE_FILE_32BIT_MACHINE;
    if info.is_dll {
        characteristics |= IMAGE_FILE_DLL;
    }
    h(out, characteristics);

    // Optional header, standard fields (II.25.2.3.1).
    h(out, PE32_MAGIC);
    out.push(8); // LMajor
    out.push(0); // LMinor
    w(out, raw_text); // CodeSize
    w(out, 0); // InitializedDataSize
    w(out, 0); // UninitializedDataSize
               // No native entry stub: mono (and the CLR on anything newer than
               // Windows XP) start managed images from the CLI header's entry token.
    w(out, 0); // EntryPointRVA
    w(out, TEXT_RVA); // BaseOfCode
    w(out, 0); // BaseOfData
               // NT-specific fields (II.25.2.3.2).
    w(out, IMAGE_BASE);
    w(out, SECTION_ALIGNMENT);
    w(out, FILE_ALIGNMENT);
    h(out, 4); // OS major
    h(out, 0);
    h(out, 0); // user major
    h(out, 0);
    h(out, 4); // subsystem major
    h(out, 0);
    w(out, 0); // Reserved
    w(out, image_size);
    w(out, HEADERS_SIZE);
    w(out, 0); // FileChecksum
    h(out, SUBSYSTEM_WINDOWS_CUI);
    h(out, DLL_CHARACTERISTICS);
    w(out, 0x0010_0000); // StackReserveSize
    w(out, 0x1000); // StackCommitSize
    w(out, 0x0010_0000); // HeapReserveSize
    w(out, 0x1000); // HeapCommitSize
    w(out, 0); // LoaderFlags
    w(out, 16); // NumberOfDataDirectories
                // Data directories (II.25.2.3.3): imports, IAT and the CLI header.
    for i in 0..16 {
        let (rva, size) = match i {
            IMPORT_DIRECTORY => (info.import_table_rva, IMPORT_TABLE_SIZE),
            IAT_DIRECTORY => (IAT_RVA, IAT_SIZE),
            CLI_HEADER_DIRECTORY => (CLI_HEADER_RVA, CLI_HEADER_SIZE),
            _ => (0, 0),
        };
        w(out, rva);
        w(out, size);
    }

    // Section table (II.25.3).
    out.extend_from_slice(b".text\0\0\0");
    w(out, info.text_size); // VirtualSize
    w(out, TEXT_RVA); // VirtualAddress
    w(out, raw_text); // SizeOfRawData
    w(out, TEXT_FILE_OFFSET); // PointerToRawData
    w(out, 0); // PointerToRelocations
    w(out, 0); // PointerToLinenumbers
    h(out, 0); // NumberOfRelocations
    h(out, 0); // NumberOfLinenumbers
    w(out, SECTION_TEXT_FLAGS);
}
