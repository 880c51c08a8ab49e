//! End to end: `for` loops over ranges (the StopIteration edge of
//! `iter_next` becomes a test).

mod common;

use common::*;

const MAIN: &str =
    "\nif __name__ == \"__main__\":\n    import sys\n    sys.exit(entry_point(sys.argv))\n";

#[test]
fn for_loops_over_ranges() {
    let src = format!(
        "{}{MAIN}",
        r#"
def triangle(n):
    t = 0
    for i in range(n + 1):
        t += i
    return t

def entry_point(argv):
    s = 0
    for i in range(2, 10, 3):
        s += i
    print(s, triangle(100))
    for i in range(5, -5, -2):
        print(i)
    for i in range(3, 3):
        print("never")
    r = range(0, 4)
    count = 0
    for a in r:
        for b in r:
            if b > a:
                break
            count += 1
    print("pairs", count)
    found = -1
    for k in range(1, 1000):
        if k * k > 500:
            found = k
            break
    print("found", found)
    return 0
"#
    );
    assert_same("ranges", &src);
}

#[test]
fn a_zero_range_step_is_a_fatal_value_error() {
    let src = format!(
        "{}{MAIN}",
        r#"
def entry_point(argv):
    step = len(argv) - len(argv)
    for i in range(0, 10, step):
        print(i)
    return 0
"#
    );
    let (p, m) = run_both("zerostep", &src);
    assert_eq!(m.stdout, p.stdout);
    assert_eq!(m.status, 1);
    assert_eq!(
        m.stderr,
        "Fatal RPython error: ValueError: range() arg 3 must not be zero\n"
    );
}

#[test]
fn for_loops_over_lists() {
    let src = format!(
        "{}{MAIN}",
        r#"
class P(object):
    def __init__(self, v):
        self.v = v

def entry_point(argv):
    xs = [1, 2, 3]
    for x in xs:
        if x < 3:
            xs.append(x * 10)
        print(x)
    names = ["a", "bc"]
    out = ""
    for n in names:
        out = out + n + ";"
    print(out)
    total = 0
    for p in [P(4), P(5)]:
        total += p.v
    for a in argv:
        total += 1
    for f in [0.5, 1.5]:
        if f > 1.0:
            print("big")
    print(total)
    return 0
"#
    );
    assert_same("listloops", &src);
}
