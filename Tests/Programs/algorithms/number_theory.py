# Number theory: factorization, divisors, totient, perfect numbers, Miller-Rabin, extended Euclid, CRT.

def factorize(n):
    factors = {}
    d = 2
    while d * d <= n:
        while n % d == 0:
            factors[d] = factors.get(d, 0) + 1
            n //= d
        d += 1 if d == 2 else 2
    if n > 1:
        factors[n] = factors.get(n, 0) + 1
    return factors

def divisors(n):
    small = [d for d in range(1, int(n ** 0.5) + 1) if n % d == 0]
    return sorted(set(small + [n // d for d in small]))

def totient(n):
    result = n
    for p in factorize(n):
        result = result // p * (p - 1)
    return result

def is_probable_prime(n):
    if n < 2:
        return False
    for p in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

def extended_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = extended_gcd(b, a % b)
    return g, y, x - (a // b) * y

def crt(remainders, moduli):
    x, m = 0, 1
    for r, mod in zip(remainders, moduli):
        g, p, q = extended_gcd(m, mod)
        if (r - x) % g:
            return None
        x += (r - x) // g * p % (mod // g) * m
        m = m * mod // g
        x %= m
    return x, m

for n in [2, 12, 97, 360, 1001, 65536, 999999, 2 ** 31 - 1, 600851475143]:
    print(n, factorize(n))
print(divisors(360), len(divisors(720720)), totient(36), [totient(n) for n in range(1, 16)])
print("perfect:", [n for n in range(2, 10000) if sum(divisors(n)) - n == n])
print([n for n in range(100, 200) if is_probable_prime(n)])
for n in [2 ** 61 - 1, 2 ** 89 - 1, 2 ** 64 + 1, 10 ** 18 + 9, 561, 1105, 3215031751, 10 ** 30 + 57]:
    print(n, is_probable_prime(n))
print(extended_gcd(240, 46), extended_gcd(17, 3120), pow(17, -1, 3120))
print(crt([2, 3, 2], [3, 5, 7]), crt([1, 2], [4, 6]), crt([3, 4, 5], [5, 7, 11]))
