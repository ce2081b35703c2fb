# Dataclasses on classes with metaclasses, kw-only fields across inheritance, descriptors,
# __post_init__ through inheritance, hashing of frozen instances in sets and dicts.
from dataclasses import dataclass, field, fields, KW_ONLY, asdict, replace, is_dataclass


class Registry(type):
    classes = []

    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        mcls.classes.append(name)
        return cls


@dataclass
class Registered(metaclass=Registry):
    a: int
    b: str = 'b'

    def __eq__(self, other):
        return 'custom eq'


print(Registered(1), Registered(1) == Registered(2), Registered.__hash__, Registry.classes)
print([f.name for f in fields(Registered)], Registered.__match_args__)


@dataclass(frozen=True, order=True)
class Tagged(metaclass=Registry):
    name: str
    rank: int = 0


t = Tagged('x', 2)
print(t, hash(t) == hash(('x', 2)), t < Tagged('y'), sorted([Tagged('b'), Tagged('a', 5)]))


# kw_only fields of bases come after all positional fields.
@dataclass
class Base:
    x: int
    _: KW_ONLY
    flag: bool = False


@dataclass
class Derived(Base):
    y: int = 0
    z: int = field(kw_only=True, default=9)


d = Derived(1, 2, flag=True)
print(d, Derived.__match_args__, [f.name for f in fields(Derived)])
try:
    Derived(1, 2, 3)
except TypeError as e:
    print('TypeError:', e)


# __post_init__ is inherited and can chain with super().
@dataclass
class A:
    a: int
    log: list = field(default_factory=list, repr=False)

    def __post_init__(self):
        self.log.append('A')


@dataclass
class B(A):
    b: int = 0

    def __post_init__(self):
        super().__post_init__()
        self.log.append('B')


b = B(1, b=2)
print(b, b.log, A(5).log)


# A descriptor used as a field default.
class Clamped:
    def __init__(self, default):
        self.default = default

    def __set_name__(self, owner, name):
        self.private = '_' + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self.default
        return getattr(obj, self.private, self.default)

    def __set__(self, obj, value):
        setattr(obj, self.private, max(0, min(100, value)))


@dataclass
class Volume:
    level: Clamped = Clamped(50)


print(Volume(), Volume(150), Volume(-3).level)


# Frozen instances as dict keys and set members; equality across instances.
@dataclass(frozen=True)
class Key:
    a: int
    b: tuple = ()


table = {Key(1): 'one', Key(2, (3,)): 'two'}
print(table[Key(1)], table[Key(2, (3,))], Key(1) in {Key(1)}, len({Key(1), Key(1), Key(1, ())}))
try:
    hash(Key(1, [1]))
except TypeError as e:
    print('TypeError:', e)

# replace keeps the class (subclasses too) and runs __post_init__ again.
b2 = replace(b, a=10)
print(type(b2).__name__, b2, b2.log)


# is_dataclass on an instance of a non-dataclass subclass, fields of a subclass.
class Plain(B):
    pass


print(is_dataclass(Plain), is_dataclass(Plain(1)), asdict(Plain(1, b=3)))


# Default values shared across instances are fine for immutable types.
@dataclass
class Defaults:
    t: tuple = (1, 2)
    f: frozenset = frozenset({1})
    s: str = 'abc'
    n: object = None


x, y = Defaults(), Defaults()
print(x, x.t is y.t, x == y)


# eq compares fields in order and short-circuits like tuples.
@dataclass
class Ordered:
    a: object
    b: object


class Loud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print('compare', self.name, other.name)
        return self.name == other.name

    def __repr__(self):
        return self.name


print(Ordered(Loud('p'), Loud('q')) == Ordered(Loud('r'), Loud('q')))
print(Ordered(Loud('p'), Loud('q')) == Ordered(Loud('p'), Loud('q')))
