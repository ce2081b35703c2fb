# str, tuple and StrEnum members: their str/tuple methods, extra attributes, __dict__, dir().
from enum import Enum, StrEnum, auto
class Color(StrEnum):
    RED = auto()
    GREEN = 'Green'
print(Color.RED.upper(), Color.GREEN.lower(), Color.RED.startswith('r'), Color.GREEN.encode())
print(Color.RED.name, Color.RED.value, Color.RED._value_, Color.RED.__class__, Color.RED.__objclass__)
print(sorted(n for n in dir(Color.RED) if not n.startswith('_'))[:8])
class Shade(str, Enum):
    DARK = 'dark'
    LIGHT = 'light'
    def describe(self):
        return self.value.title() + '!'
    @property
    def short(self):
        return self[0]
print(Shade.DARK.describe(), Shade.LIGHT.short, Shade.DARK.replace('d', 'p'), Shade('light'), repr(Shade.DARK))
print(Shade.DARK.__dict__ == {'_value_': 'dark', '_name_': 'DARK', '__objclass__': Shade, '_sort_order_': 0})
class Labeled(str, Enum):
    A = ('a', 'Letter A')
    B = ('b', 'Letter B')
    def __new__(cls, value, label):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.label = label
        return obj
print(Labeled.A, Labeled.B.label, Labeled('b'), Labeled.A.upper())
try:
    Labeled.A.nothing
except AttributeError as e:
    print('AttributeError:', e)
Labeled.A.extra = 5
print(Labeled.A.extra)
del Labeled.A.extra
try:
    del Labeled.A.extra
except AttributeError as e:
    print('AttributeError:', e)
try:
    Labeled.A.name = 'x'
except AttributeError as e:
    print('AttributeError:', e)
class T(tuple, Enum):
    P = (1, 2)
print(T.P.count(1), T.P.index(2), T.P[0], T.P.name)
print(format(Color.GREEN, '>8'), f"{Shade.DARK!r}", Shade.DARK + 'x', Shade.DARK == 'dark')
