# Descriptive statistics and a formatted table over deterministic pseudo-random samples.

import math

def lcg(seed):
    state = [seed]
    def rand():
        state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return state[0] >> 11
    return rand

def mean(xs):
    return sum(xs) / len(xs)

def median(xs):
    s = sorted(xs)
    mid = len(s) // 2
    return s[mid] if len(s) % 2 else (s[mid - 1] + s[mid]) / 2

def stdev(xs):
    m = mean(xs)
    return math.sqrt(sum([(x - m) ** 2 for x in xs]) / (len(xs) - 1))

def mode(xs):
    counts = {}
    for x in xs:
        counts[x] = counts.get(x, 0) + 1
    return max(counts, key=lambda k: (counts[k], -k))

def percentile(xs, p):
    s = sorted(xs)
    k = (len(s) - 1) * p / 100
    lo = math.floor(k)
    hi = math.ceil(k)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)

rand = lcg(2024)
samples = {
    "uniform": [rand() % 100 for _ in range(500)],
    "dice": [rand() % 6 + rand() % 6 + 2 for _ in range(600)],
    "skewed": [int((rand() / 2 ** 53) ** 3 * 1000) for _ in range(400)],
    "tiny": [4, 8, 15, 16, 23, 42],
}
header = f"{'name':<8}|{'n':>5}|{'mean':>9}|{'median':>8}|{'stdev':>9}|{'mode':>5}|{'p90':>8}|{'min':>4}|{'max':>4}"
print(header)
print("-" * len(header))
for name, xs in samples.items():
    print(f"{name:<8}|{len(xs):>5}|{mean(xs):>9.3f}|{median(xs):>8}|{stdev(xs):>9.4f}|{mode(xs):>5}|{percentile(xs, 90):>8.2f}|{min(xs):>4}|{max(xs):>4}")
hist = {}
for x in samples["dice"]:
    hist[x] = hist.get(x, 0) + 1
for total in sorted(hist):
    print(f"{total:2d} {hist[total]:3d} {'#' * (hist[total] // 5)}")
inside = 0
for _ in range(2000):
    x = rand() / 2 ** 53
    y = rand() / 2 ** 53
    if x * x + y * y <= 1.0:
        inside += 1
print("pi estimate:", 4 * inside / 2000, "error: %.4f" % abs(4 * inside / 2000 - math.pi))
