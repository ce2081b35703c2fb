# json.dumps / json.dump: types, options, escapes, float handling, errors.
import json

print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(0), json.dumps(-17), json.dumps(10 ** 30))
print(json.dumps(1.5), json.dumps(0.1), json.dumps(1e300), json.dumps(-0.0), json.dumps(1e-7))
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')))
print(json.dumps("hello"), json.dumps(""))
print(json.dumps([1, "two", 3.0, None, True, [], {}]))
print(json.dumps((1, 2, (3, 4))))
print(json.dumps({"a": 1, "b": [1, 2, {"c": None}]}))
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n"}))
print(json.dumps({"nested": {"deeper": {"deepest": [1, [2, [3]]]}}}))

# Strings: escapes and ensure_ascii.
print(json.dumps('quote " backslash \\ slash /'))
print(json.dumps('ctl \n \r \t \b \f \x00 \x1f \x7f'))
print(json.dumps('caf\u00e9 \u4e2d\u6587 \U0001f600'))
print(json.dumps('caf\u00e9 \u4e2d\u6587 \U0001f600', ensure_ascii=False))
print(json.dumps('ctl \n \x01 \x7f \u2028', ensure_ascii=False))
print(json.dumps({"\u00e9": "\U0001d11e"}))
print(json.dumps({"\u00e9": "\U0001d11e"}, ensure_ascii=False))
print(json.dumps('\ud800 lone surrogate'))

# indent, separators, sort_keys.
data = {"name": "adder", "tags": ["a", "b"], "meta": {"z": 1, "y": [], "x": {}}, "n": None}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent=0))
print(json.dumps(data, indent="\t"))
print(json.dumps(data, indent="--"))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, sort_keys=True, indent=4))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, separators=(" ,", " : "), indent=1))
print(json.dumps([[1, [2, []]], {}], indent=3))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "a": 1}}, sort_keys=True))
print(json.dumps([], indent=2), json.dumps({}, indent=2))
print(json.dumps(5, indent=2), json.dumps("x", indent=2))

# allow_nan=False.
for v in [float('nan'), float('inf'), [float('-inf')], {"k": float('nan')}]:
    try:
        print(json.dumps(v, allow_nan=False))
    except ValueError as e:
        print("ValueError:", e)
try:
    json.dumps([float('inf')], allow_nan=False, indent=1)
except ValueError as e:
    print("ValueError:", e)

# Non-serializable values, bad keys, skipkeys.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

for v in [Point(1, 2), {1, 2}, b"bytes", [1, object()], {"k": 1j}]:
    try:
        print(json.dumps(v))
    except TypeError as e:
        print("TypeError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({(1, 2): 3, "ok": 4}, skipkeys=True))
print(json.dumps({"ok": 1, (1, 2): 3}, skipkeys=True, indent=1))

# default= and cls=.
def encode_point(o):
    if isinstance(o, Point):
        return {"x": o.x, "y": o.y}
    if isinstance(o, set):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")

print(json.dumps([Point(1, 2), {3, 1, 2}], default=encode_point))
print(json.dumps({"p": Point(0, -1)}, default=encode_point, indent=2))
try:
    json.dumps([Point(1, 2), 1j], default=encode_point)
except TypeError as e:
    print("TypeError:", e)

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return [o.x, o.y]
        return super().default(o)

print(json.dumps({"a": Point(3, 4)}, cls=PointEncoder))
print(PointEncoder(indent=1).encode([Point(5, 6)]))
try:
    json.dumps(Point(1, 1j), cls=PointEncoder)
except TypeError as e:
    print("TypeError:", e)

class ReprEncoder(json.JSONEncoder):
    def __init__(self, *, tag="obj", **kw):
        super().__init__(**kw)
        self.tag = tag

    def default(self, o):
        return {self.tag: type(o).__name__}

print(json.dumps([Point(1, 2)], cls=ReprEncoder, tag="kind", sort_keys=True))

# Circular references.
lst = [1]
lst.append(lst)
try:
    json.dumps(lst)
except ValueError as e:
    print("ValueError:", e)
d = {}
d["self"] = d
try:
    json.dumps(d)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps([d], indent=2)
except ValueError as e:
    print("ValueError:", e)

class Loop:
    pass

try:
    json.dumps(Loop(), default=lambda o: o)
except ValueError as e:
    print("ValueError:", e)
shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}]))

# JSONEncoder directly, iterencode, dump to an object with write().
enc = json.JSONEncoder(sort_keys=True, separators=(",", "="))
print(enc.encode({"b": [1, 2], "a": "x"}))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]})))
print("".join(json.JSONEncoder(indent=1).iterencode({"a": [1, {"b": None}]})))

class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

sink = Sink()
json.dump({"k": [1, 2.5, "s"], "e": {}}, sink)
print("".join(sink.parts))
sink = Sink()
json.dump([{"a": 1}, Point(7, 8)], sink, indent=2, default=encode_point)
print("".join(sink.parts))

# Subclasses of the built-in types encode as those types.
class MyList(list):
    pass

class MyDict(dict):
    pass

class MyStr(str):
    pass

class MyInt(int):
    pass

class MyFloat(float):
    pass

print(json.dumps(MyList([1, MyDict(a=MyStr("s"))])))
print(json.dumps([MyInt(5), MyFloat(2.5)]))
print(json.dumps({MyStr("k"): MyInt(3)}))
