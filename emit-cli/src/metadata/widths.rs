//! How wide each column is (ECMA-335 II.24.2.6): heap indexes are 4 bytes
//! when the heap is 2^16 bytes or more (announced by the HeapSizes bits),
//! table indexes when the table has 2^16 rows or more, coded indexes when
//! some candidate table has 2^(16 - tag bits) rows or more.

use std::collections::BTreeMap;

use super::rows::Column;
use super::table_id::TableId;

pub const HEAP_STRINGS_WIDE: u8 = 0x01;
pub const HEAP_GUID_WIDE: u8 = 0x02;
pub const HEAP_BLOB_WIDE: u8 = 0x04;

#[derive(Clone, Debug)]
pub struct Widths {
    /// HeapSizes byte of the #~ header.
    pub heap_sizes: u8,
    pub row_counts: BTreeMap<TableId, u32>,
}

impl Widths {
    pub fn new(
        strings_len: usize,
        guid_len: usize,
        blob_len: usize,
        row_counts: BTreeMap<TableId, u32>,
    ) -> Widths {
        let mut heap_sizes = 0;
        if strings_len >= 1 << 16 {
            heap_sizes |= HEAP_STRINGS_WIDE;
        }
        if guid_len >= 1 << 16 {
            heap_sizes |= HEAP_GUID_WIDE;
        }
        if blob_len >= 1 << 16 {
            heap_sizes |= HEAP_BLOB_WIDE;
        }
        Widths {
            heap_sizes,
            row_counts,
        }
    }

    fn rows(&self, t: TableId) -> u32 {
        self.row_counts.get(&t).copied().unwrap_or(0)
    }

    pub fn column(&self, c: &Column) -> usize {
        let heap = |bit: u8| if self.heap_sizes & bit != 0 { 4 } else { 2 };
        match c {
            Column::U16(_) => 2,
            Column::U32(_) => 4,
            Column::Str(_) => heap(HEAP_STRINGS_WIDE),
            Column::Guid(_) => heap(HEAP_GUID_WIDE),
            Column::Blob(_) => heap(HEAP_BLOB_WIDE),
            Column::Index(t, _) => {
                if self.rows(*t) >= 1 << 16 {
                    4
                } else {
                    2
                }
            }
            Column::Coded(kind, _) => {
                let limit = 1u32 << (16 - kind.tag_bits());
                if kind.tables().iter().any(|t| self.rows(*t) >= limit) {
                    4
                } else {
                    2
                }
            }
        }
    }

    pub fn row_size(&self, columns: &[Column]) -> usize {
        columns.iter().map(|c| self.column(c)).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metadata::coded_index::CodedKind;

    #[test]
    fn small_heaps_and_tables_give_two_byte_indexes() {
        let w = Widths::new(100, 16, 100, BTreeMap::new());
        assert_eq!(w.heap_sizes, 0);
        assert_eq!(w.column(&Column::Str(5)), 2);
        assert_eq!(w.column(&Column::Index(TableId::Param, 1)), 2);
    }

    #[test]
    fn thresholds_follow_ii_24_2_6() {
        let mut rows = BTreeMap::new();
        rows.insert(TableId::TypeRef, (1 << 14) - 1);
        let w = Widths::new(1 << 16, 16, 10, rows.clone());
        assert_eq!(w.heap_sizes, HEAP_STRINGS_WIDE);
        assert_eq!(w.column(&Column::Str(0)), 4);
        assert_eq!(w.column(&Column::Blob(0)), 2);
        assert_eq!(w.column(&Column::Coded(CodedKind::TypeDefOrRef, None)), 2);
        // MemberRefParent has 3 tag bits: 2^13 rows already need 4 bytes.
        assert_eq!(
            w.column(&Column::Coded(CodedKind::MemberRefParent, None)),
            4
        );
        rows.insert(TableId::TypeRef, 1 << 14);
        let w = Widths::new(10, 16, 10, rows);
        assert_eq!(w.column(&Column::Coded(CodedKind::TypeDefOrRef, None)), 4);
        assert_eq!(
            w.column(&Column::Coded(CodedKind::ResolutionScope, None)),
            4
        );
    }
}
