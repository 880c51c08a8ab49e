//! The front end's entry: loads the entry module and the modules it imports,
//! evaluates module-level code, and builds a flow graph per function.

use std::path::Path;

use crate::diagnostics::{Diagnostics, SourceMap};
use crate::flow::build_function;
use crate::module_eval::Evaluator;
use crate::program::{FuncId, Program};

/// Why a program could not be loaded: diagnostics (render them with
/// `diagnostics.render_all(&sources)`), or an unreadable entry file.
pub struct LoadFailure {
    pub sources: SourceMap,
    pub diagnostics: Diagnostics,
    /// Set when the entry file itself cannot be read (no diagnostics then).
    pub io_error: Option<String>,
}

/// Loads the entry module and every program module it imports (files next to
/// it), evaluates module-level code, builds one flow graph per function or
/// method. Reports all errors found.
pub fn load_program(entry: &Path) -> Result<Program, LoadFailure> {
    let dir = entry.parent().map(Path::to_path_buf).unwrap_or_default();
    let mut ev = Evaluator::new(dir);
    let name = entry
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "main".into());
    let entry_module = match ev.load_file(&name, entry) {
        Ok(m) => m,
        Err(msg) => {
            return Err(LoadFailure {
                sources: ev.sources,
                diagnostics: ev.diags,
                io_error: Some(msg),
            });
        }
    };
    let entry_func = ev.entry_function(entry_module);
    // All modules are evaluated: globals are final, graphs can be built.
    let mut diags = Diagnostics::default();
    let graphs: Vec<_> = (0..ev.functions.len())
        .map(|i| build_function(&ev, FuncId(i as u32), &mut diags))
        .collect();
    for (f, g) in ev.functions.iter_mut().zip(graphs) {
        f.graph = g;
    }
    ev.diags.items.extend(diags.items);
    match entry_func {
        Some(entry) if ev.diags.is_empty() => Ok(Program {
            sources: ev.sources,
            modules: ev.modules,
            functions: ev.functions,
            classes: ev.classes,
            instances: ev.instances,
            lists: ev.lists,
            dicts: ev.dicts,
            entry,
        }),
        _ => Err(LoadFailure {
            sources: ev.sources,
            diagnostics: ev.diags,
            io_error: None,
        }),
    }
}
