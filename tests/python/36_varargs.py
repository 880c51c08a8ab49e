# *args and **kwargs in definitions and calls.
def show(first, *rest, **options):
    return f"first={first} rest={rest} options={options}"


print(show(1))
print(show(1, 2, 3))
print(show(1, 2, color="red", size=3))
print(show(*[4, 5, 6]))
print(show(*(7,), **{"a": 1, "b": 2}))


def total(*numbers):
    s = 0
    for n in numbers:
        s += n
    return s


print(total(), total(1), total(1, 2, 3, 4), total(*range(10)))


def point(x, y, z=0):
    return (x, y, z)


args = [1, 2]
kwargs = {"z": 3}
print(point(*args), point(*args, **kwargs), point(1, **{"y": 5}), point(**{"x": 1, "y": 2, "z": 3}))


def forward(*args, **kwargs):
    return point(*args, **kwargs)


print(forward(9, 8), forward(9, y=7, z=6))


def describe(**info):
    keys = sorted(info.keys())
    return ", ".join([k + "=" + str(info[k]) for k in keys])


print(describe(b=2, a=1, c=3), describe())
try:
    point(1, 2, 3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    point(1, y=2, w=3)
except TypeError as e:
    print("TypeError:", e)
try:
    point(1)
except TypeError as e:
    print("TypeError:", e)
