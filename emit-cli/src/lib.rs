//! The CLI backend: typed graphs -> a PE/CLI assembly (ECMA-335) that mono
//! runs and C# can reference. Everything is written by this crate: the PE
//! container (`pe`), the metadata tables and heaps (`metadata`), signatures
//! (`sig`) and IL method bodies (`il`); `translate` maps the typed IR onto them.

pub mod il;
pub mod metadata;
pub mod pe;
pub mod read;
pub mod sig;
pub mod translate;

pub use translate::{assembly_bytes, build_assembly, build_assembly_with, BuildOptions};
