"""Mathematical functions for complex numbers (CPython's cmath module).

Each function computes what CPython's C implementation computes for finite arguments of
ordinary magnitude, with the same formulas (so the same rounding): sqrt scales by 1/8 to avoid
overflow, log uses log1p near |z| = 1, the inverse functions are built from two square roots as
in Kahan's "Branch cuts for complex elementary functions".  Arguments are converted as CPython
does (complex(), so ints, floats and objects with __complex__/__float__/__index__).

Not reproduced: CPython's tables for infinite and nan components, and its separate formulas for
arguments near overflow or underflow; those give plain IEEE results here.
"""

import math

__all__ = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'e', 'exp', 'inf', 'infj',
           'isclose', 'isfinite', 'isinf', 'isnan', 'log', 'log10', 'nan', 'nanj', 'phase', 'pi', 'polar',
           'rect', 'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'tau']

pi = math.pi
e = math.e
tau = math.tau
inf = math.inf
infj = complex(0.0, math.inf)
nan = math.nan
nanj = complex(0.0, math.nan)

_DBL_MIN = 2.2250738585072014e-308
_LARGE = 1.7976931348623157e308 / 4.0


def _hypot(x, y):
    # C's hypot, which CPython's cmath calls (math.hypot is a different algorithm); complex
    # abs() is that hypot.
    return abs(complex(x, y))


def _c(z):
    if isinstance(z, complex):
        return z
    if isinstance(z, (int, float)):
        return complex(float(z), 0.0)
    if hasattr(type(z), '__complex__') or hasattr(type(z), '__float__') or hasattr(type(z), '__index__'):
        return complex(z)
    raise TypeError("must be real number, not %s" % type(z).__name__)


def sqrt(z):
    z = _c(z)
    x, y = z.real, z.imag
    if x == 0.0 and y == 0.0:
        return complex(0.0, y)
    if not (math.isfinite(x) and math.isfinite(y)):
        if math.isinf(y):
            return complex(math.inf, y)
        if math.isnan(x) or math.isnan(y):
            return complex(math.nan, math.nan) if not math.isinf(x) else (
                complex(math.inf, math.nan) if x > 0 else complex(math.nan, math.inf))
        if x > 0:
            return complex(math.inf, math.copysign(0.0, y))
        return complex(0.0, math.copysign(math.inf, y))
    ax, ay = abs(x), abs(y)
    if ax < _DBL_MIN and ay < _DBL_MIN:
        ax = math.ldexp(ax, 53)
        s = math.ldexp(math.sqrt(ax + _hypot(ax, math.ldexp(ay, 53))), -27)
    else:
        ax /= 8.0
        s = 2.0 * math.sqrt(ax + _hypot(ax, ay / 8.0))
    d = ay / (2.0 * s)
    if x >= 0.0:
        return complex(s, math.copysign(d, y))
    return complex(d, math.copysign(s, y))


def exp(z):
    z = _c(z)
    x, y = z.real, z.imag
    if x > 708.0:
        l = math.exp(x - 1.0)
        r = complex(l * math.cos(y) * math.e, l * math.sin(y) * math.e)
    else:
        l = math.exp(x)
        r = complex(l * math.cos(y), l * math.sin(y))
    if math.isinf(r.real) or math.isinf(r.imag):
        if math.isfinite(x) and math.isfinite(y):
            raise OverflowError("math range error")
    return r


def _log(z):
    x, y = z.real, z.imag
    ax, ay = abs(x), abs(y)
    if ax > _LARGE or ay > _LARGE:
        real = math.log(_hypot(ax / 2.0, ay / 2.0)) + math.log(2.0)
    elif ax < _DBL_MIN and ay < _DBL_MIN:
        if ax > 0.0 or ay > 0.0:
            real = math.log(_hypot(math.ldexp(ax, 53), math.ldexp(ay, 53))) - 53 * math.log(2.0)
        else:
            raise ValueError("math domain error")
    else:
        h = _hypot(ax, ay)
        if 0.71 <= h <= 1.73:
            am = ax if ax > ay else ay
            an = ay if ax > ay else ax
            real = math.log1p((am - 1) * (am + 1) + an * an) / 2.0
        else:
            real = math.log(h)
    return complex(real, math.atan2(y, x))


def log(z, base=None):
    z = _c(z)
    r = _log(z)
    if base is not None:
        b = _log(_c(base))
        r = r / b
    return r


def log10(z):
    r = _log(_c(z))
    return complex(r.real / math.log(10.0), r.imag / math.log(10.0))


def phase(z):
    z = _c(z)
    return math.atan2(z.imag, z.real)


def polar(z):
    z = _c(z)
    r = _hypot(z.real, z.imag)
    if math.isinf(r) and math.isfinite(z.real) and math.isfinite(z.imag):
        raise OverflowError("absolute value too large")
    return r, math.atan2(z.imag, z.real)


def rect(r, phi):
    r = float(r)
    phi = float(phi)
    if math.isinf(r) and math.isfinite(phi) and phi != 0.0:
        if r > 0:
            return complex(math.copysign(math.inf, math.cos(phi)), math.copysign(math.inf, math.sin(phi)))
        return complex(-math.copysign(math.inf, math.cos(phi)), -math.copysign(math.inf, math.sin(phi)))
    if phi == 0.0:
        return complex(r, phi * r if math.isfinite(r) else phi)
    return complex(r * math.cos(phi), r * math.sin(phi))


def sinh(z):
    z = _c(z)
    x, y = z.real, z.imag
    return complex(math.cos(y) * math.sinh(x), math.sin(y) * math.cosh(x))


def cosh(z):
    z = _c(z)
    x, y = z.real, z.imag
    return complex(math.cos(y) * math.cosh(x), math.sin(y) * math.sinh(x))


def tanh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if abs(x) > 354.0:
        return complex(math.copysign(1.0, x), 4.0 * math.sin(y) * math.cos(y) * math.exp(-2.0 * abs(x)))
    tx = math.tanh(x)
    ty = math.tan(y)
    cx = 1.0 / math.cosh(x)
    txty = tx * ty
    denom = 1.0 + txty * txty
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx)


def sin(z):
    z = _c(z)
    s = sinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def cos(z):
    z = _c(z)
    return cosh(complex(-z.imag, z.real))


def tan(z):
    z = _c(z)
    s = tanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def asinh(z):
    z = _c(z)
    x, y = z.real, z.imag
    s1 = sqrt(complex(1.0 + y, -x))
    s2 = sqrt(complex(1.0 - y, x))
    return complex(math.asinh(s1.real * s2.imag - s2.real * s1.imag),
                   math.atan2(y, s1.real * s2.real - s1.imag * s2.imag))


def asin(z):
    z = _c(z)
    s = asinh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def acos(z):
    z = _c(z)
    x, y = z.real, z.imag
    s1 = sqrt(complex(1.0 - x, -y))
    s2 = sqrt(complex(1.0 + x, y))
    return complex(2.0 * math.atan2(s1.real, s2.real), math.asinh(s2.real * s1.imag - s2.imag * s1.real))


def acosh(z):
    z = _c(z)
    x, y = z.real, z.imag
    s1 = sqrt(complex(x - 1.0, y))
    s2 = sqrt(complex(x + 1.0, y))
    return complex(math.asinh(s1.real * s2.real + s1.imag * s2.imag), 2.0 * math.atan2(s1.imag, s2.real))


def atanh(z):
    z = _c(z)
    x, y = z.real, z.imag
    if x < 0.0:
        r = atanh(complex(-x, -y))
        return complex(-r.real, -r.imag)
    ay = abs(y)
    if x == 1.0 and ay < 1.4916681462400413e-154:
        if ay == 0.0:
            raise ValueError("math domain error")
        real = -math.log(math.sqrt(ay) / math.sqrt(_hypot(ay, 2.0)))
        return complex(real, math.copysign(math.atan2(2.0, -ay) / 2.0, y))
    real = math.log1p(4.0 * x / ((1 - x) * (1 - x) + ay * ay)) / 4.0
    imag = -math.atan2(-2.0 * y, (1 - x) * (1 + x) - ay * ay) / 2.0
    return complex(real, imag)


def atan(z):
    z = _c(z)
    s = atanh(complex(-z.imag, z.real))
    return complex(s.imag, -s.real)


def isfinite(z):
    z = _c(z)
    return math.isfinite(z.real) and math.isfinite(z.imag)


def isinf(z):
    z = _c(z)
    return math.isinf(z.real) or math.isinf(z.imag)


def isnan(z):
    z = _c(z)
    return math.isnan(z.real) or math.isnan(z.imag)


def isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0):
    a = _c(a)
    b = _c(b)
    if rel_tol < 0.0 or abs_tol < 0.0:
        raise ValueError("tolerances must be non-negative")
    if a == b:
        return True
    if isinf(a) or isinf(b):
        return False
    diff = abs(a - b)
    return (diff <= rel_tol * abs(b)) or (diff <= rel_tol * abs(a)) or (diff <= abs_tol)
