# Class attributes versus instance attributes: lookup order, shadowing, shared mutable state,
# counters kept on the class, attributes added to the class later.

class Dog:
    species = "canis familiaris"
    count = 0
    tricks = []          # shared by every instance: a classic mistake, shown on purpose

    def __init__(self, name):
        self.name = name
        self.own_tricks = []
        Dog.count += 1

    def add_shared(self, trick):
        self.tricks.append(trick)

    def add_own(self, trick):
        self.own_tricks.append(trick)


a = Dog("rex")
b = Dog("fido")
print(Dog.count, a.count, b.count)
print(a.species, b.species, Dog.species)
a.add_shared("roll")
b.add_shared("sit")
print(a.tricks, b.tricks, Dog.tricks)
a.add_own("beg")
print(a.own_tricks, b.own_tricks)

# Assigning through an instance shadows the class attribute for that instance only.
a.species = "wolf"
print(a.species, b.species, Dog.species)
print("species" in vars(a), "species" in vars(b))
del a.species
print(a.species)

# Changing the class attribute is seen by every instance that does not shadow it.
Dog.species = "dog"
print(a.species, b.species)

# Augmented assignment through self creates an instance attribute.
class Tally:
    total = 10

    def bump(self):
        self.total += 1


t1 = Tally()
t2 = Tally()
t1.bump()
t1.bump()
print(t1.total, t2.total, Tally.total)
print(sorted(vars(t1).items()), sorted(vars(t2).items()))

# Attributes added to the class after instances exist.
Tally.label = "late"
print(t1.label, t2.label)


def shout(self):
    return "TOTAL " + str(self.total)


Tally.shout = shout
print(t1.shout(), t2.shout())

# Class bodies are executed top to bottom and can use earlier names.
class Config:
    base = 10
    double = base * 2
    names = [n.upper() for n in ["a", "b"]]
    table = {k: k * 2 for k in range(base // 4)}   # the outermost iterable sees the class scope
    try:
        hidden = [base for _ in range(1)]           # the comprehension body does not
    except NameError as e:
        hidden = str(e)
    if base > 5:
        big = True
    else:
        big = False

    def get(self):
        return self.double


print(Config.base, Config.double, Config.names, Config.big, Config().get())
print(Config.table, Config.hidden)

# Class-level constants used as defaults and in methods via the class name.
class Shape:
    SIDES = 0

    def describe(self):
        return type(self).__name__ + " with " + str(self.SIDES) + " sides"


class Triangle(Shape):
    SIDES = 3


class Square(Shape):
    SIDES = 4


for s in [Shape(), Triangle(), Square()]:
    print(s.describe())

# Instance counter by subclass, via type(self).
class Tracked:
    instances = 0

    def __init__(self):
        type(self).instances += 1


class TrackedA(Tracked):
    pass


class TrackedB(Tracked):
    instances = 100


TrackedA()
TrackedA()
TrackedB()
Tracked()
print(Tracked.instances, TrackedA.instances, TrackedB.instances)
print("instances" in TrackedA.__dict__, "instances" in TrackedB.__dict__)
