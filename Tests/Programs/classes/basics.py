# Simple classes: __init__, methods, instance state, methods calling methods, bound methods as values.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)

    def distance2(self, other):
        return (self.x - other.x) ** 2 + (self.y - other.y) ** 2

    def describe(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"


p = Point(1, 2)
q = p.moved(3, 4)
print(p.describe(), q.describe())
print(p.distance2(q))
print(p.x, p.y, q.x, q.y)
p.x = 10
print(p.describe())
p.z = "extra"
print(p.z)


class Counter:
    def __init__(self, start=0, step=1):
        self.value = start
        self.step = step
        self.history = []

    def tick(self):
        self.history.append(self.value)
        self.value += self.step
        return self

    def ticks(self, n):
        for _ in range(n):
            self.tick()
        return self.value


c = Counter()
print(c.tick().tick().value)
print(c.ticks(3), c.history)
d = Counter(step=5, start=100)
print(d.ticks(2), d.history)

# Bound methods are first-class values that remember their instance.
tick = c.tick
tick()
tick()
print(c.value, len(c.history))
print(tick.__self__ is c, tick.__func__ is Counter.tick)
print(tick.__name__, tick.__qualname__)

# Calling through the class passes self explicitly.
Counter.tick(d)
print(d.value)

methods = [c.tick, d.tick]
for m in methods:
    m()
print(c.value, d.value)


class Empty:
    pass


e = Empty()
e.a = 1
e.b = [1, 2]
e.b.append(3)
print(e.a, e.b)
print(type(e).__name__, isinstance(e, Empty), isinstance(e, object))


# A method with defaults, *args and **kwargs.
class Formatter:
    def __init__(self, sep=", "):
        self.sep = sep

    def join(self, *items, prefix="", **extra):
        text = prefix + self.sep.join([str(i) for i in items])
        if extra:
            text += " " + " ".join([k + "=" + str(v) for k, v in sorted(extra.items())])
        return text


f = Formatter()
print(f.join(1, 2, 3))
print(f.join("a", "b", prefix="> "))
print(Formatter(sep="|").join(1, 2, z=3, a=4))
print(f.join())


# Instances are distinct; attributes are per instance.
a1 = Point(0, 0)
a2 = Point(0, 0)
print(a1 is a2, a1 == a2, a1 is a1, a1 == a1)
a1.x = 5
print(a1.x, a2.x)


# Methods stored in data structures and called later.
class Greeter:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return "hello " + self.name

    def bye(self):
        return "bye " + self.name


g = Greeter("ann")
actions = {"h": g.hello, "b": g.bye}
for key in "hbh":
    print(actions[key]())
print(getattr(g, "hello")())
