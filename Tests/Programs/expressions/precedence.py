# Operator precedence and associativity, evaluation order of operands, arguments and subscripts.

print(2 + 3 * 4 ** 2, (2 + 3) * 4, -2 ** 2, 2 ** -1, not 1 == 2, not (1 == 2), 1 + 2 == 3)
print(1 | 2 ^ 3 & 4, (1 | 2) ^ 3, 1 << 2 + 1, (1 << 2) + 1, 5 & 3 == 1, 10 - 3 - 2, 100 / 10 / 5, 2 ** 2 ** 3)
print(-3 % 5, -(3 % 5), 3 * -1 ** 2, ~1 + 1, 1 < 2 == True, (1 < 2) == True, 1 if 0 else 2 if 0 else 3)
print(True or False and False, (True or False) and False, not True or True, 0 or 1 and 2, "a" in "abc" == True)
print((lambda: 0 if False else "the lambda body is the whole conditional")())
order = []
def val(name, v):
    order.append(name)
    return v
val("a", 1) + val("b", 2) * val("c", 3)
print(order)
order.clear()
val("f", lambda *a, **k: a)(val("x", 1), val("y", 2), k=val("z", 3))
print(order)
order.clear()
d = {}
d[val("key", "k")] = val("value", "v")
print(order)
order.clear()
val("list", [1, 2])[val("index", 0)] += val("rhs", 10)
print(order)
order.clear()
x = val("cond", True) and val("left", 0) or val("right", 5)
print(x, order)
order.clear()
result = [val("e1", 1), val("e2", 2)][val("i", 1)]
print(result, order)
order.clear()
print({val("k1", 1): val("v1", "a"), val("k2", 2): val("v2", "b")}, order)
order.clear()
a, b = val("r1", 1), val("r2", 2)
print(a, b, order)
order.clear()
print(val("lo", 1) < val("mid", 2) < val("hi", 3), order)
order.clear()
print(val("lo", 5) < val("mid", 2) < val("hi", 3), order)
