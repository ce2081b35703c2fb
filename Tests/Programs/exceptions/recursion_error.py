# RecursionError: caught, its message printed, and normal recursion works afterwards.

import sys

def infinite(n):
    return infinite(n + 1)

def mutual_a(n):
    return mutual_b(n + 1)

def mutual_b(n):
    return mutual_a(n + 1)

try:
    infinite(0)
except RecursionError as e:
    print("RecursionError:", e)
    print(isinstance(e, RuntimeError))

try:
    mutual_a(0)
except RuntimeError as e:
    print(type(e).__name__, e)

def sum_to(n):
    return 0 if n == 0 else n + sum_to(n - 1)
print(sum_to(300))
print(sys.getrecursionlimit())
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    sum_to(1000)
except RecursionError as e:
    print("lower limit:", e)
sys.setrecursionlimit(1000)
print(sum_to(500))

def guarded(n):
    try:
        return guarded(n + 1)
    except RecursionError:
        return "stopped"
print(guarded(0))
