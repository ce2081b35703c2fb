# dir() of mixed-in enum members and classes.
from enum import IntEnum, Enum, StrEnum
class Num(IntEnum):
    ONE = 1
    def m(self): pass
print(dir(Num.ONE) == sorted(set(dir(Num.ONE))), [n for n in dir(Num.ONE) if not n.startswith('__')])
print(len(dir(Num)) > 20, [n for n in dir(Num) if not n.startswith('__')])
class S(StrEnum):
    A = 'a'
print([n for n in dir(S.A) if not n.startswith('_')][:5])
