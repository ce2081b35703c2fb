# lambda: defaults, closures, immediate calls, lambdas in data structures and as keys.

square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "no args")(), (lambda *a, **k: (a, k))(1, z=2))
ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b}
print([ops[o](12, 4) for o in "+-*/"])
make_adder = lambda n: lambda x: x + n
add5 = make_adder(5)
print(add5(1), make_adder(-1)(1), list(map(lambda x: x * 3, [1, 2, 3])), list(filter(lambda s: len(s) > 2, ["a", "abc", "abcd"])))
pairs = [(3, "c"), (1, "a"), (2, "b")]
print(sorted(pairs, key=lambda p: p[1], reverse=True), max(pairs, key=lambda p: -p[0]))
funcs = [lambda x, i=i: x * i for i in range(4)]
print([fn(10) for fn in funcs])
late = [lambda x: x * i for i in range(4)]
print([fn(10) for fn in late])
compose = lambda f, g: lambda x: f(g(x))
inc_then_square = compose(square, lambda x: x + 1)
print(inc_then_square(3), (lambda x: (lambda y: x * y))(6)(7))
print(square.__name__, (lambda: 0).__name__, callable(square))
kw = lambda *, k: k
po = lambda a, /, b: (a, b)
print(kw(k="kw"), po(1, b=2), (lambda a, b, c=3: a + b + c)(1, 2))
cond = lambda n: "even" if n % 2 == 0 else "odd"
print([cond(n) for n in range(4)])
