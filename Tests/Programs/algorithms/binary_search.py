# Binary search family: exact search, lower/upper bounds, first true predicate, float bisection, rotated arrays.

def lower_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def upper_bound(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] <= x:
            lo = mid + 1
        else:
            hi = mid
    return lo

def search(a, x):
    i = lower_bound(a, x)
    return i if i < len(a) and a[i] == x else -1

def first_true(lo, hi, pred):
    while lo < hi:
        mid = (lo + hi) // 2
        if pred(mid):
            hi = mid
        else:
            lo = mid + 1
    return lo

def bisect_root(f, lo, hi, iterations=100):
    for _ in range(iterations):
        mid = (lo + hi) / 2
        if (f(mid) > 0) == (f(lo) > 0):
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2

def search_rotated(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        if a[lo] <= a[mid]:
            if a[lo] <= x < a[mid]:
                hi = mid - 1
            else:
                lo = mid + 1
        else:
            if a[mid] < x <= a[hi]:
                lo = mid + 1
            else:
                hi = mid - 1
    return -1

data = [1, 3, 3, 3, 5, 8, 13, 21, 21, 34]
for x in [0, 1, 3, 4, 21, 34, 35]:
    print(x, search(data, x), lower_bound(data, x), upper_bound(data, x), upper_bound(data, x) - lower_bound(data, x))
print(first_true(0, 10 ** 6, lambda n: n * n >= 10 ** 9), first_true(0, 100, lambda n: 2 ** n > 10 ** 20))
print(bisect_root(lambda v: v * v - 2, 0.0, 2.0), bisect_root(lambda v: v ** 3 - v - 1, 1.0, 2.0))
rotated = [15, 18, 22, 30, 2, 5, 9, 12]
print([search_rotated(rotated, x) for x in [15, 30, 2, 12, 7]])
isqrt_values = [first_true(0, n + 1, lambda r, n=n: (r + 1) * (r + 1) > n) for n in [0, 1, 15, 16, 10 ** 12, 2 ** 70]]
print(isqrt_values)
