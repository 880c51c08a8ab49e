//! Rtyping: annotated flow graphs -> typed graphs (PyPy's rtyper, ootype
//! flavour). Every annotation becomes a `Type`, every high-level operation
//! one or more typed operations; conversions (int -> float, None -> null)
//! are made explicit on links and arguments.

mod builtins;
mod calls;
mod classes;
mod compare;
mod constants;
mod format;
mod graph;
mod ops;
mod types;

use std::collections::BTreeMap;

use frontend::annotator::Annotations;
use frontend::diagnostics::{Diagnostic, Diagnostics, Rule, Span};
use frontend::program::{FuncId, Program as FrontProgram};

use crate::ir::{self, GraphId, PrebuiltId};

pub struct RTyper<'p> {
    pub(crate) program: &'p FrontProgram,
    pub(crate) ann: &'p Annotations,
    /// Annotated functions and their graph ids.
    pub(crate) graph_ids: BTreeMap<FuncId, GraphId>,
    pub(crate) graphs: Vec<Option<ir::Graph>>,
    pub(crate) classes: Vec<ir::ClassDef>,
    pub(crate) prebuilt: Vec<ir::Prebuilt>,
    pub(crate) prebuilt_ids: BTreeMap<constants::PrebuiltKey, PrebuiltId>,
    pub(crate) diagnostics: Diagnostics,
    /// The graph being built.
    pub(crate) g: Option<graph::GraphState>,
}

/// Turns the annotated program into the typed IR.
pub fn rtype(program: &FrontProgram, ann: &Annotations) -> Result<ir::Program, Diagnostics> {
    let mut rt = RTyper {
        program,
        ann,
        graph_ids: BTreeMap::new(),
        graphs: Vec::new(),
        classes: Vec::new(),
        prebuilt: Vec::new(),
        prebuilt_ids: BTreeMap::new(),
        diagnostics: Diagnostics::default(),
        g: None,
    };
    for (i, b) in ann.bindings.iter().enumerate() {
        if b.is_some() {
            let id = GraphId(rt.graph_ids.len() as u32);
            rt.graph_ids.insert(FuncId(i as u32), id);
        }
    }
    rt.graphs = vec![None; rt.graph_ids.len()];
    rt.build_classes();
    let funcs: Vec<FuncId> = rt.graph_ids.keys().copied().collect();
    for f in funcs {
        let g = rt.translate_function(f);
        let id = rt.graph_ids[&f];
        rt.graphs[id.0 as usize] = Some(g);
    }
    rt.fill_class_attrs();
    if !rt.diagnostics.is_empty() {
        return Err(rt.diagnostics);
    }
    let builtin_exceptions = frontend::program::BUILTIN_CLASSES
        .iter()
        .enumerate()
        .skip(1)
        .map(|(i, (name, _))| (name.to_string(), ir::ClassId(i as u32)))
        .collect();
    Ok(ir::Program {
        classes: rt.classes,
        graphs: rt
            .graphs
            .into_iter()
            .map(|g| g.expect("graph translated"))
            .collect(),
        prebuilt: rt.prebuilt,
        entry: rt.graph_ids[&program.entry],
        builtin_exceptions,
    })
}

impl<'p> RTyper<'p> {
    /// The program function of a (possibly specialised) function id.
    pub(crate) fn function(&self, f: FuncId) -> &'p frontend::program::Function {
        self.program.function(self.ann.original(f, self.program))
    }

    pub(crate) fn error(&mut self, span: Span, message: impl Into<String>) {
        let d = Diagnostic::new(Rule::Unsupported, span, message)
            .label("cannot be translated")
            .help("see docs/dialect.md for what the dialect supports");
        self.diagnostics.push(d);
    }
}
