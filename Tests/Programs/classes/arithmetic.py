# Arithmetic operator overloading: every binary operator, reflected operators with builtin left
# operands, in-place operators (and their fallback to the binary ones), NotImplemented, mixed types,
# subclasses whose reflected method wins, pow with three arguments, divmod.

class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v!r})"

    @staticmethod
    def unwrap(x):
        if isinstance(x, Num):
            return x.v
        if isinstance(x, (int, float)):
            return x
        return None

    def _bin(self, other, fn):
        o = Num.unwrap(other)
        if o is None:
            return NotImplemented
        return Num(fn(self.v, o))

    def _rbin(self, other, fn):
        o = Num.unwrap(other)
        if o is None:
            return NotImplemented
        return Num(fn(o, self.v))

    def __add__(self, o): return self._bin(o, lambda a, b: a + b)
    def __radd__(self, o): return self._rbin(o, lambda a, b: a + b)
    def __sub__(self, o): return self._bin(o, lambda a, b: a - b)
    def __rsub__(self, o): return self._rbin(o, lambda a, b: a - b)
    def __mul__(self, o): return self._bin(o, lambda a, b: a * b)
    def __rmul__(self, o): return self._rbin(o, lambda a, b: a * b)
    def __truediv__(self, o): return self._bin(o, lambda a, b: a / b)
    def __rtruediv__(self, o): return self._rbin(o, lambda a, b: a / b)
    def __floordiv__(self, o): return self._bin(o, lambda a, b: a // b)
    def __rfloordiv__(self, o): return self._rbin(o, lambda a, b: a // b)
    def __mod__(self, o): return self._bin(o, lambda a, b: a % b)
    def __rmod__(self, o): return self._rbin(o, lambda a, b: a % b)
    def __pow__(self, o, mod=None):
        if mod is not None:
            return Num(pow(self.v, Num.unwrap(o), mod))
        return self._bin(o, lambda a, b: a ** b)
    def __rpow__(self, o): return self._rbin(o, lambda a, b: a ** b)
    def __lshift__(self, o): return self._bin(o, lambda a, b: a << b)
    def __rlshift__(self, o): return self._rbin(o, lambda a, b: a << b)
    def __rshift__(self, o): return self._bin(o, lambda a, b: a >> b)
    def __rrshift__(self, o): return self._rbin(o, lambda a, b: a >> b)
    def __and__(self, o): return self._bin(o, lambda a, b: a & b)
    def __rand__(self, o): return self._rbin(o, lambda a, b: a & b)
    def __or__(self, o): return self._bin(o, lambda a, b: a | b)
    def __ror__(self, o): return self._rbin(o, lambda a, b: a | b)
    def __xor__(self, o): return self._bin(o, lambda a, b: a ^ b)
    def __rxor__(self, o): return self._rbin(o, lambda a, b: a ^ b)
    def __divmod__(self, o): return (self // o, self % o)
    def __rdivmod__(self, o): return (o // self, o % self)


a, b = Num(17), Num(5)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(a << b, a >> 2, a & b, a | b, a ^ b)
print(a + 1, 1 + a, a - 1, 1 - a, 2 * a, a * 2.5, 100 / b, 100 // b, 100 % b, 2 ** b)
print(3 << b, 1000 >> b, 6 & b, 8 | b, 1 ^ b)
print(pow(a, 2), pow(a, 2, 10), pow(2, b))
print(divmod(a, b), divmod(40, b))
print(sum([Num(1), Num(2), Num(3)]))
print(a + b * 2 - 1)

# In-place operators fall back to the binary ones when __iadd__ is missing: a new object.
x = Num(1)
alias = x
x += 5
x -= 1
x *= 3
x //= 2
x **= 2
x %= 7
x <<= 3
x >>= 1
x |= 1
x &= 13
x ^= 4
x /= 2
print(x, alias, x is alias)


# A mutable accumulator with real in-place operators: the same object is returned.
class Bag:
    def __init__(self):
        self.items = []

    def __iadd__(self, other):
        self.items.append(other)
        return self

    def __isub__(self, other):
        self.items.remove(other)
        return self

    def __imul__(self, n):
        self.items = self.items * n
        return self

    def __add__(self, other):
        new = Bag()
        new.items = self.items + [other]
        return new

    def __repr__(self):
        return "Bag" + repr(self.items)


bag = Bag()
same = bag
bag += "apple"
bag += "pear"
bag -= "apple"
bag *= 3
print(bag, same is bag)
other = bag + "fig"
print(other, bag)


# __iadd__ returning NotImplemented falls back to __add__.
class Half:
    def __init__(self, v):
        self.v = v

    def __iadd__(self, o):
        print("  __iadd__ declines")
        return NotImplemented

    def __add__(self, o):
        print("  __add__")
        return Half(self.v + o)


h = Half(1)
h += 2
print(h.v)

# In-place on an attribute and on a subscript.
class Holder:
    def __init__(self):
        self.n = Num(1)
        self.slots = [Num(10), Num(20)]


hold = Holder()
hold.n += 4
hold.slots[1] *= 3
print(hold.n, hold.slots)


# A subclass overriding the reflected method is tried first.
class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return "Meters.__add__"

    def __radd__(self, other):
        return "Meters.__radd__"


class Kilometers(Meters):
    def __radd__(self, other):
        return "Kilometers.__radd__"


class Inches(Meters):
    pass


print(Meters(1) + Kilometers(2), Kilometers(2) + Meters(1), Meters(1) + Inches(2))


# Operators on builtin values: int.__add__(Num) is NotImplemented, so Num.__radd__ runs.
print((5).__add__(Num(1)), (5).__radd__(3), Num(2).__add__("x"))

# String concatenation and repetition with user classes.
class Word:
    def __init__(self, s):
        self.s = s

    def __add__(self, other):
        return Word(self.s + str(other))

    def __radd__(self, other):
        return Word(str(other) + self.s)

    def __mul__(self, n):
        return Word(self.s * n)

    __rmul__ = __mul__

    def __str__(self):
        return self.s


print(Word("ab") + "cd", "xy" + Word("ab"), Word("ab") * 3, 2 * Word("zz"), Word("a") + 1)

# Matrix multiplication operator.
class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return M(self.v * other.v + 1)

    def __rmatmul__(self, other):
        return M(other * self.v - 1)

    def __imatmul__(self, other):
        self.v = -self.v
        return self


m = M(3) @ M(4)
print(m.v, (10 @ M(2)).v)
m @= M(0)
print(m.v)


# divmod() calls __divmod__ / __rdivmod__ themselves (not // and %).
class OnlyDivmod:
    def __divmod__(self, other):
        return ("divmod", other)

    def __rdivmod__(self, other):
        return ("rdivmod", other)


print(divmod(OnlyDivmod(), 7), divmod(7, OnlyDivmod()))
