# Default values (evaluated once, at def time), keyword arguments, and the mutable-default trap.

def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"

print(greet("Ann"), greet("Bo", "Hi"), greet("Cy", punct="?"), greet(punct=".", name="Di"), greet("Ed", "Yo", "~"))
counter = 10
def snapshot(value=counter):
    return value
counter = 20
print(snapshot(), snapshot(5), counter)
def append_to(item, target=[]):
    target.append(item)
    return target
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_safe(1), append_safe(2))
def power(base, exp=2):
    return base ** exp
print(power(3), power(2, 10), power(exp=3, base=4), power(*[5]), power(**{"base": 2, "exp": 5}))
def describe(a, b=1, *rest, c, d=4, **extra):
    return (a, b, rest, c, d, extra)
print(describe(0, c=3))
print(describe(0, 9, 8, 7, c=3, d=5, e=6, f=7))
def make(n=len("abc"), m=[i * 2 for i in range(3)]):
    return n, m
print(make(), make(0))
print(append_to.__defaults__ if False else "defaults hidden", greet.__name__)
