# TypeError messages for calls with the wrong arguments (CPython's wording, with qualified names).

def f(a, b):
    return a + b
def g(a, b=1, *, k):
    return a
def h(x, /, y):
    return x
def none():
    return 0
def outer():
    def inner(p):
        return p
    return inner
inner = outer()
lam = lambda q: q
five = 5
text_value = "s"
calls = [
    ("f(1)", lambda: f(1)),
    ("f()", lambda: f()),
    ("f(1, 2, 3)", lambda: f(1, 2, 3)),
    ("f(1, b=2, c=3)", lambda: f(1, b=2, c=3)),
    ("f(1, a=1)", lambda: f(1, a=1)),
    ("g(1)", lambda: g(1)),
    ("g(1, 2, 3)", lambda: g(1, 2, 3)),
    ("g(k=1)", lambda: g(k=1)),
    ("h(x=1, y=2)", lambda: h(x=1, y=2)),
    ("none(1)", lambda: none(1)),
    ("none(a=1)", lambda: none(a=1)),
    ("inner()", lambda: inner()),
    ("lam()", lambda: lam()),
    ("lam(1, 2)", lambda: lam(1, 2)),
    ("f(*5)", lambda: f(*5)),
    ("f(**[1])", lambda: f(**[1])),
    ("f(**{1: 2})", lambda: f(**{1: 2})),
    ("f(1, **{'b': 2, 'a': 3})", lambda: f(1, **{"b": 2, "a": 3})),
    ("len()", lambda: len()),
    ("len(1, 2)", lambda: len([], [])),
    ("abs(x=1)", lambda: abs(x=1)),
    ("int(1, 2, 3)", lambda: int(1, 2, 3)),
    ("five()", lambda: five()),
    ("text()", lambda: text_value()),
]
for text, call in calls:
    try:
        print(text, "->", call())
    except TypeError as e:
        print(text, "->", e)
