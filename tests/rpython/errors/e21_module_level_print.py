# error: 5: module-level
"""A print call at module level (module-level code must be static)."""

GREETING = "hello"
print(GREETING)


def entry_point(argv):
    return 0
