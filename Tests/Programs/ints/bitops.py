# Bitwise operators and shifts, including negative numbers and big shifts.

vals = [0, 1, 5, 12, -1, -5, -12, 255, 1023]
for a in vals:
    for b in [3, -3, 6, 255]:
        print(a, b, a & b, a | b, a ^ b)
for a in vals:
    print(a, ~a, a << 1, a << 4, a >> 1, a >> 3, a >> 100)
print(1 << 62, 1 << 63, 1 << 64, 1 << 100, -1 << 70, (1 << 100) >> 99, -(1 << 100) >> 98)
print(0 << 1000, -1 >> 1000, 1 >> 64)
print(0xFF & 0x0F, 0xF0 | 0x0F, 0xFF ^ 0xAA, ~0xFF)
print(True & True, True | False, True ^ True, True & 3, False | 4)

mask = 0
for bit in [0, 3, 5, 63, 64, 65]:
    mask |= 1 << bit
print(mask, bin(mask))
print([bit for bit in range(70) if mask >> bit & 1])

for shift in [-1, -100]:
    try:
        print(1 << shift)
    except ValueError as e:
        print("ValueError", e)
    try:
        print(1 >> shift)
    except ValueError as e:
        print("ValueError", e)
for expr in ["float", "str"]:
    try:
        if expr == "float":
            print(1 & 1.0)
        else:
            print(1 | "a")
    except TypeError as e:
        print("TypeError", e)
try:
    print(1.0 << 2)
except TypeError as e:
    print("TypeError", e)
