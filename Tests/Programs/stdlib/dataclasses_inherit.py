# Field inheritance, asdict/astuple (recursive), replace, make_dataclass, descriptors as defaults.
from collections import namedtuple
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, make_dataclass,
                         is_dataclass, InitVar)


@dataclass
class Base:
    x: int
    y: int = 1
    z: str = 'base'


@dataclass
class Child(Base):
    z: str = 'child'     # overrides the default, keeps its place
    w: list = field(default_factory=list)


print(Child(0), [f.name for f in fields(Child)])
print(Child(1, 2, 'q', [3]))
print(Child.__match_args__, Base(5) == Child(5))


class Mixin:
    def describe(self):
        return f'{type(self).__name__} with {len(fields(self))} fields'


@dataclass
class GrandChild(Mixin, Child):
    v: int = 9


g = GrandChild(7)
print(g, g.describe())
print(isinstance(g, Base), is_dataclass(GrandChild))

try:
    @dataclass
    class BadChild(Base):
        q: int
except TypeError as e:
    print('TypeError:', e)


# A plain class in the middle contributes no fields.
class Middle(Base):
    extra: int = 5


@dataclass
class Bottom(Middle):
    last: int = 0


print(Bottom(1), Bottom.extra)


# Overriding a field with a different type and repr setting.
@dataclass
class Renamed(Base):
    x: float = field(default=0.5, repr=False)


print(Renamed(), fields(Renamed)[0].type)


# asdict / astuple.
@dataclass
class Inner:
    a: int
    b: list


@dataclass
class Outer:
    name: str
    inner: Inner
    items: list
    mapping: dict
    pair: tuple


Pt = namedtuple('Pt', 'x y')
o = Outer('o', Inner(1, [2, 3]), [Inner(4, [])], {'k': Inner(5, [6])}, (Inner(7, []), Pt(1, 2)))
d = asdict(o)
print(d)
print(type(d['pair'][1]), d['inner']['b'] is o.inner.b)
print(astuple(o))
print(asdict(o, dict_factory=lambda items: sorted(items)))
print(astuple(Inner(1, [2]), tuple_factory=list))
for fn in (asdict, astuple):
    for bad in (Inner, 3):
        try:
            fn(bad)
        except TypeError as e:
            print('TypeError:', e)


# replace.
@dataclass(frozen=True)
class Config:
    host: str
    port: int = 80
    debug: bool = False


c = Config('localhost')
c2 = replace(c, port=8080)
print(c, c2, c is c2, replace(c))
try:
    replace(c, nope=1)
except TypeError as e:
    print('TypeError:', e)
try:
    replace(Config, port=1)
except TypeError as e:
    print('TypeError:', e)


@dataclass
class Counted:
    n: int
    serial: int = field(init=False, default=0)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.n *= scale


k = Counted(2, 3)
print(k, replace(k, n=5))
try:
    replace(k, serial=1)
except ValueError as e:
    print('ValueError:', e)


@dataclass
class NeedsInitVar:
    n: int
    scale: InitVar[int]

    def __post_init__(self, scale):
        self.n *= scale


try:
    replace(NeedsInitVar(1, 2), n=3)
except ValueError as e:
    print('ValueError:', e)
print(replace(NeedsInitVar(1, 2), scale=10))

# make_dataclass.
Pos = make_dataclass('Pos', [('x', int), ('y', int, field(default=0))], order=True)
print(Pos(1), Pos(1, 2) < Pos(2), [f.name for f in fields(Pos)], Pos.__name__)
Named = make_dataclass('Named', ['a', 'b'], namespace={'total': lambda self: self.a + self.b})
print(Named(1, 2), Named(1, 2).total())
for bad in (['a', 'a'], ['class'], [('a', int, 1, 2)], ['1x']):
    try:
        make_dataclass('Bad', bad)
    except TypeError as e:
        print('TypeError:', e)


# A descriptor as a default value sees __set_name__ through field().
class Described:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)

    def __hash__(self):
        return 1


@dataclass
class UsesDescriptor:
    d: object = field(default=Described())


print(type(UsesDescriptor().d).__name__)


# Class variables without annotations are not fields; methods and properties work.
@dataclass
class Rect:
    width: float
    height: float
    kind = 'rect'

    @property
    def area(self):
        return self.width * self.height

    @classmethod
    def square(cls, side):
        return cls(side, side)


r = Rect.square(3)
print(r, r.area, r.kind, [f.name for f in fields(r)])
