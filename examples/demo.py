# What Adder runs today: functions, closures, comprehensions, exceptions, pattern matching, big ints,
# formatting — the same output in the interpreter, the JIT and a native executable.
import math


def primes(limit):
    sieve = [True] * (limit + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, math.isqrt(limit) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, limit + 1, i))
    return [i for i, is_prime in enumerate(sieve) if is_prime]


def make_counter():
    count = 0

    def counter(step=1):
        nonlocal count
        count += step
        return count
    return counter


def describe(value):
    match value:
        case []:
            return "an empty list"
        case [x]:
            return f"a list with {x!r}"
        case [x, *rest]:
            return f"a list starting with {x!r} and {len(rest)} more"
        case {"name": str(name)} if False:
            return name
        case {"name": name, **others}:
            return f"a record for {name} with {sorted(others)}"
        case int(n) | float(n) if n < 0:
            return "a negative number"
        case _:
            return f"something else: {value!r}"


print("primes below 60:", primes(60))
counter = make_counter()
print("counter:", counter(), counter(), counter(10))
print("2 ** 100 =", 2 ** 100, "| 100! has", len(str(math.factorial(100))), "digits")
print(f"{math.pi:.10f} {1e16!r} {0.1 + 0.2!r} {'centered':^14}|")
for thing in [[], [1], ["a", "b", "c"], {"name": "Ada", "born": 1815, "field": "maths"}, -3, (1, 2)]:
    print(describe(thing))
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
try:
    {}["missing"]
except KeyError as e:
    print("caught KeyError", e)
finally:
    print("finally runs")
