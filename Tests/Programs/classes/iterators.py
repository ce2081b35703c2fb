# Iterator classes: __iter__ returning self or a separate iterator object, __next__ raising
# StopIteration, exhaustion, use by for/list/sum/zip/enumerate/sorted/min/max/unpacking/in/dict(),
# iter() and next() with defaults, re-iterable containers, infinite iterators stopped by break.

class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


cd = Countdown(3)
print(list(cd), list(cd))
for n in Countdown(4):
    print("n =", n)
print(sum(Countdown(10)), max(Countdown(5)), min(Countdown(5)), sorted(Countdown(4)))
print(list(zip(Countdown(3), "abc")), list(enumerate(Countdown(2), 1)))
a, b, c = Countdown(3)
print(a, b, c)
first, *rest = Countdown(5)
print(first, rest)
print(3 in Countdown(5), 9 in Countdown(5))
print([x * x for x in Countdown(4)], {x: str(x) for x in Countdown(2)})
print(tuple(Countdown(3)), set(Countdown(3)), dict(zip(Countdown(2), Countdown(2))))
print(" ".join(map(str, Countdown(3))), list(filter(lambda v: v % 2, Countdown(6))))
print(list(reversed(list(Countdown(3)))))

it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e.args))


# A container whose __iter__ returns a fresh iterator each time: re-iterable.
class Range2D:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def __iter__(self):
        return Range2DIterator(self)


class Range2DIterator:
    def __init__(self, source):
        self.source = source
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.source.w * self.source.h:
            raise StopIteration()
        i = self.i
        self.i += 1
        return divmod(i, self.source.w)


r = Range2D(2, 2)
print(list(r), list(r))
pairs = [(p, q) for p in Range2D(1, 2) for q in Range2D(2, 1)]
print(pairs)
outer = iter(r)
print(next(outer), next(outer), list(outer), list(iter(r)))


# __iter__ returning an iterator of a builtin type.
class Deck:
    def __init__(self):
        self.cards = [rank + suit for suit in "SH" for rank in "AK"]

    def __iter__(self):
        return iter(self.cards)

    def __len__(self):
        return len(self.cards)


deck = Deck()
print(list(deck), len(deck), "KS" in deck, sorted(deck))


# Infinite iterator with break and with a manual next loop.
class Fib:
    def __init__(self):
        self.a, self.b = 0, 1

    def __iter__(self):
        return self

    def __next__(self):
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


out = []
for f in Fib():
    if f > 100:
        break
    out.append(f)
print(out)
fib = Fib()
print([next(fib) for _ in range(12)])
print(list(zip(range(5), Fib())))

# StopIteration with a value; exceptions other than StopIteration propagate out of for.
class Failing:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 3:
            raise ValueError("broken at 3")
        return self.n


got = []
try:
    for v in Failing():
        got.append(v)
except ValueError as e:
    print(type(e).__name__, e, got)


# Objects that are not iterators.
class NotIter:
    pass


class BadIter:
    def __iter__(self):
        return 42


class IterNoNext:
    def __iter__(self):
        return self


for obj in [NotIter(), BadIter(), IterNoNext()]:
    try:
        for _ in obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next(NotIter())
except TypeError as e:
    print(type(e).__name__, e)

# iter(callable, sentinel) with a callable object.
class Dice:
    def __init__(self, rolls):
        self.rolls = list(rolls)

    def __call__(self):
        return self.rolls.pop(0)


print(list(iter(Dice([3, 5, 1, 6, 2]), 6)))

# A linked chain iterated by a while loop over next() with a default.
class Chain:
    def __init__(self, *values):
        self.values = values
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos == len(self.values):
            raise StopIteration
        self.pos += 1
        return self.values[self.pos - 1]


ch = Chain("x", "y", "z")
while (item := next(ch, None)) is not None:
    print("item", item)
