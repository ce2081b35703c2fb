# Properties: @property getters, .setter and .deleter, computed attributes, validation in setters,
# read-only properties and their error messages, property() called directly, properties
# overridden and extended in subclasses, property objects inspected on the class.

class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius          # goes through the setter

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError("below absolute zero: " + str(value))
        self._celsius = value

    @celsius.deleter
    def celsius(self):
        print("  deleting celsius")
        del self._celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9


t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 32
print(t.celsius, t.fahrenheit, vars(t))
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(hasattr(t, "celsius"), getattr(t, "celsius", "no value"), vars(t))
try:
    t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)


class Circle:
    PI = 3.14159

    def __init__(self, r):
        self._r = r

    @property
    def radius(self):
        """The radius."""
        return self._r

    @property
    def area(self):
        return round(self.PI * self._r ** 2, 3)


c = Circle(2)
print(c.radius, c.area)
for action in ["set", "del"]:
    try:
        if action == "set":
            c.area = 5
        else:
            del c.radius
    except AttributeError as e:
        print(action, type(e).__name__, e)

# The property object on the class.
prop = Circle.__dict__["radius"]
print(type(prop).__name__, Circle.radius is prop, prop.__doc__, prop.fget(c), prop.fset, prop.fdel)
print(isinstance(Circle.area, property))


# property() called directly, with a docstring.
class Account:
    def __init__(self):
        self._balance = 0
        self.events = []

    def get_balance(self):
        self.events.append("get")
        return self._balance

    def set_balance(self, v):
        self.events.append("set " + str(v))
        self._balance = v

    def del_balance(self):
        self.events.append("del")
        self._balance = 0

    balance = property(get_balance, set_balance, del_balance, "The balance.")
    readonly = property(get_balance)


a = Account()
a.balance = 10
a.balance += 5
print(a.balance, a.readonly)
del a.balance
print(a.balance, a.events, Account.balance.__doc__)


# Properties in subclasses: overriding and extending via the parent's property object.
class Base:
    def __init__(self):
        self._v = 1

    @property
    def value(self):
        return self._v

    @value.setter
    def value(self, v):
        self._v = v


class Doubled(Base):
    @property
    def value(self):
        return super().value * 2


class Logged(Base):
    @Base.value.setter
    def value(self, v):
        print("  Logged sets", v)
        Base.value.fset(self, v)


d = Doubled()
print(d.value)
try:
    d.value = 5
except AttributeError as e:
    print(type(e).__name__, e)
lg = Logged()
lg.value = 9
print(lg.value, Base.value is not Logged.value)


# A property takes precedence over the instance dict (it is a data descriptor).
class Shadow:
    @property
    def x(self):
        return "property"


s = Shadow()
s.__dict__["x"] = "instance"
print(s.x, s.__dict__)


# Lazily computed, cached attribute via a property and a private slot.
class Lazy:
    computations = 0

    @property
    def expensive(self):
        if "_cache" not in self.__dict__:
            Lazy.computations += 1
            self._cache = sum(range(1000))
        return self._cache


lz = Lazy()
print(lz.expensive, lz.expensive, Lazy.computations)


# A getter raising AttributeError lets __getattr__ take over.
class Fallback:
    @property
    def broken(self):
        raise AttributeError("inner")

    def __getattr__(self, name):
        return "getattr:" + name


print(Fallback().broken)

# Property copy methods return new property objects.
p1 = property(lambda self: 1)
p2 = p1.setter(lambda self, v: None)
print(p1 is p2, p1.fset is None, p2.fset is not None, p2.fget is p1.fget)
