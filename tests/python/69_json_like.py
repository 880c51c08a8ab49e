# A tiny JSON-like serializer and parser for nested dicts/lists (round trip).
def dumps(value, indent=0):
    pad = "  " * indent
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = [pad + "  " + dumps(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(inner) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        inner = [pad + "  " + dumps(k) + ": " + dumps(v, indent + 1) for k, v in value.items()]
        return "{\n" + ",\n".join(inner) + "\n" + pad + "}"
    raise TypeError("cannot serialize " + type(value).__name__)


class Reader:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \n\t":
            self.pos += 1

    def value(self):
        self.skip()
        ch = self.text[self.pos]
        if ch == "{":
            self.pos += 1
            result = {}
            self.skip()
            if self.text[self.pos] == "}":
                self.pos += 1
                return result
            while True:
                key = self.value()
                self.skip()
                self.pos += 1
                result[key] = self.value()
                self.skip()
                if self.text[self.pos] == "}":
                    self.pos += 1
                    return result
                self.pos += 1
        if ch == "[":
            self.pos += 1
            items = []
            self.skip()
            if self.text[self.pos] == "]":
                self.pos += 1
                return items
            while True:
                items.append(self.value())
                self.skip()
                if self.text[self.pos] == "]":
                    self.pos += 1
                    return items
                self.pos += 1
        if ch == '"':
            self.pos += 1
            out = []
            while self.text[self.pos] != '"':
                if self.text[self.pos] == "\\":
                    self.pos += 1
                out.append(self.text[self.pos])
                self.pos += 1
            self.pos += 1
            return "".join(out)
        for word, val in [("null", None), ("true", True), ("false", False)]:
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "-+.0123456789eE":
            self.pos += 1
        num = self.text[start:self.pos]
        return float(num) if ("." in num or "e" in num) else int(num)


doc = {"name": "widget", "tags": ["a", "b\"q"], "size": [1, 2.5, -3], "ok": True, "none": None,
       "nested": {"empty": {}, "list": [], "deep": [[1], [2, [3]]]}}
text = dumps(doc)
print(text)
back = Reader(text).value()
print(back == doc, back["nested"]["deep"][1][1][0], back["tags"][1])
