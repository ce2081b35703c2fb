# timeit with callables: the timings vary, so only their shape is printed.
import timeit

calls = []
def work():
    calls.append(sum(range(100)))

t = timeit.timeit(work, number=50)
print(type(t).__name__, t >= 0, len(calls))
r = timeit.repeat(work, repeat=3, number=10)
print(len(r), all(x >= 0 for x in r), len(calls))
setups = []
timer = timeit.Timer(stmt=work, setup=lambda: setups.append(1))
print(timer.timeit(number=5) >= 0, len(setups), len(calls))
print(timeit.timeit("pass", number=1000) >= 0, timeit.default_timer() > 0)
n, taken = timeit.Timer(lambda: None).autorange()
print(n >= 1, taken >= 0.2)
ticks = iter(range(0, 1000, 3))
fake = timeit.Timer(work, timer=lambda: next(ticks))
print(fake.timeit(number=2), fake.repeat(repeat=2, number=1))
