# Flag and IntFlag: composition, repr/str of composites, membership, iteration, boundaries.
from enum import Flag, IntFlag, auto, STRICT, CONFORM, EJECT, KEEP, FlagBoundary


class Perm(Flag):
    R = 4
    W = 2
    X = 1


RW = Perm.R | Perm.W
print(repr(RW), str(RW), RW, RW.name, RW.value, format(RW), f'{Perm.X}')
print(repr(Perm(7)), repr(Perm(0)), str(Perm(0)), bool(Perm(0)), bool(Perm.R))
print(list(RW), list(Perm(7)), list(Perm(0)), len(RW), len(Perm(7)), len(Perm(0)))
print(Perm.R in RW, Perm.X in RW, RW in Perm(7), Perm(0) in RW)
print(RW & Perm.R, RW & Perm.X, RW ^ Perm.R, RW | Perm.X, ~Perm.R, ~RW, ~Perm(7), ~Perm(0))
print(Perm(6) is RW, Perm(6) is (Perm.W | Perm.R), list(Perm), len(Perm), Perm.__members__)
try:
    Perm(8)
except ValueError as e:
    print('ValueError:', e)
try:
    Perm('x')
except ValueError as e:
    print('ValueError:', e)
try:
    Perm.R | 1
except TypeError as e:
    print('TypeError:', e)
try:
    1 in Perm.R
except TypeError as e:
    print('TypeError:', e)


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE      # a multi-bit alias
    BLACK = 0


print(list(Color), Color.WHITE, repr(Color.WHITE), Color(7) is Color.WHITE, repr(Color.BLACK))
print(repr(Color.RED | Color.BLUE), Color._member_names_, list(Color.__members__))
print(Color.RED.value, Color.GREEN.value, Color.BLUE.value, ~Color.RED, ~Color.WHITE)
print(list(Color.WHITE), Color.BLACK in Color.RED, bool(Color.BLACK))


class Opt(IntFlag):
    A = 1
    B = 2
    C = 4


print(Opt.A | Opt.B, repr(Opt.A | Opt.B), str(Opt.C), f'{Opt.A | Opt.C}', format(Opt.B, '04b'))
print(Opt.A | 8, repr(Opt.A | 8), repr(Opt(9)), Opt.A + 1, Opt.C * 2, Opt.B == 2)
print(repr(~Opt.A), ~Opt.A, repr(Opt(0)), repr(Opt.A & 0), 3 | Opt.C, repr(3 | Opt.C))
print(isinstance(Opt.A | Opt.B, int), isinstance(Opt.A | Opt.B, Opt), list(Opt(7)), Opt.A in Opt(3))
print(repr(Opt(-1)), repr(Opt(16)), Opt.C ^ 5, repr(Opt.C ^ 5), repr(Opt.A << 3))


# Boundaries.
class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


try:
    Strict(7)
except ValueError as e:
    print('ValueError:', e)
print(repr(Conform(7)), Eject(7), type(Eject(7)), repr(Keep(7)), str(Keep(7)))
print(repr(FlagBoundary.STRICT), STRICT, KEEP is FlagBoundary.KEEP, Perm._boundary_, Opt._boundary_)


# Members defined out of order iterate in definition order.
class Weird(Flag):
    C = 4
    A = 1
    B = 2


print(list(Weird), list(Weird(7)), repr(Weird(7)), repr(Weird(5)))


# Methods on flags.
class Access(Flag):
    READ = auto()
    WRITE = auto()
    ADMIN = auto()

    def allows(self, other):
        return other in self

    @classmethod
    def everything(cls):
        result = cls(0)
        for m in cls:
            result |= m
        return result


print(Access.everything(), Access.READ.allows(Access.READ), (Access.READ | Access.WRITE).allows(Access.ADMIN))
