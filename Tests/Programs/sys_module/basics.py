# sys: argv, maxsize, recursion limit, stdout/stderr objects.

import sys

print(sys.argv, len(sys.argv), sys.argv[0])
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, -sys.maxsize - 1, type(sys.maxsize))
print(sys.getrecursionlimit())
sys.setrecursionlimit(2500)
print(sys.getrecursionlimit())
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(2000))
sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("10")
except TypeError as e:
    print("TypeError:", e)
out = sys.stdout
out.write("through an alias\n")
print("print after write", file=out)
print(sys.stdout is out, sys.stderr is not sys.stdout)
