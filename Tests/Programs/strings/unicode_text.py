# Unicode-aware str behaviour: whitespace classes in split/strip/splitlines, digits in int()/float(),
# code-point lengths and slicing of astral characters, casing that changes length.

text = "a\u2003b\x1cc\x85d\u3000e\tf\u00a0g"
print(text.split(), len(text.split()), "\u2003\x1cx\x85".strip(), repr("\u200bx\u200b".strip()))
print(["\x1c".isspace(), "\x85".isspace(), "\u200b".isspace(), "\u00a0".isspace(), "\u2028".isspace()])
print("a\x85b\u2029c\x0bd\x0ce\x1ef".splitlines(), "line\u2028next".splitlines(True))
print(int("٣"), int("１２"), int("߁߂"), float("１.５"), int(" ٣٤ "), int("٣٤", 16), float("\u0661\u0662e1"))
for bad in ["²", "½", "1²"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
s = "😀a😃b🎉"
print(len(s), s[0], s[-1], s[1::2], s[::-1], s.find("b"), s.index("🎉"), s.count("😀"), [ord(c) for c in s])
print("ß".upper(), "ﬃ".upper(), "ŉ".upper(), len("ß".upper()), "ΣΑΣ".lower(), "ǅ".lower(), "ǅ".upper(), "ǆ".title())
print("straße".casefold() == "STRASSE".casefold(), "ÅNGSTRÖM".lower(), "éÉ".swapcase(), "ı".upper(), "ſ".upper())
print("ab中c".center(9, "*"), "中".ljust(3, "文"), "x".zfill(3), "١٢".zfill(4), "é" * 3, "é" in "café")
print(sorted(["é", "e", "z", "É", "a", "中", "😀"]), max("añz"), min("ÿ€"))
print("%s|%5s|%-5s|" % ("中", "é", "😀"), f"{'中':>4}|{'é':^5}|", "{:*<6}".format("ß"))
print(repr("\x7f\x80\x9f\xa0\xad\u0378\ufeff\U0001F600\U000E0001"), ascii("é😀"))
