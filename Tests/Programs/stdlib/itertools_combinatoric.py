# product, permutations, combinations, combinations_with_replacement: order and counts.
from itertools import product, permutations, combinations, combinations_with_replacement
from math import comb, factorial, perm

print(list(product('ab', range(3))))
print(list(product([0, 1], repeat=3)))
print(list(product('ab', 'cd', repeat=2))[:6], len(list(product('ab', 'cd', repeat=2))))
print(list(product()), list(product(repeat=0)), list(product('ab', [])), list(product([], repeat=0)))
print(list(product('x', 'y', 'z', 'w')), list(product(range(2), range(2), range(3)))[-4:])
print(list(permutations('abc')))
print(list(permutations(range(4), 2)))
print(list(permutations([])), list(permutations('ab', 0)), list(permutations('ab', 3)))
print(list(combinations('abcd', 2)), list(combinations(range(5), 3)))
print(list(combinations('abc', 0)), list(combinations('abc', 4)), list(combinations([], 0)))
print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement(range(3), 3))[:7])
print(list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)),
      list(combinations_with_replacement('ab', 0)))

# Counts agree with the formulas.
for n in range(6):
    for r in range(7):
        assert len(list(permutations(range(n), r))) == (perm(n, r) if r <= n else 0)
        assert len(list(combinations(range(n), r))) == comb(n, r)
        assert len(list(combinations_with_replacement(range(n), r))) == (comb(n + r - 1, r) if n else (1 if r == 0 else 0))
print('counts ok')

# Duplicates in the input are positions, not values.
print(list(permutations([1, 1, 2])))
print(list(combinations([2, 2, 3], 2)))
# Sorted input gives sorted output.
print(list(permutations(range(3))) == sorted(permutations(range(3))))
print(all(list(c) == sorted(c) for c in combinations(range(7), 4)))

# The input is read once, eagerly.
def gen():
    print('  gen starts')
    yield 1
    yield 2


p = product(gen(), 'ab')
print('made product')
print(list(p))
c = combinations(gen(), 1)
print('made combinations')
print(list(c))

# Typical uses.
target = 10
print([pair for pair in combinations([1, 3, 5, 7, 9], 2) if sum(pair) == target])
words = ['stop', 'pots', 'tops', 'opts']
print(sorted({''.join(p) for p in permutations('stop') if ''.join(p) in words}))
grid = [(r, c) for r, c in product(range(3), repeat=2) if r != c]
print(grid)
print(sum(1 for _ in permutations(range(8))), factorial(8))
print(sum(1 for _ in product(range(10), repeat=5)))
