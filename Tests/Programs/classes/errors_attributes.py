# Attribute errors with CPython's messages: missing instance attributes, missing class attributes
# ("type object 'X' has no attribute"), attributes of builtins and None, deleting missing ones,
# assigning to read-only attributes of builtins, setting attributes on builtin instances and
# classes, __dict__ on classes, and AttributeError's name/obj attributes.

def attempt(label, fn):
    try:
        result = fn()
        print(label, "ok", result)
    except (AttributeError, TypeError) as e:
        print(label, "->", type(e).__name__, e)


class Dog:
    kind = "dog"

    def __init__(self):
        self.name = "rex"

    def bark(self):
        return self.volume


d = Dog()
attempt("instance missing", lambda: d.x)
attempt("class missing", lambda: Dog.x)
attempt("method reads missing", lambda: d.bark())
attempt("class has no instance attr", lambda: Dog.name)
attempt("None attr", lambda: None.x)
attempt("int attr", lambda: (5).foo)
attempt("str method typo", lambda: "s".uppr())
attempt("list attr", lambda: [].push)
attempt("module-like class attr", lambda: Dog.kind.x)
attempt("delete missing", lambda: delattr(d, "x"))
attempt("delete class attr via instance", lambda: delattr(d, "kind"))
attempt("set on int", lambda: setattr(5, "x", 1))
attempt("set on str", lambda: setattr("s", "x", 1))
attempt("set on object()", lambda: setattr(object(), "x", 1))
attempt("set on builtin type", lambda: setattr(int, "x", 1))
attempt("set on list type", lambda: setattr(list, "append", None))
attempt("set __class__ to non-type", lambda: setattr(d, "__class__", 5))
attempt("getattr default", lambda: getattr(d, "x", "dflt"))
attempt("type name", lambda: type(d).__name__)


# AttributeError carries name and obj in 3.10+.
try:
    d.missing_attr
except AttributeError as e:
    print(e.name, e.obj is d)
try:
    Dog.missing_cls
except AttributeError as e:
    print(e.name, e.obj is Dog)


# A raised AttributeError with a custom message.
class Strict:
    def __getattr__(self, name):
        raise AttributeError(f"Strict has no {name}")


attempt("custom getattr", lambda: Strict().anything)


# Read-only attributes of functions and methods.
def f():
    pass


attempt("set method attr", lambda: setattr(d.bark, "tag", 1))
attempt("set function attr", lambda: setattr(f, "tag", 1))
print(f.tag)
attempt("class __dict__ assign", lambda: setattr(Dog, "__dict__", {}))
attempt("instance __dict__ bad", lambda: setattr(d, "__dict__", 5))
d.__dict__ = {"name": "fido", "extra": 1}
print(d.name, d.extra, vars(d))


# Instances of classes derived from builtins get a __dict__; int and str subclasses too.
class MyInt(int):
    pass


class MyList(list):
    pass


mi = MyInt(3)
mi.tag = "t"
ml = MyList()
ml.tag = "l"
print(mi.tag, ml.tag, mi + 1, vars(ml))


# __name__ and __qualname__ assignment on classes.
class Renamed:
    pass


Renamed.__name__ = "NewName"
Renamed.__qualname__ = "Some.NewName"
print(Renamed.__name__, Renamed.__qualname__, Renamed)
attempt("bad __name__", lambda: setattr(Renamed, "__name__", 5))
attempt("bad __qualname__", lambda: setattr(Renamed, "__qualname__", None))
attempt("message uses new name", lambda: Renamed().zzz)
