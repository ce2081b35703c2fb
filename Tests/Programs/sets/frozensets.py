# frozenset: immutable, hashable, usable as dict keys and set members; mixed operations with set.

f = frozenset([3, 1, 2])
g = frozenset({2, 3, 4})
print(f, g, f | g, f & g, f - g, f ^ g, type(f | g), type(f | {9}), type({9} | f))
print(f.union([10]), f.intersection(g), f.difference([1]), f.symmetric_difference(g), f.copy() == f)
print(f <= frozenset(range(5)), f.issubset([1, 2, 3]), f.issuperset({1}), f.isdisjoint({7}), f == {1, 2, 3})
print(len(f), 2 in f, sorted(f), frozenset(), frozenset("aa"), frozenset(frozenset([1])))
d = {frozenset([1, 2]): "pair", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()], frozenset([1, 2]) in d)
s = {frozenset([1]), frozenset([1]), frozenset([2, 3])}
print(len(s), frozenset([1]) in s)
print(hash(frozenset([1, 2])) == hash(frozenset([2, 1])), hash(frozenset()) == hash(frozenset([])))
for label, fn in [("add", lambda: f.add(5)),
                  ("remove", lambda: f.remove(1)),
                  ("unhashable set key", lambda: {{1, 2}: 0}),
                  ("unhashable member", lambda: frozenset([[1]]))]:
    try:
        print(label, fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
