# Read a count, then that many lines of numbers; print per-line and total sums.

n = int(input())
total = 0
for i in range(n):
    numbers = [int(tok) for tok in input().split()]
    total += sum(numbers)
    print(f"line {i + 1}: {len(numbers)} numbers, sum {sum(numbers)}, max {max(numbers)}")
print("total", total)
