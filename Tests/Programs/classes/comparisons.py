# Rich comparisons: ==, !=, <, <=, >, >= defined by hand (total ordering without functools),
# reflected comparisons, NotImplemented fallbacks, identity fallback for ==, != derived from ==,
# sorting, min/max, chained comparisons, comparisons with other types.

class Version:
    def __init__(self, text):
        self.parts = tuple([int(p) for p in text.split(".")])

    def __repr__(self):
        return "V" + ".".join([str(p) for p in self.parts])

    def _key(self, other):
        if isinstance(other, Version):
            return other.parts
        if isinstance(other, str):
            return Version(other).parts
        return None

    def __eq__(self, other):
        k = self._key(other)
        if k is None:
            return NotImplemented
        return self.parts == k

    def __lt__(self, other):
        k = self._key(other)
        if k is None:
            return NotImplemented
        return self.parts < k

    # The rest of the ordering, by hand.
    def __le__(self, other):
        lt = self.__lt__(other)
        if lt is NotImplemented:
            return lt
        return lt or self == other

    def __gt__(self, other):
        le = self.__le__(other)
        if le is NotImplemented:
            return le
        return not le

    def __ge__(self, other):
        lt = self.__lt__(other)
        if lt is NotImplemented:
            return lt
        return not lt

    def __hash__(self):
        return hash(self.parts)


a, b, c = Version("1.2"), Version("1.10"), Version("1.2")
print(a == c, a != c, a == b, a != b)
print(a < b, a <= b, a > b, a >= b, b > a, c <= a, c >= a)
print(a == "1.2", "1.2" == a, a < "2.0", "2.0" > a, "0.1" < a)
print(sorted([Version("2.0"), b, a, Version("0.9.9"), Version("1.2.1")]))
print(min([b, a, Version("3")]), max([b, a, Version("3")]))
print(a < b < Version("2"), a < b > Version("2"))
print(a == 1.2, a != None, a == [1, 2])
print(len({a, b, c}))

try:
    a < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    None >= a
except TypeError as e:
    print(type(e).__name__, e)


# Only __eq__ defined: != is derived from it (object.__ne__ inverts __eq__).
class Color:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print("  Color.__eq__", self.name, "vs", getattr(other, "name", other))
        if not isinstance(other, Color):
            return NotImplemented
        return self.name.lower() == other.name.lower()


red, RED, blue = Color("red"), Color("RED"), Color("blue")
print(red == RED)
print(red != RED)
print(red != blue)
print(red == "red")
print("red" == red)
print(red in [blue, RED])


# Reflection: for a < b Python tries a.__lt__(b), then b.__gt__(a).
class Tracer:
    def __init__(self, name):
        self.name = name

    def __lt__(self, other):
        print("  ", self.name, "__lt__", other.name)
        return NotImplemented

    def __gt__(self, other):
        print("  ", self.name, "__gt__", other.name)
        return True

    def __eq__(self, other):
        print("  ", self.name, "__eq__", other.name)
        return NotImplemented


x, y = Tracer("x"), Tracer("y")
print(x < y)
print(x > y)
print(x == y)
print(x == x)
print(x != y)


# A subclass's reflected method is tried first when it overrides it.
class Base:
    def __eq__(self, other):
        return "Base.__eq__"

    def __lt__(self, other):
        return "Base.__lt__"


class Sub(Base):
    def __eq__(self, other):
        return "Sub.__eq__"

    def __gt__(self, other):
        return "Sub.__gt__"


print(Base() == Sub(), Sub() == Base(), Base() < Sub(), Sub() < Base())


# Default: identity equality, no ordering.
class Plain:
    pass


p, q = Plain(), Plain()
print(p == p, p == q, p != q, p != p)
for op in ["<", "<=", ">", ">="]:
    try:
        if op == "<":
            p < q
        elif op == "<=":
            p <= q
        elif op == ">":
            p > q
        else:
            p >= q
    except TypeError as e:
        print(type(e).__name__, e)

try:
    sorted([Plain(), Plain()])
except TypeError as e:
    print(type(e).__name__, e)


# Comparison results need not be bools.
class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __lt__(self, other):
        return [a < b for a, b in zip(self.xs, other.xs)]

    def __eq__(self, other):
        return [a == b for a, b in zip(self.xs, other.xs)]


print(Vec(1, 5, 3) < Vec(2, 2, 3), Vec(1, 5, 3) == Vec(2, 5, 3))
if Vec(1) == Vec(2):
    print("non-empty list is truthy")
