# Memoized recursion with dicts: partitions, staircase, grid paths, Collatz lengths, subset sums.

memo = {}
def partitions(n, k):
    # Number of partitions of n into parts of size at most k.
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    key = (n, k)
    if key not in memo:
        memo[key] = partitions(n - k, k) + partitions(n, k - 1)
    return memo[key]

print([partitions(n, n) for n in range(1, 21)], partitions(100, 100), len(memo))

stairs_cache = {0: 1, 1: 1, 2: 2}
def stairs(n):
    if n not in stairs_cache:
        stairs_cache[n] = stairs(n - 1) + stairs(n - 2) + stairs(n - 3)
    return stairs_cache[n]
print(stairs(10), stairs(50), stairs(200))

def grid_paths(rows, cols, blocked):
    cache = {}
    def count(r, c):
        if (r, c) in blocked or r >= rows or c >= cols:
            return 0
        if (r, c) == (rows - 1, cols - 1):
            return 1
        if (r, c) not in cache:
            cache[(r, c)] = count(r + 1, c) + count(r, c + 1)
        return cache[(r, c)]
    return count(0, 0)
print(grid_paths(3, 3, set()), grid_paths(10, 10, set()), grid_paths(10, 10, {(1, 1), (5, 5), (2, 7)}), grid_paths(18, 18, set()))

collatz_cache = {1: 1}
def collatz_length(n):
    path = []
    while n not in collatz_cache:
        path.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    length = collatz_cache[n]
    for m in reversed(path):
        length += 1
        collatz_cache[m] = length
    return length
best = max(range(1, 30000), key=collatz_length)
print("longest Collatz chain below 30000 starts at", best, "length", collatz_length(best))

def subset_sum_count(nums, target):
    cache = {}
    def go(i, remaining):
        if remaining == 0:
            return 1
        if i == len(nums) or remaining < 0:
            return 0
        key = (i, remaining)
        if key not in cache:
            cache[key] = go(i + 1, remaining - nums[i]) + go(i + 1, remaining)
        return cache[key]
    return go(0, target)
print(subset_sum_count([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 15), subset_sum_count(list(range(1, 31)), 100))

def fib_memo(n, cache={}):
    if n < 2:
        return n
    if n not in cache:
        cache[n] = fib_memo(n - 1) + fib_memo(n - 2)
    return cache[n]
print(fib_memo(300))
