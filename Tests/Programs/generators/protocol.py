def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "done"


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(it, n):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


print(list(count(5)), take(fib(), 10))
print(sum(x * x for x in range(10)), any(x > 3 for x in [1, 2, 5]), ",".join(str(i) for i in range(4)))
gen = count(2)
print(next(gen), next(gen))
try:
    next(gen)
except StopIteration as e:
    print("stop", e.value)


def echo():
    received = []
    try:
        while True:
            v = yield len(received)
            received.append(v)
    except GeneratorExit:
        print("closing with", received)
        raise


g = echo()
print(next(g), g.send("a"), g.send("b"))
g.close()


def delegate():
    r = yield from count(3)
    print("inner returned", r)
    yield from "xy"


print(list(delegate()))


def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")


for v in with_finally():
    print("got", v)


def thrower():
    try:
        yield 1
    except ValueError as e:
        yield f"handled {e}"


t = thrower()
print(next(t), t.throw(ValueError("boom")))
squares = (x * x for x in range(3))
print(type(squares).__name__, list(squares), list(squares))
print([(i, j) for i, j in zip(count(3), fib())])


def outer(k):
    return (x + k for x in range(3))


print(list(outer(10)))


def bad():
    yield 1
    raise StopIteration


try:
    list(bad())
except RuntimeError as e:
    print("RuntimeError:", e)
