# Import forms for math and sys: aliases, several modules at once, from-imports, imports inside functions.

import math as m, sys as system
from sys import argv, maxsize
from math import factorial as fact, pi

print(m.sqrt(2), system.maxsize == maxsize, argv[0], fact(10), pi == m.pi)

def local_import():
    import math
    from math import comb
    return math.floor(7.9), comb(6, 3)

print(local_import())
try:
    print(math.floor(1.5))
except NameError as e:
    print("NameError:", e)

def uses_module_argument(module):
    return module.gcd(48, 180)

print(uses_module_argument(m))
import math
print(math is m, math.tau / 2 == pi)
