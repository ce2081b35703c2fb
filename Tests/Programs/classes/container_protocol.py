# The container protocol: __len__, __getitem__, __setitem__, __delitem__, __contains__ with ints,
# negative indices, slices (slice objects and their indices()), keys of any type, and the
# old-style iteration through __getitem__ that stops at IndexError.

class Grid:
    """A 2-D grid addressed as g[row, col]."""

    def __init__(self, rows, cols, fill=0):
        self.rows = rows
        self.cols = cols
        self.cells = [[fill] * cols for _ in range(rows)]

    def __len__(self):
        return self.rows * self.cols

    def _check(self, key):
        r, c = key
        if not (0 <= r < self.rows and 0 <= c < self.cols):
            raise IndexError("grid index out of range: " + repr(key))
        return r, c

    def __getitem__(self, key):
        r, c = self._check(key)
        return self.cells[r][c]

    def __setitem__(self, key, value):
        r, c = self._check(key)
        self.cells[r][c] = value

    def __delitem__(self, key):
        r, c = self._check(key)
        self.cells[r][c] = None

    def __contains__(self, value):
        for row in self.cells:
            if value in row:
                return True
        return False


g = Grid(2, 3)
g[0, 1] = "x"
g[1, 2] = 7
print(len(g), g[0, 1], g[1, 2], g[0, 0], g.cells)
del g[0, 1]
print(g.cells, 7 in g, "x" in g, None in g, 99 not in g)
try:
    g[5, 5]
except IndexError as e:
    print(type(e).__name__, e)


class Seq:
    """A list-like sequence that records the keys it is given."""

    def __init__(self, *items):
        self.items = list(items)
        self.keys = []

    def __len__(self):
        return len(self.items)

    def __getitem__(self, key):
        self.keys.append(key)
        if isinstance(key, slice):
            return Seq(*self.items[key])
        return self.items[key]

    def __setitem__(self, key, value):
        self.items[key] = value

    def __delitem__(self, key):
        del self.items[key]

    def __repr__(self):
        return "Seq" + repr(self.items)


s = Seq(10, 20, 30, 40, 50)
print(s[0], s[-1], s[1:3], s[::2], s[::-1], s[:], s[-2:])
print(s.keys)
k = s.keys[2]
print(type(k).__name__, k.start, k.stop, k.step, k.indices(5), s.keys[4].indices(5))
s[1:3] = ["a", "b", "c"]
print(s)
s[0] = "first"
del s[-1]
del s[::2]
print(s, len(s))
s2 = Seq(1, 2, 3)
s2[len(s2):] = [4, 5]
print(s2)

# No __contains__ and no __iter__: `in` and for loops use __getitem__ until IndexError.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i


sq = Squares(6)
print(list(sq), 16 in sq, 17 in sq, sum(sq), sorted(sq, reverse=True))
for v in Squares(3):
    print("square", v)
a, b, c = Squares(3)
print(a, b, c)


# A mapping class with arbitrary keys and __missing__-like default behaviour.
class DefaultTable:
    def __init__(self, default):
        self.default = default
        self.data = {}

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        return self.default(key)

    def __setitem__(self, key, value):
        self.data[key] = value

    def __delitem__(self, key):
        if key not in self.data:
            raise KeyError(key)
        del self.data[key]

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)


t = DefaultTable(lambda k: "<" + str(k) + ">")
t["a"] = 1
t[(1, 2)] = "tuple"
t[None] = "none"
print(t["a"], t[(1, 2)], t[1, 2], t[None], t["zz"], t[3.5])
print("a" in t, "zz" in t, len(t))
del t["a"]
try:
    del t["a"]
except KeyError as e:
    print(type(e).__name__, e)
print(len(t), bool(t), bool(DefaultTable(None)))

# Subscript augmented assignment: __getitem__ then __setitem__ with the same key.
class Loud:
    def __init__(self):
        self.d = {"x": 1}

    def __getitem__(self, k):
        print("  get", k)
        return self.d[k]

    def __setitem__(self, k, v):
        print("  set", k, v)
        self.d[k] = v


loud = Loud()
loud["x"] += 10
loud["x"] *= 2
print(loud.d)

# Missing protocol methods.
class ReadOnly:
    def __getitem__(self, k):
        return k


ro = ReadOnly()
print(ro[5], ro["k"], ro[1:2], ro[1, 2:3])
for attempt in ["set", "del", "len", "plain-get"]:
    try:
        if attempt == "set":
            ro[0] = 1
        elif attempt == "del":
            del ro[0]
        elif attempt == "len":
            len(ro)
        else:
            object()[0]
    except TypeError as e:
        print(attempt, type(e).__name__, e)

# __contains__ result is converted to bool.
class Everything:
    def __contains__(self, item):
        return item  # any truthy value


print(1 in Everything(), 0 in Everything(), "" in Everything(), "s" not in Everything(), [1] in Everything())


# Half of the mutation protocol: deleting needs __delitem__ even when __setitem__ exists (CPython's
# slot raises a bare AttributeError naming the missing dunder).
class SetOnly:
    def __setitem__(self, k, v):
        print("  stored", k, v)


class DelOnly:
    def __delitem__(self, k):
        print("  deleted", k)


so, do = SetOnly(), DelOnly()
so[1] = 2
del do[3]
for attempt in ["del-on-SetOnly", "set-on-DelOnly", "get-on-SetOnly"]:
    try:
        if attempt == "del-on-SetOnly":
            del so[1]
        elif attempt == "set-on-DelOnly":
            do[1] = 2
        else:
            so[1]
    except (TypeError, AttributeError) as e:

        print(attempt, type(e).__name__, e)
