# A recursive serializer for nested data to a JSON-like text, and a parser that reads it back.

def dump(value, indent=0):
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
        out = ['"']
        for ch in value:
            if ch == '"':
                out.append('\\"')
            elif ch == "\\":
                out.append("\\\\")
            elif ch == "\n":
                out.append("\\n")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + "  " + dump(v, indent + 1) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + pad + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [pad + "  " + dump(str(k)) + ": " + dump(v, indent + 1) for k, v in value.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    raise TypeError(f"cannot serialize {type(value).__name__}")

def load(text):
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
                pos[0] += 1  # the colon
                result[key] = value()
                skip()
                sep = text[pos[0]]
                pos[0] += 1
                if sep == "}":
                    return result
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
                sep = text[pos[0]]
                pos[0] += 1
                if sep == "]":
                    return result
        if ch == '"':
            pos[0] += 1
            out = []
            while text[pos[0]] != '"':
                c = text[pos[0]]
                if c == "\\":
                    pos[0] += 1
                    c = {"n": "\n"}.get(text[pos[0]], text[pos[0]])
                out.append(c)
                pos[0] += 1
            pos[0] += 1
            return "".join(out)
        for word, result in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos[0]):
                pos[0] += len(word)
                return result
        start = pos[0]
        while pos[0] < len(text) and text[pos[0]] in "+-0123456789.e":
            pos[0] += 1
        literal = text[start:pos[0]]
        return float(literal) if any([c in literal for c in ".e"]) else int(literal)
    return value()

data = {"name": "Adder", "version": [0, 1, 2], "fast": True, "gc": None, "ratio": 0.75,
        "nested": {"empty_list": [], "empty_dict": {}, "quote": 'say "hi"\nnext line', "big": 2 ** 70, "neg": -3.5e-8},
        "matrix": [[1, 2], [3, 4]], "pair": (1, "two")}
text = dump(data)
print(text)
back = load(text)
print(back == {**data, "pair": [1, "two"]}, back["nested"]["big"], back["nested"]["quote"])
try:
    dump({"bad": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
