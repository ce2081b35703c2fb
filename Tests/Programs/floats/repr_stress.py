# Shortest round-trip repr and format presentations over many pseudo-random doubles of every magnitude.

state = 12345
def next_rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state

lines = []
for i in range(600):
    mantissa = (next_rand() >> 11) / 2 ** 53
    exponent = next_rand() % 640 - 320
    sign = -1 if next_rand() % 2 else 1
    x = sign * mantissa * 10.0 ** exponent if -308 < exponent < 308 else sign * mantissa * 2.0 ** (exponent * 3)
    lines.append(f"{x!r} {x:.17g} {x:e} {x:.3g} {float(repr(x)) == x}")
print("\n".join(lines))
small = [n / 7 for n in range(1, 60)] + [n / 1000 for n in range(1, 40)] + [2.0 ** -n for n in range(0, 1080, 37)]
print([repr(v) for v in small])
print([f"{v:.2f}" for v in [n / 8 for n in range(-20, 21)]])
print([round(n / 8, 2) for n in range(-20, 21)], [round(n / 1000, 2) for n in range(0, 30, 5)])
