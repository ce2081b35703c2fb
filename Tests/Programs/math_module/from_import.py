# from math import ...: names, aliases, and mixing with import math.

from math import sqrt, pi, floor as fl, ceil
from math import (inf, nan,
                  gcd)
import math
import sys

print(sqrt(81), pi, fl(2.9), ceil(2.1), inf, nan, gcd(84, 36))
print(sqrt is math.sqrt, fl is math.floor, pi == math.pi)
def area(r):
    return pi * r ** 2
print(area(2), round(area(1.5), 4))
def hyp(a, b):
    return sqrt(a * a + b * b)
print([hyp(a, b) for a, b in [(3, 4), (5, 12), (1, 1)]])
sqrt = lambda v: "shadowed"
print(sqrt(4), math.sqrt(4))
print(type(math).__name__, type(sys).__name__, math.__name__, sys.__name__)
