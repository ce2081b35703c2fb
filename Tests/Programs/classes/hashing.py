# __hash__ with __eq__: instances as dict keys and set members, dedup, the class that defines only
# __eq__ (unhashable), __hash__ = None explicitly, inheriting hashability, hash results.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x},{self.y})"


pts = [Point(1, 2), Point(3, 4), Point(1, 2), Point(0, 0), Point(3, 4)]
unique = []
seen = set()
for p in pts:
    if p not in seen:
        seen.add(p)
        unique.append(p)
print(unique, len(seen))
grid = {Point(0, 0): "origin", Point(1, 0): "east"}
print(grid[Point(0, 0)], grid.get(Point(1, 0)), grid.get(Point(9, 9), "none"))
grid[Point(0, 0)] = "ORIGIN"
print(len(grid), grid)
print(hash(Point(1, 2)) == hash(Point(1, 2)), hash(Point(5, 6)) == hash((5, 6)))
print(Point(1, 2) in {Point(1, 2): 1}, {Point(2, 2)} == {Point(2, 2)})
counts = {}
for p in pts:
    counts[p] = counts.get(p, 0) + 1
print(counts)


# Only __eq__: instances become unhashable; __hash__ is None in the class dict.
class OnlyEq:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, OnlyEq) and self.v == other.v


print(OnlyEq.__hash__ is None, "__hash__" in OnlyEq.__dict__)
print(OnlyEq(1) == OnlyEq(1))
for attempt in ["hash", "set", "dict", "in-set"]:
    try:
        if attempt == "hash":
            hash(OnlyEq(1))
        elif attempt == "set":
            {OnlyEq(1)}
        elif attempt == "dict":
            d = {}
            d[OnlyEq(2)] = 1
        else:
            OnlyEq(3) in {1, 2}
    except TypeError as e:
        print(attempt, type(e).__name__, e)

# Lists can still hold them, and `in` on a list uses ==.
print(OnlyEq(4) in [OnlyEq(3), OnlyEq(4)])


# Explicit __hash__ = None on a class without __eq__.
class NoHash:
    __hash__ = None


try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)


# Default hashing is identity-based: equal only to themselves.
class Plain:
    pass


a, b = Plain(), Plain()
s = {a, b, a}
print(len(s), a in s, Plain() in s, hash(a) == hash(a))


# A subclass that defines __eq__ loses the inherited __hash__; one that doesn't keeps it.
class Child(Point):
    pass


class EqChild(Point):
    def __eq__(self, other):
        return super().__eq__(other)


class RestoredChild(Point):
    def __eq__(self, other):
        return super().__eq__(other)

    __hash__ = Point.__hash__


print(hash(Child(1, 2)) == hash(Point(1, 2)))
try:
    hash(EqChild(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
print(hash(RestoredChild(1, 2)) == hash(Point(1, 2)))
print(Child(1, 2) in {Point(1, 2)}, Point(1, 2) in {Child(1, 2)})


# __hash__ returning a big int is reduced; a non-int is an error.
class BigHash:
    def __hash__(self):
        return 2 ** 100


class StrHash:
    def __hash__(self):
        return "nope"


print(hash(BigHash()) == hash(2 ** 100))
try:
    hash(StrHash())
except TypeError as e:
    print(type(e).__name__, e)


# A case-insensitive key.
class CIKey:
    def __init__(self, s):
        self.s = s

    def __eq__(self, other):
        return self.s.lower() == other.s.lower()

    def __hash__(self):
        return hash(self.s.lower())

    def __repr__(self):
        return repr(self.s)


table = {}
for word in ["Apple", "apple", "APPLE", "Pear", "pear", "fig"]:
    table[CIKey(word)] = table.get(CIKey(word), 0) + 1
print(table)
