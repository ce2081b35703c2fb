# Comprehensions inside functions: closures over locals and parameters, lambdas captured per iteration,
# comprehensions in default arguments, in lambdas and in nested functions.

def make_multipliers(n):
    return [lambda x, k=k: x * k for k in range(n)]
print([m(10) for m in make_multipliers(4)])

def late(n):
    return [lambda x: x * k for k in range(n)]
print([m(10) for m in late(4)])

def table(rows, cols):
    header = [f"c{c}" for c in range(cols)]
    body = [[r * cols + c for c in range(cols)] for r in range(rows)]
    return header, body
print(table(2, 3))

def outer():
    base = 100
    def inner(xs):
        return [x + base for x in xs if x % 2]
    base += 1
    return inner
print(outer()([1, 2, 3]))

def counts(words):
    seen = {}
    return {w: seen.setdefault(w, len(seen)) for w in words}
print(counts(["b", "a", "b", "c", "a"]))

def default_uses_comprehension(limit, squares=[i * i for i in range(5)]):
    return [s for s in squares if s < limit]
print(default_uses_comprehension(10))

evens = lambda n: [i for i in range(n) if i % 2 == 0]
print(evens(9))

def flatten_pairs(pairs):
    return [item for pair in pairs for item in pair]
print(flatten_pairs([(1, 2), (3, 4), (5,)]))

def product(*pools):
    result = [[]]
    for pool in pools:
        result = [r + [p] for r in result for p in pool]
    return result
print(product("ab", [1, 2], [True]))

def nonlocal_inside():
    hits = 0
    def mark(v):
        nonlocal hits
        hits += 1
        return v
    picked = [mark(v) for v in range(10) if v % 3 == 0]
    return picked, hits
print(nonlocal_inside())

matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(len(matrix[0]))])
print({(r, c): matrix[r][c] for r in range(3) for c in range(3) if r == c})
print({v % 4 for row in matrix for v in row})
