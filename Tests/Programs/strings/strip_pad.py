# strip family, ljust/rjust/center/zfill, expandtabs.

for s in ["  hi  ", "\t\n hi \r\n", "xxhixx", "", "   ", "hi"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("x")), repr(s.strip(" x")))
print("www.example.com".strip("cmowz."), "abcba".lstrip("ab"), "abcba".rstrip("ab"), "aaa".strip("a"))
print("  \u3000 wide \u2003 ".strip(), "--x--".strip("-"), "<>x<>".rstrip("<>"), "abc".strip(""))
print("[" + "ab".ljust(6) + "]", "[" + "ab".rjust(6) + "]", "[" + "ab".center(6) + "]", "[" + "ab".center(7) + "]")
print("[" + "abc".center(6) + "]", "[" + "abc".center(8, "*") + "]", "[" + "a".center(4, "-") + "]", "[" + "a".center(5, "-") + "]")
for width in range(0, 9):
    print(width, "[" + "xy".center(width, ".") + "]", "[" + "xyz".center(width, ".") + "]", "[" + "ab".ljust(width, "_") + "]", "[" + "ab".rjust(width, "0") + "]")
print("long text".ljust(3), "long text".center(2), "é".center(5, "ñ"))
for z in ["42", "-42", "+42", "", "abc", "-", "3.14", "-0.5"]:
    print(repr(z), z.zfill(5), z.zfill(1), z.zfill(0))
try:
    print("x".center(5, "ab"))
except TypeError as e:
    print("TypeError:", e)
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "12345\t6".expandtabs(4), "\t".expandtabs(2))
