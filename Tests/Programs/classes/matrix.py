# A matrix class with operator overloading: + - * (scalar and elementwise), @ (product), unary -,
# ** (integer power by squaring), ==, indexing with m[i, j] and rows with m[i], transpose,
# determinant by elimination with exact Fractions-free integer arithmetic, identity and
# alternative constructors, shape errors, str with aligned columns.

class ShapeError(ValueError):
    pass


class Matrix:
    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any([len(r) != len(rows[0]) for r in rows]):
            raise ShapeError("rows must be non-empty and of equal length")
        self.rows = rows

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @classmethod
    def filled(cls, n, m, value=0):
        return cls([[value] * m for _ in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, key):
        if isinstance(key, tuple):
            i, j = key
            return self.rows[i][j]
        return list(self.rows[key])

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __iter__(self):
        return iter([list(r) for r in self.rows])

    def __len__(self):
        return len(self.rows)

    def _check_same(self, other, op):
        if self.shape != other.shape:
            raise ShapeError(f"cannot {op} {self.shape} and {other.shape}")

    def _map2(self, other, fn, op):
        if isinstance(other, Matrix):
            self._check_same(other, op)
            return Matrix([[fn(a, b) for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])
        if isinstance(other, (int, float)):
            return Matrix([[fn(a, other) for a in r] for r in self.rows])
        return NotImplemented

    def __add__(self, other):
        return self._map2(other, lambda a, b: a + b, "add")

    def __radd__(self, other):
        return self + other

    def __sub__(self, other):
        return self._map2(other, lambda a, b: a - b, "subtract")

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        return self._map2(other, lambda a, b: a * b, "multiply")

    def __rmul__(self, other):
        return self * other

    def __neg__(self):
        return self * -1

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ShapeError(f"cannot multiply {self.shape} by {other.shape}")
        cols = other.transpose().rows
        return Matrix([[sum([a * b for a, b in zip(row, col)]) for col in cols] for row in self.rows])

    def __pow__(self, n):
        if not isinstance(n, int) or n < 0:
            return NotImplemented
        result, base = Matrix.identity(self.shape[0]), self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __eq__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        return self.rows == other.rows

    __hash__ = None

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def determinant(self):
        n, m = self.shape
        if n != m:
            raise ShapeError("determinant needs a square matrix")
        a = [list(r) for r in self.rows]
        sign, prev = 1, 1
        # Bareiss elimination: every division is exact for integer matrices.
        for k in range(n - 1):
            if a[k][k] == 0:
                swap = None
                for i in range(k + 1, n):
                    if a[i][k] != 0:
                        swap = i
                        break
                if swap is None:
                    return 0
                a[k], a[swap] = a[swap], a[k]
                sign = -sign
            for i in range(k + 1, n):
                for j in range(k + 1, n):
                    a[i][j] = (a[i][j] * a[k][k] - a[i][k] * a[k][j]) // prev
            prev = a[k][k]
        return sign * a[n - 1][n - 1]

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(v) for v in r] for r in self.rows]
        width = max([len(c) for r in cells for c in r])
        return "\n".join(["[" + " ".join([c.rjust(width) for c in r]) + "]" for r in cells])


A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A)
print(A + B, A - B, A * 3, 3 * A, 10 - A, 1 + A, -A, sep="\n")
print(A @ B)
print(repr(B @ A), A @ Matrix.identity(2) == A, A == Matrix([[1, 2], [3, 4]]), A != B, A == [[1, 2], [3, 4]])
F = Matrix([[1, 1], [1, 0]])
print((F ** 10)[0, 1], (F ** 90)[0, 1], F ** 0 == Matrix.identity(2))
print(A.shape, Matrix.filled(2, 3, 7).shape, A.transpose(), sep="\n")
print(A[0], A[1, 0], len(A), list(A), [sum(r) for r in A])
C = Matrix.filled(3, 3)
for i in range(3):
    for j in range(3):
        C[i, j] = (i + 1) * (j + 2) + (i == j)
print(C)
print(C.determinant(), A.determinant(), Matrix.identity(4).determinant(), Matrix([[2, 0, 1], [1, 3, 2], [1, 1, 1]]).determinant())
print(Matrix([[0, 1], [1, 0]]).determinant(), Matrix([[1, 2], [2, 4]]).determinant())
R = Matrix([[1, 2, 3]])
print(R @ R.transpose(), R.transpose() @ R, sep="\n")
M = A
M += B
print(M is A, M, A, sep="\n")

for attempt in [lambda: A + R, lambda: R @ R, lambda: R.determinant(), lambda: Matrix([[1], [2, 3]]),
                lambda: A + "x", lambda: A @ 2, lambda: A ** -1, lambda: {A}]:
    try:
        attempt()
    except (ShapeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
