# sorted, reversed, enumerate, zip, map, filter, iter, next, list/tuple/dict/set over iterators.

data = [5, 3, 8, 1]
print(sorted(data), sorted(data, reverse=True), sorted("cab"), list(reversed(data)), list(reversed("abc")), list(reversed(range(4))))
print(list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})), list(reversed([])), data)
print(list(enumerate("abc")), list(enumerate(["x", "y"], start=10)), list(enumerate([], 5)), dict(enumerate("ab", 1)))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(10, 13), "xyz")))
print(dict(zip(["a", "b"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
print(list(map(str, [1, 2])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(len, ["", "ab"])), list(map(abs, (-1, 2))))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda v: v > 2, range(6))), list(filter(str.isdigit, "a1b2")))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "end"))
squares = map(lambda v: v * v, range(5))
print(list(squares), list(squares))
pairs = zip("ab", [1, 2])
print(dict(pairs), dict(pairs))
chained = list(map(str, filter(lambda v: v % 2, map(lambda v: v + 1, range(10)))))
print(chained, "".join(chained))
print(set(map(abs, [-1, 1, -2])), tuple(filter(None, (0, 1, 2))), frozenset(zip([1], [2])))
e = enumerate(zip("ab", "cd"))
print([(i, x + y) for i, (x, y) in e])
rev = reversed(range(0, 10, 3))
print(next(rev), next(rev), list(rev))
m = map(int, "123")
print(sum(m))
print(sorted(map(len, ["aaa", "b", "cc"])), max(map(lambda w: w[::-1], ["ab", "ba"])))
print(list(zip([1, 2, 3], [4, 5, 6], strict=True)))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as err:
    print("ValueError:", err)
try:
    reversed(iter([1]))
except TypeError as err:
    print("TypeError:", err)
try:
    reversed({1, 2})
except TypeError as err:
    print("TypeError:", err)
