# List, dict and set comprehensions: filters, nested loops, nested comprehensions, scopes.

print([x * x for x in range(10)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)], [v for row in matrix for v in row])
print([c.upper() for c in "hello" if c not in "l"], [len(w) for w in "the quick brown fox".split()])
print([x if x % 2 else -x for x in range(6)], [f(3) for f in [abs, str, float]])
print({x: x ** 2 for x in range(6)}, {k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
words = ["apple", "bob", "cat", "apple", "dog", "bob"]
print({w: words.count(w) for w in words}, {v: k for k, v in {"a": 1, "b": 2}.items()})
print({x % 5 for x in range(20)}, {x * y for x in range(4) for y in range(4)}, {len(w) for w in words})
print([(i, j) for i in range(3) for j in range(3) if i != j if i + j > 1])
print(sum([x for x in range(101) if x % 2 == 0]), max([len(w) for w in words]), sorted({w[0] for w in words}))
x = "outer"
print([x for x in range(3)], x)
n = 10
print([n * i for i in range(3)], [i for i in range(n) if i > n - 3])
def scoped(k):
    return [[k * i + j for j in range(2)] for i in range(3)]
print(scoped(10))
fns = [lambda v, i=i: v + i for i in range(3)]
print([f(100) for f in fns])
print([y for y in [[]] for _ in y], [[] for _ in range(2)], [i for i in []], {k: 0 for k in []}, {s for s in ()})
print([(a, b) for a, b in [(1, 2), (3, 4)]], [a + b for a, *b in [(1, 2), (3, 4, 5)] for b in [sum(b)]])
grid = [[0] * 3 for _ in range(3)]
for i in range(3):
    grid[i][i] = 1
print(grid)
print({(i, j): i * j for i in range(2) for j in range(2)}, [str(i) * i for i in range(4)])
print([i for i in range(3) for i in range(i)], {v: [w for w in words if w[0] == v] for v in "abc"})
