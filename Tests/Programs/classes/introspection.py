# Introspection: type(), isinstance()/issubclass() with tuples (nested too), __class__, __name__,
# __qualname__, __module__, __dict__ (class mappingproxy and instance dict), vars(),
# getattr/setattr/hasattr/delattr with defaults and errors, dir-free attribute listing, callable().

class Animal:
    """An animal."""
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."


class Dog(Animal):
    def speak(self):
        return "woof"


class Robot:
    pass


d = Dog("rex")
print(type(d), type(d).__name__, type(d) is Dog, type(d) == Animal, d.__class__ is Dog)
print(type(Dog), type(type), type(Dog.speak).__name__, type(d.speak).__name__)
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Robot), isinstance(d, (Robot, Animal)))
print(isinstance(d, (Robot, (int, (str, Dog)))), isinstance(3, (Dog, bool)), isinstance(True, (Dog, int)))
print(issubclass(Dog, Animal), issubclass(Dog, (Robot, str)), issubclass(Dog, (Robot, Animal)), issubclass(bool, (str, int)))
print(issubclass(Dog, object), issubclass(type, object), isinstance(Dog, type), isinstance(Dog, object))
print(Dog.__name__, Dog.__qualname__, Dog.__module__, __name__, Animal.__doc__, Dog.__doc__)
print(Dog.speak.__name__, Dog.speak.__qualname__, Animal.__init__.__qualname__)

# Class __dict__ is a read-only mapping; keys in definition order.
print(type(Animal.__dict__).__name__, [k for k in Animal.__dict__ if not k.startswith("__")])
print(list(Dog.__dict__.keys()))
print("legs" in Dog.__dict__, "legs" in Animal.__dict__, Animal.__dict__["legs"])
try:
    Animal.__dict__["legs"] = 5
except TypeError as e:
    print(type(e).__name__, e)

# Instance dict and vars().
print(d.__dict__, vars(d), vars(d) is d.__dict__)
d.__dict__["age"] = 3
print(d.age, sorted(vars(d)))
vars(d)["color"] = "brown"
print(d.color)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)

# getattr / setattr / hasattr / delattr.
print(getattr(d, "name"), getattr(d, "legs"), getattr(d, "tail", "no tail"), getattr(Dog, "speak")(d))
setattr(d, "tail", "long")
setattr(Dog, "sound", "bark")
print(d.tail, d.sound, hasattr(d, "tail"), hasattr(d, "wings"), hasattr(Dog, "sound"), hasattr(Animal, "sound"))
delattr(d, "tail")
delattr(Dog, "sound")
print(hasattr(d, "tail"), hasattr(d, "sound"))
for action in ["getattr", "delattr-missing", "delattr-class-attr", "getattr-nonstr", "setattr-nonstr"]:
    try:
        if action == "getattr":
            getattr(d, "wings")
        elif action == "delattr-missing":
            delattr(d, "wings")
        elif action == "delattr-class-attr":
            delattr(d, "legs")
        elif action == "getattr-nonstr":
            getattr(d, 5)
        else:
            setattr(d, 5, 1)
    except (AttributeError, TypeError) as e:
        print(action, type(e).__name__, e)

# Attributes computed by name in a loop.
class Settings:
    pass


cfg = Settings()
for key, value in [("width", 80), ("height", 24), ("title", "term")]:
    setattr(cfg, key, value)
print([getattr(cfg, k) for k in ["width", "height", "title"]], sorted(vars(cfg).items()))

# __class__ assignment-free checks, type() of builtins and of classes.
print(type(1).__name__, type("").__name__, type(None).__name__, type(len).__name__, type(Animal).__name__)
print(d.__class__.__name__, d.__class__.__bases__, Dog.__class__, Animal.__mro__)
print(object.__name__, int.__qualname__, int.__module__, type.__name__)

# callable() and the difference between functions, methods and classes.
print(callable(Dog), callable(d), callable(d.speak), callable(Dog.speak), callable(d.name))

# Method objects and functions through the class and the instance.
print(Dog.speak is Dog.speak, d.speak == d.speak, d.speak is d.speak, Dog.__dict__["speak"] is Dog.speak)

# isinstance with a non-type argument.
for bad in [lambda: isinstance(d, "Dog"), lambda: issubclass(d, Dog), lambda: issubclass(Dog, (Animal, 3))]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
