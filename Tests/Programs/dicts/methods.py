# Every dict method and constructor form.

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "default"), d)
d["x"] = 10
d["y"] = 20
print(d.popitem(), d.popitem(), d)
d.update({"k": 1, "a": -1})
d.update([("p", 1), ("q", 2)])
d.update(r=5, s=6)
d.update({"t": 7}, u=8)
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
e = d.copy()
e["new"] = True
print(len(d), len(e), "new" in d, "new" in e, e is d)
e.clear()
print(e, len(e))
print(dict.fromkeys(["x", "y"]), dict.fromkeys("ab", 0), dict.fromkeys(range(3), []), {}.fromkeys([1]))
print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"z": 0}, extra=1), dict(zip("abc", range(3))))
print(dict([("k", 1), ("k", 2)]), dict([[1, "one"], "xy"]), dict({1: 2}.items()))
m1 = {"a": 1, "b": 2}
m2 = {"b": 20, "c": 30}
print(m1 | m2, m2 | m1, m1)
m1 |= m2
print(m1)
m1 |= [("d", 4)]
print(m1)
print(list(reversed(m1)), list(reversed(m1.items())), list(reversed(m1.values())))
print({1: 2} == {1: 2}, {1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} != {1: 3}, {} == {}, {1: 1} == {1: 1.0})
counts = {}
for ch in "abracadabra":
    counts[ch] = counts.get(ch, 0) + 1
print(counts)
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
del counts["a"]
print(counts, "a" in counts, "b" in counts, 1 in {1: 0}, "x" not in counts)
for label, fn in [("missing key", lambda: {}["nope"]),
                  ("missing int", lambda: {1: 2}[3]),
                  ("missing tuple", lambda: {}[(1, 2)]),
                  ("pop missing", lambda: {}.pop("k")),
                  ("popitem empty", lambda: {}.popitem()),
                  ("unhashable key", lambda: {}[[1]]),
                  ("unhashable set", lambda: {[1]: 2}),
                  ("bad update", lambda: {}.update([1, 2])),
                  ("bad update len", lambda: {}.update(["abc"])),
                  ("bad dict", lambda: dict([1])),
                  ("dict | list", lambda: {} | []),
                  ("get no args", lambda: {}.get()),
                  ("attr", lambda: {}.has_key(1)),
                  ("compare", lambda: {} < {})]:
    try:
        print(label, fn())
    except Exception as ex:
        print(label, "->", type(ex).__name__ + ":", ex)
def delete_missing():
    dd = {"a": 1}
    del dd["b"]
try:
    delete_missing()
except KeyError as ex:
    print("KeyError:", ex, repr(ex), ex.args)
