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

#[test]
fn lists_of_instances() {
    let src = format!(
        "{}{MAIN}",
        r#"
class Animal(object):
    def __init__(self, name):
        self.name = name
    def sound(self):
        return "..."

class Dog(Animal):
    def sound(self):
        return "woof"

class Cat(Animal):
    def sound(self):
        return "meow"

def entry_point(argv):
    zoo = [Dog("rex"), Cat("tom")]
    zoo.append(Animal("fish"))
    zoo[2] = Cat("kit")
    i = 0
    while i < len(zoo):
        a = zoo[i]
        print(a.name, a.sound())
        i += 1
    print(zoo[-1].name)
    return len(zoo)
"#
    );
    assert_same("instlists", &src);
}

#[test]
fn tuples_as_records() {
    let src = format!(
        "{}{MAIN}",
        r#"
def divmod2(a, b):
    return a // b, a % b

def swap(p):
    x, y = p
    return (y, x)

def entry_point(argv):
    q, r = divmod2(17, 5)
    print(q, r)
    t = swap(("left", 3))
    print(t[0], t[1])
    nested = ((1, 2.5), "n")
    inner = nested[0]
    if inner[1] > 2.0:
        print(inner[0], nested[1])
    return q
"#
    );
    assert_same("tuples", &src);
}

#[test]
fn prebuilt_constants_are_static_fields() {
    let src = format!(
        "{}{MAIN}",
        r#"
class Config(object):
    def __init__(self, name, level):
        self.name = name
        self.level = level
        self.next = None

class Counter(object):
    def __init__(self):
        self.count = 0

DEFAULT = Config("default", 3)
OTHER = Config("other", 5)
DEFAULT.next = OTHER
OTHER.next = DEFAULT
PRIMES = [2, 3, 5, 7]
PAIR = (1, "one")
STATE = Counter()

def bump():
    STATE.count += 1
    return STATE.count

def entry_point(argv):
    print(DEFAULT.name, DEFAULT.level, DEFAULT.next.name, DEFAULT.next.next.name)
    total = 0
    for p in PRIMES:
        total += p
    print(total, len(PRIMES), PAIR[0], PAIR[1])
    bump()
    bump()
    print(bump())
    return 0
"#
    );
    assert_same("prebuilt", &src);
}
