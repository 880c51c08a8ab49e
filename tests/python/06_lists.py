# Lists: indexing, methods, slicing, comprehensions.
lst = [3, 1, 4, 1, 5, 9, 2, 6]
print(lst, len(lst), lst[0], lst[-1], lst[2:5], lst[:3], lst[5:])
lst.append(7)
lst.insert(0, 0)
print(lst, lst.pop(), lst.pop(0), lst)
lst.sort()
print(lst, lst.index(4), lst.count(1))
lst.reverse()
print(lst)
lst.remove(1)
print(lst, 5 in lst, 8 in lst)
lst[0] = 100
del lst[1]
print(lst)
squares = [x * x for x in range(6)]
evens = [x for x in range(10) if x % 2 == 0]
print(squares, evens, sum(squares))
nested = [[1, 2], [3, 4]]
nested[1].append(5)
print(nested, nested[1][2], [1, 2] + [3], [0] * 4)
a = [5, 2, 8]
b = a
b.append(1)
print(a, sorted(a), sorted(a, reverse=True), a == [5, 2, 8, 1], [1, 2] < [1, 3])
print(list(range(3)), list("abc"), max([4, 7, 1]), min([4, 7, 1]))
e = []
e.extend([1, 2])
e.extend((3,))
print(e, e.copy(), list(reversed(e)))
