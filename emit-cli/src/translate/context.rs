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
use super::runtime::RuntimeRefs;

pub struct Context {
    pub md: MetadataBuilder,
    pub corlib: Mscorlib,
    pub graph_tokens: HashMap<GraphId, u32>,
    pub helper_tokens: HashMap<Helper, u32>,
    /// Local signature blob -> StandAloneSig token, so equal signatures share a row.
    locals_sigs: HashMap<u32, u32>,
    pub runtime: RuntimeRefs,
    /// The graphs used as function values (constants and bound methods),
    /// which an indirect call may reach.
    pub function_values: Vec<GraphId>,
    /// TypeSpec blob -> row, so equal instantiations share a row.
    type_specs: HashMap<Vec<u8>, RowRef>,
    /// (parent, name, signature blob) -> MemberRef row.
    members: HashMap<(RowRef, String, Vec<u8>), RowRef>,
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
            runtime: RuntimeRefs::default(),
            function_values: Vec::new(),
            type_specs: HashMap::new(),
            members: HashMap::new(),
            classes: ClassPlan::default(),
            builtin_exceptions: HashMap::new(),
            prebuilt_fields: HashMap::new(),
        }
    }

    /// The CLI type of a typed-IR type with a value. Containers are the
    /// runtime's generic classes instantiated with their items' CLI types
    /// (unboxed): `RList<T>`, `RDict<K, V>` (`StrDict<V>` for str keys),
    /// `TupleN<T1..Tn>`; iterators are the runtime's iterator classes; a
    /// function value is an int64 id (`function_id`); bytes are `byte[]`.
    pub fn sig(&mut self, t: &Type) -> SigType {
        use lltype::ir::IterKind;
        match t {
            Type::Void => SigType::Void,
            Type::Bool => SigType::Bool,
            Type::Int | Type::Uint | Type::Func(_) => SigType::I8,
            Type::Float => SigType::R8,
            Type::Str => SigType::String,
            Type::Bytes => SigType::SzArray(Box::new(SigType::U1)),
            // A range is {start, stop, step}.
            Type::Range => SigType::SzArray(Box::new(SigType::I8)),
            Type::Instance(c) => SigType::Class(self.classes.type_rows[c]),
            Type::List(item) => {
                let item = self.item_sig(item);
                self.rt_generic("RList`1", vec![item])
            }
            // str keys have a class of their own (hashing without comparer calls).
            Type::Dict(k, v) if **k == Type::Str => {
                let v = self.item_sig(v);
                self.rt_generic("StrDict`1", vec![v])
            }
            Type::Dict(k, v) => {
                let (k, v) = (self.item_sig(k), self.item_sig(v));
                self.rt_generic("RDict`2", vec![k, v])
            }
            Type::Tuple(items) if items.is_empty() => SigType::Class(self.rt_type("Tuple0")),
            Type::Tuple(items) => {
                let items: Vec<SigType> = items.iter().map(|i| self.item_sig(i)).collect();
                let name = format!("Tuple{}`{}", items.len(), items.len());
                self.rt_generic(&name, items)
            }
            Type::Iter(IterKind::List | IterKind::DictKeys, item) => {
                let item = self.item_sig(item);
                self.rt_generic("ListIter`1", vec![item])
            }
            Type::Iter(IterKind::Str, _) => SigType::Class(self.rt_type("StrIter")),
            Type::Iter(IterKind::Bytes, _) => SigType::Class(self.rt_type("BytesIter")),
            Type::Iter(IterKind::Range, _) => SigType::Class(self.rt_type("RangeIter")),
        }
    }

    /// The CLI type of a container's item: as `sig`, with `object` for
    /// void items (a list of Nones), which a generic argument cannot be.
    pub fn item_sig(&mut self, t: &Type) -> SigType {
        match t {
            Type::Void => SigType::Object,
            _ => self.sig(t),
        }
    }

    /// `RPython.Runtime.<name>`.
    pub fn rt_type(&mut self, name: &str) -> RowRef {
        self.runtime.type_ref(&mut self.md, name)
    }

    /// A generic class of the runtime instantiated with `args`.
    pub fn rt_generic(&mut self, name: &str, args: Vec<SigType>) -> SigType {
        SigType::GenericClass(self.rt_type(name), args)
    }

    /// The row naming a type in an instruction or as a member's parent: a
    /// TypeSpec (one per distinct signature) for a generic instance.
    pub fn type_row(&mut self, t: &SigType) -> RowRef {
        match t {
            SigType::Class(r) => *r,
            _ => {
                let blob = type_spec(t);
                if let Some(r) = self.type_specs.get(&blob) {
                    return *r;
                }
                let signature = self.md.blobs.add(&blob);
                let r = self.md.add_type_spec(TypeSpecRow { signature });
                self.type_specs.insert(blob, r);
                r
            }
        }
    }

    /// A method of `parent` by name and signature (one MemberRef per
    /// distinct reference). Members of generic classes are written with
    /// `!n` for the class's type parameters (II.23.2.12).
    pub fn member(
        &mut self,
        parent: RowRef,
        name: &str,
        instance: bool,
        params: &[SigType],
        ret: &SigType,
    ) -> ExternMethod {
        let row = self.member_ref_row(parent, name, method_sig(instance, params, ret));
        ExternMethod {
            token: row.token(),
            pops: params.len() as u8 + instance as u8,
            pushes: (*ret != SigType::Void) as u8,
        }
    }

    /// A field of a (generic) class, by name and type (`!n` for a type parameter).
    pub fn field_ref(&mut self, parent: RowRef, name: &str, ty: &SigType) -> u32 {
        self.member_ref_row(parent, name, crate::sig::field_sig(ty))
            .token()
    }

    /// The MemberRef row of (parent, name, signature blob), made once.
    fn member_ref_row(&mut self, parent: RowRef, name: &str, signature: Vec<u8>) -> RowRef {
        let key = (parent, name.to_string(), signature);
        if let Some(r) = self.members.get(&key) {
            return *r;
        }
        let row = MemberRefRow {
            class: parent,
            name: self.md.strings.add(name),
            signature: self.md.blobs.add(&key.2),
        };
        let r = self.md.add_member_ref(row);
        self.members.insert(key, r);
        r
    }

    /// A static method of the runtime class `class`.
    pub fn rt_static(
        &mut self,
        class: &str,
        name: &str,
        params: &[SigType],
        ret: SigType,
    ) -> ExternMethod {
        let parent = self.rt_type(class);
        self.member(parent, name, false, params, &ret)
    }

    /// A method of an instantiated generic class (`class` a GenericClass).
    pub fn generic_method(
        &mut self,
        class: &SigType,
        name: &str,
        instance: bool,
        params: &[SigType],
        ret: SigType,
    ) -> ExternMethod {
        let parent = self.type_row(class);
        self.member(parent, name, instance, params, &ret)
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

    // ---- mscorlib methods the translation calls ----

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
}

/// The key and value types of a dict class's members, written with the
/// class's type parameters: `!0, !1` for `RDict<K, V>`, `string, !0` for
/// `StrDict<V>` (see `Context::sig`).
pub fn dict_member_types(key: &Type) -> (SigType, SigType) {
    if *key == Type::Str {
        (SigType::String, SigType::Var(0))
    } else {
        (SigType::Var(0), SigType::Var(1))
    }
}
