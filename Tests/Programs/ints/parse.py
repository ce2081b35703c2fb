# int() from strings and numbers, with bases, and its error messages.

cases = [("42",), ("  -17  ",), ("+5",), ("1_000_000",), ("ff", 16), ("FF", 16), ("0xff", 16),
         ("0xff", 0), ("0o17", 0), ("0b101", 0), ("z", 36), ("Z", 36), ("101", 2), ("777", 8),
         ("0", 0), ("00", 0), ("-0x1a", 0), ("\t12\n",), ("0B11", 0), ("1_0", 0), ("123456789012345678901234567890",),
         ("-000123",), ("0x_ff", 16)]
for c in cases:
    print(repr(c[0]), c[1:], int(*c))

print(int(3.9), int(-3.9), int(0.5), int(-0.5), int(1e20), int(True), int(False), int())
print(int(2 ** 70), int(-7), int(1e300) == 10 ** 300, int(1e300) > 10 ** 299)

bad = [("x",), ("",), ("1.5",), ("12 3",), ("0x10",), ("010", 0), ("12", 1), ("12", 37), ("9", 8),
       ("_1",), ("1__0",), ("1_",), ("--1",), ("0b", 0), ("ff",), (" ",)]
for c in bad:
    try:
        print(int(*c))
    except ValueError as e:
        print("ValueError:", e)

for v in [float("inf"), float("-inf"), float("nan")]:
    try:
        print(int(v))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)

for v in [None, [1], (2,)]:
    try:
        print(int(v))
    except TypeError as e:
        print("TypeError:", e)
try:
    print(int(5, 10))
except TypeError as e:
    print("TypeError:", e)
try:
    print(int("5", "10"))
except TypeError as e:
    print("TypeError:", e)
