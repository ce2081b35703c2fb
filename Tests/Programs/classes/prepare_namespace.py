# __prepare__ namespaces: the class body stores into and loads from whatever mapping the
# metaclass's __prepare__ returns, through its __setitem__/__getitem__ when it is not exactly a
# dict (a dict subclass counting assignments, a plain mapping class, one that rejects redefinition).

class CountingDict(dict):
    def __init__(self):
        super().__init__()
        self.assignments = []

    def __setitem__(self, key, value):
        self.assignments.append(key)
        super().__setitem__(key, value)


class Counting(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return CountingDict()

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.assignments = ns.assignments
        return cls


class Config(metaclass=Counting):
    host = "localhost"
    port = 80
    port = 8080

    def url(self):
        return f"http://{self.host}:{self.port}"


print(Config.assignments, Config().url())


class Namespace:
    """A mapping that is not a dict: the class body goes through its methods."""

    def __init__(self):
        self.data = {}
        self.reads = []

    def __setitem__(self, key, value):
        self.data[key] = value

    def __getitem__(self, key):
        self.reads.append(key)
        return self.data[key]

    def __delitem__(self, key):
        del self.data[key]


class Mapped(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Namespace()

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns.data))
        cls.reads = [r for r in ns.reads if not r.startswith("__")]
        return cls


class Shape(metaclass=Mapped):
    sides = 4
    angles = sides * 90
    temp = 1
    del temp
    label = str(sides) + "-gon"      # `str` is not in the namespace: a KeyError falls back to builtins


print(Shape.sides, Shape.angles, Shape.label, hasattr(Shape, "temp"), Shape.reads)


class NoRedefinition(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith("__"):
            raise TypeError(f"{key!r} is already defined")
        super().__setitem__(key, value)


class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoRedefinition()


try:
    class Handlers(metaclass=Strict):
        def on_click(self):
            pass

        def on_click(self):
            pass
except TypeError as e:
    print(type(e).__name__, e)


class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 42


try:
    class Broken(metaclass=BadPrepare):
        pass
except TypeError as e:
    print(type(e).__name__, e)
