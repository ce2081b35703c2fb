# Infinite and terminating iterators: results, laziness, how much of the input they consume.
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, groupby, islice, starmap, tee, zip_longest, pairwise)
import operator

print(list(islice(count(), 5)), list(islice(count(10, -3), 4)), list(islice(count(1.5, 0.25), 4)))
print(list(islice(count(2, 1j), 3)), list(zip('abc', count(1))))
c = count(5)
print(next(c), next(c), next(c))
print(list(islice(cycle('abc'), 8)), list(cycle([])), list(islice(cycle(range(2)), 5)))
print(list(repeat('x', 3)), list(repeat(1, 0)), list(repeat(1, -2)), list(islice(repeat(7), 3)))
print(list(map(pow, range(5), repeat(2))))

print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([], initial=10)),
      list(accumulate([1, 2], initial=100)), list(accumulate('abc')))
print(list(accumulate([1, 2, 3], lambda a, b: a * 10 + b, initial=0)), list(accumulate([])))

print(list(chain('ab', [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(['xy', 'z'])))
print(list(chain.from_iterable(map(range, [1, 2, 3]))))
print(list(compress('ABCDEF', [1, 0, 1, 0, 1, 1])), list(compress(range(10), cycle([0, 1]))))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', None, [], [0]])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, ['ab', [3, 1]])))
print(list(pairwise('abcde')), list(pairwise([1])), list(pairwise([])))
print(list(zip_longest('ABCD', 'xy', fillvalue='-')), list(zip_longest([1], [2, 3], [])))
print(list(zip_longest()), list(zip_longest('ab')))

# groupby
print([k for k, g in groupby('AAAABBBCCDAABBB')])
print([list(g) for k, g in groupby('AAAABBBCCD')])
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
print([(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7, 9, 8], key=lambda x: x % 2)])
records = [('fruit', 'apple'), ('fruit', 'pear'), ('veg', 'kale'), ('fruit', 'fig')]
for kind, items in groupby(records, key=operator.itemgetter(0)):
    print(kind, [name for _, name in items])
# A group is invalid once the groupby advances past it.
groups = list(groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
gb = groupby('xxyy')
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
nan = float('nan')
print([(k, len(list(g))) for k, g in groupby([nan, nan, 1.0])][1:])

# islice
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(100), 10, 30, 7)), list(islice('ab', 5)))
print(list(islice('abc', None)), list(islice('abcdef', None, None, 3)), list(islice('abc', 1, 1)))
it = iter(range(10))
print(list(islice(it, 3)), next(it), list(islice(it, 1, 4)), next(it))
it = iter(range(10))
print(list(islice(it, 2, 6, 3)), next(it))

# tee
a, b = tee([1, 2, 3, 4])
print(next(a), next(a), list(b), list(a))
x, y, z = tee(count(), 3)
print(next(x), next(x), next(y), next(z), next(z), next(z), next(y))
print(tee('ab', 0), len(tee('ab', 1)), [list(t) for t in tee('ab', 3)])
source = iter('hello')
t1, t2 = tee(source)
print(next(t1), next(source), next(t1), next(t2), next(t2))

# Laziness: nothing is computed before it is asked for.
log = []


def noisy(n):
    for i in range(n):
        log.append(i)
        yield i


lazy = chain(noisy(3), noisy(2))
print(log)
print(next(lazy), log)
s = starmap(operator.add, zip(noisy(10), count()))
print(next(s), next(s), log)
log.clear()
m = map(lambda v: v * 2, filterfalse(lambda v: v % 3, noisy(100)))
print(list(islice(m, 3)), log)
print(itertools.__name__, sorted(n for n in ['count', 'chain', 'tee'] if hasattr(itertools, n)))
