# copy.copy and copy.deepcopy on builtin values, containers, shared and recursive structures.
import copy


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


# Immutable values are their own copies (shallow and deep).
values = [None, 1, 2.5, True, 3j, 'text', b'bytes', (1, 2), frozenset([1]), range(3),
          slice(1, 2), Ellipsis, NotImplemented, int, len, show, property()]
print([copy.copy(v) is v for v in values])
print([copy.deepcopy(v) is v for v in values[:7]], copy.deepcopy(range(3)) is values[9])
print(copy.deepcopy((1, 2)) is values[5], copy.deepcopy(len) is len, copy.deepcopy(show) is show)
print(copy.deepcopy(int) is int, copy.deepcopy(Ellipsis) is Ellipsis)

# Mutable containers get new outer objects; shallow copies share their items.
lst = [1, [2, 3], {'k': [4]}]
s = copy.copy(lst)
d = copy.deepcopy(lst)
print(s == lst, s is lst, s[1] is lst[1], d == lst, d[1] is lst[1], d[2]['k'] is lst[2]['k'])
dct = {'a': [1], 'b': (2, [3])}
s = copy.copy(dct)
d = copy.deepcopy(dct)
print(s == dct, s is dct, s['a'] is dct['a'], d == dct, d['a'] is dct['a'], d['b'] is dct['b'],
      d['b'][1] is dct['b'][1])
st = {1, 2, (3, 4)}
print(copy.copy(st) == st, copy.copy(st) is st, copy.deepcopy(st) == st, copy.deepcopy(st) is st)
fs = frozenset([1, 2])
print(copy.deepcopy(fs) == fs, type(copy.deepcopy(fs)).__name__)

# Tuples: a deep copy is the same tuple when all items are their own copies.
t = (1, 'a', (2, 3))
print(copy.deepcopy(t) is t)
t2 = (1, [2])
dt2 = copy.deepcopy(t2)
print(dt2 == t2, dt2 is t2, dt2[1] is t2[1])
t0 = ()
print(copy.deepcopy(t0) is t0)

# Shared references stay shared inside one deep copy.
shared = [0]
outer = [shared, shared, {'x': shared}]
dc = copy.deepcopy(outer)
print(dc[0] is dc[1], dc[2]['x'] is dc[0], dc[0] is shared)

# Recursive structures.
rec = [1, 2]
rec.append(rec)
rc = copy.deepcopy(rec)
print(rc[2] is rc, rc[2] is not rec, rc[:2], len(rc))
rd = {'name': 'd'}
rd['self'] = rd
rdc = copy.deepcopy(rd)
print(rdc['self'] is rdc, rdc is not rd, rdc['name'])
rl = []
rt = (rl,)
rl.append(rt)
rtc = copy.deepcopy(rt)
print(type(rtc).__name__, rtc[0][0] is rtc, rtc is not rt, rtc[0] is not rl)

# The memo dict: a copy already made is reused, and the originals are kept alive in it.
memo = {}
a = [1, 2]
b = copy.deepcopy(a, memo)
c = copy.deepcopy(a, memo)
print(b is c, b is not a, memo[id(a)] is b, memo[id(memo)] == [a])
memo2 = {id(a): 'preset'}
print(copy.deepcopy([a, a], memo2))
print(copy.deepcopy(5, {}), len(memo))

# Nested containers of every kind.
data = {'list': [1, [2, [3, [4]]]], 'tuple': (1, (2, [3])), 'set': {1, 2}, 'dict': {'k': {'k2': []}}}
dd = copy.deepcopy(data)
print(dd == data, dd['list'][1][1] is data['list'][1][1], dd['dict']['k'] is data['dict']['k'])
dd['dict']['k']['k2'].append('new')
print(data['dict']['k']['k2'], dd['dict']['k']['k2'])
sd = copy.copy(data)
sd['list'].append('shared')
print(data['list'][-1])

print(copy.Error, copy.error is copy.Error, issubclass(copy.Error, Exception), copy.__all__)
show('copy module', lambda: copy.copy(copy))
show('deepcopy generator', lambda: copy.deepcopy(x for x in []))
show('copy generator', lambda: copy.copy(x for x in []))

# slices are rebuilt by a deep copy (slice.__reduce__) and shared by a shallow one.
sl = slice(1, [2], None)
print(copy.deepcopy(sl), copy.deepcopy(sl) is sl, copy.deepcopy(sl).stop is sl.stop,
      copy.copy(sl) is sl)
