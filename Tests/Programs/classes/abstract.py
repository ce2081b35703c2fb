# Abstract-ish base classes without the abc module: methods raising NotImplementedError, a
# constructor that refuses to instantiate the base, a hand-made registry of required methods
# checked at instantiation, default implementations built on abstract ones, and NotImplemented
# (the value) versus NotImplementedError (the exception).

class Serializer:
    def __init__(self):
        if type(self) is Serializer:
            raise TypeError("Serializer is abstract; use a subclass")

    def encode_value(self, value):
        raise NotImplementedError(f"{type(self).__name__}.encode_value")

    def encode(self, record):
        # A template method on top of the abstract one.
        return self.separator().join([self.encode_value(v) for v in record])

    def separator(self):
        return ","


class CsvSerializer(Serializer):
    def encode_value(self, value):
        text = str(value)
        return '"' + text + '"' if "," in text else text


class PipeSerializer(CsvSerializer):
    def separator(self):
        return " | "


class Lazy(Serializer):
    pass


record = [1, "a,b", 2.5, None]
print(CsvSerializer().encode(record))
print(PipeSerializer().encode(record))
for attempt in [lambda: Serializer(), lambda: Lazy().encode(record), lambda: Lazy().encode([])]:
    try:
        print(repr(attempt()))
    except NotImplementedError as e:
        print("NotImplementedError:", e, isinstance(e, RuntimeError))
    except TypeError as e:
        print("TypeError:", e)


# Required methods checked when instantiating, listing what is missing (sorted).
class Abstract:
    abstract_methods = ()

    def __new__(cls, *args, **kwargs):
        missing = sorted([m for m in cls.abstract_methods if getattr(cls, m, None) is getattr(Abstract, m, None)
                          or getattr(getattr(cls, m), "is_abstract", False)])
        if missing:
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract methods {', '.join(missing)}")
        return super().__new__(cls)


def abstract(fn):
    fn.is_abstract = True
    return fn


class Storage(Abstract):
    abstract_methods = ("read", "write", "delete")

    @abstract
    def read(self, key):
        pass

    @abstract
    def write(self, key, value):
        pass

    @abstract
    def delete(self, key):
        pass

    def copy(self, src, dst):
        self.write(dst, self.read(src))


class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}

    def read(self, key):
        return self.data[key]

    def write(self, key, value):
        self.data[key] = value

    def delete(self, key):
        del self.data[key]


class HalfStorage(Storage):
    def read(self, key):
        return None


m = MemoryStorage()
m.write("a", 1)
m.copy("a", "b")
m.delete("a")
print(m.data)
for cls in [Storage, HalfStorage]:
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


# NotImplemented is the value a binary dunder returns to decline; NotImplementedError is the
# exception for unfinished methods (a subclass of RuntimeError).
class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented


print((Meters(1) + Meters(2)).v, Meters(1).__add__(5), type(NotImplemented).__name__, repr(NotImplemented))
try:
    Meters(1) + 5
except TypeError as e:
    print("TypeError:", e)
try:
    raise NotImplementedError
except RuntimeError as e:
    print(type(e).__name__, repr(e), e.args, [c.__name__ for c in NotImplementedError.__mro__])


# Interface-like checks with hasattr and callable.
class Duck:
    def quack(self):
        return "Quack!"


class Robot:
    quack = "not callable"


class Person:
    def quack(self):
        return "I'm quacking"


for thing in [Duck(), Robot(), Person(), 42]:
    q = getattr(thing, "quack", None)
    if callable(q):
        print(type(thing).__name__, q())
    else:
        print(type(thing).__name__, "cannot quack:", repr(q))
