# Name resolution: local, enclosing, global, builtin; comprehension scopes; parameters shadowing.

name = "global"
def outer():
    name = "enclosing"
    def inner():
        return name
    def inner_local():
        name = "local"
        return name
    return inner(), inner_local(), name
print(outer(), name)

def comprehension_scope():
    i = "outer i"
    squares = [i * i for i in range(4)]
    return i, squares
print(comprehension_scope())

def comprehension_sees_enclosing():
    factor = 3
    return [x * factor for x in range(4)], {x: x * factor for x in range(2)}, {x * factor for x in range(3)}
print(comprehension_sees_enclosing())

def param_shadows(len):
    return len
print(param_shadows(42), len([1, 2]))

def nested_params(a):
    def inner(b):
        return a + b
    return inner(a * 10)
print(nested_params(2))

def closure_over_loop_in_comprehension():
    return [(lambda: k)() for k in range(3)]
print(closure_over_loop_in_comprehension())

counter = 0
def bump():
    global counter
    counter += 1
    return counter
print([bump() for _ in range(3)], counter)

def class_like():
    state = {"n": 0}
    def inc():
        state["n"] += 1
        return state["n"]
    return inc
inc = class_like()
print(inc(), inc(), inc())

def uses_later_global():
    return defined_later
defined_later = "resolved at call time"
print(uses_later_global())

def recursive_local():
    def fact(n):
        return 1 if n == 0 else n * fact(n - 1)
    return fact(6)
print(recursive_local())
x = 1
def f():
    x = 2
    def g():
        x = 3
        def h():
            return x
        return h()
    return g(), x
print(f(), x)
