# copy and deepcopy of class instances: __dict__ copies, __copy__/__deepcopy__, __getstate__ /
# __setstate__, __reduce__/__reduce_ex__, __slots__, subclasses of builtin types, bound methods.
import copy
from collections import namedtuple, deque, OrderedDict, defaultdict, Counter


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


class Point:
    def __init__(self, x, y):
        print('Point.__init__ called')
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)


p = Point(1, [2])
print('copying')
s = copy.copy(p)
d = copy.deepcopy(p)
print(s, d, type(s).__name__, s is p, s.y is p.y, d.y is p.y, s.__dict__ == p.__dict__)
s.x = 10
print(p.x, s.x, s.__dict__ is p.__dict__)


class Empty:
    pass


e = Empty()
print(type(copy.copy(e)).__name__, copy.copy(e).__dict__, copy.deepcopy(e) is e)


# __copy__ and __deepcopy__ take over.
class Custom:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print('__copy__ called')
        return Custom(('shallow', self.v))

    def __deepcopy__(self, memo):
        print('__deepcopy__ called with a', type(memo).__name__)
        return Custom(('deep', copy.deepcopy(self.v, memo)))


c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v)
print(copy.deepcopy([c, c])[0].v)


# __getstate__ and __setstate__.
class Stateful:
    def __init__(self, data):
        self.data = data
        self.cache = 'expensive'

    def __getstate__(self):
        print('__getstate__')
        state = dict(self.__dict__)
        del state['cache']
        return state

    def __setstate__(self, state):
        print('__setstate__', sorted(state))
        self.__dict__.update(state)
        self.cache = 'rebuilt'


st = Stateful([1, 2])
s2 = copy.copy(st)
d2 = copy.deepcopy(st)
print(s2.data is st.data, d2.data is st.data, d2.data == st.data, s2.cache, d2.cache)


class OnlySetstate:
    def __setstate__(self, state):
        print('setstate got', state)
        self.__dict__.update(state)


o = OnlySetstate()
print(type(copy.copy(o)).__name__)
o.a = 1
print(copy.copy(o).a)


# __reduce__ and __reduce_ex__.
class Reduced:
    def __init__(self, a, b=0):
        self.a, self.b = a, b

    def __reduce__(self):
        print('__reduce__')
        return (Reduced, (self.a,), {'b': self.b})

    def __repr__(self):
        return 'Reduced(%r, %r)' % (self.a, self.b)


r = Reduced([1], 5)
print(copy.copy(r), copy.deepcopy(r), copy.copy(r).a is r.a, copy.deepcopy(r).a is r.a)


class ReducedEx:
    def __reduce_ex__(self, protocol):
        print('__reduce_ex__', protocol)
        return (ReducedEx, ())


print(type(copy.copy(ReducedEx())).__name__, type(copy.deepcopy(ReducedEx())).__name__)


class Singleton:
    def __reduce__(self):
        return 'SINGLETON'


single = Singleton()
print(copy.copy(single) is single, copy.deepcopy(single) is single)


class ListItems:
    def __init__(self):
        self.items = []

    def append(self, x):
        self.items.append(x)

    def __reduce__(self):
        return (ListItems, (), None, iter([1, [2]]))


li = copy.deepcopy(ListItems())
print(li.items)


# __slots__ values are copied too.
class Slotted:
    __slots__ = ('a', 'b', '__hidden')

    def __init__(self):
        self.a = [1]
        self.__hidden = 'h'

    def hidden(self):
        return self.__hidden


sl = Slotted()
sc = copy.copy(sl)
sd = copy.deepcopy(sl)
print(sc.a is sl.a, sd.a is sl.a, sd.a, sc.hidden(), hasattr(sc, 'b'))


class SlotChild(Slotted):
    __slots__ = ('c',)


sch = SlotChild()
sch.c = 'see'
print(copy.copy(sch).c, copy.deepcopy(sch).a)


# Subclasses of builtin types keep their type, items and attributes.
class MyList(list):
    def append(self, x):
        super().append(('appended', x))


ml = MyList([1, 2])
ml.tag = 'T'
mc = copy.copy(ml)
md = copy.deepcopy(ml)
print(type(mc).__name__, mc, mc.tag, type(md).__name__, md, md.tag)


class MyDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, ('set', value))


mdi = MyDict(a=1)
mdi.attr = [1]
mdc = copy.copy(mdi)
mdd = copy.deepcopy(mdi)
print(type(mdc).__name__, mdc, mdc.attr is mdi.attr, mdd, mdd.attr is mdi.attr)


class MyInt(int):
    pass


mi = MyInt(7)
mi.note = 'n'
print(type(copy.copy(mi)).__name__, copy.copy(mi), copy.copy(mi).note, copy.deepcopy(mi) + 1)


class MyStr(str):
    pass


print(type(copy.copy(MyStr('ab'))).__name__, copy.deepcopy(MyStr('ab')))


class MyTuple(tuple):
    pass


mt = MyTuple([1, [2]])
print(type(copy.copy(mt)).__name__, copy.copy(mt), copy.deepcopy(mt)[1] is mt[1])


class MySet(set):
    def __init__(self, items=()):
        print('MySet.__init__')
        super().__init__(items)


ms = MySet([3])
ms.label = 'L'
msc = copy.copy(ms)
print(type(msc).__name__, msc, msc.label)


class MyFloat(float):
    pass


print(type(copy.deepcopy(MyFloat(1.5))).__name__, copy.deepcopy(MyFloat(1.5)))

# Library types.
P = namedtuple('P', 'x y')
pt = P(1, [2])
print(copy.copy(pt), copy.deepcopy(pt), copy.deepcopy(pt).y is pt.y, type(copy.copy(pt)).__name__)
dq = deque([1, [2]], maxlen=5)
print(copy.copy(dq), copy.deepcopy(dq), copy.deepcopy(dq)[1] is dq[1])
od = OrderedDict([('b', [1]), ('a', 2)])
print(copy.copy(od), copy.deepcopy(od), copy.deepcopy(od)['b'] is od['b'])
dfd = defaultdict(list, {'k': [1]})
dfc = copy.deepcopy(dfd)
print(dfc, dfc['k'] is dfd['k'], dfc['new'], copy.copy(dfd))
print(copy.deepcopy(Counter('abca')), copy.copy(Counter('xy')))


# Bound methods.
class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return 'hi ' + self.name


g = Greeter('a')
m = copy.deepcopy(g.greet)
g.name = 'b'
print(m(), m.__self__ is g, g.greet())
m2 = copy.copy(g.greet)
print(m2(), m2.__self__ is g)

# Exceptions.
err = ValueError('bad', 2)
err.extra = [1]
ec = copy.copy(err)
ed = copy.deepcopy(err)
print(type(ec).__name__, ec.args, ec.extra is err.extra, ed.args, ed.extra is err.extra)


class MyError(Exception):
    def __init__(self, code):
        super().__init__('code %d' % code)
        self.code = code


show('custom error', lambda: copy.copy(MyError(3)))


# Classes are atomic.
print(copy.copy(Point) is Point, copy.deepcopy(Point) is Point)


# Recursion through instances.
class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


n1, n2 = Node(1), Node(2)
n1.next, n2.next = n2, n1
nc = copy.deepcopy(n1)
print(nc.value, nc.next.value, nc.next.next is nc, nc is not n1)

# A class whose __new__ needs arguments and that gives none.
class NeedsArgs:
    def __new__(cls, value):
        self = super().__new__(cls)
        self.value = value
        return self


show('needs args', lambda: copy.copy(NeedsArgs(1)))


class GivesArgs(NeedsArgs):
    def __getnewargs__(self):
        return (self.value * 10,)


print(copy.copy(GivesArgs(4)).value)


class GivesArgsEx(NeedsArgs):
    def __getnewargs_ex__(self):
        return ((), {'value': 'kw'})


print(copy.copy(GivesArgsEx(4)).value)


class BadArgs(NeedsArgs):
    def __getnewargs__(self):
        return [1]


show('bad getnewargs', lambda: copy.copy(BadArgs(1)))

# Recursive library containers and subclasses with attributes.
from collections import ChainMap, UserDict, UserList
dq = deque([1])
dq.append(dq)
dqc = copy.deepcopy(dq)
print(dqc[1] is dqc, dqc)
dd = defaultdict(list)
dd['me'] = dd
print(copy.deepcopy(dd)['me'] is not dd)
odr = OrderedDict(a=1)
odr['me'] = odr
odc = copy.deepcopy(odr)
print(odc['me'] is odc, odc)


class OD(OrderedDict):
    pass


o = OD(x=[1])
o.attr = 'A'
oc = copy.copy(o)
print(type(oc).__name__, oc, oc.attr, oc['x'] is o['x'])
od2 = copy.deepcopy(o)
print(od2.attr, od2['x'] is o['x'])
cm = ChainMap({'a': [1]}, {'b': 2})
cc = copy.copy(cm)
print(cc, cc.maps[0] is cm.maps[0], cc.maps[1] is cm.maps[1])
cd = copy.deepcopy(cm)
print(cd, cd.maps[1] is cm.maps[1])
ud = UserDict(a=[1])
udc = copy.copy(ud)
print(udc, udc.data is ud.data, udc['a'] is ud['a'], copy.deepcopy(ud)['a'] is ud['a'])
ul = UserList([[1]])
print(copy.copy(ul).data is ul.data, copy.copy(ul)[0] is ul[0], copy.deepcopy(ul)[0] is ul[0])
cn = Counter(a=1)
cn.x = 5
print(copy.copy(cn), copy.deepcopy(cn))


# A proxy whose __getattr__ answers every name: the copy protocol's own lookups do not reach it
# (except __deepcopy__ and __setstate__, which CPython also looks up on the instance).
class Proxy:
    def __init__(self, target):
        self.target = target

    def __getattr__(self, name):
        if name.startswith('__') and name not in ('__deepcopy__', '__setstate__'):
            print('proxy asked for', name)
        raise AttributeError(name)


px = Proxy([1, 2])
pc = copy.copy(px)
pd = copy.deepcopy(px)
print(type(pc).__name__, pc.target is px.target, pd.target == px.target, pd.target is px.target)
