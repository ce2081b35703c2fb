# Mixed int/float arithmetic, exact int/float comparisons, float methods.

print(1 + 2.0, 3 * 1.5, 7 - 0.5, 2 / 4, 2 ** 0.5, 4 ** 0.5, 2.0 ** 3, (-8) ** 2.0, 10 ** -1.0)
print(0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9, 1.0 == 1, 1.5 != 3 / 2)
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 2 ** 63 == 9.223372036854776e18, 2 ** 63 - 1 < 9.223372036854776e18)
print(10 ** 400 > 1e308, -(10 ** 400) < -1e308, 10 ** 400 < float("inf"), 1 < 1.0000000000000002)
print(0.0 == -0.0, -0.0, 0.0 * -1, -0.0 + 0.0, -0.0 - 0.0, abs(-0.0), -0.0 * -0.0)
for x in [1.0, 1.5, -2.0, 0.0, -0.0, 1e300, float("inf"), float("nan")]:
    print(x, x.is_integer())
for x in [0.5, 0.1, -2.5, 8.0]:
    print(x, x.as_integer_ratio())
print(int(2.9), int(-2.9), float(7), float("1e-3"), float(-0), str(1e-3))
print(3.7 // 1, -3.7 // 1, 3.7 % 1, -3.7 % 1, divmod(-3.7, 1), 1e300 * 1e-300)
total = 0.0
for i in range(10):
    total += 0.1
print(total, total == 1.0, sum([0.1] * 10), 1.0 - total)
x = 1.0
x *= 3
x /= 4
x -= 0.25
x **= 2
x += 1
print(x, (x).real, x.imag, x.conjugate())
print(max(1, 2.0), min(1, 1.0), max(1.0, 1), sorted([2, 1.5, 1, 0.5, True]))
print(hex(255), (255.5).hex(), float.fromhex("0x1.8p1"))
