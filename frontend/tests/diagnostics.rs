//! Diagnostics: rule codes, positions (file:line:col), labels and help lines.

mod common;
use common::*;

use frontend::diagnostics::Rule;

/// Loads `src` (an entry point is appended) and returns the diagnostics' rules
/// with their 1-based line:col, and the rendered text.
fn diags(src: &str) -> (Vec<(Rule, usize, usize)>, String) {
    let src = format!("{src}\n\ndef entry_point(argv):\n    return 0\n");
    match load(&src) {
        Ok(_) => panic!("expected diagnostics for:\n{src}"),
        Err(mut f) => {
            let text = f.diagnostics.render_all(&f.sources);
            let list = f
                .diagnostics
                .items
                .iter()
                .map(|d| {
                    let (l, c) = f.sources.line_col(d.span);
                    assert!(d.help.is_some(), "every diagnostic has a help line: {d:?}");
                    (d.rule, l, c)
                })
                .collect();
            (list, text)
        }
    }
}

fn expect(src: &str, rule: Rule, line: usize, col: usize) -> String {
    let (list, text) = diags(src);
    assert!(
        list.contains(&(rule, line, col)),
        "expected {rule:?} at {line}:{col}, got {list:?}\n{text}"
    );
    assert!(text.contains(&format!("main.py:{line}:{col}")), "{text}");
    assert!(text.contains(&format!("[{}]", rule.code())), "{text}");
    assert!(text.contains("help: "), "{text}");
    text
}

#[test]
fn syntax_error() {
    let text = expect("def f(:\n    pass", Rule::Syntax, 1, 7);
    assert!(text.contains("syntax error"), "{text}");
}

#[test]
fn nested_function_and_closure() {
    expect(
        "def f():\n    def g():\n        return 1\n    return g",
        Rule::RuntimeDefinition,
        2,
        9,
    );
    expect(
        "def f(x):\n    def g():\n        return x\n    return g",
        Rule::Closure,
        3,
        16,
    );
    expect("def f(x):\n    return (lambda: x)", Rule::Closure, 2, 21);
    expect(
        "def f():\n    class C:\n        pass",
        Rule::RuntimeDefinition,
        2,
        11,
    );
}

#[test]
fn global_rebinding() {
    expect(
        "X = 1\ndef f():\n    global X\n    X = 2",
        Rule::GlobalRebinding,
        4,
        5,
    );
    // `global` of a name the function does not assign is harmless.
    let p = ok(
        "X = 1\ndef f():\n    global X\n    return X\n\ndef entry_point(argv):\n    return f()\n",
    );
    assert_eq!(
        func(&p, "f").graph.blocks[0].exit,
        frontend::flowgraph::Exit::Return(frontend::flowgraph::Operand::Const(
            frontend::program::Constant::Int(1)
        ))
    );
}

#[test]
fn kwargs_and_star_args() {
    expect("def f(**kw):\n    pass", Rule::KwargsDefinition, 1, 7);
    expect("def f(a, *args):\n    pass", Rule::Unsupported, 1, 10);
}

#[test]
fn dynamic_code() {
    expect("def f(s):\n    eval(s)", Rule::DynamicCode, 2, 5);
    expect("def f(s):\n    exec(s)", Rule::DynamicCode, 2, 5);
}

#[test]
fn unsupported_constructs() {
    expect(
        "def f(x):\n    with x:\n        pass",
        Rule::Unsupported,
        2,
        5,
    );
    expect("def f(x):\n    yield x", Rule::Unsupported, 2, 5);
    expect(
        "def f(x):\n    return (y for y in x)",
        Rule::Unsupported,
        2,
        12,
    );
    expect("def f(x):\n    return {1, 2}", Rule::Unsupported, 2, 12);
    expect(
        "def f(x):\n    if (n := x):\n        pass",
        Rule::Unsupported,
        2,
        9,
    );
    expect("def f(x):\n    a, *b = x", Rule::Unsupported, 2, 8);
    expect("def f(x):\n    return x[::2]", Rule::Unsupported, 2, 16);
    expect(
        "def f(x):\n    return [a for a in x for b in a]",
        Rule::Unsupported,
        2,
        12,
    );
    expect(
        "def f(x):\n    return {k: 1 for k in x}",
        Rule::Unsupported,
        2,
        12,
    );
    expect(
        "def f(x):\n    match x:\n        case 1:\n            pass",
        Rule::Unsupported,
        2,
        5,
    );
    expect("def f(x):\n    nonlocal x", Rule::Unsupported, 2, 5);
    expect("async def f(x):\n    pass", Rule::Unsupported, 1, 1);
    expect("def f(x):\n    return f'{x:{x}}'", Rule::Unsupported, 2, 17);
}

#[test]
fn module_level_code() {
    let text = expect("print('hi')", Rule::ModuleLevelCode, 1, 1);
    assert!(text.contains("move this code into a function"), "{text}");
    expect("for i in range(3):\n    pass", Rule::ModuleLevelCode, 1, 1);
    expect("X = print(1)", Rule::ModuleLevelCode, 1, 5);
    expect("class A(object):\n    def __init__(self):\n        while True:\n            pass\nA_ = A()", Rule::ModuleLevelCode, 3, 9);
}

#[test]
fn unknown_names_and_imports() {
    expect("def f():\n    return nope", Rule::UnknownName, 2, 12);
    expect("X = nope", Rule::UnknownName, 1, 5);
    expect(
        "import math\ndef f():\n    return math.nope(1)",
        Rule::UnknownName,
        3,
        17,
    );
    expect("import nosuchmodule", Rule::Import, 1, 8);
    expect("from math import nope", Rule::Import, 1, 18);
    expect("from . import x", Rule::Import, 1, 1);
}

#[test]
fn missing_entry_point() {
    match load("X = 1\n") {
        Ok(_) => panic!(),
        Err(mut f) => {
            let text = f.diagnostics.render_all(&f.sources);
            assert!(text.contains(Rule::EntryPoint.code()), "{text}");
        }
    }
}

#[test]
fn all_errors_are_reported_together() {
    let (list, _) =
        diags("import nosuch\nprint(1)\ndef f(**k):\n    exec('')\n    return undefined_thing");
    let rules: Vec<Rule> = list.iter().map(|d| d.0).collect();
    for r in [
        Rule::Import,
        Rule::ModuleLevelCode,
        Rule::KwargsDefinition,
        Rule::DynamicCode,
        Rule::UnknownName,
    ] {
        assert!(rules.contains(&r), "{r:?} missing from {rules:?}");
    }
}

#[test]
fn errors_in_imported_modules_name_their_file() {
    match load_files(&[
        (
            "main.py",
            "import lib\n\ndef entry_point(argv):\n    return 0\n",
        ),
        ("lib.py", "def f(:\n"),
    ]) {
        Ok(_) => panic!(),
        Err(mut f) => {
            let text = f.diagnostics.render_all(&f.sources);
            assert!(text.contains("lib.py:1:"), "{text}");
        }
    }
}

#[test]
fn module_level_if_on_non_constants() {
    let (list, _) = diags("def g():\n    return 1\nif g():\n    X = 1");
    assert_eq!(list, vec![(Rule::ModuleLevelCode, 3, 1)]);
}

#[test]
fn nested_function_is_reported_once() {
    let (list, _) = diags("def f():\n    def g():\n        return 1\n    return g()");
    assert_eq!(list, vec![(Rule::RuntimeDefinition, 2, 9)]);
}

#[test]
fn unknown_names_suggest_close_matches() {
    let text = expect(
        "def f(length):\n    return lenght",
        Rule::UnknownName,
        2,
        12,
    );
    assert!(text.contains("did you mean `length`?"), "{text}");
    let text = expect("COUNTER = 1\nX = COUNTR", Rule::UnknownName, 2, 5);
    assert!(text.contains("did you mean `COUNTER`?"), "{text}");
}

#[test]
fn duplicate_parameters() {
    expect("def f(a, a):\n    return a", Rule::Syntax, 1, 10);
}

#[test]
fn reading_an_unassigned_local() {
    let text = expect(
        "COUNT = 0\ndef bump():\n    COUNT += 1",
        Rule::UnknownName,
        3,
        5,
    );
    assert!(
        text.contains("keep mutable state in an attribute of a prebuilt instance"),
        "{text}"
    );
    expect(
        "def f():\n    print(y)\n    y = 1",
        Rule::UnknownName,
        2,
        11,
    );
    // Maybe-unassigned (on some paths only) and dead code are not reported.
    ok("def f(c):\n    if c:\n        y = 1\n    return y\n\ndef g():\n    return 1\n    print(z)\n    z = 2\n\ndef entry_point(argv):\n    return 0\n");
}

#[test]
fn with_is_reported_once() {
    let (list, _) = diags("def f(p):\n    with open(p) as fh:\n        return fh.read()");
    assert_eq!(
        list.iter().map(|d| d.0).collect::<Vec<_>>(),
        vec![Rule::Unsupported]
    );
}

#[test]
fn unsupported_expressions_at_module_level() {
    expect("F = lambda x: x", Rule::Unsupported, 1, 5);
    expect("S = {1, 2}", Rule::Unsupported, 1, 5);
}

#[test]
fn import_in_function_is_reported_once() {
    let (list, _) = diags("def f():\n    import math\n    return math.sqrt(2.0)");
    assert_eq!(list, vec![(Rule::Unsupported, 2, 5)]);
}

#[test]
fn assigning_module_globals_from_functions() {
    expect(
        "import math\ndef f():\n    math.pi = 3.0",
        Rule::GlobalRebinding,
        3,
        5,
    );
    expect(
        "import math\ndef f():\n    math.pi += 3.0",
        Rule::GlobalRebinding,
        3,
        5,
    );
}
