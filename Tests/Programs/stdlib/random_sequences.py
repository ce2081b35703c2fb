# random: choice, choices, shuffle and sample, including sample's set-size heuristic, which
# decides which indexes are drawn.
import random

random.seed(11)
print([random.choice('abcdefg') for _ in range(10)])
print([random.choice([10, 20, 30]) for _ in range(10)])
print(random.choice(range(1000, 2000)), random.choice((None, True)))

print('--- choices')
random.seed(12)
print(random.choices(['r', 'g', 'b'], k=10))
print(random.choices(range(100), k=5))
print(random.choices('abc', [1, 0, 5], k=10))
print(random.choices('abc', weights=[0.1, 0.2, 0.7], k=10))
print(random.choices('abc', cum_weights=[1, 1, 10], k=10))
print(random.choices('xy'), random.choices('xy', k=0))
print(random.choices([1, 2, 3], weights=(5, 5, 5), k=3))

print('--- shuffle')
random.seed(13)
for n in [0, 1, 2, 3, 10, 52]:
    x = list(range(n))
    random.shuffle(x)
    print(x)
cards = ['A', 'K', 'Q', 'J']
random.shuffle(cards)
print(cards)

print('--- sample')
random.seed(14)
print(random.sample(range(10), 10))
print(random.sample(range(10), 3))
print(random.sample('abcdefghij', 4))
print(random.sample([1, 2, 3], 0))
for n, k in [(20, 5), (21, 5), (22, 5), (30, 6), (40, 6), (100, 6), (100, 50), (1000, 10), (60, 20), (256, 30),
             (10**9, 8), (87, 7), (86, 7)]:
    print(n, k, random.sample(range(n), k))
print(random.sample(tuple(range(30)), 5))
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.sample('ab', counts=(3, 3), k=6))

print('--- errors')
tests = [
    lambda: random.choice([]),
    lambda: random.choice(''),
    lambda: random.sample({1, 2, 3}, 2),
    lambda: random.sample({'a': 1}, 1),
    lambda: random.sample([1, 2], 3),
    lambda: random.sample([1, 2], -1),
    lambda: random.sample([1, 2], counts=[1], k=1),
    lambda: random.sample([1, 2], counts=[0, 0], k=1),
    lambda: random.sample([1, 2], counts=[1.5, 1], k=1),
    lambda: random.choices('ab', [1], k=1),
    lambda: random.choices('ab', [1, 2], cum_weights=[1, 2]),
    lambda: random.choices('ab', [0, 0]),
    lambda: random.choices('ab', [1, float('inf')]),
    lambda: random.choices('ab', 3),
    lambda: random.choices([], k=1),
    lambda: random.shuffle((1, 2, 3)),
]
for t in tests:
    try:
        print(t())
    except Exception as e:
        print(type(e).__name__, e)
