# Generator pipelines as real programs use them: lazy stages, infinite sources cut short,
# generator expressions inside builtins, generators in classes, and state kept across yields.

def read_records(lines):
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, qty, price = line.split(",")
        yield name, int(qty), float(price)


def totals(records):
    for name, qty, price in records:
        yield name, round(qty * price, 2)


def running_sum(values):
    total = 0
    for v in values:
        total += v
        yield total


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


def chunks(seq, size):
    for start in range(0, len(seq), size):
        yield seq[start:start + size]


def flatten(tree):
    for item in tree:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1


data = """
# name,qty,price
apple,3,0.5
pear,2,0.75

plum,10,0.2
"""
rows = list(totals(read_records(data.splitlines())))
print(rows)
print(list(running_sum(t for _, t in rows)))
p = primes()
print([next(p) for _ in range(10)])
print(list(chunks(list(range(7)), 3)), list(flatten([1, [2, [3, [4]], 5], [[6]]])))
print(list(Countdown(3)), sum(Countdown(4)), max(x % 5 for x in range(12)), sorted((-x for x in range(4))))
print(dict((k, len(k)) for k in ["a", "bb", "ccc"]), set(x // 2 for x in range(6)), tuple(c.upper() for c in "hey"))
gen = (i * i for i in range(5))
print(next(gen), next(gen), list(gen), list(gen))


def interleave(*iterables):
    iterators = [iter(it) for it in iterables]
    while iterators:
        alive = []
        for it in iterators:
            try:
                yield next(it)
                alive.append(it)
            except StopIteration:
                pass
        iterators = alive


print(list(interleave("abc", [1, 2], (True,))))


def accumulate_with_reset():
    total = 0
    while True:
        value = yield total
        if value is None:
            total = 0
        else:
            total += value


acc = accumulate_with_reset()
next(acc)
print(acc.send(5), acc.send(7), acc.send(None), acc.send(1))
