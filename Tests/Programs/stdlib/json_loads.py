# json.loads / json.load: values, hooks, number parsing, unicode escapes.
import json

print(json.loads('null'), json.loads('true'), json.loads('false'))
print(json.loads('0'), json.loads('-0'), json.loads('123'), json.loads('-45'))
print(json.loads('1.5'), json.loads('-0.0'), json.loads('1e3'), json.loads('1E-2'), json.loads('2.5e+2'))
print(json.loads('123456789012345678901234567890'))
print(json.loads('NaN'), json.loads('Infinity'), json.loads('-Infinity'))
print(json.loads('"hello"'), repr(json.loads('""')))
print(json.loads('[1, "two", 3.0, null, true, [], {}]'))
print(json.loads('{"a": 1, "b": [1, 2, {"c": null}]}'))
print(json.loads('  \n\t {"sp" :  [ 1 ,2 ] , "x":{ } }  \r\n '))
print(json.loads('{"dup": 1, "dup": 2}'))
print(json.loads('[[[[[[]]]]]]'))
print(type(json.loads('1')).__name__, type(json.loads('1.0')).__name__, type(json.loads('1e5')).__name__)

# Strings: escapes, unicode, surrogate pairs.
print(repr(json.loads(r'"\" \\ \/ \b \f \n \r \t"')))
print(repr(json.loads(r'"\u0041\u00e9\u4e2d"')))
print(repr(json.loads(r'"\ud83d\ude00"')), len(json.loads(r'"\ud83d\ude00"')))
print(repr(json.loads(r'"\uD834\uDD1E"')))
print(ascii(json.loads(r'"\ud800"')), ascii(json.loads(r'"\udc00\ud800x"')))
print(ascii(json.loads(r'"\ud800\u0041"')))
print(repr(json.loads('"caf\u00e9 \U0001f600"')))
print(repr(json.loads('"tab\there"', strict=False)))
print(repr(json.loads('["a\\u0000b"]')))

# Round trips.
values = [
    {"name": "adder", "ver": [3, 11], "ok": True, "pi": 3.14159, "none": None},
    ["\u00e9\U0001f600", "\n\t\"", -1e-300, 1e300, 2 ** 70],
    {"deep": [{"a": [{"b": [{"c": []}]}]}]},
]
for v in values:
    s = json.dumps(v)
    print(s)
    print(json.loads(s) == v)
    print(json.loads(json.dumps(v, ensure_ascii=False, indent=2)) == v)

# bytes input.
print(json.loads(b'{"b": [1, 2]}'))
print(json.loads('{"\u00e9": 1}'.encode('utf-8')))
print(json.loads(b'\xef\xbb\xbf[1]'))
print(json.loads('["\u00e9"]'.encode('utf-16')), json.loads('{"a": 2}'.encode('utf-16-le')), json.loads('[3]'.encode('utf-32-be')))

# Hooks.
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"x": {"y": 1}}', object_pairs_hook=list, object_hook=lambda d: "never"))
print(json.loads('[{}]', object_pairs_hook=tuple))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

def as_point(d):
    if set(d) == {"x", "y"}:
        return Point(d["x"], d["y"])
    return d

print(json.loads('[{"x": 1, "y": 2}, {"x": 1}, {"p": {"x": 0, "y": -1}}]', object_hook=as_point))

print(json.loads('[1.5, 2, 3.25e1]', parse_float=lambda s: "F" + s))
print(json.loads('[1.5, 2, -30]', parse_int=lambda s: "I" + s))
print(json.loads('[1.1, 2.2]', parse_float=str))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('[10, 20]', parse_int=float))

# JSONDecoder directly, raw_decode, subclass via cls=.
dec = json.JSONDecoder()
print(dec.decode('[1, 2]'))
print(dec.raw_decode('{"a": 1} trailing'))
print(dec.raw_decode('xx[1]', 2))

class UpperDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        kw["object_hook"] = self.upper_keys
        super().__init__(**kw)

    def upper_keys(self, d):
        return {k.upper(): v for k, v in d.items()}

print(json.loads('{"a": {"b": 1}}', cls=UpperDecoder))
print(json.loads('{"a": 1.5}', cls=UpperDecoder, parse_float=repr))

# load from an object with read().
class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text

print(json.load(Source('{"from": "read", "n": [1, 2, 3]}')))
print(json.load(Source('[1, 2.5]'), parse_float=lambda s: s))

# Where the classes say they live.
print(json.JSONEncoder, json.JSONDecoder, json.JSONDecodeError)
print(json.JSONDecodeError.__mro__[1:])
