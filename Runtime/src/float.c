/*
 * float.c — Python's float: boxing, arithmetic, exact comparison with ints, hashing, float(),
 * round() and the float methods.
 *
 * Invariants:
 *  - A float is an AdFloat (or an instance of a subclass with the same prefix) in pointer-free
 *    memory; the IR keeps unboxed doubles wherever it can, so boxing is one atomic allocation.
 *  - Number slots accept (float, float), (float, int) and (int, float) in either order and return
 *    AD_NOTIMPL for anything else, as CPython's float_as_number does; an int operand converts to
 *    the nearest double ("int too large to convert to float").
 *  - Comparisons between floats and ints are exact (2**53 + 1 != 2.0**53), as in CPython.
 *  - The arithmetic is CPython's, operation by operation (its floor-division and modulo
 *    corrections around fmod, its special cases of pow), so that results agree to the last bit.
 */
#include "numbers.h"

#include <errno.h>
#include <float.h>
#include <string.h>

AdValue ad_float(double d) {
    AdFloat *f = ad_alloc_atomic(sizeof(AdFloat));
    f->ob.type = &ad_float_type;
    f->value = d;
    return AD_VAL(f);
}

/* A float value of `type` (a subclass of float, or float itself). */
static AdValue float_of_type(AdType *type, double d) {
    if (type == &ad_float_type) return ad_float(d);
    AdFloat *f = (AdFloat *)ad_new_object(type, type->instance_size);
    f->value = d;
    return AD_VAL(f);
}

/* The operand of a float operation as a double: 1, 0 when it is not a float or an int (the
 * slot returns NotImplemented), -1 on error. */
static inline int operand_double(AdValue v, double *out) {
    if (ad_is_small(v)) {
        *out = (double)ad_small_val(v);
        return 1;
    }
    if (ad_num_is_float(v)) {
        *out = ad_float_val(v);
        return 1;
    }
    if (ad_num_is_int(v)) {
        *out = ad_int_to_double(v);
        return *out == -1.0 && ad_err_occurred() ? -1 : 1;
    }
    return 0;
}

#define FLOAT_OPERANDS(a, b, x, y)                                      \
    double x, y;                                                        \
    do {                                                                \
        int ra_ = operand_double(a, &x);                                \
        if (ra_ <= 0) return ra_ == 0 ? AD_NOTIMPL : AD_ERROR;          \
        int rb_ = operand_double(b, &y);                                \
        if (rb_ <= 0) return rb_ == 0 ? AD_NOTIMPL : AD_ERROR;          \
    } while (0)

/* ========================================================================================== */
/* MARK: Arithmetic                                                                            */
/* ========================================================================================== */

static AdValue float_add(AdValue a, AdValue b) {
    FLOAT_OPERANDS(a, b, x, y);
    return ad_float(x + y);
}

static AdValue float_sub(AdValue a, AdValue b) {
    FLOAT_OPERANDS(a, b, x, y);
    return ad_float(x - y);
}

static AdValue float_mul(AdValue a, AdValue b) {
    FLOAT_OPERANDS(a, b, x, y);
    return ad_float(x * y);
}

static AdValue float_truediv(AdValue a, AdValue b) {
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return ad_err_set(&ad_ZeroDivisionError, "float division by zero");
    return ad_float(x / y);
}

static double float_mod_d(double x, double y) {
    double mod = fmod(x, y);
    if (mod) {
        if ((y < 0) != (mod < 0)) mod += y;
    } else {
        mod = copysign(0.0, y);
    }
    return mod;
}

/* CPython's _float_div_mod: floor of the quotient and the matching remainder. */
static void float_divmod_d(double x, double y, double *floordiv, double *mod) {
    double m = fmod(x, y);
    double div = (x - m) / y;
    if (m) {
        if ((y < 0) != (m < 0)) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, y);
    }
    if (div) {
        double f = floor(div);
        if (div - f > 0.5) f += 1.0;
        *floordiv = f;
    } else {
        *floordiv = copysign(0.0, x / y);
    }
    *mod = m;
}

static AdValue float_mod(AdValue a, AdValue b) {
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return ad_err_set(&ad_ZeroDivisionError, "float modulo");
    return ad_float(float_mod_d(x, y));
}

static AdValue float_floordiv(AdValue a, AdValue b) {
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return ad_err_set(&ad_ZeroDivisionError, "float floor division by zero");
    double q, m;
    float_divmod_d(x, y, &q, &m);
    return ad_float(q);
}

static AdValue float_divmod(AdValue a, AdValue b) {
    FLOAT_OPERANDS(a, b, x, y);
    if (y == 0.0) return ad_err_set(&ad_ZeroDivisionError, "float divmod()");
    double q, m;
    float_divmod_d(x, y, &q, &m);
    AdValue items[2] = {ad_float(q), ad_float(m)};
    return ad_tuple_from_array(items, 2);
}

static int is_odd_integer(double x) { return fmod(fabs(x), 2.0) == 1.0; }

static AdValue range_error(void) {
    AdValue args[2] = {ad_small(ERANGE), ad_str_from_cstr(strerror(ERANGE))};
    return ad_err_set_object(ad_exception_new(&ad_OverflowError, args, 2));
}

AdValue ad_float_pow_dd(double x, double y) {
    if (y == 0.0) return ad_float(1.0);
    if (isnan(x)) return ad_float(x);
    if (isnan(y)) return ad_float(x == 1.0 ? 1.0 : y);
    if (isinf(y)) {
        double ax = fabs(x);
        if (ax == 1.0) return ad_float(1.0);
        if ((y > 0.0) == (ax > 1.0)) return ad_float(fabs(y));
        return ad_float(0.0);
    }
    if (isinf(x)) {
        int odd = is_odd_integer(y);
        if (y > 0.0) return ad_float(odd ? x : fabs(x));
        return ad_float(odd ? copysign(0.0, x) : 0.0);
    }
    if (x == 0.0) {
        if (y < 0.0) return ad_err_set(&ad_ZeroDivisionError, "0.0 cannot be raised to a negative power");
        return ad_float(is_odd_integer(y) ? x : 0.0);
    }
    int negate = 0;
    if (x < 0.0) {
        if (y != floor(y)) return ad_complex_pow_cc(x, 0.0, y, 0.0);
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) return ad_float(negate ? -1.0 : 1.0);
    errno = 0;
    double r = pow(x, y);
    if (isinf(r)) errno = ERANGE;
    else if (errno == ERANGE && r == 0.0) errno = 0;
    if (negate) r = -r;
    if (errno) return range_error();
    return ad_float(r);
}

static AdValue float_pow(AdValue a, AdValue b) {
    FLOAT_OPERANDS(a, b, x, y);
    return ad_float_pow_dd(x, y);
}

static AdValue float_neg(AdValue v) { return ad_float(-ad_float_val(v)); }
static AdValue float_abs(AdValue v) { return ad_float(fabs(ad_float_val(v))); }
static AdValue float_pos(AdValue v) {
    return AD_OBJ(v)->type == &ad_float_type ? v : ad_float(ad_float_val(v));
}
static int float_truth(AdValue v) { return ad_float_val(v) != 0.0; }

/* ========================================================================================== */
/* MARK: Comparison and hash                                                                   */
/* ========================================================================================== */

int ad_float_int_cmp(double d, AdValue i) {
    if (isnan(d)) return 2;
    if (isinf(d)) return d > 0 ? 1 : -1;
    int64_t x;
    if (ad_int_small_like(i, &x)) {
        const int64_t exact = INT64_C(1) << 53;
        if (x >= -exact && x <= exact) {
            double y = (double)x;
            return (d > y) - (d < y);
        }
        if (d >= 9223372036854775808.0) return 1;
        if (d < -9223372036854775808.0) return -1;
        double f = floor(d);
        int64_t fi = (int64_t)f;
        if (fi != x) return fi > x ? 1 : -1;
        return d > f ? 1 : 0;
    }
    int c = mpz_cmp_d(AD_AS(AdBigInt, i)->z, d);
    return (c < 0) - (c > 0);
}

static int cmp_holds(int c, int op) {
    switch (op) {
    case AD_LT: return c < 0;
    case AD_LE: return c <= 0;
    case AD_EQ: return c == 0;
    case AD_NE: return c != 0;
    case AD_GT: return c > 0;
    default: return c >= 0;
    }
}

static int compare_doubles(double x, double y, int op) {
    switch (op) {
    case AD_LT: return x < y;
    case AD_LE: return x <= y;
    case AD_EQ: return x == y;
    case AD_NE: return x != y;
    case AD_GT: return x > y;
    default: return x >= y;
    }
}

static AdValue float_richcompare(AdValue a, AdValue b, int op) {
    int c;
    if (ad_num_is_float(a)) {
        if (ad_num_is_float(b)) return ad_bool(compare_doubles(ad_float_val(a), ad_float_val(b), op));
        if (!ad_num_is_int(b)) return AD_NOTIMPL;
        c = ad_float_int_cmp(ad_float_val(a), b);
    } else if (ad_num_is_int(a) && ad_num_is_float(b)) {
        c = ad_float_int_cmp(ad_float_val(b), a);
        if (c != 2) c = -c;
    } else {
        return AD_NOTIMPL;
    }
    if (c == 2) return ad_bool(op == AD_NE);
    return ad_bool(cmp_holds(c, op));
}

/*
 * CPython's hash of a finite double: the value reduced modulo 2**61 - 1, computed exactly from
 * the binary expansion 28 bits at a time (so hash(1.0) == hash(1), hash(0.5) == 2**60).
 */
int64_t ad_double_hash(double v) {
    /* Integral values hash as the int they equal. */
    if (v > -9.2e18 && v < 9.2e18 && v == (double)(int64_t)v) return ad_int_hash_i64((int64_t)v);
    if (!isfinite(v)) {
        if (isinf(v)) return v > 0 ? AD_HASH_INF : -AD_HASH_INF;
        return 0;
    }
    int e, sign = 1;
    double m = frexp(v, &e);
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & AD_HASH_MODULUS) | x >> (AD_HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= AD_HASH_MODULUS) x -= AD_HASH_MODULUS;
    }
    e = e >= 0 ? e % AD_HASH_BITS : AD_HASH_BITS - 1 - ((-1 - e) % AD_HASH_BITS);
    x = ((x << e) & AD_HASH_MODULUS) | x >> (AD_HASH_BITS - e);
    int64_t h = (int64_t)x * sign;
    return h == -1 ? -2 : h;
}

/* NaN hashes by identity (CPython 3.10+), like an object without __hash__. */
int64_t ad_num_nan_hash(AdValue v) {
    uint64_t p = (uint64_t)v;
    int64_t h = (int64_t)((p >> 4) | (p << 60));
    return h == -1 ? -2 : h;
}

static int64_t float_hash(AdValue v) {
    double d = ad_float_val(v);
    return isnan(d) ? ad_num_nan_hash(v) : ad_double_hash(d);
}

static AdValue float_repr(AdValue v) {
    char buf[32];
    int n = ad_double_repr(ad_float_val(v), buf);
    return ad_str_from_utf8(buf, (size_t)n);
}

/* ========================================================================================== */
/* MARK: Conversions                                                                           */
/* ========================================================================================== */

static int is_bytes(AdValue v) {   /* bytes-like: bytes, bytearray */
    const unsigned char *data;
    int64_t len;
    return ad_bytes_like(v, &data, &len);
}

/* The result of a user __float__ must be a float. */
static int float_slot_result(AdValue v, AdValue r, double *out) {
    if (!r) return -1;
    if (!ad_num_is_float(r)) {
        ad_err_format(&ad_TypeError, "%s.__float__ returned non-float (type %s)", ad_type(v)->name,
                      ad_type(r)->name);
        return -1;
    }
    *out = ad_float_val(r);
    return 0;
}

/* PyFloat_AsDouble without strings; `message` names the failure for other types. */
static int number_to_double(AdValue v, double *out) {
    if (ad_is_small(v)) {
        *out = (double)ad_small_val(v);
        return 0;
    }
    if (ad_num_is_float(v)) {
        *out = ad_float_val(v);
        return 0;
    }
    if (ad_num_is_int(v)) {
        *out = ad_int_to_double(v);
        return *out == -1.0 && ad_err_occurred() ? -1 : 0;
    }
    AdType *t = ad_type(v);
    if (t->to_float) return float_slot_result(v, t->to_float(v), out);
    if (t->index) {
        AdValue i = t->index(v);
        if (!i) return -1;
        *out = ad_int_to_double(i);
        return *out == -1.0 && ad_err_occurred() ? -1 : 0;
    }
    return 1;
}

double ad_num_as_double(AdValue v) {
    double d;
    int r = number_to_double(v, &d);
    if (r == 0) return d;
    if (r > 0) ad_err_format(&ad_TypeError, "must be real number, not %s", ad_type(v)->name);
    return -1.0;
}

double ad_as_double(AdValue v) {
    double d;
    int r = number_to_double(v, &d);
    if (r == 0) return d;
    if (r < 0) return -1.0;
    if (ad_is_str(v) || is_bytes(v)) return ad_float_from_text_object(v, &d) ? d : -1.0;
    ad_err_format(&ad_TypeError, "float() argument must be a string or a real number, not '%s'",
                  ad_type(v)->name);
    return -1.0;
}

static AdValue float_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (kwnames && ad_tuple_len(kwnames) > 0) return ad_err_set(&ad_TypeError, "float() takes no keyword arguments");
    if (nargs > 1) return ad_err_format(&ad_TypeError, "float expected at most 1 argument, got %zu", nargs);
    if (nargs == 0) return float_of_type(type, 0.0);
    AdValue x = args[0];
    if (type == &ad_float_type && !ad_is_small(x) && AD_OBJ(x)->type == &ad_float_type) return x;
    double d = ad_as_double(x);
    if (d == -1.0 && ad_err_occurred()) return AD_ERROR;
    return float_of_type(type, d);
}

static AdValue float_to_int(AdValue v) { return ad_int_from_double(ad_float_val(v)); }

static AdValue float_to_float(AdValue v) {
    return AD_OBJ(v)->type == &ad_float_type ? v : ad_float(ad_float_val(v));
}

static AdValue float_format(AdValue v, AdValue spec) {
    if (ad_str_len(spec) == 0) return ad_str(v);
    return ad_format_float(ad_float_val(v), spec);
}

/* ========================================================================================== */
/* MARK: round                                                                                 */
/* ========================================================================================== */

/* |x| = m × 2**e with m < 2**53. */
static uint64_t decompose(double x, int *e) {
    double f = frexp(fabs(x), e);
    *e -= 53;
    return (uint64_t)ldexp(f, 53);
}

static const double exact_powers_of_ten[23] = {
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* round(m × 2**e × 10**nd) half to even, then divided by 10**nd, all in 128-bit integers and one
 * correctly rounded division; 0 when the numbers do not fit. */
static int round_fast(uint64_t m, int e, int nd, double *out) {
    if (nd > 22 || e >= 0 || e < -127) return 0;
    unsigned __int128 num = (unsigned __int128)m, p = 1;
    for (int i = 0; i < nd; i++) p *= 10;
    num *= p;
    int s = -e;
    unsigned __int128 q = num >> s, rem = num - (q << s), half = (unsigned __int128)1 << (s - 1);
    if (rem > half || (rem == half && (q & 1))) q++;
    if (q > ((unsigned __int128)1 << 53)) return 0;
    *out = (double)(uint64_t)q / exact_powers_of_ten[nd];
    return 1;
}

/* q = round(num / den) half to even (den > 0). */
static void mpz_round_quotient(mpz_ptr q, mpz_srcptr num, mpz_srcptr den) {
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_qr(q, r, num, den);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, den);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    ad_mpz_discard(r);
}

/*
 * round(x, nd): the decimal with nd digits after the point nearest to the exact binary value of
 * x (ties to even), read back as the nearest double — what CPython computes with dtoa mode 3.
 */
AdValue ad_float_round_digits(double x, int64_t nd) {
    if (!isfinite(x) || x == 0.0) return ad_float(x);
    if (nd > 323) return ad_float(x);
    if (nd < -308) return ad_float(0.0 * x);
    int e;
    uint64_t m = decompose(x, &e);
    if (nd >= 0 && e >= 0) return ad_float(x);
    double r;
    if (nd >= 0 && round_fast(m, e, (int)nd, &r)) return ad_float(copysign(r, x));
    mpz_t num, den, q, pow10;
    mpz_inits(num, den, q, pow10, NULL);
    mpz_set_ui(num, m);
    mpz_set_ui(den, 1);
    mpz_ui_pow_ui(pow10, 10, (unsigned long)(nd >= 0 ? nd : -nd));
    if (e >= 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    if (nd >= 0) mpz_mul(num, num, pow10);
    else mpz_mul(den, den, pow10);
    mpz_round_quotient(q, num, den);
    int overflow = 0;
    if (mpz_sgn(q) == 0) {
        r = 0.0;
    } else if (nd >= 0) {
        r = ad_mpz_true_divide(q, pow10, &overflow);
    } else {
        mpz_mul(q, q, pow10);
        r = ad_mpz_to_double(q, &overflow);
    }
    ad_mpz_discard(num);
    ad_mpz_discard(den);
    ad_mpz_discard(q);
    ad_mpz_discard(pow10);
    if (overflow) return ad_err_set(&ad_OverflowError, "rounded value too large to represent");
    return ad_float(copysign(r, x));
}

/* round(x) with no ndigits: the nearest int, ties to even. */
static AdValue float_round_to_int(double x) {
    double r = round(x);
    if (fabs(x - r) == 0.5) r = 2.0 * round(x / 2.0);
    return ad_int_from_double(r);
}

/* ========================================================================================== */
/* MARK: Methods and attributes                                                                */
/* ========================================================================================== */

int ad_num_noargs(const char *qualname, size_t nargs, AdValue kwnames) {
    if (kwnames && ad_tuple_len(kwnames) > 0) {
        ad_err_format(&ad_TypeError, "%s() takes no keyword arguments", qualname);
        return -1;
    }
    if (nargs > 0) {
        ad_err_format(&ad_TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
        return -1;
    }
    return 0;
}

#define NOARGS(qualname)                                                  \
    if (ad_num_noargs(qualname, nargs, kwnames) < 0) return AD_ERROR

static AdValue float_m_is_integer(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NOARGS("float.is_integer");
    double x = ad_float_val(self);
    return ad_bool(isfinite(x) && floor(x) == x);
}

static AdValue float_m_as_integer_ratio(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NOARGS("float.as_integer_ratio");
    double x = ad_float_val(self);
    if (isinf(x)) return ad_err_set(&ad_OverflowError, "cannot convert Infinity to integer ratio");
    if (isnan(x)) return ad_err_set(&ad_ValueError, "cannot convert NaN to integer ratio");
    AdValue items[2];
    if (x == 0.0) {
        items[0] = ad_small(0);
        items[1] = ad_small(1);
        return ad_tuple_from_array(items, 2);
    }
    int e;
    uint64_t m = decompose(x, &e);
    int tz = __builtin_ctzll(m);
    m >>= tz;
    e += tz;
    mpz_t num, den;
    mpz_init_set_ui(num, m);
    mpz_init_set_ui(den, 1);
    if (x < 0) mpz_neg(num, num);
    if (e >= 0) mpz_mul_2exp(num, num, (mp_bitcnt_t)e);
    else mpz_mul_2exp(den, den, (mp_bitcnt_t)-e);
    items[0] = ad_int_from_mpz(num);
    items[1] = ad_int_from_mpz(den);
    return ad_tuple_from_array(items, 2);
}

static AdValue float_m_hex(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NOARGS("float.hex");
    return ad_float_hex(ad_float_val(self));
}

static AdValue float_m_fromhex(AdValue cls, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("fromhex", kwnames) < 0 || ad_check_nargs("fromhex", nargs, 1, 1) < 0)
        return AD_ERROR;
    if (!ad_is_str(args[0]))
        return ad_err_format(&ad_TypeError, "fromhex() argument must be str, not %T", args[0]);
    size_t len;
    const char *text = ad_num_ascii_text(args[0], &len);
    double d;
    if (!ad_float_fromhex_text(text, len, &d)) return AD_ERROR;
    AdValue result = ad_float(d);
    if (AD_AS(AdType, cls) == &ad_float_type) return result;
    return ad_call1(cls, result);
}

static AdValue float_m_conjugate(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NOARGS("float.conjugate");
    return float_to_float(self);
}

static AdValue float_m_trunc(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NOARGS("float.__trunc__");
    return ad_int_from_double(ad_float_val(self));
}

static AdValue float_m_floor(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NOARGS("float.__floor__");
    return ad_int_from_double(floor(ad_float_val(self)));
}

static AdValue float_m_ceil(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NOARGS("float.__ceil__");
    return ad_int_from_double(ceil(ad_float_val(self)));
}

AdValue ad_float_round(AdValue self, AdValue ndigits) {
    double x = ad_float_val(self);
    if (ndigits == 0 || ndigits == AD_NONE) return float_round_to_int(x);
    int64_t nd = ad_index_value(ndigits, NULL);
    if (nd == -1 && ad_err_occurred()) return AD_ERROR;
    return ad_float_round_digits(x, nd);
}

static AdValue float_m_round(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue out[1];
    if (ad_parse_args("__round__", args, nargs, kwnames, "|ndigits", out) < 0) return AD_ERROR;
    return ad_float_round(self, out[0]);
}

static AdValue float_m_format(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("__format__", kwnames) < 0 || ad_check_nargs("__format__", nargs, 1, 1) < 0)
        return AD_ERROR;
    if (!ad_is_str(args[0]))
        return ad_err_format(&ad_TypeError, "__format__() argument must be str, not %T", args[0]);
    return float_format(self, args[0]);
}

static AdValue float_m_getnewargs(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NOARGS("float.__getnewargs__");
    AdValue v = ad_float(ad_float_val(self));
    return ad_tuple_from_array(&v, 1);
}

static AdValue float_m_divmod(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("__divmod__", kwnames) < 0 || ad_check_nargs("__divmod__", nargs, 1, 1) < 0)
        return AD_ERROR;
    return float_divmod(self, args[0]);
}

static AdValue float_m_rdivmod(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("__rdivmod__", kwnames) < 0 || ad_check_nargs("__rdivmod__", nargs, 1, 1) < 0)
        return AD_ERROR;
    return float_divmod(args[0], self);
}

static AdValue float_pow_method(AdValue base, AdValue exp, AdValue mod) {
    if (mod && mod != AD_NONE)
        return ad_err_set(&ad_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return float_pow(base, exp);
}

static AdValue float_m_pow(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("__pow__", kwnames) < 0 || ad_check_nargs("__pow__", nargs, 1, 2) < 0)
        return AD_ERROR;
    return float_pow_method(self, args[0], nargs > 1 ? args[1] : 0);
}

static AdValue float_m_rpow(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("__rpow__", kwnames) < 0 || ad_check_nargs("__rpow__", nargs, 1, 2) < 0)
        return AD_ERROR;
    return float_pow_method(args[0], self, nargs > 1 ? args[1] : 0);
}

static const AdMethodDef float_methods[] = {
    {"is_integer", float_m_is_integer, 0},
    {"as_integer_ratio", float_m_as_integer_ratio, 0},
    {"hex", float_m_hex, 0},
    {"fromhex", float_m_fromhex, AD_METH_CLASS},
    {"conjugate", float_m_conjugate, 0},
    {"__trunc__", float_m_trunc, 0},
    {"__floor__", float_m_floor, 0},
    {"__ceil__", float_m_ceil, 0},
    {"__round__", float_m_round, 0},
    {"__format__", float_m_format, 0},
    {"__getnewargs__", float_m_getnewargs, 0},
    {"__divmod__", float_m_divmod, 0},
    {"__rdivmod__", float_m_rdivmod, 0},
    {"__pow__", float_m_pow, 0},
    {"__rpow__", float_m_rpow, 0},
    {NULL, NULL, 0},
};

static AdValue float_get_real(AdValue self) { return float_to_float(self); }
static AdValue float_get_imag(AdValue self) { return ad_float(0.0); }

static const AdGetSetDef float_getsets[] = {
    {"real", float_get_real, NULL},
    {"imag", float_get_imag, NULL},
    {NULL, NULL, NULL},
};

/* ========================================================================================== */
/* MARK: The type                                                                              */
/* ========================================================================================== */

AdType ad_float_type = {
    .ob = {&ad_type_type},
    .name = "float",
    .base = &ad_object_type,
    .flags = AD_TPFLAG_BASETYPE | AD_TPFLAG_FLOAT_SUBCLASS,
    .instance_size = sizeof(AdFloat),
    .repr = float_repr,
    .hash = float_hash,
    .richcompare = float_richcompare,
    .truth = float_truth,
    .construct = float_construct,
    .number = {
        [AD_OP_ADD] = float_add, [AD_OP_SUB] = float_sub, [AD_OP_MUL] = float_mul,
        [AD_OP_TRUEDIV] = float_truediv, [AD_OP_FLOORDIV] = float_floordiv, [AD_OP_MOD] = float_mod,
        [AD_OP_POW] = float_pow,
    },
    .neg = float_neg,
    .pos = float_pos,
    .abs = float_abs,
    .to_int = float_to_int,
    .to_float = float_to_float,
    .format = float_format,
};

void ad_init_float_type(void) { ad_type_ready(&ad_float_type, float_methods, float_getsets); }

/** divmod(a, b) for ints and floats; AD_NOTIMPL for other operands. */
AdValue ad_num_divmod(AdValue a, AdValue b) {
    if (ad_num_is_int(a) && ad_num_is_int(b)) return ad_int_divmod(a, b);
    return float_divmod(a, b);
}
