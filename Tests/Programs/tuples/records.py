# Tuples as records: returned from functions, unpacked, sorted, grouped, used as composite keys.

def min_max_mean(xs):
    return min(xs), max(xs), sum(xs) / len(xs)

lo, hi, avg = min_max_mean([4, 8, 15, 16, 23, 42])
print(lo, hi, avg, min_max_mean([1]))
people = [("Ann", "Smith", 34), ("Bob", "Jones", 28), ("Cid", "Smith", 28), ("Dee", "Adams", 41)]
for first, last, age in sorted(people, key=lambda p: (p[1], p[0])):
    print(f"{last}, {first}: {age}")
by_age = {}
for person in people:
    by_age.setdefault(person[2], []).append(person[0])
print(by_age, sorted(people, key=lambda p: p[2], reverse=True)[0])
grid = {}
for r in range(3):
    for c in range(3):
        grid[r, c] = r * 3 + c
print(grid[1, 2], grid[(2, 0)], [grid[i, i] for i in range(3)])
point = (3, 4)
x, y = point
print(x, y, point + (5,), point * 2, point[::-1], (x ** 2 + y ** 2) ** 0.5)
swapped = tuple(reversed(point))
print(swapped, swapped < point, tuple(sorted((3, 1, 2))), tuple([v * 2 for v in point]))
pairs = list(zip("abc", range(3)))
letters, numbers = zip(*pairs)
print(pairs, letters, numbers)
nested = ((1, 2), (3, (4, 5)))
(a, b), (c, (d, e)) = nested
print(a + b + c + d + e, len(nested), nested[1][1][0])
print(divmod(17, 5), tuple(divmod(-17, 5)), (1,) * 3, () + (), tuple(range(0)))
