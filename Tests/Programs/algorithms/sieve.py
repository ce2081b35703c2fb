# Sieve of Eratosthenes: prime counts, twin primes, largest gaps, Goldbach decompositions.

def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    for p in range(2, int(limit ** 0.5) + 1):
        if is_prime[p]:
            is_prime[p * p::p] = [False] * len(range(p * p, limit + 1, p))
    return is_prime

LIMIT = 100000
flags = sieve(LIMIT)
primes = [i for i, f in enumerate(flags) if f]
print("primes below", LIMIT, "=", len(primes))
print("first", primes[:15])
print("last", primes[-5:])
for bound in [10, 100, 1000, 10000, 100000]:
    print(f"pi({bound}) = {len([p for p in primes if p < bound])}")
twins = [(p, p + 2) for p in primes if p + 2 <= LIMIT and flags[p + 2]]
print("twin pairs:", len(twins), twins[:5], twins[-1])
best_gap = (0, 0)
for a, b in zip(primes, primes[1:]):
    if b - a > best_gap[1] - best_gap[0]:
        best_gap = (a, b)
print("largest gap:", best_gap, best_gap[1] - best_gap[0])
for n in [4, 28, 100, 1000, 9998]:
    for p in primes:
        if flags[n - p]:
            print(f"{n} = {p} + {n - p}")
            break
print("sum of primes below 2000:", sum([p for p in primes if p < 2000]))
