//! End to end: ints, floats, bools, branches, loops and calls run on mono as
//! on CPython.

mod common;

use common::*;

const MAIN: &str =
    "\nif __name__ == \"__main__\":\n    import sys\n    sys.exit(entry_point(sys.argv))\n";

#[test]
fn fibonacci_loop_and_exit_status() {
    let src = format!(
        "{}{MAIN}",
        r#"
def fib(n):
    a = 0
    b = 1
    i = 0
    while i < n:
        a, b = b, a + b
        i += 1
    return a

def entry_point(argv):
    print("fib", fib(30))
    print(fib(90))
    return 3
"#
    );
    assert_same("fib", &src);
}

#[test]
fn floor_division_and_modulo_follow_python_signs() {
    let src = format!(
        "{}{MAIN}",
        r#"
def show(a, b):
    print(a, b, a // b, a % b)

def entry_point(argv):
    show(7, 2)
    show(-7, 2)
    show(7, -2)
    show(-7, -2)
    show(6, 3)
    show(-6, 3)
    show(0, -5)
    x = 1 << 62
    show(x, 7)
    show(-x, -1)
    return 0
"#
    );
    assert_same("floordiv", &src);
}

#[test]
fn comparisons_bools_and_branches() {
    let src = format!(
        "{}{MAIN}",
        r#"
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n <= 10:
        return "small"
    return "large"

def between(a, b, c):
    return a <= b and b < c

def entry_point(argv):
    i = -2
    while i < 13:
        print(i, classify(i), between(0, i, 10), i != 3, i >= 5, i > 5)
        i += 3
    print(not between(1, 2, 3), True == False)
    return 0
"#
    );
    assert_same("compare", &src);
}

#[test]
fn floats_and_bitwise_operations() {
    let src = format!(
        "{}{MAIN}",
        r#"
def halve_until(x, limit):
    n = 0
    while x > limit:
        x = x / 2.0
        n += 1
    return n

def bits(a, b):
    return (a & b) + (a | b) * 3 - (a ^ b) + (~a) + (a << 3) + (b >> 1)

def entry_point(argv):
    print(halve_until(1000.0, 1.5))
    f = 2.5
    if f * 2.0 == 5.0 and f - 3.0 < 0.0 and -f <= -2.5 and f != 2.0:
        print("float comparisons")
    print(bits(12, 10), bits(-5, 3), (1 << 62) >> 70, -9 >> 80, 5 >> 1, 3 << 60)
    return 7
"#
    );
    assert_same("floats", &src);
}

#[test]
fn recursion_and_mutual_calls() {
    let src = format!(
        "{}{MAIN}",
        r#"
def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)

def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)

def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))

def entry_point(argv):
    print(is_even(10), is_odd(7), is_even(7))
    print("ack", ack(2, 3))
    s = "a" + "b"
    if s == "ab":
        print(s + "!")
    return ack(1, 1) + 250
"#
    );
    assert_same("calls", &src);
}

#[test]
fn zero_division_is_a_fatal_error() {
    let src = format!(
        "{}{MAIN}",
        r#"
def div(a, b):
    return a // b

def entry_point(argv):
    n = 3
    while n > 0:
        n -= 1
    print("before")
    print(div(7, n))
    return 0
"#
    );
    let (p, m) = run_both("zerodiv", &src);
    assert_eq!(m.stdout, "before\n");
    assert_eq!(m.stdout, p.stdout);
    assert_eq!(m.status, 1);
    assert_eq!(
        m.stderr,
        "Fatal RPython error: ZeroDivisionError: integer division or modulo by zero\n"
    );
    assert!(p.stderr.contains("ZeroDivisionError"));
}

#[test]
fn int_arithmetic_wraps_as_on_the_graph_interpreter() {
    // CPython's ints do not wrap, so the oracle is the graph interpreter.
    let src = r#"
def show(a, b):
    print(a // b, a % b, a * b, a + a)

def entry_point(argv):
    m = -(1 << 62) * 2
    show(m, -1)
    show(m + 5, 3)
    show(1 << 62, 4)
    print(m << 1, (1 << 63) >> 70, 3 << 62)
    return 0
"#;
    let (interp, m) = run_interp_and_mono("wraps", src);
    assert_eq!(m, interp);
}

#[test]
fn text_is_written_as_utf8() {
    let src = format!(
        "{}{MAIN}",
        r#"
def entry_point(argv):
    print("h\u00e9llo w\u00f6rld \u20ac \U0001F600")
    return 0
"#
    );
    assert_same("utf8", &src);
}

#[test]
fn integer_powers() {
    let src = format!(
        "{}{MAIN}",
        r#"
def entry_point(argv):
    n = 3
    print(2 ** 10, n ** 4, (-3) ** 3, 7 ** 0, 0 ** n, 2 ** 62)
    try:
        print(2 ** (n - 5))
    except ValueError as e:
        print("ValueError")
    return 0
"#
    );
    let (i, m) = run_interp_and_mono("pow", &src);
    assert_eq!(m, i);
    assert!(
        m.stdout
            .starts_with("1024 81 -27 1 0 4611686018427387904\n"),
        "{}",
        m.stdout
    );
}

#[test]
fn string_length_counts_code_points() {
    let src = format!(
        "{}{MAIN}",
        r#"
def entry_point(argv):
    s = "h\u00e9llo"
    t = s + " \U0001F600\U0001F601!"
    print(len(s), len(t), len(""))
    return len(t)
"#
    );
    assert_same("strlen", &src);
}
