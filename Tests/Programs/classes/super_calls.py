# super() with and without arguments: in __init__, in ordinary methods, in classmethods and
# staticmethod-free helpers, two-argument super skipping part of the MRO, super objects' attributes.

class Base:
    def __init__(self, name):
        self.name = name
        self.log = ["Base.__init__"]

    def greet(self, punctuation="."):
        return "hello from " + self.name + punctuation

    @classmethod
    def create(cls, name):
        return cls(name)

    def kind(self):
        return "base"


class Child(Base):
    def __init__(self, name, age):
        super().__init__(name)
        self.age = age
        self.log.append("Child.__init__")

    def greet(self, punctuation="!"):
        return super().greet(punctuation) + " (age " + str(self.age) + ")"

    @classmethod
    def create(cls, name):
        obj = cls.__new__(cls)
        Base.__init__(obj, name)
        obj.age = 0
        obj.log.append("Child.create")
        return obj

    def kind(self):
        return "child of " + super().kind()


class GrandChild(Child):
    def __init__(self, name):
        super(GrandChild, self).__init__(name, 1)
        self.log.append("GrandChild.__init__")

    def kind(self):
        # Skip Child's version on purpose.
        return "grandchild, " + super(Child, self).kind()

    def greet(self, punctuation="?"):
        return super().greet(punctuation)


c = Child("ann", 30)
print(c.greet(), c.log, c.kind())
g = GrandChild("bo")
print(g.greet(), g.log, g.kind())
made = Child.create("cy")
print(made.name, made.age, made.log, type(made).__name__)
made2 = GrandChild.create("di")
print(type(made2).__name__, made2.log)

# super() in a classmethod goes through the class.
class Registry:
    items = []

    @classmethod
    def describe(cls):
        return "Registry(" + cls.__name__ + ")"


class SubRegistry(Registry):
    @classmethod
    def describe(cls):
        return "Sub<" + super().describe() + ">"


print(SubRegistry.describe(), SubRegistry().describe())

# super objects.
class Alpha:
    def hello(self):
        return "alpha"


class Beta(Alpha):
    def hello(self):
        s = super()
        print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is self)
        return "beta+" + s.hello()

    def check(self):
        return super(Beta, self).hello(), super(Alpha, self).__class__.__name__


b = Beta()
print(b.hello())
print(b.check())
print(super(Beta, b).hello())
print(super(Beta, Beta).hello(b))

# super() reaching object's methods.
class Plain:
    def __init__(self):
        super().__init__()
        self.ok = True

    def __repr__(self):
        return "Plain/" + super().__repr__()[:8]

    def __eq__(self, other):
        return super().__eq__(other)

    __hash__ = object.__hash__


p = Plain()
print(p.ok, repr(p), p == p, p == Plain(), p.__eq__(3))

# __setattr__ forwarding to super (a common idiom).
class Recorder:
    def __init__(self):
        self.changes = []

    def __setattr__(self, name, value):
        if name != "changes":
            self.changes.append(name)
        super().__setattr__(name, value)


r = Recorder()
r.x = 1
r.y = 2
r.x = 3
print(r.changes, r.x, r.y)

# super() errors.
class Lonely:
    def method(self):
        return super(int, self).__str__()


try:
    Lonely().method()
except TypeError as e:
    print(type(e).__name__, e)

try:
    super(3, 4)
except TypeError as e:
    print(type(e).__name__, e)


def outside():
    return super().x


try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)

# super() inside a nested function of a method still finds __class__ when the function has self.
class Outer(Alpha):
    def hello(self):
        def inner():
            return super(Outer, self).hello()
        return "outer:" + inner()


print(Outer().hello())

# Method defined with an explicit __class__ reference.
class Self:
    def cls_name(self):
        return __class__.__name__


class SelfSub(Self):
    pass


print(SelfSub().cls_name(), type(SelfSub()).__name__)
