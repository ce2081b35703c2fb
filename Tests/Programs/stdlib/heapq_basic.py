# heappush/heappop/heapify/heapreplace/heappushpop: the exact list order CPython leaves.
import heapq
from heapq import heappush, heappop, heapify, heapreplace, heappushpop

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heappush(h, x)
    print(h)
print([heappop(h) for _ in range(4)], h)

data = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0, 11, 10]
heapify(data)
print(data)
print(heapreplace(data, 12), data)
print(heappushpop(data, -1), data)
print(heappushpop(data, 4), data)
print(heappushpop([], 3))
print([heappop(data) for _ in range(len(data))])


class Item:
    """Compares on priority only, so ties show the order the algorithm leaves them in."""

    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority

    def __repr__(self):
        return '%s%d' % (self.name, self.priority)


items = [Item(p, n) for p, n in zip([3, 1, 3, 2, 1, 3, 2, 1, 2, 3, 1], 'abcdefghijk')]
h = []
for it in items:
    heappush(h, it)
print(h)
print([heappop(h) for _ in range(len(h))])
h = items[:]
heapify(h)
print(h)
print(heapreplace(h, Item(0, 'z')), heappushpop(h, Item(2, 'y')), h)

# A pseudo-random sequence of operations on a larger heap.
seed = 12345
def rand():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed

h = []
popped = []
for step in range(3000):
    r = rand() % 10
    if r < 6:
        heappush(h, (rand() % 100, step))
    elif r < 8 and h:
        popped.append(heappop(h)[0])
    elif h:
        heapreplace(h, (rand() % 100, step))
print(len(h), popped[:20], sum(popped))
print(h[:15])
print(all(h[i] <= h[c] for i in range(len(h)) for c in (2 * i + 1, 2 * i + 2) if c < len(h)))
big = [(rand() % 1000) for _ in range(5000)]
heapify(big)
print(big[:20], sum(big[i] * i for i in range(0, 5000, 7)))
print(sorted(big)[:10] == [heappop(big) for _ in range(10)])

# Heap sort and a priority queue with (priority, counter, task) entries.
def heapsort(iterable):
    h = []
    for value in iterable:
        heappush(h, value)
    return [heappop(h) for _ in range(len(h))]

print(heapsort([1, 3, 5, 7, 9, 2, 4, 6, 8, 0]))
pq = []
for count, (prio, task) in enumerate([(2, 'code'), (1, 'eat'), (3, 'sleep'), (1, 'read')]):
    heappush(pq, (prio, count, task))
print([heappop(pq)[2] for _ in range(4)])

# Strings and mixed comparable numbers.
words = ['pear', 'apple', 'fig', 'banana', 'cherry']
heapify(words)
print(words, heappop(words))
nums = [3.5, 1, 2.25, True, 0.5]
heapify(nums)
print(nums)
