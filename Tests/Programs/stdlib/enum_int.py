# IntEnum, StrEnum and mixed-in data types: str/format/repr in 3.11, comparisons, arithmetic.
from enum import Enum, IntEnum, StrEnum, auto


class Num(IntEnum):
    ONE = 1
    TWO = 2
    THREE = auto()


print(Num.ONE, repr(Num.TWO), str(Num.THREE), f'{Num.TWO}', format(Num.ONE, '03d'), '%d' % Num.TWO)
print('%s' % Num.ONE, '{}'.format(Num.THREE), '{:>4}|'.format(Num.ONE))
print(Num.ONE + 1, Num.TWO * Num.THREE, Num.ONE < Num.TWO, Num.ONE == 1, 2 == Num.TWO)
print(sorted([Num.THREE, Num.ONE, 2]), int(Num.TWO), Num(3), Num(True), isinstance(Num.ONE, int))
print(hash(Num.ONE) == hash(1), {1: 'a'}[Num.ONE], [10, 20, 30][Num.ONE], range(5)[Num.TWO])
print(Num.ONE.name, Num.ONE.value, type(Num.ONE.value), list(Num), Num.TWO.bit_length())
print(Num.__members__, Num._value2member_map_)
try:
    Num(4)
except ValueError as e:
    print('ValueError:', e)
try:
    class BadInt(IntEnum):
        X = 'x'
except ValueError as e:
    print('ValueError:', e)
except TypeError as e:
    print('TypeError:', e)


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404

    @property
    def is_error(self):
        return self >= 400


print(Status.NOT_FOUND.is_error, Status.OK.is_error, Status(404), repr(Status(200)))


# A plain int mixin keeps Enum's str and format in 3.11.
class Mixed(int, Enum):
    A = 1
    B = 2


print(Mixed.A, repr(Mixed.B), f'{Mixed.A}', Mixed.A + Mixed.B, Mixed.B == 2)


class Grade(float, Enum):
    PASS = 0.5
    HIGH = 0.9


print(Grade.PASS, repr(Grade.HIGH), Grade.PASS < Grade.HIGH, Grade(0.9), Grade.HIGH * 2)


class Color(StrEnum):
    RED = auto()
    GREEN = 'green'
    BLUE = auto()


print(Color.RED, repr(Color.GREEN), str(Color.BLUE), f'{Color.RED}', format(Color.GREEN, '>7'))
print(Color.RED == 'red', Color('green'), Color['BLUE'], list(Color), Color.RED.value)
print('-'.join(Color), Color.RED + '!', len(Color.GREEN), sorted(Color))
print(Color.RED.name, Color.GREEN.value, Color.__members__)
try:
    Color('purple')
except ValueError as e:
    print('ValueError:', e)
try:
    class NotStr(StrEnum):
        ONE = 1
except TypeError as e:
    print('TypeError:', e)


class Tuple2(tuple, Enum):
    ORIGIN = (0, 0)
    UNIT = (1, 1)


print(Tuple2.ORIGIN, repr(Tuple2.UNIT), Tuple2((1, 1)), Tuple2.UNIT.value, Tuple2.UNIT == (1, 1))
