# Unbounded recursion that is not caught: RecursionError ends the program.

def down(n):
    return down(n + 1) + 1

print("recursing")
down(0)
