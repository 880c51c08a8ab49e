//! Table numbers (ECMA-335 II.22) and metadata tokens (II.22: a token is the
//! table number in the high byte and a 1-based row index below it).

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TableId {
    Module = 0x00,
    TypeRef = 0x01,
    TypeDef = 0x02,
    Field = 0x04,
    MethodDef = 0x06,
    Param = 0x08,
    MemberRef = 0x0A,
    StandAloneSig = 0x11,
    ModuleRef = 0x1A,
    TypeSpec = 0x1B,
    Assembly = 0x20,
    AssemblyRef = 0x23,
}

impl TableId {
    /// Every table this writer knows, in table-number order (the order of the
    /// #~ stream's row counts and table bodies).
    pub const ALL: [TableId; 12] = [
        TableId::Module,
        TableId::TypeRef,
        TableId::TypeDef,
        TableId::Field,
        TableId::MethodDef,
        TableId::Param,
        TableId::MemberRef,
        TableId::StandAloneSig,
        TableId::ModuleRef,
        TableId::TypeSpec,
        TableId::Assembly,
        TableId::AssemblyRef,
    ];

    pub fn number(self) -> u8 {
        self as u8
    }
}

/// A 1-based row of a table; as a token, what `ldstr`/`call`/... take.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RowRef {
    pub table: TableId,
    pub row: u32,
}

impl RowRef {
    pub fn token(self) -> u32 {
        ((self.table.number() as u32) << 24) | self.row
    }
}

/// The token of a #US entry, for `ldstr` (II.24.2.4: table byte 0x70).
pub fn user_string_token(offset: u32) -> u32 {
    0x7000_0000 | offset
}
