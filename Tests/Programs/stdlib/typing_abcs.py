# typing: the abstract collection classes behind the aliases (collections.abc): mixins, hooks, registrations.
from typing import Sequence, MutableSequence, Mapping, MutableMapping, AbstractSet, MutableSet, Iterable, Iterator, Sized, Hashable, Container, Collection, Reversible, Callable, Generator, KeysView, ItemsView, ValuesView, ContextManager
import typing

class Seq(Sequence[int]):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if isinstance(i, slice): return [self[j] for j in range(*i.indices(self.n))]
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError(i)
        return i * i
    def __len__(self): return self.n

s = Seq(5)
print(list(s), 4 in s, 5 in s, list(reversed(s)), s.index(9), s.count(16), s[1:3])
try: s.index(7)
except ValueError as e: print("ValueError", e)
print(isinstance(s, Sequence), isinstance(s, Iterable), isinstance(s, Collection), isinstance(s, Reversible))

class MSeq(MutableSequence):
    def __init__(self): self.data = []
    def __getitem__(self, i): return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __len__(self): return len(self.data)
    def insert(self, i, v): self.data.insert(i, v)

m = MSeq()
m.append(1); m.extend([2, 3, 4]); m += [5]
print(m.data, m.pop(), m.pop(0), m.data)
m.remove(3); m.reverse(); print(m.data)
m.clear(); print(m.data, len(m))

class Map(Mapping[str, int]):
    def __init__(self, **kw): self.d = dict(kw)
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
    def __repr__(self): return f"Map({self.d})"

mp = Map(a=1, b=2)
print(list(mp.keys()), list(mp.items()), list(mp.values()), mp.get('a'), mp.get('z', 0), 'a' in mp, 'z' in mp)
print(mp == {'a': 1, 'b': 2}, mp == {'a': 1}, mp.keys(), len(mp.keys()))
print(('a', 1) in mp.items(), 2 in mp.values(), mp.keys() & {'a', 'q'}, mp.keys() | {'c'} == {'a', 'b', 'c'})

class MMap(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)

mm = MMap()
mm['x'] = 1
mm.update({'y': 2}, z=3)
mm.update([('w', 0)])
print(mm.d, mm.setdefault('x', 9), mm.setdefault('v', 7), mm.pop('y'), mm.pop('nope', None), mm.popitem(), mm.d)
try: mm.pop('nope')
except KeyError as e: print("KeyError", e)
mm.clear(); print(mm.d)

class S(AbstractSet):
    def __init__(self, it=()): self.items = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(self.items)
    def __len__(self): return len(self.items)
a, b = S([1, 2, 3]), S([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, S([2]) < a, a == S([3, 2, 1]), a.isdisjoint(S([9])))

class MS(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(sorted(self.s))
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
ms = MS([1, 2])
ms |= {5}; ms -= {1}; print(sorted(ms.s)); ms.remove(2); print(sorted(ms.s), ms.pop(), len(ms))
try: ms.remove(42)
except KeyError as e: print("KeyError", e)

class Incomplete(Sequence): pass
try: Incomplete()
except TypeError as e: print("TypeError:", e)
class Incomplete2(MutableMapping):
    def __getitem__(self, k): return 1
try: Incomplete2()
except TypeError as e: print("TypeError:", e)

class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
class OnlyIter:
    def __iter__(self): return iter([])
class Unhashable:
    __hash__ = None
print(isinstance(It(), Iterator), isinstance(OnlyIter(), Iterator), isinstance(OnlyIter(), Iterable))
print(isinstance(Unhashable(), Hashable), isinstance([], Hashable), isinstance((), Hashable), isinstance(1, Hashable))
print(isinstance("abc", Sequence), isinstance(b"ab", Sequence), isinstance(range(3), Sequence), isinstance({}, Sequence))
print(isinstance(set(), MutableSet), isinstance(frozenset(), MutableSet), isinstance(frozenset(), AbstractSet))
print(isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView), isinstance({}.values(), ValuesView), isinstance({}.keys(), AbstractSet))
print(isinstance(lambda: 0, Callable), isinstance(print, Callable), isinstance(It, Callable), isinstance(It(), Callable))
def g(): yield 1
print(isinstance(g(), Generator), isinstance(g(), Iterator), isinstance(iter([]), Generator))
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return None
print(isinstance(CM(), ContextManager), isinstance(1, ContextManager), issubclass(list, MutableSequence), issubclass(tuple, MutableSequence))
print(Sequence.__origin__.__mro__)
print(typing.Iterable.__origin__.__abstractmethods__, sorted(typing.Mapping.__origin__.__abstractmethods__))
print(sorted(typing.MutableSequence.__origin__.__abstractmethods__))
