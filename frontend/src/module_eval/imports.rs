//! Finding, parsing and evaluating modules: program modules are `.py` files
//! next to the entry module; library modules are made from `library`.

use std::collections::BTreeMap;
use std::path::Path;

use ruff_python_ast::{PySourceType, StmtImport, StmtImportFrom};
use ruff_python_parser::parse_unchecked_source;

use super::{Evaluator, ModStatus};
use crate::astutil::{first_line, span, span_of};
use crate::diagnostics::{Rule, Span};
use crate::library;
use crate::program::{Constant, Module, ModuleId};

impl Evaluator {
    fn add_module(
        &mut self,
        name: &str,
        file: Option<crate::diagnostics::FileId>,
        status: ModStatus,
    ) -> ModuleId {
        let id = ModuleId(self.modules.len() as u32);
        self.modules.push(Module {
            name: name.to_string(),
            file,
            globals: BTreeMap::new(),
        });
        self.status.push(status);
        self.by_name.insert(module_key(name, file.is_none()), id);
        id
    }

    /// Reads, parses and evaluates a program module. Syntax errors are
    /// reported and leave the module `Broken`. Io errors are returned.
    pub fn load_file(&mut self, name: &str, path: &Path) -> Result<ModuleId, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let parsed = parse_unchecked_source(&text, PySourceType::Python);
        let file = self.sources.add(path.display().to_string(), text);
        if !parsed.errors().is_empty() {
            for e in parsed.errors() {
                // Errors at a newline span the next line's indentation too.
                let at = first_line(&self.sources.file(file).text, span_of(file, e.location));
                self.error(
                    Rule::Syntax,
                    at,
                    format!("syntax error: {}", e.error),
                    "here",
                    "fix the syntax: the program must also run on CPython 3",
                );
            }
            return Ok(self.add_module(name, Some(file), ModStatus::Broken));
        }
        let module = parsed.into_syntax();
        if let Some(range) = super::nesting::too_deep(&module) {
            self.error(
                Rule::Unsupported,
                span_of(file, range),
                "this code is nested too deeply",
                "too deep",
                "split long expressions (e.g. long `a + b + ...` chains) into several statements",
            );
            // Even dropping such a tree recurses too deeply: leak it instead.
            std::mem::forget(module);
            return Ok(self.add_module(name, Some(file), ModStatus::Broken));
        }
        let id = self.add_module(name, Some(file), ModStatus::Loading);
        for stmt in &module.body {
            self.eval_module_stmt(stmt, id, file);
        }
        self.status[id.0 as usize] = ModStatus::Done;
        Ok(id)
    }

    /// A library module, created on first use (with its submodules).
    fn library_module(&mut self, name: &str) -> ModuleId {
        if let Some(&id) = self.by_name.get(&module_key(name, true)) {
            return id;
        }
        let id = self.add_module(name, None, ModStatus::Done);
        let mut globals = library::library_globals(name);
        for sub in library::library_submodules(name) {
            let sub_id = self.library_module(&format!("{name}.{sub}"));
            globals.insert(sub.to_string(), Constant::Module(sub_id));
        }
        self.modules[id.0 as usize].globals = globals;
        id
    }

    /// Resolves a dotted module name for an import at `at`.
    fn import_module(&mut self, dotted: &str, at: Span) -> Option<ModuleId> {
        // Library modules win over program files of the same name.
        if library::is_library_module(dotted) {
            return Some(self.library_module(dotted));
        }
        if let Some(&id) = self.by_name.get(&module_key(dotted, false)) {
            return Some(id);
        }
        if let Some(path) = rlib_module_file(&self.dir, dotted) {
            return self.load_rlib_module(dotted, &path, at);
        }
        let valid = !dotted.is_empty() && !dotted.contains('.') && dotted != "__main__";
        let path = self.dir.join(format!("{dotted}.py"));
        if !valid || !path.is_file() {
            self.error(
                Rule::Import,
                at,
                format!("cannot import module `{dotted}`"),
                "unknown module",
                "import a `.py` module next to the entry module, or one of the library modules \
                 `os`, `math`, `time`, `sys`, `rlib.rarithmetic`, `rlib.objectmodel`, `rlib.jit` \
                 (or a pure-RPython module `rlib/NAME.py`)",
            );
            return None;
        }
        self.load_or_report(dotted, &path, at)
    }

    /// `load_file`, reporting an unreadable file at the import `at`.
    fn load_or_report(&mut self, dotted: &str, path: &Path, at: Span) -> Option<ModuleId> {
        match self.load_file(dotted, path) {
            Ok(id) => Some(id),
            Err(msg) => {
                self.error(
                    Rule::Import,
                    at,
                    format!("cannot read module `{dotted}`: {msg}"),
                    "here",
                    "check the file",
                );
                None
            }
        }
    }

    /// A pure-RPython module of the library (`rlib/NAME.py`): loaded like a
    /// program module, and also bound in the `rlib` package so that
    /// `import rlib.NAME` followed by `rlib.NAME.x` works.
    fn load_rlib_module(&mut self, dotted: &str, path: &Path, at: Span) -> Option<ModuleId> {
        let id = self.load_or_report(dotted, path, at)?;
        let package = self.library_module("rlib");
        let short = dotted.trim_start_matches("rlib.");
        self.bind(package, short, Constant::Module(id));
        Some(id)
    }

    fn bind(&mut self, m: ModuleId, name: &str, value: Constant) {
        self.modules[m.0 as usize]
            .globals
            .insert(name.to_string(), value);
    }

    /// `import a`, `import a as b`, `import a.b` (binds `a`), `import a.b as c`.
    pub(super) fn eval_import(
        &mut self,
        s: &StmtImport,
        m: ModuleId,
        file: crate::diagnostics::FileId,
    ) {
        for alias in &s.names {
            let dotted = alias.name.as_str();
            let at = span(file, alias);
            // Import every prefix, like Python does, so `import rlib.jit` binds `rlib`.
            let mut prefix = String::new();
            let mut first = None;
            let mut last = None;
            for part in dotted.split('.') {
                if !prefix.is_empty() {
                    prefix.push('.');
                }
                prefix.push_str(part);
                let Some(id) = self.import_module(&prefix, at) else {
                    last = None;
                    break;
                };
                first.get_or_insert(id);
                last = Some(id);
            }
            let (Some(first), Some(last)) = (first, last) else {
                continue;
            };
            match &alias.asname {
                Some(asname) => self.bind(m, asname.as_str(), Constant::Module(last)),
                None => {
                    let top = dotted.split('.').next().unwrap_or(dotted);
                    self.bind(m, top, Constant::Module(first));
                }
            }
        }
    }

    /// `from a import x, y as z`.
    pub(super) fn eval_import_from(
        &mut self,
        s: &StmtImportFrom,
        m: ModuleId,
        file: crate::diagnostics::FileId,
    ) {
        let at = span(file, s);
        let Some(module) = &s.module else {
            self.error(
                Rule::Import,
                at,
                "relative imports are not supported",
                "here",
                "use `from module import name`",
            );
            return;
        };
        if s.level > 0 {
            self.error(
                Rule::Import,
                at,
                "relative imports are not supported",
                "here",
                "use `from module import name`",
            );
            return;
        }
        if module.as_str() == "__future__" {
            return;
        }
        let Some(src) = self.import_module(module.as_str(), span(file, module)) else {
            return;
        };
        for alias in &s.names {
            let name = alias.name.as_str();
            let alias_span = span(file, alias);
            // `from rlib import rbigint`: a submodule not imported yet.
            if self.module_global(src, name).is_none()
                && rlib_module_file(&self.dir, &format!("{module}.{name}")).is_some()
            {
                self.import_module(&format!("{module}.{name}"), alias_span);
            }
            if name == "*" {
                self.error(
                    Rule::Import,
                    alias_span,
                    "`from ... import *` is not supported",
                    "star import",
                    "import the names you use explicitly",
                );
                continue;
            }
            let value = match self.module_global(src, name) {
                Some(v) => v,
                None => {
                    let modname = self.modules[src.0 as usize].name.clone();
                    self.error(
                        Rule::Import,
                        alias_span,
                        format!("cannot import name `{name}` from `{modname}`"),
                        "not defined in that module (at this point)",
                        "define the name at module level in that module, before this import runs",
                    );
                    continue;
                }
            };
            let bound = alias.asname.as_ref().map_or(name, |a| a.as_str());
            self.bind(m, bound, value);
        }
    }
}

/// The file of `rlib.NAME` when it is a pure-RPython module of the library
/// (not one the toolchain implements itself): `rlib/NAME.py` in the nearest
/// ancestor of the entry module's directory that has an `rlib` package (the
/// repository root, which CPython runs with on `PYTHONPATH`), or else in
/// the toolchain's own source tree.
fn rlib_module_file(entry_dir: &Path, dotted: &str) -> Option<std::path::PathBuf> {
    let name = dotted.strip_prefix("rlib.")?;
    if name.is_empty() || name.contains('.') || library::is_library_module(dotted) {
        return None;
    }
    let file = format!("{name}.py");
    let start = entry_dir
        .canonicalize()
        .unwrap_or_else(|_| entry_dir.to_path_buf());
    let built_in = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    start
        .ancestors()
        .chain(std::iter::once(built_in.as_path()))
        .map(|dir| dir.join("rlib"))
        .find(|rlib| rlib.join("__init__.py").is_file())
        .map(|rlib| rlib.join(file))
        .filter(|path| path.is_file())
}

/// Library and program modules live in separate namespaces, so an entry
/// module called `os.py` does not hide the `os` library module.
fn module_key(name: &str, library: bool) -> String {
    if library {
        format!("lib:{name}")
    } else {
        name.to_string()
    }
}
