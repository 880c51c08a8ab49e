# Text processing: word frequencies, caesar cipher, run-length encoding.
text = """It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness"""

freq = {}
for raw in text.split():
    word = raw.strip(",.").lower()
    freq[word] = freq.get(word, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:5]:
    print(f"{word:>8}: {'#' * n}")


def caesar(s, shift):
    out = []
    for ch in s:
        if ch.isalpha() and ch.lower() == ch:
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif ch.isalpha():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))


def rle(s):
    if not s:
        return ""
    out = []
    prev = s[0]
    count = 1
    for ch in s[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}")
            prev = ch
            count = 1
    out.append(f"{count}{prev}")
    return "".join(out)


print(rle("aaabccddddde"), rle(""), rle("x"))
lines = text.splitlines()
print(len(lines), [len(line) for line in lines], lines[1].count("it"))
print("-".join(w.capitalize() for w in ["a"]) if False else "ok")
