# int literals and text forms: str, repr, hex, oct, bin, bool arithmetic.

print(1_000_000, 0x1F, 0o17, 0b1011, 0XaB, 0O7, 0B1, 00, 0_0)
for n in [0, 1, -1, 255, -255, 4096, 2 ** 40, -(2 ** 70)]:
    print(str(n), repr(n), hex(n), oct(n), bin(n))
print(str(-0), repr(10 ** 25), str(12345678901234567890))
print(True + True, True * 10, False - 1, True / 2, -True, +False, True // 1, True % 2)
print(int(True), float(True), str(True), repr(False), True == 1, False == 0, True is True)
print(bool(0), bool(1), bool(-3), bool(0.0), bool(""), bool("0"), bool([]), bool([0]), bool(None))
print(type(1), type(True), type(2 ** 100), type(1.0), type(None), type("s"))
print(isinstance(True, int), isinstance(1, bool), isinstance(2 ** 80, int))
print(sum([True, True, False, True]), max(True, 2), min(False, -1), abs(True))
print(1 == 1.0, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53, 10 ** 16 == 1e16, 3 < 3.5)
print(int("1" * 30) % 97, str(2 ** 64)[-3:], len(repr(-(10 ** 99))))
