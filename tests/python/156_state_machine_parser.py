# A CSV parser written as a state machine, with quoting and error reporting.
class CSVError(Exception):
    def __init__(self, line, col, message):
        super().__init__("line %d, column %d: %s" % (line, col, message))
        self.line = line
        self.col = col


def parse_csv(text, sep=","):
    rows = []
    row = []
    field = []
    state = "start"
    line, col = 1, 0
    for ch in text + "\n" if not text.endswith("\n") else text:
        col += 1
        if state == "quoted":
            if ch == '"':
                state = "quote_in_quoted"
            else:
                field.append(ch)
            continue
        if state == "quote_in_quoted":
            if ch == '"':
                field.append('"')
                state = "quoted"
                continue
            if ch not in (sep, "\n"):
                raise CSVError(line, col, "unexpected %r after closing quote" % ch)
            state = "field"
        if ch == sep:
            row.append("".join(field))
            field = []
            state = "start"
        elif ch == "\n":
            row.append("".join(field))
            rows.append(row)
            row, field = [], []
            state = "start"
            line, col = line + 1, 0
        elif ch == '"' and state == "start":
            state = "quoted"
        else:
            field.append(ch)
            state = "field"
    if state == "quoted":
        raise CSVError(line, col, "unterminated quote")
    return rows


data = 'name,age,quote\nAda,36,"Hello, world"\nBob,41,"He said ""hi"""\n,,\n'
for row in parse_csv(data):
    print(row)
table = parse_csv(data)
header, body = table[0], table[1:]
records = [dict(zip(header, r)) for r in body if any(r)]
print(records)
print(sorted(r["name"] for r in records), sum(int(r["age"]) for r in records))
for bad in ['a,"b"c\n', 'x,"unterminated\n']:
    try:
        parse_csv(bad)
    except CSVError as e:
        print("CSVError:", e, (e.line, e.col))
print(parse_csv("a;b;c", sep=";"))
