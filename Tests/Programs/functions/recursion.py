# Recursion: factorial, fibonacci, mutual recursion, Ackermann, Hanoi, flattening, permutations.

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def is_even(n):
    return True if n == 0 else is_odd(n - 1)

def is_odd(n):
    return False if n == 0 else is_even(n - 1)

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)

def flatten(x):
    if not isinstance(x, list):
        return [x]
    out = []
    for item in x:
        out.extend(flatten(item))
    return out

def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            result.append([items[i]] + rest)
    return result

def power_set(s):
    if not s:
        return [[]]
    tail = power_set(s[1:])
    return tail + [[s[0]] + t for t in tail]

def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)

def binary(n):
    return str(n) if n < 2 else binary(n // 2) + str(n % 2)

print([fact(n) for n in range(10)], fact(30))
print([fib(n) for n in range(15)])
print(is_even(10), is_odd(7), is_even(7))
print(ackermann(2, 3), ackermann(3, 3))
moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), moves[:5])
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
print(permutations([1, 2, 3]))
print(len(permutations(list(range(5)))), power_set([1, 2, 3]))
print(gcd(1071, 462), gcd(2 ** 100, 6 ** 50), binary(37), binary(0))
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
