# time: clocks and sleep. Only deterministic facts are printed: types, monotonicity, rough sizes.
import time

for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    f = getattr(time, name)
    g = getattr(time, name + '_ns')
    a, b = f(), f()
    na, nb = g(), g()
    print(name, type(a).__name__, type(na).__name__, a <= b, na <= nb)

now = time.time()
print(now > 1.6e9, abs(time.time_ns() / 1e9 - now) < 60)
t0 = time.monotonic()
p0 = time.perf_counter_ns()
time.sleep(0.02)
time.sleep(0)
time.sleep(False)
elapsed = time.monotonic() - t0
print(0.015 < elapsed < 5, time.perf_counter_ns() - p0 >= 15_000_000)

c0 = time.process_time()
total = 0
for i in range(200000):
    total += i
print(total, time.process_time() >= c0)

for bad in [lambda: time.sleep(-1), lambda: time.sleep(-0.5), lambda: time.sleep('1'), lambda: time.sleep(None),
            lambda: time.sleep(float('nan')), lambda: time.sleep(), lambda: time.sleep(1, 2), lambda: time.sleep(secs=1),
            lambda: time.time(1), lambda: time.monotonic_ns(None), lambda: time.perf_counter(x=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
