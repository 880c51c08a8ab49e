//! End to end: RPython exceptions as CLI exceptions — raise, try/except by
//! class in order, built-in exceptions raised by operations, and the fatal
//! report of an exception escaping the entry point.

mod common;

use common::*;

const MAIN: &str =
    "\nif __name__ == \"__main__\":\n    import sys\n    sys.exit(entry_point(sys.argv))\n";

#[test]
fn raise_and_catch() {
    let src = format!(
        "{}{MAIN}",
        r#"
class MyError(Exception):
    def __init__(self, code):
        self.code = code

class Special(MyError):
    pass

def check(n):
    if n < 0:
        raise MyError(n)
    if n == 0:
        raise Special(42)
    return n * 2

def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError:
        return -1

def entry_point(argv):
    for n in [3, -5, 0]:
        try:
            print("ok", check(n))
        except Special as e:
            print("special", e.code)
        except MyError as e:
            print("error", e.code)
    print(safe_div(7, 2), safe_div(7, 0))
    xs = [1]
    try:
        print(xs[5])
    except IndexError as e:
        print("index error:", str(e))
    return 0
"#
    );
    assert_same("raise", &src);
}

#[test]
fn an_escaping_exception_is_reported_as_fatal() {
    let src = format!(
        "{}{MAIN}",
        r#"
class Boom(Exception):
    pass

def entry_point(argv):
    print("start")
    if len(argv) < 100:
        raise Boom("it broke")
    return 0
"#
    );
    let (i, m) = run_interp_and_mono("escaping", &src);
    assert_eq!(m, i);
    assert_eq!(m.stderr, "Fatal RPython error: Boom: it broke\n");
}
