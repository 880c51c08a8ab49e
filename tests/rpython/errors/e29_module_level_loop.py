# error: 5: module-level
"""A for loop at module level."""

TABLE = []
for i in range(3):
    TABLE.append(i)


def entry_point(argv):
    return 0
