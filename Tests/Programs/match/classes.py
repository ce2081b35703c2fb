# Class patterns with builtin types: isinstance tests, the self-matching positional sub-pattern of
# builtin types, keyword sub-patterns on attributes, and the errors CPython raises.

def kind(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(0):
            return "zero"
        case int():
            return "positive int"
        case float(x) | complex(real=x):
            return f"real part {x}"
        case str() as s if not s:
            return "empty str"
        case str(s):
            return f"str of {len(s)}"
        case list([first, *_]):
            return f"list starting {first!r}"
        case tuple((a, b)):
            return f"pair {a}, {b}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case set() | frozenset():
            return f"set of {len(value)}"
        case _:
            return "other"


for v in [True, -5, 0, 7, 2.5, 3 + 4j, "", "abc", [9, 8], [], (1, 2), (1, 2, 3), {"k": 1}, {1, 2}, frozenset(), None]:
    print(repr(v), "->", kind(v))


def attributes(value):
    match value:
        case complex(real=0.0, imag=i):
            return f"imaginary {i}"
        case int(real=r, imag=0, numerator=n, denominator=1):
            return f"int real={r} numerator={n}"
        case float(real=r, is_integer=f):
            return f"float {r} {f()}"
    return "no match"


for v in [2j, 5, 1.5, "x"]:
    print(repr(v), "->", attributes(v))

x = 5


def not_a_class():
    match 3:
        case x():
            return "matched"


def too_many():
    match 3:
        case int(a, b):
            return a, b


def keyword_on_missing_attribute():
    match 3:
        case int(nope=1):
            return "matched"
    return "no attribute, no match"


for test in [not_a_class, too_many, keyword_on_missing_attribute]:
    try:
        print(test.__name__, "->", test())
    except TypeError as e:
        print(test.__name__, "->", type(e).__name__, e)
