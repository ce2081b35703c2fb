# Tuples: construction, indexing, slicing, methods, comparison, hashing into dicts and sets, immutability.

t = (1, 2, 3, 2, 1)
single = (5,)
empty = ()
no_parens = 1, "two", 3.0
print(t, single, empty, no_parens, tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"k": 1}))
print(t[0], t[-1], t[1:3], t[::-1], t[::2], len(t), len(empty), t.count(2), t.index(2), t.index(1, 1))
print(t + (9,), t * 2, 2 * single, empty * 10, (1, 2) + (), ((1, 2), (3,)))
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 100), () < (0,), (1, 2) == (1, 2), (1, "a") != (1, "b"))
print((1, 2) == [1, 2], 3 in t, 7 not in t, max(t), min(t), sum(t), sorted(t))
d = {(0, 0): "origin", (1, 2): "point"}
print(d[(0, 0)], d[1, 2], (1, 2) in d)
s = {(1, 2), (3, 4), (1, 2)}
print(len(s), (3, 4) in s)
a, b, c = (7, 8, 9)
print(a, b, c)
x = 1, 2
x += (3,)
print(x)
nested = (1, [2, 3])
nested[1].append(4)
print(nested)
for label, fn in [("assign", lambda: t.__setitem__(0, 9)),
                  ("index", lambda: t[10]),
                  ("index missing", lambda: t.index(42)),
                  ("add list", lambda: t + [1]),
                  ("hash list inside", lambda: hash((1, [2]))),
                  ("attr", lambda: t.append(1))]:
    try:
        print(label, fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
def assign_item():
    u = (1, 2)
    u[0] = 5
try:
    assign_item()
except TypeError as e:
    print("TypeError:", e)
def delete_item():
    u = (1, 2)
    del u[0]
try:
    delete_item()
except TypeError as e:
    print("TypeError:", e)
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()), (1, 2).__len__())
