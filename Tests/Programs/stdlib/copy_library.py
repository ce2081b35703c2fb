# copy and deepcopy of enum members, flags and dataclass instances (plain, frozen, slotted).
import copy, enum
class Color(enum.Enum):
    RED = 1
    GREEN = [2]
class F(enum.Flag):
    A = 1
    B = 2
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.GREEN) is Color.GREEN, copy.deepcopy([F.A | F.B]))
import dataclasses
@dataclasses.dataclass
class D:
    x: int
    y: list
d = D(1, [2])
print(copy.copy(d), copy.deepcopy(d).y is d.y, copy.copy(d).y is d.y)
@dataclasses.dataclass(frozen=True)
class FD:
    x: int
print(copy.copy(FD(1)), copy.deepcopy(FD(2)))
@dataclasses.dataclass
class SD:
    __slots__ = ('a',)
    a: int
print(copy.deepcopy(SD(3)))
