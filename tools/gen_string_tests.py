#!/usr/bin/env python3
"""Regenerate the CPython-derived table in Tests/AdderRuntimeTests/StringTests.swift.

Each row is `python expression <TAB> CPython's result <TAB> encoded call`. The result is repr()
of the value or "!! Type: message"; the encoded call is `method|receiver|arg|...` with values as
s:HEX (str, UTF-8 hex), b:HEX (bytes), i:N, B:0/1 (bool), f:REPR, n (None), T:a;b (tuple), D:k=v,k=v (dict),
type:bytes, and keyword arguments as k:NAME=VALUE. The pseudo-methods `format()` and `%` stand for
format(receiver, arg) and receiver % arg. Run with CPython 3.11:

    python3 tools/gen_string_tests.py
"""
import os
import re

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "Tests", "AdderRuntimeTests", "StringTests.swift")


def enc(v):
    if v is None:
        return "n"
    if v is bytes:
        return "type:bytes"
    if isinstance(v, bool):
        return "B:%d" % v
    if isinstance(v, int):
        return "i:%d" % v
    if isinstance(v, float):
        return "f:%r" % v
    if isinstance(v, str):
        return "s:" + v.encode("utf-8", "surrogatepass").hex()
    if isinstance(v, bytes):
        return "b:" + v.hex()
    if isinstance(v, tuple):
        return "T:" + ";".join(enc(x) for x in v)
    if isinstance(v, dict):
        return "D:" + ",".join(enc(k) + "=" + enc(x) for k, x in v.items())
    raise TypeError(v)


def outcome(f):
    try:
        return repr(f())
    except Exception as e:
        return "!! %s: %s" % (type(e).__name__, e)


ROWS = []


def call(recv, method, *args, **kw):
    expr = "%r.%s(%s)" % (recv, method, ", ".join([repr(a) for a in args] + ["%s=%r" % kv for kv in kw.items()]))
    if recv is bytes:
        expr = "bytes." + expr.split(".", 1)[1]
    result = outcome(lambda: getattr(recv, method)(*args, **kw))
    encoded = "|".join([method, enc(recv)] + [enc(a) for a in args] + ["k:%s=%s" % (k, enc(v)) for k, v in kw.items()])
    ROWS.append((expr, result, encoded))


def str_methods():
    texts = ["", "Hello World", "  a  b\tc\n", "a,b,,c", "ß straße", "ΑΣ ΟΔΟΣ.", "İx", "ǅa ǆ", "١٢٣", "½", "x\ty", "l1\nl2\r\nl3\x85l4\u2028", "é"]
    for t in texts:
        for m in ["upper", "lower", "casefold", "swapcase", "capitalize", "title", "isalpha", "isalnum", "isdecimal",
                  "isdigit", "isnumeric", "isspace", "isprintable", "islower", "isupper", "istitle", "isidentifier",
                  "split", "splitlines", "strip", "isascii"]:
            call(t, m)
    for args in [(",",), (",", 1), (None, 1), ("",), (1,)]:
        call("a,b,,c d", "split", *args)
        call("a,b,,c d", "rsplit", *args)
    call("a b c", "split", maxsplit=1)
    call("a b c", "split", zz=1)
    call("a b c", "split", " ", sep=" ")
    call("ab\ncd\r\n", "splitlines", True)
    call("ab\ncd\r\n", "splitlines", keepends=True)
    call("-", "join", ("a", "b", "c"))
    call("-", "join", ("a", 1))
    call("-", "join", 5)
    call("é", "join", ("x", "y"))
    for args in [("l",), ("o", 5), ("o", -3, -1), ("", 20), ("z",), ("é",), (1,), ()]:
        call("hello world", "find", *args)
        call("hello world", "rfind", *args)
    call("hello", "index", "z")
    call("hello", "rindex", "l")
    call("hello", "count", "l")
    call("hello", "count", "")
    call("hello", "startswith", ("x", "he"))
    call("hello", "startswith", 1)
    call("hello", "endswith", "lo", 0, 5)
    call("hello", "endswith", ("a", 1))
    call("hello", "replace", "l", "L")
    call("hello", "replace", "l", "L", 1)
    call("hello", "replace", "", "-")
    call("héllo", "replace", "é", "e")
    call("hello", "replace", "l")
    call("hello", "removeprefix", "he")
    call("hello", "removesuffix", "lo")
    call("hello", "removesuffix", 1)
    call("a=b=c", "partition", "=")
    call("a=b=c", "rpartition", "=")
    call("abc", "partition", "")
    call("abc", "center", 9, "*")
    call("abc", "center", 8)
    call("abc", "ljust", 6, "é")
    call("abc", "rjust", 6)
    call("abc", "center", 6, "ab")
    call("abc", "center", 2.5)
    call("-42", "zfill", 6)
    call("a\tbc\td", "expandtabs")
    call("a\tbc\td", "expandtabs", 4)
    call("xxhixx", "strip", "x")
    call("xxhixx", "lstrip", "x")
    call("xxhixx", "rstrip", "x")
    call("hi", "strip", 1)
    call("abc", "translate", {97: "A", 98: None, 99: 120})
    call("abc", "upper", 1)
    call("abc", "zfill")
    call("abc", "encode")
    call("héllo", "encode", "ascii")
    call("héllo", "encode", "ascii", "replace")
    call("héllo", "encode", "latin-1")
    call("héllo", "encode", encoding="utf-8", errors="strict")
    call("abc", "encode", "nope")
    call("abc", "__getitem__", -1)
    call("abc", "__getitem__", 5)
    call("abc", "__getitem__", 1.0)
    call("abc", "__contains__", 1)
    call("abc", "__len__")
    call("abc", "__add__", 1)
    call("ab", "__mul__", 3)
    call("ab", "__mul__", 2.0)


def formats():
    specs = {
        "": [0, -7, 1.5, 1e16, 1e-5, "s"],
        ",": [1234567, -1234.5], "_": [1234567], "_x": [0xABCDEF], "#_b": [37], "#010_x": [255], "010,": [1234, -1234],
        ">10.3e": [1234.5678], ".17g": [0.1], ",.2f": [123.456, 1234567.891], "^9": ["mid", 42], "*<6": ["ab"], "0=8": [-3],
        "+": [3, 3.0, float("nan")], " ": [3], "z.1f": [-0.04], ".3": [123.0, 1.0, "abcdef"], "g": [1e20, 0.0001, 123456789.0],
        "%": [0.125], ".0%": [0.5], "e": [0.0, 5], "E": [1e-10], "F": [float("inf")], "c": [97, 0x1F600], "n": [1234, 1.5], "x": [-255, "s"],
        "X": [255], "#o": [8], "b": [5], "d": [True, 1.5], "s": [1, "x"], ".2s": ["hello"], "=5": ["s"], "#": ["s", 1.0], "05": ["ab"],
        "abc": [1], ".": [1.0], "1_,": [1], ",s": ["x"], ",x": [1], ".5d": [1], "+c": [65], "z": [1, "s"], "10,.5x": [1],
    }
    for spec, values in specs.items():
        for v in values:
            ROWS.append(("format(%r, %r)" % (v, spec), outcome(lambda: format(v, spec)), "|".join(["format()", enc(v), enc(spec)])))


def str_format():
    cases = [("{} {}", (1, "a"), {}), ("{0}{1}{0}", ("a", "b"), {}), ("{x}", (), {"x": 5}), ("{x!r:>6}", (), {"x": "q"}),
             ("{0!a}", ("é",), {}), ("{:>{}}", ("a", 5), {}), ("{0:{1}}", (3.14159, ".2f"), {}), ("{{}}{{", (), {}),
             ("{", (), {}), ("}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{1}", (1,), {}), ("{a}", (), {}),
             ("{0[1]}", ((5, 6),), {}), ("{0[k]}", ({"k": "v"},), {}), ("{0[}", ((1,),), {}), ("{0.}", (1,), {}), ("{!x}", (1,), {}),
             ("{0:{1:{2}}}", (1, 2, 3), {}), ("{0:{1:{2:{3}}}}", (1, 2, 3, 4), {}), ("{:d}", ("a",), {}), ("{0.real}", (5,), {}),
             ("{:,}", (1234567,), {}), ("é{}ü", ("ä",), {}), ("{0]}", (1,), {})]
    for f, a, kw in cases:
        expr = "%r.format(%s)" % (f, ", ".join([repr(x) for x in a] + ["%s=%r" % kv for kv in kw.items()]))
        encoded = "|".join(["format", enc(f)] + [enc(x) for x in a] + ["k:%s=%s" % (k, enc(v)) for k, v in kw.items()])
        ROWS.append((expr, outcome(lambda: f.format(*a, **kw)), encoded))
    call("{a}-{b}", "format_map", {"a": 1, "b": "x"})
    call("{0}", "format_map", {})
    call("{z}", "format_map", {})


def percent():
    cases = [("%s|%r|%a", ("é", "é", "é")), ("%d %i %u", (1, -2, 3)), ("%5d|%-5d|%05d|%+d|% d", (1, 2, 3, 4, 5)),
             ("%x %X %#x %#X %o %#o", (255, 255, 255, 255, 8, 8)), ("%.3f %10.2e %g %G", (3.14159, 12345.678, 1e20, 1e-20)),
             ("%#.0f %.0e", (1.0, 15.0)), ("%c%c", ("x", 0x1F600)), ("%*d|%-*d|%.*f", (5, 1, 5, 2, 2, 3.14159)), ("%%", ()),
             ("%(a)s-%(b)05.1f", {"a": "x", "b": 2.25}), ("%s|%s", ("a", 2)), ("%s %s", (1,)), ("%s", (1, 2)), ("%d", ("x",)),
             ("%x", (1.5,)), ("%d", (3.7,)), ("%c", ("ab",)), ("%c", (-1,)), ("%f", ("a",)), ("%y", (1,)), ("%", ()),
             ("%(a", {}), ("%(a)s", (1,)), ("abc", [1]), ("abc", 5), ("%s", [1, 2]), ("%.3s|%-6.2s|", ("abcdef", "xyz")),
             ("%-05d|", (3,)), ("%#08X", (-255,)), ("%.5x", (255,)), ("%5%", (1,))]
    for f, a in cases:
        if isinstance(a, list):
            continue
        ROWS.append(("%r %% %r" % (f, a), outcome(lambda: f % a), "|".join(["%", enc(f), enc(a)])))


def bytes_methods():
    b = b"Hello, World \x00\xff"
    for m in ["upper", "lower", "swapcase", "capitalize", "title", "isalpha", "isalnum", "isdigit", "isspace", "islower",
              "isupper", "istitle", "isascii", "split", "splitlines", "strip", "hex", "decode"]:
        call(b, m)
        call(b"abc def", m)
    call(b"a,b,,c", "split", b",")
    call(b"a,b,,c", "rsplit", b",", 1)
    call(b"a,b", "split", ",")
    call(b"-", "join", (b"a", b"b"))
    call(b"-", "join", (b"a", "b"))
    call(b"hello", "find", b"l")
    call(b"hello", "find", 108)
    call(b"hello", "find", 300)
    call(b"hello", "rfind", b"l")
    call(b"hello", "index", b"z")
    call(b"hello", "count", b"l")
    call(b"hello", "replace", b"l", b"L")
    call(b"hello", "startswith", (b"x", b"he"))
    call(b"hello", "endswith", "lo")
    call(b"a=b", "partition", b"=")
    call(b"ab", "center", 6, b"*")
    call(b"ab", "center", 6, "*")
    call(b"-4", "zfill", 5)
    call(b"\xffab", "decode", "utf-8", "replace")
    call(b"\xffab", "decode")
    call(b"\xffab", "decode", "latin-1")
    call(b"abcdef", "hex", ":", 2)
    call(b"abc", "translate", None, b"b")
    call(bytes, "fromhex", "61 62 ff")
    call(bytes, "fromhex", "6g")
    call(b"abc", "__getitem__", 1)
    call(b"abc", "__getitem__", 9)
    call(b"abc", "__contains__", 98)
    call(b"abc", "__contains__", "b")
    call(b"abc", "__add__", "x")
    call("h\u00e9\U0001f600", "encode", "utf-16")
    call("h\u00e9", "encode", "utf-32-be")
    call("\ud800", "encode", "utf-16")
    call(b"\xff\xfeh\x00\xe9\x00", "decode", "utf-16")
    call(b"\x00\xd8a\x00", "decode", "utf-16-le")
    call(b"a\xffb", "decode", "utf-8", "surrogateescape")
    for f, a in [(b"%s|%5b|%-4s|", (b"a", b"b", b"c")), (b"%d %x %.2f %c%c", (42, 255, 1.5, 65, b"z")), (b"%s", "x"),
                 (b"%(k)s", {b"k": b"v"}), (b"%r", ("\u00e9",)), (b"abc", (1,))]:
        ROWS.append(("%r %% %r" % (f, a), outcome(lambda: f % a), "|".join(["%", enc(f), enc(a)])))


def main():
    str_methods()
    formats()
    str_format()
    percent()
    bytes_methods()
    table = "\n".join("\t".join(row) for row in ROWS)
    assert '"""#' not in table
    source = open(TARGET, encoding="utf-8").read()
    begin = source.index("// BEGIN GENERATED")
    end = source.index("// END GENERATED")
    generated = ("// BEGIN GENERATED by tools/gen_string_tests.py from CPython 3.11; do not edit.\n"
                 "private let cpythonTable = #\"\"\"\n" + table + "\n\"\"\"#\n")
    open(TARGET, "w", encoding="utf-8").write(source[:begin] + generated + source[end:])
    print("%d rows" % len(ROWS))


if __name__ == "__main__":
    main()
