# types: the names of built-in types, SimpleNamespace, new_class and friends.
import types
import sys


def f():
    pass


def gen():
    yield 1


class C:
    def method(self):
        pass


print(types.FunctionType, types.LambdaType, types.GeneratorType, types.MethodType)
print(types.BuiltinFunctionType, types.BuiltinMethodType, types.ModuleType, types.MappingProxyType)
print(types.NoneType, types.EllipsisType, types.NotImplementedType, types.GenericAlias, types.UnionType)
print(types.MethodDescriptorType, types.ClassMethodDescriptorType, types.GetSetDescriptorType)
print(types.TracebackType)
print(isinstance(f, types.FunctionType), isinstance(lambda: 0, types.LambdaType), isinstance(len, types.FunctionType))
print(isinstance(gen(), types.GeneratorType), isinstance(C().method, types.MethodType), isinstance(C.method, types.MethodType))
print(isinstance(len, types.BuiltinFunctionType), isinstance([].append, types.BuiltinMethodType))
print(isinstance(sys, types.ModuleType), isinstance(None, types.NoneType), isinstance(..., types.EllipsisType))
print(isinstance(list[int], types.GenericAlias), isinstance(int | str, types.UnionType))
print(types.GenericAlias(dict, (str, int)), (int | None).__args__)

# MappingProxyType: a read-only view.
d = {"a": 1}
proxy = types.MappingProxyType(d)
print(proxy["a"], len(proxy), "a" in proxy, list(proxy), proxy.get("b", 0))
d["b"] = 2
print(sorted(proxy.items()))
try:
    proxy["c"] = 3
except TypeError as e:
    print("TypeError:", e)

# ModuleType.
m = types.ModuleType("mymod", "the doc")
m.x = 5
print(m.__name__, m.__doc__, m.x)

# SimpleNamespace.
ns = types.SimpleNamespace(a=1, b="two")
print(ns, ns.a, ns.b)
ns.c = [3]
del ns.a
print(ns, vars(ns))
print(types.SimpleNamespace() == types.SimpleNamespace(), ns == types.SimpleNamespace(b="two", c=[3]), ns != types.SimpleNamespace())
print(repr(types.SimpleNamespace()))
ns.self = ns
print(ns)
try:
    types.SimpleNamespace(1)
except TypeError as e:
    print("TypeError:", e)
print(types.SimpleNamespace.__hash__)


class Record(types.SimpleNamespace):
    pass


print(Record(x=1), Record(x=1) == types.SimpleNamespace(x=1))
print(types.SimpleNamespace, type(ns).__name__)

# new_class, prepare_class, resolve_bases.
def body(ns):
    ns["greet"] = lambda self: "hi from " + type(self).__name__
    ns["value"] = 42


Dyn = types.new_class("Dyn", (C,), exec_body=body)
print(Dyn.__name__, Dyn.__mro__[1:], Dyn().greet(), Dyn.value)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls


WithMeta = types.new_class("WithMeta", (), {"metaclass": Meta, "flag": True})
print(type(WithMeta).__name__, WithMeta.kw)
print(types.prepare_class("X", (WithMeta,), {"other": 1})[0].__name__, types.prepare_class("X", (WithMeta,), {"other": 1})[2])


class Entry:
    def __mro_entries__(self, bases):
        return (C,)


e = Entry()
print(types.resolve_bases((int, e)), types.resolve_bases((int,)))
Via = types.new_class("Via", (e,))
print(Via.__mro__[1:], Via.__orig_bases__ == (e,))


class M1(type):
    pass


class M2(type):
    pass


class A1(metaclass=M1):
    pass


class A2(metaclass=M2):
    pass


try:
    types.new_class("Bad", (A1, A2))
except TypeError as e:
    print("TypeError:", e)


# DynamicClassAttribute.
class Color:
    def __init__(self, name):
        self._name = name

    @types.DynamicClassAttribute
    def name(self):
        return self._name.upper()


    @name.setter
    def name(self, value):
        self._name = value


c = Color("red")
print(c.name, hasattr(Color, "name"), isinstance(Color.__dict__["name"], property))
c.name = "blue"
print(c.name)
