# How special methods are found: on the type, never on the instance; dunders assigned to a class
# after creation (and to a base class, seen by subclasses) take effect at once; deleting a dunder
# restores the inherited behaviour; a dunder set to None disables the operation; explicit calls
# such as x.__add__(y) and type(x).__len__(x) behave like ordinary attribute lookups.

class Box:
    def __init__(self, v):
        self.v = v


b = Box(3)
b.__len__ = lambda: 99
b.__repr__ = lambda: "instance repr"
print(b.__len__(), hasattr(b, "__len__"))
try:
    len(b)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(b).startswith("<__main__.Box object"))

# Assigning dunders to the class after creation.
Box.__len__ = lambda self: self.v
Box.__repr__ = lambda self: f"Box({self.v})"
Box.__add__ = lambda self, other: Box(self.v + (other.v if isinstance(other, Box) else other))
Box.__eq__ = lambda self, other: isinstance(other, Box) and self.v == other.v
Box.__getitem__ = lambda self, i: self.v * i
Box.__iter__ = lambda self: iter(range(self.v))
Box.__bool__ = lambda self: self.v > 1
Box.__call__ = lambda self, *a: ("called", a)
Box.__neg__ = lambda self: Box(-self.v)
Box.__contains__ = lambda self, x: x == self.v
Box.__lt__ = lambda self, other: self.v < other.v
print(len(b), repr(b), b + 1, b + Box(10), b == Box(3), b != Box(3), b[5], list(b), bool(b), bool(Box(1)))
print(b(1, 2), -b, 3 in b, 4 in b, sorted([Box(2), Box(1)]), b < Box(4))


# A subclass created before the base gains a dunder sees it too.
class Base:
    pass


class Derived(Base):
    pass


d = Derived()
try:
    d + 1
except TypeError as e:
    print("before:", e)
Base.__add__ = lambda self, other: "Base.__add__ with " + repr(other)
Base.__str__ = lambda self: "a " + type(self).__name__
print(d + 1, str(d), Base() + 2)
Derived.__add__ = lambda self, other: "Derived.__add__"
print(d + 1, Base() + 1)
del Derived.__add__
print(d + 1)
del Base.__add__
try:
    d + 1
except TypeError as e:
    print("after delete:", e)
del Base.__str__
print(str(d).startswith("<__main__.Derived object"))


# Deleting an overriding dunder falls back to the base class's one.
class Animal:
    def __repr__(self):
        return "Animal()"

    def __len__(self):
        return 4


class Snake(Animal):
    def __repr__(self):
        return "Snake()"

    def __len__(self):
        return 0


s = Snake()
print(repr(s), len(s), bool(s))
del Snake.__repr__
del Snake.__len__
print(repr(s), len(s), bool(s))


# A dunder set to None disables the operation with the operation's own error.
class NoIter(list):
    __iter__ = None


class NoLen:
    __len__ = None


class NoContains:
    __contains__ = None

    def __iter__(self):
        return iter([1, 2])


for label, fn in [("iter", lambda: iter(NoIter([1]))), ("len", lambda: len(NoLen())),
                  ("in", lambda: 1 in NoContains()), ("hash", lambda: hash(type("H", (), {"__hash__": None})()))]:
    try:
        print(label, fn())
    except TypeError as e:
        print(label, type(e).__name__, e)


# Explicit dunder calls are normal attribute lookups: instance attributes do shadow them.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Num(self.v + other.v)

    def __repr__(self):
        return f"Num({self.v})"


x, y = Num(1), Num(2)
print(x.__add__(y), Num.__add__(x, y), type(x).__add__(x, y), x.__add__, x.__repr__())
x.__add__ = lambda other: "instance attribute"
print(x.__add__(y), x + y)

# Dunders in the class __dict__.
print(sorted([k for k in vars(Num) if k.startswith("__") and k not in ("__dict__", "__weakref__", "__doc__", "__module__")]))
print(Num.__add__.__name__, Num.__add__.__qualname__, Box.__len__.__name__)

# Special method lookup on classes goes to the metaclass: len(SomeClass) fails even if the class
# defines __len__ for its instances.
class Sized:
    def __len__(self):
        return 7


print(len(Sized()))
try:
    len(Sized)
except TypeError as e:
    print(type(e).__name__, e)
