# Functional API, custom __new__, _order_, member/nonmember, enum.property, verify, dir().
import enum
from enum import Enum, IntEnum, Flag, auto, member, nonmember, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS

Animal = Enum('Animal', 'ANT BEE CAT DOG')
print(Animal, list(Animal), Animal.CAT.value, Animal(2), Animal.__name__)
Fruit = Enum('Fruit', 'apple, banana')
print(list(Fruit))
Pairs = Enum('Pairs', [('ONE', 10), ('TWO', 20)])
print(list(Pairs), Pairs(20))
Mapped = Enum('Mapped', {'X': 'x', 'Y': 'y'})
print(list(Mapped), Mapped('y'))
Listed = IntEnum('Listed', ['A', 'B'], start=5)
print(list(Listed), Listed.B + 1)
Flags = Flag('Flags', 'R W X')
print(list(Flags), repr(Flags.R | Flags.X))
Mixed = Enum('Mixed', 'P Q', type=int)
print(Mixed.P, repr(Mixed.Q), Mixed.Q + 1)


# A custom __new__ choosing the value, with extra attributes.
class Coin(Enum):
    PENNY = (1, 'penny')
    NICKEL = (5, 'nickel')

    def __new__(cls, cents, label):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.label = label
        return obj


print(Coin.PENNY, repr(Coin.NICKEL), Coin(5), Coin.NICKEL.label, Coin.PENNY.value)


class Code(int, Enum):
    OK = (0, 'all good')
    FAIL = (1, 'broken')

    def __new__(cls, value, doc):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.doc = doc
        return obj


print(Code.FAIL, repr(Code.OK), Code(1).doc, Code.OK + 5)


# Auto-numbered with a counter in __new__.
class Ordered(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj

    def __init__(self, a, b):
        self.a = a
        self.b = b

    FIRST = ('x', 'y')
    SECOND = ('z', 'w')


print(list(Ordered), Ordered.SECOND.a, Ordered(1).b)

# _order_.
class Right(Enum):
    _order_ = 'A B C'
    A = 1
    B = 2
    C = 3


print(list(Right))
try:
    class Wrong(Enum):
        _order_ = 'A C B'
        A = 1
        B = 2
        C = 3
except TypeError as e:
    print('TypeError:', e)


# member() and nonmember().
class Holder(Enum):
    A = 1
    B = nonmember(2)

    @member
    def C(self):
        return 'c'


print([m.name for m in Holder], Holder.B, Holder.C.name, Holder.C.value(None))


# Members called name and value.
class Field(Enum):
    name = 1
    value = 2


print(list(Field), Field.name, Field.value.value, Field.value.name, Field['name'].value)


# enum.property on enums.
class Vehicle(Enum):
    CAR = 4
    BIKE = 2

    @enum.property
    def wheels(self):
        return self.value


print(Vehicle.CAR.wheels, Vehicle.BIKE.wheels)
try:
    Vehicle.wheels
except AttributeError as e:
    print('AttributeError:', e)


# _generate_next_value_ as a staticmethod; auto inside tuples.
class Gen(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name * 2

    AA = auto()
    BB = auto()


print(list(Gen))


class Pair(Enum):
    P = (auto(), 'p')
    Q = (auto(), 'q')


print(list(Pair))

# verify.
try:
    @verify(UNIQUE)
    class Dups(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError:', e)
try:
    @verify(CONTINUOUS)
    class Gaps(IntEnum):
        A = 1
        B = 2
        E = 5
except ValueError as e:
    print('ValueError:', e)
try:
    @verify(NAMED_FLAGS)
    class Missing(Flag):
        A = 1
        B = 2
        ALL = 15
except ValueError as e:
    print('ValueError:', e)


@verify(UNIQUE, CONTINUOUS)
class Fine(IntEnum):
    A = 1
    B = 2


print(list(Fine))

# dir() of an enum and of a member.
print(dir(Animal))
print(dir(Coin.PENNY))
print([n for n in dir(Vehicle.CAR) if not n.startswith('_')])

# __init_subclass__ and class keywords pass through.
class Tracked(Enum):
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print('subclass', cls.__name__)


class Child(Tracked):
    X = 1


print(list(Child))
print(enum.bin(10), enum.bin(~10), enum.bin(5, 8), enum.show_flag_values(13))
