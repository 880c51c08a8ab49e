"""f-strings: expressions, calls, width, < and > alignment, d, x and .Nf format specs."""


def square(n):
    return n * n


def label(name, value):
    return f"{name}={value}"


def table_row(name, qty, price):
    return f"|{name:<10}|{qty:>5d}|{price:>9.2f}|{qty * price:10.3f}|"


def entry_point(argv):
    name = "Ada"
    age = 36
    pi = 3.14159265
    print(f"Hello, {name}! You are {age} years old.")
    print(f"{age + 4} {age * 2 - 1} {square(12)} {len(name)} {name.upper()}")
    print(f"{pi:.2f} {pi:.0f} {pi:.5f} {-pi:.3f} {2.5:.0f} {0.125:.2f}")
    print(f"[{age:5}] [{age:<5}] [{age:>5}] [{name:8}] [{name:>8}] [{name:<8}]")
    print(f"[{age:d}] [{age:6d}] [{-age:6d}] [{255:x}] [{48879:x}] [{255:6x}]")
    print(f"[{pi:10.4f}] [{pi:<10.2f}] [{pi:>12.1f}]")
    print(f"{label('x', str(3))} {label('word', 'yes')} {True} {1.5} {[1, 2]}")
    print(f"{'nested quotes'} {name + '!'} {name[0]}{name[-1]}")
    print(f"{{literal braces}} {age}")
    print(table_row("apple", 3, 0.5))
    print(table_row("watermelon", 12, 2.25))
    print(table_row("kiwi", 100, 0.1))
    for i in range(1, 6):
        print(f"{i:>2} squared is {square(i):>3}, hex {i * 37:x}, ratio {i / 7:.4f}")
    w = "日本"
    print(f"[{w:>6}] [{w:<6}] [{'😀':>3}]")
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
