# Class decorators: registering classes, adding methods and attributes, generating __init__ /
# __repr__ / __eq__ from an annotation-free field list (a hand-made dataclass), decorators with
# arguments, stacked decorators applied bottom-up, a decorator that replaces the class.

REGISTRY = {}


def register(cls):
    REGISTRY[cls.__name__.lower()] = cls
    return cls


def tagged(*tags):
    def apply(cls):
        cls.tags = tuple(tags)
        return cls
    return apply


def add_describe(cls):
    def describe(self):
        return f"<{type(self).__name__} tags={getattr(self, 'tags', ())}>"
    cls.describe = describe
    return cls


@register
@add_describe
@tagged("fast", "red")
class Car:
    pass


@register
@tagged("slow")
class Boat:
    pass


print(sorted(REGISTRY), REGISTRY["car"] is Car, Car.tags, Boat.tags)
print(Car().describe(), hasattr(Boat(), "describe"))


def record(*fields):
    """Generate __init__, __repr__, __eq__ and __hash__ for the given field names."""

    def apply(cls):
        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(f"{cls.__name__} takes {len(fields)} fields, got {len(args)}")
            values = dict(zip(fields, args))
            for k, v in kwargs.items():
                if k not in fields:
                    raise TypeError(f"{cls.__name__} has no field {k!r}")
                if k in values:
                    raise TypeError(f"{cls.__name__} got {k!r} twice")
                values[k] = v
            for f in fields:
                if f not in values:
                    if hasattr(cls, f):
                        values[f] = getattr(cls, f)
                    else:
                        raise TypeError(f"{cls.__name__} missing field {f!r}")
                setattr(self, f, values[f])

        def __repr__(self):
            inner = ", ".join([f + "=" + repr(getattr(self, f)) for f in fields])
            return f"{cls.__name__}({inner})"

        def __eq__(self, other):
            if type(other) is not type(self):
                return NotImplemented
            return all([getattr(self, f) == getattr(other, f) for f in fields])

        def __hash__(self):
            return hash(tuple([getattr(self, f) for f in fields]))

        cls.__init__ = __init__
        cls.__repr__ = __repr__
        cls.__eq__ = __eq__
        cls.__hash__ = __hash__
        cls.fields = fields
        return cls
    return apply


@record("x", "y", "label")
class Point:
    label = "unnamed"

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(1, -2)
q = Point(1, -2, label="unnamed")
print(p, q, p == q, p != q, p.norm1(), Point.fields)
print(Point(y=5, x=0, label="top"), len({p, q, Point(0, 0)}))
for args, kwargs in [((1, 2, 3, 4), {}), ((1,), {}), ((1, 2), {"z": 3}), ((1, 2), {"x": 3})]:
    try:
        Point(*args, **kwargs)
    except TypeError as e:
        print(type(e).__name__, e)


# A decorator that counts instances by wrapping __init__.
def count_instances(cls):
    original = cls.__init__
    cls.instances = 0

    def __init__(self, *args, **kwargs):
        cls.instances += 1
        original(self, *args, **kwargs)

    cls.__init__ = __init__
    return cls


@count_instances
class Widget:
    def __init__(self, name):
        self.name = name


ws = [Widget("a"), Widget("b"), Widget("c")]
print(Widget.instances, [w.name for w in ws])


# A decorator that replaces the class with an instance (a singleton).
def singleton(cls):
    return cls()


@singleton
class settings:
    debug = False

    def toggle(self):
        self.debug = not self.debug
        return self.debug


print(type(settings).__name__, settings.toggle(), settings.toggle(), settings.debug)


# A decorator implemented as a class.
class Plugin:
    def __init__(self, kind):
        self.kind = kind
        self.classes = []

    def __call__(self, cls):
        self.classes.append(cls.__name__)
        cls.kind = self.kind
        return cls


exporter = Plugin("exporter")


@exporter
class CsvExporter:
    pass


@exporter
class JsonExporter:
    pass


print(exporter.classes, CsvExporter.kind, JsonExporter.kind)

# Decorators run at class creation time, in order from the innermost outwards.
def trace(label):
    def apply(cls):
        print("  decorating", cls.__name__, "with", label)
        return cls
    return apply


print("before")


@trace("outer")
@trace("middle")
@trace("inner")
class Traced:
    print("  class body runs first")


print("after", Traced.__name__)
