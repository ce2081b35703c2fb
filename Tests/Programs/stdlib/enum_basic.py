# Enum basics: members, lookup, iteration, aliases, repr/str/format, errors, __members__.
from enum import Enum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1     # an alias


print(Color.RED, repr(Color.RED), Color.GREEN.name, Color.GREEN.value)
print(list(Color), len(Color), list(reversed(Color)))
print(Color(2), Color['BLUE'], Color(Color.RED), Color.CRIMSON, Color.CRIMSON is Color.RED)
print(Color.__members__)
print(list(Color.__members__), Color.__members__['CRIMSON'])
print(f'{Color.RED}', format(Color.RED, '>12'), '[%s]' % Color.BLUE, '{:<10}|'.format(Color.GREEN))
print(Color, repr(Color), type(Color.RED), isinstance(Color.RED, Color))
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.BLUE, Color.RED is Color['RED'])
print(hash(Color.RED) == hash('RED'), {Color.RED: 'r', Color.GREEN: 'g'}[Color.CRIMSON])
print(Color.RED in Color, sorted(Color, key=lambda c: -c.value))
print(Color._member_names_, Color._value2member_map_)
print(bool(Color), bool(Color.RED))

try:
    Color(5)
except ValueError as e:
    print('ValueError:', e)
try:
    Color('RED')
except ValueError as e:
    print('ValueError:', e)
try:
    Color['PURPLE']
except KeyError as e:
    print('KeyError:', e)
try:
    Color.PURPLE
except AttributeError as e:
    print('AttributeError:', e)
try:
    Color.RED = 4
except AttributeError as e:
    print('AttributeError:', e)
try:
    del Color.RED
except AttributeError as e:
    print('AttributeError:', e)
try:
    Color.RED.value = 4
except AttributeError as e:
    print('AttributeError:', e)
try:
    Color.RED.name = 'x'
except AttributeError as e:
    print('AttributeError:', e)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print('TypeError:', e)


# Class attributes that are not members: methods, properties, classmethods, descriptors,
# dunders, sunders, private names.
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

    @classmethod
    def heaviest(cls):
        return max(cls, key=lambda p: p.mass)

    def describe(self):
        return '%s weighs %g' % (self.name.title(), self.mass)


print(Planet.EARTH, Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 3))
print(Planet.heaviest(), Planet.MERCURY.describe(), Planet((3.303e+23, 2.4397e6)))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3
    _ignore_ = ['temp']
    temp = 5
    __private = 7

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), repr(Mood.FUNKY))
print(f'{Mood.FUNKY}', list(Mood), hasattr(Mood, 'temp'), Mood._Mood__private)


# auto() and _generate_next_value_.
class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = 10
    LINE = auto()


print(list(Shape))


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)

    NORTH = auto()
    SOUTH = auto()


print(list(Named), repr(auto()), repr(auto(5)))


# _missing_.
class Level(Enum):
    LOW = 1
    HIGH = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Level('low'), Level(2))
try:
    Level(3)
except ValueError as e:
    print('ValueError:', e)


class Bad(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 5


try:
    Bad(7)
except TypeError as e:
    print('TypeError:', e)

# unique.
try:
    @unique
    class Dup(Enum):
        ONE = 1
        TWO = 2
        UNO = 1
        EINS = 1
except ValueError as e:
    print('ValueError:', e)
print(unique(Level) is Level)

# Definition errors.
try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError:', e)
try:
    class Extended(Color):
        PINK = 9
except TypeError as e:
    print('TypeError:', e)
try:
    class Sunder(Enum):
        _bad_ = 1
except ValueError as e:
    print('ValueError:', e)
try:
    class Mro(Enum):
        mro = 1
except ValueError as e:
    print('ValueError:', e)


# An empty enum can be subclassed; its methods are inherited.
class Base(Enum):
    def double(self):
        return self.value * 2


class Sub(Base):
    ONE = 1
    TWO = 2


print(Sub.TWO.double(), list(Sub), len(Base), list(Base))
try:
    Base(1)
except TypeError as e:
    print('TypeError:', e)

# Matching.
for c in (Color.RED, Color.BLUE):
    match c:
        case Color.RED:
            print('red!')
        case Color.GREEN | Color.BLUE:
            print('green or blue')
