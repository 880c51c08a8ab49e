//! The Java runtime shim (`runtime-shims/jvm/src`): its class files, compiled
//! by build.rs at toolchain build time, and the names the lowering uses to
//! call it, and the case-mapping tables some programs' jars carry.

pub mod case_tables;
pub mod names;

include!(concat!(env!("OUT_DIR"), "/shim_classes.rs"));
