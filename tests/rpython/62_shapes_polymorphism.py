"""Polymorphism across modules: a list of shapes from mod_shapes, virtual calls, sorting by area, grouping by kind."""
from mod_shapes import Shape, Circle, Rectangle, Square, Triangle


def largest(shapes):
    best = shapes[0]
    for s in shapes:
        if s.area() > best.area():
            best = s
    return best


def entry_point(argv):
    shapes = [Circle("c1", 1.0), Rectangle("r1", 3.0, 4.5), Square("s1", 2.5), Triangle("t1", 3.0, 4.0, 5.0),
              Circle("c2", 0.5), Triangle("t2", 2.0, 2.0, 2.0), Shape("blob")]
    for s in shapes:
        print(s.summary())
    print("largest:", largest(shapes).name)
    keyed = []
    for i, s in enumerate(shapes):
        keyed.append((s.area(), i))
    keyed.sort()
    print("by area:", [shapes[i].name for a, i in keyed])
    kinds = {}
    for s in shapes:
        kinds.setdefault(s.KIND, []).append(s.name)
    print(kinds)
    total = 0.0
    for s in shapes:
        if isinstance(s, Rectangle):
            total += s.width
    print("total rectangle width:", total)
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
