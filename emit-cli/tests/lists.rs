//! End to end: lists of ints, floats, bools and strs as unboxed `List<T>`,
//! and argv.

mod common;

use common::*;

const MAIN: &str =
    "\nif __name__ == \"__main__\":\n    import sys\n    sys.exit(entry_point(sys.argv))\n";

#[test]
fn lists_of_primitives() {
    let src = format!(
        "{}{MAIN}",
        r#"
def total(xs):
    s = 0
    i = 0
    while i < len(xs):
        s += xs[i]
        i += 1
    return s

def entry_point(argv):
    xs = [3, 1, 4]
    xs.append(1)
    xs.append(5)
    xs[0] = xs[-1] * 10
    print(len(xs), total(xs), xs[0], xs[-2])
    fs = [0.5, 0.25]
    fs[1] = fs[0] + fs[-1]
    if fs[1] == 1.0:
        print("floats")
    words = ["a", "b"]
    words.append("c")
    print(words[0] + words[-1], len(words))
    flags = [True, False]
    print(flags[1], flags[-2])
    return len(xs)
"#
    );
    assert_same("lists", &src);
}

#[test]
fn argv_is_a_list_of_str() {
    let src = format!(
        "{}{MAIN}",
        r#"
def entry_point(argv):
    i = 1
    while i < len(argv):
        print(i, argv[i])
        i += 1
    return len(argv)
"#
    );
    let dir = temp_dir("argv");
    let py = dir.join("argv.py");
    std::fs::write(&py, &src).unwrap();
    let exe = dir.join("argv.exe");
    emit_cli::build_assembly(&typed_program(&py), &exe).unwrap();
    let run = |cmd: &str, file: &std::path::Path| {
        std::process::Command::new(cmd)
            .arg(file)
            .args(["one", "zwei", "drei"])
            .output()
            .unwrap()
    };
    let m = run(mono(), &exe);
    let p = run("python3", &py);
    assert_eq!(
        String::from_utf8_lossy(&m.stdout),
        "1 one\n2 zwei\n3 drei\n"
    );
    assert_eq!(m.stdout, p.stdout);
    assert_eq!(m.status.code(), Some(4));
    assert_eq!(m.status.code(), p.status.code());
}

#[test]
fn index_out_of_range_is_a_fatal_index_error() {
    let src = format!(
        "{}{MAIN}",
        r#"
def entry_point(argv):
    xs = [1, 2]
    print(xs[-2])
    print(xs[len(argv) + 5])
    return 0
"#
    );
    let (p, m) = run_both("indexerror", &src);
    assert_eq!(m.stdout, p.stdout);
    assert_eq!(m.status, 1);
    assert_eq!(
        m.stderr,
        "Fatal RPython error: IndexError: list index out of range\n"
    );
}

#[test]
fn printing_lists_of_ints_and_bools() {
    let src = format!(
        "{}{MAIN}",
        r#"
def entry_point(argv):
    xs = [3, -1, 4]
    print(xs)
    empty = [0]
    empty[0] = 7
    print(empty, [True, False])
    print("list: " + str([10, 20]))
    return 0
"#
    );
    assert_same("printlists", &src);
}

#[test]
fn list_slices_clamp_as_python() {
    let src = format!(
        "{}{MAIN}",
        r#"
def entry_point(argv):
    xs = [0, 1, 2, 3, 4, 5]
    print(xs[1:3], xs[:2], xs[4:], xs[-2:], xs[:-4], xs[-100:2], xs[3:100], xs[4:1], xs[:])
    ys = xs[1:4]
    ys[0] = 99
    print(xs[1], ys)
    words = ["a", "b", "c"]
    tail = words[1:]
    print(len(tail), tail[0])
    return 0
"#
    );
    assert_same("slices", &src);
}

#[test]
fn list_methods_and_truth() {
    let src = format!(
        "{}{MAIN}",
        r#"
def drain(stack):
    out = 0
    while stack:
        out = out * 10 + stack.pop()
    return out

def entry_point(argv):
    xs = [1, 2, 3]
    xs.insert(0, 9)
    xs.insert(-1, 7)
    xs.insert(100, 5)
    xs.insert(-100, 4)
    print(xs)
    print(xs.pop(0), xs.pop(-2), xs.pop(), xs)
    print(2 in xs, 8 in xs, "b" in ["a", "b"])
    xs.reverse()
    print(xs, drain([1, 2, 3]))
    empty = [0]
    empty.pop()
    if not empty:
        print("empty")
    try:
        empty.pop()
    except IndexError as e:
        print(str(e))
    return 0
"#
    );
    assert_same("listmethods", &src);
}
