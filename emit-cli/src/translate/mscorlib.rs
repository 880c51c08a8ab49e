//! References into mscorlib: one AssemblyRef, TypeRefs and MemberRefs made on
//! first use and shared afterwards (so a module only names what it calls).

use std::collections::HashMap;

use crate::metadata::rows::{AssemblyRefRow, MemberRefRow, TypeRefRow};
use crate::metadata::{MetadataBuilder, RowRef};
use crate::sig::{method_sig, SigType};

/// The public key token of mscorlib (the ECMA standard library key).
const MSCORLIB_TOKEN: [u8; 8] = [0xb7, 0x7a, 0x5c, 0x56, 0x19, 0x34, 0xe0, 0x89];

pub struct Mscorlib {
    assembly: RowRef,
    types: HashMap<(&'static str, &'static str), RowRef>,
    members: HashMap<(RowRef, &'static str, Vec<u8>), RowRef>,
}

/// A method of mscorlib, as a call instruction needs it.
#[derive(Clone, Copy, Debug)]
pub struct ExternMethod {
    pub token: u32,
    pub pops: u8,
    pub pushes: u8,
}

impl Mscorlib {
    pub fn new(md: &mut MetadataBuilder) -> Mscorlib {
        let row = AssemblyRefRow {
            version: [4, 0, 0, 0],
            flags: 0,
            public_key_or_token: md.blobs.add(&MSCORLIB_TOKEN),
            name: md.strings.add("mscorlib"),
            culture: 0,
            hash_value: 0,
        };
        Mscorlib {
            assembly: md.add_assembly_ref(row),
            types: HashMap::new(),
            members: HashMap::new(),
        }
    }

    pub fn type_ref(
        &mut self,
        md: &mut MetadataBuilder,
        namespace: &'static str,
        name: &'static str,
    ) -> RowRef {
        let scope = self.assembly;
        *self.types.entry((namespace, name)).or_insert_with(|| {
            let row = TypeRefRow {
                scope,
                name: md.strings.add(name),
                namespace: md.strings.add(namespace),
            };
            md.add_type_ref(row)
        })
    }

    /// A method of `namespace.class`; `instance` methods take `this` first.
    #[allow(clippy::too_many_arguments)]
    pub fn method(
        &mut self,
        md: &mut MetadataBuilder,
        namespace: &'static str,
        class: &'static str,
        name: &'static str,
        instance: bool,
        params: &[SigType],
        ret: SigType,
    ) -> ExternMethod {
        let class = self.type_ref(md, namespace, class);
        let sig = method_sig(instance, params, &ret);
        let row = *self
            .members
            .entry((class, name, sig.clone()))
            .or_insert_with(|| {
                let row = MemberRefRow {
                    class,
                    name: md.strings.add(name),
                    signature: md.blobs.add(&sig),
                };
                md.add_member_ref(row)
            });
        ExternMethod {
            token: row.token(),
            pops: params.len() as u8 + instance as u8,
            pushes: (ret != SigType::Void) as u8,
        }
    }
}
