"""isinstance narrowing: a list of base-class instances, checked and used through subclass-only attributes."""


class Expr:
    pass


class Num(Expr):
    def __init__(self, value):
        self.value = value


class Add(Expr):
    def __init__(self, left, right):
        self.left = left
        self.right = right


class Mul(Expr):
    def __init__(self, left, right):
        self.left = left
        self.right = right


class Neg(Expr):
    def __init__(self, operand):
        self.operand = operand


def evaluate(e):
    if isinstance(e, Num):
        return e.value
    elif isinstance(e, Add):
        return evaluate(e.left) + evaluate(e.right)
    elif isinstance(e, Mul):
        return evaluate(e.left) * evaluate(e.right)
    elif isinstance(e, Neg):
        return -evaluate(e.operand)
    raise ValueError("unknown expression")


def show(e):
    if isinstance(e, Num):
        return str(e.value)
    if isinstance(e, Add):
        return "(" + show(e.left) + " + " + show(e.right) + ")"
    if isinstance(e, Mul):
        return show(e.left) + " * " + show(e.right)
    if isinstance(e, Neg):
        return "-" + show(e.operand)
    return "?"


def count_nodes(e):
    if isinstance(e, Add):
        return 1 + count_nodes(e.left) + count_nodes(e.right)
    if isinstance(e, Mul):
        return 1 + count_nodes(e.left) + count_nodes(e.right)
    if isinstance(e, Neg):
        return 1 + count_nodes(e.operand)
    return 1


def entry_point(argv):
    e = Add(Mul(Num(3), Num(4)), Neg(Add(Num(1), Num(2))))
    print(show(e), "=", evaluate(e), "nodes", count_nodes(e))
    exprs = [Num(7), Neg(Num(7)), Mul(Num(6), Num(7)), e]
    for x in exprs:
        print(show(x), evaluate(x), isinstance(x, Num), isinstance(x, Expr), isinstance(x, Add))
    try:
        evaluate(Expr())
    except ValueError as err:
        print("error:", str(err))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
