# del of names, list items and slices, dict keys, nested targets, attributes, several targets at once.

x = 1
y = [1, 2, 3, 4, 5, 6]
z = {"a": 1, "b": 2, "c": {"inner": True, "other": False}}
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
del y[0]
print(y)
del y[-1]
print(y)
del y[1:3]
print(y)
del z["a"], z["c"]["inner"]
print(z)
a, b, c = 1, 2, 3
del a, b
print(c)
lst = [[1, 2], [3, 4]]
del lst[0][1], lst[1]
print(lst)
def fn():
    pass
fn.attr = "value"
del fn.attr
try:
    print(fn.attr)
except AttributeError as e:
    print("after del:", e)
try:
    del fn.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    del z["zz"]
except KeyError as e:
    print("KeyError:", e)
try:
    del y[10]
except IndexError as e:
    print("IndexError:", e)
def local_del():
    v = "local"
    del v
    v = "rebound"
    return v
print(local_del())
items = list(range(10))
for i in range(len(items) - 1, -1, -1):
    if items[i] % 3 == 0:
        del items[i]
print(items)
[p, q] = [1, 2]
del [p, q]
try:
    print(p)
except NameError as e:
    print("NameError:", e)
(r, s) = (3, 4)
del (r, s)
try:
    print(s)
except NameError as e:
    print("NameError:", e)
