# A hand-written "record" base class: fields, repr, eq, ordering, replace.
class Record:
    fields = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError("%s takes %d positional arguments but %d were given"
                            % (type(self).__name__, len(self.fields), len(args)))
        values = dict(zip(self.fields, args))
        for key, value in kwargs.items():
            if key not in self.fields:
                raise TypeError("%s got an unexpected keyword argument %r" % (type(self).__name__, key))
            if key in values:
                raise TypeError("%s got multiple values for argument %r" % (type(self).__name__, key))
            values[key] = value
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise TypeError("%s missing %s" % (type(self).__name__, ", ".join(missing)))
        for f in self.fields:
            setattr(self, f, values[f])

    def astuple(self):
        return tuple(getattr(self, f) for f in self.fields)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in self.fields))

    def __eq__(self, other):
        return type(self) is type(other) and self.astuple() == other.astuple()

    def __lt__(self, other):
        return self.astuple() < other.astuple()

    def __hash__(self):
        return hash((type(self).__name__,) + self.astuple())

    def replace(self, **changes):
        values = dict(zip(self.fields, self.astuple()))
        values.update(changes)
        return type(self)(**values)


class Point(Record):
    fields = ("x", "y")


class Employee(Record):
    fields = ("name", "dept", "salary")


p = Point(1, 2)
q = Point(y=2, x=1)
print(p, p == q, p is q, hash(p) == hash(q), p.replace(y=5), p)
staff = [Employee("ann", "eng", 120), Employee("bob", "ops", 90), Employee("cy", "eng", 100)]
print(sorted(staff)[0], max(staff, key=lambda e: e.salary).name)
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept, len({p, q, Point(2, 1)}))
for bad in [lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2), lambda: Point()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(Point(1, 2) == (1, 2), Point(0, 0) < Point(0, 1), [pt.astuple() for pt in sorted([Point(2, 0), Point(1, 9)])])
