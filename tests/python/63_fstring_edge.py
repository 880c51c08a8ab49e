# f-string corner cases: nested quotes, expressions, conversions, format specs, dict access.
name = "Ada"
data = {"k": [1, 2, 3], "n": 3.14159}
width = 10
print(f"{name!r:>8}|{name!s:<6}|{len(name) * 2}|{'yes' if name else 'no'}")
print(f"{data['k'][1]} {data['n']:.2f} {sum(data['k'])} {[x * 2 for x in data['k']]}")
print(f"{3 + 4 = }", f"{name=}", f"{data["n"]=:.1f}" if False else f"{width = }", f"{{}}", f"{{{name}}}", f"a{'b'}c")
print(f"{1234567.891:,.2f} {0.000123:.2e} {255:#06x}" if False else f"{1234567.891:,.2f} {0.000123:.2e}")
print(f"{-5:05d} {5:+d} {5: d} {3.0:g} {100000000.0:g} {1e-10:g} {123.456:.1f}")
print(f"{'left':<{width}}|" if False else f"{'left':<10}|", f"{True} {None} {[1, 'a']} {(1, 2)}")
multi = (f"one "
         f"{name} "
         "three")
print(multi, f"{name.upper()}{name.lower()}", f"{name[0]}{name[-1]}")
