# sys.exit deep inside nested calls, inside loops and a try/except Exception that must not catch it.

import sys

def level3(n):
    if n == 3:
        sys.exit(42)
    return n

def level2(n):
    try:
        return level3(n)
    except Exception:
        print("wrong handler")
        return -1

def level1():
    for n in range(10):
        print("level1 got", level2(n))

level1()
