# ChainMap: lookups through the chain, writes to the first map, children and parents, reprs.
from collections import ChainMap, OrderedDict, defaultdict


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


defaults = {'color': 'red', 'user': 'guest', 'size': 1}
env = {'user': 'admin'}
args = {'size': 3}
cm = ChainMap(args, env, defaults)
print(cm)
print(cm['color'], cm['user'], cm['size'], len(cm), list(cm), sorted(cm.items()))
print('color' in cm, 'nope' in cm, cm.get('nope'), cm.get('nope', 0), cm.get('user'))
print(bool(cm), bool(ChainMap()), bool(ChainMap({}, {})), ChainMap())
show('missing', lambda: cm['nope'])
cm['color'] = 'blue'
print(args, defaults['color'], cm['color'])
del cm['color']
print(args, cm['color'])
show('del not in first', lambda: cm.__delitem__('user'))
print(cm.pop('size'), cm['size'], args)
show('pop not in first', lambda: cm.pop('user'))
print(cm.pop('user', 'dflt'))
args['k'] = 1
print(cm.popitem(), args)
show('popitem empty first', lambda: cm.popitem())
cm['a'] = 1
cm['b'] = 2
cm.clear()
print(cm, cm['user'])
print(cm.maps is cm.maps, len(cm.maps), cm.maps[0] is args)

# Children and parents.
base = ChainMap({'x': 1})
child = base.new_child()
child['x'] = 2
print(child, base, child['x'], child.parents['x'], child.parents)
kid = base.new_child({'y': 5}, z=6)
print(kid)
kid2 = base.new_child(w=0)
print(kid2)
print(base.parents, base.parents.maps)

# Iteration order follows the maps from last to first.
c = ChainMap({'b': 2, 'a': 1}, {'c': 3, 'b': 20}, {'d': 4, 'a': 10})
print(list(c), list(c.keys()), list(c.values()), list(c.items()))
print(c.keys(), len(c.values()))
print(dict(c), c == dict(c), c == {'a': 1}, c != {})

# copy, fromkeys and the | operators.
cp = c.copy()
cp['new'] = 0
print(cp, c, cp.maps[1] is c.maps[1])
print(ChainMap.fromkeys('ab'), ChainMap.fromkeys(['x'], 5))
print(c | {'e': 5}, {'z': 0} | ChainMap({'a': 1}, {'b': 2}))
print(type({'z': 0} | ChainMap({'a': 1})).__name__)
c |= {'f': 6}
print(c.maps[0])
show('or int', lambda: c | 5)

# setdefault and update come from MutableMapping.
m = ChainMap({}, {'a': 1})
print(m.setdefault('a', 9), m.setdefault('b', 2), m.maps)
m.update({'c': 3}, d=4)
m.update([('e', 5)])
print(m)

# Other mappings in the chain.
dd = defaultdict(lambda: 'dflt')
cd = ChainMap({'a': 1}, dd)
print(cd['a'], cd['zz'], 'zz' in dd)
od = ChainMap(OrderedDict(b=1, a=2))
print(od, list(od))

# Recursive repr.
r = ChainMap()
r.maps[0]['me'] = r
print(r)


class DeepChainMap(ChainMap):
    """Variant that updates keys found deeper in the chain."""

    def __setitem__(self, key, value):
        for mapping in self.maps:
            if key in mapping:
                mapping[key] = value
                return
        self.maps[0][key] = value


dcm = DeepChainMap({'z': 1}, {'y': 2})
dcm['y'] = 20
dcm['n'] = 0
print(dcm, type(dcm.new_child()).__name__, type(dcm.parents).__name__)


class Missing(ChainMap):
    def __missing__(self, key):
        return 'missing:' + key


print(Missing({'a': 1})['b'], Missing()['a'])
