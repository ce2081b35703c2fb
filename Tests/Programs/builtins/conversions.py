# Constructors and conversion builtins: str, repr, int, float, bool, list, tuple, dict, set, frozenset,
# chr, ord, hex, oct, bin, divmod, pow, round, abs, format.

print(str(1), str(1.5), str([1, "a"]), str((1,)), str({1: "x"}), str(None), repr("a"), repr(1.0), repr([None]))
print(int("12"), int(12.9), float("1.5"), float(3), bool(""), bool("x"), bool([]), bool([[]]))
print(list("ab"), list((1, 2)), list({1: 2}), tuple([1, 2]), tuple("ab"), dict([("a", 1)]), dict(a=1), set([1, 1, 2]), frozenset("a"))
print(list(range(3)), tuple(), list(), dict(), set(), frozenset(), str(), int(), float(), bool())
print(chr(65), chr(0x263A), chr(0), repr(chr(0)), ord("A"), ord("\n"), ord("€"), [ord(c) for c in "Hi!"])
print(hex(0), hex(255), hex(-255), oct(8), oct(-8), bin(5), bin(-5), bin(0), hex(2 ** 64), oct(2 ** 64))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(2 ** 70, 7))
print(pow(2, 10), pow(2, -2), pow(2.0, 0.5), pow(-2, 3), pow(2, 100, 1000), pow(3, -1, 7), pow(5, 0, 1), pow(-3, 3, 5), pow(7, 2, -5))
print(pow(2, 10 ** 6, 10 ** 9 + 7), pow(123456789, 987654321, 10 ** 18), pow(0, 0), pow(0.0, 0))
print(round(3.7), round(-3.5), round(2.567, 2), round(1234, -2), abs(-3), abs(3.25), abs(-0))
print(format(42), format(42, "05d"), format(3.14159, ".2f"), format("s", ">3"), format(True), format(None), format([1]))
print(str(2 ** 100), int(str(2 ** 100)), float(2 ** 60), int(float(2 ** 60)), int("  0b101  ".strip(), 0))
print(bool(0.0), bool(-1), bool(range(0)), bool({0: 0}), bool(" "))
print(list(map(int, "1 2 3".split())), [float(x) for x in ["1", "2.5", "-3e2", "inf"]], [str(x) for x in [0.1, 1e20, 1e-20]])
try:
    print(format(1, 5))
except TypeError as e:
    print("TypeError:", e)
try:
    print(pow(2, 3, 4.0))
except TypeError as e:
    print("TypeError:", e)
try:
    print(divmod(1, 0.0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
