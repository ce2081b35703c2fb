# Classes defined inside functions: a new class per call, closures over the function's locals
# (read in methods and in the class body), nonlocal updates from methods, qualnames with
# <locals> in reprs and error messages, class factories.

def make_counter_class(start, step):
    calls = []

    class Counter:
        initial = start * 10          # the class body sees the enclosing function's locals

        def __init__(self):
            self.value = start

        def next(self):
            nonlocal step
            calls.append(self.value)
            self.value += step
            return self.value

        def speed_up(self):
            nonlocal step
            step *= 2

    return Counter, calls


C1, log1 = make_counter_class(0, 1)
C2, log2 = make_counter_class(100, -5)
a, b = C1(), C1()
print(a.next(), a.next(), b.next(), C1.initial, C2.initial)
a.speed_up()
print(a.next(), b.next(), log1)
c = C2()
print(c.next(), c.next(), log2)
print(C1 is C2, C1.__name__, C1.__qualname__)
print(C1)
print(type(a).__qualname__, type(c) is C2, isinstance(a, C2))


def make_point_class(dims):
    names = "xyzw"[:dims]

    class Point:
        def __init__(self, *coords):
            if len(coords) != dims:
                raise TypeError(f"need {dims} coordinates, got {len(coords)}")
            self.coords = coords

        def __repr__(self):
            return "P" + str(dims) + "(" + ", ".join([n + "=" + str(v) for n, v in zip(names, self.coords)]) + ")"

        def __add__(self, other):
            return Point(*[p + q for p, q in zip(self.coords, other.coords)])

    Point.__name__ = "Point" + str(dims)
    return Point


P2, P3 = make_point_class(2), make_point_class(3)
print(P2(1, 2) + P2(3, 4), P3(1, 1, 1) + P3(0, 1, 2), P2.__name__, P2.__qualname__)
try:
    P3(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


# Errors raised inside local classes name them by qualname.
def factory():
    class Local:
        def method(self, x):
            return x

        class Deeper:
            pass

    return Local


Local = factory()
print(Local.__qualname__, Local.Deeper.__qualname__, Local.method.__qualname__)
try:
    Local().method()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Local().method(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Local(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Local().nothing
except AttributeError as e:
    print(type(e).__name__, e)


# A local class inheriting from a global one and from another local one.
class Base:
    def hello(self):
        return "base hello"


def build(greeting):
    class Mid(Base):
        def hello(self):
            return greeting + " / " + super().hello()

    class Leaf(Mid):
        def hello(self):
            return "leaf: " + super().hello()

    return Leaf


Leaf = build("hi")
print(Leaf().hello(), [k.__qualname__ for k in Leaf.__mro__])

# Local classes in a loop: each iteration builds a new class capturing the loop variable's cell.
def make_all():
    classes = []
    for n in range(3):
        class K:
            number = n

            def get(self):
                return n
        classes.append(K)
    return classes


ks = make_all()
print([k.number for k in ks], [k().get() for k in ks], ks[0] is ks[1])


# Local exception classes.
def parse(text):
    class ParseError(ValueError):
        pass

    try:
        if not text.isdigit():
            raise ParseError("not a number: " + repr(text))
        return int(text)
    except ParseError as e:
        return type(e).__qualname__ + ": " + str(e) + " / is ValueError: " + str(isinstance(e, ValueError))


print(parse("42"), parse("4x"))
