# isinstance, type, callable, id, hash (of ints, floats, tuples, frozensets; never of strs).

values = [1, 2.0, "s", [1], (1,), {1: 1}, {1}, frozenset(), None, True, range(1), len, lambda: 0, ValueError("v")]
for v in values:
    print(type(v).__name__, isinstance(v, int), isinstance(v, (list, tuple)), callable(v))
print(type(1) == int, type(True) == int, type(True) is bool, type([]) is list, type(type) is type, type(int) is type)
print(isinstance(1, object), isinstance(None, object), isinstance(int, type), isinstance("x", (int, (float, str))))
print(isinstance(ValueError(), Exception), isinstance(KeyError(), (ValueError, LookupError)), isinstance(1.5, float))
print(callable(print), callable(int), callable(ValueError), callable("x"), callable(None), callable(callable))
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, id(None) == id(None), isinstance(id(a), int))
for v in [0, 1, -1, -2, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, 2 ** 64, -(2 ** 64), 10 ** 30, 12345678901234567890]:
    print("hash", v, hash(v))
for v in [0.0, -0.0, 1.0, 1.5, -2.5, 0.1, 1e100, 2.0 ** 70, float("inf"), float("-inf")]:
    print("hash", v, hash(v))
print(hash(True), hash(False), hash(1) == hash(1.0) == hash(True), hash(2 ** 61 - 1) == 0)
for v in [(), (1,), (1, 2), (1, (2, 3)), (-1, -2), (0.5, 1)]:
    print("hash", v, hash(v))
print(hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([3, 2, 1])) == hash(frozenset([1, 2, 3])))
print(hash(range(3)) == hash(range(0, 3)), hash(range(0)) == hash(range(5, 5)))
for v in [[1], {1: 2}, {1}, (1, [2])]:
    try:
        print(hash(v))
    except TypeError as e:
        print("TypeError:", e)
print(type(3)(4.9), type("x")(5), type([])("ab"), type(1.0)("2.5"))
