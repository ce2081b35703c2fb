# Floor division and modulo: the result of % has the sign of the divisor; // rounds toward -infinity.

pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 3), (0, -3), (6, 3), (-6, 3), (6, -3), (-6, -3),
         (1, 10), (-1, 10), (1, -10), (-1, -10), (123456789, 1000), (-123456789, 1000)]
for a, b in pairs:
    q, r = divmod(a, b)
    print(f"{a} // {b} = {a // b}, {a} % {b} = {a % b}, divmod = {(q, r)}, check {q * b + r == a}")

# Big operands.
n = 10 ** 30 + 7
for d in [3, -3, 10 ** 15, -(10 ** 15), 2 ** 64 + 1, -(2 ** 64 + 1)]:
    print(n // d, n % d, -n // d, -n % d)

# Floats use the same sign rules.
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (7, 2.5), (-7, 2.5), (0.0, 5), (-0.0, 5), (1e300, 7)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-1e-20 % 1.0, 1e-20 % -1.0, 5 % 0.3)

# Division by zero in every flavour.
for a, b in [(1, 0), (0, 0), (10 ** 30, 0), (1.5, 0), (1, 0.0), (-2.0, -0.0)]:
    for name in ["/", "//", "%", "divmod"]:
        try:
            if name == "/":
                r = a / b
            elif name == "//":
                r = a // b
            elif name == "%":
                r = a % b
            else:
                r = divmod(a, b)
            print("no error", r)
        except ZeroDivisionError as e:
            print(a, name, b, "->", type(e).__name__, e)
