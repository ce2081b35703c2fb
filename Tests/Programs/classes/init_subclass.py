# __init_subclass__: plugin registries keyed by class keyword arguments, defaults, validation of
# subclasses at definition time, chaining with super().__init_subclass__(**kwargs), errors for
# unexpected class keywords.

class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
        print("  registered", cls.plugin_name, "priority", priority)


class CsvPlugin(Plugin, name="csv", priority=2):
    pass


class JsonPlugin(Plugin, priority=5):
    pass


class YamlPlugin(JsonPlugin, name="yaml"):
    pass


print(sorted(Plugin.registry))
print([(k, v.priority) for k, v in sorted(Plugin.registry.items(), key=lambda kv: -kv[1].priority)])
print(hasattr(Plugin, "plugin_name"), YamlPlugin.plugin_name, YamlPlugin.priority)


# Enforcing an interface at class-definition time.
class Shape:
    required = ("area", "perimeter")

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        missing = [m for m in cls.required if m not in cls.__dict__ and not any([m in b.__dict__ for b in cls.__mro__[1:-2]])]
        if missing:
            raise TypeError(f"{cls.__name__} must define {', '.join(missing)}")


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s ** 2

    def perimeter(self):
        return 4 * self.s


class ColoredSquare(Square):
    pass


print(Square(3).area(), ColoredSquare(2).perimeter())
try:
    class Blob(Shape):
        def area(self):
            return 0
except TypeError as e:
    print(type(e).__name__, e)


# object.__init_subclass__ rejects leftover keywords.
try:
    class Weird(Plugin, name="weird", colour="blue"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class NoHook(size=3):
        pass
except TypeError as e:
    print(type(e).__name__, e)


# Chained hooks: each level handles its own keyword and passes the rest up.
class Level0:
    def __init_subclass__(cls, **kwargs):
        print("  Level0 hook for", cls.__name__, sorted(kwargs))
        super().__init_subclass__(**kwargs)


class Level1(Level0):
    def __init_subclass__(cls, tag="none", **kwargs):
        print("  Level1 hook for", cls.__name__, "tag", tag)
        cls.tag = tag
        super().__init_subclass__(**kwargs)


class Level2(Level1, tag="two"):
    pass


class Level3(Level2):
    pass


print(Level2.tag, Level3.tag, hasattr(Level1, "tag"))


# The hook is an implicit classmethod; it is not called for the class that defines it.
class Counting:
    subclasses = []

    def __init_subclass__(cls):
        Counting.subclasses.append(cls.__name__)


class A(Counting):
    pass


class B(A):
    pass


class C(Counting):
    pass


print(Counting.subclasses, type(Counting.__dict__["__init_subclass__"]).__name__)

# Classes made with type() also run the hook, with keywords.
D = type("D", (Plugin,), {}, name="dyn", priority=9)
print(D.plugin_name, D.priority, Plugin.registry["dyn"] is D)
