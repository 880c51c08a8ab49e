//! End to end: RPython classes as CLI classes — fields, constructors,
//! virtual methods, isinstance.

mod common;

use common::*;

const MAIN: &str =
    "\nif __name__ == \"__main__\":\n    import sys\n    sys.exit(entry_point(sys.argv))\n";

#[test]
fn fields_virtual_methods_and_isinstance() {
    let src = format!(
        "{}{MAIN}",
        r#"
class Shape(object):
    def __init__(self, name):
        self.name = name
        self.scale = 1

    def area(self):
        return 0

    def describe(self):
        return self.name + " " + str(self.area() * self.scale)

class Rect(Shape):
    def __init__(self, w, h):
        Shape.__init__(self, "rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

class Square(Rect):
    def __init__(self, side):
        Rect.__init__(self, side, side)
        self.name = "square"

class Node(object):
    def __init__(self, value, next):
        self.value = value
        self.next = next

def total(node):
    t = 0
    while node is not None:
        t += node.value
        node = node.next
    return t

def show(s):
    print(s.describe())
    if isinstance(s, Rect):
        print("  a rect of width", s.w)
    if isinstance(s, Square):
        print("  and a square")

def entry_point(argv):
    show(Shape("blob"))
    show(Rect(2, 3))
    sq = Square(4)
    sq.scale = 10
    show(sq)
    n = Node(1, Node(2, Node(39, None)))
    print(total(n))
    return total(n)
"#
    );
    assert_same("classes", &src);
}
