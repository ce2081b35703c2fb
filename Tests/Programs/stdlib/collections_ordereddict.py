# OrderedDict and defaultdict: ordering operations, order-sensitive equality, views, reprs,
# default factories and __missing__.
from collections import OrderedDict, defaultdict


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


od = OrderedDict()
print(od, repr(od), len(od), bool(od))
od['b'] = 1
od['a'] = 2
od['c'] = 3
print(od, list(od), list(reversed(od)))
od.move_to_end('b')
print(od)
od.move_to_end('b', last=False)
print(od)
od.move_to_end('c', False)
print(od)
show('move missing', lambda: od.move_to_end('zz'))
show('move missing front', lambda: od.move_to_end('zz', last=False))
print(od.popitem(), od)
od.update([('x', 9), ('y', 8)], z=7)
print(od)
print(od.popitem(last=False), od.popitem(False), od)
show('popitem empty', lambda: OrderedDict().popitem())
show('popitem empty first', lambda: OrderedDict().popitem(last=False))
print(od.pop('x'), od.pop('nope', 'dflt'), od)
show('pop missing', lambda: od.pop('nope'))
print(od.setdefault('y', 0), od.setdefault('new', 5), od)
print(od.get('y'), od.get('q'), 'y' in od, 'q' in od)
del od['y']
print(od)
show('del missing', lambda: od.__delitem__('q'))
od.clear()
print(od)

# Construction keeps the given order.
o1 = OrderedDict([('one', 1), ('two', 2), ('three', 3)])
o2 = OrderedDict(one=1, two=2, three=3)
o3 = OrderedDict({'three': 3, 'two': 2, 'one': 1})
print(o1, o2, o3)
print(o1 == o2, o1 == o3, o1 != o3, o3 == dict(o1), dict(o1) == o3, o1 == {'one': 1})
print(OrderedDict.fromkeys('abc'), OrderedDict.fromkeys('ab', 0))
print(o1.copy(), type(o1.copy()).__name__, o1.copy() == o1, o1.copy() is o1)
print(o1 | {'four': 4}, {'zero': 0} | o1, type({'zero': 0} | o1).__name__)
o4 = o1.copy()
o4 |= [('five', 5)]
print(o4)
print(o1.__reduce__()[0].__name__)

# Views.
ks, vs, its = o1.keys(), o1.values(), o1.items()
print(ks, vs, its)
print(list(ks), list(vs), list(its), len(ks), 'one' in ks, 2 in vs, ('two', 2) in its)
print(list(reversed(ks)), list(reversed(vs)), list(reversed(its)))
print(sorted(ks & {'one', 'four'}), sorted(ks | {'four'}), sorted(ks - {'one'}), sorted(ks ^ {'one', 'x'}))
print(ks == {'one', 'two', 'three'}, its == {('one', 1), ('two', 2), ('three', 3)})
print(ks.isdisjoint(['x']), ks.isdisjoint(['one']))
o1['four'] = 4
print(ks, len(vs))

# Recursive repr.
r = OrderedDict()
r['self'] = r
print(r)

print(OrderedDict.__hash__)


class LastUpdated(OrderedDict):
    """Store items in the order the keys were last added."""

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)


lu = LastUpdated()
lu['a'] = 1
lu['b'] = 2
lu['a'] = 3
print(lu, type(lu).__name__)
lu.update(b=5)
print(lu)

# --- defaultdict ---
dd = defaultdict(list)
print(dd, repr(dd), dd.default_factory)
dd['a'].append(1)
dd['a'].append(2)
dd['b']
print(dd, len(dd), dict(dd))
print(dd.get('zz'), 'zz' in dd, len(dd))
counts = defaultdict(int)
for ch in 'banana':
    counts[ch] += 1
print(counts, sorted(counts.items()))
print(defaultdict(), defaultdict(None, {'x': 1}), defaultdict(None, x=1, y=2))
nd = defaultdict(None)
show('missing no factory', lambda: nd['k'])
show('__missing__ direct', lambda: defaultdict(lambda: 'v').__missing__('q'))
show('bad factory', lambda: defaultdict(5))
dd2 = defaultdict(lambda: 'default')
print(dd2['x'], dict(dd2))
dd3 = defaultdict(set, [('a', {1})], b={2})
print(dd3, dd3['c'], sorted(dd3))
c = dd3.copy()
print(type(c).__name__, c.default_factory is set, c == dd3, c is dd3)
dd3.default_factory = tuple
print(dd3['new'], dd3)
print(defaultdict(list, a=1) == {'a': 1}, defaultdict(int) | {'a': 1}, {'a': 1} | defaultdict(str))
m = defaultdict(list)
m |= {'q': [1]}
print(m, m.default_factory)
print(defaultdict(list).__reduce__()[:2])


def factory():
    return 'made'


print(repr(defaultdict(factory)).startswith('defaultdict(<function factory at 0x'))
rec = defaultdict(list)
rec.default_factory = rec.__getitem__ if False else list
rec['me'] = rec
print(rec)


class DD(defaultdict):
    def __missing__(self, key):
        return key * 2


sub = DD(list)
print(sub['ab'], dict(sub), sub)


class Auto(dict):
    def __missing__(self, key):
        self[key] = value = len(self)
        return value


auto = Auto()
print(auto['a'], auto['b'], auto['a'], auto)
tree = lambda: defaultdict(tree)
t = tree()
t['a']['b']['c'] = 1
print(t['a']['b']['c'], list(t['a']), 'c' in t['a']['b'])
print(defaultdict[str, int])

# OrderedDict's constructor and update are MutableMapping.update (CPython's C version).
show('init 2 args', lambda: OrderedDict([], []))
show('update 2 args', lambda: OrderedDict().update([], []))
show('update kw other', lambda: OrderedDict().update(other=1))
show('update None', lambda: OrderedDict().update(None))
show('pair int', lambda: OrderedDict([1]))
show('pair short', lambda: OrderedDict([(1,)]))
show('pair empty', lambda: OrderedDict([()]))
show('pair long', lambda: OrderedDict([(1, 2, 3)]))
show('pairs str', lambda: OrderedDict(['ab', 'cd']))
show('unhashable', lambda: OrderedDict([([], 1)]))


class ItemsOnly:
    def items(self):
        return [('x', 1), ('y', 2)]


class KeysOnly:
    def keys(self):
        return ['k1', 'k2']

    def __getitem__(self, key):
        return key.upper()


show('items attr', lambda: OrderedDict(ItemsOnly()))
show('keys attr', lambda: OrderedDict(KeysOnly()))
show('mapping and kw', lambda: OrderedDict({'b': 1, 'a': 2}, c=3))


class Noisy(OrderedDict):
    def __setitem__(self, key, value):
        print('set', key, value)
        super().__setitem__(key, value)


show('subclass dict', lambda: Noisy({'a': 1}, b=2))
show('subclass pairs', lambda: Noisy([('z', 0)]))


class OwnUpdate(OrderedDict):
    def update(self, *args, **kwds):
        print('own update', args, kwds)


show('own update not used by init', lambda: OwnUpdate([('p', 1)], q=2))
