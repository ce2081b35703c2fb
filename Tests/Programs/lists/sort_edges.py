# Sorting edge cases: mutation during sort, exceptions from key functions, equal keys, huge and tiny lists.

items = [3, 1, 2]
def spy(v):
    items.append(v)
    return v
try:
    items.sort(key=spy)
except ValueError as e:
    print("ValueError:", e)
print(sorted(items))
data = [5, 3, "x", 1]
def bad_key(v):
    if isinstance(v, str):
        raise KeyError(v)
    return v
try:
    data.sort(key=bad_key)
except KeyError as e:
    print("KeyError:", e, data)
print(sorted([], key=bad_key), sorted([7], key=bad_key), sorted([2, 1], key=lambda v: 0))
records = [(i % 4, i) for i in range(40, 0, -1)]
records.sort(key=lambda r: r[0])
print(records[:12])
records.sort(key=lambda r: r[0], reverse=True)
print(records[:12])
print(sorted([3, 1, 2], reverse=False), sorted("bca", reverse=1), sorted([0.1, -0.0, 0.0, -0.1]))
runs = list(range(50)) + list(range(49, -1, -1)) + list(range(25))
print(sorted(runs)[::10], sorted(runs, reverse=True)[::15])
big = [(i * 7919) % 10007 for i in range(2000)]
big.sort()
print(big[:5], big[-5:], all([big[i] <= big[i + 1] for i in range(len(big) - 1)]))
words = ["b", "B", "a", "A", "c", "C"]
print(sorted(words, key=str.lower), sorted(words, key=str.upper, reverse=True), sorted(words, key=len))
