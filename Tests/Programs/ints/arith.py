# Integer arithmetic: +, -, *, /, //, %, ** and unary operators, including the signs of // and %.

for a in [7, -7, 13, -13, 0, 1, -1]:
    for b in [2, -2, 3, -3, 5, -5, 1, -1]:
        print(a, b, "|", a + b, a - b, a * b, a // b, a % b, divmod(a, b))

print(2 ** 10, 2 ** 0, (-2) ** 3, (-2) ** 4, 0 ** 0, 1 ** 1000, (-1) ** 1001)
print(2 ** -1, 10 ** -2, (-8) ** -1, 2 ** -3)
print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2)
print(7 / 2, -7 / 2, 6 / 3, 1 / 3, 0 / 5, -6 / 4)
print(-0, +5, -(-5), ~5, ~-1, ~0, --3, -+-4)
print(abs(-12), abs(12), abs(0))
print(17 // 5 * 5 + 17 % 5, -17 // 5 * 5 + -17 % 5)
print(1 + 2 * 3 - 4 // 2 % 3, (1 + 2) * (3 - 4), 2 * -3, 10 - -3)
print(100 % 7 % 3, 100 // 7 // 3, 2 * 3 ** 2, -3 ** 2)

# Operations that cross the boundary of the small (tagged) form both ways.
big = 4611686018427387903
print(big, big + 1, big + 1 - 1, -big - 1, -big - 2)
print(big * 2, big * big, (big + 1) // 2, -(big + 1) // -1, (-big - 1) // -1)
print((-big - 1) * -1, abs(-big - 1), -(-big - 1), (-big - 1) % 7, (-big - 1) // 7)
print(9223372036854775807 + 1, 9223372036854775808 - 1, -9223372036854775808 - 1)
print(2 ** 62, 2 ** 63, 2 ** 64, -(2 ** 63), 2 ** 63 // 2 ** 32)

# Comparisons.
print(1 < 2, 2 < 1, 3 <= 3, 3 >= 4, 5 == 5, 5 != 5, -1 < 0 < 1, 2 ** 70 > 2 ** 69)
print(max(3, -7, 12), min(3, -7, 12), 10 ** 20 == 100000000000000000000)
