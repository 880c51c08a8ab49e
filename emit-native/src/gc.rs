//! The garbage collector is a translation option: each collector is one
//! module of the C runtime, and choosing one selects which module is compiled
//! in. The generated code is the same for every collector (it calls the
//! collector's interface: allocation, write barrier, shadow-stack roots).

use std::fmt;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Gc {
    /// Non-moving mark and sweep over malloc'd objects.
    Marksweep,
    /// Bump-pointer nursery, copied into a mark-and-sweep old generation;
    /// write barrier with a remembered set.
    #[default]
    Generational,
}

impl Gc {
    /// The runtime module implementing this collector.
    pub(crate) fn runtime_file(self) -> &'static str {
        match self {
            Gc::Marksweep => "gc_marksweep.c",
            Gc::Generational => "gc_generational.c",
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Gc::Marksweep => "marksweep",
            Gc::Generational => "generational",
        }
    }

    /// Parses a `--gc` value.
    pub fn from_name(name: &str) -> Option<Gc> {
        match name {
            "marksweep" => Some(Gc::Marksweep),
            "generational" => Some(Gc::Generational),
            _ => None,
        }
    }
}

impl fmt::Display for Gc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
