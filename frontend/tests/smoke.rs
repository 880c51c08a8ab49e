mod common;
use common::*;

#[test]
fn smoke_dump() {
    let p = ok(r#"
import math
from rlib.rarithmetic import ovfcheck

N = 10

class A(object):
    X = 3
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n + A.X

class B(A):
    def get(self):
        return super().get() * 2

STATE = B(4)

def f(x, y=2):
    total = 0
    for i in range(x):
        if i % 2 == 0 and i > 1:
            total += i
        elif i > 5:
            break
    else:
        total = -1
    while total > 100:
        total -= 1
    try:
        z = ovfcheck(x * y)
    except OverflowError as e:
        z = 0
    finally:
        print("done")
    return [a * 2 for a in range(z) if a] , f"{x!r:>3} and {y}", math.sqrt(2.0), STATE.n

def entry_point(argv):
    a = A(1)
    if isinstance(a, B):
        print(a.get())
    print(f(len(argv)))
    return 0

if __name__ == "__main__":
    entry_point([])
"#);
    for f in &p.functions {
        println!("== {}\n{}", f.qualname, f.graph);
    }
}
