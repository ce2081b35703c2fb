# str.format and format_map: automatic and manual numbering, names, indexing, attributes, errors.

print("{} {} {}".format(1, "two", 3.0), "{0} {1} {0}".format("a", "b"), "{1}{0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=25), "{0} {x}".format(1, x=2), "{}".format([1, 2]))
print("{0[1]} {0[0]}".format(["first", "second"]), "{d[key]} {d[1]}".format(d={"key": "v", 1: "one"}))
print("{0[0][1]}".format([[1, 2]]), "{p[1]}".format(p=(5, 6)), "{0.real} {0.imag}".format(3))
print("{:>10}|{:<10}|{:^10}|".format("r", "l", "c"), "{:*^9}".format("mid"), "{0:>{1}}".format("w", 5))
print("{!r} {!s} {!a}".format("q", "q", "é"), "{0!r:>8}".format("z"), "{:{}{}}".format(3.14159, ".", "3"))
print("{{}} {{{}}}".format(7), "{:%}".format(0.5), "{:,.2f}".format(1234567.891), "{:05d}".format(-42))
print("{0:{fill}{align}{width}}".format("x", fill="-", align="^", width=7))
print("{:}".format(5), "{!s:}".format(None), "{}".format(True), "{:d}".format(True), "{:.3}".format("abcdef"))
print("{x}-{y}".format_map({"x": 1, "y": 2}), "{a[0]}".format_map({"a": "xyz"}))
print("".format(), "no fields".format(1, 2, key=3), "{0}{0}{0}".format("ab"))
for template, args, kwargs in [("{} {}", (1,), {}), ("{2}", (1, 2), {}), ("{name}", (), {}), ("{0} {}", (1, 2), {}),
                               ("{} {0}", (1, 2), {}), ("{", (), {}), ("}", (), {}), ("{0[5]}", ([1],), {}),
                               ("{0.nope}", (1,), {}), ("{:d}", ("s",), {}), ("{!x}", (1,), {}), ("{0[a]}", ({},), {})]:
    try:
        print(template.format(*args, **kwargs))
    except (IndexError, KeyError, ValueError, AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
