//! References into the C# runtime shim `RPython.Runtime.dll`
//! (`runtime-shims/cli/*.cs`, compiled by `build.rs`): one AssemblyRef and
//! TypeRefs made on first use. The DLL's bytes are embedded in the toolchain
//! and written next to every assembly built.

use std::collections::HashMap;

use crate::metadata::rows::{AssemblyRefRow, TypeRefRow};
use crate::metadata::{MetadataBuilder, RowRef};

/// The runtime library's file name, next to the translated assembly.
pub const RUNTIME_DLL_NAME: &str = "RPython.Runtime.dll";

/// The runtime library, as compiled by mcs when the toolchain was built.
pub static RUNTIME_DLL: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/RPython.Runtime.dll"));

const NAMESPACE: &str = "RPython.Runtime";

#[derive(Default)]
pub struct RuntimeRefs {
    assembly: Option<RowRef>,
    types: HashMap<String, RowRef>,
}

impl RuntimeRefs {
    /// The TypeRef of `RPython.Runtime.<name>` (`RList`1` for a generic class).
    pub fn type_ref(&mut self, md: &mut MetadataBuilder, name: &str) -> RowRef {
        if let Some(r) = self.types.get(name) {
            return *r;
        }
        let scope = *self.assembly.get_or_insert_with(|| {
            let name = md.strings.add("RPython.Runtime");
            md.add_assembly_ref(AssemblyRefRow {
                version: [0, 0, 0, 0],
                flags: 0,
                public_key_or_token: 0,
                name,
                culture: 0,
                hash_value: 0,
            })
        });
        let row = TypeRefRow {
            scope,
            name: md.strings.add(name),
            namespace: md.strings.add(NAMESPACE),
        };
        let r = md.add_type_ref(row);
        self.types.insert(name.to_string(), r);
        r
    }
}
