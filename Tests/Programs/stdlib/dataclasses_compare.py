# eq, order, hash rules, frozen instances and the errors of each.
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default='', compare=False)


vs = [Version(1, 2), Version(0, 9), Version(1, 0, 'rc'), Version(1, 2, 'x')]
print(sorted(vs))
print(Version(1) < Version(2), Version(1, 1) <= Version(1, 1), Version(3) > Version(2, 9),
      Version(1) >= Version(1, 1))
print(Version(1, 2, 'a') == Version(1, 2, 'b'))
print(max(vs), min(vs))
for op in ('<', '<=', '>', '>='):
    try:
        if op == '<':
            Version(1) < (1, 0)
        elif op == '<=':
            Version(1) <= 1
        elif op == '>':
            Version(1) > 'x'
        else:
            Version(1) >= None
    except TypeError as e:
        print('TypeError:', e)
print(Version.__lt__(Version(1), 5))


@dataclass(order=True)
class Sub(Version):
    pass


try:
    Version(1) < Sub(2)
except TypeError as e:
    print('TypeError:', e)
print(Version(1) == Sub(1))

try:
    @dataclass(order=True, eq=False)
    class NoEq:
        x: int
except ValueError as e:
    print('ValueError:', e)

try:
    @dataclass(order=True)
    class HasLt:
        x: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print('TypeError:', e)


# Hashing rules.
@dataclass
class Unhashable:
    x: int


print(Unhashable.__hash__)
try:
    hash(Unhashable(1))
except TypeError as e:
    print('TypeError:', e)


@dataclass(frozen=True)
class Frozen:
    x: int
    y: str = 'a'
    tags: tuple = ()


f = Frozen(1)
print(f, hash(f) == hash((1, 'a', ())), hash(f) == hash(Frozen(1)))
print(len({Frozen(1), Frozen(1), Frozen(2)}))
for attempt in ('assign', 'new', 'delete'):
    try:
        if attempt == 'assign':
            f.x = 2
        elif attempt == 'new':
            f.z = 3
        else:
            del f.y
    except FrozenInstanceError as e:
        print('FrozenInstanceError:', e, isinstance(e, AttributeError))
print(f)
print(Frozen.__setattr__.__qualname__)


@dataclass(unsafe_hash=True)
class Forced:
    x: int
    y: list = field(default_factory=list, hash=False)
    z: int = field(default=0, compare=False)
    w: int = field(default=0, compare=False, hash=True)


a = Forced(1, [1], 5, 6)
print(hash(a) == hash((1, 6)), a == Forced(1, [], 0, 0))
a.x = 10
print(a)


@dataclass(eq=False)
class IdentityHash:
    x: int


ih = IdentityHash(1)
print(hash(ih) == hash(ih), ih == IdentityHash(1), ih == ih)


@dataclass
class ExplicitHash:
    x: int

    def __hash__(self):
        return 42


print(hash(ExplicitHash(1)))

try:
    @dataclass(unsafe_hash=True)
    class Clash:
        x: int

        def __hash__(self):
            return 1
except TypeError as e:
    print('TypeError:', e)


@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    x: int


print(FrozenNoEq.__hash__ is object.__hash__)


# Frozen inheritance rules.
try:
    @dataclass
    class Thawed(Frozen):
        z: int = 0
except TypeError as e:
    print('TypeError:', e)

try:
    @dataclass(frozen=True)
    class Frosted(Unhashable):
        z: int = 0
except TypeError as e:
    print('TypeError:', e)


@dataclass(frozen=True)
class Frozen3D(Frozen):
    z: int = 0


g = Frozen3D(1, 'b', (), 3)
print(g, hash(g) == hash((1, 'b', (), 3)))
try:
    g.z = 1
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)


# A non-dataclass subclass of a frozen class may add attributes.
class Loose(Frozen):
    pass


lo = Loose(5)
lo.extra = 1
print(lo, lo.extra)
try:
    lo.x = 1
except FrozenInstanceError as e:
    print('FrozenInstanceError:', e)


# __post_init__ of a frozen class uses object.__setattr__.
@dataclass(frozen=True)
class Derived:
    a: int
    double: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, 'double', self.a * 2)


print(Derived(4))

# Equality compares with identity first, as tuples do.
nan = float('nan')


@dataclass
class Holder:
    v: float


h = Holder(nan)
print(h == h, h == Holder(nan), Holder(1.0) == Holder(1))
