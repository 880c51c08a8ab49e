"""os.write to file descriptors 1 (only: no print in this program, so output order is exact)."""
import os


def write_line(text):
    os.write(1, (text + "\n").encode("utf-8"))


def entry_point(argv):
    os.write(1, b"hello from os.write\n")
    n = os.write(1, b"partial ")
    os.write(1, b"line\n")
    write_line("wrote " + str(n) + " bytes before")
    write_line("unicode: h\u00e9llo \U0001F600")
    for i in range(5):
        os.write(1, str(i * i).encode("utf-8") + b" ")
    os.write(1, b"\n")
    chunks = [b"a", b"bc", b"def"]
    total = 0
    for c in chunks:
        total += os.write(1, c)
    os.write(1, b"\n")
    write_line("total " + str(total))
    return 0


if __name__ == "__main__":
    import sys
    sys.exit(entry_point(sys.argv))
