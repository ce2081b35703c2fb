# random: seeded sequences must be CPython's, bit for bit, for every kind of seed.
import random

SEEDS = [0, 1, 2, 42, 12345, -1, -42, 2**31, 2**32 - 1, 2**32, 2**53 + 1, 2**64 + 7, 10**40, -(10**30),
         3.14, -2.5, 0.0, 1e100, True, False, 'hello', '', 'ünïcödé ☃', 'a' * 100, b'bytes', b'', b'\x00\xff' * 10]

for seed in SEEDS:
    random.seed(seed)
    print(repr(seed)[:40], [random.random() for _ in range(3)])

print('--- getrandbits')
random.seed(7)
for k in [0, 1, 2, 7, 8, 31, 32, 33, 63, 64, 65, 100, 128, 129, 1000]:
    print(k, random.getrandbits(k))

print('--- randbytes')
random.seed(99)
for n in [0, 1, 3, 4, 5, 16, 33]:
    print(n, random.randbytes(n))

print('--- many draws')
random.seed(2024)
total = 0.0
for _ in range(10000):
    total += random.random()
print(total)
print([random.getrandbits(16) for _ in range(20)])

print('--- version 1 string seeds')
r = random.Random()
for s in ['', 'a', 'hello world', b'bytes too', 'ü']:
    r.seed(s, version=1)
    print(repr(s), r.random(), r.randrange(1000))

print('--- seeding an instance is independent of the module functions')
a = random.Random(5)
random.seed(5)
print(a.random() == random.random(), a.random(), random.random())
b = random.Random('5')
print(b.random())

print('--- seed(None) and Random() draw something')
random.seed()
x = random.random()
print(type(x), 0.0 <= x < 1.0)
random.seed(None)
print(0 <= random.randrange(10) < 10)
