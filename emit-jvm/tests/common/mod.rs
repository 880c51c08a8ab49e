//! Shared helpers of the emit-jvm tests: a small builder for typed graphs
//! (the front end is not needed to test the backend) and a runner for jars.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use lltype::ir::*;

pub struct GraphBuilder {
    pub graph: Graph,
}

impl GraphBuilder {
    /// A graph whose start block takes `params`; returns it and the params.
    pub fn new(name: &str, params: &[Type], ret: Type) -> (GraphBuilder, Vec<Var>) {
        let mut b = GraphBuilder {
            graph: Graph {
                name: name.into(),
                var_types: vec![],
                blocks: vec![],
                start: BlockId(0),
                ret,
                origin: format!("{name}.py:1"),
            },
        };
        let (_, ps) = b.block(params);
        (b, ps)
    }

    pub fn var(&mut self, t: Type) -> Var {
        self.graph.var_types.push(t);
        Var(self.graph.var_types.len() as u32 - 1)
    }

    pub fn block(&mut self, params: &[Type]) -> (BlockId, Vec<Var>) {
        let ps: Vec<Var> = params.iter().map(|t| self.var(t.clone())).collect();
        self.graph.blocks.push(Block {
            params: ps.clone(),
            ops: vec![],
            exit: Exit::Return(Value::Const(Const::Void)),
        });
        (BlockId(self.graph.blocks.len() as u32 - 1), ps)
    }

    pub fn op(&mut self, b: BlockId, opcode: Opcode, args: Vec<Value>, t: Type) -> Var {
        let result = self.var(t);
        self.graph.blocks[b.0 as usize].ops.push(Op {
            opcode,
            args,
            result,
        });
        result
    }

    pub fn exit(&mut self, b: BlockId, exit: Exit) {
        self.graph.blocks[b.0 as usize].exit = exit;
    }
}

pub fn v(x: Var) -> Value {
    Value::Var(x)
}

pub fn int(i: i64) -> Value {
    Value::Const(Const::Int(i))
}

pub fn s(text: &str) -> Value {
    Value::Const(Const::Str(text.into()))
}

pub fn link(target: BlockId, args: Vec<Value>) -> Link {
    Link {
        target,
        args: args.into_iter().map(LinkArg::Value).collect(),
    }
}

/// Writes `print(x)` of an int var.
pub fn print_int(b: &mut GraphBuilder, blk: BlockId, x: Value) {
    let s = b.op(blk, Opcode::ToStr, vec![x], Type::Str);
    let line = b.op(
        blk,
        Opcode::StrConcat,
        vec![v(s), Value::Const(Const::Str("\n".into()))],
        Type::Str,
    );
    b.op(blk, Opcode::WriteStdout, vec![v(line)], Type::Void);
}

/// The built-in exception classes a program needs: BaseException (with
/// `message`), Exception and the given subclasses of Exception.
pub fn builtin_classes(names: &[&str]) -> (Vec<ClassDef>, BTreeMap<String, ClassId>) {
    let mut classes = vec![
        ClassDef {
            name: "BaseException".into(),
            qualname: "builtins.BaseException".into(),
            base: None,
            fields: vec![Field {
                name: "message".into(),
                ty: Type::Str,
            }],
            methods: BTreeMap::new(),
            class_attrs: BTreeMap::new(),
            builtin: true,
        },
        ClassDef {
            name: "Exception".into(),
            qualname: "builtins.Exception".into(),
            base: Some(ClassId(0)),
            fields: vec![],
            methods: BTreeMap::new(),
            class_attrs: BTreeMap::new(),
            builtin: true,
        },
    ];
    let mut map = BTreeMap::new();
    map.insert("BaseException".to_string(), ClassId(0));
    map.insert("Exception".to_string(), ClassId(1));
    for n in names {
        map.insert(n.to_string(), ClassId(classes.len() as u32));
        classes.push(ClassDef {
            name: n.to_string(),
            qualname: format!("builtins.{n}"),
            base: Some(ClassId(1)),
            fields: vec![],
            methods: BTreeMap::new(),
            class_attrs: BTreeMap::new(),
            builtin: true,
        });
    }
    (classes, map)
}

pub fn program(
    graphs: Vec<Graph>,
    classes: Vec<ClassDef>,
    builtins: BTreeMap<String, ClassId>,
) -> Program {
    Program {
        classes,
        graphs,
        prebuilt: vec![],
        entry: GraphId(0),
        builtin_exceptions: builtins,
    }
}

/// `java`, or a failure that says how to get it (never a silent skip).
pub fn java() -> &'static str {
    match Command::new("java").arg("-version").output() {
        Ok(o) if o.status.success() => "java",
        _ => panic!("`java` is required to run the JVM backend tests\nhelp: apt-get install openjdk-17-jdk-headless"),
    }
}

pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("emit-jvm")
        .join(name);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub status: i32,
}

/// Builds the jar of `p` and runs it with `java -Xverify:all -jar`.
pub fn build_and_run(name: &str, p: &Program, args: &[&str]) -> Run {
    let jar = scratch_dir(name).join("prog.jar");
    emit_jvm::build_jar(p, &jar).unwrap_or_else(|e| panic!("build_jar: {e}"));
    run_jar(&jar, args)
}

pub fn run_jar(jar: &Path, args: &[&str]) -> Run {
    let out = Command::new(java())
        .arg("-Xverify:all")
        .arg("-Xss16m")
        .arg("-jar")
        .arg(jar)
        .args(args)
        .output()
        .unwrap();
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        status: out.status.code().unwrap_or(-1),
    }
}
