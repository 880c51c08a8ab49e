//! Lowering of a typed program to class files. One concept per module:
//! `types` (IR types to JVM types), `graph` (a graph to a method body),
//! `ops` (each operation), `classes` (program classes), `tuples` (tuple
//! classes), `prebuilt` (the constants class), `main_class` (start-up).

pub mod classes;
pub mod graph;
pub mod main_class;
pub mod names;
pub mod ops;
pub mod prebuilt;
pub mod slots;
pub mod split;
pub mod tuples;
pub mod types;

use std::collections::{BTreeMap, BTreeSet};

use lltype::ir::{ClassId, Const, Field, GraphId, Opcode, Program, Type, Value};

use crate::classfile::JType;

/// The field of a built-in exception that `str(e)` shows.
pub const MESSAGE: &str = "message";

/// Graphs per code class, and operations: keep each class's constant pool
/// well below its limit of 65535 entries.
const GRAPHS_PER_CLASS: usize = 64;
const OPS_PER_CLASS: usize = 20_000;

/// Program-wide facts the lowering of each piece needs.
pub struct Ctx<'p> {
    pub program: &'p Program,
    /// Tuple type -> generated class name.
    pub tuples: BTreeMap<Type, String>,
    /// Classes on which a method is called virtually, by method name.
    pub virtual_calls: BTreeSet<(ClassId, String)>,
    /// Classes on which a method is taken as a value (`get_method`).
    pub method_values: BTreeSet<(ClassId, String)>,
    /// The code class of each graph, by graph index.
    owners: Vec<u32>,
    /// Program classes by their JVM name.
    class_ids: BTreeMap<String, ClassId>,
}

/// A finished class file: (jar entry name, bytes).
pub type ClassBytes = (String, Vec<u8>);

impl<'p> Ctx<'p> {
    pub fn new(program: &'p Program) -> Ctx<'p> {
        let mut ctx = Ctx {
            program,
            tuples: BTreeMap::new(),
            virtual_calls: BTreeSet::new(),
            method_values: BTreeSet::new(),
            owners: Vec::new(),
            class_ids: BTreeMap::new(),
        };
        for i in 0..program.classes.len() {
            let c = ClassId(i as u32);
            ctx.class_ids.insert(ctx.class_name(c), c);
        }
        ctx.assign_owners();
        ctx.scan();
        ctx
    }

    /// Finds every tuple type and every virtual call site's receiver class.
    fn scan(&mut self) {
        let mut tuples = BTreeSet::new();
        let p = self.program;
        for g in &p.graphs {
            for t in &g.var_types {
                tuples::collect(t, &mut tuples);
            }
            tuples::collect(&g.ret, &mut tuples);
            for b in &g.blocks {
                for op in &b.ops {
                    let receiver = || match op.args.first() {
                        Some(Value::Var(v)) => match g.var_type(*v) {
                            Type::Instance(c) => Some(*c),
                            _ => None,
                        },
                        Some(Value::Const(Const::Prebuilt(id))) => match &p.prebuilt[id.0 as usize]
                        {
                            lltype::ir::Prebuilt::Instance { class, .. } => Some(*class),
                            _ => None,
                        },
                        _ => None,
                    };
                    match &op.opcode {
                        Opcode::MethodCall(name) => {
                            if let Some(c) = receiver() {
                                self.virtual_calls.insert((c, name.clone()));
                            }
                        }
                        Opcode::GetMethod(name) => {
                            if let Some(c) = receiver() {
                                self.method_values.insert((c, name.clone()));
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
        for c in &p.classes {
            for f in &c.fields {
                tuples::collect(&f.ty, &mut tuples);
            }
            for (t, _) in c.class_attrs.values() {
                tuples::collect(t, &mut tuples);
            }
        }
        for pb in &p.prebuilt {
            tuples::collect(&prebuilt::prebuilt_type(pb), &mut tuples);
        }
        for (i, t) in tuples.into_iter().enumerate() {
            self.tuples.insert(t, format!("py/T{i}"));
        }
    }

    /// Groups consecutive graphs into code classes of bounded size.
    fn assign_owners(&mut self) {
        let (mut class, mut graphs, mut ops) = (0u32, 0usize, 0usize);
        for g in &self.program.graphs {
            let size: usize = g.blocks.iter().map(|b| b.ops.len() + 1).sum();
            if graphs > 0 && (graphs >= GRAPHS_PER_CLASS || ops + size > OPS_PER_CLASS) {
                class += 1;
                graphs = 0;
                ops = 0;
            }
            graphs += 1;
            ops += size;
            self.owners.push(class);
        }
    }

    /// The class holding graph `g` as a static method.
    pub fn graph_owner(&self, g: GraphId) -> String {
        format!("py/Code{}", self.owners[g.0 as usize])
    }

    pub fn graph_method(&self, g: GraphId) -> String {
        names::method_name(&self.program.graph(g).name)
    }

    pub fn graph_descriptor(&self, g: GraphId) -> String {
        let graph = self.program.graph(g);
        let params: Vec<_> = graph
            .params()
            .iter()
            .map(|v| self.jtype(graph.var_type(*v)))
            .filter(|t| *t != crate::classfile::JType::Void)
            .collect();
        crate::classfile::method_descriptor(&params, &self.jtype(&graph.ret))
    }

    pub fn class_name(&self, c: ClassId) -> String {
        names::class_name(&self.program.class(c).qualname)
    }

    /// True when a value of JVM type `from` is already a `to`: the same
    /// class or a program class below it. Such a value needs no `checkcast`.
    pub fn is_upcast(&self, from: &JType, to: &JType) -> bool {
        let (JType::Ref(from), JType::Ref(to)) = (from, to) else {
            return false;
        };
        let mut class = self.class_ids.get(&**from).copied();
        while let Some(c) = class {
            if self.class_name(c) == **to {
                return true;
            }
            class = self.program.class(c).base;
        }
        false
    }

    /// The class of `c`'s hierarchy (`c` or a base) that declares field
    /// `name`, and the field.
    pub fn field_owner(&self, c: ClassId, name: &str) -> Option<(ClassId, &'p Field)> {
        let mut class = Some(c);
        while let Some(k) = class {
            let def = self.program.class(k);
            if let Some(f) = def.fields.iter().find(|f| f.name == name) {
                return Some((k, f));
            }
            class = def.base;
        }
        None
    }

    /// For a built-in exception class, the class declaring its `message`
    /// (`BaseException`): such classes get a constructor that sets it.
    pub fn message_owner(&self, c: ClassId) -> Option<String> {
        if !self.program.class(c).builtin {
            return None;
        }
        let (owner, field) = self.field_owner(c, MESSAGE)?;
        (field.ty == Type::Str).then(|| self.class_name(owner))
    }

    /// All class files of the program (the shim classes are added by the jar writer).
    pub fn lower(&self) -> Result<Vec<ClassBytes>, String> {
        let mut out = Vec::new();
        for i in 0..self.program.classes.len() {
            out.push(classes::lower_class(self, ClassId(i as u32))?);
        }
        for (t, name) in &self.tuples {
            out.push(tuples::lower_tuple(self, t, name)?);
        }
        out.extend(graph::lower_code_classes(self)?);
        out.extend(prebuilt::lower_prebuilt(self)?);
        out.push(main_class::lower_main(self)?);
        out.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(out)
    }
}
