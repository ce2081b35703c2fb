# json: edge cases of numbers and escapes, iterencode overrides, the json.decoder / json.encoder names.
import json
tests = [
 lambda: json.dumps({1: 'a', 'b': 2}, sort_keys=True),
 lambda: json.dumps({True: 1, 1: 2}),
 lambda: json.dumps([1, 2], indent=-1),
 lambda: json.dumps({"a": 1}, separators=(",", ":"), indent=2),
 lambda: json.dumps(float("1e16")), lambda: json.dumps(1e22), lambda: json.dumps(123456789.123456789),
 lambda: json.dumps(2**64), lambda: json.dumps(-0.0), lambda: json.dumps(5e-324),
 lambda: json.loads("1e400"), lambda: json.loads("-1e400"), lambda: json.loads("1.0e-400"),
 lambda: json.loads('"\\u00"'), lambda: json.loads("[1,2,3"), lambda: json.loads('{"a":1,"a":2}', object_pairs_hook=dict),
 lambda: json.loads(" "), lambda: json.loads("\t\n [] \n"), lambda: json.loads("[1e5, 1E+5, 1e-5, 10.5E2]"),
 lambda: json.loads("9" * 50), lambda: json.loads("-0.0"), lambda: json.loads('"\\/"'),
 lambda: json.dumps("\u2028\u2029"), lambda: json.dumps({"k": b"x"}),
 lambda: json.dumps([1], default=str, check_circular=False),
 lambda: json.JSONEncoder(indent=2).encode({"a": []}),
 lambda: json.JSONEncoder().encode("\x00"),
 lambda: json.JSONEncoder(ensure_ascii=False).encode("é\x00"),
 lambda: list(json.JSONEncoder(indent=None).iterencode([1, {"a": None}], _one_shot=True)),
 lambda: list(json.JSONEncoder(indent=None).iterencode([1, {"a": [2.5, "x"]}])),
 lambda: json.loads('{"__complex__": true, "real": 1}', object_hook=lambda d: sorted(d)),
 lambda: json.loads("[" * 50 + "]" * 50) is not None,
 lambda: json.loads("tru"),
 lambda: json.dumps(json.loads('{"b":1,"a":{"d":2,"c":3}}'), sort_keys=True, indent="  "),
 lambda: json.decoder.JSONDecodeError if hasattr(json, "decoder") else "no submodule attr",
]
for t in tests:
    try: print(repr(t()))
    except Exception as e: print(type(e).__name__, e)


class Upper(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()


print(json.dumps({"a": ["b", None]}, cls=Upper), Upper(indent=1).encode([True]))
print(json.decoder.JSONDecodeError is json.JSONDecodeError, json.encoder.JSONEncoder is json.JSONEncoder)
print(json.decoder.JSONDecoder is json.JSONDecoder, json.scanner.make_scanner is not None)
print(json.encoder.encode_basestring_ascii("é\n"), json.encoder.encode_basestring("é\n"))
print(json.decoder.scanstring('"abc\\n" tail', 1), json.decoder.scanstring('x"\\u00e9"', 2))
print(json.scanner.make_scanner(json.JSONDecoder())('[1, 2] rest', 0))
try:
    json.loads("{")
except json.decoder.JSONDecodeError as e:
    print("caught", e.msg, e.pos)
