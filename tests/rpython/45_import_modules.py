"""`import m` and `from m import x` of the program's own helper modules: functions, classes and constants."""
import mod_geometry
from mod_geometry import Point, manhattan
from mod_textutil import pad_left, title_case
import mod_textutil


def entry_point(argv):
    a = Point(1.0, 2.0)
    b = a.moved(3.0, -4.0)
    print(mod_geometry.describe(a), mod_geometry.describe(b), manhattan(a, b))
    r = mod_geometry.Rect(Point(0.0, 0.0), 4.0, 3.0)
    print(r.area(), r.contains(a), r.contains(b), r.contains(Point(4.0, 3.0)))
    print(mod_geometry.UNIT, mod_geometry.ORIGIN_NAME, mod_textutil.SEPARATOR)
    print("[" + pad_left("42", 6) + "]", "[" + pad_left("toolong", 3) + "]")
    print(title_case("the quick brown fox"), title_case("éCOLE normale"))
    print(mod_textutil.join_all(["a", "b", "c"]))
    pts = [Point(float(i), float(i * i)) for i in range(4)]
    names = [mod_geometry.describe(p) for p in pts]
    print(mod_textutil.join_all(names))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
