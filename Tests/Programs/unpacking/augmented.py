# Augmented assignment with every operator, on names, subscripts and attributes; in-place vs rebinding.

x = 10
x += 5; print(x)
x -= 3; print(x)
x *= 4; print(x)
x //= 5; print(x)
x %= 4; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 2; print(x)
x &= 0xFF; print(x)
x |= 0x100; print(x)
x ^= 0x1FF; print(x)
x /= 8; print(x)
f = 2.5
f *= 2; f -= 0.5; f **= 2; f //= 3; f %= 4
print(f)
s = "ab"
s += "cd"; s *= 2
print(s)
t = (1,)
original_t = t
t += (2,)
print(t, original_t, t is original_t)
lst = [1]
alias = lst
lst += [2, 3]
lst *= 2
print(lst, alias, lst is alias)
lst = lst + [9]
print(lst is alias, len(alias))
d = {"n": 1, "l": [1]}
d["n"] += 10
d["l"] += [2]
d["new"] = d.get("new", 0) + 1
print(d)
grid = [[1, 2], [3, 4]]
grid[1][0] *= 10
grid[0][-1] -= 1
print(grid)
calls = []
def index():
    calls.append("index evaluated")
    return 0
counts = [5]
counts[index()] += 1
print(counts, calls)
def holder():
    pass
holder.value = 1
holder.value += 41
holder.items = []
holder.items += ["x"]
print(holder.value, holder.items)
big = 2 ** 62
big += big
big *= big
print(big)
st = {1, 2}
st |= {3}
st &= {2, 3}
st -= {2}
st ^= {4}
print(st)
dd = {"a": 1}
dd |= {"b": 2}
print(dd)
n = 7
n //= -2
print(n)
n = -7
n %= 3
print(n)
try:
    undefined_counter += 1
except NameError as e:
    print("NameError:", e)
try:
    tt = (1, 2)
    tt[0] += 1
except TypeError as e:
    print("TypeError:", e)
