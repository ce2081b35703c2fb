# itemgetter, attrgetter and methodcaller: results, reprs, argument checks.
import operator
from operator import itemgetter, attrgetter, methodcaller


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


g1 = itemgetter(1)
g3 = itemgetter(0, -1, 2)
print(repr(g1), repr(g3), repr(itemgetter('key', slice(1, 2))))
print(g1('abc'), g1([10, 20]), g3('python'), g3([1, 2, 3]))
print(itemgetter('a', 'b')({'a': 1, 'b': 2}), itemgetter(slice(None, None, -1))([1, 2, 3]))
rows = [('carol', 31, 'x'), ('alice', 25, 'y'), ('bob', 31, 'a'), ('dave', 25, 'b')]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 2)))
print(max(rows, key=itemgetter(1)), min(rows, key=itemgetter(0)))
print(list(map(itemgetter(0), rows)))
print(type(g1).__name__, isinstance(g1, itemgetter), callable(g1))


class Name:
    def __init__(self, first, last):
        self.first = first
        self.last = last


class Person:
    def __init__(self, first, last, age):
        self.name = Name(first, last)
        self.age = age
    def greet(self, greeting='Hello', punct='!'):
        return '%s, %s%s' % (greeting, self.name.first, punct)
    def __repr__(self):
        return 'Person(%s)' % self.name.first


people = [Person('Ada', 'Lovelace', 36), Person('Alan', 'Turing', 41), Person('Grace', 'Hopper', 85)]
a1 = attrgetter('age')
a2 = attrgetter('name.last', 'age')
print(repr(a1), repr(a2))
print([a1(p) for p in people], [a2(p) for p in people])
print(sorted(people, key=attrgetter('name.last')))
print(attrgetter('real', 'imag')(3 + 4j), attrgetter('__class__.__name__')(1.5))

m0 = methodcaller('upper')
m1 = methodcaller('split', ',')
m2 = methodcaller('greet', 'Hi', punct='?')
print(repr(m0), repr(m1), repr(m2), repr(methodcaller('f', 1, 'two', k=[3], j=None)))
print(m0('abc'), m1('a,b,c'), [m2(p) for p in people])
print(methodcaller('count', 1)([1, 2, 1]), methodcaller('get', 'x', 0)({}))

show('itemgetter()', lambda: itemgetter())
show('attrgetter()', lambda: attrgetter())
show('attrgetter(1)', lambda: attrgetter(1))
show("attrgetter('a', 2)", lambda: attrgetter('a', 2))
show('methodcaller()', lambda: methodcaller())
show('methodcaller(1)', lambda: methodcaller(1))
show('itemgetter index', lambda: itemgetter(5)([1, 2]))
show('itemgetter key', lambda: itemgetter('zz')({'a': 1}))
show('itemgetter type', lambda: itemgetter(0)(5))
show('attrgetter missing', lambda: attrgetter('name.middle')(people[0]))
show('attrgetter int', lambda: attrgetter('a.b')(1))
show('methodcaller missing', lambda: methodcaller('nope')('text'))
show('methodcaller args', lambda: methodcaller('upper', 1)('text'))
show('dotted repr', lambda: attrgetter('a..b'))
