# type(name, bases, dict): classes built at run time, with methods from functions and lambdas,
# inheritance from static and dynamic classes, __init__ in the dict, super() in a two-argument
# form, attributes added afterwards, the one-argument form, and type()'s argument errors.

def init(self, x):
    self.x = x


def describe(self):
    return f"{type(self).__name__}(x={self.x})"


Point = type("Point", (), {"__init__": init, "describe": describe, "dims": 1})
p = Point(5)
print(p.describe(), Point.dims, Point.__name__, Point.__qualname__, Point.__bases__, Point.__module__)
print(type(Point), isinstance(p, Point), Point.__mro__)


class Base:
    def hello(self):
        return "hello from Base"


def sub_hello(self):
    return "sub: " + super(Sub, self).hello()


Sub = type("Sub", (Base,), {"hello": sub_hello, "__repr__": lambda self: "<Sub instance>"})
s = Sub()
print(s.hello(), repr(s), s, issubclass(Sub, Base), [c.__name__ for c in Sub.__mro__])

# Dunders given in the dict are routed like class-statement ones.
Vec = type("Vec", (), {
    "__init__": lambda self, *c: setattr(self, "c", c),
    "__add__": lambda self, o: Vec(*[a + b for a, b in zip(self.c, o.c)]),
    "__eq__": lambda self, o: self.c == o.c,
    "__len__": lambda self: len(self.c),
    "__getitem__": lambda self, i: self.c[i],
    "__repr__": lambda self: "Vec" + repr(self.c),
    "__hash__": None,
})
v = Vec(1, 2) + Vec(10, 20)
print(v, len(v), v[1], list(v), v == Vec(11, 22), bool(Vec()))
try:
    hash(v)
except TypeError as e:
    print(type(e).__name__, e)

# Building a family of classes in a loop.
shapes = {}
for name, sides in [("Triangle", 3), ("Square", 4), ("Pentagon", 5)]:
    shapes[name] = type(name, (object,), {"sides": sides, "angle_sum": (sides - 2) * 180})
print([(n, c.sides, c.angle_sum, c.__name__) for n, c in shapes.items()])

# A dynamic class extending a dynamic class; attributes added afterwards are inherited.
Animal = type("Animal", (), {"sound": "...", "speak": lambda self: self.sound})
Dog = type("Dog", (Animal,), {"sound": "woof"})
Animal.legs = 4
Dog.fetch = lambda self: "fetching"
print(Dog().speak(), Dog().legs, Dog().fetch(), hasattr(Animal(), "fetch"))

# __qualname__ and __module__ from the dict; __doc__.
T = type("T", (), {"__qualname__": "Outer.T", "__module__": "mymod", "__doc__": "Doc."})
print(T.__name__, T.__qualname__, T.__module__, T.__doc__, T)

# The one-argument form returns the type.
print(type(3), type(Dog()), type(T) is type)

# Errors.
for args in [("X",), ("X", ()), ("X", (), {}, 1), (1, (), {}), ("X", [], {}), ("X", (), []), ("X", (3,), {})]:
    try:
        type(*args)
        print("created with", args)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    type("Bad", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)

# The namespace dict is copied: later changes to it do not affect the class.
ns = {"a": 1}
C = type("C", (), ns)
ns["a"] = 2
ns["b"] = 3
print(C.a, hasattr(C, "b"))

# Class attributes set and deleted on a dynamic class.
setattr(C, "c", "new")
delattr(C, "a")
print(C.c, hasattr(C, "a"), sorted([k for k in vars(C) if not k.startswith("__")]))
