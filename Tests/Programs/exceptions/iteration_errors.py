# StopIteration from next(), defaults, and how for loops consume iterators.

it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e), e.args, e.value)
empty = iter("")
try:
    next(empty)
except StopIteration:
    print("empty string iterator exhausted")
d = iter({"k": 1, "j": 2})
print(next(d), next(d), next(d, "done"))
r = iter(range(3))
print(list(r), list(r), next(r, "exhausted"))
z = zip([1, 2], "ab")
print(next(z), next(z), next(z, "zip done"))
m = map(lambda v: v * 2, [5])
print(next(m), next(m, "map done"))
en = enumerate("xy")
print(next(en), list(en))
f = filter(None, [0, 1, 0, 2])
print(next(f), next(f), next(f, "filter done"))
rv = reversed([1, 2, 3])
print(next(rv), list(rv))
try:
    next([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    for v in 3.5:
        pass
except TypeError as e:
    print("TypeError:", e)
shared = iter(range(6))
print(list(zip(shared, shared)))
source = iter([1, 2, 3, 4, 5])
for v in source:
    if v == 2:
        break
print(list(source))
print(iter(it) is it)
