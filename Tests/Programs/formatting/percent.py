# printf-style % formatting: every conversion, flags, width and precision, mapping keys, errors.

print("%d %i %s %r %%" % (42, -7, "str", "str"))
print("%5d|%-5d|%05d|%+d|% d|%+05d|%-+5d|" % (42, 42, 42, 42, 42, 42, 42))
print("%x %X %o %#x %#X %#o %08x %-8X|" % (255, 255, 8, 255, 255, 8, 255, 255))
print("%x %o %d" % (-255, -8, -0), "%d" % 2 ** 100, "%x" % 2 ** 70)
print("%f %.2f %.0f %10.3f %-10.1f| %+.1f %08.2f %#.0f" % (3.14159, 3.14159, 2.5, 3.14159, 3.14159, 3.14159, -3.14159, 3.0))
print("%e %.2e %E %.0e %g %g %g %G %.3g %#g" % (12345.678, 12345.678, 0.000123, 5.0, 0.0001, 1e-5, 123456789.0, 1e-10, 3.14159, 1.0))
print("%s %s %s %s %s" % (None, True, [1, 2], (3,), {"a": 1}))
print("%r %r %r %a" % ("it's", 1.5, None, "é"))
print("%c%c%c %c" % (72, 105, 33, "x"), "%5s|%-5s|%.2s|%5.1s|" % ("ab", "ab", "abcdef", "xyz"))
print("%*d|%-*d|%.*f|%*.*f|" % (6, 42, 6, 42, 2, 3.14159, 8, 3, 2.71828))
print("%(name)s is %(age)d years, %(name)r again" % {"name": "Ann", "age": 30})
print("%(x)05.1f %(y)+d" % {"x": 2.25, "y": 3})
print("single %s" % "value", "tuple in tuple %s" % ((1, 2),), "%s" % [1, 2], "no args" % ())
print("%d %d" % (True, 3.99), "%f" % 3, "%s" % 3.0, "%.3s" % 3.14159, "%x" % True)
print("%i%%" % 50, "%5.1f%%" % 99.44, "%-6s|" % "é中", "%3c|" % "z")
print("%f %f %f %e" % (float("inf"), float("-inf"), float("nan"), float("inf")), "%5.1F" % float("nan"))
print("%.15g %.17g %.1f %.2f %.3f" % (0.1, 0.1, 0.25, 0.125, 2.0005), "%g %g" % (100000, 1000000))
print("%s and %s" % ("a", "b"), "%%d" % (), "%-3d|%3d|" % (-1, -1))
for fmt, args in [("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%s %s %s", ("a", "b")), ("%z", 1),
                  ("%(key)s", 5), ("%(a)s", {"b": 1}), ("%c", 1114112), ("%c", "ab"), ("%x", 1.5),
                  ("%f", "1.5"), ("%*d", ("a", 1)), ("%", ()), ("%d" , None)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
