# The generated __init__: argument binding and its errors, defaults, factories, __post_init__,
# InitVar, KW_ONLY and kw_only, init=False fields.
from dataclasses import dataclass, field, fields, InitVar, KW_ONLY


@dataclass
class P:
    x: int
    y: int
    z: int = 3


def attempt(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ':', e)


attempt(P, 1, 2)
attempt(P, 1, 2, 4)
attempt(P, y=1, x=2)
attempt(P, 1)
attempt(P)
attempt(P, z=1)
attempt(P, 1, 2, 3, 4)
attempt(P, 1, 2, w=5)
attempt(P, 1, 2, x=5)
attempt(P, 1, 2, 3, x=5)


@dataclass
class Q:
    a: int
    b: int


attempt(Q, 1, 2, 3)
attempt(Q, 1, 2, 3, 4)
attempt(Q)


@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int
    c: int = 7


attempt(K, 1, b=2)
attempt(K, 1, c=0, b=2)
attempt(K, 1, 2)
attempt(K, 1)
attempt(K, 1, 2, b=3)
attempt(K, 1, 2, 3, b=3, c=4)
print(K.__match_args__, [f.kw_only for f in fields(K)])
print(K.__init__.__defaults__, K.__init__.__kwdefaults__)


@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 2
    c: int = field(default=0, kw_only=False)


attempt(AllKw, 5, a=1)
attempt(AllKw, a=1)
attempt(AllKw)
print(AllKw.__match_args__)


# kw_only fields may come without defaults after defaulted ones.
@dataclass
class Mixed:
    a: int = 1
    b: int = field(kw_only=True)


attempt(Mixed, b=2)
attempt(Mixed, 3, b=4)

# Ordering rule for defaults.
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as e:
    print('TypeError:', e)

try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as e:
    print('ValueError:', e)

try:
    @dataclass
    class Bad3:
        x: dict = {}
except ValueError as e:
    print('ValueError:', e)

try:
    @dataclass
    class Bad4:
        x: set = set()
except ValueError as e:
    print('ValueError:', e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError:', e)

try:
    @dataclass
    class Bad5:
        x = field(default=1)
except TypeError as e:
    print('TypeError:', e)

try:
    @dataclass
    class Bad6:
        a: KW_ONLY
        b: KW_ONLY
except TypeError as e:
    print('TypeError:', e)

# A tuple default is hashable and allowed.
@dataclass
class TupleDefault:
    x: tuple = (1, 2)


print(TupleDefault())


# Factories run per instance; init=False fields.
counter = [0]


def next_id():
    counter[0] += 1
    return counter[0]


@dataclass
class Item:
    name: str
    ident: int = field(default_factory=next_id)
    log: list = field(default_factory=list, init=False)
    hidden: int = field(default=9, init=False)
    hidden_no_default: int = field(init=False, repr=False)


i1, i2, i3 = Item('a'), Item('b'), Item('c', 100)
print(i1, i2, i3)
print(i1.log is not i2.log, Item.hidden, i1.hidden, 'hidden' in i1.__dict__)
try:
    i1.hidden_no_default
except AttributeError as e:
    print('AttributeError')
attempt(Item, 'x', log=[])
print(Item.__match_args__)


# __post_init__ and InitVar.
@dataclass
class C:
    a: float
    b: float
    total: float = field(init=False)

    def __post_init__(self):
        self.total = self.a + self.b


print(C(1.5, 2.0))


@dataclass
class WithInitVar:
    x: int
    scale: InitVar[int]
    offset: InitVar[int] = 10
    y: int = field(init=False)

    def __post_init__(self, scale, offset):
        self.y = self.x * scale + offset


w = WithInitVar(2, 3)
print(w, w.y)
print(WithInitVar(2, 3, 1), WithInitVar(x=1, scale=1, offset=0))
print([f.name for f in fields(WithInitVar)])
print('scale' in WithInitVar.__dataclass_fields__, WithInitVar.offset)
print(WithInitVar.__dataclass_fields__['scale']._field_type)
print(WithInitVar.__match_args__)
print(repr(InitVar[int]), repr(InitVar[list]), repr(InitVar('str')))
attempt(WithInitVar, 1)


@dataclass
class PlainInitVar:
    n: InitVar


print(PlainInitVar(4), PlainInitVar.__dataclass_fields__['n']._field_type)


# __post_init__ is called without InitVars too, and may raise.
@dataclass
class Positive:
    n: int

    def __post_init__(self):
        if self.n <= 0:
            raise ValueError(f'{self.n} is not positive')


print(Positive(3))
attempt(Positive, -1)


# A user __init__ wins.
@dataclass
class OwnInit:
    x: int

    def __init__(self, text):
        self.x = int(text)


print(OwnInit('42'))
