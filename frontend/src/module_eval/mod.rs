//! The module-level evaluator: runs the static part of a program (imports,
//! `def`, `class`, constant assignments, prebuilt instances) at translation
//! time, producing the program's modules, classes, functions (graphs still
//! empty) and prebuilt constants. Function bodies are kept for the builder.

mod comprehensions;
mod const_builtins;
pub mod consteval;
mod constops;
mod definitions;
mod imports;
mod instantiate;
mod module_stmts;
pub mod nesting;

use std::collections::HashMap;
use std::path::PathBuf;
use std::rc::Rc;

use ruff_python_ast::StmtFunctionDef;

use crate::diagnostics::{Diagnostic, Diagnostics, FileId, Rule, SourceMap, Span};
use crate::flowgraph::{BlockId, FlowGraph};
use crate::program::{
    Class, ClassId, Constant, FuncId, Function, Module, ModuleId, PrebuiltInstance, BUILTIN_CLASSES,
};

pub use constops::{binop as const_binop, compare as const_compare};

/// The AST of a function, kept until its graph is built.
pub struct FuncDef {
    pub def: Rc<StmtFunctionDef>,
    pub file: FileId,
    /// The class whose body defines it (methods and static methods).
    pub class: Option<ClassId>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ModStatus {
    /// Being evaluated (a cyclic import sees what is defined so far).
    Loading,
    Done,
    /// Has syntax errors: not evaluated; names imported from it are `Undefined`
    /// and produce no further errors.
    Broken,
}

/// Where a constant expression is evaluated: a module's globals plus,
/// optionally, local names (a class body, or `__init__` parameters).
pub struct Scope<'a> {
    pub module: ModuleId,
    pub file: FileId,
    pub locals: Option<&'a HashMap<String, Constant>>,
}

pub struct Evaluator {
    pub sources: SourceMap,
    pub diags: Diagnostics,
    pub modules: Vec<Module>,
    status: Vec<ModStatus>,
    by_name: HashMap<String, ModuleId>,
    pub functions: Vec<Function>,
    pub defs: Vec<FuncDef>,
    pub classes: Vec<Class>,
    pub instances: Vec<PrebuiltInstance>,
    pub lists: Vec<Vec<Constant>>,
    pub dicts: Vec<Vec<(Constant, Constant)>>,
    /// Directory of the entry module, where program modules are looked up.
    dir: PathBuf,
    /// Nesting of prebuilt-instance construction, to stop runaway recursion.
    init_depth: u32,
    /// Nesting of constant expressions being evaluated.
    const_depth: u32,
}

/// A graph with no blocks, the placeholder until the builder runs.
pub fn empty_graph() -> FlowGraph {
    FlowGraph {
        blocks: Vec::new(),
        start: BlockId(0),
        var_count: 0,
        var_names: Vec::new(),
    }
}

impl Evaluator {
    pub fn new(dir: PathBuf) -> Evaluator {
        let classes = BUILTIN_CLASSES
            .iter()
            .map(|(name, base)| Class {
                name: name.to_string(),
                qualname: name.to_string(),
                module: None,
                base: base.map(|b| ClassId(b as u32)),
                methods: Default::default(),
                attrs: Default::default(),
                builtin: true,
                span: None,
            })
            .collect();
        Evaluator {
            sources: SourceMap::default(),
            diags: Diagnostics::default(),
            modules: Vec::new(),
            status: Vec::new(),
            by_name: HashMap::new(),
            functions: Vec::new(),
            defs: Vec::new(),
            classes,
            instances: Vec::new(),
            lists: Vec::new(),
            dicts: Vec::new(),
            dir,
            init_depth: 0,
            const_depth: 0,
        }
    }

    /// Reports a problem; `help` says what to do instead.
    pub fn error(
        &mut self,
        rule: Rule,
        span: Span,
        msg: impl Into<String>,
        label: &str,
        help: &str,
    ) {
        self.diags
            .push(Diagnostic::new(rule, span, msg).label(label).help(help));
    }

    fn is_broken(&self, m: ModuleId) -> bool {
        self.status[m.0 as usize] == ModStatus::Broken
    }

    /// A global of a module, or `Undefined` (silently) for a broken module.
    pub fn module_global(&self, m: ModuleId, name: &str) -> Option<Constant> {
        if self.is_broken(m) {
            return Some(Constant::Undefined);
        }
        self.modules[m.0 as usize].globals.get(name).cloned()
    }

    pub fn lookup_method(&self, mut class: ClassId, name: &str) -> Option<FuncId> {
        loop {
            let c = &self.classes[class.0 as usize];
            if let Some(f) = c.methods.get(name) {
                return Some(*f);
            }
            class = c.base?;
        }
    }

    pub fn lookup_class_attr(&self, mut class: ClassId, name: &str) -> Option<Constant> {
        loop {
            let c = &self.classes[class.0 as usize];
            if let Some(v) = c.attrs.get(name) {
                return Some(v.clone());
            }
            if let Some(f) = c.methods.get(name) {
                return Some(Constant::Function(*f));
            }
            class = c.base?;
        }
    }

    /// The `entry_point` function of the entry module (reported if missing).
    pub fn entry_function(&mut self, entry: ModuleId) -> Option<FuncId> {
        let file = self.modules[entry.0 as usize].file?;
        match self.module_global(entry, "entry_point") {
            Some(Constant::Function(f)) => Some(f),
            Some(Constant::Undefined) => None,
            Some(_) => {
                let span = Span::new(file, 0, 0);
                self.error(
                    Rule::EntryPoint,
                    span,
                    "`entry_point` is not a function",
                    "in this module",
                    "define `def entry_point(argv):` at module level",
                );
                None
            }
            None => {
                let span = Span::new(file, 0, 0);
                self.error(
                    Rule::EntryPoint,
                    span,
                    "the entry module does not define `entry_point`",
                    "in this module",
                    "add `def entry_point(argv): ... return 0` at module level",
                );
                None
            }
        }
    }
}
