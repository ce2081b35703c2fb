# Descriptors: data descriptors (__get__ + __set__ / __delete__) with __set_name__, validated
# typed fields, non-data descriptors (only __get__) shadowed by the instance dict, access on the
# class (instance None), descriptors that compute from other attributes, a hand-written property.

class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.storage = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.owner}.{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        print("  delete", self.name)
        delattr(obj, self.storage)


class Positive(Typed):
    def __set__(self, obj, value):
        super().__set__(obj, value)
        if value <= 0:
            raise ValueError(f"{self.name} must be positive")


class Product:
    name = Typed(str, "?")
    price = Positive(float)
    qty = Positive(int, 0)

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty


p = Product("pen", 1.5, 4)
print(p.name, p.price, p.qty, p.total(), sorted(vars(p).items()))
for field, value in [("name", 3), ("price", 2), ("qty", -1), ("qty", 2.5)]:
    try:
        setattr(p, field, value)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(p.qty)
del p.qty
print(p.qty)
d = Product.__dict__["price"]
print(type(Product.price).__name__, Product.price is d, d.name, d.storage, d.owner)


# A non-data descriptor (method-like): an instance attribute of the same name wins over it.
class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.name] = value     # cache: next lookups bypass the descriptor
        return value


class Report:
    computed = 0

    def __init__(self, data):
        self.data = data

    @Lazy
    def stats(self):
        Report.computed += 1
        return (min(self.data), max(self.data), sum(self.data))


r = Report([4, 1, 9])
print(r.stats, r.stats, Report.computed, "stats" in vars(r), type(Report.stats).__name__)
r.stats = "overridden"
print(r.stats)


# A data descriptor wins over the instance dict.
class Always:
    def __get__(self, obj, objtype=None):
        return "descriptor"

    def __set__(self, obj, value):
        obj.__dict__["shadow_attempt"] = value


class Host:
    attr = Always()


h = Host()
h.attr = 5
h.__dict__["attr"] = "in dict"
print(h.attr, h.__dict__, Host.attr)


# __get__ receives the owner class too: a descriptor usable on the class.
class ClassName:
    def __get__(self, obj, objtype=None):
        return ("instance of " if obj is not None else "class ") + objtype.__name__


class Thing:
    who = ClassName()


class SubThing(Thing):
    pass


print(Thing.who, Thing().who, SubThing.who, SubThing().who)


# A hand-written property built on the descriptor protocol.
class MyProperty:
    def __init__(self, fget, fset=None):
        self.fget = fget
        self.fset = fset

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.fget(obj)

    def __set__(self, obj, value):
        if self.fset is None:
            raise AttributeError("read-only")
        self.fset(obj, value)

    def setter(self, fset):
        return MyProperty(self.fget, fset)


class Box:
    def __init__(self):
        self._w = 1

    @MyProperty
    def width(self):
        return self._w

    @width.setter
    def width(self, v):
        self._w = max(0, v)

    @MyProperty
    def area(self):
        return self._w * self._w


b = Box()
b.width = 7
print(b.width, b.area)
b.width = -3
print(b.width)
try:
    b.area = 1
except AttributeError as e:
    print(type(e).__name__, e)


# __set_name__ is called for every descriptor in the body, in definition order, with its name;
# not for ones attached later.
class Named:
    def __set_name__(self, owner, name):
        print("  __set_name__", owner.__name__, name)
        self.name = name


class Model:
    first = Named()
    second = Named()
    alias = first


Model.later = Named()
print(Model.first.name, Model.second.name, hasattr(Model.later, "name"))

# Methods are descriptors too: functions bind through __get__.
def free(self):
    return "free function bound to " + type(self).__name__


bound = free.__get__(Thing(), Thing)
print(bound(), type(bound).__name__)


# A failing __set_name__ is reported (CPython 3.11) as a RuntimeError caused by the original error.
class LowerCaseField:
    def __set_name__(self, owner, name):
        if not name.islower():
            raise ValueError(f"field names must be lower case: {name}")


try:
    class BadModel:
        ok = LowerCaseField()
        NotOk = LowerCaseField()
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__, e.__cause__)
