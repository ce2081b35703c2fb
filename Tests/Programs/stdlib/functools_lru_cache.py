# lru_cache and cache: hits and misses, keys, eviction order, typed, parameters, clearing.
import functools
from functools import lru_cache, cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(30), fib(200))
print(fib.cache_info())
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, info[0], len(info), tuple(info))
print(type(info).__name__, info == (info.hits, info.misses, None, info.currsize))
hits, misses, maxsize, currsize = info
print(hits + misses, maxsize)
print(info._asdict() if hasattr(info, '_asdict') else None)
fib.cache_clear()
print(fib.cache_info())
print(fib.cache_parameters(), fib.__name__, fib.__wrapped__.__name__)


# A bare decorator gets maxsize=128.
@lru_cache
def square(x):
    print('  computing square', x)
    return x * x


print(square(4), square(4), square.cache_info(), square.cache_parameters())

# Keys: an int or str alone is its own key; a float equal to an int is a different entry,
# keyword arguments and their order matter.
calls = []


@lru_cache(maxsize=None)
def ident(*args, **kw):
    calls.append((args, kw))
    return len(calls)


print(ident(1), ident(1), ident(1.0), ident(True), ident('a'), ident('a'))
print(ident(1, 2), ident(1, 2), ident(x=1, y=2), ident(y=2, x=1), ident(x=1, y=2))
print(ident((1, 2)), ident((1, 2)), ident(1, x=2), ident(1, x=2))
print(ident.cache_info())
try:
    ident([1, 2])
except TypeError as e:
    print('TypeError:', e)


# Bounded cache: least recently used entry goes first.
@lru_cache(maxsize=3)
def load(key):
    print('  load', key)
    return key.upper()


for k in ['a', 'b', 'c', 'a', 'd', 'b', 'a', 'c', 'e', 'a']:
    load(k)
print(load.cache_info())
load.cache_clear()
print(load.cache_info())
load('z')
print(load.cache_info())


# typed=True separates 3 and 3.0.
@lru_cache(maxsize=10, typed=True)
def kind(x):
    return type(x).__name__


print(kind(3), kind(3.0), kind(3), kind.cache_info())


@lru_cache(maxsize=None, typed=True)
def kind2(x, y=0):
    return repr(x) + repr(y)


print(kind2(1), kind2(1.0), kind2(1, y=2), kind2(1, y=2.0), kind2(1), kind2.cache_info())


# maxsize=0 caches nothing; a negative maxsize is 0.
@lru_cache(maxsize=0)
def nothing(x):
    return x


print(nothing(1), nothing(1), nothing.cache_info())
print(lru_cache(maxsize=-5)(abs).cache_info())


@cache
def triangle(n):
    return n + triangle(n - 1) if n else 0


print(triangle(300), triangle.cache_info(), triangle.cache_parameters())


# Recursion that fills the same key while computing it.
@lru_cache(maxsize=2)
def countdown(n):
    if n <= 0:
        return 0
    return 1 + countdown(n - 1)


print(countdown(10), countdown(10), countdown.cache_info())


# Methods: the wrapper binds like a function.
class Grid:
    def __init__(self, w):
        self.w = w

    @lru_cache(maxsize=None)
    def paths(self, r, c):
        if r == 0 or c == 0:
            return 1
        return self.paths(r - 1, c) + self.paths(r, c - 1)

    def __hash__(self):
        return self.w

    def __eq__(self, other):
        return isinstance(other, Grid) and self.w == other.w


print(Grid(1).paths(10, 10), Grid(1).paths(16, 16), Grid.paths.cache_info())

# Exceptions are not cached.
attempts = []


@lru_cache(maxsize=None)
def flaky(x):
    attempts.append(x)
    if len(attempts) < 3:
        raise ValueError('try again')
    return x


for _ in range(4):
    try:
        print(flaky(7))
    except ValueError as e:
        print('ValueError:', e)
print(flaky.cache_info())

# Errors
try:
    lru_cache(maxsize='big')
except TypeError as e:
    print('TypeError:', e)
try:
    lru_cache(maxsize=2.5)
except TypeError as e:
    print('TypeError:', e)
