# input() on an empty stdin raises EOFError; a prompt goes to stdout.
def ask(prompt):
    try:
        return input(prompt)
    except EOFError:
        return None

answer = ask("name? ")
print()
print("answer:", answer)
lines = []
while True:
    line = ask("")
    if line is None:
        break
    lines.append(line)
print("read", len(lines), "lines")
try:
    input()
except EOFError as e:
    print("EOFError:", repr(e), type(e).__mro__[1].__name__)
