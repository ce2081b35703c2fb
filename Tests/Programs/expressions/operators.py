# Every binary and unary operator across int, float, bool, str, list, tuple, and the TypeErrors between them.

values = [7, -2.5, True, "ab", [1], (2,), None]
symbols = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
def apply(op, a, b):
    if op == "+": return a + b
    if op == "-": return a - b
    if op == "*": return a * b
    if op == "/": return a / b
    if op == "//": return a // b
    if op == "%": return a % b
    if op == "**": return a ** b
    if op == "<<": return a << b
    if op == ">>": return a >> b
    if op == "&": return a & b
    if op == "|": return a | b
    if op == "^": return a ^ b
    if op == "@": return a @ b
for op in symbols:
    row = []
    for a in values:
        for b in [3, 2.0, "x", [0]]:
            try:
                row.append(repr(apply(op, a, b)))
            except TypeError as e:
                row.append("T")
            except (ZeroDivisionError, ValueError, OverflowError) as e:
                row.append(type(e).__name__[0])
    print(op.rjust(2), " ".join(row))
for op in symbols:
    try:
        apply(op, None, [])
    except TypeError as e:
        print(e)
for label, fn in [("-", lambda v: -v), ("+", lambda v: +v), ("~", lambda v: ~v), ("not", lambda v: not v)]:
    row = []
    for v in [5, -0.0, True, False, "s", [], None, 2 ** 80]:
        try:
            row.append(repr(fn(v)))
        except TypeError as e:
            row.append(str(e))
    print(label, row)

