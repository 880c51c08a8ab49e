"""Helper module imported by 17_imports.py."""

import mod_shapes

CALLS = [0]


def total_area(shapes):
    CALLS[0] += 1
    total = 0.0
    for s in shapes:
        total += s.area()
    return total


def biggest(shapes):
    best = shapes[0]
    for s in shapes:
        if s.area() > best.area():
            best = s
    return mod_shapes.describe(best)
