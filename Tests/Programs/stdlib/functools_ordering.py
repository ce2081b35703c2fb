# total_ordering, cmp_to_key, cached_property, singledispatch; ends with an uncaught error.
from functools import total_ordering, cmp_to_key, cached_property, singledispatch, \
    singledispatchmethod


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return 'v' + '.'.join(map(str, self.parts))


a, b, c = Version(1, 2), Version(1, 10), Version(1, 2)
print(a < b, a <= b, a > b, a >= b, a <= c, a >= c, a > c, b > a, b >= a)
print(sorted([Version(2), Version(1, 5), Version(1, 0, 1)]), max(a, b))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)
show('mixed', lambda: a < 3)
show('mixed', lambda: a >= 3)


@total_ordering
class Desc:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __repr__(self):
        return 'Desc(%d)' % self.v


print(Desc(3) < Desc(4), Desc(3) >= Desc(4), Desc(5) <= Desc(5), sorted([Desc(2), Desc(1), Desc(3)]))


@total_ordering
class LeOnly:
    def __init__(self, v):
        self.v = v

    def __le__(self, other):
        return self.v <= other.v


print(LeOnly(1) < LeOnly(2), LeOnly(2) > LeOnly(1), LeOnly(2) >= LeOnly(2), LeOnly(3) < LeOnly(3))


class Nothing:
    pass


show('no root', lambda: total_ordering(Nothing))


# cmp_to_key
def by_length_then_reverse(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x < y) - (x > y)


words = ['pear', 'fig', 'apple', 'kiwi', 'date', 'banana', 'yam']
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
print(min(words, key=cmp_to_key(by_length_then_reverse)))
K = cmp_to_key(lambda x, y: x - y)
k1, k2 = K(1), K(2)
print(k1 < k2, k1 > k2, k1 == K(1), k1 != k2, k1 <= k2, k2 >= k1, k1.obj)
show('compare to int', lambda: k1 < 2)


# cached_property
class Circle:
    def __init__(self, r):
        self.r = r
        self.computations = 0

    @cached_property
    def area(self):
        "The area, computed once."
        self.computations += 1
        return 3 * self.r * self.r


ci = Circle(2)
print(ci.area, ci.area, ci.computations, 'area' in ci.__dict__)
del ci.area
ci.r = 3
print(ci.area, ci.computations)
ci.area = 100
print(ci.area, ci.computations)
print(type(Circle.area).__name__, Circle.area.attrname, Circle.area.__doc__)

loose = cached_property(lambda self: 1)
show('no set_name', lambda: loose.__get__(ci, Circle))


# singledispatch
@singledispatch
def describe(obj):
    return 'object ' + repr(obj)


@describe.register(int)
def _(obj):
    return 'int %d' % obj


@describe.register(list)
def _(obj):
    return 'list of %d: %s' % (len(obj), ', '.join(describe(x) for x in obj))


def describe_str(obj):
    return 'str ' + obj


describe.register(str, describe_str)


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register(Animal)
def _(obj):
    return 'animal ' + type(obj).__name__


print(describe(5))
print(describe(True))
print(describe('hi'))
print(describe([1, 'a', 2.5, [Dog()]]))
print(describe(Dog()), describe(Animal()), describe(None))
print(describe.dispatch(bool).__name__, describe.dispatch(float).__name__, describe.dispatch(str) is describe_str)
print(sorted(k.__name__ for k in describe.registry))
show('no args', lambda: describe())
show('bad register', lambda: describe.register(5, describe_str))


class Formatter:
    @singledispatchmethod
    def fmt(self, arg):
        return 'generic'

    @fmt.register(int)
    def _(self, arg):
        return 'int:%d' % arg

    @fmt.register(float)
    def _(self, arg):
        return 'float:%.1f' % arg


f = Formatter()
print(f.fmt(3), f.fmt(2.5), f.fmt('x'))

# An uncaught error ends the program.
sorted([Version(1), 3])
