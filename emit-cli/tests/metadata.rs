//! The metadata writer, checked from the bytes it writes: row counts, row
//! sizes and heap index widths (ECMA-335 II.24.2.6), names read back
//! through the heaps, determinism and atomic output.

mod common;

use std::collections::BTreeMap;

use common::*;
use emit_cli::metadata::rows::ModuleRow;
use emit_cli::metadata::MetadataBuilder;
use emit_cli::pe::{write_image, Bodies};
use emit_cli::read::read_image;

const PROGRAM: &str = r#"
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def entry_point(argv):
    print(fib(10))
    return 0
"#;

fn program_bytes(test: &str, source: &str, file_name: &str) -> Vec<u8> {
    let dir = temp_dir(test);
    let py = dir.join(format!("{test}.py"));
    std::fs::write(&py, source).unwrap();
    emit_cli::assembly_bytes(&typed_program(&py), file_name).unwrap()
}

fn u16_at(b: &[u8], at: usize) -> u16 {
    u16::from_le_bytes([b[at], b[at + 1]])
}

/// Row sizes with 2-byte heap and table indexes, from the layouts of II.22.
fn small_row_sizes() -> BTreeMap<u8, usize> {
    [
        (0x00, 2 + 2 + 2 + 2 + 2),     // Module
        (0x01, 2 + 2 + 2),             // TypeRef
        (0x02, 4 + 2 + 2 + 2 + 2 + 2), // TypeDef
        (0x04, 2 + 2 + 2),             // Field
        (0x06, 4 + 2 + 2 + 2 + 2 + 2), // MethodDef
        (0x08, 2 + 2 + 2),             // Param
        (0x0A, 2 + 2 + 2),             // MemberRef
        (0x11, 2),                     // StandAloneSig
        (0x1B, 2),                     // TypeSpec
        (0x20, 4 + 8 + 4 + 2 + 2 + 2), // Assembly
        (0x23, 8 + 4 + 2 + 2 + 2 + 2), // AssemblyRef
    ]
    .into_iter()
    .collect()
}

#[test]
fn tables_have_the_row_sizes_of_ii_22() {
    let b = program_bytes("rowsizes", PROGRAM, "fib.exe");
    let img = read_image(&b).unwrap();
    assert_eq!(img.heap_sizes, 0);
    let sizes = small_row_sizes();
    let mut end = img.tables_offset;
    for (table, rows) in &img.row_counts {
        let size = sizes
            .get(table)
            .unwrap_or_else(|| panic!("unexpected table {table:#x}"));
        end += size * *rows as usize;
    }
    let (tilde, tilde_len) = img.streams["#~"];
    // The stream ends with the last row, padded to 4 bytes.
    assert_eq!(tilde + tilde_len, end.next_multiple_of(4));

    assert_eq!(img.row_counts[&0x00], 1); // one module
                                          // <Module>, RPython.Program, then one per RPython class (the built-in
                                          // exception classes at least).
    assert!(img.row_counts[&0x02] > 2);
    assert_eq!(img.row_counts[&0x20], 1);
    assert_eq!(img.row_counts[&0x23], 2); // mscorlib and RPython.Runtime
                                          // The entry point is a method.
    assert_eq!(img.entry_token >> 24, 0x06);
    assert!(img.entry_token & 0xff_ffff <= img.row_counts[&0x06]);
}

#[test]
fn names_read_back_through_the_strings_heap() {
    let b = program_bytes("names", PROGRAM, "fib.exe");
    let img = read_image(&b).unwrap();
    let sizes = small_row_sizes();
    let mut at = img.tables_offset;
    let mut table_start = BTreeMap::new();
    for (table, rows) in &img.row_counts {
        table_start.insert(*table, at);
        at += sizes[table] * *rows as usize;
    }
    // Module: Generation, Name, ...
    let module = table_start[&0x00];
    assert_eq!(img.string(&b, u16_at(&b, module + 2) as u32), "fib.exe");
    // TypeDef row 1 is <Module>; row 2 is our class: Flags(4), Name, Namespace.
    let typedef = table_start[&0x02];
    assert_eq!(img.string(&b, u16_at(&b, typedef + 4) as u32), "<Module>");
    let ours = typedef + sizes[&0x02];
    assert_eq!(img.string(&b, u16_at(&b, ours + 4) as u32), "Program");
    assert_eq!(img.string(&b, u16_at(&b, ours + 6) as u32), "RPython");
    // MethodDef: RVA(4), ImplFlags, Flags, Name; the entry point is Main.
    let main_row = (img.entry_token & 0xff_ffff) as usize;
    let main = table_start[&0x06] + sizes[&0x06] * (main_row - 1);
    assert_eq!(img.string(&b, u16_at(&b, main + 8) as u32), "Main");
    let first = table_start[&0x06];
    assert_eq!(
        img.string(&b, u16_at(&b, first + 8) as u32),
        "names_entry_point"
    );
    // Assembly: HashAlgId(4), Version(8), Flags(4), PublicKey, Name.
    let assembly = table_start[&0x20];
    assert_eq!(img.string(&b, u16_at(&b, assembly + 18) as u32), "fib");
    let assembly_ref = table_start[&0x23];
    assert_eq!(
        img.string(&b, u16_at(&b, assembly_ref + 14) as u32),
        "mscorlib"
    );
}

#[test]
fn a_large_strings_heap_widens_every_string_column() {
    let mut md = MetadataBuilder::default();
    let long = "x".repeat(70_000);
    let name = md.strings.add(&long);
    let mvid = md.guids.add([1; 16]);
    md.add_module(ModuleRow { name, mvid });
    let metadata = emit_cli::metadata::root::write_metadata(&md);
    let image = write_image(&Bodies::default(), &metadata.bytes, 0, true);
    let img = read_image(&image.bytes).unwrap();
    assert_eq!(img.heap_sizes, 0x01);
    // Module row: Generation(2) Name(4) Mvid(2) EncId(2) EncBaseId(2).
    let (tilde, len) = img.streams["#~"];
    assert_eq!(tilde + len, (img.tables_offset + 12).next_multiple_of(4));
    let (strings, strings_len) = img.streams["#Strings"];
    assert_eq!(strings_len, (1 + 70_001usize).next_multiple_of(4));
    assert_eq!(image.bytes[strings], 0);
    assert_eq!(img.string(&image.bytes, name), long);
}

#[test]
fn output_is_deterministic_and_the_mvid_follows_the_content() {
    let a = program_bytes("det1", PROGRAM, "fib.exe");
    let b = program_bytes("det1", PROGRAM, "fib.exe");
    assert_eq!(a, b);
    let other = PROGRAM.replace("fib(10)", "fib(11)");
    let c = program_bytes("det1", &other, "fib.exe");
    let mvid = |bytes: &[u8]| {
        let img = read_image(bytes).unwrap();
        let (guid, _) = img.streams["#GUID"];
        bytes[guid..guid + 16].to_vec()
    };
    assert_ne!(mvid(&a), [0; 16].to_vec());
    assert_ne!(mvid(&a), mvid(&c));
}

#[test]
fn build_assembly_writes_atomically() {
    let dir = temp_dir("atomic");
    let py = dir.join("atomic.py");
    std::fs::write(&py, PROGRAM).unwrap();
    let program = typed_program(&py);
    let exe = dir.join("out.exe");
    emit_cli::build_assembly(&program, &exe).unwrap();
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.contains(".tmp")), "{names:?}");
    assert!(exe.exists());
    // A directory that does not exist: an error, and nothing written.
    let bad = dir.join("missing").join("out.exe");
    assert!(emit_cli::build_assembly(&program, &bad).is_err());
}
