"""Basic statistics of numeric data (CPython's statistics module, for int, bool, float and Fraction data).

CPython computes means and variances exactly, as fractions, and rounds once at the end; the
results here are bit for bit the same because the same exact values are computed and then
rounded the same way.  Fractions are kept as (numerator, denominator) pairs of ints rather than
fractions.Fraction objects: the exact sum of floats is a sum of n/d with power-of-two d, and a
quotient of two ints is correctly rounded by int.__truediv__, which is exactly how a Fraction
becomes a float.  Non-finite data (inf, nan) make the sums plain floats, as in CPython.

Invariants: a fraction pair (n, d) always has d > 0 (it need not be in lowest terms); the
"type" of a data set is int unless a float (or int/float subclass) appears, and decides whether
a result that happens to be integral is returned as int.
"""

import math
from math import fsum, sqrt, exp, log
from fractions import Fraction

__all__ = [
    'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
    'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
    'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
]


class StatisticsError(ValueError):
    pass


# ---- exact arithmetic on (numerator, denominator) pairs ----------------------------------------

def _ratio(x):
    """x as an exact (numerator, denominator) pair, or (x, None) when x is infinite or nan."""
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _add(a, b):
    n1, d1 = a
    n2, d2 = b
    if d1 == d2:
        return (n1 + n2, d1)
    return (n1 * d2 + n2 * d1, d1 * d2)


def _reduced(f):
    n, d = f
    g = math.gcd(n, d)
    return (n // g, d // g) if g > 1 else f


def _coerce(T, S):
    """The common type of data of types T and S (CPython's rules for the numeric tower)."""
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum_partials(partials):
    """The exact sum of {denominator: numerator} as a reduced pair."""
    total = (0, 1)
    for d, n in partials.items():
        total = _add(total, _reduced((n, d)))
        total = _reduced(total)
    return total


def _exact_sum(data):
    """(type, exact sum, count); the sum is a pair, or a float when the data are not all finite."""
    count = 0
    T = int
    partials = {}
    nonfinite = None
    for x in data:
        n, d = _ratio(x)
        typ = type(x)
        if typ is not T:
            T = _coerce(T, typ)
        count += 1
        if d is None:
            nonfinite = n if nonfinite is None else nonfinite + n
        else:
            partials[d] = partials.get(d, 0) + n
    if nonfinite is not None:
        return T, nonfinite, count
    return T, _sum_partials(partials), count


def _sum_of_squares(data, c=None):
    """(type, exact sum of squared deviations, mean used, count) of data around c or its mean."""
    if c is not None:
        T, ss, count = _exact_sum((x - c) * (x - c) for x in data)
        return T, ss, c, count
    count = 0
    T = int
    sx = {}
    sxx = {}
    nonfinite = None
    for x in data:
        n, d = _ratio(x)
        typ = type(x)
        if typ is not T:
            T = _coerce(T, typ)
        count += 1
        if d is None:
            nonfinite = n if nonfinite is None else nonfinite + n
        else:
            sx[d] = sx.get(d, 0) + n
            sxx[d] = sxx.get(d, 0) + n * n
    if not count:
        return T, (0, 1), (0, 1), 0
    if nonfinite is not None:
        return T, nonfinite, nonfinite, count
    sn, sd = _sum_partials(sx)
    total_sq = (0, 1)
    for d, n in sxx.items():
        total_sq = _reduced(_add(total_sq, _reduced((n, d * d))))
    qn, qd = total_sq
    # ss = (count * sxx - sx * sx) / count
    num = count * qn * sd * sd - sn * sn * qd
    den = qd * sd * sd * count
    return T, _reduced((num, den)), _reduced((sn, sd * count)), count


def _divide(value, k):
    """value / k for an exact pair (or a float when not finite)."""
    if isinstance(value, tuple):
        return _reduced((value[0], value[1] * k))
    return value / k


def _to_type(value, T):
    """An exact pair (or float) as a number of type T: a non-integral value of an int type is a float."""
    if not isinstance(value, tuple):
        if type(value) is T:
            return value
        return T(value)
    n, d = value
    if issubclass(T, int):
        if d == 1:
            return T(n)
        return n / d
    if issubclass(T, Fraction):
        return T(n, d)
    return T(n / d)


def _sqrt_of_fraction(n, m):
    """sqrt(n / m), correctly rounded to a float."""
    # Take an integer square root carrying 2 * 53 + 3 significant bits, make its last bit sticky
    # (odd when inexact) so that the final int / int division rounds as the exact root would.
    extra = (n.bit_length() - m.bit_length() - 109) // 2
    if extra >= 0:
        scaled_m = m << (2 * extra)
        root = math.isqrt(n // scaled_m)
        root |= root * root * scaled_m != n
        return (root << extra) / 1
    scaled_n = n << (-2 * extra)
    root = math.isqrt(scaled_n // m)
    root |= root * root * m != scaled_n
    return root / (1 << -extra)


def _sqrt_of(value):
    if not isinstance(value, tuple):
        raise AttributeError("'%s' object has no attribute 'numerator'" % type(value).__name__)
    return _sqrt_of_fraction(value[0], value[1])


# ---- averages ----------------------------------------------------------------------------------

def mean(data):
    """The arithmetic mean of data, computed exactly and rounded once."""
    T, total, n = _exact_sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _to_type(_divide(total, n), T)


def fmean(data, weights=None):
    """The mean of data as a float, fast."""
    try:
        n = len(data)
    except TypeError:
        data = list(data)
        n = len(data)
    if weights is None:
        total = fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    try:
        num_weights = len(weights)
    except TypeError:
        weights = list(weights)
        num_weights = len(weights)
    num = fsum([x * w for x, w in zip(data, weights)])
    if n != num_weights:
        raise StatisticsError('data and weights must be the same length')
    den = fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return exp(fmean([log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def _nonnegative(values, message):
    for x in values:
        if x < 0:
            raise StatisticsError(message)
        yield x


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    message = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(message)
            return x
        raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _exact_sum(_nonnegative(weights, message))
    try:
        values = _nonnegative(data, message)
        T, total, count = _exact_sum(w / x if w else 0 for w, x in zip(weights, values))
    except ZeroDivisionError:
        return 0
    if isinstance(total, tuple):
        if total[0] <= 0:
            raise StatisticsError('Weighted sum must be positive')
        if isinstance(sum_weights, tuple):
            return _to_type(_reduced((sum_weights[0] * total[1], sum_weights[1] * total[0])), T)
        return _to_type(sum_weights / (total[0] / total[1]), T)
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    if isinstance(sum_weights, tuple):
        sum_weights = sum_weights[0] / sum_weights[1]
    return _to_type(sum_weights / total, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1.0):
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    lo = 0
    while data[lo] < x:
        lo += 1
    hi = lo
    while hi < n and not (x < data[hi]):
        hi += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    lower = x - interval / 2.0
    return lower + interval * (n / 2 - lo) / (hi - lo)


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """The most common value (the first one seen among equally common ones)."""
    counts = _counts(data)
    best = None
    best_count = 0
    for value, count in counts.items():
        if count > best_count:
            best, best_count = value, count
    if not best_count:
        raise StatisticsError('no mode for empty data')
    return best


def multimode(data):
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    result = []
    if method == 'inclusive':
        m = ld - 1
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError('Unknown method: %r' % (method,))


# ---- spread ------------------------------------------------------------------------------------

def variance(data, xbar=None):
    T, ss, c, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _to_type(_divide(ss, n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _to_type(_divide(ss, n), T)


def stdev(data, xbar=None):
    T, ss, c, n = _sum_of_squares(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of(_divide(ss, n - 1))


def pstdev(data, mu=None):
    T, ss, c, n = _sum_of_squares(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of(_divide(ss, n))


# ---- two variables -----------------------------------------------------------------------------

def covariance(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    return sxy / (n - 1)


def correlation(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    xbar = fsum(x) / n
    ybar = fsum(y) / n
    sxy = fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    sxx = fsum([(xi - xbar) * (xi - xbar) for xi in x])
    syy = fsum([(yi - ybar) * (yi - ybar) for yi in y])
    try:
        return sxy / sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


class LinearRegression(tuple):
    """LinearRegression(slope, intercept), a named pair."""
    __slots__ = ()
    _fields = ('slope', 'intercept')

    def __new__(cls, slope, intercept):
        return tuple.__new__(cls, (slope, intercept))

    @property
    def slope(self):
        return self[0]

    @property
    def intercept(self):
        return self[1]

    def __repr__(self):
        return 'LinearRegression(slope=%r, intercept=%r)' % (self[0], self[1])

    def _asdict(self):
        return {'slope': self[0], 'intercept': self[1]}


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if proportional:
        sxy = fsum([xi * yi for xi, yi in zip(x, y)])
        sxx = fsum([xi * xi for xi in x])
    else:
        xbar = fsum(x) / n
        ybar = fsum(y) / n
        sxy = fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
        sxx = fsum([(xi - xbar) * (xi - xbar) for xi in x])
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
