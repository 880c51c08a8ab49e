//! The annotator on its own: what it infers for small programs, and the
//! conflicts it reports.

mod common;

use frontend::annotator::{annotate, Annotations, SomeValue};
use frontend::program::Program;

fn annotated(src: &str) -> (Program, Annotations) {
    let program =
        common::load(src).unwrap_or_else(|f| panic!("load failed: {:?}", f.diagnostics.items));
    let ann = annotate(&program).unwrap_or_else(|d| {
        let mut d = d;
        panic!("annotation failed:\n{}", d.render_all(&program.sources))
    });
    (program, ann)
}

fn returns(program: &Program, ann: &Annotations, name: &str) -> SomeValue {
    let f = program
        .find_function(&format!("main.{name}"))
        .unwrap_or_else(|| panic!("no function {name}"));
    ann.returns[f.0 as usize].clone()
}

fn list_item(ann: &Annotations, v: &SomeValue) -> SomeValue {
    match v {
        SomeValue::List { def, .. } => ann.list_item(*def).clone(),
        other => panic!("not a list: {other:?}"),
    }
}

const MAIN: &str = "def entry_point(argv):\n    run()\n    return 0\n";

#[test]
fn infers_numbers_strings_and_lists() {
    let src = format!(
        "def half(x):\n    return x / 2\n\ndef words(s):\n    return s.split()\n\n\
         def run():\n    half(3)\n    words('a b')\n\n{MAIN}"
    );
    let (p, ann) = annotated(&src);
    assert_eq!(returns(&p, &ann, "half"), SomeValue::Float);
    let w = returns(&p, &ann, "words");
    assert_eq!(list_item(&ann, &w), SomeValue::Str { nullable: false });
}

#[test]
fn none_mixes_with_instances() {
    let src = format!(
        "class Node:\n    def __init__(self, nxt):\n        self.nxt = nxt\n\n\
         def last(n):\n    while n.nxt is not None:\n        n = n.nxt\n    return n\n\n\
         def run():\n    last(Node(Node(None)))\n\n{MAIN}"
    );
    let (p, ann) = annotated(&src);
    match returns(&p, &ann, "last") {
        SomeValue::Instance { class, .. } => assert_eq!(p.class(class).name, "Node"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn list_items_generalise_through_appends_in_callees() {
    let src = format!(
        "def fill(lst):\n    lst.append(1.5)\n\ndef make():\n    lst = []\n    fill(lst)\n    return lst\n\n\
         def run():\n    make()\n\n{MAIN}"
    );
    let (p, ann) = annotated(&src);
    let l = returns(&p, &ann, "make");
    assert_eq!(list_item(&ann, &l), SomeValue::Float);
}

#[test]
fn overriding_methods_share_their_result_type() {
    let src = format!(
        "class A:\n    def get(self):\n        return None\n\nclass B(A):\n    def get(self):\n        return 'b'\n\n\
         def call(x):\n    return x.get()\n\ndef run():\n    call(A())\n    call(B())\n\n{MAIN}"
    );
    let (p, ann) = annotated(&src);
    let a = p.find_function("main.A.get").expect("A.get");
    assert_eq!(ann.returns[a.0 as usize], SomeValue::Str { nullable: true });
}

#[test]
fn int_and_float_in_one_variable_conflict() {
    // A rebinding in straight-line code is a new SSA variable; a join is not.
    let src = format!(
        "def run():\n    x = 0\n    if len(str(x)) > 0:\n        x = 0.5\n    print(x)\n\n{MAIN}"
    );
    let Ok(program) = common::load(&src) else {
        panic!("does not load")
    };
    let mut d = annotate(&program).err().expect("a conflict");
    let text = d.render_all(&program.sources);
    assert!(text.contains("conflicting types: int and float"), "{text}");
    assert!(text.contains("main.py:4:9"), "{text}");
}
