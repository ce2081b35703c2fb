# repr and str of builtin values and containers, including nesting, quotes and recursion.

print([1, "a", 2.5, None, True, [], (), {}, set()])
print((1,), (), (1, 2), ((1,),), [(1, "x")], {"k": [1, {"n": (2,)}]})
print({1: "a", "b": 2, (1, 2): None, None: 1.5, 2.5: True})
print(repr("x"), repr(["it's", 'say "hi"', "tab\t", "é"]), str(["x"]), str("x"))
print(range(5), range(1, 10, 2), range(0), range(-3, 3), repr(range(10, 0, -1)))
print(slice(3), slice(1, 5), slice(1, 5, 2), slice(None, None, -1), slice("a", [1]))
print(frozenset(), frozenset({1, 2, 3}), set([3, 1, 2]), {5}, frozenset([1]))
d = {"a": 1, "b": 2}
print(d.keys(), d.values(), d.items(), {}.keys(), list(d.items()))
print(ValueError("bad value"), repr(ValueError("bad value")), repr(ValueError()), repr(ValueError(1, "two")))
print(str(KeyError("k")), repr(KeyError("k")), str(KeyError()), str(KeyError(1, 2)), repr(IndexError("i")))
print(str(ZeroDivisionError("division by zero")), repr(TypeError("it's")), StopIteration(), repr(StopIteration(3)))
print(type(1), type(""), type([]), type(()), type({}), type(set()), type(frozenset()), type(range(1)),
      type(None), type(1.0), type(True), type(ValueError()), type(slice(1)), type(type(1)))
print(str(5), repr(-0.0), repr(1e100), [float("inf"), float("nan")], {1.0: -0.0})
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
m = {"self": None}
m["self"] = m
print(m)
nest = [[[[[]]]]]
print(nest, [[1, [2, [3, [4]]]]], (((),),), [{}, {1: {2: {}}}])
print(repr(ArithmeticError), ValueError, KeyError, BaseException, Exception)
