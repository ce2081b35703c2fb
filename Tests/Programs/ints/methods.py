# Methods and attributes of int that programs commonly use.

for n in [0, 1, 5, 255, 256, -256, 2 ** 100, -(2 ** 100) + 1]:
    print(n, n.bit_length(), n.bit_count(), n.real, n.imag, n.numerator, n.denominator)
print((10).conjugate(), (7).as_integer_ratio(), (-3).__abs__())
print(True.bit_length(), (5).__add__(3), (2).__pow__(10))
