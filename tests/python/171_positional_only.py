# Positional-only parameters (before `/`).
def clamp(value, low=0, high=10, /, *, strict=False):
    if strict and not low <= value <= high:
        raise ValueError("%r outside [%r, %r]" % (value, low, high))
    return max(low, min(high, value))


print(clamp(15), clamp(-3), clamp(5, 6), clamp(5, 0, 4), clamp(3, strict=True))
try:
    clamp(value=3)
except TypeError as e:
    print("TypeError:", e)
try:
    clamp(30, strict=True)
except ValueError as e:
    print("ValueError:", e)


def tag(name, /, **attrs):
    # `name` may also appear among the keyword arguments.
    parts = [name] + ["%s=%r" % kv for kv in sorted(attrs.items())]
    return "<" + " ".join(parts) + ">"


print(tag("a", href="/x"), tag("img", name="logo", alt=""))
square = lambda x, /: x * x
print(square(7), list(map(square, range(4))))
