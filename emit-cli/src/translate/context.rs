//! What every method translation shares: the metadata being built, the
//! mscorlib references, and the tokens of the module's own methods (planned
//! before any body is encoded, so calls can name methods not yet written).

use std::collections::HashMap;

use lltype::ir::GraphId;

use crate::il::{method_body, Code};
use crate::metadata::rows::StandAloneSigRow;
use crate::metadata::MetadataBuilder;
use crate::sig::{locals_sig, SigType};

use lltype::ir::Type;

use crate::metadata::rows::{MemberRefRow, TypeSpecRow};
use crate::metadata::RowRef;
use crate::sig::{method_sig, type_spec};

use super::classes::ClassPlan;
use super::helpers::Helper;
use super::mscorlib::{ExternMethod, Mscorlib};
use super::types::{list_elem, Elem};

pub struct Context {
    pub md: MetadataBuilder,
    pub corlib: Mscorlib,
    pub graph_tokens: HashMap<GraphId, u32>,
    pub helper_tokens: HashMap<Helper, u32>,
    /// Local signature blob -> StandAloneSig token, so equal signatures share a row.
    locals_sigs: HashMap<u32, u32>,
    /// `List<T>` TypeSpec rows, and MemberRefs on them.
    list_specs: HashMap<Elem, RowRef>,
    list_members: HashMap<(Elem, &'static str), RowRef>,
    pub classes: ClassPlan,
    /// Built-in exception class name -> (constructor, `message` field), for
    /// the operations that raise them.
    pub builtin_exceptions: HashMap<String, (u32, u32)>,
    /// Prebuilt object -> its static field of `RPython.Program`.
    pub prebuilt_fields: HashMap<lltype::ir::PrebuiltId, u32>,
}

impl Context {
    pub fn new() -> Context {
        let mut md = MetadataBuilder::default();
        let corlib = Mscorlib::new(&mut md);
        Context {
            md,
            corlib,
            graph_tokens: HashMap::new(),
            helper_tokens: HashMap::new(),
            locals_sigs: HashMap::new(),
            list_specs: HashMap::new(),
            list_members: HashMap::new(),
            classes: ClassPlan::default(),
            builtin_exceptions: HashMap::new(),
            prebuilt_fields: HashMap::new(),
        }
    }

    /// The CLI type of a typed-IR type with a value.
    pub fn sig(&mut self, t: &Type) -> SigType {
        match t {
            Type::Void => SigType::Void,
            Type::Bool => SigType::Bool,
            Type::Int | Type::Uint => SigType::I8,
            Type::Float => SigType::R8,
            Type::Str => SigType::String,
            // A range is {start, stop, step}; a range iterator {next, stop, step}.
            Type::Range | Type::Iter(lltype::ir::IterKind::Range, _) => {
                SigType::SzArray(Box::new(SigType::I8))
            }
            Type::Instance(c) => SigType::Class(self.classes.type_rows[c]),
            Type::Tuple(items) => match self.classes.tuple(items) {
                Some(t) => SigType::Class(t.type_row),
                None => SigType::Object,
            },
            Type::Iter(lltype::ir::IterKind::List, item) => {
                match Elem::of(item).and_then(|e| self.classes.list_iter(e)) {
                    Some(l) => SigType::Class(l.type_row),
                    None => SigType::Object,
                }
            }
            _ => match list_elem(t) {
                Some(e) => self.list_sig(e),
                None => SigType::Object,
            },
        }
    }

    pub fn list_sig(&mut self, e: Elem) -> SigType {
        let list = self
            .corlib
            .type_ref(&mut self.md, "System.Collections.Generic", "List`1");
        let item = self.elem_sig(e);
        SigType::GenericClass(list, vec![item])
    }

    pub fn elem_sig(&mut self, e: Elem) -> SigType {
        match e {
            Elem::Int => SigType::I8,
            Elem::Float => SigType::R8,
            Elem::Bool => SigType::Bool,
            Elem::Str => SigType::String,
            Elem::Instance(c) => SigType::Class(self.classes.type_rows[&c]),
        }
    }

    fn list_spec(&mut self, e: Elem) -> RowRef {
        if let Some(r) = self.list_specs.get(&e) {
            return *r;
        }
        let sig = self.list_sig(e);
        let blob = self.md.blobs.add(&type_spec(&sig));
        let r = self.md.add_type_spec(TypeSpecRow { signature: blob });
        self.list_specs.insert(e, r);
        r
    }

    /// A member of `List<T>` for T = `e`. Its signature is written in terms
    /// of `!0` (II.23.2.12), whatever T is; `pops` counts `this`.
    pub fn list_method(&mut self, e: Elem, name: &'static str) -> ExternMethod {
        use SigType::*;
        let (params, ret) = match name {
            ".ctor" => (vec![], Void),
            "Add" => (vec![Var(0)], Void),
            "get_Count" => (vec![], I4),
            "get_Item" => (vec![I4], Var(0)),
            "set_Item" => (vec![I4, Var(0)], Void),
            "RemoveAt" => (vec![I4], Void),
            "Insert" => (vec![I4, Var(0)], Void),
            "Contains" => (vec![Var(0)], Bool),
            "Reverse" => (vec![], Void),
            "GetRange" => {
                let list =
                    self.corlib
                        .type_ref(&mut self.md, "System.Collections.Generic", "List`1");
                (vec![I4, I4], GenericClass(list, vec![Var(0)]))
            }
            _ => unreachable!("List<T>.{name} is not used"),
        };
        let row = match self.list_members.get(&(e, name)) {
            Some(r) => *r,
            None => {
                let class = self.list_spec(e);
                let row = MemberRefRow {
                    class,
                    name: self.md.strings.add(name),
                    signature: self.md.blobs.add(&method_sig(true, &params, &ret)),
                };
                let r = self.md.add_member_ref(row);
                self.list_members.insert((e, name), r);
                r
            }
        };
        ExternMethod {
            token: row.token(),
            pops: params.len() as u8 + 1,
            pushes: (ret != Void) as u8,
        }
    }

    pub fn helper(&mut self, h: Helper) -> ExternMethod {
        let (params, ret) = h.signature(self);
        ExternMethod {
            token: self.helper_tokens[&h],
            pops: params.len() as u8,
            pushes: (ret != SigType::Void) as u8,
        }
    }

    /// The method body bytes for `code` with these locals.
    pub fn body(&mut self, code: &Code, locals: &[SigType]) -> Vec<u8> {
        self.body_with_clauses(code, locals, &[])
    }

    pub fn body_with_clauses(
        &mut self,
        code: &Code,
        locals: &[SigType],
        clauses: &[crate::il::ExceptionClause],
    ) -> Vec<u8> {
        let token = if locals.is_empty() {
            0
        } else {
            let blob = self.md.blobs.add(&locals_sig(locals));
            match self.locals_sigs.get(&blob) {
                Some(t) => *t,
                None => {
                    let t = self
                        .md
                        .add_standalone_sig(StandAloneSigRow { signature: blob })
                        .token();
                    self.locals_sigs.insert(blob, t);
                    t
                }
            }
        };
        method_body(code, token, clauses)
    }

    pub fn string_builder_sig(&mut self) -> SigType {
        SigType::Class(
            self.corlib
                .type_ref(&mut self.md, "System.Text", "StringBuilder"),
        )
    }
    pub fn string_builder_ctor(&mut self) -> u32 {
        self.corlib
            .method(
                &mut self.md,
                "System.Text",
                "StringBuilder",
                ".ctor",
                true,
                &[],
                SigType::Void,
            )
            .token
    }
    /// `StringBuilder.Append(string)`, which returns the builder.
    pub fn string_builder_append(&mut self) -> ExternMethod {
        let sb = self.string_builder_sig();
        self.corlib.method(
            &mut self.md,
            "System.Text",
            "StringBuilder",
            "Append",
            true,
            &[SigType::String],
            sb,
        )
    }
    pub fn string_builder_to_string(&mut self) -> ExternMethod {
        self.corlib.method(
            &mut self.md,
            "System.Text",
            "StringBuilder",
            "ToString",
            true,
            &[],
            SigType::String,
        )
    }

    /// RPython classes derive from System.Exception, so any instance of an
    /// exception class can be thrown (the IR's classes share one root).
    pub fn exception_type(&mut self) -> RowRef {
        self.corlib.type_ref(&mut self.md, "System", "Exception")
    }
    pub fn exception_ctor(&mut self) -> u32 {
        self.corlib
            .method(
                &mut self.md,
                "System",
                "Exception",
                ".ctor",
                true,
                &[],
                SigType::Void,
            )
            .token
    }

    /// `System.Object::.ctor()`, which every root class's constructor calls.
    pub fn object_ctor(&mut self) -> u32 {
        self.corlib
            .method(
                &mut self.md,
                "System",
                "Object",
                ".ctor",
                true,
                &[],
                SigType::Void,
            )
            .token
    }

    /// The token of `System.Int64`, for `newarr`.
    pub fn int64_type(&mut self) -> u32 {
        self.corlib
            .type_ref(&mut self.md, "System", "Int64")
            .token()
    }

    // ---- mscorlib methods the translation calls ----

    pub fn console_out(&mut self) -> ExternMethod {
        let writer = self
            .corlib
            .type_ref(&mut self.md, "System.IO", "TextWriter");
        self.corlib.method(
            &mut self.md,
            "System",
            "Console",
            "get_Out",
            false,
            &[],
            SigType::Class(writer),
        )
    }
    pub fn console_error(&mut self) -> ExternMethod {
        let writer = self
            .corlib
            .type_ref(&mut self.md, "System.IO", "TextWriter");
        self.corlib.method(
            &mut self.md,
            "System",
            "Console",
            "get_Error",
            false,
            &[],
            SigType::Class(writer),
        )
    }
    /// `TextWriter.Write(string)`, an instance method: callvirt.
    pub fn writer_write(&mut self) -> ExternMethod {
        self.corlib.method(
            &mut self.md,
            "System.IO",
            "TextWriter",
            "Write",
            true,
            &[SigType::String],
            SigType::Void,
        )
    }
    pub fn writer_flush(&mut self) -> ExternMethod {
        self.corlib.method(
            &mut self.md,
            "System.IO",
            "TextWriter",
            "Flush",
            true,
            &[],
            SigType::Void,
        )
    }
    pub fn string_concat(&mut self) -> ExternMethod {
        self.corlib.method(
            &mut self.md,
            "System",
            "String",
            "Concat",
            false,
            &[SigType::String, SigType::String],
            SigType::String,
        )
    }
    /// `String.Equals(string, string)`: ordinal, null-safe.
    pub fn string_equals(&mut self) -> ExternMethod {
        self.corlib.method(
            &mut self.md,
            "System",
            "String",
            "Equals",
            false,
            &[SigType::String, SigType::String],
            SigType::Bool,
        )
    }
    /// `string.Length`: UTF-16 code units.
    pub fn string_length(&mut self) -> ExternMethod {
        self.corlib.method(
            &mut self.md,
            "System",
            "String",
            "get_Length",
            true,
            &[],
            SigType::I4,
        )
    }
    /// `char.IsSurrogatePair(string, int)`.
    pub fn char_is_surrogate_pair(&mut self) -> ExternMethod {
        self.corlib.method(
            &mut self.md,
            "System",
            "Char",
            "IsSurrogatePair",
            false,
            &[SigType::String, SigType::I4],
            SigType::Bool,
        )
    }
    pub fn string_is_null_or_empty(&mut self) -> ExternMethod {
        self.corlib.method(
            &mut self.md,
            "System",
            "String",
            "IsNullOrEmpty",
            false,
            &[SigType::String],
            SigType::Bool,
        )
    }
    /// `CultureInfo.InvariantCulture`: ints print the same whatever the locale.
    pub fn invariant_culture(&mut self) -> ExternMethod {
        let culture = self
            .corlib
            .type_ref(&mut self.md, "System.Globalization", "CultureInfo");
        self.corlib.method(
            &mut self.md,
            "System.Globalization",
            "CultureInfo",
            "get_InvariantCulture",
            false,
            &[],
            SigType::Class(culture),
        )
    }
    /// `Convert.ToString(long, IFormatProvider)`.
    pub fn convert_int64_to_string(&mut self) -> ExternMethod {
        let provider = self
            .corlib
            .type_ref(&mut self.md, "System", "IFormatProvider");
        self.corlib.method(
            &mut self.md,
            "System",
            "Convert",
            "ToString",
            false,
            &[SigType::I8, SigType::Class(provider)],
            SigType::String,
        )
    }
    /// `new UTF8Encoding(bool emitBOM)`: a constructor (`pops` counts `this`).
    pub fn utf8_encoding_ctor(&mut self) -> ExternMethod {
        self.corlib.method(
            &mut self.md,
            "System.Text",
            "UTF8Encoding",
            ".ctor",
            true,
            &[SigType::Bool],
            SigType::Void,
        )
    }
    pub fn console_set_output_encoding(&mut self) -> ExternMethod {
        let encoding = self
            .corlib
            .type_ref(&mut self.md, "System.Text", "Encoding");
        self.corlib.method(
            &mut self.md,
            "System",
            "Console",
            "set_OutputEncoding",
            false,
            &[SigType::Class(encoding)],
            SigType::Void,
        )
    }
    pub fn environment_exit(&mut self) -> ExternMethod {
        self.corlib.method(
            &mut self.md,
            "System",
            "Environment",
            "Exit",
            false,
            &[SigType::I4],
            SigType::Void,
        )
    }
}
