# Unbounded integers: growth, shrinking back, mixed big/small operations, conversions.

f = 1
for i in range(1, 41):
    f *= i
print(f, len(str(f)))
print(2 ** 200)
print(-(3 ** 100))
print(7 ** 77 % 1000000007, pow(7, 77, 1000000007))

a = 2 ** 100 + 12345
b = 3 ** 50 - 1
print(a + b, a - b, b - a, a * b)
print(a // b, a % b, -a // b, -a % b, a // -b, a % -b)
print(divmod(a, b), divmod(-a, b))
print(a // 2 ** 90, a >> 90, a << 10, -a >> 3, -a << 3)
print(a & b, a | b, a ^ b, ~a, -a & 0xFFFF, a & -b)
print(a == 2 ** 100 + 12345, a > b, a < b, -a < -b, a == a + 0)
print(abs(-a), -(-a), +a)

# Big results that become small again.
c = (2 ** 100 + 5) - 2 ** 100
print(c, c + 1, type(c))
print((10 ** 40) // (10 ** 39), (10 ** 40) % 9, 2 ** 64 - 2 ** 64)

# Fibonacci and powers of two.
x, y = 0, 1
for _ in range(300):
    x, y = y, x + y
print(x)
print(sum([2 ** k for k in range(100)]) == 2 ** 100 - 1)
print(int("9" * 60) + 1)
print(str(10 ** 50)[::-1][:5], len(str(-10 ** 50)))
print(hex(2 ** 80), oct(2 ** 70), bin(2 ** 70 + 1))
print(int(str(3 ** 200)) == 3 ** 200, int("-" + str(5 ** 60)))
print(float(2 ** 80), float(-(3 ** 50)), 2 ** 80 / 2 ** 78, 10 ** 30 / 7)
print(bool(2 ** 100), bool(2 ** 100 - 2 ** 100))
print(max(2 ** 65, 3 ** 40, -(2 ** 90)), min(2 ** 65, 3 ** 40, -(2 ** 90)))
print(sorted([2 ** 64, -(2 ** 64), 0, 2 ** 63, 5, -5]))
print(12345678901234567890123 * 0, 0 - 12345678901234567890123)
