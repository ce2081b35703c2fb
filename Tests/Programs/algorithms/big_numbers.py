# Big-integer workloads: factorials, Fibonacci, digit sums, Catalan numbers, digits of pi and e.

def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def digit_sum(n):
    return sum([int(d) for d in str(n)])

def pi_digits(digits):
    # Machin's formula with fixed-point big integers.
    scale = 10 ** (digits + 10)
    def arctan_inv(x):
        total = term = scale // x
        x2 = x * x
        n = 1
        sign = -1
        while term:
            term //= x2
            total += sign * (term // (2 * n + 1))
            sign = -sign
            n += 1
        return total
    pi = 4 * (4 * arctan_inv(5) - arctan_inv(239))
    return str(pi // 10 ** 10)

def e_digits(digits):
    scale = 10 ** (digits + 10)
    total = 0
    term = scale
    k = 0
    while term:
        total += term
        k += 1
        term //= k
    return str(total // 10 ** 10)

f100 = factorial(100)
print(f100)
print("100! digits:", len(str(f100)), "digit sum:", digit_sum(f100), "trailing zeros:", len(str(f100)) - len(str(f100).rstrip("0")))
print("1000! digits:", len(str(factorial(1000))), "digit sum:", digit_sum(factorial(1000)))
print("fib(100) =", fib(100))
print("fib(1000) digits:", len(str(fib(1000))), "first 20:", str(fib(1000))[:20])
print("first fib with 500 digits is F", [n for n in range(2300, 2400) if len(str(fib(n))) >= 500][0])
print("2**1000 digit sum:", digit_sum(2 ** 1000))
catalan = [factorial(2 * n) // (factorial(n + 1) * factorial(n)) for n in range(15)]
print("catalan:", catalan)
print("pi:", pi_digits(100))
print("e: ", e_digits(100))
print("3**500 mod 1000007:", 3 ** 500 % 1000007, pow(3, 500, 1000007))
n = 2 ** 127 - 1
print("Mersenne 127:", n, "is 2**127-1 prime by Fermat base 3:", pow(3, n - 1, n) == 1)
print(str(factorial(52))[:10], factorial(52) // factorial(47) // factorial(5))
print(sum([1 * 10 ** k for k in range(50)]) * 9 + 1 == 10 ** 50)
