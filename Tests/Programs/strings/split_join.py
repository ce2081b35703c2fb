# split, rsplit, join, splitlines, partition, rpartition.

cases = ["a b  c", "  leading and trailing  ", "", "   ", "one", "a,b,,c,", "\tx\ny\r\nz\x0bw\x0cv", "1 2 3 4 5"]
for c in cases:
    print(repr(c), c.split(), c.split(" "), c.split(","), c.split(None, 1), c.rsplit(None, 1))
print("a,b,c,d".split(",", 2), "a,b,c,d".rsplit(",", 2), "a,b,c,d".split(",", 0), "a,b,c,d".split(",", -1))
print("a::b::c".split("::"), "::a::".split("::"), "aaa".split("a"), "abcabc".split("bc"), "x".split("x"))
print("a b c".split(maxsplit=1), "a b c".rsplit(maxsplit=1), "a-b-c".split(sep="-", maxsplit=1))
print("  a  b  ".rsplit(), "  a  b  ".rsplit(" "), "1.2.3.4".rsplit(".", 1))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
print(",".join(["a", "b", "c"]), "".join(["x", "y"]), " - ".join("abc"), "/".join([]), "+".join(["solo"]))
print("".join([str(i) for i in range(10)]), ", ".join(("t", "u")), "|".join({"k1": 1, "k2": 2}))
try:
    print(",".join(["a", 1, "b"]))
except TypeError as e:
    print("TypeError:", e)
try:
    print(",".join(5))
except TypeError as e:
    print("TypeError:", e)
text = "line one\nline two\r\nline three\rline four\n\nlast"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n".splitlines(), "a\n\n".splitlines(keepends=True), "x\x1cy\u2028z".splitlines())
for c in ["key=value", "key=", "=value", "novalue", "a=b=c"]:
    print(c.partition("="), c.rpartition("="))
try:
    print("abc".partition(""))
except ValueError as e:
    print("ValueError:", e)
