# The operator module's functions: each one is its operator, with the operator's errors.
import operator
from operator import (lt, le, eq, ne, ge, gt, not_, truth, is_, is_not, abs, add, sub, mul,
                      truediv, floordiv, mod, pow, neg, pos, inv, invert, lshift, rshift, and_,
                      or_, xor, index, concat, contains, countOf, indexOf, getitem, length_hint,
                      call, matmul, setitem, delitem, iadd, iand, ior, ixor, isub, imul,
                      itruediv, ifloordiv, imod, ipow, ilshift, irshift, iconcat, itemgetter)


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


print(lt(1, 2), le(2, 2), eq(1, 1.0), ne('a', 'b'), ge(3, 4), gt([2], [1, 5]))
print(not_(0), not_([1]), truth([]), truth('x'), is_(None, None), is_not(1, None))
print(abs(-3), abs(-2.5), add(1, 2), add('a', 'b'), sub(10, 3), mul(3, 'ab'))
print(truediv(7, 2), floordiv(7, 2), floordiv(-7, 2), mod(-7, 3), pow(2, 100), pow(2, -1))
print(neg(5), pos(-5), inv(5), invert(0), lshift(1, 70), rshift(-256, 3))
print(and_(12, 10), or_(12, 10), xor(12, 10), and_({1, 2}, {2, 3}), or_({'a': 1}, {'b': 2}))
print(index(7), index(True), concat([1], [2]), concat('ab', 'cd'), concat((1,), (2, 3)))
print(contains([1, 2], 2), contains('abc', 'd'), countOf([1, 2, 1, 1.0], 1), indexOf('hello', 'l'))
print(getitem([10, 20, 30], -1), getitem({'k': 'v'}, 'k'), getitem('abcdef', slice(1, 4)))
print(length_hint([1, 2, 3]), length_hint(iter(range(10))), length_hint(5, 42))
print(call(max, 3, 9, 4), call(sorted, [3, 1, 2], reverse=True))


class Vec:
    def __init__(self, x):
        self.x = x
    def __matmul__(self, other):
        return self.x * other.x
    def __index__(self):
        return self.x
    def __repr__(self):
        return 'Vec(%r)' % self.x


print(matmul(Vec(3), Vec(4)), index(Vec(11)))

# setitem / delitem
data = [1, 2, 3, 4]
setitem(data, 0, 'first')
delitem(data, slice(1, 3))
print(data)
d = {}
setitem(d, 'a', 1)
setitem(d, 'b', 2)
delitem(d, 'a')
print(d)

# In-place operators return the target, mutated when it is mutable.
lst = [1]
r = iadd(lst, [2, 3])
print(r, r is lst)
t = (1,)
r = iadd(t, (2,))
print(r, t)
s = {1, 2, 3}
print(iand(s, {2, 3, 4}), s, ior(s, {9}), ixor(s, {2}), isub(s, {9}))
print(isub(10, 3), imul(4, 5), itruediv(1, 4), ifloordiv(9, 2), imod(9, 4), ipow(3, 4))
print(ilshift(1, 4), irshift(32, 2), iconcat([0], [1]), ixor(6, 3), ior(1, 2), iand(7, 2))

# The dunder aliases are the same objects.
print(operator.__add__ is add, operator.__lt__ is lt, operator.__not__ is not_)
print(operator.__getitem__([5, 6], 1), operator.__iadd__(1, 1), operator.__inv__(1))

# Errors come from the operators themselves.
show('add', lambda: add(1, 'a'))
show('sub', lambda: sub('a', 1))
show('neg', lambda: neg('a'))
show('truediv', lambda: truediv(1, 0))
show('mod', lambda: mod(1, 0))
show('getitem', lambda: getitem([1], 5))
show('getitem', lambda: getitem({}, 'missing'))
show('getitem', lambda: getitem(1, 0))
show('concat', lambda: concat(1, 2))
show('concat', lambda: concat({}, {}))
show('concat', lambda: concat([1], (2,)))
show('iconcat', lambda: iconcat(1, [2]))
show('indexOf', lambda: indexOf([1, 2], 3))
show('indexOf', lambda: indexOf(1, 2))
show('countOf', lambda: countOf(5, 1))
show('contains', lambda: contains(1, 2))
show('index', lambda: index(1.5))
show('index', lambda: index('7'))
show('matmul', lambda: matmul(2, 3))
show('lshift', lambda: lshift(1, -1))
show('length_hint', lambda: length_hint(1, 'x'))


class Hint:
    def __init__(self, value):
        self.value = value
    def __length_hint__(self):
        return self.value


show('length_hint', lambda: length_hint(Hint(4)))
show('length_hint', lambda: length_hint(Hint(NotImplemented), 9))
show('length_hint', lambda: length_hint(Hint(-1)))
show('length_hint', lambda: length_hint(Hint('x')))

# reduce-style use with sorted and map
from functools import reduce
print(reduce(mul, range(1, 11)), reduce(add, ['a', 'b', 'c']), list(map(neg, [1, -2, 3])))
print(sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=itemgetter(1)))
