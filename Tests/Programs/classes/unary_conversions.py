# Unary operators (-x, +x, ~x, abs), numeric conversions (__int__, __float__, __index__ in int(),
# float(), bin/hex/oct, range, list indexing and slicing, repetition), truth (__bool__, __len__).

class Signed:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Signed(-self.v)

    def __pos__(self):
        return Signed(abs(self.v))

    def __invert__(self):
        return Signed(~self.v)

    def __abs__(self):
        return self.v if self.v >= 0 else -self.v

    def __repr__(self):
        return "S" + str(self.v)


s = Signed(5)
print(-s, +Signed(-3), ~s, abs(Signed(-9)), -(-s), ~~s)

try:
    -object()
except TypeError as e:
    print(type(e).__name__, e)


class Plain:
    pass


for op in ["-", "+", "~", "abs"]:
    try:
        if op == "-":
            -Plain()
        elif op == "+":
            +Plain()
        elif op == "~":
            ~Plain()
        else:
            abs(Plain())
    except TypeError as e:
        print(type(e).__name__, e)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


i = Index(2)
items = ["a", "b", "c", "d", "e"]
print(items[i], items[Index(-1)], items[Index(1):Index(4)], "xyz"[i])
print(bin(Index(10)), hex(Index(255)), oct(Index(8)))
print(list(range(Index(3))), list(range(Index(1), Index(10), Index(3))))
print(int(Index(7)), [0] * Index(3), "ab" * Index(2), (1, 2, 3)[Index(0)])
print(Index(5).__index__(), Index.__index__(Index(6)))


class Conv:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)


c = Conv(3.75)
print(int(c), float(c), float(Conv(2)), int(Conv("12")))
try:
    items[c]
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin(c)
except TypeError as e:
    print(type(e).__name__, e)


class BadInt:
    def __int__(self):
        return "seven"


class BadFloat:
    def __float__(self):
        return 7


class BadIndex:
    def __index__(self):
        return 2.0


for thing, fn in [(BadInt(), int), (BadFloat(), float), (BadIndex(), hex)]:
    try:
        fn(thing)
    except TypeError as e:
        print(type(e).__name__, e)

try:
    int(Plain())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(Plain())
except TypeError as e:
    print(type(e).__name__, e)


# Truth: __bool__ first, then __len__, else always true.
class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 10


print(bool(Flag(True)), bool(Flag(False)), bool(Sized(0)), bool(Sized(3)), bool(Both()), bool(Plain()))
print(len(Both()), len(Sized(4)))
print(not Flag(False), Flag(False) or "fallback", Sized(2) and "yes", Sized(0) or "empty")
for obj in [Flag(True), Flag(False), Sized(0), Sized(1)]:
    if obj:
        print(type(obj).__name__, "truthy")
    else:
        print(type(obj).__name__, "falsy")
n = Sized(3)
count = 0
while n:
    n.n -= 1
    count += 1
print("looped", count)
print([x for x in [Flag(True), Flag(False), Sized(0), Sized(5)] if x].__len__())
print(Flag(0) if False else "ok", all([Flag(True), Sized(1)]), any([Flag(False), Sized(0)]))


class BadBool:
    def __bool__(self):
        return 1


class NegLen:
    def __len__(self):
        return -1


class StrLen:
    def __len__(self):
        return "3"


for thing in [BadBool(), NegLen(), StrLen()]:
    try:
        bool(thing)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    len(Plain())
except TypeError as e:
    print(type(e).__name__, e)
try:
    if BadBool():
        pass
except TypeError as e:
    print(type(e).__name__, e)

# round/__round__ and trunc-like conversions through __int__ in arithmetic with ints.
class Rounder:
    def __round__(self, ndigits=None):
        return "rounded " + str(ndigits)


print(round(Rounder()), round(Rounder(), 2))
