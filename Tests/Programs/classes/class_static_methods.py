# classmethod and staticmethod: alternative constructors that respect subclasses, class-level
# registries, static helpers called through the class and through instances, classmethod objects
# and their __func__, calling them with the wrong arguments.

class Date:
    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        y, m, d = [int(p) for p in text.split("-")]
        return cls(y, m, d)

    @classmethod
    def from_tuple(cls, t):
        return cls(*t)

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    @staticmethod
    def days_in_month(year, month):
        if month == 2:
            return 29 if Date.is_leap(year) else 28
        return 30 if month in (4, 6, 9, 11) else 31

    def valid(self):
        return 1 <= self.month <= 12 and 1 <= self.day <= self.days_in_month(self.year, self.month)

    def __repr__(self):
        return f"{type(self).__name__}({self.year}, {self.month}, {self.day})"


class EuroDate(Date):
    def __str__(self):
        return f"{self.day:02d}.{self.month:02d}.{self.year}"


d = Date.from_string("2024-02-29")
e = EuroDate.from_string("2023-02-29")
print(d, d.valid(), e, e.valid(), str(e), type(e).__name__)
print(EuroDate.from_tuple((1999, 12, 31)), Date.from_tuple([2000, 1, 1]))
print(Date.is_leap(1900), Date.is_leap(2000), d.is_leap(2023), EuroDate.is_leap(2024))
print([Date.days_in_month(2023, m) for m in range(1, 13)])
print(d.from_string("2020-01-02"), e.from_string("2020-01-02"))


# Class-level state managed by classmethods, per subclass via cls.
class Shape:
    registry = {}
    created = 0

    @classmethod
    def register(cls, name):
        Shape.registry[name] = cls
        return cls

    @classmethod
    def create(cls, name, *args):
        cls.created += 1
        return Shape.registry[name](*args)

    @classmethod
    def count(cls):
        return cls.__name__ + ":" + str(cls.created)


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2


class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


Square.register("square")
Rect.register("rect")
shapes = [Shape.create("square", 3), Rect.create("rect", 2, 5), Square.create("square", 1)]
print([s.area() for s in shapes], [type(s).__name__ for s in shapes])
print(Shape.count(), Square.count(), Rect.count(), sorted(Shape.registry))


# The descriptor objects themselves.
cm = Date.__dict__["from_string"]
sm = Date.__dict__["is_leap"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__ is Date.is_leap)
bound = Date.from_string
print(bound.__self__ is Date, bound.__func__ is cm.__func__, EuroDate.from_string.__self__ is EuroDate)
print(d.from_string.__self__ is Date)

# classmethod/staticmethod applied by call rather than decorator syntax.
class Util:
    def _twice(x):
        return x * 2

    twice = staticmethod(_twice)

    def _name(cls):
        return cls.__name__

    name = classmethod(_name)


class SubUtil(Util):
    pass


print(Util.twice(4), Util().twice("ab"), SubUtil.name(), SubUtil().name())

# A staticmethod is callable directly in 3.10+.
print(sm(2024), callable(sm), callable(cm))

# Wrong argument counts, with CPython's qualified names.
try:
    Date.is_leap()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Date.from_string("2020-01-01", "extra")
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.is_leap(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Date.valid()
except TypeError as e:
    print(type(e).__name__, e)


# Factory classmethod using cls() with keyword arguments and defaults.
class Config:
    def __init__(self, host="localhost", port=80, debug=False):
        self.host, self.port, self.debug = host, port, debug

    @classmethod
    def from_dict(cls, d):
        return cls(**d)

    @classmethod
    def development(cls):
        return cls(debug=True, port=8000)

    def __repr__(self):
        return f"Config({self.host!r}, {self.port}, {self.debug})"


print(Config.from_dict({"port": 443, "host": "example.org"}), Config.development(), Config())
try:
    Config.from_dict({"colour": "red"})
except TypeError as e:
    print(type(e).__name__, e)
