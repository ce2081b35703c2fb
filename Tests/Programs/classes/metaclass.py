# Simple metaclasses: a metaclass deriving from type whose __new__ adjusts the namespace and whose
# __init__ registers classes, metaclass methods callable on classes (not instances), __call__ on a
# metaclass controlling instantiation (singleton), metaclass inheritance to subclasses,
# __prepare__ returning a custom namespace, and the metaclass conflict error.

class Registered(type):
    classes = []

    def __new__(mcls, name, bases, ns, **kwargs):
        ns["created_by"] = mcls.__name__
        ns["upper_name"] = name.upper()
        cls = super().__new__(mcls, name, bases, ns)
        return cls

    def __init__(cls, name, bases, ns, **kwargs):
        super().__init__(name, bases, ns)
        Registered.classes.append(name)

    def describe(cls):
        return f"class {cls.__name__} made by {cls.created_by}"


class Model(metaclass=Registered):
    pass


class User(Model):
    def greet(self):
        return "hi"


print(Registered.classes, type(Model).__name__, type(User) is Registered, isinstance(User, type))
print(User.created_by, User.upper_name, User.describe(), User().greet())
print(hasattr(User(), "describe"), hasattr(User, "describe"), User().created_by)
print([c.__name__ for c in Registered.__mro__])


# Metaclass __call__ controls what calling the class does.
class Singleton(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls._instance = None

    def __call__(cls, *args, **kwargs):
        if cls._instance is None:
            print("  creating the", cls.__name__, "instance")
            cls._instance = super().__call__(*args, **kwargs)
        return cls._instance


class Database(metaclass=Singleton):
    def __init__(self, url):
        self.url = url


a = Database("sqlite://a")
b = Database("sqlite://b")
print(a is b, a.url, b.url)


class Cache(metaclass=Singleton):
    pass


print(Cache() is Cache(), Cache() is a)


# A metaclass that validates the class body.
class Interface(type):
    def __new__(mcls, name, bases, ns):
        for key, value in ns.items():
            if key.startswith("do_") and not callable(value):
                raise TypeError(f"{name}.{key} must be callable")
        return super().__new__(mcls, name, bases, ns)


class Commands(metaclass=Interface):
    def do_run(self):
        return "running"


try:
    class Broken(metaclass=Interface):
        do_stop = 5
except TypeError as e:
    print(type(e).__name__, e)
print(Commands().do_run())


# __prepare__ gives the class body a custom mapping, here one that records definition order.
class Recording(dict):
    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if not key.startswith("__"):
            self.order.append(key)
        super().__setitem__(key, value)


class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        return Recording()

    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = list(ns.order)
        return cls


class Form(metaclass=Ordered):
    zeta = 1
    alpha = 2

    def method(self):
        pass

    beta = 3


print(Form.field_order)


# Class keywords reach the metaclass.
class Tagged(type):
    def __new__(mcls, name, bases, ns, tag="untagged"):
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = tag
        return cls

    def __init__(cls, name, bases, ns, tag="untagged"):
        super().__init__(name, bases, ns)


class Red(metaclass=Tagged, tag="red"):
    pass


class Plain(metaclass=Tagged):
    pass


class RedChild(Red):
    pass


print(Red.tag, Plain.tag, RedChild.tag, type(RedChild).__name__)


# Metaclass conflict.
class MetaA(type):
    pass


class MetaB(type):
    pass


class WithA(metaclass=MetaA):
    pass


class WithB(metaclass=MetaB):
    pass


try:
    class Both(WithA, WithB):
        pass
except TypeError as e:
    print(type(e).__name__, e)


class MetaAB(MetaA, MetaB):
    pass


class Both(WithA, WithB, metaclass=MetaAB):
    pass


print(type(Both).__name__, [c.__name__ for c in type(Both).__mro__])

# Metaclass attributes are visible on classes but not on instances; repr of classes via metaclass.
class Pretty(type):
    def __repr__(cls):
        return f"<pretty class {cls.__name__}>"


class Shown(metaclass=Pretty):
    pass


print(Shown, repr(Shown), [Shown], str(Shown))

# A function used as the metaclass.
def upper_attrs(name, bases, ns):
    return type(name, bases, {k if k.startswith("__") else k.upper(): v for k, v in ns.items()})


class Loud(metaclass=upper_attrs):
    volume = 11


print(hasattr(Loud, "volume"), Loud.VOLUME, type(Loud).__name__)


# A metaclass __getattr__ is only a fallback for missing class attributes; instances do not see it.
class Generated(type):
    def __getattr__(cls, name):
        return f"{cls.__name__}.{name} (generated)"


class Settings(metaclass=Generated):
    debug = False

    def method(self):
        return "method"


print(Settings.debug, Settings().method(), Settings.timeout, Settings.__name__)
try:
    Settings().timeout
except AttributeError as e:
    print(type(e).__name__, e)
