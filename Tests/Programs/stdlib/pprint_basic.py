import pprint
data = {
    "name": "Adder test suite",
    "version": (3, 11, 7),
    "tags": ["compiler", "runtime", "jit", "native", "interpreter", "garbage-collector", "benchmarks"],
    "matrix": [[i * j for j in range(12)] for i in range(6)],
    "nested": {"level1": {"level2": {"level3": {"level4": list(range(30))}}}},
    "empty": {}, "elist": [], "etuple": (), "eset": set(),
    "numbers": {3.14159, 2.71828, 1.41421, 1.73205, 2.23606, 0.57721, 1.61803, 4.66920, 2.50290},
    "single": (42,),
    "flags": frozenset({"a", "b", "c"}) if False else frozenset({1, 2, 3, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160}),
    "text": "The quick brown fox jumps over the lazy dog. " * 4,
    "multi": "line one\nline two is a bit longer than the first line\nthird line\n",
    "blob": bytes(range(40)),
    7: None, 2: True,
}
pprint.pprint(data)
print(pprint.pformat(data, width=40, indent=2)[:1500])
pprint.pprint(data["matrix"], compact=True, width=50)
pprint.pprint(data, depth=2)
pprint.pp({"b": 1, "a": [1, 2, 3]})
pprint.pprint({"b": 1, "a": [1, 2, 3] * 20}, sort_dicts=False)
pprint.pprint(123456789012, underscore_numbers=True)
pprint.pprint([10**20, 2**64], underscore_numbers=True, width=20)
pprint.pprint("a" * 100)
pprint.pprint("word " * 30, width=30)
pprint.pprint(["word " * 30], width=30)
pprint.pprint(b"\x00\x01abcdefghijklmnopqrstuvwxyz" * 3, width=30)
pprint.pprint((1, [2, (3, {4: [5] * 20})]), width=25)
l = [1, 2]; l.append(l)
print(pprint.isrecursive(l), pprint.isreadable(l), pprint.isreadable([1, {"a": (2,)}]), pprint.saferepr({"z": 1, "a": [2, 3]}), pprint.isreadable(object))
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
pprint.pprint([Point(i, i * i) for i in range(12)])
class MyList(list): pass
pprint.pprint(MyList(range(40)))
class Loud(dict):
    def __repr__(self): return "Loud!"
pprint.pprint([Loud(a=1)] * 30)
pp = pprint.PrettyPrinter(indent=4, width=60)
pp.pprint({"key%d" % i: list(range(i)) for i in range(10)})
print(pp.pformat((1, 2)), pp.isreadable({1: 2}))
import sys
pprint.pprint({"x": 1}, stream=sys.stdout)
for bad in (dict(indent=-1), dict(depth=0), dict(width=0)):
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
pprint.pprint([{"id": i, "name": f"user{i}", "roles": ["admin", "dev"][: i % 3], "score": i * 1.5} for i in range(5)])
