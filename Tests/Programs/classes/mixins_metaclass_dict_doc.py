# A str subclass with a plain mixin (the mixin's methods found), a metaclass's
# classes keep their attributes in their own __dict__, class docstrings can be assigned, and
# object.__dir__ is the default listing.
class Greeter:
    def hello(self):
        return "hi " + str(self)


class Name(str, Greeter):
    pass


n = Name("ada")
print(n.hello(), n.upper(), isinstance(n, Greeter), Name.__mro__[1:])


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    x = 1

    def method(self):
        return 2


print("x" in WithMeta.__dict__, "method" in WithMeta.__dict__, WithMeta.__dict__["x"])
WithMeta.y = 3
print(WithMeta.__dict__["y"], WithMeta.y, type(WithMeta).__name__)


class Documented:
    """Original."""


print(Documented.__doc__)
Documented.__doc__ = "Replaced."
print(Documented.__doc__, Documented().__doc__)
for target in (int, str):
    try:
        target.__doc__ = "no"
    except TypeError as e:
        print("TypeError", e)


class Listed:
    def __init__(self):
        self.field = 1

    def __dir__(self):
        return ["custom"] + [n for n in object.__dir__(self) if n == "field"]


print(dir(Listed()), "field" in object.__dir__(Listed()), "__dir__" in dir(object))
