# Set operators and every set method (sets of ints, so iteration order is CPython's and deterministic).

a = {1, 2, 3, 4}
b = {3, 4, 5, 6}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b), a.union([7], (8,), range(9, 11)), a.intersection(b, {4}), a.difference(b, {1}), a.symmetric_difference([4, 9]))
print(a <= b, {1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {1, 2, 3, 4}, a == {4, 3, 2, 1}, a != b)
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint(b), a.isdisjoint({9}), {1, 2} == frozenset({1, 2}))
c = set(a)
c.add(10)
c.add(1)
c.discard(2)
c.discard(99)
c.remove(3)
print(c, len(c), 10 in c, 3 in c, 3 not in c)
c |= {20, 21}
print(c)
c &= {1, 4, 20, 30}
print(c)
c -= {4}
print(c)
c ^= {1, 5}
print(c)
c.update([7, 8], {9})
print(c)
c.intersection_update({7, 8, 9, 20})
print(c)
c.difference_update([8])
print(c)
c.symmetric_difference_update({9, 11})
print(c)
d = c.copy()
d.add(100)
print(c, d, d is c)
print(d.pop(), d)
d.clear()
print(d, len(d), set(), set([3, 1, 2, 3]), set("aaa"), set(range(5)), set({1: 2}))
print(sorted({5, -1, 3}), max({5, -1, 3}), min({5, -1, 3}), sum({1, 2, 3}), len({1, 1, 1}))
one = {1}
for label, fn in [("remove missing", lambda: {1}.remove(5)),
                  ("pop empty", lambda: set().pop()),
                  ("unhashable", lambda: {1}.add([2])),
                  ("set in set", lambda: {{1}}),
                  ("set | list", lambda: {1} | [2]),
                  ("set + set", lambda: {1} + {2}),
                  ("index", lambda: one[0]),
                  ("compare", lambda: {1} < [1])]:
    try:
        print(label, fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
