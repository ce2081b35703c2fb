# min, max (key, default, several arguments), sum (start, floats, lists), any, all, len, abs.

print(min(3, 1, 2), max(3, 1, 2), min([4, 2, 8]), max((4, 2, 8)), min("hello"), max("hello"), max(range(10)))
print(min([3, -4, 2], key=abs), max(["aa", "b", "cccc"], key=len), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
print(max([], default="empty"), min([], default=None), max([5], default=0), min(iter([7, 3]), default=-1))
print(max(1, 2.5), min(-1, -1.0), max([1, 1.0]), min([1.0, 1]), max([(1, "b"), (1, "a")]), max("abc", "abd"))
print(max([1, 5, 5, 3], key=lambda v: v == 5), max([("a", 1), ("b", 1)], key=lambda p: p[1]))
print(min(["b", "A", "a"], key=str.lower), max(2 ** 70, 2 ** 69), min([True, 2, 0.5]))
print(sum([1, 2, 3]), sum([]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2, 3]], []), sum(range(1001)), sum([True, True]))
print(sum([1.5, 2, 3]), sum([2 ** 64, 2 ** 64]), sum((1, 2), start=5), sum([0.1, 0.2, 0.3]), sum([1e100, 1.0, -1e100]))
print(any([0, 0, 1]), any([]), any(["", None]), all([1, "x", [0]]), all([]), all([1, 0]), any("abc"), all(""))
print(len("abc"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 2}), len(range(0, 10, 3)), len(""), len(frozenset([1])))
print(abs(-5), abs(5.5), abs(-0.0), abs(-2 ** 70), abs(True), abs(-float("inf")))
for label, fn in [("max()", lambda: max()), ("min([])", lambda: min([])), ("max(1)", lambda: max(1)),
                  ("max key bad", lambda: max([1, "a"])), ("min default + args", lambda: min(1, 2, default=0)),
                  ("sum str", lambda: sum(["a", "b"], "")), ("sum mixed", lambda: sum([1, "a"])),
                  ("len(5)", lambda: len(5)), ("abs(None)", lambda: abs(None))]:
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)
