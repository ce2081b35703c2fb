# Closures with nonlocal: independent counters, shared cells, three levels deep, late binding.

def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1(), c2(-50))

def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient funds"
        balance -= amount
        return balance
    def get():
        return balance
    return deposit, withdraw, get

dep, wd, get = make_account(50)
print(dep(25), wd(100), wd(30), get())

def level1():
    x = "one"
    def level2():
        def level3():
            nonlocal x
            x = x + "-three"
            return x
        level3()
        return x
    result = level2()
    return result, x
print(level1())

def late_binding():
    fns = []
    for i in range(3):
        def show():
            return i
        fns.append(show)
    i = 99
    return [f() for f in fns]
print(late_binding())

def capture_each():
    fns = []
    for i in range(3):
        def bind(v):
            return lambda: v
        fns.append(bind(i))
    return [f() for f in fns]
print(capture_each())

def assigned_after():
    def reader():
        return value
    value = "set after the closure was made"
    return reader()
print(assigned_after())

def accumulate():
    items = []
    def add(x):
        items.append(x)
        return len(items)
    return add, items
add, items = accumulate()
add("a")
add("b")
print(items)

def fib_gen():
    a, b = 0, 1
    def step():
        nonlocal a, b
        a, b = b, a + b
        return a
    return step
nxt = fib_gen()
print([nxt() for _ in range(12)])

def outer_param(n):
    def inner():
        nonlocal n
        n *= 2
        return n
    return inner
doubler = outer_param(3)
print(doubler(), doubler(), doubler())
