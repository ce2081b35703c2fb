/*
 * mathmodule.c — the math module: every function and constant of CPython 3.11's math module.
 *
 * The rules are CPython's, function by function, so that results and errors agree exactly:
 *  - Functions of one float go through math_1: the argument converts like PyFloat_AsDouble
 *    ("must be real number, not str"); a NaN result from a non-NaN argument is a ValueError
 *    ("math domain error"); an infinite result from a finite argument is an OverflowError ("math
 *    range error") for functions that can overflow and a ValueError for singularities.
 *  - libm does the arithmetic where CPython uses libm (sin, exp, erf, ...), so the results are the
 *    same bits on the same machine; where CPython has its own algorithm (gamma and lgamma by
 *    Lanczos' approximation, remainder, atan2's special cases, hypot/dist's vector norm, fsum's
 *    exact partial sums, log of huge ints) this file follows that algorithm step by step.
 *  - Integer functions (factorial, gcd, lcm, isqrt, comb, perm) take arguments through __index__
 *    and compute with GMP.
 */
#include "numbers.h"

#include <errno.h>
#include <float.h>
#include <limits.h>
#include <string.h>

/* ========================================================================================== */
/* MARK: Arguments and errors                                                                  */
/* ========================================================================================== */

/* A float argument: exact floats and small ints inline, everything else as PyFloat_AsDouble. */
static inline int arg_double(AdValue v, double *out) {
    if (ad_is_small(v)) {
        *out = (double)ad_small_val(v);
        return 0;
    }
    if (AD_OBJ(v)->type == &ad_float_type) {
        *out = ad_float_val(v);
        return 0;
    }
    *out = ad_num_as_double(v);
    return *out == -1.0 && ad_err_occurred() ? -1 : 0;
}

/* METH_O: "math.sqrt() takes exactly one argument (2 given)". */
static int one_arg(const char *qualname, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs(qualname, kwnames) < 0) return -1;
    return ad_check_nargs(qualname, nargs, 1, 1);
}

/* Positional-only pairs: "math.pow() takes no keyword arguments", "pow expected 2 arguments, got 1". */
static int two_args(const char *name, size_t nargs, AdValue kwnames) {
    if (kwnames && ad_tuple_len(kwnames) > 0)
        return ad_err_format(&ad_TypeError, "math.%s() takes no keyword arguments", name), -1;
    return ad_check_nargs(name, nargs, 2, 2);
}

static AdValue domain_error(void) { return ad_err_set(&ad_ValueError, "math domain error"); }
static AdValue range_error(void) { return ad_err_set(&ad_OverflowError, "math range error"); }

/* Turn a nonzero errno after a libm call into an exception: 1, or 0 when it is to be ignored
 * (ERANGE on underflow, that is, for results below 1.5 in magnitude). */
static int is_error(double r) {
    if (errno == EDOM) {
        domain_error();
        return 1;
    }
    if (errno == ERANGE) {
        if (fabs(r) < 1.5) return 0;
        range_error();
        return 1;
    }
    domain_error();
    return 1;
}

/* math_1: a libm function of one double with CPython's error rules. */
static AdValue math_1(const char *qualname, const AdValue *args, size_t nargs, AdValue kwnames,
                      double (*fn)(double), int can_overflow) {
    double x;
    if (one_arg(qualname, nargs, kwnames) < 0 || arg_double(args[0], &x) < 0) return AD_ERROR;
    errno = 0;
    double r = fn(x);
    if (isnan(r) && !isnan(x)) return domain_error();
    if (isinf(r) && isfinite(x)) return can_overflow ? range_error() : domain_error();
    if (isfinite(r) && errno && is_error(r)) return AD_ERROR;
    return ad_float(r);
}

/* math_1a: for functions that set errno themselves (erf, erfc, gamma, lgamma). */
static AdValue math_1a(const char *qualname, const AdValue *args, size_t nargs, AdValue kwnames,
                       double (*fn)(double)) {
    double x;
    if (one_arg(qualname, nargs, kwnames) < 0 || arg_double(args[0], &x) < 0) return AD_ERROR;
    errno = 0;
    double r = fn(x);
    if (errno && is_error(r)) return AD_ERROR;
    return ad_float(r);
}

/* math_2: a function of two doubles with CPython's error rules. */
static AdValue math_2(const char *name, const AdValue *args, size_t nargs, AdValue kwnames,
                      double (*fn)(double, double)) {
    double x, y;
    if (two_args(name, nargs, kwnames) < 0 || arg_double(args[0], &x) < 0 || arg_double(args[1], &y) < 0)
        return AD_ERROR;
    errno = 0;
    double r = fn(x, y);
    if (isnan(r)) errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    else if (isinf(r)) errno = isfinite(x) && isfinite(y) ? ERANGE : 0;
    if (errno && is_error(r)) return AD_ERROR;
    return ad_float(r);
}

#define FUNC1(name, fn, can_overflow)                                                           \
    static AdValue math_##name(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {  \
        return math_1("math." #name, args, nargs, kwnames, fn, can_overflow);                   \
    }
#define FUNC1A(name, fn)                                                                        \
    static AdValue math_##name(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {  \
        return math_1a("math." #name, args, nargs, kwnames, fn);                                \
    }
#define FUNC2(name, fn)                                                                         \
    static AdValue math_##name(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {  \
        return math_2(#name, args, nargs, kwnames, fn);                                         \
    }

/* ========================================================================================== */
/* MARK: CPython's own algorithms: sinpi, gamma, lgamma, atan2, remainder                      */
/* ========================================================================================== */

static const double pi = 3.141592653589793238462643383279502884197;
static const double logpi = 1.144729885849400174143427351353058711647;

/* sin(pi * x), accurate for integral and near-integral x (finite x only). */
static double sinpi(double x) {
    double y = fmod(fabs(x), 2.0), r;
    switch ((int)round(2.0 * y)) {
    case 0: r = sin(pi * y); break;
    case 1: r = cos(pi * (y - 0.5)); break;
    case 2: r = sin(pi * (1.0 - y)); break;  /* not -sin(pi*(y-1.0)): that gives -0.0 at y == 1 */
    case 3: r = -cos(pi * (y - 1.5)); break;
    default: r = sin(pi * (y - 2.0)); break;
    }
    return copysign(1.0, x) * r;
}

/*
 * The Lanczos approximation with N = 13 and g = 6.024680040776729583740234375, written as a
 * rational function (the parameters CPython uses, which it takes from Boost); gamma of small
 * positive integers comes from a table of exact values.
 */
#define LANCZOS_N 13
static const double lanczos_g = 6.024680040776729583740234375;
static const double lanczos_g_minus_half = 5.524680040776729583740234375;
static const double lanczos_num[LANCZOS_N] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
/* x * (x+1) * ... * (x+11) as a polynomial in x. */
static const double lanczos_den[LANCZOS_N] = {
    0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
    13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0,
};
#define NGAMMA_INTEGRAL 23
static const double gamma_integral[NGAMMA_INTEGRAL] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};

/* The rational Lanczos sum for x > 0; in 1/x past 5 so that large x cannot overflow. */
static double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    if (x < 5.0) {
        for (int i = LANCZOS_N; --i >= 0;) {
            num = num * x + lanczos_num[i];
            den = den * x + lanczos_den[i];
        }
    } else {
        for (int i = 0; i < LANCZOS_N; i++) {
            num = num / x + lanczos_num[i];
            den = den / x + lanczos_den[i];
        }
    }
    return num / den;
}

static double m_tgamma(double x) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return copysign(HUGE_VAL, x);
    }
    if (x == floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= NGAMMA_INTEGRAL) return gamma_integral[(int)x - 1];
    }
    double absx = fabs(x);
    if (absx < 1e-20) {
        double r = 1.0 / x;
        if (isinf(r)) errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) return 0.0 / sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    double y = absx + lanczos_g_minus_half, z;
    /* The rounding error of y, carried as a correction (e * g / y) of the result. */
    if (absx > lanczos_g_minus_half) {
        double q = y - absx;
        z = q - lanczos_g_minus_half;
    } else {
        double q = y - lanczos_g_minus_half;
        z = q - absx;
    }
    z = z * lanczos_g / y;
    double r;
    if (x < 0.0) {
        r = -pi / sinpi(absx) / absx * exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= pow(y, absx - 0.5);
        } else {
            double sqrtpow = pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (isinf(r)) errno = ERANGE;
    return r;
}

static double m_lgamma(double x) {
    if (!isfinite(x)) return isnan(x) ? x : HUGE_VAL;
    if (x == floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = fabs(x);
    if (absx < 1e-20) return -log(absx);
    double r = log(lanczos_sum(absx)) - lanczos_g;
    r += (absx - 0.5) * (log(absx + lanczos_g - 0.5) - 1);
    if (x < 0.0) r = logpi - log(fabs(sinpi(absx))) - log(absx) - r;
    if (isinf(r)) errno = ERANGE;
    return r;
}

static double m_atan2(double y, double x) {
    if (isnan(x) || isnan(y)) return NAN;
    if (isinf(y)) {
        if (isinf(x)) return copysign(copysign(1.0, x) == 1.0 ? 0.25 * pi : 0.75 * pi, y);
        return copysign(0.5 * pi, y);
    }
    if (isinf(x) || y == 0.0) return copysign(copysign(1.0, x) == 1.0 ? 0.0 : pi, y);
    return atan2(y, x);
}

/* IEEE remainder: x - n*y for the nearest multiple n*y, ties to even n; always exact. */
static double m_remainder(double x, double y) {
    if (isfinite(x) && isfinite(y)) {
        if (y == 0.0) return NAN;
        double absx = fabs(x), absy = fabs(y), m = fmod(absx, absy);
        /* Compare m with absy - m rather than with absy / 2, which may not be exact. */
        double c = absy - m, r;
        if (m < c) r = m;
        else if (m > c) r = -c;
        else r = m - 2.0 * fmod(0.5 * (absx - m), absy);
        return copysign(1.0, x) * r;
    }
    if (isnan(x)) return x;
    if (isnan(y)) return y;
    if (isinf(x)) return NAN;
    return x;
}

static double m_log(double x) {
    if (isfinite(x)) {
        if (x > 0.0) return log(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
}

static double m_log2(double x) {
    if (!isfinite(x)) {
        if (isnan(x) || x > 0.0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x > 0.0) return log2(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
}

static double m_log10(double x) {
    if (isfinite(x)) {
        if (x > 0.0) return log10(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
}

/* ========================================================================================== */
/* MARK: Functions of floats                                                                   */
/* ========================================================================================== */

FUNC1(acos, acos, 0)
FUNC1(acosh, acosh, 0)
FUNC1(asin, asin, 0)
FUNC1(asinh, asinh, 0)
FUNC1(atan, atan, 0)
FUNC2(atan2, m_atan2)
FUNC1(atanh, atanh, 0)
FUNC1(cbrt, cbrt, 0)
FUNC2(copysign, copysign)
FUNC1(cos, cos, 0)
FUNC1(cosh, cosh, 1)
FUNC1A(erf, erf)
FUNC1A(erfc, erfc)
FUNC1(exp, exp, 1)
FUNC1(exp2, exp2, 1)
FUNC1(expm1, expm1, 1)
FUNC1(fabs, fabs, 0)
FUNC1A(gamma, m_tgamma)
FUNC1A(lgamma, m_lgamma)
FUNC1(log1p, log1p, 0)
FUNC2(remainder, m_remainder)
FUNC1(sin, sin, 0)
FUNC1(sinh, sinh, 1)
FUNC1(sqrt, sqrt, 0)
FUNC1(tan, tan, 0)
FUNC1(tanh, tanh, 0)

static AdValue math_fmod(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    double x, y;
    if (two_args("fmod", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0 || arg_double(args[1], &y) < 0)
        return AD_ERROR;
    if (isinf(y) && isfinite(x)) return ad_float(x);
    errno = 0;
    double r = fmod(x, y);
    if (isnan(r)) errno = !isnan(x) && !isnan(y) ? EDOM : 0;
    if (errno && is_error(r)) return AD_ERROR;
    return ad_float(r);
}

static AdValue math_pow(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    double x, y, r = 0.0;
    if (two_args("pow", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0 || arg_double(args[1], &y) < 0)
        return AD_ERROR;
    errno = 0;
    if (!isfinite(x) || !isfinite(y)) {
        if (isnan(x)) {
            r = y == 0.0 ? 1.0 : x;
        } else if (isnan(y)) {
            r = x == 1.0 ? 1.0 : y;
        } else if (isinf(x)) {
            int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
            if (y > 0.0) r = odd_y ? x : fabs(x);
            else if (y == 0.0) r = 1.0;
            else r = odd_y ? copysign(0.0, x) : 0.0;
        } else {
            if (fabs(x) == 1.0) r = 1.0;
            else if (y > 0.0 && fabs(x) > 1.0) r = y;
            else if (y < 0.0 && fabs(x) < 1.0) r = -y;
            else r = 0.0;
        }
    } else {
        r = pow(x, y);
        if (!isfinite(r)) {
            if (isnan(r)) errno = EDOM;
            else errno = x == 0.0 ? EDOM : ERANGE;
        }
    }
    if (errno && is_error(r)) return AD_ERROR;
    return ad_float(r);
}

static AdValue math_ldexp(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    double x;
    if (two_args("ldexp", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0) return AD_ERROR;
    if (!ad_num_is_int(args[1])) return ad_err_set(&ad_TypeError, "Expected an int as second argument to ldexp.");
    int64_t e;
    if (ad_int_to_i64(args[1], &e) < 0) e = ad_int_sign(args[1]) < 0 ? INT64_MIN : INT64_MAX;
    double r;
    errno = 0;
    if (x == 0.0 || !isfinite(x)) {
        r = x;
    } else if (e > INT_MAX) {
        r = copysign(HUGE_VAL, x);
        errno = ERANGE;
    } else if (e < INT_MIN) {
        r = copysign(0.0, x);
    } else {
        r = ldexp(x, (int)e);
        if (isinf(r)) errno = ERANGE;
    }
    if (errno && is_error(r)) return AD_ERROR;
    return ad_float(r);
}

static AdValue float_pair(double a, double b) {
    AdValue items[2] = {ad_float(a), ad_float(b)};
    return ad_tuple_from_array(items, 2);
}

static AdValue math_frexp(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    double x;
    if (one_arg("math.frexp", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0) return AD_ERROR;
    int e = 0;
    if (isfinite(x) && x != 0.0) x = frexp(x, &e);
    AdValue items[2] = {ad_float(x), ad_small(e)};
    return ad_tuple_from_array(items, 2);
}

static AdValue math_modf(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    double x;
    if (one_arg("math.modf", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0) return AD_ERROR;
    if (isinf(x)) return float_pair(copysign(0.0, x), x);
    if (isnan(x)) return float_pair(x, x);
    double ipart;
    double frac = modf(x, &ipart);
    return float_pair(frac, ipart);
}

static const double deg_to_rad = 3.141592653589793238462643383279502884197 / 180.0;
static const double rad_to_deg = 180.0 / 3.141592653589793238462643383279502884197;

static AdValue math_degrees(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    double x;
    if (one_arg("math.degrees", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0) return AD_ERROR;
    return ad_float(x * rad_to_deg);
}

static AdValue math_radians(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    double x;
    if (one_arg("math.radians", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0) return AD_ERROR;
    return ad_float(x * deg_to_rad);
}

static AdValue math_isfinite(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    double x;
    if (one_arg("math.isfinite", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0) return AD_ERROR;
    return ad_bool(isfinite(x));
}

static AdValue math_isinf(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    double x;
    if (one_arg("math.isinf", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0) return AD_ERROR;
    return ad_bool(isinf(x));
}

static AdValue math_isnan(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    double x;
    if (one_arg("math.isnan", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0) return AD_ERROR;
    return ad_bool(isnan(x));
}

static AdValue math_isclose(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[4];
    if (ad_parse_args("isclose", args, nargs, kwnames, "a,b|$rel_tol,$abs_tol", a) < 0) return AD_ERROR;
    double x, y, rel_tol = 1e-09, abs_tol = 0.0;
    if (arg_double(a[0], &x) < 0 || arg_double(a[1], &y) < 0) return AD_ERROR;
    if (a[2] && arg_double(a[2], &rel_tol) < 0) return AD_ERROR;
    if (a[3] && arg_double(a[3], &abs_tol) < 0) return AD_ERROR;
    if (rel_tol < 0.0 || abs_tol < 0.0) return ad_err_set(&ad_ValueError, "tolerances must be non-negative");
    if (x == y) return AD_TRUE;
    if (isinf(x) || isinf(y)) return AD_FALSE;
    double diff = fabs(y - x);
    return ad_bool(diff <= fabs(rel_tol * y) || diff <= fabs(rel_tol * x) || diff <= abs_tol);
}

static AdValue math_nextafter(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    double x, y;
    if (two_args("nextafter", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0 || arg_double(args[1], &y) < 0)
        return AD_ERROR;
    return ad_float(nextafter(x, y));
}

static AdValue math_ulp(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    double x;
    if (one_arg("math.ulp", nargs, kwnames) < 0 || arg_double(args[0], &x) < 0) return AD_ERROR;
    if (isnan(x)) return ad_float(x);
    x = fabs(x);
    if (isinf(x)) return ad_float(x);
    double next = nextafter(x, INFINITY);
    if (isinf(next)) return ad_float(x - nextafter(x, -INFINITY));
    return ad_float(next - x);
}

/* ========================================================================================== */
/* MARK: floor, ceil, trunc                                                                    */
/* ========================================================================================== */

/* Call a special method (looked up on the type) with no arguments; 0 with no error when the
 * type does not have it. */
static AdValue call_special(AdValue x, const char *name) {
    AdValue key = ad_str_intern_cstr(name);
    if (!ad_type_lookup(ad_type(x), key)) return 0;
    return ad_call_method(x, key, NULL, 0, 0);
}

static int is_exact_float(AdValue v) { return !ad_is_small(v) && AD_OBJ(v)->type == &ad_float_type; }
static int is_exact_int(AdValue v) {
    return ad_is_small(v) || AD_OBJ(v)->type == &ad_int_type || AD_OBJ(v)->type == &ad_bool_type;
}

static AdValue rounding_function(const char *qualname, const char *special, double (*fn)(double),
                                 const AdValue *args, size_t nargs, AdValue kwnames) {
    if (one_arg(qualname, nargs, kwnames) < 0) return AD_ERROR;
    AdValue x = args[0];
    if (is_exact_float(x)) return ad_int_from_double(fn(ad_float_val(x)));
    if (is_exact_int(x)) return ad_int_exact(x);
    AdValue r = call_special(x, special);
    if (r || ad_err_occurred()) return r;
    double d = ad_num_as_double(x);
    if (d == -1.0 && ad_err_occurred()) return AD_ERROR;
    return ad_int_from_double(fn(d));
}

static AdValue math_floor(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    return rounding_function("math.floor", "__floor__", floor, args, nargs, kwnames);
}

static AdValue math_ceil(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    return rounding_function("math.ceil", "__ceil__", ceil, args, nargs, kwnames);
}

static AdValue math_trunc(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (one_arg("math.trunc", nargs, kwnames) < 0) return AD_ERROR;
    AdValue x = args[0];
    if (is_exact_float(x)) return ad_int_from_double(ad_float_val(x));
    if (is_exact_int(x)) return ad_int_exact(x);
    AdValue r = call_special(x, "__trunc__");
    if (r || ad_err_occurred()) return r;
    return ad_err_format(&ad_TypeError, "type %s doesn't define __trunc__ method", ad_type(x)->name);
}

/* ========================================================================================== */
/* MARK: Logarithms                                                                            */
/* ========================================================================================== */

/* |z| ≈ x × 2**e with x in [0.5, 1), x correctly rounded to 53 bits (CPython's _PyLong_Frexp). */
static double mpz_frexp(mpz_srcptr z, long *e) {
    long n = (long)mpz_sizeinbase(z, 2);
    mpz_t t;
    mpz_init(t);
    mpz_abs(t, z);
    /* Keep 55 bits and a sticky bit, then round half to even to 53. */
    int sticky = mpz_scan1(t, 0) < (mp_bitcnt_t)(n - 55);
    mpz_tdiv_q_2exp(t, t, (mp_bitcnt_t)(n - 55));
    uint64_t top = mpz_get_ui(t);
    ad_mpz_discard(t);
    uint64_t low = top & 3, q = top >> 2;
    if (low > 2 || (low == 2 && (sticky || (q & 1)))) q++;
    double x = ldexp((double)q, -53);
    if (x == 1.0) {
        x = 0.5;
        n++;
    }
    *e = n;
    return x;
}

/* log, log2 or log10 of a number; ints of any size are handled exactly (through frexp). */
static AdValue log_helper(const char *qualname, AdValue arg, double (*fn)(double)) {
    if (ad_num_is_int(arg)) {
        if (ad_int_sign(arg) <= 0) return domain_error();
        double x = ad_int_to_double(arg);
        if (x == -1.0 && ad_err_occurred()) {
            if (!ad_err_matches(&ad_OverflowError)) return AD_ERROR;
            ad_err_clear();
            long e;
            x = mpz_frexp(AD_AS(AdBigInt, arg)->z, &e);
            return ad_float(fn(x) + fn(2.0) * (double)e);
        }
        return ad_float(fn(x));
    }
    return math_1(qualname, &arg, 1, 0, fn, 0);
}

static AdValue math_log(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("log", kwnames) < 0) return AD_ERROR;
    if (nargs < 1 || nargs > 2) return ad_err_set(&ad_TypeError, "math.log requires 1 to 2 arguments");
    AdValue num = log_helper("math.log", args[0], m_log);
    if (!num || nargs == 1) return num;
    AdValue den = log_helper("math.log", args[1], m_log);
    if (!den) return AD_ERROR;
    double d = ad_float_val(den);
    if (d == 0.0) return ad_err_set(&ad_ZeroDivisionError, "float division by zero");
    return ad_float(ad_float_val(num) / d);
}

static AdValue math_log2(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (one_arg("math.log2", nargs, kwnames) < 0) return AD_ERROR;
    return log_helper("math.log2", args[0], m_log2);
}

static AdValue math_log10(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (one_arg("math.log10", nargs, kwnames) < 0) return AD_ERROR;
    return log_helper("math.log10", args[0], m_log10);
}

/* ========================================================================================== */
/* MARK: hypot, dist                                                                           */
/* ========================================================================================== */

/*
 * sqrt(sum(x**2 for x in vec)) as CPython 3.11 computes it: scale by a power of two so that the
 * largest element is in [0.5, 1), square each element exactly as hi**2 + 2*hi*lo + lo**2
 * (Veltkamp-Dekker splitting), accumulate with compensated (Neumaier) sums that start from 1.0,
 * then apply one differential correction to the square root. `max` is the largest |x|.
 */
static double vector_norm(size_t n, const double *vec, double max, int found_nan) {
    const double T27 = 134217729.0; /* 2**27 + 1 */
    double x, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0, t, hi, lo, h;
    int max_e;
    if (isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    frexp(max, &max_e);
    if (max_e >= -1023) {
        double scale = ldexp(1.0, -max_e);
        for (size_t i = 0; i < n; i++) {
            x = vec[i] * scale;
            t = x * T27;
            hi = t - (t - x);
            lo = x - hi;
            x = hi * hi;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = 2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            frac3 += lo * lo;
        }
        h = sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        x = h;
        t = x * T27;
        hi = t - (t - x);
        lo = x - hi;
        x = -hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = -2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        x = -lo * lo;
        oldcsum = csum;
        csum += x;
        frac3 += (oldcsum - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    /* Subnormal maxima: ldexp(1.0, -max_e) would overflow, so divide by max instead. */
    for (size_t i = 0; i < n; i++) {
        x = vec[i] / max;
        x = x * x;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
    }
    return max * sqrt(csum - 1.0 + frac1);
}

#define STACK_COORDS 16

static AdValue math_hypot(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("math.hypot", kwnames) < 0) return AD_ERROR;
    double on_stack[STACK_COORDS];
    double *coords = nargs > STACK_COORDS ? ad_alloc_atomic(nargs * sizeof(double)) : on_stack;
    double max = 0.0;
    int found_nan = 0;
    for (size_t i = 0; i < nargs; i++) {
        double x;
        if (arg_double(args[i], &x) < 0) return AD_ERROR;
        x = fabs(x);
        coords[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    return ad_float(vector_norm(nargs, coords, max, found_nan));
}

static AdValue as_tuple(AdValue v) {
    if (!ad_is_small(v) && ad_isinstance_type(v, &ad_tuple_type)) return v;
    return ad_tuple_from_iterable(v);
}

static AdValue math_dist(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (two_args("dist", nargs, kwnames) < 0) return AD_ERROR;
    AdValue p = as_tuple(args[0]);
    if (!p) return AD_ERROR;
    AdValue q = as_tuple(args[1]);
    if (!q) return AD_ERROR;
    size_t n = (size_t)ad_tuple_len(p);
    if ((size_t)ad_tuple_len(q) != n)
        return ad_err_set(&ad_ValueError, "both points must have the same number of dimensions");
    double on_stack[STACK_COORDS];
    double *diffs = n > STACK_COORDS ? ad_alloc_atomic(n * sizeof(double)) : on_stack;
    double max = 0.0;
    int found_nan = 0;
    for (size_t i = 0; i < n; i++) {
        double px, qx;
        if (arg_double(ad_tuple_get(p, (int64_t)i), &px) < 0 || arg_double(ad_tuple_get(q, (int64_t)i), &qx) < 0)
            return AD_ERROR;
        double x = fabs(px - qx);
        diffs[i] = x;
        found_nan |= isnan(x);
        if (x > max) max = x;
    }
    return ad_float(vector_norm(n, diffs, max, found_nan));
}

/* ========================================================================================== */
/* MARK: fsum, prod                                                                            */
/* ========================================================================================== */

/*
 * Shewchuk's exact summation as CPython's msum: `partials` holds non-overlapping partial sums in
 * increasing magnitude whose exact sum is the exact sum so far; the result is rounded once, with
 * a half-even correction across partials. Infinities and NaNs are summed on the side.
 */
static AdValue math_fsum(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (one_arg("math.fsum", nargs, kwnames) < 0) return AD_ERROR;
    AdValue it = ad_iter(args[0]);
    if (!it) return AD_ERROR;
    double on_stack[32];
    double *p = on_stack;
    size_t n = 0, cap = 32;
    double special_sum = 0.0, inf_sum = 0.0;
    volatile double hi, yr, lo = 0.0;
    for (;;) {
        AdValue item = ad_next(it);
        if (!item) return AD_ERROR;
        if (item == AD_STOP) break;
        double x, y, t;
        if (arg_double(item, &x) < 0) return AD_ERROR;
        double xsave = x;
        size_t i = 0;
        for (size_t j = 0; j < n; j++) {
            y = p[j];
            if (fabs(x) < fabs(y)) {
                t = x;
                x = y;
                y = t;
            }
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        n = i;
        if (x != 0.0) {
            if (!isfinite(x)) {
                /* From an inf or nan in the input, or from intermediate overflow. */
                if (isfinite(xsave)) return ad_err_set(&ad_OverflowError, "intermediate overflow in fsum");
                if (isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                n = 0;
            } else {
                if (n >= cap) {
                    double *bigger = ad_alloc_atomic(2 * cap * sizeof(double));
                    memcpy(bigger, p, n * sizeof(double));
                    p = bigger;
                    cap *= 2;
                }
                p[n++] = x;
            }
        }
    }
    if (special_sum != 0.0) {
        if (isnan(inf_sum)) return ad_err_set(&ad_ValueError, "-inf + inf in fsum");
        return ad_float(special_sum);
    }
    hi = 0.0;
    if (n > 0) {
        hi = p[--n];
        /* Add the partials from the top down while the sum stays exact. */
        while (n > 0) {
            double x = hi, y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        /* Half-even rounding across partials: sum([1e-16, 1, 1e16]) rounds up. */
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0, x = hi + y;
            yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return ad_float(hi);
}

static AdValue math_prod(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[2];
    if (ad_parse_args("prod", args, nargs, kwnames, "iterable/|$start", a) < 0) return AD_ERROR;
    AdValue it = ad_iter(a[0]);
    if (!it) return AD_ERROR;
    AdValue result = a[1] ? a[1] : ad_small(1);
    for (;;) {
        AdValue item = ad_next(it);
        if (!item) return AD_ERROR;
        if (item == AD_STOP) return result;
        if (ad_is_small(result) && ad_is_small(item)) result = ad_int_mul(result, item);
        else if (is_exact_float(result) && is_exact_float(item)) result = ad_float(ad_float_val(result) * ad_float_val(item));
        else result = ad_mul(result, item);
        if (!result) return AD_ERROR;
    }
}

/* ========================================================================================== */
/* MARK: Integer functions                                                                     */
/* ========================================================================================== */

static AdValue math_factorial(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (one_arg("math.factorial", nargs, kwnames) < 0) return AD_ERROR;
    AdValue i = ad_index(args[0]);
    if (!i) return AD_ERROR;
    int64_t x;
    if (ad_int_to_i64(i, &x) < 0) {
        if (ad_int_sign(i) > 0)
            return ad_err_format(&ad_OverflowError, "factorial() argument should not exceed %lld", (long long)INT64_MAX);
        x = -1;
    }
    if (x < 0) return ad_err_set(&ad_ValueError, "factorial() not defined for negative values");
    if (x <= 20) {
        int64_t f = 1;
        for (int64_t k = 2; k <= x; k++) f *= k;
        return ad_int_from_i64(f);
    }
    mpz_t r;
    mpz_init(r);
    mpz_fac_ui(r, (unsigned long)x);
    return ad_int_from_mpz(r);
}

static uint64_t gcd_u64(uint64_t a, uint64_t b) {
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static AdValue int_gcd(AdValue a, AdValue b) {
    int64_t x, y;
    if (ad_is_small(a) && ad_is_small(b) && ad_int_to_i64(a, &x) == 0 && ad_int_to_i64(b, &y) == 0)
        return ad_int_from_u64(gcd_u64(x < 0 ? -(uint64_t)x : (uint64_t)x, y < 0 ? -(uint64_t)y : (uint64_t)y));
    AdIntView va, vb;
    ad_int_view(a, &va);
    ad_int_view(b, &vb);
    mpz_t r;
    mpz_init(r);
    mpz_gcd(r, va.z, vb.z);
    return ad_int_from_mpz(r);
}

static AdValue int_lcm(AdValue a, AdValue b) {
    AdIntView va, vb;
    ad_int_view(a, &va);
    ad_int_view(b, &vb);
    mpz_t r;
    mpz_init(r);
    mpz_lcm(r, va.z, vb.z);
    return ad_int_from_mpz(r);
}

static AdValue math_gcd(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("math.gcd", kwnames) < 0) return AD_ERROR;
    if (nargs == 0) return ad_small(0);
    AdValue res = ad_index(args[0]);
    if (!res) return AD_ERROR;
    if (nargs == 1) return ad_abs(res);
    for (size_t i = 1; i < nargs; i++) {
        AdValue x = ad_index(args[i]);
        if (!x) return AD_ERROR;
        if (res != ad_small(1)) res = int_gcd(res, x);
    }
    return res;
}

static AdValue math_lcm(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("math.lcm", kwnames) < 0) return AD_ERROR;
    if (nargs == 0) return ad_small(1);
    AdValue res = ad_index(args[0]);
    if (!res) return AD_ERROR;
    if (nargs == 1) return ad_abs(res);
    for (size_t i = 1; i < nargs; i++) {
        AdValue x = ad_index(args[i]);
        if (!x) return AD_ERROR;
        if (res != ad_small(0)) res = int_lcm(res, x);
    }
    return res;
}

static AdValue math_isqrt(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (one_arg("math.isqrt", nargs, kwnames) < 0) return AD_ERROR;
    AdValue n = ad_index(args[0]);
    if (!n) return AD_ERROR;
    if (ad_int_sign(n) < 0) return ad_err_set(&ad_ValueError, "isqrt() argument must be nonnegative");
    int64_t x;
    if (ad_is_small(n) && ad_int_to_i64(n, &x) == 0) {
        uint64_t r = (uint64_t)sqrt((double)x);
        while (r * r > (uint64_t)x) r--;
        while ((r + 1) * (r + 1) <= (uint64_t)x) r++;
        return ad_small((int64_t)r);
    }
    AdIntView vn;
    ad_int_view(n, &vn);
    mpz_t r;
    mpz_init(r);
    mpz_sqrt(r, vn.z);
    return ad_int_from_mpz(r);
}

/* The index values of comb/perm arguments, checked non-negative. */
static int comb_args(const AdValue *args, AdValue *n, AdValue *k) {
    if (!(*n = ad_index(args[0])) || !(*k = ad_index(args[1]))) return -1;
    if (ad_int_sign(*n) < 0) {
        ad_err_set(&ad_ValueError, "n must be a non-negative integer");
        return -1;
    }
    if (ad_int_sign(*k) < 0) {
        ad_err_set(&ad_ValueError, "k must be a non-negative integer");
        return -1;
    }
    return 0;
}

static AdValue math_comb(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue n, k;
    if (two_args("comb", nargs, kwnames) < 0 || comb_args(args, &n, &k) < 0) return AD_ERROR;
    AdValue rest = ad_int_sub(n, k);
    if (!rest) return AD_ERROR;
    if (ad_int_sign(rest) < 0) return ad_small(0);
    if (ad_int_compare(rest, k) < 0) k = rest;
    int64_t kk;
    if (ad_int_to_i64(k, &kk) < 0)
        return ad_err_format(&ad_OverflowError, "min(n - k, k) must not exceed %lld", (long long)INT64_MAX);
    AdIntView vn;
    ad_int_view(n, &vn);
    mpz_t r;
    mpz_init(r);
    mpz_bin_ui(r, vn.z, (unsigned long)kk);
    return ad_int_from_mpz(r);
}

static AdValue math_perm(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (kwnames && ad_tuple_len(kwnames) > 0) return ad_err_set(&ad_TypeError, "math.perm() takes no keyword arguments");
    if (ad_check_nargs("perm", nargs, 1, 2) < 0) return AD_ERROR;
    if (nargs == 1 || args[1] == AD_NONE) return math_factorial(m, args, 1, 0);
    AdValue n, k;
    if (comb_args(args, &n, &k) < 0) return AD_ERROR;
    if (ad_int_compare(n, k) < 0) return ad_small(0);
    int64_t kk;
    if (ad_int_to_i64(k, &kk) < 0)
        return ad_err_format(&ad_OverflowError, "k must not exceed %lld", (long long)INT64_MAX);
    /* n! / (n-k)! = comb(n, k) * k! */
    AdIntView vn;
    ad_int_view(n, &vn);
    mpz_t r, f;
    mpz_init(r);
    mpz_init(f);
    mpz_bin_ui(r, vn.z, (unsigned long)kk);
    mpz_fac_ui(f, (unsigned long)kk);
    mpz_mul(r, r, f);
    ad_mpz_discard(f);
    return ad_int_from_mpz(r);
}

/* ========================================================================================== */
/* MARK: The module                                                                            */
/* ========================================================================================== */

static const AdMethodDef math_functions[] = {
    {"acos", math_acos, 0},
    {"acosh", math_acosh, 0},
    {"asin", math_asin, 0},
    {"asinh", math_asinh, 0},
    {"atan", math_atan, 0},
    {"atan2", math_atan2, 0},
    {"atanh", math_atanh, 0},
    {"cbrt", math_cbrt, 0},
    {"ceil", math_ceil, 0},
    {"copysign", math_copysign, 0},
    {"cos", math_cos, 0},
    {"cosh", math_cosh, 0},
    {"degrees", math_degrees, 0},
    {"dist", math_dist, 0},
    {"erf", math_erf, 0},
    {"erfc", math_erfc, 0},
    {"exp", math_exp, 0},
    {"exp2", math_exp2, 0},
    {"expm1", math_expm1, 0},
    {"fabs", math_fabs, 0},
    {"factorial", math_factorial, 0},
    {"floor", math_floor, 0},
    {"fmod", math_fmod, 0},
    {"frexp", math_frexp, 0},
    {"fsum", math_fsum, 0},
    {"gamma", math_gamma, 0},
    {"gcd", math_gcd, 0},
    {"hypot", math_hypot, 0},
    {"isclose", math_isclose, 0},
    {"isfinite", math_isfinite, 0},
    {"isinf", math_isinf, 0},
    {"isnan", math_isnan, 0},
    {"isqrt", math_isqrt, 0},
    {"lcm", math_lcm, 0},
    {"ldexp", math_ldexp, 0},
    {"lgamma", math_lgamma, 0},
    {"log", math_log, 0},
    {"log1p", math_log1p, 0},
    {"log10", math_log10, 0},
    {"log2", math_log2, 0},
    {"modf", math_modf, 0},
    {"pow", math_pow, 0},
    {"radians", math_radians, 0},
    {"remainder", math_remainder, 0},
    {"sin", math_sin, 0},
    {"sinh", math_sinh, 0},
    {"sqrt", math_sqrt, 0},
    {"tan", math_tan, 0},
    {"tanh", math_tanh, 0},
    {"trunc", math_trunc, 0},
    {"prod", math_prod, 0},
    {"perm", math_perm, 0},
    {"comb", math_comb, 0},
    {"nextafter", math_nextafter, 0},
    {"ulp", math_ulp, 0},
    {NULL, NULL, 0},
};

AdValue ad_math_module_create(void) {
    AdValue m = ad_module_new("math");
    ad_module_add_functions(m, math_functions);
    ad_module_add(m, "pi", ad_float(3.141592653589793));
    ad_module_add(m, "e", ad_float(2.718281828459045));
    ad_module_add(m, "tau", ad_float(6.283185307179586));
    ad_module_add(m, "inf", ad_float(INFINITY));
    ad_module_add(m, "nan", ad_float(NAN));
    return m;
}
