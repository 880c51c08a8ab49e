# error: 7: step
# error: 11: lambda
"""Two errors in two different functions: both must be reported in one run."""


def first(values):
    return [v for v in values if v > 0][::-1]


def second(word):
    lower = lambda s: s.lower()
    return lower(word)


def entry_point(argv):
    print(first([1, -2, 3]))
    print(second("ABC"))
    return 0
