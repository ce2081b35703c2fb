# while and for loops: else clauses, break, continue, nested loops, loop variables after the loop.

i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("while", i)
else:
    print("while finished normally, i =", i)

i = 0
while True:
    i += 1
    if i > 3:
        break
print("after while True, i =", i)

n = 10
while n > 0:
    if n == 4:
        print("break at", n)
        break
    n -= 3
else:
    print("no break")

for x in [1, 2, 3]:
    print("for", x)
else:
    print("for else runs")

for x in range(10):
    if x == 3:
        break
else:
    print("not printed")
print("x after break =", x)

for p in range(2, 30):
    for q in range(2, p):
        if p % q == 0:
            break
    else:
        print(p, end=" ")
print()

for row in range(4):
    for col in range(4):
        if col > row:
            break
        if (row + col) % 2:
            continue
        print((row, col), end=" ")
print()

total = 0
for ch in "a1b2c3":
    if ch.isdigit():
        total += int(ch)
        continue
    print("letter", ch)
print("total", total)

for k in []:
    print("never")
else:
    print("empty loop else")

for index, (name, score) in enumerate([("ann", 90), ("bob", 72)], start=1):
    print(index, name, score)

for a, *rest in [(1, 2, 3), (4,), (5, 6)]:
    print(a, rest)

data = [3, 1, 4, 1, 5]
for i in range(len(data)):
    data[i] = data[i] * 2
print(data)
for v in data:
    v = 0
print(data, v)

count = 0
while count < 3:
    count += 1
    for j in range(3):
        if j == count:
            break
    else:
        print("inner loop completed at count", count)
        continue
    print("inner broke at", count, j)

w = [1, 2, 3]
while w:
    print("pop", w.pop())
