# Insertion order, re-insertion, deletion, and live views with their set operations.

d = {}
for k in [5, 3, 9, 1, "x", (1, 2), 2.5, None, True]:
    d[k] = str(k)
print(d)
d[3] = "three"
print(list(d))
del d[5]
d[5] = "five again"
print(list(d))
order = {}
for i in range(20):
    order[i * 7 % 20] = i
for i in range(0, 20, 3):
    del order[i]
for i in range(0, 20, 6):
    order[i] = -i
print(order)
churn = {}
for i in range(1000):
    churn[i] = i
    if i >= 10:
        del churn[i - 10]
print(churn, len(churn))
k = d.keys()
v = d.values()
it = d.items()
print(len(k), 3 in k, "three" in v, (3, "three") in it, (3, "nope") in it)
d["late"] = 1
print(len(k), list(k)[-1], list(v)[-1], list(it)[-1])
a = {"x": 1, "y": 2, "z": 3}
b = {"y": 20, "w": 0}
print(sorted(a.keys() & b.keys()), sorted(a.keys() | b.keys()), sorted(a.keys() - b.keys()), sorted(a.keys() ^ b.keys()))
print(a.keys() == {"x", "y", "z"}, a.keys() <= {"x", "y", "z", "q"}, a.items() & {("x", 1)}, a.keys().isdisjoint(["q"]))
print({1: 2}.keys() | {3}, {1: 2, 3: 4}.items() - {(1, 2)}, list(zip(a.keys(), a.values())))
print(a.keys(), a.values(), a.items(), list(reversed(a.keys())))
for key, value in a.items():
    print(key, "=", value, end="; ")
print()
for key in a:
    a[key] *= 10
print(a)
try:
    for key in a:
        a["new_" + key] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    for key in a.keys():
        del a[key]
except RuntimeError as e:
    print("RuntimeError:", e)
print(a)
ints = {10: "a", -1: "b", 2 ** 70: "c", 0: "d", True: "e", 1.0: "f"}
print(ints, ints[1], ints[0.0], ints[2 ** 70])
