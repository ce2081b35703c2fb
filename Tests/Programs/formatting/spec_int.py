# Format specs for int: alignment, fill, sign, width, grouping, bases, the alternate form.

n = 1234567
specs = ["", "d", "10", "<10", ">10", "^10", "*^11", "0>8", "+", "-", " ", "+10", "=+10", "010", "-010",
         ",", "_", "15,", "015,", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "_b", "#_x",
         "e", ".2f", "%", ".1%", "g", "n", "#012x", "^+12,", "<+#10o", "08b", "=10"]
for spec in specs:
    for v in [n, -n, 0, 65]:
        print(repr(spec), repr(format(v, spec)))
print(format(65, "c"), format(0x263A, "c"), format(97, "^5c"), format(10, "c") == "\n")
print(format(2 ** 100, ","), format(-2 ** 100, "_x"), format(10 ** 20, "e"), format(255, "#010b"))
print(format(True, "d"), format(True, ""), format(False, ">5"), format(True, "x"), format(5, "+.3f"))
print("{:,}".format(1000), "{:_}".format(10 ** 9), "{:>+8,}".format(-12345), "{:b}".format(5))
for v, spec in [(1, "s"), (1, ",x"), (1.5, "d"), (1, "=s"), (-1, "c"), (1, ".2"), (5, "z"), (5, "#c"), (5, ",_")]:
    try:
        print(format(v, spec))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
