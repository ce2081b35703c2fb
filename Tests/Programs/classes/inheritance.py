# Inheritance chains: overriding, extending, calling the base explicitly, attribute lookup along
# the chain, isinstance/issubclass across levels, and polymorphic dispatch.

class Animal:
    kind = "animal"

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound

    def speak(self):
        return self.name + " says " + self.sound

    def describe(self):
        return self.name + " is a " + self.kind + " (" + self.legs() + " legs)"

    def legs(self):
        return "some"


class Mammal(Animal):
    kind = "mammal"

    def legs(self):
        return "4"


class Dog(Mammal):
    kind = "dog"

    def __init__(self, name):
        Animal.__init__(self, name, "woof")
        self.tricks = 0

    def speak(self):
        return Mammal.speak(self) + "!"

    def learn(self):
        self.tricks += 1
        return self


class Puppy(Dog):
    def speak(self):
        return Dog.speak(self).upper()


class Bird(Animal):
    kind = "bird"

    def legs(self):
        return "2"


zoo = [Animal("thing"), Mammal("cow", "moo"), Dog("rex"), Puppy("bit"), Bird("tweety", "tweet")]
for creature in zoo:
    print(creature.speak(), "|", creature.describe())

p = Puppy("max")
p.learn().learn()
print(p.tricks, p.kind, Puppy.kind, Puppy.__bases__[0].__name__)
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Bird))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Dog, Dog), issubclass(Bird, object))
print([c.__name__ for c in Puppy.__mro__])
print(Puppy.__base__ is Dog, Dog.__base__ is Mammal, Animal.__base__ is object, object.__base__)
print(Animal.__bases__, Dog.__bases__ == (Mammal,))

# A subclass that adds nothing still works everywhere.
class Cat(Mammal):
    pass


c = Cat("tom", "meow")
print(c.speak(), c.describe(), type(c).__name__)

# Overriding an attribute with a method and a method with an attribute.
class Base:
    value = 1

    def compute(self):
        return self.value * 10


class Derived(Base):
    value = 7


class Constant(Base):
    compute = 42


print(Base().compute(), Derived().compute(), Constant().compute)

# Methods looked up at call time: patching the base affects subclasses.
def new_legs(self):
    return "many"


Animal.legs = new_legs
print(Animal("x").describe(), Dog("y").describe())
del Animal.legs
try:
    Animal("z").describe()
except AttributeError as e:
    print(type(e).__name__, e)

# Deep chain.
class L0:
    def who(self):
        return "L0"


class L1(L0):
    def who(self):
        return "L1>" + L0.who(self)


class L2(L1):
    pass


class L3(L2):
    def who(self):
        return "L3>" + L2.who(self)


print(L3().who(), L2().who())
print(len(L3.__mro__), L3.__mro__[-1] is object)

# Template method pattern.
class Report:
    def render(self):
        return self.header() + "\n" + "\n".join(self.rows()) + "\n" + self.footer()

    def header(self):
        return "== " + self.title + " =="

    def footer(self):
        return "-" * 10

    def rows(self):
        return []


class SalesReport(Report):
    title = "sales"

    def __init__(self, sales):
        self.sales = sales

    def rows(self):
        return [k + ": " + str(v) for k, v in self.sales]

    def footer(self):
        return "total " + str(sum([v for _, v in self.sales]))


print(SalesReport([("north", 10), ("south", 32)]).render())
