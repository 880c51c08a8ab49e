# Name resolution: LEGB, shadowing builtins, class scope, comprehension scope.
x = "global"
len_calls = []


def outer():
    x = "enclosing"

    def inner():
        return x

    def shadow():
        x = "local"
        return x
    return inner(), shadow(), x


print(outer(), x)


def uses_global():
    return x.upper()


def shadows_builtin(items):
    max = 0
    for i in items:
        if i > max:
            max = i
    return max


print(uses_global(), shadows_builtin([3, 9, 2]), max([3, 9, 2]))


class Scope:
    y = 10
    doubled = [y * 2 for _ in range(1)] if False else 20

    def method(self):
        return self.y + Scope.y


print(Scope().method(), Scope.doubled)


def make_multipliers():
    return [lambda v, k=k: v * k for k in range(1, 4)]


print([m(10) for m in make_multipliers()])


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count
    return inc, get


inc, get = counter()
inc()
inc()
print(get())


def unbound():
    try:
        print(z)
        z = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)


z = "global z"
unbound()
print([v for v in range(3)], x)
