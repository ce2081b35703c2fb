# Set and dict tables under heavy insert/delete churn: iteration order of int sets follows CPython's table,
# including resizes and slots left behind by deletions; dicts keep insertion order throughout.

s = set()
d = {}
state = 42
for step in range(3000):
    state = (state * 1103515245 + 12345) % 2 ** 31
    key = state % 500 - 100
    if state % 3 == 0 and key in s:
        s.remove(key)
        del d[key]
    else:
        s.add(key)
        d[key] = step
    if step % 500 == 499:
        print(len(s), list(s)[:12], list(d)[:8])
print(s == set(d), sorted(s) == sorted(d))
t = set(range(0, 64))
for i in range(0, 64, 2):
    t.discard(i)
for i in range(100, 116):
    t.add(i)
print(t)
u = {i * 8 for i in range(40)}
print(u)
u.difference_update(range(0, 320, 16))
u.update([1, 2, 3, 1000, -8])
print(u)
v = set()
for i in range(20):
    v.add(i * 1024)
    v.add(-i)
print(v)
w = {2 ** 60 + i for i in range(10)} | {-(2 ** 61) + i for i in range(5)}
print(w)
x = {5, 13, 21, 29}
x.pop()
x.add(37)
print(x, x.pop(), x)
