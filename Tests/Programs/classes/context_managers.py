# Classes as context managers: __enter__ returning self or another object, __exit__ seeing the
# exception (type, value, traceback presence), suppressing by returning True, re-raising otherwise,
# nesting (inner exits first), managers in methods, a transaction that rolls back, a manager class
# hierarchy with super().__exit__, and objects missing the protocol.

class Tag:
    depth = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("  " * Tag.depth + "<" + self.name + ">")
        Tag.depth += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        Tag.depth -= 1
        print("  " * Tag.depth + "</" + self.name + ">")
        return False


with Tag("html"):
    with Tag("body") as body, Tag("p"):
        print("    text in", body.name)


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds
        self.caught = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, self.kinds):
            self.caught.append(f"{exc_type.__name__}: {exc}")
            return True
        return False


guard = Suppress(KeyError, ZeroDivisionError)
for action in [lambda: {}["k"], lambda: 1 / 0, lambda: "fine"]:
    with guard:
        result = action()
        print("no exception, result", result)
print(guard.caught)
try:
    with Suppress(KeyError):
        raise ValueError("not suppressed")
except ValueError as e:
    print("escaped:", type(e).__name__, e)


class Recorder:
    def __enter__(self):
        return "the value from __enter__"

    def __exit__(self, exc_type, exc, tb):
        print("exit sees:", exc_type.__name__ if exc_type else None, repr(exc), tb is not None)


with Recorder() as value:
    print(value)
try:
    with Recorder():
        raise RuntimeError("boom")
except RuntimeError:
    print("RuntimeError propagated")


# A transaction that rolls back on error.
class Store:
    def __init__(self):
        self.data = {}

    def transaction(self):
        return Transaction(self)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store.data)
        return self.store.data

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.data = self.snapshot
            print("rolled back because of", exc_type.__name__)
        else:
            print("committed", sorted(self.store.data.items()))
        return False


store = Store()
with store.transaction() as d:
    d["a"] = 1
    d["b"] = 2
try:
    with store.transaction() as d:
        d["c"] = 3
        raise ValueError("invalid")
except ValueError:
    pass
print(store.data)


# A hierarchy of managers cooperating through super().
class Base:
    def __init__(self):
        self.log = []

    def __enter__(self):
        self.log.append("Base.enter")
        return self

    def __exit__(self, *info):
        self.log.append("Base.exit")
        return False


class Locked(Base):
    def __enter__(self):
        self.log.append("lock")
        return super().__enter__()

    def __exit__(self, *info):
        result = super().__exit__(*info)
        self.log.append("unlock")
        return result


with Locked() as lk:
    lk.log.append("body")
print(lk.log)


# return and break inside with still run __exit__.
def find(items, target):
    with Tag("search"):
        for i, item in enumerate(items):
            if item == target:
                return i
    return -1


print(find(["x", "y"], "y"))
for n in range(3):
    with Tag("loop" + str(n)):
        if n == 1:
            break
print("after loop")


# Objects that are not context managers.
class NoExit:
    def __enter__(self):
        return self


class Nothing:
    pass


for obj in [Nothing(), NoExit()]:
    try:
        with obj:
            pass
    except TypeError as e:
        print(type(e).__name__, e)
