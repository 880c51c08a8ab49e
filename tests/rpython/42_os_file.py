# args: {tmpdir}/rpython_corpus_42.txt
"""File I/O with os.open/os.write/os.read/os.close on a temporary file path taken from argv."""
import os


def write_file(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    written = os.write(fd, data)
    os.close(fd)
    return written


def read_file(path):
    fd = os.open(path, os.O_RDONLY, 0o644)
    data = b""
    while True:
        chunk = os.read(fd, 7)
        if len(chunk) == 0:
            break
        data = data + chunk
    os.close(fd)
    # decode once at the end: a 7-byte chunk may split a UTF-8 sequence
    return data.decode("utf-8")


def entry_point(argv):
    if len(argv) > 1:
        path = argv[1]
    else:
        path = "/tmp/rpython_corpus_42.txt"
    lines = []
    for i in range(10):
        lines.append("line " + str(i) + ": " + "*" * i)
    text = "\n".join(lines) + "\n"
    print("wrote", write_file(path, text.encode("utf-8")), "bytes")
    back = read_file(path)
    print("read", len(back), "chars, same:", back == text)
    print(back.split("\n")[3], "|", back.split("\n")[9])
    text2 = text + "tail ✓\n"
    print("rewrote", write_file(path, text2.encode("utf-8")))
    back = read_file(path)
    print(len(back), back.endswith("tail ✓\n"), back.count("\n"))
    print("rewrote", write_file(path, b"short\n"))
    print(repr(read_file(path)))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
