# Roman numerals: conversion both ways, round trips for 1..3999, validation of malformed input.

VALUES = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
SYMBOLS = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}

def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range for roman numerals")
    out = []
    for value, symbol in VALUES:
        count, n = divmod(n, value)
        out.append(symbol * count)
    return "".join(out)

def from_roman(s):
    total = 0
    for i, ch in enumerate(s):
        if ch not in SYMBOLS:
            raise ValueError(f"invalid roman digit {ch!r}")
        v = SYMBOLS[ch]
        if i + 1 < len(s) and SYMBOLS.get(s[i + 1], 0) > v:
            total -= v
        else:
            total += v
    if to_roman(total) != s:
        raise ValueError(f"non-canonical numeral {s!r}")
    return total

for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 1666, 444, 888]:
    print(n, to_roman(n))
print(all([from_roman(to_roman(n)) == n for n in range(1, 4000)]))
print(max(range(1, 4000), key=lambda n: (len(to_roman(n)), n)), to_roman(3888))
for s in ["MCMXCIV", "XLII", "iv", "IIII", "VX", "MMMM", ""]:
    try:
        print(s, "->", from_roman(s))
    except ValueError as e:
        print(s, "-> ValueError:", e)
for n in [0, 4000, -5]:
    try:
        to_roman(n)
    except ValueError as e:
        print("ValueError:", e)
