# Slicing with and without steps on str, list and tuple.
s = "0123456789"
print(s[2:5], s[:3], s[7:], s[-3:], s[:-7], s[5:2], s[100:], s[-100:2])
print(s[::2], s[1::2], s[::-1], s[8:2:-2], s[-1:-4:-1], s[::3])
lst = list(range(10))
print(lst[::2], lst[::-3], lst[2:8:3], lst[:], lst[5:5])
t = tuple(lst)
print(t[1:4], t[::-4], t[-2:])
copy = lst[:]
copy.append(10)
print(len(lst), len(copy))
print("palindrome" if "racecar" == "racecar"[::-1] else "no")
