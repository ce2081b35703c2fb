# str as a sequence of code points: indexing, slicing, len, in, *, +, comparison, iteration.

s = "Hello, World"
print(s[0], s[-1], s[4], s[-5], len(s), s[0:5], s[7:], s[:-7], s[::2], s[::-1], s[1:10:3], s[-1:-6:-2])
print(s[100:], s[-100:3], s[5:2], repr(s[5:2]), s[::-3], s[len(s):])
u = "héllo wörld 中文 ☃ 😀!"
print(len(u), u[1], u[12], u[13], u[15], u[17], u[-2], u[::-1], u[6:11].upper())
print([c for c in "añ😀"], list("abc"), tuple("xy"))
print("a" + "b" + "c", "ab" * 3, 3 * "xy", "x" * 0, "x" * -2, "" * 100, ("-" * 20))
print("ell" in s, "xyz" in s, "" in s, "" in "", "W" not in s, "中" in u)
print("abc" < "abd", "abc" < "ab", "B" < "a", "Z" < "a", "é" > "z", "" < "a", "abc" == "abc", "a" != "A")
print(max("hello"), min("hello"), sorted("banana"), "".join(sorted("banana", reverse=True)))
print(ord("a"), ord("Z"), ord("é"), ord("中"), ord("😀"), chr(97), chr(233), chr(20013), chr(128512), chr(0x41))
count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print(count, "mississippi".count("s"), "mississippi".count("ss"), "mississippi".count(""))
t = "abc"
t += "def"
t *= 2
print(t, len(t), t is not None)
print(str(123), str(-4.5), str([1, "a"]), str(None), str(True), str(), str("x"))
print(repr("plain"), repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\there"), repr("new\nline"))
print(repr("back\\slash"), repr("\x00\x07\x1f\x7f"), repr("\r"), repr("é中😀"), repr("\u200b"), repr("\xa0"))
print("multi\nline", "tab\tsep", "quote\"s", 'apos\'s', "uni\u00e9", "\N{SNOWMAN}", "\x41\102")
print("""triple
quoted""", '''single ''' "concat" 'enated', r"raw\n\t", len(r"\n"))
