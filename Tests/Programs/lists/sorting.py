# sort/sorted: keys, reverse, stability (also under reverse), mixed numbers, errors.

nums = [5, 2, 9, 1, 5, 6, -3, 0, 2.5, -7.5, True]
print(sorted(nums), sorted(nums, reverse=True), nums)
nums.sort()
print(nums)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date", "fig", "Elderberry"]
print(sorted(words), sorted(words, key=len), sorted(words, key=lambda w: w.lower()), sorted(words, key=len, reverse=True))
records = [("alice", 30), ("bob", 25), ("carol", 30), ("dave", 25), ("eve", 35), ("frank", 30)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(reverse=True)
print(pairs)
print(sorted("hello world"), sorted((3, 1, 2)), sorted({3: "a", 1: "b"}), sorted({5, 1, 3}), sorted(range(5, 0, -1)))
print(sorted([[2, 1], [1, 2], [1], [], [1, 1, 1]]), sorted([(1, 2), (1,), (0, 5)]))
print(sorted([3, 1, 2], key=lambda x: -x), sorted([], reverse=True), sorted([1]), sorted([-1, -2, 3], key=abs))
big = [(i * 7919) % 1000 for i in range(200)]
s = sorted(big)
print(s[:10], s[-10:], s == sorted(s), len(s))
stable = sorted([(i % 3, i) for i in range(20)], key=lambda p: p[0])
print(stable)
stable_rev = sorted([(i % 3, i) for i in range(20)], key=lambda p: p[0], reverse=True)
print(stable_rev)
x = [4, 2, 3]
y = x
x.sort()
print(y, y is x, sorted(x) is x)
keys_called = []
def key(v):
    keys_called.append(v)
    return -v
print(sorted([1, 3, 2], key=key), keys_called)
for bad in [[1, "a"], [None, 1], [[1], (1,)], [1.0, "x"]]:
    try:
        print(sorted(bad))
    except TypeError as e:
        print("TypeError:", e)
try:
    print(sorted([1, 2], key=lambda v: "a" if v == 1 else 1))
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].sort(lambda v: v)
except TypeError as e:
    print("TypeError:", e)
