//! The #~ stream (ECMA-335 II.24.2.6): a header with the HeapSizes byte, the
//! Valid and Sorted bit masks and one row count per present table, then the
//! rows of each table, in table-number order, with no padding between rows.

use byteorder::{LittleEndian, WriteBytesExt};

use super::builder::MetadataBuilder;
use super::rows::Column;
use super::widths::Widths;

/// Tables that II.22 requires sorted, as compilers announce them (we emit
/// none of them unsorted: those we emit have at most one row or no key).
const SORTED_MASK: u64 = 0x0000_1600_3301_FA00;

pub fn write_tables_stream(md: &MetadataBuilder) -> Vec<u8> {
    let tables = md.tables();
    let widths = Widths::new(
        md.strings.bytes().len(),
        md.guids.bytes().len(),
        md.blobs.bytes().len(),
        tables
            .iter()
            .map(|(t, rows)| (*t, rows.len() as u32))
            .collect(),
    );
    let mut out = Vec::new();
    out.write_u32::<LittleEndian>(0).unwrap(); // Reserved
    out.push(2); // MajorVersion
    out.push(0); // MinorVersion
    out.push(widths.heap_sizes);
    out.push(1); // Reserved, always 1
    let valid = tables.iter().fold(0u64, |m, (t, _)| m | 1 << t.number());
    out.write_u64::<LittleEndian>(valid).unwrap();
    out.write_u64::<LittleEndian>(SORTED_MASK).unwrap();
    for (_, rows) in &tables {
        out.write_u32::<LittleEndian>(rows.len() as u32).unwrap();
    }
    for (_, rows) in &tables {
        for row in rows {
            for col in row {
                write_column(&mut out, col, widths.column(col));
            }
        }
    }
    // Streams are padded to a multiple of 4 bytes.
    out.resize(out.len().next_multiple_of(4), 0);
    out
}

fn write_column(out: &mut Vec<u8>, col: &Column, width: usize) {
    let value = match *col {
        Column::U16(v) => v as u32,
        Column::U32(v) => v,
        Column::Str(i) | Column::Guid(i) | Column::Blob(i) => i,
        Column::Index(_, row) => row,
        Column::Coded(kind, target) => kind.encode(target),
    };
    if width == 2 {
        assert!(
            value <= 0xffff,
            "column value {value:#x} does not fit 2 bytes"
        );
        out.write_u16::<LittleEndian>(value as u16).unwrap();
    } else {
        out.write_u32::<LittleEndian>(value).unwrap();
    }
}
