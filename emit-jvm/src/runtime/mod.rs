//! The Java runtime shim (`runtime-shims/jvm/src`): its class files, compiled
//! by build.rs at toolchain build time, and the names the lowering uses to
//! call it, and the Unicode tables (case mappings, character classes,
//! printable ranges) that jars carry.

pub mod names;
pub mod unicode_tables;

include!(concat!(env!("OUT_DIR"), "/shim_classes.rs"));
