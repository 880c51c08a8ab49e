//! The IL listing (`rpython build --backend cli --emit-il-listing`): every
//! class and method of the module with its instructions, read back from the
//! finished metadata and bodies, tokens shown by name (`RList<int64>::Append`,
//! string literals quoted), for reading what the backend emitted.

use std::fmt::Write;

use crate::il::disasm::disassemble;
use crate::metadata::compressed::read_compressed_u32;
use crate::metadata::{MetadataBuilder, RowRef, TableId};
use crate::pe::Bodies;

pub fn il_listing(md: &MetadataBuilder, bodies: &Bodies) -> String {
    let mut out = String::new();
    let names = Names { md };
    let types = &md.type_defs;
    for (i, t) in types.iter().enumerate() {
        let end = types
            .get(i + 1)
            .map_or(md.method_defs.len() as u32 + 1, |n| n.methods);
        let _ = writeln!(out, ".class {}", names.type_def(i as u32 + 1));
        for row in t.methods..end {
            let m = &md.method_defs[row as usize - 1];
            let sig = names.method_sig(md.blobs.get(m.signature));
            let _ = writeln!(out, "  .method {}{}", md.strings.get(m.name), sig);
            if m.rva != 0 {
                disassemble(bodies.at(m.rva), &|t| names.token(t), &mut out);
            }
        }
    }
    out
}

/// Longest string literal the listing shows whole.
const LITERAL_SHOWN: usize = 200;

/// A string literal as the listing shows it: quoted and escaped, and for a
/// long one (the packed Unicode tables run to thousands of characters) its
/// start and its length in UTF-16 units.
fn quoted_literal(text: &str) -> String {
    let units = text.encode_utf16().count();
    if units <= LITERAL_SHOWN {
        return format!("{text:?}");
    }
    let head: String = text.chars().take(LITERAL_SHOWN / 4).collect();
    format!("{head:?}... ({units} UTF-16 units)")
}

struct Names<'a> {
    md: &'a MetadataBuilder,
}

impl Names<'_> {
    fn type_def(&self, row: u32) -> String {
        let t = &self.md.type_defs[row as usize - 1];
        qualified(
            self.md.strings.get(t.namespace),
            self.md.strings.get(t.name),
        )
    }

    fn type_row(&self, r: RowRef) -> String {
        match r.table {
            TableId::TypeDef => self.type_def(r.row),
            TableId::TypeRef => {
                let t = &self.md.type_refs[r.row as usize - 1];
                qualified(
                    self.md.strings.get(t.namespace),
                    self.md.strings.get(t.name),
                )
            }
            TableId::TypeSpec => {
                let blob = self
                    .md
                    .blobs
                    .get(self.md.type_specs[r.row as usize - 1].signature);
                self.sig_type(blob, &mut 0)
            }
            _ => format!("{r:?}"),
        }
    }

    /// The declaring class of MethodDef or Field row `row` (runs of rows).
    fn owner(&self, row: u32, methods: bool) -> String {
        let i = self
            .md
            .type_defs
            .iter()
            .rposition(|t| (if methods { t.methods } else { t.fields }) <= row)
            .unwrap_or(0);
        self.type_def(i as u32 + 1)
    }

    fn token(&self, token: u32) -> String {
        let row = token & 0xff_ffff;
        let r = |table| RowRef { table, row };
        match token >> 24 {
            0x70 => quoted_literal(&self.md.user_strings.get(row)),
            0x01 => self.type_row(r(TableId::TypeRef)),
            0x02 => self.type_row(r(TableId::TypeDef)),
            0x1b => self.type_row(r(TableId::TypeSpec)),
            0x04 => {
                let f = &self.md.fields[row as usize - 1];
                format!(
                    "{}::{}",
                    self.owner(row, false),
                    self.md.strings.get(f.name)
                )
            }
            0x06 => {
                let m = &self.md.method_defs[row as usize - 1];
                format!("{}::{}", self.owner(row, true), self.md.strings.get(m.name))
            }
            0x0a => {
                let m = &self.md.member_refs[row as usize - 1];
                let blob = self.md.blobs.get(m.signature);
                let sig = if blob.first() == Some(&0x06) {
                    format!(" : {}", self.sig_type(blob, &mut 1))
                } else {
                    self.method_sig(blob)
                };
                format!(
                    "{}::{}{}",
                    self.type_row(m.class),
                    self.md.strings.get(m.name),
                    sig
                )
            }
            0x11 => {
                let blob = self
                    .md
                    .blobs
                    .get(self.md.standalone_sigs[row as usize - 1].signature);
                let (n, len) = read_compressed_u32(blob, 1);
                let mut at = 1 + len;
                let locals: Vec<String> = (0..n).map(|_| self.sig_type(blob, &mut at)).collect();
                format!("({})", locals.join(", "))
            }
            _ => format!("0x{token:08x}"),
        }
    }

    /// `(params) : ret` of a method signature blob.
    fn method_sig(&self, blob: &[u8]) -> String {
        let (n, len) = read_compressed_u32(blob, 1);
        let mut at = 1 + len;
        let ret = self.sig_type(blob, &mut at);
        let params: Vec<String> = (0..n).map(|_| self.sig_type(blob, &mut at)).collect();
        format!("({}) : {ret}", params.join(", "))
    }

    /// One type of a signature (II.23.2.12), advancing `at`.
    fn sig_type(&self, blob: &[u8], at: &mut usize) -> String {
        let b = blob[*at];
        *at += 1;
        let coded = |at: &mut usize| {
            let (v, len) = read_compressed_u32(blob, *at);
            *at += len;
            v
        };
        match b {
            0x01 => "void".into(),
            0x02 => "bool".into(),
            0x05 => "uint8".into(),
            0x08 => "int32".into(),
            0x0a => "int64".into(),
            0x0d => "float64".into(),
            0x0e => "string".into(),
            0x18 => "native int".into(),
            0x1c => "object".into(),
            0x12 => {
                let v = coded(at);
                let table =
                    [TableId::TypeDef, TableId::TypeRef, TableId::TypeSpec][(v & 3) as usize];
                self.type_row(RowRef { table, row: v >> 2 })
            }
            0x13 => format!("!{}", coded(at)),
            0x1d => format!("{}[]", self.sig_type(blob, at)),
            0x15 => {
                *at += 1; // CLASS
                let v = coded(at);
                let table =
                    [TableId::TypeDef, TableId::TypeRef, TableId::TypeSpec][(v & 3) as usize];
                let name = self.type_row(RowRef { table, row: v >> 2 });
                let name = name.split('`').next().unwrap_or(&name).to_string();
                let n = coded(at);
                let args: Vec<String> = (0..n).map(|_| self.sig_type(blob, at)).collect();
                format!("{name}<{}>", args.join(", "))
            }
            _ => format!("?{b:02x}"),
        }
    }
}

fn qualified(namespace: &str, name: &str) -> String {
    if namespace.is_empty() {
        name.to_string()
    } else {
        format!("{namespace}.{name}")
    }
}
