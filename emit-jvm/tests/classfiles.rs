//! Structure of the generated class files (read back with ristretto's
//! reader), determinism of the jar, and run-time behaviours the corpus does
//! not reach: cyclic prebuilt constants and deep recursion.

mod common;

use std::collections::BTreeMap;

use common::*;
use lltype::ir::*;
use ristretto_classfile::attributes::{Attribute, Instruction};
use ristretto_classfile::{ClassFile, MethodAccessFlags, JAVA_17};

/// entry_point(argv): prints fact(20) computed by a recursive graph; the
/// recursion depth comes from len(argv) so a huge depth can be requested.
fn recursive_program() -> Program {
    let (mut e, argv) = GraphBuilder::new("m.entry_point", &[Type::list(Type::Str)], Type::Int);
    let b0 = BlockId(0);
    let n = e.op(b0, Opcode::ListLen, vec![v(argv[0])], Type::Int);
    let big = e.op(
        b0,
        Opcode::IntMul,
        vec![v(n), int(1_000_000_000)],
        Type::Int,
    );
    let depth = e.op(
        b0,
        Opcode::IntSub,
        vec![v(big), int(1_000_000_000 - 20)],
        Type::Int,
    );
    let r = e.op(
        b0,
        Opcode::DirectCall(GraphId(1)),
        vec![v(depth)],
        Type::Int,
    );
    print_int(&mut e, b0, v(r));
    e.exit(b0, Exit::Return(int(0)));

    let (mut f, p) = GraphBuilder::new("m.fact", &[Type::Int], Type::Int);
    let b0 = BlockId(0);
    let c = f.op(b0, Opcode::IntLe, vec![v(p[0]), int(1)], Type::Bool);
    let (b1, _) = f.block(&[]);
    let (b2, q) = f.block(&[Type::Int]);
    f.exit(
        b0,
        Exit::Branch {
            cond: v(c),
            if_true: link(b1, vec![]),
            if_false: link(b2, vec![v(p[0])]),
        },
    );
    f.exit(b1, Exit::Return(int(1)));
    let m = f.op(b2, Opcode::IntSub, vec![v(q[0]), int(1)], Type::Int);
    let r = f.op(b2, Opcode::DirectCall(GraphId(1)), vec![v(m)], Type::Int);
    let k = f.op(b2, Opcode::IntMul, vec![v(q[0]), v(r)], Type::Int);
    f.exit(b2, Exit::Return(v(k)));
    let (classes, builtins) = builtin_classes(&[]);
    program(vec![e.graph, f.graph], classes, builtins)
}

#[test]
fn class_files_read_back_with_expected_structure() {
    let p = recursive_program();
    let files = emit_jvm::class_files(&p).unwrap();
    let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "entries are sorted");
    for required in [
        "py/Main.class",
        "py/Code0.class",
        "py/Prebuilt.class",
        "rpy/rt/Rt.class",
        "rpy/rt/RPyException.class",
    ] {
        assert!(names.contains(&required), "missing {required}");
    }
    for (name, bytes) in files.iter().filter(|(n, _)| n.starts_with("py/")) {
        let class = ClassFile::from_bytes(bytes).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(class.version, JAVA_17, "{name}");
        assert_eq!(format!("{}.class", class.class_name().unwrap()), *name);
        for m in &class.methods {
            for a in &m.attributes {
                if let Attribute::Code {
                    code, attributes, ..
                } = a
                {
                    let branches = code.iter().any(|i| {
                        format!("{i:?}").starts_with("If") || format!("{i:?}").starts_with("Goto")
                    });
                    let has_frames = attributes
                        .iter()
                        .any(|a| matches!(a, Attribute::StackMapTable { .. }));
                    assert!(
                        !branches || has_frames,
                        "{name}: a method with branches needs a StackMapTable"
                    );
                }
            }
        }
    }
    let main = files.iter().find(|(n, _)| n == "py/Main.class").unwrap();
    let main = ClassFile::from_bytes(&main.1).unwrap();
    let entry = main
        .methods
        .iter()
        .find(|m| main.constant_pool.try_get_utf8(m.name_index).unwrap() == "main")
        .expect("main method");
    assert!(entry
        .access_flags
        .contains(MethodAccessFlags::PUBLIC | MethodAccessFlags::STATIC));
    assert_eq!(
        main.constant_pool
            .try_get_utf8(entry.descriptor_index)
            .unwrap(),
        "([Ljava/lang/String;)V"
    );
}

#[test]
fn jar_is_deterministic_and_manifest_names_main() {
    let p = recursive_program();
    let dir = scratch_dir("determinism");
    let (a, b) = (dir.join("a.jar"), dir.join("b.jar"));
    emit_jvm::build_jar(&p, &a).unwrap();
    emit_jvm::build_jar(&p, &b).unwrap();
    let (ba, bb) = (std::fs::read(&a).unwrap(), std::fs::read(&b).unwrap());
    assert_eq!(ba, bb, "two builds of one program differ");
    let text = String::from_utf8_lossy(&ba);
    assert!(text.contains("Main-Class: py.Main"));
    let leftovers: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .contains(".tmp")
        })
        .collect();
    assert!(leftovers.is_empty(), "temporary files left behind");
}

#[test]
fn deep_recursion_works_and_stack_overflow_is_a_recursion_error() {
    let p = recursive_program();
    let r = build_and_run("recursion", &p, &[]);
    assert_eq!(r.stdout, "2432902008176640000\n", "stderr: {}", r.stderr);
    assert_eq!(r.status, 0);
    // len(argv) == 2: a depth of a billion overflows any stack.
    let jar = scratch_dir("recursion").join("prog.jar");
    let r = run_jar(&jar, &["x"]);
    assert_eq!(r.status, 1);
    assert!(
        r.stderr.starts_with("Fatal RPython error: RecursionError"),
        "stderr: {}",
        r.stderr
    );
}

#[test]
fn cyclic_prebuilt_instances() {
    let (mut classes, builtins) = builtin_classes(&[]);
    let node = ClassId(classes.len() as u32);
    classes.push(ClassDef {
        name: "Node".into(),
        qualname: "m.Node".into(),
        base: None,
        fields: vec![
            Field {
                name: "name".into(),
                ty: Type::Str,
            },
            Field {
                name: "next".into(),
                ty: Type::Instance(node),
            },
        ],
        methods: BTreeMap::new(),
        class_attrs: BTreeMap::new(),
        builtin: false,
    });
    let pa = Prebuilt::Instance {
        class: node,
        fields: vec![
            ("name".into(), Const::Str("a".into())),
            ("next".into(), Const::Prebuilt(PrebuiltId(1))),
        ],
    };
    let pb = Prebuilt::Instance {
        class: node,
        fields: vec![
            ("name".into(), Const::Str("b".into())),
            ("next".into(), Const::Prebuilt(PrebuiltId(0))),
        ],
    };
    let table = Prebuilt::List {
        ty: Type::list(Type::Instance(node)),
        items: vec![Const::Prebuilt(PrebuiltId(1))],
    };
    let (mut e, _) = GraphBuilder::new("m.entry_point", &[Type::list(Type::Str)], Type::Int);
    let b0 = BlockId(0);
    let x = Value::Const(Const::Prebuilt(PrebuiltId(0)));
    let n1 = e.op(
        b0,
        Opcode::GetField("next".into()),
        vec![x],
        Type::Instance(node),
    );
    let n2 = e.op(
        b0,
        Opcode::GetField("next".into()),
        vec![v(n1)],
        Type::Instance(node),
    );
    let n3 = e.op(
        b0,
        Opcode::GetField("next".into()),
        vec![v(n2)],
        Type::Instance(node),
    );
    let s = e.op(b0, Opcode::GetField("name".into()), vec![v(n3)], Type::Str);
    let item = e.op(
        b0,
        Opcode::ListGetItem,
        vec![Value::Const(Const::Prebuilt(PrebuiltId(2))), int(0)],
        Type::Instance(node),
    );
    let same = e.op(b0, Opcode::Is, vec![v(item), v(n1)], Type::Bool);
    print_int(&mut e, b0, v(s));
    print_int(&mut e, b0, v(same));
    e.exit(b0, Exit::Return(int(0)));
    let mut p = program(vec![e.graph], classes, builtins);
    p.prebuilt = vec![pa, pb, table];
    let r = build_and_run("prebuilt", &p, &[]);
    assert_eq!(r.stdout, "b\nTrue\n", "stderr: {}", r.stderr);
}

/// Thousands of prebuilt objects: their construction is spread over several
/// init classes, each method and constant pool within the JVM's limits.
#[test]
fn many_prebuilt_constants() {
    const N: u32 = 3000;
    let (classes, builtins) = builtin_classes(&[]);
    let mut prebuilt = Vec::new();
    for i in 0..N {
        prebuilt.push(Prebuilt::List {
            ty: Type::list(Type::Str),
            items: vec![
                Const::Str(format!("item{i}").into()),
                Const::Str("x".into()),
            ],
        });
    }
    // A list of all of them, read at the end.
    prebuilt.push(Prebuilt::List {
        ty: Type::list(Type::list(Type::Str)),
        items: (0..N).map(|i| Const::Prebuilt(PrebuiltId(i))).collect(),
    });
    let (mut e, _) = GraphBuilder::new("m.entry_point", &[Type::list(Type::Str)], Type::Int);
    let b0 = BlockId(0);
    let all = Value::Const(Const::Prebuilt(PrebuiltId(N)));
    let last = e.op(
        b0,
        Opcode::ListGetItem,
        vec![all, int(-1)],
        Type::list(Type::Str),
    );
    let s = e.op(b0, Opcode::ListGetItem, vec![v(last), int(0)], Type::Str);
    print_int(&mut e, b0, v(s));
    e.exit(b0, Exit::Return(int(0)));
    let mut p = program(vec![e.graph], classes, builtins);
    p.prebuilt = prebuilt;
    let files = emit_jvm::class_files(&p).unwrap();
    let inits = files
        .iter()
        .filter(|(n, _)| n.starts_with("py/PrebuiltInit"))
        .count();
    assert!(inits > 1, "expected several init classes, got {inits}");
    let r = build_and_run("many_prebuilt", &p, &[]);
    assert_eq!(r.stdout, format!("item{}\n", N - 1), "stderr: {}", r.stderr);
}

/// `try: f() except RecursionError as e: print(e)` around unbounded
/// recursion: the JVM's StackOverflowError is caught as RecursionError.
#[test]
fn stack_overflow_is_catchable_as_recursion_error() {
    let (classes, builtins) = builtin_classes(&["RecursionError"]);
    let rec = builtins["RecursionError"];
    let (mut e, _) = GraphBuilder::new("m.entry_point", &[Type::list(Type::Str)], Type::Int);
    let b0 = BlockId(0);
    let r = e.op(b0, Opcode::DirectCall(GraphId(1)), vec![int(0)], Type::Int);
    let (ok, okp) = e.block(&[Type::Int]);
    let (caught, cp) = e.block(&[Type::Instance(rec)]);
    e.exit(
        b0,
        Exit::Catch {
            normal: link(ok, vec![v(r)]),
            handlers: vec![Handler {
                class: Some(rec),
                link: Link {
                    target: caught,
                    args: vec![LinkArg::CaughtException],
                },
            }],
        },
    );
    print_int(&mut e, ok, v(okp[0]));
    e.exit(ok, Exit::Return(int(0)));
    let m = e.op(caught, Opcode::ToStr, vec![v(cp[0])], Type::Str);
    let line = e.op(
        caught,
        Opcode::StrConcat,
        vec![s("caught: "), v(m)],
        Type::Str,
    );
    print_int(&mut e, caught, v(line));
    e.exit(caught, Exit::Return(int(5)));

    let (mut f, p) = GraphBuilder::new("m.down", &[Type::Int], Type::Int);
    let b0 = BlockId(0);
    let n = f.op(b0, Opcode::IntAdd, vec![v(p[0]), int(1)], Type::Int);
    let r = f.op(b0, Opcode::DirectCall(GraphId(1)), vec![v(n)], Type::Int);
    let k = f.op(b0, Opcode::IntAdd, vec![v(r), int(1)], Type::Int);
    f.exit(b0, Exit::Return(v(k)));
    let p = program(vec![e.graph, f.graph], classes, builtins);
    let r = build_and_run("catch_recursion", &p, &[]);
    assert_eq!(
        r.stdout, "caught: maximum recursion depth exceeded\n",
        "stderr: {}",
        r.stderr
    );
    assert_eq!(r.status, 5);
}

/// entry_point(argv) prints less(len(argv), 1), where less(x, y) is
/// `x + 1 < y * 3`: both sides of the comparison are read once, in the
/// order they are made, so they stay on the operand stack (no long local is
/// stored), and the branch needs no `goto`: its false side follows.
fn comparison_program() -> Program {
    let (mut e, argv) = GraphBuilder::new("m.entry_point", &[Type::list(Type::Str)], Type::Int);
    let b0 = BlockId(0);
    let n = e.op(b0, Opcode::ListLen, vec![v(argv[0])], Type::Int);
    let r = e.op(
        b0,
        Opcode::DirectCall(GraphId(1)),
        vec![v(n), int(1)],
        Type::Int,
    );
    print_int(&mut e, b0, v(r));
    e.exit(b0, Exit::Return(int(0)));

    let (mut f, p) = GraphBuilder::new("m.less", &[Type::Int, Type::Int], Type::Int);
    let b0 = BlockId(0);
    let a = f.op(b0, Opcode::IntAdd, vec![v(p[0]), int(1)], Type::Int);
    let b = f.op(b0, Opcode::IntMul, vec![v(p[1]), int(3)], Type::Int);
    let c = f.op(b0, Opcode::IntLt, vec![v(a), v(b)], Type::Bool);
    let (yes, _) = f.block(&[]);
    let (no, _) = f.block(&[]);
    f.exit(
        b0,
        Exit::Branch {
            cond: v(c),
            if_true: link(yes, vec![]),
            if_false: link(no, vec![]),
        },
    );
    f.exit(yes, Exit::Return(int(1)));
    f.exit(no, Exit::Return(int(0)));
    let (classes, builtins) = builtin_classes(&[]);
    program(vec![e.graph, f.graph], classes, builtins)
}

/// The instructions of the static method `name` in `py/Code0` of `p`'s
/// class files, read back.
fn method_code(p: &Program, name: &str) -> Vec<Instruction> {
    let files = emit_jvm::class_files(p).unwrap();
    let code0 = files.iter().find(|(n, _)| n == "py/Code0.class").unwrap();
    let class = ClassFile::from_bytes(&code0.1).unwrap();
    let method = class
        .methods
        .iter()
        .find(|m| class.constant_pool.try_get_utf8(m.name_index).unwrap() == name)
        .unwrap_or_else(|| panic!("method {name}"));
    method
        .attributes
        .iter()
        .find_map(|a| match a {
            Attribute::Code { code, .. } => Some(code.clone()),
            _ => None,
        })
        .unwrap()
}

#[test]
fn values_read_once_in_order_stay_on_the_stack() {
    let p = comparison_program();
    let code = method_code(&p, "m$less");
    let text: Vec<String> = code.iter().map(|i| format!("{i:?}")).collect();
    assert!(
        !text
            .iter()
            .any(|i| i.starts_with("Lstore") || i.starts_with("Goto")),
        "{text:?}"
    );
    assert!(text.iter().any(|i| i == "Lcmp"), "{text:?}");
    // One argument: 1 + 1 < 3 holds; two: 3 < 3 does not.
    assert_eq!(build_and_run("less1", &p, &[]).stdout, "1\n");
    assert_eq!(build_and_run("less2", &p, &["x"]).stdout, "0\n");
}

/// `raise ValueError("boom")` as the rtyper lowers it (a `new`, the store of
/// its message, the raise) becomes one constructor call that takes the
/// message, and raises it with its message.
#[test]
fn a_built_in_exception_is_made_with_its_message_in_one_call() {
    let (classes, builtins) = builtin_classes(&["ValueError"]);
    let value_error = builtins["ValueError"];
    let (mut e, _) = GraphBuilder::new("m.entry_point", &[Type::list(Type::Str)], Type::Int);
    let b0 = BlockId(0);
    let x = e.op(
        b0,
        Opcode::New(value_error),
        vec![],
        Type::Instance(value_error),
    );
    e.op(
        b0,
        Opcode::SetField("message".into()),
        vec![v(x), s("boom")],
        Type::Void,
    );
    e.exit(b0, Exit::Raise(v(x)));
    let p = program(vec![e.graph], classes, builtins);
    let code = method_code(&p, "m$entry_point");
    let kinds: Vec<String> = code
        .iter()
        .map(|i| format!("{i:?}").split('(').next().unwrap().to_string())
        .collect();
    assert_eq!(kinds, ["New", "Dup", "Ldc", "Invokespecial", "Athrow"]);
    let r = build_and_run("message", &p, &[]);
    assert_eq!(r.stderr.trim_end(), "Fatal RPython error: ValueError: boom");
    assert_eq!(r.status, 1);
}
