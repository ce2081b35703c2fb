# Matrix arithmetic with nested lists: multiplication, powers, transpose, exact determinants, solving.

def mat_mul(a, b):
    return [[sum([a[i][k] * b[k][j] for k in range(len(b))]) for j in range(len(b[0]))] for i in range(len(a))]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e >>= 1
    return result

def transpose(m):
    return [list(row) for row in zip(*m)]

def determinant(m):
    # Bareiss fraction-free elimination: exact on integers.
    a = [row[:] for row in m]
    n = len(a)
    sign = 1
    prev = 1
    for k in range(n - 1):
        if a[k][k] == 0:
            for i in range(k + 1, n):
                if a[i][k] != 0:
                    a[k], a[i] = a[i], a[k]
                    sign = -sign
                    break
            else:
                return 0
        for i in range(k + 1, n):
            for j in range(k + 1, n):
                a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) // prev
        prev = a[k][k]
    return sign * a[-1][-1]

def solve(a, b):
    n = len(a)
    m = [a[i][:] + [b[i]] for i in range(n)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(n):
            if r != col:
                factor = m[r][col] / m[col][col]
                for c in range(col, n + 1):
                    m[r][c] -= factor * m[col][c]
    return [m[i][n] / m[i][i] for i in range(n)]

def show(m):
    width = max([len(str(v)) for row in m for v in row])
    for row in m:
        print(" ".join([str(v).rjust(width) for v in row]))

a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(a, b))
show(transpose(a))
fib_matrix = mat_pow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib_matrix[0][1])
print(determinant([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), determinant([[1, 2], [2, 4]]), determinant(identity(5)))
hilbert_scaled = [[27720 // (i + j + 1) for j in range(5)] for i in range(5)]
print(determinant(hilbert_scaled))
vander = [[x ** k for k in range(6)] for x in range(1, 7)]
print(determinant(vander))
print([round(v, 10) for v in solve([[2, 1, -1], [-3, -1, 2], [-2, 1, 2]], [8, -11, -3])])
print(solve([[4.0, -2.0], [1.0, 1.0]], [2.0, 3.0]))
rot = [[0, -1], [1, 0]]
print(mat_pow(rot, 4) == identity(2), mat_pow(rot, 2))
big = mat_pow([[2, 1], [1, 1]], 60)
show(big)
