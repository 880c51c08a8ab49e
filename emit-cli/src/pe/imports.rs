//! The import table and entry stub of a managed image (ECMA-335 II.25.3.1,
//! II.25.2.3.1): one import, `_CorExeMain` (or `_CorDllMain`) from
//! `mscoree.dll`, and the native entry point `jmp [IAT]`.

use super::layout::{IAT_RVA, IMAGE_BASE};

/// The bytes from `start_rva` on (which must be 4-aligned), the IAT's
/// contents (to write at `IAT_RVA`) and the RVA of the entry stub.
pub struct Imports {
    pub bytes: Vec<u8>,
    pub iat: [u8; 8],
    pub import_table_rva: u32,
    pub entry_rva: u32,
}

/// Size of the import directory: one descriptor and the null one.
pub const IMPORT_TABLE_SIZE: u32 = 40;

pub fn write_imports(start_rva: u32, is_dll: bool) -> Imports {
    assert_eq!(start_rva % 4, 0);
    let import_table_rva = start_rva;
    let lookup_rva = import_table_rva + IMPORT_TABLE_SIZE;
    let hint_name_rva = lookup_rva + 8;
    let symbol: &[u8] = if is_dll {
        b"_CorDllMain\0"
    } else {
        b"_CorExeMain\0"
    };
    // Hint (u16) then the name; 14 bytes, padded to 16.
    let dll_name_rva = hint_name_rva + 16;
    let dll_name = b"mscoree.dll\0";
    // The stub's jump operand (at stub + 2) must be 4-aligned for the loader
    // to patch it atomically, so the stub starts 2 bytes past a boundary.
    let entry_rva = dll_name_rva + dll_name.len() as u32 + 2;

    let mut b = Vec::new();
    let w = |b: &mut Vec<u8>, v: u32| b.extend_from_slice(&v.to_le_bytes());
    // Import directory entry: lookup table, time stamp, forwarder chain,
    // name, address table; then a null entry.
    w(&mut b, lookup_rva);
    w(&mut b, 0);
    w(&mut b, 0);
    w(&mut b, dll_name_rva);
    w(&mut b, IAT_RVA);
    b.resize(IMPORT_TABLE_SIZE as usize, 0);
    // Import lookup table: the hint/name entry and a terminator.
    w(&mut b, hint_name_rva);
    w(&mut b, 0);
    b.extend_from_slice(&0u16.to_le_bytes());
    b.extend_from_slice(symbol);
    b.resize((dll_name_rva - start_rva) as usize, 0);
    b.extend_from_slice(dll_name);
    b.resize((entry_rva - start_rva) as usize, 0);
    // jmp dword ptr [IMAGE_BASE + IAT_RVA]
    b.extend_from_slice(&[0xff, 0x25]);
    w(&mut b, IMAGE_BASE + IAT_RVA);

    let mut iat = [0u8; 8];
    iat[..4].copy_from_slice(&hint_name_rva.to_le_bytes());
    Imports {
        bytes: b,
        iat,
        import_table_rva,
        entry_rva,
    }
}
