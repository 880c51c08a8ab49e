# Booleans, None, truthiness and short-circuit operators.
print(True, False, None, True + True, True * 3, not 0, not [])
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or "default")
print(bool(0), bool(""), bool("a"), bool([]), bool([0]), bool(None), bool(0.0))
x = None
print(x is None, x is not None, x == None)
if []:
    print("empty list is true?")
else:
    print("empty list is false")
print(3 > 2 > 1, 1 < 2 > 3, 1 == 1.0, "a" < "b" < "c")
print(isinstance(True, int), isinstance(1, bool), type(True) is bool)
