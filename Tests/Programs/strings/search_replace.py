# find, rfind, index, rindex, count, startswith, endswith (with tuples and ranges), replace.

s = "the quick brown fox jumps over the lazy dog"
for sub in ["the", "o", "dog", "cat", "", " ", "the lazy"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
print(s.find("o", 15), s.find("o", 15, 20), s.find("o", -10), s.rfind("o", 0, 15), s.find("the", 1), s.find("", 100))
print(s.count("o", 0, 20), s.count("e", -10), "aaaa".count("aa"), "".count(""), "abc".count("", 1))
print(s.index("quick"), s.rindex("o"), s.index("o", 13))
for args in [("cat",), ("the", 40), ("q", 0, 4)]:
    try:
        print(s.index(*args))
    except ValueError as e:
        print("ValueError:", e)
try:
    print(s.rindex("zzz"))
except ValueError as e:
    print("ValueError:", e)
print(s.startswith("the"), s.startswith("quick", 4), s.startswith(("a", "t")), s.startswith(()), s.startswith(""))
print(s.endswith("dog"), s.endswith(("cat", "dog")), s.endswith("lazy", 0, -4), s.endswith("x"), "".endswith(""))
print(s.startswith("quick", 4, 8), s.startswith("quick", 4, 9), s.endswith(("fox",), 0, 19))
try:
    print(s.startswith(["the"]))
except TypeError as e:
    print("TypeError:", e)
print(s.replace("the", "a"), s.replace("o", "0", 2), s.replace("o", "0", 0), s.replace("o", "0", -1))
print("aaa".replace("a", "aa"), "abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"))
print("banana".replace("ana", "*"), "x".replace("x", ""), "héllo".replace("é", "e"), "a.b.c".replace(".", ""))
print(s.removeprefix("the "), s.removesuffix(" dog"), s.removeprefix("cat"), "aaa".removesuffix("a"))
