# Equality and ordering across types: numeric tower, containers, strings, None; identity vs equality.

nums = [0, 1, -1, 1.0, 0.5, True, False, 2 ** 64, 2.0 ** 64, float("inf"), float("nan")]
for a in nums:
    print(repr(a).rjust(22), "".join(["=" if a == b else ("<" if a < b else (">" if a > b else "?")) for b in nums]))
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) == (1, 2.0), {1: "a"} == {1.0: "a"}, {1, 2} == {2, 1}, [[]] == [[]])
print([1, 2] < [1, 2, 3], (1, 2) > (1, 1, 9), "abc" < "abd", "Z" < "a", "" < "\x00", [0] < [0.5], (1, "a") < (1, "b"))
print(None == None, None == 0, None != [], [None] == [None], (None,) < (None, 1))
print(1 == 1.0 == True, "1" == 1, [1] != [True], {True: 1} == {1: 1}, range(3) == range(0, 3), range(3) == [0, 1, 2])
print(frozenset([1]) == {1}, {1} <= frozenset([1, 2]), {1: 2}.keys() == {1}, {1: 2}.values() == [2], [] == ())
a = [1, 2]
b = a
c = list(a)
print(a == c, a is c, a is b, a is not c, not (a is b))
for x, y in [("a", 1), ([1], (1,)), ({1}, [1]), (None, 0), ({}, [])]:
    try:
        print(repr(x), "<", repr(y), x < y)
    except TypeError as e:
        print("TypeError:", e)
try:
    print([1, "a"] < [1, 2])
except TypeError as e:
    print("TypeError:", e)
print([1, "a"] < [2, 1], [1, "a"] == [1, 2], (1, [2]) == (1, [2]))
nan = float("nan")
items = [nan, 1]
print(nan in items, items == items, items.count(nan), items.index(nan), [nan] == [float("nan")])
print(max(3, 3.0), min(3.0, 3), max([1, True]), sorted([1, True, 1.0]), sorted([0.0, -0.0, 0]))
