# CPython 3.11 limits int<->str conversion of decimal numbers to 4300 digits (ValueError beyond).
# Power-of-two bases are not limited.

big = 10 ** 4299
print(len(str(big)))
too_big = 10 ** 4300
try:
    print(len(str(too_big)))
except ValueError as e:
    print("ValueError:", e)
print(len(hex(too_big)), len(bin(too_big)))
try:
    print(int("1" * 4301) > 0)
except ValueError as e:
    print("ValueError:", e)
print(int("1" * 4300) % 1000)
print(int("f" * 5000, 16) % 1000)
