//! Whole-program type inference (annotation) from `entry_point`.
//!
//! A worklist fixpoint over flow graphs, as PyPy's annotator: every variable
//! gets a `SomeValue`; values only ever grow in the lattice; a block is
//! re-flowed whenever something it read (a parameter, a list item type, an
//! attribute, a callee's return value) is generalised.

mod attrs;
mod builtins;
mod calls;
mod flow;
pub mod lattice;
mod methods;
mod specialize;
pub mod tables;

use std::collections::{BTreeMap, BTreeSet, HashSet, VecDeque};

pub use lattice::{DictDefId, IterSource, ListDefId, SomeValue};
use tables::{AttrInfo, BlockKey, ContainerTables};

use crate::diagnostics::{Diagnostic, Diagnostics, Rule, Span};
use crate::flowgraph::{BlockId, Var};
use crate::program::{ClassId, DictId, FuncId, ListId, Program};

/// The annotator's result, read by the rtyper.
pub struct Annotations {
    /// Per function: the annotation of each variable, or None if never called.
    pub bindings: Vec<Option<Vec<SomeValue>>>,
    /// Per function: which blocks were reached.
    pub reached: Vec<Vec<bool>>,
    /// Per function: the return annotation.
    pub returns: Vec<SomeValue>,
    pub containers: ContainerTables,
    /// Instance attributes by declaring class.
    pub attrs: BTreeMap<(ClassId, String), AttrInfo>,
    /// Classes instantiated by the program (or prebuilt).
    pub instantiated: BTreeSet<ClassId>,
    /// The definition of each prebuilt list and dict.
    pub prebuilt_lists: BTreeMap<ListId, ListDefId>,
    pub prebuilt_dicts: BTreeMap<DictId, DictDefId>,
    /// Specialised copies of functions: id `functions.len() + i` copies `clone_of[i]`.
    pub clone_of: Vec<FuncId>,
    /// Which copy a call site calls: (caller block, op index, callee) -> copy.
    pub spec_sites: BTreeMap<(BlockKey, usize, FuncId), FuncId>,
}

impl Annotations {
    /// The program function a (possibly specialised) function id stands for.
    pub fn original(&self, f: FuncId, program: &Program) -> FuncId {
        let n = program.functions.len();
        if (f.0 as usize) < n {
            f
        } else {
            self.clone_of[f.0 as usize - n]
        }
    }

    pub fn var(&self, func: FuncId, var: Var) -> &SomeValue {
        &self.bindings[func.0 as usize]
            .as_ref()
            .expect("function not annotated")[var.0 as usize]
    }
    pub fn list_item(&self, def: ListDefId) -> &SomeValue {
        &self.containers.list(def).item
    }
    pub fn dict_kv(&self, def: DictDefId) -> (&SomeValue, &SomeValue) {
        let d = self.containers.dict(def);
        (&d.key, &d.value)
    }
    /// The class that declares instance attribute `name` as seen from `class`.
    pub fn attr_owner(&self, program: &Program, class: ClassId, name: &str) -> Option<ClassId> {
        let mut c = Some(class);
        while let Some(k) = c {
            if self.attrs.contains_key(&(k, name.to_string())) {
                return Some(k);
            }
            c = program.class(k).base;
        }
        None
    }
}

struct GraphState {
    bindings: Vec<SomeValue>,
    origins: Vec<Option<Span>>,
    reached: Vec<bool>,
    ret: SomeValue,
    ret_readers: BTreeSet<BlockKey>,
    /// Variables already reported as conflicting (report each once).
    reported: HashSet<u32>,
}

pub struct Annotator<'p> {
    program: &'p Program,
    graphs: Vec<Option<GraphState>>,
    containers: ContainerTables,
    attrs: BTreeMap<(ClassId, String), AttrInfo>,
    instantiated: BTreeSet<ClassId>,
    queue: VecDeque<BlockKey>,
    queued: HashSet<BlockKey>,
    diagnostics: Diagnostics,
    /// The block being flowed, for registering readers.
    current: BlockKey,
    reported_sites: HashSet<(u32, u32, u32)>,
    prebuilt_lists: BTreeMap<ListId, ListDefId>,
    prebuilt_dicts: BTreeMap<DictId, DictDefId>,
    /// Operations whose receiver was only ever None when flowed.
    none_receivers: Vec<(FuncId, crate::flowgraph::Operand, Span)>,
    /// Specialised copies: `clone_of[i]` is the function copied as id `n + i`.
    clone_of: Vec<FuncId>,
    spec_keys: BTreeMap<(FuncId, String), FuncId>,
    spec_sites: BTreeMap<(BlockKey, usize, FuncId), FuncId>,
    /// The operation being flowed in `current`.
    current_op: usize,
}

/// Annotates the program from `entry_point(argv)`.
pub fn annotate(program: &Program) -> Result<Annotations, Diagnostics> {
    let mut a = Annotator::new(program);
    a.seed_prebuilt();
    let entry = program.entry;
    let span = program.function(entry).span;
    let argv = a.containers.new_list(SomeValue::str(), span);
    let argv = SomeValue::List {
        def: argv,
        nullable: false,
    };
    if program.function(entry).params.len() != 1 {
        a.error(
            Diagnostic::new(
                Rule::EntryPoint,
                span,
                "`entry_point` must take exactly one argument",
            )
            .label("defined here")
            .help("define it as `def entry_point(argv):`"),
        );
    } else {
        a.call_function(entry, vec![argv], span);
    }
    a.run();
    a.check_attributes_set();
    a.check_none_receivers();
    a.check_entry_returns_int();
    if !a.diagnostics.is_empty() {
        return Err(a.diagnostics);
    }
    Ok(a.finish())
}

impl<'p> Annotator<'p> {
    fn new(program: &'p Program) -> Annotator<'p> {
        Annotator {
            program,
            graphs: program.functions.iter().map(|_| None).collect(),
            containers: ContainerTables::default(),
            attrs: BTreeMap::new(),
            instantiated: BTreeSet::new(),
            queue: VecDeque::new(),
            queued: HashSet::new(),
            diagnostics: Diagnostics::default(),
            current: (FuncId(0), BlockId(0)),
            reported_sites: HashSet::new(),
            prebuilt_lists: BTreeMap::new(),
            prebuilt_dicts: BTreeMap::new(),
            none_receivers: Vec::new(),
            clone_of: Vec::new(),
            spec_keys: BTreeMap::new(),
            spec_sites: BTreeMap::new(),
            current_op: 0,
        }
    }

    fn finish(self) -> Annotations {
        let mut bindings = Vec::new();
        let mut reached = Vec::new();
        let mut returns = Vec::new();
        for g in self.graphs {
            match g {
                Some(g) => {
                    bindings.push(Some(g.bindings));
                    reached.push(g.reached);
                    returns.push(g.ret);
                }
                None => {
                    bindings.push(None);
                    reached.push(Vec::new());
                    returns.push(SomeValue::Impossible);
                }
            }
        }
        Annotations {
            bindings,
            reached,
            returns,
            containers: self.containers,
            attrs: self.attrs,
            instantiated: self.instantiated,
            prebuilt_lists: self.prebuilt_lists,
            prebuilt_dicts: self.prebuilt_dicts,
            clone_of: self.clone_of,
            spec_sites: self.spec_sites,
        }
    }

    fn error(&mut self, d: Diagnostic) {
        self.diagnostics.push(d);
    }

    /// Reports a diagnostic at most once per source position.
    fn error_once(&mut self, d: Diagnostic) {
        let key = (d.span.file.0, d.span.start, d.span.end);
        if self.reported_sites.insert(key) {
            self.diagnostics.push(d);
        }
    }

    fn schedule(&mut self, key: BlockKey) {
        if self.queued.insert(key) {
            self.queue.push_back(key);
        }
    }

    fn schedule_all(&mut self, keys: BTreeSet<BlockKey>) {
        for k in keys {
            self.schedule(k);
        }
    }

    fn run(&mut self) {
        // The lattice has finite height, so the fixpoint is reached; the
        // bound only guards against a bug turning into a hang.
        const MAX_STEPS: usize = 5_000_000;
        let mut steps = 0usize;
        while let Some(key) = self.queue.pop_front() {
            self.queued.remove(&key);
            steps += 1;
            if steps > MAX_STEPS {
                let span = self.function(key.0).span;
                let d = Diagnostic::new(Rule::Unsupported, span, "type inference did not converge")
                    .label("still being re-analysed here")
                    .help("this is a bug of the toolchain; please report the program");
                self.error(d);
                break;
            }
            self.flow_block(key);
        }
    }

    fn graph_state(&mut self, func: FuncId) -> &mut GraphState {
        let function = self.function(func);
        self.graphs[func.0 as usize].get_or_insert_with(|| {
            let g = &function.graph;
            GraphState {
                bindings: vec![SomeValue::Impossible; g.var_count as usize],
                origins: vec![None; g.var_count as usize],
                reached: vec![false; g.blocks.len()],
                ret: SomeValue::Impossible,
                ret_readers: BTreeSet::new(),
                reported: HashSet::new(),
            }
        })
    }

    /// Generalises a variable's annotation; reports a conflict (once) when
    /// the new value cannot be merged. Returns true when it changed.
    fn bind(&mut self, func: FuncId, var: Var, value: &SomeValue, span: Span) -> bool {
        let old = self.graph_state(func).bindings[var.0 as usize].clone();
        match self.union(&old, value) {
            Some(new) => {
                let g = self.graph_state(func);
                if g.origins[var.0 as usize].is_none() && new != SomeValue::Impossible {
                    g.origins[var.0 as usize] = Some(span);
                }
                if new != old {
                    g.bindings[var.0 as usize] = new;
                    true
                } else {
                    false
                }
            }
            None => {
                let g = self.graph_state(func);
                if g.reported.insert(var.0) {
                    let origin = g.origins[var.0 as usize];
                    let name = self
                        .function(func)
                        .graph
                        .var_names
                        .get(var.0 as usize)
                        .cloned()
                        .flatten();
                    let what = match &name {
                        Some(n) => format!("variable `{n}`"),
                        None => "a value".to_string(),
                    };
                    let msg = format!(
                        "{what} has conflicting types: {} and {}",
                        self.describe(&old),
                        self.describe(value)
                    );
                    let mut d = Diagnostic::new(Rule::TypeConflict, span, msg)
                        .label(format!("here it gets {}", self.describe(value)))
                        .help(conflict_help(&old, value));

                    if let Some(o) = origin {
                        d = d.note(o, format!("here it was {}", self.describe(&old)));
                    }
                    self.error(d);
                }
                false
            }
        }
    }

    fn union(&mut self, a: &SomeValue, b: &SomeValue) -> Option<SomeValue> {
        lattice::union(self, a, b)
    }

    pub(crate) fn describe(&self, v: &SomeValue) -> String {
        v.describe(self)
    }

    /// Called when a function's graph must be annotated with (more general)
    /// arguments: unions them into the start block's parameters.
    fn call_function(&mut self, func: FuncId, args: Vec<SomeValue>, span: Span) -> SomeValue {
        let start = self.function(func).graph.start;
        let params = self.function(func).graph.block(start).params.clone();
        let first_time = !self.graph_state(func).reached[start.0 as usize];
        let mut changed = first_time;
        for (p, a) in params.iter().zip(args.iter()) {
            changed |= self.bind(func, *p, a, span);
        }
        if changed {
            self.graph_state(func).reached[start.0 as usize] = true;
            self.schedule((func, start));
        }
        let current = self.current;
        let g = self.graph_state(func);
        g.ret_readers.insert(current);
        g.ret.clone()
    }

    /// An operation on a value that is always None would raise in CPython;
    /// the dialect rejects it.
    fn check_none_receivers(&mut self) {
        for (func, operand, span) in std::mem::take(&mut self.none_receivers) {
            if self.operand(func, &operand, span) == SomeValue::None {
                let d = Diagnostic::new(
                    Rule::TypeConflict,
                    span,
                    "this operation is applied to a value that is always None",
                )
                .label("always None here")
                .help("give the variable a value of a real type on every path before using it");
                self.error_once(d);
            }
        }
    }

    fn check_entry_returns_int(&mut self) {
        let entry = self.program.entry;
        let ret = self.graph_state(entry).ret.clone();
        if !matches!(
            ret,
            SomeValue::Int | SomeValue::Bool | SomeValue::Impossible
        ) {
            let span = self.program.function(entry).span;
            let d = Diagnostic::new(
                Rule::EntryPoint,
                span,
                format!(
                    "`entry_point` must return an int, but it returns {}",
                    self.describe(&ret)
                ),
            )
            .label("defined here")
            .help("return the process exit status, e.g. `return 0`");
            self.error(d);
        }
    }
}

impl lattice::UnionCtx for Annotator<'_> {
    fn merge_lists(&mut self, a: ListDefId, b: ListDefId) -> ListDefId {
        let (ra, rb) = (self.containers.find_list(a), self.containers.find_list(b));
        if ra == rb {
            return ra;
        }
        let other = self.containers.lists[rb.0 as usize].clone();
        self.containers.lists[rb.0 as usize].parent = Some(ra);
        let mine = self.containers.lists[ra.0 as usize].item.clone();
        let item = match self.union(&mine, &other.item) {
            Some(v) => v,
            None => {
                self.list_conflict(ra, &other.item, other.origin);
                mine.clone()
            }
        };
        let root = self.containers.list_mut(ra);
        let changed_a = root.item != item;
        root.item = item.clone();
        let mut readers = root.readers.clone();
        readers.extend(other.readers.iter().copied());
        root.readers = readers.clone();
        if changed_a || other.item != item {
            self.schedule_all(readers);
        }
        ra
    }

    fn merge_dicts(&mut self, a: DictDefId, b: DictDefId) -> DictDefId {
        let (ra, rb) = (self.containers.find_dict(a), self.containers.find_dict(b));
        if ra == rb {
            return ra;
        }
        let other = self.containers.dicts[rb.0 as usize].clone();
        self.containers.dicts[rb.0 as usize].parent = Some(ra);
        let (mk, mv) = {
            let d = &self.containers.dicts[ra.0 as usize];
            (d.key.clone(), d.value.clone())
        };
        let key = self.union(&mk, &other.key).unwrap_or_else(|| mk.clone());
        let value = self.union(&mv, &other.value).unwrap_or_else(|| mv.clone());
        let root = self.containers.dict_mut(ra);
        root.key = key;
        root.value = value;
        let mut readers = root.readers.clone();
        readers.extend(other.readers.iter().copied());
        root.readers = readers.clone();
        self.schedule_all(readers);
        ra
    }

    fn common_base(&self, a: ClassId, b: ClassId) -> ClassId {
        self.program.common_base(a, b)
    }
}

impl lattice::Describe for Annotator<'_> {
    fn list_item(&self, def: ListDefId) -> SomeValue {
        self.containers.list(def).item.clone()
    }
    fn dict_items(&self, def: DictDefId) -> (SomeValue, SomeValue) {
        let d = self.containers.dict(def);
        (d.key.clone(), d.value.clone())
    }
    fn class_name(&self, class: ClassId) -> String {
        self.program.class(class).name.clone()
    }
    fn func_name(&self, func: FuncId) -> String {
        self.function(func).name.clone()
    }
}

/// The `help:` line of a type conflict, specific where a common fix exists.
fn conflict_help(a: &SomeValue, b: &SomeValue) -> &'static str {
    let numbers = |x: &SomeValue, y: &SomeValue| {
        matches!(x, SomeValue::Int | SomeValue::Uint | SomeValue::Bool) && *y == SomeValue::Float
    };
    if numbers(a, b) || numbers(b, a) {
        "CPython prints ints and floats differently: start from a float (`0.0`) or convert with `float(x)`"
    } else if matches!(
        (a, b),
        (SomeValue::Bool, SomeValue::Int) | (SomeValue::Int, SomeValue::Bool)
    ) {
        "CPython prints `True` and `1` differently: convert with `int(x)` or keep the variable a bool"
    } else if *a == SomeValue::None || *b == SomeValue::None {
        "None mixes only with instances, str, bytes, lists and dicts; use a sentinel value of the same type"
    } else {
        "use a separate variable for each type, or make both values the same type"
    }
}
