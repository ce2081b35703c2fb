# round(): banker's rounding for halves, ndigits positive/negative/zero, int and float results.

for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 7.0, -7.9]:
    print(x, round(x), round(x, 0), round(x, 1), round(x, 2))
for n in [5, 15, 25, 35, -25, 123456, 1234567890123456789012]:
    print(n, round(n), round(n, -1), round(n, -2), round(n, 2))
print(round(123.456, -1), round(123.456, -2), round(123.456, -3), round(-123.456, -1), round(555.5, -1))
print(round(1e300, 2), round(1e-300, 2), round(-1e-300, 2), round(0.1 + 0.2, 10), round(2.5e-8, 8))
print(type(round(2.5)), type(round(2.5, 0)), type(round(7, 1)), round(True), round(12.5, None))
print(round(1.23456789, 5), round(9.995, 2), round(0.125, 2), round(0.375, 2), round(2.0 ** 60 + 0.0, -5))
print(round(float("inf"), 2), round(float("-inf"), 0), round(float("nan"), 3))
for v in [float("inf"), float("nan")]:
    try:
        print(round(v))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    print(round("1.5"))
except TypeError as e:
    print("TypeError:", e)
try:
    print(round(1.5, 1.0))
except TypeError as e:
    print("TypeError:", e)
