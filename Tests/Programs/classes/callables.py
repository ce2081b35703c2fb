# __call__: function-like objects with state (counters, memoizers, partial application,
# validators), callable(), objects as keys of sorted/map, __call__ with keywords and defaults.

class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args, **kwargs):
        self.calls += 1
        return (self.calls, args, sorted(kwargs.items()))


count = Counter()
print(count(), count(1, 2), count(a=1, b=[2]), count.calls)
print(callable(count), callable(Counter), callable(3), callable(print), callable("s"))


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.misses = 0

    def __call__(self, n):
        if n not in self.cache:
            self.misses += 1
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.misses, type(fib).__name__, len(fib.cache))


class Partial:
    def __init__(self, fn, *args, **kwargs):
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def __call__(self, *more, **kw):
        merged = dict(self.kwargs)
        merged.update(kw)
        return self.fn(*self.args, *more, **merged)


def volume(length, width, height=1, unit="m3"):
    return str(length * width * height) + unit


p = Partial(volume, 2, unit="cm3")
print(p(3), p(3, 4), p(3, height=10), p(5, 5, unit="l"), Partial(volume)(1, 1))


class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x):
        return x * self.k


double, triple = Multiplier(2), Multiplier(3)
print(list(map(double, [1, 2, 3])), [triple(v) for v in "ab"], sorted([3, -5, 1], key=Multiplier(-1)))


# Composition of callables.
class Compose:
    def __init__(self, *fns):
        self.fns = fns

    def __call__(self, x):
        for f in reversed(self.fns):
            x = f(x)
        return x


inc_then_double = Compose(double, lambda v: v + 1)
print(inc_then_double(5), Compose()(7), Compose(str, abs, triple)(-4))


# A callable returned from a method; a callable stored as an instance attribute is not bound.
class Factory:
    def make(self, k):
        return Multiplier(k)


f = Factory()
print(f.make(10)(4))
holder = Factory()
holder.fn = Multiplier(7)
holder.plain = lambda x: x + 1
print(holder.fn(2), holder.plain(2))


# A callable class attribute that is a function becomes a method; a callable instance does not.
class Tool:
    op = Multiplier(100)

    def method(self, x):
        return x


t = Tool()
print(t.op(2), Tool.op(3))


# Calling non-callables.
class NotCallable:
    pass


try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    count.calls()
except TypeError as e:
    print(type(e).__name__, e)


# __call__ with wrong arity reports the qualified method name.
class Strict:
    def __call__(self, a, b):
        return a + b


try:
    Strict()(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Strict()(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Strict()(1, c=2)
except TypeError as e:
    print(type(e).__name__, e)

# __call__ assigned after class creation.
class Late:
    pass


Late.__call__ = lambda self, x: x * 2
print(Late()(21), callable(Late()))

# Validator objects in a pipeline.
class Range:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __call__(self, v):
        return self.lo <= v <= self.hi


class Even:
    def __call__(self, v):
        return v % 2 == 0


checks = [Range(0, 10), Even()]
for value in [4, 7, 12, -2]:
    print(value, [type(c).__name__ for c in checks if not c(value)])
