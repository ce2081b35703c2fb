# deque: every method, maxlen, rotate, indexing, repr, comparisons, operators and errors.
from collections import deque


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


d = deque()
print(d, len(d), bool(d), d.maxlen)
d = deque('abc')
print(d, list(d), len(d), bool(d))
d.append('d')
d.appendleft('z')
print(d, d[0], d[-1], d[2])
print(d.pop(), d.popleft(), d)
d.extend('xyz')
d.extendleft('123')
print(d)
print(d.count('x'), d.count('q'), 'a' in d, 'q' in d)
print(d.index('a'), d.index('x', 4), d.index('y', -3, -1))
show('index missing', lambda: d.index('q'))
show('index out of range', lambda: d.index('1', 1))
show('index bad start', lambda: d.index('a', 'x'))
d.insert(0, 'first')
d.insert(100, 'last')
d.insert(-100, 'veryfirst')
d.insert(3, 'mid')
d.insert(-1, 'almost')
print(d)
d.remove('mid')
print(d)
show('remove missing', lambda: d.remove('nope'))
d.reverse()
print(d)
d2 = d.copy()
d.clear()
print(d, d2, len(d2))
show('pop empty', lambda: deque().pop())
show('popleft empty', lambda: deque().popleft())

# Indexing, assignment and deletion.
d = deque(range(10))
print(d[0], d[9], d[-1], d[-10], d[True])
show('index too big', lambda: d[10])
show('index too small', lambda: d[-11])
show('index str', lambda: d['a'])
show('index float', lambda: d[1.0])
show('slice', lambda: d[1:2])
d[0] = 'zero'
d[-1] = 'nine'
print(d)
del d[0]
del d[-1]
del d[3]
print(d)


def setitem(q, i, v):
    q[i] = v


def delitem(q, i):
    del q[i]


show('set out of range', lambda: setitem(d, 20, 0))
show('del out of range', lambda: delitem(d, -20))

# Rotation.
d = deque(range(7))
d.rotate()
print(d)
d.rotate(3)
print(d)
d.rotate(-5)
print(d)
d.rotate(0)
print(d)
d.rotate(100)
print(d)
d.rotate(-100)
print(d)
e = deque()
e.rotate(5)
print(e)
e = deque([1])
e.rotate(-3)
print(e)
show('rotate str', lambda: deque([1, 2]).rotate('x'))
for k in range(-9, 10):
    q = deque(range(5))
    q.rotate(k)
    r = list(range(5))
    k5 = k % 5
    expected = r[-k5:] + r[:-k5] if k5 else r
    assert list(q) == expected, (k, q, expected)
print('rotate matches slicing')

# maxlen bounds the deque, discarding from the opposite end.
d = deque(range(5), maxlen=3)
print(d, d.maxlen)
d.append(10)
print(d)
d.appendleft(-1)
print(d)
d.extend([20, 21])
print(d)
d.extendleft([30, 31])
print(d)
show('insert full', lambda: d.insert(0, 'x'))
d.pop()
d.insert(1, 'x')
print(d)
z = deque('abc', maxlen=0)
z.append(1)
z.appendleft(2)
z.extend([1, 2])
print(z, len(z))
show('negative maxlen', lambda: deque([], -1))
show('str maxlen', lambda: deque([], 'x'))
show('set maxlen', lambda: setattr(deque(), 'maxlen', 3))
print(deque(maxlen=2), deque([1, 2, 3], 2))
d = deque([1, 2], maxlen=5)
d.__init__('xyz')
print(d)
d.__init__([1, 2, 3], 2)
print(d)

# repr, including recursion.
d = deque([1, 'two', 3.0, None])
print(repr(d), str(d))
d.append(d)
print(d)
print(deque([[1], (2,)], maxlen=4))

# Comparisons are lexicographic between deques only.
a, b = deque([1, 2, 3]), deque([1, 2, 4])
print(a == b, a != b, a < b, a <= b, a > b, a >= b)
print(a == deque([1, 2, 3]), a == [1, 2, 3], a != (1, 2, 3))
print(deque([1, 2]) < deque([1, 2, 0]), deque() < deque([0]), deque([2]) > deque([1, 9]))
print(deque([1, 2], maxlen=5) == deque([1, 2]))
print(deque.__hash__)

# Operators.
print(a + b, a * 2, 2 * a, a * 0, a * -1)
show('add list', lambda: a + [1])
show('mul str', lambda: a * 'x')
c = deque([1, 2])
c += [3, 4]
print(c)
c *= 2
print(c)
c += c
print(c)
c = deque([1, 2, 3], maxlen=4)
c *= 3
print(c)
c = deque([1, 2], maxlen=3)
print(c + deque([7, 8, 9]))
c.extend(c)
print(c)

# Iteration, reversal and mutation during iteration.
d = deque(range(6))
print(list(reversed(d)), [x * 2 for x in d], sum(d), max(d), sorted(d, reverse=True))
it = iter(d)
next(it)
d.append(6)
show('mutated', lambda: next(it))
it = reversed(d)
d.popleft()
show('mutated reversed', lambda: next(it))
it = iter(d)
d[0] = 'changed'
print('setitem does not count:', next(it))

# Long sequences of end operations keep order (exercises the internal buffer).
q = deque()
for i in range(1000):
    q.appendleft(i)
    q.append(-i)
    if i % 3 == 0:
        q.popleft()
print(len(q), q[0], q[-1], q[500], sum(q))
while len(q) > 10:
    q.popleft()
    q.pop()
print(q)
for i in range(200):
    q.popleft() if i % 2 else q.pop()
    q.append(i)
print(q, q.index(q[5]), q.index(q[-1], -1))
q = deque()
for i in range(100):
    q.append(i)
for i in range(95):
    q.popleft()
print(q, q[0], q[-1], list(reversed(q)))
q.extendleft(range(10))
print(q)
q.rotate(4)
print(q)
q.rotate(-9)
print(q)

# copy module protocol and subclassing.
print(deque([1, 2], 3).__copy__(), deque([1, 2], 3).copy().maxlen)


class MyDeque(deque):
    def total(self):
        return sum(self)


m = MyDeque([1, 2, 3], maxlen=5)
print(m, m.total(), type(m.copy()).__name__, m.copy(), m.maxlen)
print(type(m + deque([4])).__name__, m + deque([4]))
print(isinstance(m, deque), m == deque([1, 2, 3]))
print(deque[int])
show('deque() bad iterable', lambda: deque(5))
show('extend bad', lambda: deque().extend(5))
show('del maxlen', lambda: delattr(deque(), 'maxlen'))
print(deque.maxlen.__doc__)

# Constructor arguments are parsed as CPython's "|OO:deque".
show('deque 3 args', lambda: deque([], 1, 2))
show('deque kw', lambda: deque(foo=1))
show('deque iterable kw', lambda: deque(iterable=[1], maxlen=2))
show('deque both', lambda: deque([1], iterable=[2]))
show('deque maxlen twice', lambda: deque([1], 2, maxlen=3))
show('deque maxlen huge', lambda: deque([1], 2 ** 70))
show('deque maxlen neg huge', lambda: deque([1], -2 ** 70))
show('deque maxlen None', lambda: deque([1], maxlen=None))
show('deque maxlen bool', lambda: deque([1, 2, 3], True))
show('deque maxlen float', lambda: deque([1], 2.0))


# Searches notice an __eq__ that mutates the deque.
class Mutator:
    def __init__(self, d):
        self.d = d

    def __eq__(self, other):
        self.d.append(0)
        return False


for name in ('count', 'index', 'remove', '__contains__'):
    q = deque([1, 2, 3])
    show('mutating ' + name, lambda: getattr(q, name)(Mutator(q)))
print(deque([1, 2, 3]).count(2), deque([1, 1.0, True]).count(1), 2 in deque([1, 2]))

# Single-step rotations and bounded appends over many operations.
q = deque(range(40))
for i in range(100):
    q.rotate(1)
print(list(q)[:5], q[-1], len(q))
for i in range(170):
    q.rotate(-1)
print(list(q)[:5], q[-1], len(q))
for i in range(30):
    q.rotate(-1)
    q.popleft()
    q.appendleft(i)
    q.rotate(1)
print(q)
b = deque(maxlen=7)
for i in range(100):
    b.append(i)
    if i % 10 == 0:
        b.rotate(1)
print(b, len(b))
z = deque(maxlen=0)
for i in range(50):
    z.append(i)
print(z, len(z), list(z))
one = deque(maxlen=1)
for i in range(40):
    one.append(i)
one.rotate(-1)
print(one, one[0])
