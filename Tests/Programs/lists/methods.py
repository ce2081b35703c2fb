# Every list method, with the edge cases of indexes and the error messages.

a = [3, 1, 4]
a.append(1)
a.append([5, 9])
print(a, len(a))
a.extend([2, 6])
a.extend("ab")
a.extend(range(2))
a.extend((7,))
print(a)
b = [1, 2, 3]
b.insert(0, "first")
b.insert(-1, "before last")
b.insert(100, "end")
b.insert(-100, "start")
b.insert(2, 2.5)
print(b)
c = [5, 3, 5, 1, 5]
c.remove(5)
print(c, c.pop(), c, c.pop(0), c, c.pop(-1), c)
print(c.index(5), [1, 2, 3, 2, 1].index(2, 2), [1, 2, 3, 2, 1].index(1, -2), [1, 2, 3].index(3, 0, 3))
print([1, 2, 2, 3, 2].count(2), [[1], [1], 1].count([1]), [].count(0), [1, 1.0, True].count(1))
d = [3, 1, 2]
d.reverse()
print(d)
d.sort()
print(d, d.copy(), d.copy() is d, d.copy() == d)
e = d.copy()
e.append(99)
print(d, e)
d.clear()
print(d, len(d))
print(list(), list("xyz"), list((1, 2)), list(range(3)), list({1: "a", 2: "b"}), list({"k": 0}.values()))
for label, fn in [("remove missing", lambda: [1, 2].remove(3)),
                  ("pop empty", lambda: [].pop()),
                  ("pop out of range", lambda: [1].pop(5)),
                  ("pop str index", lambda: [1].pop("0")),
                  ("index missing", lambda: [1, 2].index(5)),
                  ("index missing str", lambda: ["a"].index("b")),
                  ("index range", lambda: [1, 2, 3].index(1, 1)),
                  ("insert no args", lambda: [].insert(1)),
                  ("extend int", lambda: [].extend(5)),
                  ("append two", lambda: [].append(1, 2)),
                  ("sort mixed", lambda: [1, "a", 2].sort()),
                  ("count none", lambda: [].count())]:
    try:
        print(label, fn())
    except Exception as ex:
        print(label, "->", type(ex).__name__ + ":", ex)
r = [1, 2, 3]
print(r.append(4), r.extend([]), r.insert(0, 0), r.reverse(), r.sort(), r.clear(), r)
