# pow with modulus, callable, str partition/removeprefix/swapcase/rsplit, dict.popitem, int.bit_length, __mro__.
print(pow(2, 10), pow(3, 200, 1000007), pow(7, 0, 5), pow(2.0, 3), pow(2, -1))
print(callable(len), callable(3), callable(lambda: 0), callable(int))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"), "abc".rpartition("x"))
print("prefix_body".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "AbC".swapcase(), "a,b,c".rsplit(",", 1), "a b  c".rsplit())
d = {"a": 1, "b": 2}
print(d.popitem(), d, (255).bit_length(), (2 ** 100).bit_length(), (0).bit_length(), (3.0).is_integer(), (3.5).is_integer())
class A: pass
class B(A): pass
print([k.__name__ for k in B.__mro__], B.__bases__)
