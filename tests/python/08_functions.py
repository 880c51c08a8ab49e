# Functions: positional, keyword and default arguments, recursion.
def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


def noreturn():
    pass


def is_even(n):
    if n == 0:
        return True
    return is_odd(n - 1)


def is_odd(n):
    if n == 0:
        return False
    return is_even(n - 1)


print(fact(10), fact(20), fib(30), [fib(i) for i in range(10)])
print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"), greet(greeting="Yo", name="Di"))
print(noreturn(), is_even(10), is_odd(7))
f = fact
print(f(5), f.__name__)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


print(ackermann(2, 3))
