# random: getstate/setstate, independent Random instances, subclasses, SystemRandom, and the
# C core _random.Random used directly.
import random
import _random

r = random.Random(2718)
state = r.getstate()
print(type(state), len(state), state[0], len(state[1]), state[1][:4], state[1][-1], state[2])
first = [r.random() for _ in range(5)]
r.setstate(state)
print(first == [r.random() for _ in range(5)])

r.seed(1)
r.gauss()
s = r.getstate()
print(s[2])
g1 = r.gauss()
r.setstate(s)
print(g1 == r.gauss())

v2 = (2, tuple(x - 2**32 if x > 2**31 else x for x in s[1][:-1]) + (s[1][-1],), None)
r.setstate(v2)
print(r.random())

for bad in [(4, (), None), (3, (1, 2, 3), None), (3, [0] * 625, None), (3, (0,) * 624 + (700,), None),
            (3, ('x',) * 625, None), (3, (-1,) * 625, None), (3, (1,) * 624 + ('x',), None)]:
    try:
        r.setstate(bad)
    except Exception as e:
        print(type(e).__name__, e)

print('--- instances are independent')
a, b = random.Random(1), random.Random(1)
print(a.random() == b.random(), a.random(), b.randrange(100))
print(isinstance(a, _random.Random), random.Random.VERSION, type(a).__name__)

print('--- subclasses')


class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)


d = Dice(3)
print([d.roll() for _ in range(10)])


class Const(random.Random):
    def random(self):
        return 0.25


c = Const()
print(c.randrange(100), c.choice('abcd'), [c.randrange(10) for _ in range(3)])


class Bits(random.Random):
    def getrandbits(self, k):
        return k // 2


bb = Bits()
print(bb.randrange(5), bb._randbelow(3))


class Seeded(random.Random):
    def __init__(self):
        super().__init__(1234)
        self.extra = 'x'


sd = Seeded()
print(sd.random(), sd.extra)

print('--- the C core')
core = _random.Random(5)
print(core.random(), core.getrandbits(40))
core.seed(5)
print(core.random())
print(len(core.getstate()))
tests = [
    lambda: _random.Random(1, 2),
    lambda: _random.Random(x=1),
    lambda: core.random(1),
    lambda: core.getrandbits(-1),
    lambda: core.getrandbits(1.5),
    lambda: core.getrandbits(),
    lambda: core.seed([1]),
    lambda: core.seed(1, 2),
    lambda: core.setstate(5),
    lambda: core.setstate((1, 2)),
    lambda: core.getstate(1),
    lambda: random.seed([1, 2]),
    lambda: random.seed({}),
    lambda: random.getrandbits(-5),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
core.seed((1, 2, 3))
print(type(core.random()))

print('--- SystemRandom')
sr = random.SystemRandom()
x = sr.random()
print(type(x), 0 <= x < 1, 0 <= sr.randrange(10) < 10, len(sr.randbytes(4)), sr.getrandbits(8) < 256, sr.seed(5))
try:
    sr.getstate()
except NotImplementedError as e:
    print(e)

print('--- module-level functions are bound to one hidden instance')
print(random.random.__self__ is random.randint.__self__, type(random.random.__self__).__name__)
random.seed(8)
st = random.getstate()
x = random.random()
random.setstate(st)
print(x == random.random())
print(sorted(n for n in random.__all__))
