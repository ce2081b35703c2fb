# Decorators written as plain functions: wrappers with closures, decorators with arguments, stacking.

def trace(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(f"{fn.__name__}{args} -> {result}")
        return result
    return wrapper

def repeat(times):
    def decorate(fn):
        def wrapper(x):
            for _ in range(times):
                x = fn(x)
            return x
        return wrapper
    return decorate

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@trace
def add(a, b):
    return a + b

@repeat(3)
def double(x):
    return x * 2

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

@trace
@repeat(2)
def inc(x):
    return x + 1

add(2, 3)
print(double(1), fib(80), len(fib.cache), inc(10))
