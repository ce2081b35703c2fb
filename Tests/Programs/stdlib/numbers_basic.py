import numbers
from fractions import Fraction
print(isinstance(1, numbers.Integral), isinstance(True, numbers.Number), isinstance(2.5, numbers.Rational), isinstance(2.5, numbers.Real), isinstance(1j, numbers.Real), isinstance(1j, numbers.Complex), isinstance("1", numbers.Number))
print(issubclass(int, numbers.Real), issubclass(float, numbers.Integral), isinstance(Fraction(1, 2), numbers.Rational), isinstance(Fraction(1, 2), numbers.Number))
class MyNum(numbers.Real):
    pass
try:
    MyNum()
except TypeError as e:
    print(e)
print(numbers.Integral.__mro__)
def describe(x):
    if isinstance(x, numbers.Integral): return "integral"
    if isinstance(x, numbers.Rational): return "rational"
    if isinstance(x, numbers.Real): return "real"
    if isinstance(x, numbers.Complex): return "complex"
    return "not a number"
print([describe(v) for v in (3, True, Fraction(3, 4), 0.5, 2 + 1j, "3", None)])
