# range objects: construction, len, indexing, slicing, membership, index/count, reversal, equality.

for r in [range(5), range(2, 10), range(2, 10, 3), range(10, 0, -2), range(0), range(5, 5), range(-5, 5, 4), range(5, 0)]:
    print(r, list(r), len(r), bool(r), r.start, r.stop, r.step)
r = range(3, 30, 4)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[-2:], r[10:], list(r[1:-1:2]))
print(7 in r, 8 in r, 31 in r, -1 in r, 7.0 in r, "x" in r, r.index(11), r.count(11), r.count(12))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(0) == range(2, 2), range(0, 5) == range(5), range(0, 6, 2) == range(0, 5, 2), range(1) != range(2))
big = range(0, 10 ** 20, 3)
print(big[-1], big[10 ** 18], 10 ** 19 + 1 in big, 10 ** 19 in big, big.index(999), big[5:8])
total = 0
for i in range(10, 0, -3):
    total += i
print(total, [i for i in range(-3, 3)], tuple(range(3)), list(range(1, 2, 5)))
for label, fn in [("step zero", lambda: range(1, 2, 0)),
                  ("float arg", lambda: range(1.5)),
                  ("str arg", lambda: range("3")),
                  ("index error", lambda: range(3)[3]),
                  ("index missing", lambda: range(3).index(7)),
                  ("big len", lambda: len(range(10 ** 20))),
                  ("no args", lambda: range()),
                  ("assign", lambda: range(3).__setitem__(0, 1))]:
    try:
        print(label, fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
