# An uncaught ZeroDivisionError deep in a call chain, after some output.

def ratio(a, b):
    return a / b

def report(values):
    for v in values:
        print("ratio", ratio(10, v))

report([1, 2, 5, 0, 3])
print("not reached")
