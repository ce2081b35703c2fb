# N-queens by backtracking with sets of attacked columns and diagonals.

def solve(n):
    solutions = []
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []
    def place(row):
        if row == n:
            solutions.append(placement[:])
            return
        for c in range(n):
            if c in cols or row - c in diag1 or row + c in diag2:
                continue
            cols.add(c)
            diag1.add(row - c)
            diag2.add(row + c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c)
            diag1.remove(row - c)
            diag2.remove(row + c)
    place(0)
    return solutions

for n in range(1, 9):
    print(n, len(solve(n)))
solutions = solve(8)
first = solutions[0]
print(first, solutions[-1])
for c in first:
    print(" ".join(["Q" if i == c else "." for i in range(8)]))
def mirror(s):
    return [len(s) - 1 - c for c in s]
print(sum([1 for s in solutions if mirror(s) in solutions]), len({tuple(s) for s in solutions}))
