"""Rational numbers (CPython's fractions module).

A Fraction is a pair of ints (_numerator, _denominator) in lowest terms with a positive
denominator; every operation keeps that invariant.  Arithmetic with ints and Fractions is exact
and gives Fractions (floor division gives an int); mixing with a float or complex gives a float
or complex, computed from float(self), as in CPython.  Hashes follow Python's numeric hashing
scheme (a rational n/d hashes as n * d^-1 modulo the Mersenne prime 2**61 - 1), so a Fraction
equal to an int or a float hashes like it and finds it in dicts and sets.
"""

import math
import re

__all__ = ['Fraction']

_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159

_LITERAL = re.compile(r"""
    \A\s*
    (?P<sign>[-+]?)
    (?=\d|\.\d)
    (?P<num>\d*|\d+(_\d+)*)
    (?:
        (?:/(?P<denom>\d+(_\d+)*))?
      |
        (?:\.(?P<decimal>\d*|\d+(_\d+)*))?
        (?:E(?P<exp>[-+]?\d+(_\d+)*))?
    )
    \s*\Z
""", re.VERBOSE | re.IGNORECASE)


def _is_rational(x):
    return isinstance(x, (int, Fraction))


def _parts(x):
    """(numerator, denominator) of an int or a Fraction."""
    if isinstance(x, Fraction):
        return x._numerator, x._denominator
    return int(x), 1


class Fraction:
    """A rational number numerator/denominator, exact."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if isinstance(numerator, Fraction):
                self._numerator = numerator._numerator
                self._denominator = numerator._denominator
                return self
            if isinstance(numerator, int):
                numerator, denominator = int(numerator), 1
            elif isinstance(numerator, float):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            elif isinstance(numerator, str):
                numerator, denominator = _parse(numerator)
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int and type(denominator) is int:
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            n1, d1 = _parts(numerator)
            n2, d2 = _parts(denominator)
            numerator, denominator = n1 * d2, d1 * n2
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            g = math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" %
                            (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    def as_integer_ratio(self):
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        # Walk the continued fraction expansion until the next convergent's denominator would
        # be too big, then pick the better of the last convergent and the best semiconvergent.
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(self):
        return self._numerator

    @property
    def denominator(self):
        return self._denominator

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return 0

    def conjugate(self):
        return self

    def __repr__(self):
        return '%s(%s, %s)' % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator == 1:
            return str(self._numerator)
        return '%s/%s' % (self._numerator, self._denominator)

    # ---- arithmetic ----------------------------------------------------------------------------

    def __add__(a, b):
        if _is_rational(b):
            nb, db = _parts(b)
            return Fraction(a._numerator * db + nb * a._denominator, a._denominator * db)
        if isinstance(b, (float, complex)):
            return float(a) + b
        return NotImplemented

    def __radd__(b, a):
        if _is_rational(a):
            na, da = _parts(a)
            return Fraction(na * b._denominator + b._numerator * da, da * b._denominator)
        if isinstance(a, (float, complex)):
            return a + float(b)
        return NotImplemented

    def __sub__(a, b):
        if _is_rational(b):
            nb, db = _parts(b)
            return Fraction(a._numerator * db - nb * a._denominator, a._denominator * db)
        if isinstance(b, (float, complex)):
            return float(a) - b
        return NotImplemented

    def __rsub__(b, a):
        if _is_rational(a):
            na, da = _parts(a)
            return Fraction(na * b._denominator - b._numerator * da, da * b._denominator)
        if isinstance(a, (float, complex)):
            return a - float(b)
        return NotImplemented

    def __mul__(a, b):
        if _is_rational(b):
            nb, db = _parts(b)
            return Fraction(a._numerator * nb, a._denominator * db)
        if isinstance(b, (float, complex)):
            return float(a) * b
        return NotImplemented

    def __rmul__(b, a):
        if _is_rational(a):
            na, da = _parts(a)
            return Fraction(na * b._numerator, da * b._denominator)
        if isinstance(a, (float, complex)):
            return a * float(b)
        return NotImplemented

    @staticmethod
    def _divide(na, da, nb, db):
        # Cancel common factors first, as CPython does (it decides the ZeroDivisionError's text).
        g1 = math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def __truediv__(a, b):
        if _is_rational(b):
            nb, db = _parts(b)
            return Fraction._divide(a._numerator, a._denominator, nb, db)
        if isinstance(b, (float, complex)):
            return float(a) / b
        return NotImplemented

    def __rtruediv__(b, a):
        if _is_rational(a):
            na, da = _parts(a)
            return Fraction._divide(na, da, b._numerator, b._denominator)
        if isinstance(a, (float, complex)):
            return a / float(b)
        return NotImplemented

    def __floordiv__(a, b):
        if _is_rational(b):
            nb, db = _parts(b)
            return (a._numerator * db) // (a._denominator * nb)
        if isinstance(b, float):
            return float(a) // b
        return NotImplemented

    def __rfloordiv__(b, a):
        if _is_rational(a):
            na, da = _parts(a)
            return (na * b._denominator) // (da * b._numerator)
        if isinstance(a, float):
            return a // float(b)
        return NotImplemented

    def __mod__(a, b):
        if _is_rational(b):
            nb, db = _parts(b)
            return Fraction((a._numerator * db) % (nb * a._denominator), a._denominator * db)
        if isinstance(b, float):
            return float(a) % b
        return NotImplemented

    def __rmod__(b, a):
        if _is_rational(a):
            na, da = _parts(a)
            return Fraction((na * b._denominator) % (b._numerator * da), da * b._denominator)
        if isinstance(a, float):
            return a % float(b)
        return NotImplemented

    def __divmod__(a, b):
        if _is_rational(b):
            nb, db = _parts(b)
            q, r = divmod(a._numerator * db, a._denominator * nb)
            return q, Fraction(r, a._denominator * db)
        if isinstance(b, float):
            return divmod(float(a), b)
        return NotImplemented

    def __rdivmod__(b, a):
        if _is_rational(a):
            na, da = _parts(a)
            q, r = divmod(na * b._denominator, da * b._numerator)
            return q, Fraction(r, da * b._denominator)
        if isinstance(a, float):
            return divmod(a, float(b))
        return NotImplemented

    def __pow__(a, b):
        if _is_rational(b):
            nb, db = _parts(b)
            if db == 1:
                if nb >= 0:
                    return Fraction(a._numerator ** nb, a._denominator ** nb, _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -nb, a._numerator ** -nb, _normalize=False)
                return Fraction((-a._denominator) ** -nb, (-a._numerator) ** -nb, _normalize=False)
            return float(a) ** float(b)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def __rpow__(b, a):
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if isinstance(a, int):
            return Fraction(a) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        return a.__int__()

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __bool__(a):
        return a._numerator != 0

    def __hash__(self):
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            h = _HASH_INF
        else:
            h = hash(hash(abs(self._numerator)) * inverse)
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result

    # ---- comparisons ---------------------------------------------------------------------------

    def __eq__(a, b):
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            nb, db = _parts(b)
            return a._numerator == nb and a._denominator == db
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _compare(a, b, op):
        if _is_rational(b):
            nb, db = _parts(b)
            return op(a._numerator * db, a._denominator * nb)
        if isinstance(b, float):
            if math.isnan(b) or math.isinf(b):
                return op(0.0, b)
            return op(a, a.from_float(b))
        return NotImplemented

    def __lt__(a, b):
        return a._compare(b, _lt)

    def __gt__(a, b):
        return a._compare(b, _gt)

    def __le__(a, b):
        return a._compare(b, _le)

    def __ge__(a, b):
        return a._compare(b, _ge)

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


def _lt(x, y):
    return x < y


def _gt(x, y):
    return x > y


def _le(x, y):
    return x <= y


def _ge(x, y):
    return x >= y


def _parse(text):
    """(numerator, denominator) of a literal such as '3/4', '-1.25e-3' or ' 7 '."""
    m = _LITERAL.match(text)
    if m is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    numerator = int(m.group('num') or '0')
    denom = m.group('denom')
    if denom:
        denominator = int(denom)
    else:
        denominator = 1
        decimal = m.group('decimal')
        if decimal:
            decimal = decimal.replace('_', '')
            scale = 10 ** len(decimal)
            numerator = numerator * scale + int(decimal)
            denominator *= scale
        exp = m.group('exp')
        if exp:
            exp = int(exp)
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
    if m.group('sign') == '-':
        numerator = -numerator
    return numerator, denominator


# Fraction is a numbers.Rational (CPython derives it from the ABC; registering it gives the same
# isinstance/issubclass answers without routing every Fraction operation through ABCMeta).
import numbers as _numbers
_numbers.Rational.register(Fraction)
