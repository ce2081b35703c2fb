from fractions import Fraction as F
import math
a, b = F(3, 4), F(-5, 6)
print(a, b, repr(a), a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +b, abs(b), a ** 2, b ** -3, a ** 0)
print(a + 1, 1 + a, a - 2, 2 - a, a * 3, 3 * a, a / 3, 3 / a, 7 // a, 7 % a, a + 0.5, 0.5 + a, a * 2.0, 2 ** a, a ** 0.5, a ** F(1, 2))
print(F(10, -4), F(0, 5), F(6), F(-7, 1), F(2.5), F(0.1), F("3/4"), F(" -1.25e-2 "), F("1_000"), F("7"), F(".5"), F("2E3"), F(F(1, 3)), F(F(1, 2), F(1, 3)), F(True))
print(F(1, 3) == F(2, 6), F(1, 2) == 0.5, F(1, 2) == 1, F(4, 2) == 2, F(1, 3) < 0.34, F(1, 3) > F(1, 4), F(1, 2) <= 0.5, 1 < F(3, 2), 0.3 >= F(1, 3), F(1) != 1)
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(-1)), {F(1, 2): "half"}[0.5], len({F(2, 4), 0.5, F(1, 2)}))
print(float(F(1, 3)), int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(1, 3), 2), round(F(12345, 7), -2))
print(F(3, 7).numerator, F(3, 7).denominator, F(6, 4).as_integer_ratio(), F.from_float(0.25), F(math.pi).limit_denominator(1000), F(math.pi).limit_denominator(10), F(1, 3).limit_denominator(100), F(3, 4).limit_denominator(2))
print(bool(F(0)), bool(F(1, 9)), sum([F(1, n) for n in range(1, 11)]), max(F(1, 2), F(2, 3), 0.6), sorted([F(1, 2), 0.25, 1, F(1, 3)]), str(F(4, 1)), f"{F(1, 8)}", "%s" % F(2, 3))
h = F(0)
for n in range(1, 30):
    h += F(1, n * n)
print(h, float(h))
try:
    print('F(1, 0)', '->', F(1, 0))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("F('1/0')", '->', F('1/0'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("F('abc')", '->', F('abc'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('F(1.5, 2)', '->', F(1.5, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('F([1])', '->', F([1]))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("F(float('inf'))", '->', F(float('inf')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("F(float('nan'))", '->', F(float('nan')))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('F(1, 2) / 0', '->', F(1, 2) / 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print('F(0) ** -1', '->', F(0) ** -1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print('F(1, 2) // 0', '->', F(1, 2) // 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print('F(1, 2) % 0', '->', F(1, 2) % 0)
except Exception as e:
    print(type(e).__name__, e)
try:
    print('divmod(F(1), 0)', '->', divmod(F(1), 0))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("format(F(1, 2), '.2f')", '->', format(F(1, 2), '.2f'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('F(1, 2).limit_denominator(0)', '->', F(1, 2).limit_denominator(0))
except Exception as e:
    print(type(e).__name__, e)
try:
    print("F.from_float('x')", '->', F.from_float('x'))
except Exception as e:
    print(type(e).__name__, e)
print(F(-8) ** F(1, 3), (-2) ** F(1, 2), F(4) ** F(1, 2), F(2) ** -2, F(-2) ** -3, 2.0 ** F(3), F(1, 2) ** 2.0, (1 + 2j) * F(1, 2), F(1, 2) + 1j)
class Money(F):
    def __str__(self):
        return "$%.2f" % float(self)
m = Money(1999, 100)
print(m, repr(m), m + 1, type(m + 1).__name__, isinstance(m, F), Money("2.50"), Money(3) == 3)
