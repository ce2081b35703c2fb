# json decoding errors: JSONDecodeError messages, positions and attributes, as CPython.
import json

docs = [
    '', ' ', 'x', '[', ']', '{', '}', '[1,]', '[1 2]', '{"a" 1}', '{"a": }', '{"a": 1,}',
    '{a: 1}', "{'a': 1}", '{"a": 1 "b": 2}', '[1, 2', '{"a": 1', '"abc', '"abc\\', '"\\x"',
    '"\\u12"', '"\\u12g4"', '"\\ud800\\u12"', '"\\ud800\\uzzzz"', '"a\nb"', '"a\x00"', '"\t"',
    'nul', 'tru', 'fals', 'NaNa', '-', '--1', '+1', '01', '1.', '.5', '1e', '1e+', '-Inf',
    '[1] [2]', '1 2', '{} x', 'true false', '[\n  1,\n  2\n  x\n]', '{\n"a":\n\n  ?}',
    '[1,\r\n2,,3]', '\ufeff[1]', '[1, "unterminated]', '{"k": [1, {"j": }]}', '["\\',
    '123abc', '[1.5e3.2]', '"\\u"', '[true, flase]', '{"a": 1}}', '[[]]]',
]
for doc in docs:
    try:
        value = json.loads(doc)
        print(repr(doc), "->", repr(value))
    except json.JSONDecodeError as e:
        print(repr(doc), "->", e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno, e.doc == doc)

# Lenient strings with strict=False.
print(repr(json.loads('"a\nb\x00c"', strict=False)))
try:
    json.JSONDecoder(strict=True).decode('["ok", "bad\x01"]')
except ValueError as e:
    print(type(e).__name__, e)

# It is a ValueError.
try:
    json.loads('[1,')
except ValueError as e:
    print(type(e).__name__, isinstance(e, json.JSONDecodeError), e.args)
print(issubclass(json.JSONDecodeError, ValueError))
err = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(err, err.lineno, err.colno)

# raw_decode errors.
dec = json.JSONDecoder()
for args in [('',), ('abc',), ('  [1]',), ('[1]', 3)]:
    try:
        print(dec.raw_decode(*args))
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e)

# Wrong argument types.
for bad in [None, 12, [1], {"a": 1}]:
    try:
        json.loads(bad)
    except TypeError as e:
        print("TypeError:", e)

# Uncaught: the traceback's last line.
json.loads('{"a": [1, 2,, 3]}')
