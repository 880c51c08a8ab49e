"""String methods: join, split (with and without separator), strip, find, count, startswith, replace, ..."""


def words(text):
    return text.split()


def csv_fields(line):
    result = []
    for field in line.split(","):
        result.append(field.strip())
    return result


def entry_point(argv):
    text = "  The quick  brown\tfox\njumps over the lazy dog  "
    print(words(text))
    print(len(words(text)), "-".join(words(text)))
    print(csv_fields("a, b ,c,, d "))
    print("a,b,,c".split(","), "".split(","), "abc".split(","))
    print("one::two::three".split("::"), "   ".split(), "".split())
    print("[" + "  pad  ".strip() + "]", "[" + "  pad  ".lstrip() + "]", "[" + "  pad  ".rstrip() + "]")
    print("[" + "\t\n x \r\n".strip() + "]")
    print(", ".join(["x", "y", "z"]), "".join(["a", "b"]), "+".join([]), "/".join(["solo"]))
    s = "abracadabra"
    print(s.find("bra"), s.find("zzz"), s.rfind("bra"), s.rfind("zzz"), s.find(""))
    print(s.count("a"), s.count("bra"), s.count("z"), s.count("abra"))
    print(s.startswith("abra"), s.startswith("bra"), s.endswith("abra"), s.endswith("cad"))
    print(s.replace("a", "A"), s.replace("bra", ""), s.replace("x", "y"), "aaaa".replace("aa", "b"))
    print("Hello World".upper(), "Hello World".lower(), "hELLO wORLD".capitalize())
    print("123".isdigit(), "12a".isdigit(), "".isdigit(), "abc".isalpha(), "ab1".isalpha(), "".isalpha())
    print(" \t\n".isspace(), " a ".isspace(), "".isspace())
    line = "key1=value1;key2=value2;key3=value3"
    for pair in line.split(";"):
        kv = pair.split("=")
        print(kv[0].upper(), "->", kv[1])
    path = "/usr/local/lib/python3"
    parts = path.split("/")
    print(parts, len(parts), parts[-1])
    print("file.tar.gz"[: "file.tar.gz".find(".")], "file.tar.gz"["file.tar.gz".rfind(".") + 1:])
    print("日本語のテキスト".find("テ"), "ñañaña".count("ñ"), "😀a😀".replace("😀", "<3"))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
