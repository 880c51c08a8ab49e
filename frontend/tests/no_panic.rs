//! The loader never panics: malformed or odd programs give diagnostics.

mod common;
use common::*;

const SNIPPETS: &[&str] = &[
    "",
    "def",
    "def f(:",
    "class",
    "class A(:\n    pass",
    "x = (",
    "x = [1, 2",
    "if True\n    pass",
    "def f():\nreturn 1",
    "\tdef f():\n  pass",
    "x = 'unterminated",
    "x = \"\"\"unterminated",
    "x = 1 +",
    "@\ndef f(): pass",
    "lambda: (yield)",
    "def f(x):\n    return x[",
    "def f():\n    try:\n        pass",
    "def f():\n    try:\n        pass\n    finally:\n        return 1",
    "def f():\n    break",
    "def f():\n    continue",
    "def f():\n    raise",
    "def f(x):\n    for x in x:\n        for x in x:\n            try:\n                break\n            finally:\n                continue",
    "def f(x):\n    while x:\n        try:\n            return x\n        except:\n            raise\n        finally:\n            x = 1",
    "def f():\n    return f'{'",
    "def f():\n    return f'{1!x}'",
    "def f():\n    return 123456789012345678901234567890",
    "X = 123456789012345678901234567890",
    "X = 1 // 0",
    "X = 1 << 100",
    "X = 2 ** 200",
    "X = 'a' * 100000000000",
    "X = (1, 2)[5]",
    "A, B = 1",
    "A, B = X = 1, 2\nC = X[0]",
    "class A(object):\n    def __init__(self):\n        self.a = A()\nX = A()",
    "class A(B):\n    pass",
    "class A(1):\n    pass",
    "class A(object, object):\n    pass",
    "class A(object):\n    x = y",
    "class A(object):\n    def m():\n        return 1",
    "class A(object):\n    def __init__(self, x):\n        pass\nX = A()",
    "class A(object):\n    pass\nX = A(1)",
    "def f(a, a):\n    pass",
    "def f(a=unknown):\n    pass",
    "def f(*, a):\n    pass",
    "def f(a, /, b):\n    return a + b",
    "def f(x):\n    super().m()",
    "def f(x):\n    x.y.z += 1\n    x[1:2] = 3\n    del x.y\n    (a, b), c = x",
    "def f(x):\n    print(*x, *x)\n    print(**x)",
    "def f(x):\n    return x @ x",
    "def f(x):\n    x @= 1",
    "def f(x):\n    return 1j",
    "def f(x):\n    return ...",
    "def f(x):\n    return [*x]",
    "def f(x):\n    return {**x}",
    "def f(x):\n    async with x:\n        pass",
    "def f(x):\n    await x",
    "def f(x):\n    import os",
    "def f(x):\n    type T = int",
    "def f(x):\n    return f'{x=}'",
    "def f(x):\n    return f'{x!a}'",
    "def f(x):\n    assert x, x\n    assert x",
    "def f(x):\n    if isinstance(x, (int, str)):\n        return x\n    if isinstance(x, 3):\n        return x",
    "def f(x):\n    try:\n        pass\n    except 3:\n        pass\n    except x as e:\n        pass",
    "def f(x):\n    raise ValueError from x",
    "def f(x):\n    global x\n    x = 1",
    "def f(x):\n    return [y for y in x if y for z in y]",
    "def f(x):\n    return [y async for y in x]",
    "def f():\n    return math.sqrt(1)",
    "import math\ndef f():\n    return math.sqrt.foo",
    "import math\nmath.pi = 3",
    "import os\nos.write = 1\nX = os.nope",
    "from os import *",
    "import __main__",
    "import main",
    "import rlib.nope",
    "from rlib import nope",
    "x: int\ny: int = 3",
    "if __name__ == '__main__':\n    this is not even valid",
    "\u{feff}X = 1",
    "X = 'é' + 'ü'\ndef f():\n    return 'ñ' + nope",
    "def f():\n    'doc'\n    return",
    "def f():\n    del f\n    return f",
];

#[test]
fn malformed_snippets_do_not_panic() {
    for s in SNIPPETS {
        for src in [
            s.to_string(),
            format!("{s}\n\ndef entry_point(argv):\n    return 0\n"),
        ] {
            match load(&src) {
                Ok(p) => check_graphs(&p),
                Err(mut f) => {
                    let text = f.diagnostics.render_all(&f.sources);
                    assert!(
                        f.io_error.is_some() || !text.is_empty(),
                        "a failure must explain itself: {src:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn snippets_inside_functions_do_not_panic() {
    for s in SNIPPETS {
        let body: String = s.lines().map(|l| format!("    {l}\n")).collect();
        let src =
            format!("def g(x):\n{body}    return 0\n\ndef entry_point(argv):\n    return 0\n");
        match load(&src) {
            Ok(p) => check_graphs(&p),
            Err(mut f) => {
                f.diagnostics.render_all(&f.sources);
            }
        }
    }
}

#[test]
fn deeply_nested_code_is_refused_not_crashed() {
    for n in [150usize, 1000, 20000] {
        let sum = vec!["1"; n].join(" + ");
        let nots = "not ".repeat(n) + "a";
        let lists = "[".repeat(n) + "1" + &"]".repeat(n);
        let srcs = [
            format!("X = {sum}\ndef f(a):\n    return {sum}\n"),
            format!("def f(a):\n    if {nots}:\n        return 1\n"),
            format!("X = {lists}\n"),
        ];
        for src in srcs {
            let src = format!("{src}\ndef entry_point(argv):\n    return 0\n");
            let r = load(&src);
            // Real programs nest far less than 150 levels; those must load.
            assert_eq!(r.is_ok(), n < 200, "n = {n}");
        }
    }
}

/// A valid program exercising most constructs, to be mutilated below.
const PROGRAM: &str = r#"
import math
from rlib.rarithmetic import ovfcheck

class Base(object):
    K = 2
    def __init__(self, n, items=None):
        self.n = n
        self.items = items

class Leaf(Base):
    def get(self, i):
        try:
            return ovfcheck(self.n * i)
        except OverflowError as e:
            raise ValueError("big")
        finally:
            self.n += 1

STATE = Leaf(3, [1, 2])

def f(xs, y=1):
    total = 0
    for i, x in enumerate(xs):
        if isinstance(x, Leaf) and x.n > 0:
            total += x.get(i)
        elif x is None:
            continue
        else:
            break
    while total > 10 or not y:
        total -= Base.K
    assert total >= 0, f"neg {total!r:>4}"
    return [a * 2 for a in range(total) if a % 2], math.sqrt(2.0), STATE.items[1:]

def entry_point(argv):
    del argv[0]
    print(f([STATE, None], y=len(argv)))
    return 0
"#;

#[test]
fn truncated_and_mutilated_programs_do_not_panic() {
    let p =
        load(PROGRAM).unwrap_or_else(|mut f| panic!("{}", f.diagnostics.render_all(&f.sources)));
    check_graphs(&p);
    let cut_points: Vec<usize> = (0..PROGRAM.len())
        .step_by(5)
        .filter(|i| PROGRAM.is_char_boundary(*i))
        .collect();
    for cut in cut_points {
        let src = &PROGRAM[..cut];
        match load(src) {
            Ok(p) => check_graphs(&p),
            Err(mut f) => {
                f.diagnostics.render_all(&f.sources);
            }
        }
    }
    // Drop each line in turn.
    let lines: Vec<&str> = PROGRAM.lines().collect();
    for skip in 0..lines.len() {
        let src: String = lines
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != skip)
            .map(|(_, l)| format!("{l}\n"))
            .collect();
        match load(&src) {
            Ok(p) => check_graphs(&p),
            Err(mut f) => {
                f.diagnostics.render_all(&f.sources);
            }
        }
    }
}
