# TypeError messages from operators and calls.
tests = [
    lambda: 1 + "a",
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: 1 < "a",
    lambda: None(),
    lambda: len(5),
    lambda: "abc"[1.5],
    lambda: {}[[1]],
    lambda: -"x",
    lambda: int([1]),
    lambda: "x" * "y",
    lambda: (lambda a: a)(),
    lambda: (lambda a: a)(1, 2),
    lambda: (lambda: 0)(x=1),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
