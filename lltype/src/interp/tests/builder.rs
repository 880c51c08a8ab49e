//! A tiny builder for hand-written typed programs in tests.

use std::collections::BTreeMap;

use crate::interp::{run, run_with_limit, Outcome};
use crate::ir::*;

pub const BUILTIN_EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("ArithmeticError", "Exception"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("ValueError", "Exception"),
    ("UnicodeDecodeError", "ValueError"),
    ("TypeError", "Exception"),
    ("AttributeError", "Exception"),
    ("RuntimeError", "Exception"),
    ("RecursionError", "RuntimeError"),
    ("OSError", "Exception"),
    ("FileNotFoundError", "OSError"),
];

pub struct ProgramBuilder {
    pub program: Program,
}

impl ProgramBuilder {
    pub fn new() -> ProgramBuilder {
        let mut b = ProgramBuilder {
            program: Program {
                classes: Vec::new(),
                graphs: Vec::new(),
                prebuilt: Vec::new(),
                entry: GraphId(0),
                builtin_exceptions: BTreeMap::new(),
            },
        };
        for (name, base) in BUILTIN_EXCEPTIONS {
            let base = (!base.is_empty()).then(|| b.program.builtin_exceptions[*base]);
            let fields: &[(&str, Type)] = if *name == "BaseException" {
                &[("message", Type::Str)]
            } else {
                &[]
            };
            let id = b.class(name, base, fields);
            b.program.classes[id.0 as usize].builtin = true;
            b.program.builtin_exceptions.insert(name.to_string(), id);
        }
        b
    }

    pub fn exc(&self, name: &str) -> ClassId {
        self.program.builtin_exceptions[name]
    }

    pub fn class(&mut self, name: &str, base: Option<ClassId>, fields: &[(&str, Type)]) -> ClassId {
        let id = ClassId(self.program.classes.len() as u32);
        self.program.classes.push(ClassDef {
            name: name.to_string(),
            qualname: format!("test.{name}"),
            base,
            fields: fields
                .iter()
                .map(|(n, t)| Field {
                    name: n.to_string(),
                    ty: t.clone(),
                })
                .collect(),
            methods: BTreeMap::new(),
            class_attrs: BTreeMap::new(),
            builtin: false,
        });
        id
    }

    pub fn class_attr(&mut self, class: ClassId, name: &str, ty: Type, value: Const) {
        self.program.classes[class.0 as usize]
            .class_attrs
            .insert(name.to_string(), (ty, value));
    }

    /// Reserves a graph id (for recursion and forward references).
    pub fn declare(&mut self) -> GraphId {
        let id = GraphId(self.program.graphs.len() as u32);
        self.program
            .graphs
            .push(GraphBuilder::new("<declared>", &[], Type::Void).0.finish());
        id
    }

    pub fn define(&mut self, id: GraphId, g: Graph) {
        self.program.graphs[id.0 as usize] = g;
    }

    pub fn add(&mut self, g: Graph) -> GraphId {
        let id = self.declare();
        self.define(id, g);
        id
    }

    pub fn method(&mut self, class: ClassId, name: &str, g: Graph) -> GraphId {
        let id = self.add(g);
        self.program.classes[class.0 as usize]
            .methods
            .insert(name.to_string(), id);
        id
    }

    pub fn prebuilt(&mut self, p: Prebuilt) -> Const {
        self.program.prebuilt.push(p);
        Const::Prebuilt(PrebuiltId(self.program.prebuilt.len() as u32 - 1))
    }

    /// Runs with `entry` as the entry point; returns the outcome and output.
    pub fn run(&mut self, entry: GraphId) -> (Outcome, String) {
        self.run_limit(entry, None)
    }

    pub fn run_limit(&mut self, entry: GraphId, limit: Option<usize>) -> (Outcome, String) {
        self.program.entry = entry;
        let mut out = Vec::new();
        let outcome = match limit {
            None => run(&self.program, vec!["prog".into()], &mut out),
            Some(l) => run_with_limit(&self.program, vec!["prog".into()], &mut out, l),
        };
        (outcome, String::from_utf8(out).unwrap())
    }
}

pub struct GraphBuilder {
    graph: Graph,
    cur: BlockId,
}

pub fn v(var: Var) -> Value {
    Value::Var(var)
}
pub fn int(i: i64) -> Value {
    Value::Const(Const::Int(i))
}
pub fn float(f: f64) -> Value {
    Value::Const(Const::Float(f))
}
pub fn s(text: &str) -> Value {
    Value::Const(Const::Str(text.into()))
}
pub fn boolean(b: bool) -> Value {
    Value::Const(Const::Bool(b))
}
pub fn null() -> Value {
    Value::Const(Const::Null)
}
pub fn c(k: Const) -> Value {
    Value::Const(k)
}
pub fn link(target: BlockId, args: Vec<Value>) -> Link {
    Link {
        target,
        args: args.into_iter().map(LinkArg::Value).collect(),
    }
}

impl GraphBuilder {
    /// A graph whose start block has parameters of `params` types.
    pub fn new(name: &str, params: &[Type], ret: Type) -> (GraphBuilder, Vec<Var>) {
        let mut b = GraphBuilder {
            graph: Graph {
                name: name.to_string(),
                var_types: Vec::new(),
                blocks: Vec::new(),
                start: BlockId(0),
                ret,
                origin: "test.py:1".into(),
            },
            cur: BlockId(0),
        };
        let (_, vars) = b.block(params);
        (b, vars)
    }

    pub fn var(&mut self, ty: Type) -> Var {
        self.graph.var_types.push(ty);
        Var(self.graph.var_types.len() as u32 - 1)
    }

    /// A new block with parameters; ops go to the current block until `switch`.
    pub fn block(&mut self, params: &[Type]) -> (BlockId, Vec<Var>) {
        let vars: Vec<Var> = params.iter().map(|t| self.var(t.clone())).collect();
        self.graph.blocks.push(Block {
            params: vars.clone(),
            ops: Vec::new(),
            exit: Exit::Return(null()),
        });
        (BlockId(self.graph.blocks.len() as u32 - 1), vars)
    }

    pub fn switch(&mut self, b: BlockId) {
        self.cur = b;
    }

    pub fn op(&mut self, opcode: Opcode, args: Vec<Value>, ty: Type) -> Var {
        let result = self.var(ty);
        self.graph.blocks[self.cur.0 as usize].ops.push(Op {
            opcode,
            args,
            result,
        });
        result
    }

    /// An op without a useful result.
    pub fn emit(&mut self, opcode: Opcode, args: Vec<Value>) {
        self.op(opcode, args, Type::Void);
    }

    /// `print(x)` as the front end lowers it: str(x), then the newline.
    pub fn print(&mut self, x: Value) {
        let text = self.op(Opcode::ToStr, vec![x], Type::Str);
        self.emit(Opcode::WriteStdout, vec![v(text)]);
        self.emit(Opcode::WriteStdout, vec![s("\n")]);
    }

    pub fn exit(&mut self, exit: Exit) {
        self.graph.blocks[self.cur.0 as usize].exit = exit;
    }

    pub fn ret(&mut self, value: Value) {
        self.exit(Exit::Return(value));
    }

    /// `for x in iterable: body(x)`, ended by StopIteration. Loop state
    /// lives in variables of the enclosing frame (the interpreter does not
    /// need strict SSA, which keeps these tests short).
    pub fn for_each(
        &mut self,
        iterable: Value,
        kind: IterKind,
        item: Type,
        stop: ClassId,
        body: impl FnOnce(&mut GraphBuilder, Var),
    ) {
        let it = self.op(
            Opcode::NewIter(kind),
            vec![iterable],
            Type::Iter(kind, item.clone().into()),
        );
        let (head, _) = self.block(&[]);
        let (b, bv) = self.block(&[item]);
        let (done, _) = self.block(&[]);
        self.exit(Exit::Goto(link(head, vec![])));
        self.switch(head);
        let x = self.op(Opcode::IterNext, vec![v(it)], Type::Void);
        self.exit(Exit::Catch {
            normal: link(b, vec![v(x)]),
            handlers: vec![Handler {
                class: Some(stop),
                link: link(done, vec![]),
            }],
        });
        self.switch(b);
        body(self, bv[0]);
        self.exit(Exit::Goto(link(head, vec![])));
        self.switch(done);
    }

    pub fn finish(self) -> Graph {
        self.graph
    }
}

/// An entry point graph `entry_point(argv) -> int` and its argv var.
pub fn entry() -> (GraphBuilder, Var) {
    let (g, vars) = GraphBuilder::new("test.entry_point", &[Type::list(Type::Str)], Type::Int);
    (g, vars[0])
}
