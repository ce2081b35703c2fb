# Special methods reached through builtins rather than operators: reversed() (__reversed__, or
# __len__ + __getitem__), math.floor/ceil/trunc and round(), bytes() and complex(), isinstance and
# issubclass hooks on a metaclass, __class_getitem__, dir() with __dir__, and assigning __class__.
import math


class Playlist:
    def __init__(self, *songs):
        self.songs = list(songs)

    def __len__(self):
        return len(self.songs)

    def __getitem__(self, i):
        return self.songs[i]

    def __reversed__(self):
        return iter(["(reversed)"] + self.songs[::-1])


class Plain:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i


print(list(reversed(Playlist("a", "b", "c"))), list(reversed(Plain(4))))
try:
    reversed(object())
except TypeError as e:
    print(type(e).__name__, e)


class Measure:
    def __init__(self, v):
        self.v = v

    def __floor__(self):
        return math.floor(self.v)

    def __ceil__(self):
        return math.ceil(self.v)

    def __trunc__(self):
        return int(self.v)

    def __round__(self, ndigits=None):
        return Measure(round(self.v, ndigits)) if ndigits is not None else round(self.v)

    def __repr__(self):
        return f"Measure({self.v})"


m = Measure(-2.567)
print(math.floor(m), math.ceil(m), math.trunc(m), round(m), round(m, 1))
try:
    round(object())
except TypeError as e:
    print(type(e).__name__, e)


class Packet:
    def __init__(self, payload):
        self.payload = payload

    def __bytes__(self):
        return bytes([len(self.payload)]) + self.payload.encode()

    def __complex__(self):
        return complex(len(self.payload), 1)


p = Packet("hi")
print(bytes(p), complex(p), b"%b" % p)


# isinstance/issubclass consult the metaclass's hooks.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Duck(metaclass=DuckMeta):
    pass


class Mallard:
    def quack(self):
        return "quack"


print(isinstance(Mallard(), Duck), isinstance(3, Duck), issubclass(Mallard, Duck), issubclass(int, Duck))
print(isinstance(Mallard(), (int, Duck)))


# __class_getitem__: subscripting a class.
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{getattr(item, '__name__', item)}]"


class IntBox(Box):
    pass


print(Box[int], IntBox[str], Box["x"], type(Box.__dict__["__class_getitem__"]).__name__)
try:
    Mallard[int]
except TypeError as e:
    print(type(e).__name__, e)


# dir() uses __dir__ and sorts its result.
class Shy:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(Shy()))


# Assigning __class__ changes the behaviour of an existing instance (the State pattern's shortcut).
class Closed:
    def open(self):
        self.__class__ = Opened
        return "opening"

    def describe(self):
        return "closed"


class Opened:
    def open(self):
        return "already open"

    def describe(self):
        return "opened"


door = Closed()
print(door.describe(), door.open(), door.describe(), door.open(), type(door).__name__, isinstance(door, Opened))
try:
    door.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
