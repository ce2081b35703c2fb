# Subclassing builtins: list, dict, int, str, float, tuple-free. Overridden methods, extra
# attributes on instances, results of inherited operations (which return the base type),
# __missing__ on dict subclasses, super() calls into builtin methods, isinstance with the base.

class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]

    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"


s = Stack([1, 2])
s.push(3)
s.label = "mine"
print(s, s.peek(), len(s), s.pop(), s, s.label)
print(isinstance(s, list), type(s).__name__, type(s + [9]).__name__, s + [9], s * 2, s == [1, 2])
print(sorted(Stack([3, 1, 2])), list(reversed(s)), s[0], s[-1:], 2 in s, type(s[:]).__name__)
s.extend([7, 8])
s.sort(reverse=True)
print(s, sum(s), max(s))
s += [0]
print(s, type(s).__name__)


class UniqueList(list):
    def append(self, item):
        if item not in self:
            super().append(item)

    def extend(self, items):
        for i in items:
            self.append(i)


u = UniqueList()
for x in [3, 1, 3, 2, 1]:
    u.append(x)
u.extend([2, 5, 5])
print(u, len(u))


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, key):
        self[key] += 1
        return self

    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


c = Counter()
for word in "the cat and the hat and the bat".split():
    c.add(word)
print(c["the"], c["zebra"], "zebra" in c, len(c), c.most_common(2))
print(c, isinstance(c, dict), dict(c) == c, c.get("zebra"), c.get("cat"))


class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


dd = DefaultDict(list, a=[1])
dd["b"].append(2)
dd["a"].append(3)
print(dd, sorted(dd.keys()), dd.factory.__name__)


class LoggingDict(dict):
    def __setitem__(self, key, value):
        print("  set", key, "=", value)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        value = super().__getitem__(key)
        print("  get", key, "->", value)
        return value


ld = LoggingDict()
ld["x"] = 1
ld["x"] += 1
print(ld, ld.get("x"))


class Money(int):
    def __new__(cls, amount, currency="EUR"):
        obj = super().__new__(cls, amount)
        obj.currency = currency
        return obj

    def __repr__(self):
        return f"Money({int(self)}, {self.currency!r})"

    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)


m = Money(5)
n = Money(7, "USD")
print(m, n, m + n, m + 1, 1 + m, m * 2, type(m * 2).__name__, isinstance(m, int))
print(m == 5, m < n, hash(m) == hash(5), [10, 20, 30, 40, 50, 60][m], f"{m:04d}", str(m))


class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}°C"


t = Celsius(21.456)
print(t, repr(t), t + 1, type(t + 1).__name__, round(t, 1), isinstance(t, float))


class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())

    def shout(self):
        return self + "!"


up = Upper("hello")
print(up, repr(up), up.shout(), len(up), up.lower(), type(up.lower()).__name__, up == "HELLO")
print(up.startswith("HE"), up[1:3], "L" in up, up.split("L"), f"[{up:>8}]", {up: 1}["HELLO"])


class Path(str):
    def join(self, *parts):
        return Path("/".join([self] + list(parts)))

    @property
    def parts(self):
        return [p for p in self.split("/") if p]


p = Path("/usr").join("local", "bin")
print(p, p.parts, type(p).__name__, isinstance(p, str))


class Flags(int):
    names = ["read", "write", "exec"]

    def __str__(self):
        return "|".join([n for i, n in enumerate(self.names) if self & (1 << i)]) or "none"


print(Flags(5), Flags(0), Flags(7), Flags(3) + 1, str(Flags(2)))


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]

    def swap(self):
        return Pair(self[1], self[0])


pr = Pair(1, "x")
print(pr, pr.first, pr.swap(), len(pr), pr == (1, "x"), type(pr.swap()).__name__)
