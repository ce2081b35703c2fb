# Every numeric function and constant of the math module, on ordinary and edge-case arguments.

import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
unary = [("sqrt", math.sqrt), ("exp", math.exp), ("exp2", math.exp2), ("expm1", math.expm1), ("log", math.log),
         ("log2", math.log2), ("log10", math.log10), ("log1p", math.log1p), ("sin", math.sin), ("cos", math.cos),
         ("tan", math.tan), ("asin", math.asin), ("acos", math.acos), ("atan", math.atan), ("sinh", math.sinh),
         ("cosh", math.cosh), ("tanh", math.tanh), ("asinh", math.asinh), ("acosh", math.acosh), ("atanh", math.atanh),
         ("degrees", math.degrees), ("radians", math.radians), ("fabs", math.fabs), ("erf", math.erf),
         ("erfc", math.erfc), ("gamma", math.gamma), ("lgamma", math.lgamma), ("cbrt", math.cbrt)]
for name, fn in unary:
    results = []
    for x in [0.0, 0.5, 1, 2, -0.5, 10, 100.0, -3, math.inf, math.nan]:
        try:
            results.append(repr(fn(x)))
        except (ValueError, OverflowError) as e:
            results.append(f"{type(e).__name__}({e})")
    print(name, results)
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(math.floor(5), math.ceil(2 ** 70), math.floor(1e20), type(math.floor(1.5)), math.floor(-0.0), math.ceil(-0.5))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-2, 3), math.pow(0, 0), math.pow(math.inf, 0), math.pow(1, math.nan))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(-0.0, -1), math.atan2(1, 0), math.atan2(0, 0))
print(math.hypot(3, 4), math.hypot(1, 1, 1), math.hypot(), math.hypot(-5), math.hypot(1e200, 1e200), math.hypot(math.inf, math.nan))
print(math.dist([0, 0], [3, 4]), math.dist((1, 2, 3), (4, 6, 8)), math.dist([], []))
print(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7.5, 2), 7 % -3, math.remainder(7, 3), math.remainder(8, 3), math.remainder(-7, 2))
print(math.copysign(3, -0.0), math.copysign(-2, 1), math.copysign(1, math.nan), math.copysign(math.inf, -1))
print(math.modf(3.25), math.modf(-3.25), math.modf(5), math.modf(math.inf), math.frexp(8), math.frexp(0.3), math.frexp(0), math.frexp(-1e-310))
print(math.ldexp(1, 10), math.ldexp(0.75, -2), math.ldexp(1, -1075), math.ldexp(-3, 5))
print(math.isfinite(1), math.isfinite(math.inf), math.isfinite(math.nan), math.isinf(-math.inf), math.isinf(1e308), math.isnan(math.nan), math.isnan(0))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1.0, 1.05, rel_tol=0.1), math.isclose(0, 1e-12), math.isclose(0, 1e-12, abs_tol=1e-9), math.isclose(math.inf, math.inf))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]), math.fsum([1, 2, 3]), math.fsum(range(10)))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod(range(1, 21)), math.prod([1.5, 2]), math.prod([2, 3], start=10))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, 1.0), math.nextafter(1.0, 1.0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(1e300), math.ulp(-2.0), math.ulp(math.inf))
print(math.sqrt(2) ** 2, math.exp(math.log(10)), math.sin(math.pi), math.cos(math.pi / 3), math.tan(math.pi / 4))
print(math.log(8, 2), math.log(100, 10), math.log(2 ** 1000), math.log(10 ** 400, 10), math.log2(2 ** 100), math.log10(10 ** 50), math.log(1, 3))
print(math.degrees(math.pi), math.radians(180), math.sqrt(16), math.sqrt(2 ** 100), math.exp(-math.inf), math.log1p(1e-20))
for label, fn in [("sqrt(-1)", lambda: math.sqrt(-1)), ("log(0)", lambda: math.log(0)), ("log(-1)", lambda: math.log(-1)),
                  ("log(10, 1)", lambda: math.log(10, 1)), ("log(0, 10)", lambda: math.log(0, 10)), ("exp(1000)", lambda: math.exp(1000)),
                  ("acos(2)", lambda: math.acos(2)), ("pow(0, -1)", lambda: math.pow(0, -1)), ("pow(-2, 0.5)", lambda: math.pow(-2, 0.5)),
                  ("fmod(1, 0)", lambda: math.fmod(1, 0)), ("gamma(0)", lambda: math.gamma(0)), ("gamma(-1)", lambda: math.gamma(-1)),
                  ("lgamma(0)", lambda: math.lgamma(0)), ("cosh(1000)", lambda: math.cosh(1000)), ("ldexp(1, 2000)", lambda: math.ldexp(1, 2000)),
                  ("sqrt('x')", lambda: math.sqrt("x")), ("floor(inf)", lambda: math.floor(math.inf)), ("ceil(nan)", lambda: math.ceil(math.nan)),
                  ("dist mismatch", lambda: math.dist([1], [1, 2])), ("log(-inf)", lambda: math.log(-math.inf)), ("remainder(1, 0)", lambda: math.remainder(1, 0)),
                  ("atanh(1)", lambda: math.atanh(1)), ("sqrt(10**400)", lambda: math.sqrt(10 ** 400)), ("exp(None)", lambda: math.exp(None))]:
    try:
        print(label, fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(label, "->", type(e).__name__ + ":", e)
