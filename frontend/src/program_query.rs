//! Lookups over a loaded program by name, for tests, tools and diagnostics
//! of later stages (kept out of `program.rs`, which only defines the model).

use crate::program::{ClassId, Constant, FuncId, Program};

impl Program {
    /// A function by qualified name (`module.func`, `module.Class.method`).
    pub fn find_function(&self, qualname: &str) -> Option<FuncId> {
        self.functions
            .iter()
            .position(|f| f.qualname == qualname)
            .map(|i| FuncId(i as u32))
    }

    /// A class by qualified name (`module.Class`, or a builtin's name).
    pub fn find_class(&self, qualname: &str) -> Option<ClassId> {
        self.classes
            .iter()
            .position(|c| c.qualname == qualname)
            .map(|i| ClassId(i as u32))
    }

    /// A global of a module (program or library module) after module-level
    /// evaluation.
    pub fn global(&self, module: &str, name: &str) -> Option<&Constant> {
        self.modules
            .iter()
            .find(|m| m.name == module)?
            .globals
            .get(name)
    }
}
