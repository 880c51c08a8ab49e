//! End to end, what the C# runtime and the issue's rules add: code-point
//! strings (non-BMP characters count as one), float repr and formatting as
//! CPython, unboxed containers, deep recursion as RecursionError, stdout
//! flushed before a fatal error, large methods, and the IL listing.

mod common;

use std::process::Command;

use common::*;

const MAIN: &str =
    "\nif __name__ == \"__main__\":\n    import sys\n    sys.exit(entry_point(sys.argv))\n";

#[test]
fn strings_count_code_points() {
    let src = format!(
        "{}{MAIN}",
        r#"
def entry_point(argv):
    s = "a\U0001F600b\u00e9\U00010348"
    print(len(s), s[1], s[2], s[-1], s[1:3], s.find("b"), s.rfind("\u00e9"), ord(s[1]))
    n = 0
    for ch in s:
        n += len(ch)
    print(n, s.upper(), repr(s), s.count("\U0001F600"), s[1:] == s[-4:])
    print(s.replace("", "-"), "\U0001F600" < "\uffff", "\uffff" < "\U0001F600")
    print(chr(0x1F600), list("x\U0001F600"), s.split("b"))
    return 0
"#
    );
    assert_same("nonbmp", &src);
}

#[test]
fn floats_print_as_cpython() {
    let src = format!(
        "{}{MAIN}",
        r#"
def entry_point(argv):
    xs = [0.1, 0.2 + 0.1, 1e16, 1e-5, 123456789.125, 2.5e-308, 5e-324, 1.7976931348623157e308,
          -0.0, 1.0 / 3.0, 100.0, 1e22, 0.000123]
    for x in xs:
        print(x, repr(x), "%.3f" % x, "%e" % x, "%g" % x, f"{x:.2e}", f"{x:10.4g}|")
    print([0.5, 2.0], (1.5, "a"), {1: 0.25})
    print(float("1e400"), float("-inf"), float("  3.25 "), 2.675)
    print("%5.1f%%" % 99.95, "%+d" % 5, "%05d" % -42, "%x" % 255, f"{'ab':>8}")
    return 0
"#
    );
    assert_same("floats", &src);
}

#[test]
fn dicts_tuples_and_sorting() {
    let src = format!(
        "{}{MAIN}",
        r#"
def entry_point(argv):
    d = {}
    for i in range(10):
        d[(i % 3, str(i))] = i * 1.5
    del d[(0, "3")]
    print(len(d), d[(1, "4")], (2, "5") in d, d.get((9, "9"), -1.0))
    items = sorted(d.items())
    print(items[:3])
    words = ["pear", "Apple", "fig", "apple", "Fig"]
    words.sort()
    print(words, sorted([3, 1, 2]), max(words), min([2.5, 1.5]))
    pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
    pairs.sort()
    print(pairs, list(zip([1, 2, 3], ["x", "y"])), list(enumerate("ab")))
    counts = {}
    for w in "the cat the dog the end".split():
        counts[w] = counts.get(w, 0) + 1
    print(counts, list(counts.keys()), counts.pop("cat"), counts)
    return 0
"#
    );
    assert_same("containers", &src);
}

#[test]
fn deep_recursion_is_a_recursion_error() {
    let src = format!(
        "{}{MAIN}",
        r#"
def down(n):
    return down(n + 1) + 1

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

def entry_point(argv):
    print(depth(900))
    try:
        down(0)
    except RecursionError:
        print("caught")
    down(0)
    return 0
"#
    );
    let (p, m) = run_both("recursion", &src);
    assert_eq!(m.stdout, p.stdout, "mono stderr: {}", m.stderr);
    assert_eq!((m.status, p.status), (1, 1));
    assert!(
        m.stderr
            .starts_with("Fatal RPython error: RecursionError: maximum recursion depth exceeded"),
        "{}",
        m.stderr
    );
}

#[test]
fn stdout_is_flushed_before_a_fatal_error() {
    let src = format!(
        "{}{MAIN}",
        r#"
def entry_point(argv):
    for i in range(3000):
        print("line", i)
    d = {"a": 1}
    return d["b"]
"#
    );
    let (p, m) = run_both("flush", &src);
    assert_eq!(m.stdout, p.stdout);
    assert_eq!(m.status, 1);
    assert_eq!(m.stderr, "Fatal RPython error: KeyError: 'b'\n");
}

#[test]
fn large_methods_work() {
    // One function of 4000 statements: long branches, many locals.
    let mut body = String::from("def big(n):\n    total = 0\n");
    for i in 0..4000 {
        body.push_str(&format!(
            "    if n % {} == 0:\n        total += {i}\n    else:\n        total -= 1\n",
            i % 7 + 1
        ));
    }
    body.push_str(
        "    return total\n\ndef entry_point(argv):\n    print(big(3), big(42))\n    return 0\n",
    );
    assert_same("large", &format!("{body}{MAIN}"));
}

#[test]
fn the_il_listing_names_what_the_assembly_calls() {
    let dir = temp_dir("listing");
    let py = dir.join("listing.py");
    let src = format!(
        "{}{MAIN}",
        r#"
def entry_point(argv):
    xs = [1, 2, 3]
    d = {1: 0.5}
    print(len("x"), xs[0], d[1], "q".upper())
    return 0
"#
    );
    std::fs::write(&py, src).unwrap();
    let program = typed_program(&py);
    let exe = dir.join("listing.exe");
    let options = emit_cli::BuildOptions { il_listing: true };
    emit_cli::build_assembly_with(&program, &exe, &options).unwrap();
    let listing = std::fs::read_to_string(dir.join("listing.il.txt")).unwrap();
    assert!(listing.contains(".class RPython.Program"), "{listing}");
    assert!(listing.contains(".method listing_entry_point(RPython.Runtime.RList<string>) : int64"));
    // Lists and dicts of primitives are unboxed generic instances.
    assert!(listing.contains("newobj RPython.Runtime.RList<int64>::.ctor() : void"));
    assert!(listing.contains("RPython.Runtime.RDict<int64, float64>::GetItem(!0) : !1"));
    assert!(listing.contains("call RPython.Runtime.Text::Len(string) : int64"));
    assert!(listing.contains("ldstr \"\\n\""));
    // The packed case tables that upper() takes are shown by their start
    // and length, not whole.
    let tables = listing
        .lines()
        .find(|l| l.contains("ldstr") && l.contains("UTF-16 units)"))
        .expect("a shortened literal");
    assert!(tables.len() < 400, "{tables}");
    // The same program gives the same assembly and listing.
    let other = temp_dir("listing-again");
    emit_cli::build_assembly_with(&program, &other.join("listing.exe"), &options).unwrap();
    assert!(std::fs::read_to_string(other.join("listing.il.txt")).unwrap() == listing);
    assert!(std::fs::read(other.join("listing.exe")).unwrap() == std::fs::read(&exe).unwrap());
    let out = Command::new(mono())
        .arg("--verify-all")
        .arg(&exe)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "1 1 0.5 Q\n");
}

#[test]
fn prebuilt_constants_nest() {
    let src = format!(
        "{}{MAIN}",
        r#"
class Color:
    def __init__(self, name, rgb):
        self.name = name
        self.rgb = rgb

RED = Color("red", (255, 0, 0))
INNER = (1, "a")
OUTER = ((INNER, 2.5), INNER)
TABLE = {"x": (OUTER, [RED]), "y": ((((2, "b"), 0.5), (3, "c")), [])}
NAMES = [RED, Color("blue", (0, 0, 255))]

def entry_point(argv):
    print(OUTER, TABLE["x"][0][0][0][1], TABLE["y"][0])
    print(TABLE["x"][1][0].rgb, NAMES[1].name, NAMES[0] is RED)
    return 0
"#
    );
    assert_same("prebuilt", &src);
}

#[test]
fn functions_held_only_by_constants_are_translated() {
    let src = format!(
        "{}{MAIN}",
        r#"
def double(x):
    return x * 2

def negate(x):
    return -x

class Op:
    def __init__(self, name, fn):
        self.name = name
        self.fn = fn

TABLE = {"double": double, "negate": negate}
OPS = [Op("d", double), Op("n", negate)]

def entry_point(argv):
    for op in OPS:
        print(op.name, op.fn(21))
    print(TABLE["negate"](5), TABLE["double"](4))
    return 0
"#
    );
    assert_same("held_functions", &src);
}

#[test]
fn tuples_of_up_to_sixteen_items() {
    let src = format!(
        "{}{MAIN}",
        r#"
def pack(n):
    return (n, "a", 2.5, n + 1, True, None, n * 2, "b", [n], n - 1, 11, 12, 13, 14, 15, "z")


def entry_point(argv):
    n = len(argv)
    t = (1, 2, 3, 4, 5, 6, 7, 8, n)
    print(t, t[8], t == (1, 2, 3, 4, 5, 6, 7, 8, 1), t < (1, 2, 3, 4, 5, 6, 7, 8, 0))
    seen = {t: "nine"}
    print(seen[(1, 2, 3, 4, 5, 6, 7, 8, n)])
    print(pack(n), pack(n)[15])
    print("%d %s %d %d %d %d %d %d %d %d" % (1, "x", 3, 4, 5, 6, 7, 8, 9, n))
    return 0
"#
    );
    assert_same("wide_tuples", &src);
}

#[test]
fn a_tuple_of_seventeen_items_is_refused_with_a_reason() {
    let dir = temp_dir("wide");
    let py = dir.join("wide.py");
    let items: Vec<String> = (1..=17).map(|i| i.to_string()).collect();
    std::fs::write(
        &py,
        format!(
            "def entry_point(argv):\n    t = ({})\n    print(t[16])\n    return 0\n{MAIN}",
            items.join(", ")
        ),
    )
    .unwrap();
    let program = typed_program(&py);
    let err = emit_cli::build_assembly(&program, &dir.join("wide.exe")).unwrap_err();
    assert!(
        err.contains("wide.entry_point (")
            && err.contains("more than 16 items")
            && err.contains("is not supported by the CLI backend yet"),
        "{err}"
    );
}

#[test]
fn str_of_ranges_and_bytes() {
    let src = format!(
        "{}{MAIN}",
        r#"
def entry_point(argv):
    r = range(2, 10, 3)
    print(str(range(5)), repr(r), len(r), str(b"a'\x00"), bool(range(0)))
    return 0
"#
    );
    assert_same("ranges", &src);
}

#[test]
fn many_floats_print_as_cpython() {
    // Shortest repr and correctly rounded formats over many magnitudes,
    // subnormals and halfway cases included.
    let src = format!(
        "{}{MAIN}",
        r#"
def entry_point(argv):
    out = []
    x = 1.0
    for i in range(1, 700):
        v = (i * 7919 % 10007) / 37.0
        scale = 1.0
        for k in range(i % 45):
            scale = scale * 10.0
        if i % 2 == 0:
            v = v * scale
        else:
            v = v / scale
        x = x * 0.37 + v
        out.append("%r %r %.17g %.3e %.10f %g" % (v, x, v, v, x / 1e6, v))
    tiny = 5e-324
    for i in range(20):
        out.append(repr(tiny) + " " + repr(0.5 + i * 0.125) + " " + "%.0f %.1f" % (i + 0.5, i * 0.05 + 0.25))
        tiny = tiny * 3.0
    print("\n".join(out))
    print(int("-9223372036854775808"), int("  42  "), int("0009"))
    return 0
"#
    );
    assert_same("many_floats", &src);
}
