# Displays with * and ** unpacking, and unpacking at call sites.

a = [1, 2]
b = (3, 4)
s = "xy"
print([*a, *b], [*a, 0, *s], (*a,), (*a, *b, *range(2)), {*a, *b, 2}, [*{"k": 1}], [*"", *[]])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100}, {**{}}, {**d1, "y": "over"})
print(*a, *b, sep=", ")
print(*"abc", *[1], end=" <- end\n")
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, *b), f(**d1, **{"q": 1}), f(0, *a, k=1, **d2), f(*range(3), *[]))
first, *others = [*a, *b]
print(first, others)
nested = [*[*a, *a], *[[*b]]]
print(nested, len(nested))
merged = [x for x in [*a, *b] if x % 2]
print(merged, max(*a, *b), min(*[5, 3], 4))
try:
    print([*5])
except TypeError as e:
    print("TypeError:", e)
try:
    print({**[1]})
except TypeError as e:
    print("TypeError:", e)
try:
    print(f(**{"a": 1}, **{"a": 2}))
except TypeError as e:
    print("TypeError:", e)
