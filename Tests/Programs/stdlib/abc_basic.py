# abc: abstract methods, instantiation errors, register, isinstance/issubclass, __subclasshook__.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} area={self.area()} perimeter={self.perimeter()}"


class HalfDone(Shape):
    def area(self):
        return 0


class Square(HalfDone):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def perimeter(self):
        return 4 * self.side


for cls in [Shape, HalfDone, Square]:
    print(cls.__name__, sorted(cls.__abstractmethods__), type(cls).__name__)
    try:
        obj = cls(3) if cls is Square else cls()
        print("made", obj.describe())
    except TypeError as e:
        print("TypeError:", e)

print(ABC.__abstractmethods__, isinstance(ABC, ABCMeta), type(ABC))
print(ABCMeta, ABC, ABCMeta.__module__, ABC.__module__, Shape.__module__)
print(isinstance(Square(1), Shape), issubclass(Square, Shape), issubclass(int, Shape))


# Abstract properties, classmethods, staticmethods.
class Props(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...

    @abc.abstractproperty
    def old_style(self):
        ...


print(sorted(Props.__abstractmethods__))
try:
    Props()
except TypeError as e:
    print("TypeError:", e)


class Concrete(Props):
    @property
    def name(self):
        return "concrete"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return 42

    old_style = "plain"


c = Concrete.make()
print(c.name, c.helper(), c.old_style, Concrete.__abstractmethods__)


class OldStyle(ABC):
    @abc.abstractclassmethod
    def cm(cls):
        ...

    @abc.abstractstaticmethod
    def sm():
        ...


print(sorted(OldStyle.__abstractmethods__))
try:
    OldStyle()
except TypeError as e:
    print("TypeError:", e)
print(abc.abstractproperty.__isabstractmethod__, abc.abstractclassmethod.__isabstractmethod__)


# A single abstract method, and one overridden by a non-function.
class One(ABC):
    @abstractmethod
    def only(self):
        ...


try:
    One()
except TypeError as e:
    print("TypeError:", e)


class Filled(One):
    only = None


print(Filled().only, Filled.__abstractmethods__)


# The abstract method can still be called through super().
class Base(ABC):
    @abstractmethod
    def greet(self):
        return "base greeting"


class Child(Base):
    def greet(self):
        return "child + " + super().greet()


print(Child().greet())


# register() and virtual subclasses.
class Drawable(ABC):
    @abstractmethod
    def draw(self):
        ...


class Circle:
    def draw(self):
        return "circle"


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
token = abc.get_cache_token()
print(Drawable.register(Circle) is Circle)
print(abc.get_cache_token() != token)
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), Drawable not in Circle.__mro__)


class BigCircle(Circle):
    pass


print(issubclass(BigCircle, Drawable), isinstance(BigCircle(), Drawable))


@Drawable.register
class Line:
    pass


print(Line.__name__, issubclass(Line, Drawable), isinstance(Line(), Drawable))
Drawable.register(int)
print(isinstance(5, Drawable), issubclass(bool, Drawable), isinstance("s", Drawable))
print(Drawable.register(Drawable) is Drawable)
try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError:", e)


class SubDrawable(Drawable):
    pass


try:
    SubDrawable.register(Drawable)
except RuntimeError as e:
    print("RuntimeError:", e)
print(issubclass(float, SubDrawable))
SubDrawable.register(float)
print(issubclass(float, SubDrawable), issubclass(float, Drawable), isinstance(1.5, Drawable))
try:
    issubclass(3, Drawable)
except TypeError as e:
    print("TypeError:", e)


# __subclasshook__.
class SupportsClose(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        if cls is SupportsClose:
            if any("close" in klass.__dict__ for klass in other.__mro__):
                return True
        return NotImplemented


class File:
    def close(self):
        pass


class Sock(File):
    pass


print(issubclass(File, SupportsClose), isinstance(Sock(), SupportsClose), issubclass(int, SupportsClose))


class Never(ABC):
    @classmethod
    def __subclasshook__(cls, other):
        return False


class Explicit(Never):
    pass


Never.register(str)
print(issubclass(Explicit, Never), issubclass(str, Never), isinstance("x", Never))


# Metaclass keywords and __init_subclass__ pass through.
class Plugin(ABC):
    registry = []

    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.registry.append((cls.__name__, key))


class P1(Plugin, key="one"):
    pass


class P2(Plugin):
    pass


print(Plugin.registry)


# update_abstractmethods.
class Pending(ABC):
    @abstractmethod
    def run(self):
        ...


def implement(cls):
    cls.run = lambda self: "ran"
    return abc.update_abstractmethods(cls)


@implement
class Done(Pending):
    pass


print(sorted(Done.__abstractmethods__), Done().run())
print(abc.update_abstractmethods(int) is int)


# An ABC with a custom metaclass derived from ABCMeta.
class Meta(ABCMeta):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.tag = name.lower()
        return cls


class Tagged(metaclass=Meta):
    @abstractmethod
    def f(self):
        ...


class TaggedImpl(Tagged):
    def f(self):
        return self.tag


print(TaggedImpl().f(), type(TaggedImpl).__name__, sorted(Tagged.__abstractmethods__))
try:
    Tagged()
except TypeError as e:
    print("TypeError:", e)
