# The integer functions of math: factorial, gcd, lcm, isqrt, comb, perm, and their errors.

import math

print([math.factorial(n) for n in range(12)], math.factorial(50))
print(math.gcd(12, 18), math.gcd(-12, 18), math.gcd(0, 5), math.gcd(0, 0), math.gcd(), math.gcd(7), math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 40))
print(math.lcm(4, 6), math.lcm(4, 6, 10), math.lcm(), math.lcm(0, 5), math.lcm(-4, 6), math.lcm(2 ** 40, 3 ** 20))
print([math.isqrt(n) for n in [0, 1, 3, 4, 15, 16, 17, 99, 100]], math.isqrt(10 ** 40), math.isqrt(2 ** 127 - 1))
print(math.comb(5, 2), math.comb(10, 0), math.comb(10, 10), math.comb(3, 5), math.comb(100, 50), math.comb(52, 5))
print(math.perm(5, 2), math.perm(5), math.perm(5, 0), math.perm(3, 5), math.perm(20, 10))
print(math.factorial(True), math.gcd(True, 4), math.isqrt(True), math.comb(6, True))
for label, fn in [("factorial(-1)", lambda: math.factorial(-1)), ("factorial(2.5)", lambda: math.factorial(2.5)),
                  ("factorial(5.0)", lambda: math.factorial(5.0)), ("gcd(1.5, 2)", lambda: math.gcd(1.5, 2)),
                  ("isqrt(-1)", lambda: math.isqrt(-1)), ("isqrt(2.0)", lambda: math.isqrt(2.0)),
                  ("comb(-1, 2)", lambda: math.comb(-1, 2)), ("comb(5, -1)", lambda: math.comb(5, -1)),
                  ("perm(-5)", lambda: math.perm(-5)), ("comb('5', 2)", lambda: math.comb("5", 2))]:
    try:
        print(label, fn())
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__ + ":", e)
