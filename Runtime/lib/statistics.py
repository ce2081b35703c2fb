"""Basic statistics of numeric data (CPython's statistics module, for int, bool, float and Fraction data),
and NormalDist.

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
    'NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
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


# ---- the normal distribution -------------------------------------------------------------------

# Wichura's algorithm AS241 (Applied Statistics 37, 1988) for the inverse of the normal CDF:
# rational approximations in three regions, coefficients highest degree first.
_AS241_CENTRAL_NUM = (2.5090809287301226727e+3, 3.3430575583588128105e+4, 6.7265770927008700853e+4,
                      4.5921953931549871457e+4, 1.3731693765509461125e+4, 1.9715909503065514427e+3,
                      1.3314166789178437745e+2, 3.3871328727963666080e+0)
_AS241_CENTRAL_DEN = (5.2264952788528545610e+3, 2.8729085735721942674e+4, 3.9307895800092710610e+4,
                      2.1213794301586595867e+4, 5.3941960214247511077e+3, 6.8718700749205790830e+2,
                      4.2313330701600911252e+1, 1.0)
_AS241_NEAR_NUM = (7.74545014278341407640e-4, 2.27238449892691845833e-2, 2.41780725177450611770e-1,
                   1.27045825245236838258e+0, 3.64784832476320460504e+0, 5.76949722146069140550e+0,
                   4.63033784615654529590e+0, 1.42343711074968357734e+0)
_AS241_NEAR_DEN = (1.05075007164441684324e-9, 5.47593808499534494600e-4, 1.51986665636164571966e-2,
                   1.48103976427480074590e-1, 6.89767334985100004550e-1, 1.67638483018380384940e+0,
                   2.05319162663775882187e+0, 1.0)
_AS241_TAIL_NUM = (2.01033439929228813265e-7, 2.71155556874348757815e-5, 1.24266094738807843860e-3,
                   2.65321895265761230930e-2, 2.96560571828504891230e-1, 1.78482653991729133580e+0,
                   5.46378491116411436990e+0, 6.65790464350110377720e+0)
_AS241_TAIL_DEN = (2.04426310338993978564e-15, 1.42151175831644588870e-7, 1.84631831751005468180e-5,
                   7.86869131145613259100e-4, 1.48753612908506148525e-2, 1.36929880922735805310e-1,
                   5.99832206555887937690e-1, 1.0)


def _horner(coefficients, r):
    acc = coefficients[0]
    for c in coefficients[1:]:
        acc = acc * r + c
    return acc


def _normal_dist_inv_cdf(p, mu, sigma):
    q = p - 0.5
    if math.fabs(q) <= 0.425:
        r = 0.180625 - q * q
        x = _horner(_AS241_CENTRAL_NUM, r) * q / _horner(_AS241_CENTRAL_DEN, r)
        return mu + (x * sigma)
    r = p if q <= 0.0 else 1.0 - p
    r = sqrt(-log(r))
    if r <= 5.0:
        r = r - 1.6
        x = _horner(_AS241_NEAR_NUM, r) / _horner(_AS241_NEAR_DEN, r)
    else:
        r = r - 5.0
        x = _horner(_AS241_TAIL_NUM, r) / _horner(_AS241_TAIL_DEN, r)
    if q < 0.0:
        x = -x
    return mu + (x * sigma)


_SQRT2 = sqrt(2.0)


class NormalDist:
    "Normal distribution of a random variable"

    __slots__ = ('_mu', '_sigma')

    def __init__(self, mu=0.0, sigma=1.0):
        "NormalDist where mu is the mean and sigma is the standard deviation."
        if sigma < 0.0:
            raise StatisticsError('sigma must be non-negative')
        self._mu = float(mu)
        self._sigma = float(sigma)

    @classmethod
    def from_samples(cls, data):
        "Make a normal distribution instance from sample data."
        T, ss, xbar, n = _sum_of_squares(data)
        if n < 2:
            raise StatisticsError('stdev requires at least two data points')
        mss = _divide(ss, n - 1)
        mean = xbar[0] / xbar[1] if isinstance(xbar, tuple) else float(xbar)
        return cls(mean, _sqrt_of(mss))

    def samples(self, n, *, seed=None):
        "Generate *n* samples for a given mean and standard deviation."
        import random
        gauss = random.gauss if seed is None else random.Random(seed).gauss
        mu, sigma = self._mu, self._sigma
        return [gauss(mu, sigma) for i in range(n)]

    def pdf(self, x):
        "Probability density function.  P(x <= X < x+dx) / dx"
        variance = self._sigma * self._sigma
        if not variance:
            raise StatisticsError('pdf() not defined when sigma is zero')
        diff = x - self._mu
        return exp(diff * diff / (-2.0 * variance)) / sqrt(math.tau * variance)

    def cdf(self, x):
        "Cumulative distribution function.  P(X <= x)"
        if not self._sigma:
            raise StatisticsError('cdf() not defined when sigma is zero')
        return 0.5 * (1.0 + math.erf((x - self._mu) / (self._sigma * _SQRT2)))

    def inv_cdf(self, p):
        """Inverse cumulative distribution function: x : P(X <= x) = p."""
        if p <= 0.0 or p >= 1.0:
            raise StatisticsError('p must be in the range 0.0 < p < 1.0')
        if self._sigma <= 0.0:
            raise StatisticsError('cdf() not defined when sigma at or below zero')
        return _normal_dist_inv_cdf(p, self._mu, self._sigma)

    def quantiles(self, n=4):
        """Divide into *n* continuous intervals with equal probability."""
        return [self.inv_cdf(i / n) for i in range(1, n)]

    def overlap(self, other):
        """Overlapping coefficient between two normal distributions."""
        if not isinstance(other, NormalDist):
            raise TypeError('Expected another NormalDist instance')
        X, Y = self, other
        if (Y._sigma, Y._mu) < (X._sigma, X._mu):
            X, Y = Y, X
        X_var, Y_var = X.variance, Y.variance
        if not X_var or not Y_var:
            raise StatisticsError('overlap() not defined when sigma is zero')
        dv = Y_var - X_var
        dm = math.fabs(Y._mu - X._mu)
        if not dv:
            return 1.0 - math.erf(dm / (2.0 * X._sigma * _SQRT2))
        a = X._mu * Y_var - Y._mu * X_var
        b = X._sigma * Y._sigma * sqrt(dm * dm + dv * log(Y_var / X_var))
        x1 = (a + b) / dv
        x2 = (a - b) / dv
        return 1.0 - (math.fabs(Y.cdf(x1) - X.cdf(x1)) + math.fabs(Y.cdf(x2) - X.cdf(x2)))

    def zscore(self, x):
        """Compute the Standard Score.  (x - mean) / stdev"""
        if not self._sigma:
            raise StatisticsError('zscore() not defined when sigma is zero')
        return (x - self._mu) / self._sigma

    @property
    def mean(self):
        "Arithmetic mean of the normal distribution."
        return self._mu

    @property
    def median(self):
        "Return the median of the normal distribution"
        return self._mu

    @property
    def mode(self):
        """Return the mode of the normal distribution"""
        return self._mu

    @property
    def stdev(self):
        "Standard deviation of the normal distribution."
        return self._sigma

    @property
    def variance(self):
        "Square of the standard deviation."
        return self._sigma * self._sigma

    def __add__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu + x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu + x2, x1._sigma)

    def __sub__(x1, x2):
        if isinstance(x2, NormalDist):
            return NormalDist(x1._mu - x2._mu, math.hypot(x1._sigma, x2._sigma))
        return NormalDist(x1._mu - x2, x1._sigma)

    def __mul__(x1, x2):
        return NormalDist(x1._mu * x2, x1._sigma * math.fabs(x2))

    def __truediv__(x1, x2):
        return NormalDist(x1._mu / x2, x1._sigma / math.fabs(x2))

    def __pos__(x1):
        return NormalDist(x1._mu, x1._sigma)

    def __neg__(x1):
        return NormalDist(-x1._mu, x1._sigma)

    __radd__ = __add__

    def __rsub__(x1, x2):
        return -(x1 - x2)

    __rmul__ = __mul__

    def __eq__(x1, x2):
        if not isinstance(x2, NormalDist):
            return NotImplemented
        return x1._mu == x2._mu and x1._sigma == x2._sigma

    def __hash__(self):
        return hash((self._mu, self._sigma))

    def __repr__(self):
        return f'{type(self).__name__}(mu={self._mu!r}, sigma={self._sigma!r})'

    def __getstate__(self):
        return self._mu, self._sigma

    def __setstate__(self, state):
        self._mu, self._sigma = state
