//! Row layouts of the tables this writer emits (ECMA-335 II.22). Each row
//! lists its columns in the order of the standard; `widths.rs` decides how
//! many bytes each column takes.

use super::coded_index::CodedKind;
use super::heaps::HeapIndex;
use super::table_id::{RowRef, TableId};

/// One column value, tagged with what kind of column it is: its width
/// depends on that kind and on the sizes of the heaps and tables.
#[derive(Clone, Copy, Debug)]
pub enum Column {
    U16(u16),
    U32(u32),
    Str(HeapIndex),
    Guid(HeapIndex),
    Blob(HeapIndex),
    /// Index into one table (1-based; one past the end for an empty run).
    Index(TableId, u32),
    Coded(CodedKind, Option<RowRef>),
}

/// II.22.30
#[derive(Clone, Debug)]
pub struct ModuleRow {
    pub name: HeapIndex,
    pub mvid: HeapIndex,
}

/// II.22.38
#[derive(Clone, Debug)]
pub struct TypeRefRow {
    pub scope: RowRef,
    pub name: HeapIndex,
    pub namespace: HeapIndex,
}

/// II.22.37. `fields` and `methods` are the first rows of this type's runs in
/// the Field and MethodDef tables; a run ends where the next type's begins.
#[derive(Clone, Debug)]
pub struct TypeDefRow {
    pub flags: u32,
    pub name: HeapIndex,
    pub namespace: HeapIndex,
    pub extends: Option<RowRef>,
    pub fields: u32,
    pub methods: u32,
}

/// II.22.15
#[derive(Clone, Debug)]
pub struct FieldRow {
    pub flags: u16,
    pub name: HeapIndex,
    pub signature: HeapIndex,
}

/// II.22.26. `rva` is the method body's address in the image, 0 for abstract.
#[derive(Clone, Debug)]
pub struct MethodDefRow {
    pub rva: u32,
    pub impl_flags: u16,
    pub flags: u16,
    pub name: HeapIndex,
    pub signature: HeapIndex,
    pub params: u32,
}

/// II.22.33. `sequence` is 1-based (0 would describe the return value).
#[derive(Clone, Debug)]
pub struct ParamRow {
    pub flags: u16,
    pub sequence: u16,
    pub name: HeapIndex,
}

/// II.22.25
#[derive(Clone, Debug)]
pub struct MemberRefRow {
    pub class: RowRef,
    pub name: HeapIndex,
    pub signature: HeapIndex,
}

/// II.22.36: a local variable signature, the target of a fat header's
/// LocalVarSigTok.
#[derive(Clone, Debug)]
pub struct StandAloneSigRow {
    pub signature: HeapIndex,
}

/// II.22.39: a type built from others (a generic instance), as a signature.
#[derive(Clone, Debug)]
pub struct TypeSpecRow {
    pub signature: HeapIndex,
}

/// II.22.2
#[derive(Clone, Debug)]
pub struct AssemblyRow {
    pub hash_alg: u32,
    pub version: [u16; 4],
    pub flags: u32,
    pub public_key: HeapIndex,
    pub name: HeapIndex,
    pub culture: HeapIndex,
}

/// II.22.5
#[derive(Clone, Debug)]
pub struct AssemblyRefRow {
    pub version: [u16; 4],
    pub flags: u32,
    pub public_key_or_token: HeapIndex,
    pub name: HeapIndex,
    pub culture: HeapIndex,
    pub hash_value: HeapIndex,
}

impl ModuleRow {
    pub fn columns(&self) -> Vec<Column> {
        // Generation, Name, Mvid, EncId, EncBaseId.
        vec![
            Column::U16(0),
            Column::Str(self.name),
            Column::Guid(self.mvid),
            Column::Guid(0),
            Column::Guid(0),
        ]
    }
}

impl TypeRefRow {
    pub fn columns(&self) -> Vec<Column> {
        vec![
            Column::Coded(CodedKind::ResolutionScope, Some(self.scope)),
            Column::Str(self.name),
            Column::Str(self.namespace),
        ]
    }
}

impl TypeDefRow {
    pub fn columns(&self) -> Vec<Column> {
        vec![
            Column::U32(self.flags),
            Column::Str(self.name),
            Column::Str(self.namespace),
            Column::Coded(CodedKind::TypeDefOrRef, self.extends),
            Column::Index(TableId::Field, self.fields),
            Column::Index(TableId::MethodDef, self.methods),
        ]
    }
}

impl FieldRow {
    pub fn columns(&self) -> Vec<Column> {
        vec![
            Column::U16(self.flags),
            Column::Str(self.name),
            Column::Blob(self.signature),
        ]
    }
}

impl MethodDefRow {
    pub fn columns(&self) -> Vec<Column> {
        vec![
            Column::U32(self.rva),
            Column::U16(self.impl_flags),
            Column::U16(self.flags),
            Column::Str(self.name),
            Column::Blob(self.signature),
            Column::Index(TableId::Param, self.params),
        ]
    }
}

impl ParamRow {
    pub fn columns(&self) -> Vec<Column> {
        vec![
            Column::U16(self.flags),
            Column::U16(self.sequence),
            Column::Str(self.name),
        ]
    }
}

impl MemberRefRow {
    pub fn columns(&self) -> Vec<Column> {
        vec![
            Column::Coded(CodedKind::MemberRefParent, Some(self.class)),
            Column::Str(self.name),
            Column::Blob(self.signature),
        ]
    }
}

impl StandAloneSigRow {
    pub fn columns(&self) -> Vec<Column> {
        vec![Column::Blob(self.signature)]
    }
}

impl TypeSpecRow {
    pub fn columns(&self) -> Vec<Column> {
        vec![Column::Blob(self.signature)]
    }
}

impl AssemblyRow {
    pub fn columns(&self) -> Vec<Column> {
        let [a, b, c, d] = self.version;
        vec![
            Column::U32(self.hash_alg),
            Column::U16(a),
            Column::U16(b),
            Column::U16(c),
            Column::U16(d),
            Column::U32(self.flags),
            Column::Blob(self.public_key),
            Column::Str(self.name),
            Column::Str(self.culture),
        ]
    }
}

impl AssemblyRefRow {
    pub fn columns(&self) -> Vec<Column> {
        let [a, b, c, d] = self.version;
        vec![
            Column::U16(a),
            Column::U16(b),
            Column::U16(c),
            Column::U16(d),
            Column::U32(self.flags),
            Column::Blob(self.public_key_or_token),
            Column::Str(self.name),
            Column::Str(self.culture),
            Column::Blob(self.hash_value),
        ]
    }
}
