# Iteration order of sets of ints (and tuples of ints): CPython's hash and open-addressing table.

print({5, 3, 1, 100, 33, 64, -1, -2, 0})
print(set(range(20, 0, -1)))
print({8, 16, 32, 64, 128, 256, 512})
print({-1, -2, -3, -4}, {2 ** 61 - 1, 2 ** 61, 2 ** 61 + 1, 2 ** 64, -(2 ** 61)}, {10 ** 20, 7})
s = set()
for i in range(0, 200, 7):
    s.add(i * 31 % 101)
print(s)
for i in range(0, 100, 3):
    s.discard(i)
print(s)
for i in range(90, 110):
    s.add(i)
print(s)
print({x * x for x in range(-10, 11)})
print({1000000, 2000000, 3, 4000000}, {100, 200, 300, 400, 500, 600, 700, 800, 900})
print({(1, 2), (2, 1), (0, 0), (3, 4), (-1, -1)}, {(i, i * i) for i in range(6)})
print({1.5, 2.5, 0.5, 100.25}, {1, 1.0, True}, {0, False, 0.0}, {2.0, 1, 3.5})
print(frozenset([9, 8, 7, 100, 1000]), list({33, 1, 65, 97}), [x for x in {40, 8, 24, 16}])
big = set(range(1000))
for i in range(0, 1000, 2):
    big.remove(i)
small = {x for x in big if x < 40}
print(small)
print({10, 20} | {5, 15}, {1, 9, 17} & {17, 9, 33}, {64, 32, 16, 8} - {32}, {3, 11, 19} ^ {11, 27})
p = {7, 15, 23, 31}
print(p.pop(), p.pop(), p)
