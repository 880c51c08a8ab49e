//! The metadata of one module being built: heaps and table rows. Rows are
//! appended in their final order, so the `RowRef` returned by each `add_*`
//! is already the row's token.

use super::heaps::{BlobHeap, GuidHeap, StringHeap, UserStringHeap};
use super::rows::*;
use super::table_id::{RowRef, TableId};

#[derive(Debug, Default)]
pub struct MetadataBuilder {
    pub strings: StringHeap,
    pub blobs: BlobHeap,
    pub user_strings: UserStringHeap,
    pub guids: GuidHeap,
    pub modules: Vec<ModuleRow>,
    pub type_refs: Vec<TypeRefRow>,
    pub type_defs: Vec<TypeDefRow>,
    pub fields: Vec<FieldRow>,
    pub method_defs: Vec<MethodDefRow>,
    pub params: Vec<ParamRow>,
    pub member_refs: Vec<MemberRefRow>,
    pub standalone_sigs: Vec<StandAloneSigRow>,
    pub type_specs: Vec<TypeSpecRow>,
    pub assemblies: Vec<AssemblyRow>,
    pub assembly_refs: Vec<AssemblyRefRow>,
}

fn push<T>(rows: &mut Vec<T>, table: TableId, row: T) -> RowRef {
    rows.push(row);
    RowRef {
        table,
        row: rows.len() as u32,
    }
}

impl MetadataBuilder {
    pub fn add_module(&mut self, row: ModuleRow) -> RowRef {
        push(&mut self.modules, TableId::Module, row)
    }
    pub fn add_type_ref(&mut self, row: TypeRefRow) -> RowRef {
        push(&mut self.type_refs, TableId::TypeRef, row)
    }
    pub fn add_type_def(&mut self, row: TypeDefRow) -> RowRef {
        push(&mut self.type_defs, TableId::TypeDef, row)
    }
    pub fn add_field(&mut self, row: FieldRow) -> RowRef {
        push(&mut self.fields, TableId::Field, row)
    }
    pub fn add_method_def(&mut self, row: MethodDefRow) -> RowRef {
        push(&mut self.method_defs, TableId::MethodDef, row)
    }
    pub fn add_param(&mut self, row: ParamRow) -> RowRef {
        push(&mut self.params, TableId::Param, row)
    }
    pub fn add_member_ref(&mut self, row: MemberRefRow) -> RowRef {
        push(&mut self.member_refs, TableId::MemberRef, row)
    }
    pub fn add_standalone_sig(&mut self, row: StandAloneSigRow) -> RowRef {
        push(&mut self.standalone_sigs, TableId::StandAloneSig, row)
    }
    pub fn add_type_spec(&mut self, row: TypeSpecRow) -> RowRef {
        push(&mut self.type_specs, TableId::TypeSpec, row)
    }
    pub fn add_assembly(&mut self, row: AssemblyRow) -> RowRef {
        push(&mut self.assemblies, TableId::Assembly, row)
    }
    pub fn add_assembly_ref(&mut self, row: AssemblyRefRow) -> RowRef {
        push(&mut self.assembly_refs, TableId::AssemblyRef, row)
    }

    /// The next row a table will get: what a TypeDef's FieldList/MethodList
    /// or a MethodDef's ParamList must hold before the run is added.
    pub fn next_row(&self, table: TableId) -> u32 {
        let n = match table {
            TableId::Field => self.fields.len(),
            TableId::MethodDef => self.method_defs.len(),
            TableId::Param => self.params.len(),
            _ => unreachable!("runs only exist in Field, MethodDef and Param"),
        };
        n as u32 + 1
    }

    /// Each table's rows as columns, in table-number order; empty tables are
    /// left out (they are absent from the #~ Valid mask).
    pub fn tables(&self) -> Vec<(TableId, Vec<Vec<Column>>)> {
        fn cols<T>(rows: &[T], f: impl Fn(&T) -> Vec<Column>) -> Vec<Vec<Column>> {
            rows.iter().map(f).collect()
        }
        let all = vec![
            (TableId::Module, cols(&self.modules, ModuleRow::columns)),
            (TableId::TypeRef, cols(&self.type_refs, TypeRefRow::columns)),
            (TableId::TypeDef, cols(&self.type_defs, TypeDefRow::columns)),
            (TableId::Field, cols(&self.fields, FieldRow::columns)),
            (
                TableId::MethodDef,
                cols(&self.method_defs, MethodDefRow::columns),
            ),
            (TableId::Param, cols(&self.params, ParamRow::columns)),
            (
                TableId::MemberRef,
                cols(&self.member_refs, MemberRefRow::columns),
            ),
            (
                TableId::StandAloneSig,
                cols(&self.standalone_sigs, StandAloneSigRow::columns),
            ),
            (
                TableId::TypeSpec,
                cols(&self.type_specs, TypeSpecRow::columns),
            ),
            (
                TableId::Assembly,
                cols(&self.assemblies, AssemblyRow::columns),
            ),
            (
                TableId::AssemblyRef,
                cols(&self.assembly_refs, AssemblyRefRow::columns),
            ),
        ];
        all.into_iter()
            .filter(|(_, rows)| !rows.is_empty())
            .collect()
    }
}
