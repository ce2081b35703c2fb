# Pascal's triangle, spiral matrices and magic squares printed with string formatting.

def pascal(n):
    rows = [[1]]
    for _ in range(n - 1):
        prev = rows[-1]
        rows.append([1] + [prev[i] + prev[i + 1] for i in range(len(prev) - 1)] + [1])
    return rows

rows = pascal(12)
width = len(" ".join([str(v) for v in rows[-1]]))
for row in rows:
    print(" ".join([str(v) for v in row]).center(width).rstrip())
print([sum(r) for r in rows], rows[-1][5], [r.count(1) for r in rows][:3])

def spiral(n):
    m = [[0] * n for _ in range(n)]
    r = c = 0
    dr, dc = 0, 1
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr, nc = r + dr, c + dc
        if not (0 <= nr < n and 0 <= nc < n) or m[nr][nc]:
            dr, dc = dc, -dr
            nr, nc = r + dr, c + dc
        r, c = nr, nc
    return m

for row in spiral(6):
    print(" ".join([f"{v:2d}" for v in row]))

def magic(n):
    m = [[0] * n for _ in range(n)]
    r, c = 0, n // 2
    for k in range(1, n * n + 1):
        m[r][c] = k
        nr, nc = (r - 1) % n, (c + 1) % n
        if m[nr][nc]:
            nr, nc = (r + 1) % n, c
        r, c = nr, nc
    return m

sq = magic(5)
for row in sq:
    print("".join([f"{v:4d}" for v in row]))
sums = [sum(row) for row in sq] + [sum(col) for col in zip(*sq)] + [sum([sq[i][i] for i in range(5)]), sum([sq[i][4 - i] for i in range(5)])]
print(set(sums))
