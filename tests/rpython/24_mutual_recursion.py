"""Recursion and mutual recursion, within the program and across two helper modules that import each other."""

import mod_ping
from mod_pong import is_odd


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def hanoi(n, source, target, spare, moves):
    if n == 0:
        return
    hanoi(n - 1, source, spare, target, moves)
    moves.append(source + "->" + target)
    hanoi(n - 1, spare, target, source, moves)


def count_down(n):
    if n < 0:
        return ""
    return str(n) + " " + count_up_from(n - 1)


def count_up_from(n):
    if n < 0:
        return "|"
    return count_down(n - 1) + "<" + str(n)


def entry_point(argv):
    print([fact(i) for i in range(0, 21, 4)], fact(20))
    print([fib(i) for i in range(15)])
    moves = []
    hanoi(4, "A", "C", "B", moves)
    print(len(moves), moves[:5], moves[-1])
    print(count_down(6))
    print(mod_ping.ping(5, ""))
    print(mod_ping.ping(0, ">"))
    print([mod_ping.is_even(i) for i in range(6)])
    print([is_odd(i) for i in range(6)], is_odd(101), mod_ping.is_even(250))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
