# Format specs for float: f/e/g/% presentations, precision, rounding (half-even on the exact value), inf/nan.

values = [3.14159265, -2.5, 0.0, -0.0, 1e16, 1e-7, 123456.789, 0.5, 1.5, 2.5, 0.125, 1e300, 12.0]
specs = ["", "f", ".2f", ".0f", "10.3f", "<10.1f", "^12.2f", "+.1f", " .1f", "010.2f", "e", ".3e", "E",
         ".0e", "g", ".3g", "G", ".10g", "%", ".1%", ",.2f", "#.0f", "#g", ".0%", "=+12.3f", "_.3f", "15", ".1", ".12"]
for spec in specs:
    print(repr(spec), [format(v, spec) for v in values])
for v in [float("inf"), float("-inf"), float("nan")]:
    print([format(v, s) for s in ["", "f", "F", "e", "E", "g", "G", "%", "+", "08", "^9", ".2f"]])
print(format(0.1, ".17g"), format(0.1, ".20f"), format(1 / 3, ".30f"), format(2 ** 0.5, ".50g"))
print(format(2.675, ".2f"), format(1.005, ".2f"), format(0.045, ".2f"), format(1e22, "f"), format(1e-10, "f"))
print(format(1.0, "g"), format(100000.0, "g"), format(1000000.0, "g"), format(0.0001, "g"), format(0.00001, "g"))
print(format(5, "f"), format(5, "e"), format(5, "%"), format(5, "g"), format(5, ""), format(-5, "010.1f"))
print("{:.2f} {:>8.3f} {:+e}".format(3.14159, 2.71828, 1234.5), f"{1234.5:,.1f}", f"{0.5:.0%}")
for v, spec in [(5, ".2"), (1.5, "d"), (1.5, "x"), (1.5, "c"), (1.5, "s"), (1.5, ",,")]:
    try:
        print(format(v, spec))
    except ValueError as e:
        print("ValueError:", e)
