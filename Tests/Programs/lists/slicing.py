# Slicing lists with every combination of bounds and steps; slice assignment and deletion.

a = list(range(10))
for s in [(None, None, None), (2, 5, None), (-3, None, None), (None, -3, None), (None, None, 2), (1, None, 3),
          (None, None, -1), (8, 2, -2), (-1, -11, -3), (100, None, None), (-100, 3, None), (5, 5, None), (7, 2, None),
          (None, None, -4), (2, -2, 2), (9, None, -1), (-20, 20, 7)]:
    print(s, a[slice(*s)], a[s[0]:s[1]:s[2]])
print(a[:], a[::], a[:] is a, a[:] == a)

b = list(range(10))
b[2:5] = ["x"]
print(b)
b[1:1] = [100, 200]
print(b)
b[-2:] = []
print(b)
b[:0] = "ab"
print(b)
b[len(b):] = (7, 8)
print(b)
b[::2] = [0] * len(b[::2])
print(b)
b[1::3] = ["y", "z", "w"] if len(b[1::3]) == 3 else b[1::3]
print(b)
b[:] = range(5)
print(b)
b[3:1] = [9]
print(b)
b[10:20] = [11]
print(b)
b[-100:1] = []
print(b)
c = list(range(10))
del c[::2]
print(c)
del c[1:3]
print(c)
del c[-1]
print(c)
del c[:]
print(c)
c = list(range(10))
del c[::-3]
print(c)
del c[100:]
print(c, len(c))
c[::-1] = c[:]
print(c)
alias = c
c[:] = [1, 2]
print(alias, alias is c)
try:
    c[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    c[::1] = 5
except TypeError as e:
    print("TypeError:", e)
try:
    c[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    c[1:2] = 5
except TypeError as e:
    print("TypeError:", e)
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[::-1] for row in m], [row[1] for row in m], m[::-1], m[1][1:], m[-1][-1])
t = (0, 1, 2, 3, 4, 5)
s = "abcdef"
print(t[1:4], t[::-2], t[4:1:-1], s[1:4], s[::-2], s[4:1:-1], range(10)[2:8:2], range(10)[::-1])
