//! Coded indexes (ECMA-335 II.24.2.6): a column that may point into one of
//! several tables stores `row << tag_bits | tag`, and is 2 bytes wide only
//! when every candidate table is small enough for the row to fit in the
//! remaining 16 - tag_bits bits.

use super::table_id::{RowRef, TableId};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodedKind {
    TypeDefOrRef,
    ResolutionScope,
    MemberRefParent,
}

impl CodedKind {
    /// The candidate tables in tag order; `None` marks tags that name a table
    /// this writer does not emit (kept so the other tags keep their values).
    pub fn tables(self) -> &'static [TableId] {
        match self {
            CodedKind::TypeDefOrRef => &[TableId::TypeDef, TableId::TypeRef, TableId::TypeSpec],
            CodedKind::ResolutionScope => &[
                TableId::Module,
                TableId::ModuleRef,
                TableId::AssemblyRef,
                TableId::TypeRef,
            ],
            CodedKind::MemberRefParent => &[
                TableId::TypeDef,
                TableId::TypeRef,
                TableId::ModuleRef,
                TableId::MethodDef,
                TableId::TypeSpec,
            ],
        }
    }

    pub fn tag_bits(self) -> u32 {
        match self {
            CodedKind::TypeDefOrRef | CodedKind::ResolutionScope => 2,
            CodedKind::MemberRefParent => 3,
        }
    }

    /// Encodes a reference to `target` (0 for a null reference).
    pub fn encode(self, target: Option<RowRef>) -> u32 {
        let Some(target) = target else { return 0 };
        let tag = self
            .tables()
            .iter()
            .position(|t| *t == target.table)
            .unwrap_or_else(|| panic!("{:?} cannot point into {:?}", self, target.table));
        (target.row << self.tag_bits()) | tag as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_put_the_tag_in_the_low_bits() {
        let r = RowRef {
            table: TableId::TypeRef,
            row: 3,
        };
        assert_eq!(CodedKind::TypeDefOrRef.encode(Some(r)), (3 << 2) | 1);
        assert_eq!(CodedKind::ResolutionScope.encode(Some(r)), (3 << 2) | 3);
        assert_eq!(CodedKind::MemberRefParent.encode(Some(r)), (3 << 3) | 1);
        assert_eq!(CodedKind::TypeDefOrRef.encode(None), 0);
    }
}
