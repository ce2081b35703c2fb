# A line-oriented calculator reading "a op b" expressions until "quit", reporting errors per line.

ops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
       "/": lambda a, b: a / b, "//": lambda a, b: a // b, "%": lambda a, b: a % b, "**": lambda a, b: a ** b}
while True:
    line = input().strip()
    if line == "quit":
        print("bye")
        break
    if not line:
        continue
    parts = line.split()
    if len(parts) != 3:
        print(f"{line!r}: expected 'a op b'")
        continue
    left, op, right = parts
    try:
        a = int(left) if left.lstrip("-").isdigit() else float(left)
        b = int(right) if right.lstrip("-").isdigit() else float(right)
        result = ops[op](a, b)
        print(f"{line} = {result}")
    except KeyError:
        print(f"unknown operator {op!r}")
    except ValueError as e:
        print("ValueError:", e)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
