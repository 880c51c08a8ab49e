# Sets iterate in hash-table order (as CPython): ints of all sizes, growth
# through resizes, removals and reuse of deleted slots, pop() order.

print({3, 1, 2})
print(list({10, 3, 7, 100}))
for x in {5, 9, 2}:
    print(x, end=" ")
print()
print({-1, -2, -3, 5, 9, 2})
neg_one = -1
neg_two = -2
print({neg_one, neg_two}, {neg_two, neg_one})
print({2 ** 64, 2 ** 61, 2 ** 61 - 1, -2 ** 70, 17, 2 ** 100 + 3, -(2 ** 63)})
print(set(range(20)))
print(set(range(100)))
print(set(range(-10, 10)))
print(set(range(0, 1000, 37)))
print([hash(x) for x in [0, 1, -1, -2, 2 ** 61 - 1, 2 ** 61, 2 ** 63, -2 ** 63, 2 ** 100, -2 ** 100]])

# growth: adds one by one, with the table resizing several times
grown = set()
for i in range(0, 200, 7):
    grown.add(i * 13)
    if i % 49 == 0:
        print(len(grown), grown)
print(grown)

# removals leave deleted slots; later adds may reuse them
for i in range(0, 100, 3):
    grown.discard(i * 13)
print(grown)
grown |= {5, 500, 123456}
print(grown)
collide = {1, 9}
collide.remove(1)
collide.add(17)
print(collide)
collide.add(1)
collide.add(25)
print(collide)

# sets of values whose hashes collide modulo the table size
print({i * 8 for i in range(12)})
print({i * 1024 for i in range(12)})
print({i << 40 for i in range(10)})
print({-i * 32 for i in range(10)})

# comprehension, then removing most and adding back
squares = {i * i for i in range(40)}
print(squares)
for i in range(30):
    squares.discard(i * i)
print(squares)
for i in range(50, 60):
    squares.add(i)
print(squares)

# pop() walks the table from a finger
popper = set(range(30, 0, -3)) | {1 << 62, -5}
print([popper.pop() for _ in range(5)], popper)
popper.add(3)
popper.add(1000)
print(popper.pop(), popper.pop(), popper)
while popper:
    print(popper.pop(), end=" ")
print()
try:
    popper.pop()
except KeyError as e:
    print("KeyError", e)

# constant set literals: CPython folds them into a frozenset constant
# (operators included, within its 128-bit limit) and merges that in
print({2 ** 64, 1, 2}, {1 << 40, 3, 5 << 60, -(2 ** 70)}, {2 ** 200, 1, 2})
print({1 << 128, 2, 3}, {2 ** 129, 2, 3}, {~5, 9, 2 ** 61 - 1, 3 * 2 ** 61})
for x in {2 ** 64, 1, 2, 1 << 61}:
    print(x, end=" ")
print()
print([x for x in {-1, -2, -3, 5, 9, 2}], {-1, -2, -3, 5, 9, 2})
