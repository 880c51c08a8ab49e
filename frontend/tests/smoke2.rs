mod common;
use common::*;

#[test]
fn smoke_errors() {
    let out = fail(
        r#"
import nosuchmod
from math import nosuch
X = [1, 2]
Y = foo()
print("hi")

def g(**kw):
    pass

def h(*args):
    pass

def f(x):
    global X
    X = 3
    y = 1
    def inner():
        return y
    def inner2(a):
        return a
    lam = lambda: x
    exec("1")
    s = {1, 2}
    with open("x") as fh:
        pass
    q = unknown_name + 1
    r = x[1:2:3]
    return [a for a in x for b in a]

def entry_point(argv):
    return 0
"#,
    );
    println!("{out}");
}
