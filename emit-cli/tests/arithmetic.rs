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
