# f-strings with format specs, nested fields, conversions, alignment.
import math

name = "Ada"
width = 10
prec = 3
value = math.pi * 1000
print(f"[{name:>10}] [{name:<10}] [{name:^10}] [{name:*^9}]")
print(f"[{value:.2f}] [{value:10.1f}] [{value:<12.4e}] [{value:+.0f}] [{-value:g}]")
print(f"[{value:{width}.{prec}f}] [{name:{'-'}>{width}}]")
print(f"[{42:05d}] [{42:+d}] [{-42:6d}] [{42: d}] [{42:x}] [{42:o}] [{42:b}] [{42:c}]")
print(f"[{0.5:%}] [{0.125:.1%}] [{1e-7:g}] [{1e16:g}] [{123456789.0:e}]")
print(f"[{1234567.891:,.2f}] [{1234567:_d}] [{-0.0}] [{float('inf')}] [{float('nan')}]")
print(f"{name!r} {name!s} {'é'!a} {[1, 'a']!r}")
items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
for item, price, qty in items:
    print(f"{item:<10}|{price:>8.2f}|{qty:>4}|{price * qty:>9.3f}")
print(f"{'total':<10}|{sum(p * q for _, p, q in items):>22.2f}")
print(f"{3 + 4 = }", f"{name=}", f"{value=:.1f}")
print(f"{{literal}} {{{name}}}")
print(f"{True:>6}|{None!s:>6}|{'x':3}|{7:<3}|")
print(format(3.5, "08.3f"), format("s", "^5"), format(12, ""), format(1.0))
print("{:>8.3}".format("abcdef"), f"{'abcdef':.2}")
print(f"{12345.6789:.3g} {0.000012345:.3g} {100.0:.0f} {2.5:.0f} {3.5:.0f}")
print(f"{-5:=8d} {5:=+8d} {1.5:=+10.2f}")
print(f"{10**20:,} {-1234.5:,.1f}")
