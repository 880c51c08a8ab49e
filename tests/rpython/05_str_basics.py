"""Strings as Unicode text: len in code points, indexing, slicing, in, comparisons, repetition, iteration."""


def reverse(s):
    out = ""
    for ch in s:
        out = ch + out
    return out


def count_char(s, c):
    n = 0
    for ch in s:
        if ch == c:
            n += 1
    return n


def is_palindrome(s):
    i = 0
    j = len(s) - 1
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True


def entry_point(argv):
    s = "hello, world"
    print(s, len(s), s[0], s[4], s[-1], s[-5])
    print(s[0:5], s[7:], s[:5], s[-5:], s[3:-3], s[:], s[5:2], s[100:])
    print("smile: 😀", len("😀"), len("a😀b"), "a😀b"[1], "a😀b"[2])
    u = "naïve café ∑ 日本語 😀🎉"
    print(u, len(u))
    for i in range(len(u)):
        if ord(u[i]) > 127:
            print(i, u[i], ord(u[i]))
    print(u[6:10], u[-2:], u[11:12])
    print("world" in s, "World" in s, "" in s, "😀" in u, "x" not in s)
    print("abc" < "abd", "abc" < "ab", "Z" < "a", "abc" == "abc", "a" != "b")
    print("apple" > "Apple", "é" > "z", "😀" > "日", "" < "a")
    print("ab" * 3, "-" * 10, "x" * 0, 2 * "yo")
    print(reverse("stressed"), reverse("añb😀"))
    print(count_char("mississippi", "s"), count_char("😀x😀", "😀"))
    for w in ["racecar", "level", "python", "a", ""]:
        print(repr(w), is_palindrome(w))
    chars = []
    for ch in "Grüße":
        chars.append(ch)
    print(chars, len(chars))
    t = "concat" + "enation" + " " + "😀"
    print(t, len(t))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
