# Assignment forms: chained, tuple/list targets, nesting, starred targets, swaps, subscripts, attributes.

a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p, q = 1, 2
p, q = q, p
print(p, q)
[r, s] = "xy"
(t, u), v = [1, 2], 3
print(r, s, t, u, v)
first, *rest = [1, 2, 3, 4]
*init, last = range(5)
head, *middle, tail = "abcdef"
one, *none = [1]
print(first, rest, init, last, head, middle, tail, one, none)
[a1, *b1], c1 = [1, 2, 3], 4
print(a1, b1, c1)
k, v = list({"key": "value"}.items())[0]
print(k, v)
for idx, (left, right) in enumerate(zip("ab", "cd")):
    print(idx, left, right)
n1, n2, n3 = range(3)
print(n1, n2, n3)
d = {}
d["a"], d["b"] = 1, 2
lst = [0, 0, 0]
lst[0], lst[2] = "first", "third"
i = 0
i, lst[i] = 1, "where"
print(d, lst)
m = [[0] * 2 for _ in range(2)]
m[0][1] = m[1][0] = 7
print(m)
def fn():
    pass
fn.attr = fn.other = "shared"
fn.pair = (1, 2)
fn.pair_a, fn.pair_b = fn.pair
print(fn.attr, fn.other, fn.pair_a, fn.pair_b)
a, b = b, a = 1, 2
print(a, b)
x = [1, 2, 3]
x[1:] = x[:2]
print(x)
cases = [("a, b = [1, 2, 3]", lambda: exec_unpack2([1, 2, 3])), ("a, b = [1]", lambda: exec_unpack2([1])),
         ("a, b, *c = [1]", lambda: exec_star([1])), ("a, b = 5", lambda: exec_unpack2(5)),
         ("a, b = None", lambda: exec_unpack2(None)), ("a, b = 'abc'", lambda: exec_unpack2("abc"))]
def exec_unpack2(value):
    a, b = value
    return a, b
def exec_star(value):
    a, b, *c = value
    return a, b, c
for text, fn2 in cases:
    try:
        print(text, fn2())
    except (ValueError, TypeError) as e:
        print(text, "->", type(e).__name__ + ":", e)
