# Cooperative multiple inheritance: every class calls super() so that each __init__ and each
# method in the MRO runs exactly once, with keyword arguments peeled off along the way. Mixins.

class Root:
    def __init__(self, **kwargs):
        if kwargs:
            raise TypeError("unexpected arguments: " + ", ".join(sorted(kwargs)))
        self.trace = ["Root"]

    def draw(self):
        return ["Root.draw"]


class Shape(Root):
    def __init__(self, shapename="?", **kwargs):
        self.shapename = shapename
        super().__init__(**kwargs)
        self.trace.append("Shape")

    def draw(self):
        return ["Shape.draw"] + super().draw()


class Colored(Root):
    def __init__(self, color="black", **kwargs):
        self.color = color
        super().__init__(**kwargs)
        self.trace.append("Colored")

    def draw(self):
        return ["Colored.draw"] + super().draw()


class Bordered(Root):
    def __init__(self, border=1, **kwargs):
        self.border = border
        super().__init__(**kwargs)
        self.trace.append("Bordered")

    def draw(self):
        return ["Bordered.draw"] + super().draw()


class Widget(Shape, Colored, Bordered):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.trace.append("Widget")

    def draw(self):
        return ["Widget.draw"] + super().draw()


w = Widget(shapename="box", color="red", border=3)
print(w.shapename, w.color, w.border)
print(w.trace)
print(w.draw())
print([c.__name__ for c in Widget.__mro__])

try:
    Widget(shapename="x", size=10)
except TypeError as e:
    print(type(e).__name__, e)


# Mixins that add behaviour to unrelated classes.
class ReprMixin:
    def __repr__(self):
        fields = ", ".join([k + "=" + repr(v) for k, v in self.__dict__.items()])
        return type(self).__name__ + "(" + fields + ")"


class EqMixin:
    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __ne__(self, other):
        return not self == other

    __hash__ = None


class ComparableByKeyMixin:
    def __lt__(self, other):
        return self.key() < other.key()


class Person(ReprMixin, EqMixin, ComparableByKeyMixin):
    def __init__(self, name, age):
        self.name = name
        self.age = age

    def key(self):
        return (self.age, self.name)


people = [Person("bob", 30), Person("amy", 25), Person("cat", 30)]
print(people)
print(sorted(people))
print(Person("x", 1) == Person("x", 1), Person("x", 1) != Person("x", 2), Person("x", 1) == 3)


# A diamond where each level logs itself exactly once.
class Logger:
    def log(self):
        return ["Logger"]


class FileLogger(Logger):
    def log(self):
        return ["FileLogger"] + super().log()


class NetLogger(Logger):
    def log(self):
        return ["NetLogger"] + super().log()


class BothLogger(FileLogger, NetLogger):
    def log(self):
        return ["BothLogger"] + super().log()


print(BothLogger().log())
print(FileLogger().log())


# Stacking mixins that transform a value via super().
class Base:
    def process(self, text):
        return text


class Strip(Base):
    def process(self, text):
        return super().process(text.strip())


class Upper(Base):
    def process(self, text):
        return super().process(text.upper())


class Exclaim(Base):
    def process(self, text):
        return super().process(text) + "!"


class Pipeline(Exclaim, Upper, Strip):
    pass


class Pipeline2(Strip, Exclaim, Upper):
    pass


print(repr(Pipeline().process("  hi there ")))
print(repr(Pipeline2().process("  hi there ")))
