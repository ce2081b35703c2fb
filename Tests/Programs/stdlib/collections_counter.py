# Counter: counting, most_common order, elements, update/subtract, arithmetic, comparisons, repr.
from collections import Counter


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


c = Counter('abracadabra')
print(c, repr(c), len(c), c.total())
print(c['a'], c['z'], 'z' in c, c.get('z'), c.get('z', 7))
print(c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1), c.most_common(100))
print(sorted(c.elements()), list(c.elements()))
print(''.join(Counter('mississippi').elements()))
print(Counter('mississippi').most_common(3))
# Ties keep first-seen order.
print(Counter('zyxzyxw').most_common(), Counter('zyxzyxw').most_common(2))
print(Counter(), Counter([]), Counter({}), repr(Counter()))
print(Counter({'a': 3, 'b': -1, 'c': 0}))
print(Counter(a=2, b=5), Counter({'x': 1}, y=2), Counter(['a', 'a'], a=5))
print(Counter([1, 2, 2, 3, 3, 3]), Counter((x % 3 for x in range(10))))
print(isinstance(c, dict), type(c).__name__, dict(Counter('aab')))

# update and subtract add or remove counts; they accept iterables, mappings and keywords.
c = Counter('aab')
c.update('abc')
print(c)
c.update({'a': 10, 'd': 1})
print(c)
c.update(e=4, a=-1)
print(c)
c.update()
c.update(None)
print(c)
c.subtract('aaaa')
print(c)
c.subtract({'b': 5, 'z': 2})
print(c)
c.subtract(c=1)
print(c, c.total())
e = Counter()
e.update({'p': 1, 'q': 2})
print(e)

# Deletion never fails; setting a count to zero keeps the key.
c = Counter('aab')
del c['a']
del c['missing']
c['b'] = 0
print(c, len(c))
c['n'] += 1
print(c)
print(c.pop('n'), c.setdefault('k', 5), c)
c.clear()
print(c)

# Arithmetic keeps only positive counts.
a = Counter(a=3, b=1, c=-2, d=0)
b = Counter(a=1, b=2, e=5, c=-1)
print(a + b, a - b, b - a, a | b, a & b, b & a, b | a)
print(+a, -a, +Counter(), -Counter(x=-3, y=3))
x = Counter(a=3, b=1)
x += Counter(a=-5, c=2)
print(x)
x -= Counter(c=1, z=-4)
print(x)
x |= Counter(c=7, q=-1)
print(x)
x &= Counter(c=2, z=9)
print(x)
show('add dict', lambda: Counter('a') + {'a': 1})
show('sub int', lambda: Counter('a') - 1)
show('or list', lambda: Counter('a') | ['a'])

# Comparisons treat missing elements as zero (3.10+).
p, q = Counter(a=1, b=2), Counter(a=1, b=2, c=0)
print(p == q, p != q, p <= q, p < q, p >= q, p > q)
r = Counter(a=2, b=2)
print(p <= r, p < r, r > p, r >= p, p > r, p == r)
print(Counter(a=1) == {'a': 1}, Counter(a=1) != {'a': 2})
show('lt dict', lambda: Counter() < {})
show('hash', lambda: hash(Counter()))

# Misc methods.
c = Counter('hello world')
print(c.most_common(1)[0], sorted(c), sum(c.values()), c.total())
print(list(c.keys()), list(c.values())[:3], list(c.items())[:2])
d = c.copy()
d['h'] += 10
print(type(d).__name__, c['h'], d['h'])
print(c.__reduce__())
show('fromkeys', lambda: Counter.fromkeys('abc'))
print(Counter({'a': 1.5, 'b': 0.25}), Counter({'a': 1.5}).total())
# Values that do not order fall back to dict order in the repr.
print(Counter({'a': 'x', 'b': 1}))
print(Counter({'a': [1], 'b': [0]}))
print(Counter[str])


class WordCounter(Counter):
    def top(self):
        return self.most_common(1)[0][0]


w = WordCounter('the cat and the hat and the bat'.split())
print(w, w.top(), type(w + w).__name__, type(w.copy()).__name__)
print(sorted((w - Counter(the=2)).items()))
show('bad init', lambda: Counter(5))
show('two args', lambda: Counter('a', 'b'))

# most_common(n) follows heapq.nlargest's cases.
c = Counter('abbccc')
for n in (1, 1.0, True, 2, 3, 5, 0, -2):
    show('most_common(%r)' % (n,), lambda: c.most_common(n))
show('most_common(2.0)', lambda: c.most_common(2.0))
show('most_common(5.0)', lambda: c.most_common(5.0))
print(Counter().most_common(1), Counter().most_common(3), Counter('a').most_common(1))

# Every mapping is read as counts, not iterated as elements.
import os
from collections import ChainMap, UserDict


class Holder:
    x = 3


proxy = type(Holder.__dict__)({'x': 3, 'y': 1})
print(Counter(proxy), Counter(UserDict(a=2)), Counter(ChainMap({'q': 5}, {'r': 1})))
c = Counter(a=1)
c.update(proxy)
c.update(UserDict(a=2))
print(c)
c.subtract(ChainMap({'a': 1}))
c.subtract(proxy)
print(c)
os.environ['ADDER_COUNTER_TEST'] = 'value'
print(Counter(os.environ)['ADDER_COUNTER_TEST'])
print(Counter(Holder.__dict__.keys())['x'], Counter({'k': 1}.items()))
