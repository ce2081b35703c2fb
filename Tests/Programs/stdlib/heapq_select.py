# nlargest, nsmallest, merge, and errors; ends with an uncaught error.
from heapq import nlargest, nsmallest, merge, heappush, heappop, heapify, heapreplace, heappushpop


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


data = [7, 2, 9, 4, 2, 8, 1, 9, 3, 7, 5]
for n in [-1, 0, 1, 2, 3, 5, 11, 20]:
    print(n, nlargest(n, data), nsmallest(n, data), nlargest(n, iter(data)), nsmallest(n, iter(data)))

people = [('ann', 31), ('bob', 25), ('cid', 31), ('dee', 19), ('eve', 25), ('fay', 40), ('gus', 19)]
print(nlargest(3, people, key=lambda p: p[1]))
print(nsmallest(3, people, key=lambda p: p[1]))
print(nlargest(2, iter(people), key=lambda p: p[1]), nsmallest(4, iter(people), key=lambda p: p[1]))
print(nlargest(1, people, key=lambda p: p[1]), nsmallest(1, [], key=len), nlargest(1, []))
print(nsmallest(3, 'hello world'), nlargest(3, 'hello world'), nlargest(2, {3: 'a', 1: 'b', 2: 'c'}))
print(nsmallest(4, range(1000, 0, -3)), nlargest(4, (x * x % 97 for x in range(500))))


class Rec:
    def __init__(self, k, tag):
        self.k = k
        self.tag = tag

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return '%s%d' % (self.tag, self.k)


recs = [Rec(k, t) for k, t in zip([2, 1, 2, 3, 1, 2, 3, 1], 'abcdefgh')]
print(nlargest(3, recs), nsmallest(3, recs), nlargest(3, iter(recs)), nsmallest(5, iter(recs)))

print(list(merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(merge([7, 5, 1], [8, 6, 2], [9], reverse=True)))
print(list(merge(['kangaroo', 'cat'], ['horse', 'fish', 'ox'], key=len, reverse=True)))
print(list(merge()), list(merge([])), list(merge([], [1], [])), list(merge('ace', 'bdf')))
print(list(merge(recs[:4], recs[4:])))
print(list(merge(sorted(recs[:4], key=lambda r: r.k), sorted(recs[4:], key=lambda r: r.k))))
m = merge(iter(range(0, 10, 2)), iter(range(1, 10, 2)))
print(next(m), next(m), next(m), list(m))
print(list(merge([(1, 'b'), (2, 'a')], [(1, 'a'), (3, 'c')], key=lambda t: t[0])))

show('heappush int', lambda: heappush(1, 2))
show('heappush tuple', lambda: heappush((1,), 2))
show('heappop empty', lambda: heappop([]))
show('heappop tuple', lambda: heappop(()))
show('heapreplace empty', lambda: heapreplace([], 1))
show('heappushpop int', lambda: heappushpop(1, 1))
show('heapify int', lambda: heapify(1))
show('heapify tuple', lambda: heapify((3, 1)))
show('mixed types', lambda: heappush([1], 'a'))
show('nlargest not iterable', lambda: nlargest(2, 5))
show('merge not iterable', lambda: list(merge([1], 5)))
h = [1, 2]
try:
    heappush(h, None)
except TypeError as e:
    print('TypeError', e, h)

heap = [3, 1, 2]
heapify(heap)
print(heap)
heappush(heap, {'not': 'comparable'})
