import cmath, random
random.seed(5)
names = ["sqrt", "exp", "log", "log10", "sinh", "cosh", "tanh", "sin", "cos", "tan", "asinh", "asin", "acos", "acosh", "atanh", "atan"]
bad = {}
vals = []
for _ in range(150):
    z = complex(random.uniform(-5, 5) * random.choice([1, 0.01, 10]), random.uniform(-5, 5) * random.choice([1, 0.01, 0]))
    vals.append(z)
vals += [1, -1, 0.5, -4, 2j, -2j, complex(0.0, -0.0), complex(-0.0, 0.0), 1 + 1j, complex(1.0, 1e-300), 3.0]
for name in names:
    f = getattr(cmath, name)
    out = []
    for z in vals:
        try:
            out.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))
print(cmath.phase(-1), cmath.phase(complex(-1, -0.0)), cmath.polar(3 + 4j), cmath.rect(2, cmath.pi / 3), cmath.rect(1, 0), cmath.log(8, 2), cmath.log(1j, 10))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isfinite(1j), cmath.isinf(cmath.infj), cmath.isnan(cmath.nanj), cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
def solve(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)
for coeffs in [(1, -3, 2), (1, 2, 5), (2, 0, 8), (1, 0, 0), (1.5, -0.5, 3.25)]:
    r1, r2 = solve(*coeffs)
    print(coeffs, r1, r2, f"{r1:.3f}", abs(r1 - r2))
try:
    cmath.log(0)
except ValueError as e:
    print(e)
try:
    cmath.sqrt("x")
except TypeError as e:
    print(e)
