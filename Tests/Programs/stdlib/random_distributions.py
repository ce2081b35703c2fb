# random: the real-valued distributions, for several seeds and parameters.
import random

for seed in [1, 2, 3]:
    random.seed(seed)
    print('seed', seed)
    print(' uniform', [random.uniform(-1, 1) for _ in range(3)], random.uniform(5, 5), random.uniform(10, 1))
    print(' triangular', random.triangular(), random.triangular(0, 10), random.triangular(0, 10, 9), random.triangular(3, 3, 3))
    print(' gauss', [random.gauss() for _ in range(4)], random.gauss(100, 15))
    print(' normalvariate', [random.normalvariate() for _ in range(3)], random.normalvariate(5, 0.1))
    print(' lognormvariate', random.lognormvariate(0, 1), random.lognormvariate(1, 0.5))
    print(' expovariate', random.expovariate(1), random.expovariate(0.1), random.expovariate(-2))
    print(' vonmisesvariate', random.vonmisesvariate(0, 0), random.vonmisesvariate(1, 1), random.vonmisesvariate(3, 50))
    print(' gammavariate', random.gammavariate(0.3, 1), random.gammavariate(1, 3), random.gammavariate(2.5, 2), random.gammavariate(100, 1))
    print(' betavariate', random.betavariate(2, 5), random.betavariate(0.5, 0.5), random.betavariate(1, 1))
    print(' paretovariate', random.paretovariate(1), random.paretovariate(3))
    print(' weibullvariate', random.weibullvariate(1, 1), random.weibullvariate(2, 0.5))

random.seed(5)
xs = [random.gauss(0, 1) for _ in range(2000)]
print(round(sum(xs) / len(xs), 6), round(max(xs), 6), round(min(xs), 6))
ys = [random.gammavariate(0.5, 2) for _ in range(500)]
print(round(sum(ys), 6))

for f, args in [(random.gammavariate, (0, 1)), (random.gammavariate, (1, -1)), (random.betavariate, (-1, 1)),
                (random.expovariate, (0,)), (random.triangular, (1, 1, 5))]:
    try:
        print(f.__name__, f(*args))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
