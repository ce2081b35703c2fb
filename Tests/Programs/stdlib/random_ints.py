# random: randrange in all its forms, randint, and their errors.
import random

random.seed(31337)
print([random.randrange(10) for _ in range(15)])
print([random.randrange(5, 10) for _ in range(15)])
print([random.randrange(0, 100, 7) for _ in range(15)])
print([random.randrange(100, 0, -3) for _ in range(15)])
print([random.randrange(-50, -10, 4) for _ in range(15)])
print([random.randint(1, 6) for _ in range(20)])
print([random.randint(-3, 3) for _ in range(20)])
print(random.randrange(1), random.randint(7, 7))
print([random.randrange(2**70) for _ in range(3)])
print([random.randrange(-2**80, 2**80, 3) for _ in range(3)])
print([random.randint(10**20, 10**21) for _ in range(3)])
print(random.randrange(True, 5), random.randrange(0, 10, True))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(random.randrange(Idx(10)), random.randrange(Idx(2), Idx(20), Idx(3)))

for args in [(0,), (-5,), (5, 5), (5, 2), (1, 10, 0), (10, 1, 1), (1, 10, -1), (0, 10, -2),
             ('a',), (1, 'b'), (None,), (1, 2, 3, 4), (),
             (3, None, 2)]:
    try:
        print(args, random.randrange(*args))
    except Exception as e:
        print(args, type(e).__name__, e)

for args in [(5, 1), ('a', 'b'), (1,)]:
    try:
        print(args, random.randint(*args))
    except Exception as e:
        print(args, type(e).__name__, e)

try:
    random.randrange(start=1, stop=5, step=1, extra=2)
except TypeError as e:
    print(e)
print(random.randrange(stop=10, start=5), random.randrange(0, stop=50, step=5))
