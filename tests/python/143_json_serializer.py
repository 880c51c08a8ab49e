# A small JSON encoder and decoder written in Python.
def encode(value, indent=0, level=0):
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    sep = ",\n" if indent else ", "
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        out = ['"']
        for ch in value:
            if ch == '"' or ch == "\\":
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 32 or ord(ch) > 126:
                out.append("\\u%04x" % ord(ch))
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [encode(v, indent, level + 1) for v in value]
        if indent:
            return "[\n" + pad + sep.replace("\n", "\n" + pad).join(items) + "\n" + end_pad + "]"
        return "[" + sep.join(items) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [encode(str(k)) + ": " + encode(v, indent, level + 1) for k, v in value.items()]
        if indent:
            return "{\n" + pad + sep.replace("\n", "\n" + pad).join(items) + "\n" + end_pad + "}"
        return "{" + sep.join(items) + "}"
    raise TypeError("Object of type %s is not JSON serializable" % type(value).__name__)


def decode(text):
    pos = [0]

    def skip():
        while pos[0] < len(text) and text[pos[0]] in " \n\t":
            pos[0] += 1

    def value():
        skip()
        ch = text[pos[0]]
        if ch == "{":
            pos[0] += 1
            result = {}
            skip()
            if text[pos[0]] == "}":
                pos[0] += 1
                return result
            while True:
                skip()
                key = value()
                skip()
                pos[0] += 1
                result[key] = value()
                skip()
                if text[pos[0]] == "}":
                    pos[0] += 1
                    return result
                pos[0] += 1
        if ch == "[":
            pos[0] += 1
            result = []
            skip()
            if text[pos[0]] == "]":
                pos[0] += 1
                return result
            while True:
                result.append(value())
                skip()
                if text[pos[0]] == "]":
                    pos[0] += 1
                    return result
                pos[0] += 1
        if ch == '"':
            end = text.index('"', pos[0] + 1)
            s = text[pos[0] + 1:end]
            pos[0] = end + 1
            return s
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos[0]):
                pos[0] += len(word)
                return val
        start = pos[0]
        while pos[0] < len(text) and text[pos[0]] in "-+.0123456789eE":
            pos[0] += 1
        num = text[start:pos[0]]
        return float(num) if "." in num or "e" in num else int(num)

    return value()


doc = {"name": "Widget \"Pro\"", "price": 19.99, "tags": ["a", "b"], "stock": None,
       "active": True, "dims": {"w": 10, "h": 2.5}, "notes": "line1\nline2 ✓", "empty": []}
print(encode(doc))
print(encode(doc, indent=2))
back = decode(encode({"k": [1, 2.5, -3e-5, True, None, {"x": "y"}], "e": {}}))
print(back, back["k"][5]["x"])
try:
    encode({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
