# Function objects: __name__, docstrings, arbitrary attributes as assignment targets, functions as values.

def counter():
    """Counts its own calls in an attribute."""
    counter.calls += 1
    return counter.calls

counter.calls = 0
for _ in range(3):
    counter()
print(counter.calls, counter.__name__, counter.__doc__)
def tagged():
    return "tagged"
tagged.tags = ["a"]
tagged.tags.append("b")
tagged.meta = {"level": 1}
tagged.meta["level"] += 1
print(tagged.tags, tagged.meta, tagged())
tagged.total = 1
tagged.total *= 5
tagged.total -= 2
print(tagged.total)
del tagged.total
try:
    print(tagged.total)
except AttributeError as e:
    print("AttributeError:", e)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__name__, nodoc() is None)
registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
def first():
    return 1
def second():
    return 2
register(first)
register(second)
print(sorted(registry), [registry[k]() for k in sorted(registry)])
alias = first
print(alias.__name__, alias is first, alias == first, alias() + second())
handlers = [first, second, counter]
print([h() for h in handlers])
def outer():
    def inner():
        return "inner"
    return inner
fn = outer()
print(fn.__name__, fn.__qualname__, outer.__qualname__, fn())
