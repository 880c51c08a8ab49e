//! Module-level evaluation: imports, constants, classes, prebuilt instances.

mod common;
use common::*;

use frontend::program::{Builtin, ClassId, Constant, FunctionKind, BUILTIN_CLASSES};

fn global(p: &frontend::program::Program, module: &str, name: &str) -> Constant {
    let m = p.modules.iter().find(|m| m.name == module).expect("module");
    m.globals
        .get(name)
        .cloned()
        .unwrap_or_else(|| panic!("no global {name}"))
}

#[test]
fn builtin_classes_come_first() {
    let p = ok("class E(ValueError):\n    pass\n\ndef entry_point(argv):\n    return 0\n");
    for (i, (name, base)) in BUILTIN_CLASSES.iter().enumerate() {
        let c = &p.classes[i];
        assert_eq!(c.name, *name);
        assert!(c.builtin && c.module.is_none() && c.methods.is_empty());
        assert_eq!(c.base, base.map(|b| ClassId(b as u32)));
    }
    let e = &p.classes[BUILTIN_CLASSES.len()];
    assert_eq!(e.qualname, "main.E");
    assert_eq!(e.base, Some(p.builtin_class("ValueError")));
    assert_eq!(p.function(p.entry).name, "entry_point");
}

#[test]
fn constants_and_unpacking() {
    let p = ok("A, B = 1, 2\nC = (A + B) * 10 // 4\nD = -3 % 5\nS = 'ab' * 2 + 'c'\nF = 1.5 * 2\nT = (1, 'x', None, True)\nL = [A, B]\nM = {'k': L, 1: 2.0}\nBIG = -9223372036854775808\nK = A < B <= 2 and 'yes'\n\ndef entry_point(argv):\n    return 0\n");
    assert_eq!(global(&p, "main", "A"), Constant::Int(1));
    assert_eq!(global(&p, "main", "C"), Constant::Int(7));
    assert_eq!(global(&p, "main", "D"), Constant::Int(2));
    assert_eq!(global(&p, "main", "S"), Constant::Str("ababc".into()));
    assert_eq!(global(&p, "main", "F"), Constant::Float(3.0));
    assert_eq!(global(&p, "main", "BIG"), Constant::Int(i64::MIN));
    assert_eq!(global(&p, "main", "K"), Constant::Str("yes".into()));
    let Constant::List(l) = global(&p, "main", "L") else {
        panic!()
    };
    assert_eq!(
        p.lists[l.0 as usize],
        vec![Constant::Int(1), Constant::Int(2)]
    );
    let Constant::Dict(d) = global(&p, "main", "M") else {
        panic!()
    };
    assert_eq!(
        p.dicts[d.0 as usize][0],
        (Constant::Str("k".into()), Constant::List(l))
    );
}

#[test]
fn imports_of_program_and_library_modules() {
    let p = load_files(&[
        ("main.py", "import helper\nimport helper as h2\nfrom helper import VALUE, twice as tw\nimport rlib.jit\nfrom rlib import jit\nfrom rlib.rarithmetic import ovfcheck, intmask\nimport os, math, time, sys\nfrom rlib.objectmodel import specialize, we_are_translated\n\ndef entry_point(argv):\n    os.write(1, 'x')\n    return helper.twice(VALUE) + tw(1) + h2.VALUE + intmask(os.O_CREAT)\n"),
        ("helper.py", "VALUE = 21\n\ndef twice(x):\n    return x * 2\n"),
    ]);
    let p = match p {
        Ok(p) => p,
        Err(mut f) => panic!("{}", f.diagnostics.render_all(&f.sources)),
    };
    check_graphs(&p);
    assert_eq!(global(&p, "main", "VALUE"), Constant::Int(21));
    assert!(matches!(global(&p, "main", "tw"), Constant::Function(_)));
    assert_eq!(
        global(&p, "main", "ovfcheck"),
        Constant::Builtin(Builtin::Ovfcheck)
    );
    let Constant::Module(rlib) = global(&p, "main", "rlib") else {
        panic!()
    };
    assert_eq!(p.modules[rlib.0 as usize].name, "rlib");
    let Constant::Module(jit) = global(&p, "main", "jit") else {
        panic!()
    };
    assert_eq!(p.modules[jit.0 as usize].name, "rlib.jit");
    assert_eq!(global(&p, "os", "O_CREAT"), Constant::Int(64));
    assert_eq!(global(&p, "math", "inf"), Constant::Float(f64::INFINITY));
    let o = ops(&p, "entry_point");
    assert_eq!(
        o[0].args[0],
        Constant::Builtin(Builtin::OsWrite).into_operand()
    );
    assert!(p
        .modules
        .iter()
        .any(|m| m.name == "helper" && m.file.is_some()));
}

trait IntoOperand {
    fn into_operand(self) -> frontend::flowgraph::Operand;
}
impl IntoOperand for Constant {
    fn into_operand(self) -> frontend::flowgraph::Operand {
        frontend::flowgraph::Operand::Const(self)
    }
}

#[test]
fn classes_methods_attrs_and_hints() {
    let p = ok("from rlib.objectmodel import specialize\nfrom rlib import jit\nfrom rlib.jit import elidable\n\nclass A(object):\n    \"\"\"doc\"\"\"\n    SIZE = 4\n    NAMES = ('a', 'b')\n    DOUBLE = SIZE * 2\n\n    def m(self):\n        return 1\n\n    @staticmethod\n    def s(x):\n        return x\n\n    @specialize.argtype(0)\n    def g(self, x):\n        return x\n\n    @jit.unroll_safe\n    @elidable\n    def h(self):\n        return 0\n\ndef entry_point(argv):\n    return 0\n");
    let a = &p.classes[BUILTIN_CLASSES.len()];
    assert_eq!(a.base, Some(ClassId(0)));
    assert_eq!(a.attrs["DOUBLE"], Constant::Int(8));
    let s = p.function(a.methods["s"]);
    assert_eq!(s.kind, FunctionKind::StaticMethod(ClassId(22)));
    let m = p.function(a.methods["m"]);
    assert_eq!(m.kind, FunctionKind::Method(ClassId(22)));
    assert_eq!(m.qualname, "main.A.m");
    assert_eq!(
        p.function(a.methods["g"]).hints,
        vec!["specialize.argtype(0)".to_string()]
    );
    assert_eq!(
        p.function(a.methods["h"]).hints,
        vec!["jit.unroll_safe".to_string(), "elidable".to_string()]
    );
}

#[test]
fn prebuilt_instances_run_init() {
    let p = ok("class Node(object):\n    def __init__(self, value, next=None):\n        self.value = value\n        self.next = next\n\nclass Base(object):\n    def __init__(self, n):\n        self.n = n\n        self.items = []\n\nclass State(Base):\n    def __init__(self, n, flag=False):\n        super().__init__(n)\n        if flag:\n            self.mode = 'on'\n        else:\n            self.mode = 'off'\n        self.head = Node(1, Node(2))\n        self.total = n * 2\n\nclass Other(Base):\n    def __init__(self):\n        Base.__init__(self, 9)\n\nSTATE = State(3, flag=True)\nOTHER = Other()\nSTATE.extra = 5\nLIST = []\nLIST.append(4)\n\ndef entry_point(argv):\n    STATE.n += 1\n    return STATE.n\n");
    let Constant::Instance(i) = global(&p, "main", "STATE") else {
        panic!()
    };
    let inst = &p.instances[i.0 as usize];
    let fields: Vec<&str> = inst.fields.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(fields, vec!["n", "items", "mode", "head", "total", "extra"]);
    assert_eq!(inst.fields[2].1, Constant::Str("on".into()));
    assert_eq!(inst.fields[4].1, Constant::Int(6));
    let Constant::Instance(head) = inst.fields[3].1.clone() else {
        panic!()
    };
    let head = &p.instances[head.0 as usize];
    assert_eq!(head.fields[0].1, Constant::Int(1));
    assert!(matches!(head.fields[1].1, Constant::Instance(_)));
    let Constant::Instance(o) = global(&p, "main", "OTHER") else {
        panic!()
    };
    assert_eq!(
        p.instances[o.0 as usize].fields[0],
        ("n".to_string(), Constant::Int(9))
    );
    let Constant::List(l) = global(&p, "main", "LIST") else {
        panic!()
    };
    assert_eq!(p.lists[l.0 as usize], vec![Constant::Int(4)]);
    // The two instances got distinct `items` lists.
    let Constant::List(a) = inst.fields[1].1.clone() else {
        panic!()
    };
    let Constant::List(b) = p.instances[o.0 as usize].fields[1].1.clone() else {
        panic!()
    };
    assert_ne!(a, b);
}

#[test]
fn jit_driver_and_main_guard() {
    let p = ok("from rlib.jit import JitDriver\n\ndriver = JitDriver(greens=['pc'], reds=['frame'])\n\ndef entry_point(argv):\n    return 0\n\nif __name__ == '__main__':\n    import sys\n    entry_point(sys.argv)\n");
    assert_eq!(
        global(&p, "main", "driver"),
        Constant::Builtin(Builtin::JitDriver)
    );
}

#[test]
fn functions_may_use_globals_defined_later_and_cyclic_imports() {
    let p = load_files(&[
        ("main.py", "import other\n\ndef entry_point(argv):\n    return helper() + LATER + other.back()\n\ndef helper():\n    return 1\n\nLATER = 2\n"),
        ("other.py", "import main\n\ndef back():\n    return main.LATER\n"),
    ]);
    let p = match p {
        Ok(p) => p,
        Err(mut f) => panic!("{}", f.diagnostics.render_all(&f.sources)),
    };
    let o = ops(&p, "back");
    assert!(o.is_empty(), "main.LATER folds to a constant");
    let back = func(&p, "back");
    assert_eq!(
        back.graph.blocks[0].exit,
        frontend::flowgraph::Exit::Return(Constant::Int(2).into_operand())
    );
}

#[test]
fn missing_entry_file_is_an_io_error() {
    let dir = temp_dir();
    let Err(f) = frontend::load_program(&dir.join("nope.py")) else {
        panic!()
    };
    assert!(f.io_error.is_some());
    assert!(f.diagnostics.is_empty());
}

#[test]
fn simple_builtins_and_list_repetition_fold() {
    let p = ok("class Frame(object):\n    def __init__(self, size):\n        self.stack = [None] * size\n        self.depth = len(self.stack) - 1\n\nF = Frame(3)\nN = max(1, 5, 3) + min((4, 2)) + ord('a') + abs(-2)\nT = tuple([1, 2])\nC = chr(65)\nL = [0] + [1]\n\ndef entry_point(argv):\n    return 0\n");
    assert_eq!(global(&p, "main", "N"), Constant::Int(5 + 2 + 97 + 2));
    assert_eq!(global(&p, "main", "C"), Constant::Str("A".into()));
    assert_eq!(
        global(&p, "main", "T"),
        Constant::Tuple(vec![Constant::Int(1), Constant::Int(2)].into())
    );
    let Constant::Instance(f) = global(&p, "main", "F") else {
        panic!()
    };
    let f = &p.instances[f.0 as usize];
    let Constant::List(stack) = f.fields[0].1 else {
        panic!()
    };
    assert_eq!(p.lists[stack.0 as usize], vec![Constant::None; 3]);
    assert_eq!(f.fields[1].1, Constant::Int(2));
    let Constant::List(l) = global(&p, "main", "L") else {
        panic!()
    };
    assert_eq!(p.lists[l.0 as usize].len(), 2);
}

#[test]
fn init_may_call_helper_methods() {
    let p = ok("class VM(object):\n    def __init__(self):\n        self.reset(4)\n\n    def reset(self, n):\n        self.regs = [0] * n\n        self.pc = 0\n\nVM_ = VM()\n\ndef entry_point(argv):\n    return VM_.pc\n");
    let Constant::Instance(v) = global(&p, "main", "VM_") else {
        panic!()
    };
    let names: Vec<&str> = p.instances[v.0 as usize]
        .fields
        .iter()
        .map(|f| f.0.as_str())
        .collect();
    assert_eq!(names, vec!["regs", "pc"]);
}

#[test]
fn module_level_if_on_constants() {
    let p = ok("import sys\nDEBUG = False\nif DEBUG:\n    X = 1\nelif sys.maxsize > 2 ** 32:\n    X = 2\nelse:\n    X = 3\n\ndef entry_point(argv):\n    return X\n");
    assert_eq!(global(&p, "main", "X"), Constant::Int(2));
}

#[test]
fn init_may_assert_and_return_early() {
    let p = ok("class C(object):\n    def __init__(self, n):\n        assert n >= 0\n        self.n = n\n        if n == 0:\n            return\n        self.big = True\n\nA = C(0)\nB = C(2)\n\ndef entry_point(argv):\n    return 0\n");
    let Constant::Instance(a) = global(&p, "main", "A") else {
        panic!()
    };
    let Constant::Instance(b) = global(&p, "main", "B") else {
        panic!()
    };
    assert_eq!(p.instances[a.0 as usize].fields.len(), 1);
    assert_eq!(p.instances[b.0 as usize].fields.len(), 2);
    let out = fail("class C(object):\n    def __init__(self, n):\n        assert n >= 0\n\nA = C(-1)\n\ndef entry_point(argv):\n    return 0\n");
    assert!(out.contains("main.py:3:9"), "{out}");
}

#[test]
fn comprehensions_and_ranges_at_module_level() {
    let p = ok("NAMES = ('add', 'sub', 'mul')\nUPPER = [n.upper() for n in NAMES] if False else [n + '!' for n in NAMES if n != 'sub']\nCODES = {n: i for i, n in enumerate(NAMES)}\nSQUARES = [i * i for i in range(4)]\nPAIRS = [(a, b) for a in range(2) for b in range(2)]\nR = range(1, 10, 4)\n\ndef entry_point(argv):\n    return 0\n");
    let Constant::List(u) = global(&p, "main", "UPPER") else {
        panic!()
    };
    assert_eq!(
        p.lists[u.0 as usize],
        vec![Constant::Str("add!".into()), Constant::Str("mul!".into())]
    );
    let Constant::Dict(d) = global(&p, "main", "CODES") else {
        panic!()
    };
    assert_eq!(
        p.dicts[d.0 as usize][2],
        (Constant::Str("mul".into()), Constant::Int(2))
    );
    let Constant::List(s) = global(&p, "main", "SQUARES") else {
        panic!()
    };
    assert_eq!(
        p.lists[s.0 as usize],
        vec![
            Constant::Int(0),
            Constant::Int(1),
            Constant::Int(4),
            Constant::Int(9)
        ]
    );
    let Constant::List(pairs) = global(&p, "main", "PAIRS") else {
        panic!()
    };
    assert_eq!(p.lists[pairs.0 as usize].len(), 4);
    assert_eq!(
        global(&p, "main", "R"),
        Constant::Tuple(vec![Constant::Int(1), Constant::Int(5), Constant::Int(9)].into())
    );
}

#[test]
fn program_lookups_by_name() {
    let p = ok("class A(object):\n    def m(self):\n        return 1\n\nX = 3\n\ndef entry_point(argv):\n    return 0\n");
    assert_eq!(p.find_function("main.entry_point"), Some(p.entry));
    let a = p.find_class("main.A").unwrap();
    assert_eq!(p.find_function("main.A.m"), p.lookup_method(a, "m"));
    assert_eq!(
        p.find_class("ValueError"),
        Some(p.builtin_class("ValueError"))
    );
    assert_eq!(p.global("main", "X"), Some(&Constant::Int(3)));
    assert_eq!(p.global("main", "nope"), None);
}

#[test]
fn init_may_loop_over_constants() {
    let p = ok("class Regs(object):\n    def __init__(self, n):\n        self.regs = []\n        for i in range(n):\n            self.regs.append(i * 2)\n\nR = Regs(3)\n\ndef entry_point(argv):\n    return 0\n");
    let Constant::Instance(r) = global(&p, "main", "R") else {
        panic!()
    };
    let Constant::List(l) = p.instances[r.0 as usize].fields[0].1 else {
        panic!()
    };
    assert_eq!(
        p.lists[l.0 as usize],
        vec![Constant::Int(0), Constant::Int(2), Constant::Int(4)]
    );
}

#[test]
fn entry_module_named_like_a_library_module() {
    let p = load_files(&[(
        "time.py",
        "import time\n\ndef entry_point(argv):\n    return int(time.time())\n",
    )]);
    let p = p.unwrap_or_else(|mut f| panic!("{}", f.diagnostics.render_all(&f.sources)));
    let o = ops(&p, "entry_point");
    assert_eq!(
        o[0].args[0],
        Constant::Builtin(Builtin::TimeTime).into_operand()
    );
}
