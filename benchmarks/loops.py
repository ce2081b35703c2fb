# Benchmark: nested integer loops with arithmetic, comparisons and a running checksum.

def work(n):
    total = 0
    for i in range(n):
        for j in range(n):
            x = (i * j + i - j) % 7
            if x > 3:
                total += x * 2
            else:
                total -= x
        total ^= i
    return total

def collatz_steps(limit):
    longest = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n % 2 == 0:
                n //= 2
            else:
                n = 3 * n + 1
            steps += 1
        if steps > longest:
            longest = steps
    return longest

print("checksum", work(2000))
print("longest collatz chain below 150000:", collatz_steps(150000))
