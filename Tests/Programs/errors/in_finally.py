# An exception escapes after finally blocks have printed; output printed before stays on stdout.

def step(n):
    try:
        print("step", n)
        if n == 2:
            raise IndexError("step two failed")
    finally:
        print("cleanup", n)

for n in range(4):
    step(n)
