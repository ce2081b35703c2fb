# Benchmark: recursive Fibonacci (function calls, integer compare and add).

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

N = 36
print(f"fib({N}) = {fib(N)}")
