# Attribute access hooks: __getattr__ (only for missing attributes), __getattribute__ (for all),
# __setattr__ and __delattr__ (with object.__setattr__ / super() to store), proxies and records,
# getattr with defaults interacting with __getattr__, hasattr swallowing AttributeError only.

class Defaults:
    def __init__(self):
        self.real = "real value"

    def __getattr__(self, name):
        if name.startswith("opt_"):
            return "default for " + name[4:]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


d = Defaults()
print(d.real, d.opt_color, getattr(d, "opt_size"), getattr(d, "missing", "fallback"))
print(hasattr(d, "opt_x"), hasattr(d, "nope"))
try:
    d.nope
except AttributeError as e:
    print(type(e).__name__, e)
d.opt_color = "set explicitly"
print(d.opt_color)


# A proxy forwarding everything it does not have to a wrapped object, logging each access.
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])

    def __getattr__(self, name):
        self._log.append("get " + name)
        return getattr(self._target, name)

    def __setattr__(self, name, value):
        self._log.append("set " + name)
        setattr(self._target, name, value)

    def __delattr__(self, name):
        self._log.append("del " + name)
        delattr(self._target, name)


class Target:
    def __init__(self):
        self.x = 1

    def hello(self, who):
        return "hello " + who + " from x=" + str(self.x)


t = Target()
p = Proxy(t)
print(p.x, p.hello("bob"))
p.x = 42
print(t.x, p.hello("amy"))
p.y = "new"
del p.y
print(hasattr(t, "y"), p._log)
try:
    p.zzz
except AttributeError as e:
    print(type(e).__name__, e)


# __getattribute__ sees every lookup, including methods; object.__getattribute__ does the real work.
class Audited:
    def __init__(self):
        self.a = 1
        self.seen = []

    def __getattribute__(self, name):
        if name != "seen":
            object.__getattribute__(self, "seen").append(name)
        if name == "secret":
            raise AttributeError("secret is hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return "fallback:" + name

    def method(self):
        return self.a + 1


au = Audited()
print(au.a, au.method(), au.secret, au.other)
print(au.seen)


# __setattr__ that validates and normalizes; __delattr__ that refuses.
class Record:
    fields = ("name", "age")

    def __setattr__(self, name, value):
        if name not in self.fields:
            raise AttributeError(f"cannot set {name!r}")
        if name == "age":
            value = int(value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        if name == "name":
            raise AttributeError("name is required")
        super().__delattr__(name)


r = Record()
r.name = "ann"
r.age = "41"
print(r.name, r.age, type(r.age).__name__, vars(r))
for action in ["set-bad", "del-name", "del-age", "del-age-again"]:
    try:
        if action == "set-bad":
            r.height = 170
        elif action == "del-name":
            del r.name
        else:
            del r.age
            print("deleted age", vars(r))
    except AttributeError as e:
        print(action, type(e).__name__, e)


# Frozen objects: __setattr__ raising after construction.
class Frozen:
    def __init__(self, x, y):
        object.__setattr__(self, "x", x)
        object.__setattr__(self, "y", y)

    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is frozen")

    __delattr__ = __setattr__

    def __repr__(self):
        return f"Frozen({self.x}, {self.y})"


fz = Frozen(1, 2)
try:
    fz.x = 5
except AttributeError as e:
    print(type(e).__name__, e, fz)
try:
    del fz.x
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)


# getattr/setattr/delattr builtins route through the hooks too; errors inside __getattr__ that are
# not AttributeError propagate through getattr with a default and through hasattr.
class Exploding:
    def __getattr__(self, name):
        raise KeyError(name)


for fn in [lambda: getattr(Exploding(), "x", 1), lambda: hasattr(Exploding(), "x")]:
    try:
        fn()
    except KeyError as e:
        print(type(e).__name__, e)


# A dynamic record built on a dict with attribute syntax.
class AttrDict:
    def __init__(self, **kw):
        object.__setattr__(self, "_data", dict(kw))

    def __getattr__(self, name):
        try:
            return self._data[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        self._data[name] = value

    def __delattr__(self, name):
        try:
            del self._data[name]
        except KeyError:
            raise AttributeError(name) from None


ad = AttrDict(a=1, b=2)
ad.c = ad.a + ad.b
del ad.a
print(ad._data, getattr(ad, "a", "gone"))
try:
    del ad.a
except AttributeError as e:
    print(type(e).__name__, e)

# Special methods are looked up on the type, not found through __getattr__ on the instance.
class NoLen:
    def __getattr__(self, name):
        return lambda: 5


n = NoLen()
print(n.__len__())
try:
    len(n)
except TypeError as e:
    print(type(e).__name__, e)
