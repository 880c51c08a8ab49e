# f-strings, str % and str.format.
name = "pi"
value = 3.14159265
n = 42
print(f"{name} = {value:.3f}", f"[{n:5d}]", f"[{n:<5}]", f"[{n:^7}]", f"[{n:05d}]")
print(f"{n:x} {n:X} {n:o} {n:b} {n:+d} {-n:d}", f"{value:e}", f"{value:g}")
print(f"{name!r} {name:>6} {1234567:,} {0.25:.1%}")
print("%d %s %r %5.2f|%-4d|%04d" % (7, "x", "y", 2.5, 3, 42))
print("%x %o %e %g %%" % (255, 8, 12345.678, 0.00012))
print("{} and {}".format("a", "b"), "{1}{0}".format("x", "y"), "{name}!".format(name="hi"))
print("{:>6.2f}|{:<4}|".format(2.71828, "ab"))
items = [1, 2, 3]
print(f"{items} {len(items)} {items[0] + items[-1]}")
print(f"{{braces}} {'nested'}")
