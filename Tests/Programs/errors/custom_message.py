# Raising builtin exceptions with no message and with several arguments, uncaught.

def check(v):
    if v < 0:
        raise ValueError("negative value", v)
    return v

print(check(3))
check(-2)
