/*
 * numbers.h — private to the number files (int.c, intstr.c, float.c, floatstr.c, complex.c,
 * mathmodule.c).
 *
 * The representation of ints:
 *
 *  - A small int is a tagged word (see adder.h). Every int whose value fits the small range and
 *    whose type is exactly `int` is small: arithmetic normalizes its results.
 *  - A big int is an AdBigInt: the object header and a GMP `mpz_t`. Either its limbs come from
 *    the collector as pointer-free memory (see ad_init_numbers) and the mpz lives inside a
 *    scanned object, so the limbs stay alive exactly as long as the object; or (sums, products,
 *    conversions from machine integers) the limbs follow the header inside one pointer-free
 *    object. Big ints are immutable once published, so GMP never reallocates their limbs.
 *  - True and False are AdBool statics carrying 0 and 1; every int operation accepts them.
 *  - Instances of user subclasses of int have the AdBigInt layout (any value, even a small one),
 *    which is why the code tests "small or bool" for the fast path and otherwise always reads the
 *    mpz, never assuming that a heap int is out of the small range.
 *
 * AdIntView lets any int be read as an mpz without allocating: small values borrow a limb on the
 * caller's stack, big ones alias their limbs (read-only).
 */
#ifndef AD_NUMBERS_H
#define AD_NUMBERS_H

#include "adder.h"
#include <gmp.h>
#include <math.h>
#include <stdbool.h>

typedef struct AdBigInt {
    AdObject ob;
    mpz_t z;
} AdBigInt;

/* CPython's numeric hash: reduction modulo the Mersenne prime 2**61 - 1. */
#define AD_HASH_BITS 61
#define AD_HASH_MODULUS ((UINT64_C(1) << AD_HASH_BITS) - 1)
#define AD_HASH_INF 314159
#define AD_HASH_IMAG 1000003

/* MARK: Type tests */

static inline int ad_num_is_int(AdValue v) {
    return ad_is_small(v) || (AD_OBJ(v)->type->flags & AD_TPFLAG_INT_SUBCLASS) != 0;
}
static inline int ad_num_is_float(AdValue v) {
    return !ad_is_small(v) && (AD_OBJ(v)->type->flags & AD_TPFLAG_FLOAT_SUBCLASS) != 0;
}
static inline int ad_num_is_complex(AdValue v) {
    return !ad_is_small(v) && ad_isinstance_type(v, &ad_complex_type);
}

/** The value of a tagged int or a bool; 0 for any other int (then read the mpz). */
static inline int ad_int_small_like(AdValue v, int64_t *out) {
    if (ad_is_small(v)) {
        *out = ad_small_val(v);
        return 1;
    }
    if (AD_OBJ(v)->type == &ad_bool_type) {
        *out = ((AdBool *)AD_OBJ(v))->value;
        return 1;
    }
    return 0;
}

/* MARK: Views and results */

typedef struct AdIntView {
    mpz_t z;
    mp_limb_t limb;
} AdIntView;

/** Read any int as an mpz (read-only; valid while `view` and `v` are). */
static inline void ad_int_view(AdValue v, AdIntView *view) {
    int64_t i;
    if (ad_int_small_like(v, &i)) {
        view->limb = i < 0 ? -(uint64_t)i : (uint64_t)i;
        mpz_roinit_n(view->z, &view->limb, i < 0 ? -1 : (i > 0 ? 1 : 0));
    } else {
        view->z[0] = AD_AS(AdBigInt, v)->z[0];
    }
}

/** Release the limbs of a temporary mpz now rather than at the next collection. */
void ad_mpz_discard(mpz_ptr z);
/** An int from an mpz, taking its limbs: small if it fits, else a new big int. */
AdValue ad_int_from_mpz(mpz_ptr z);
/** An int with the value of an mpz that stays owned by the caller (copies the limbs). */
AdValue ad_int_from_mpz_copy(mpz_srcptr z);
AdValue ad_int_from_i128(__int128 v);
/** The value of an int as an exact `int` object (bools and subclass instances become plain ints). */
AdValue ad_int_exact(AdValue v);
/** The number of bits of |v| (0 for 0). */
uint64_t ad_int_bit_length_u(AdValue v);
/** The double nearest to an mpz (ties to even); sets *overflow when it does not fit. */
double ad_mpz_to_double(mpz_srcptr z, int *overflow);
/** Correctly rounded a / b for positive mpzs; sets *overflow past the double range. */
double ad_mpz_true_divide(mpz_srcptr a, mpz_srcptr b, int *overflow);
/** Correctly rounded a / b for ints (ZeroDivisionError, OverflowError). */
double ad_int_true_divide_d(AdValue a, AdValue b, int *failed);
/** divmod(a, b) for ints, as a tuple. */
AdValue ad_int_divmod(AdValue a, AdValue b);
/** a ** b for ints (negative b gives a float). */
AdValue ad_int_pow(AdValue a, AdValue b);
/** pow(a, b, m) for ints. */
AdValue ad_int_pow3(AdValue a, AdValue b, AdValue m);
/** round(v, ndigits) for an int: half-even at 10**-ndigits. */
AdValue ad_int_round_digits(AdValue v, AdValue ndigits);
/** CPython's hash of an int. */
int64_t ad_int_hash(AdValue v);
int64_t ad_int_hash_i64(int64_t v);

/* MARK: Strings */

/**
 * The text of a str as ASCII the way CPython's number parsers see it: Unicode decimal digits
 * become '0'..'9', Unicode whitespace becomes ' ', any other non-ASCII character becomes '?'.
 * Returns the text (the str's own data when it is ASCII) and its length.
 */
const char *ad_num_ascii_text(AdValue s, size_t *len);
/** repr(v) cut to 200 code points, as CPython's "%.200R", for error messages. */
AdValue ad_num_repr200(AdValue v);
/** Parse Python's int syntax from ASCII text; `orig` is named in the error message. */
AdValue ad_int_parse(const char *s, size_t len, int base, AdValue orig);

/* MARK: Floats */

/** a ** b for doubles with CPython's special cases and errors; may return a complex. */
AdValue ad_float_pow_dd(double a, double b);
/** Compare a double with an int exactly: -1, 0, 1, or 2 when d is NaN. */
int ad_float_int_cmp(double d, AdValue i);
/** float(v) for an int, float or an object with __float__ / __index__ (not a str):
 *  "must be real number, not str". -1.0 with an error set on failure. */
double ad_num_as_double(AdValue v);
/** Parse a float from ASCII text (Python's syntax); returns 0 on success, -1 if malformed. */
int ad_float_parse(const char *s, size_t len, double *out);
/** The longest prefix of [s, end) that is a float in Python's syntax (no underscores); returns
 *  its end, s when there is none. */
const char *ad_float_parse_prefix(const char *s, const char *end, double *out);
/** Drop underscores that sit between two digits; NULL if one is misplaced. Updates *len. */
const char *ad_num_remove_underscores(const char *s, size_t *len);
/** float(x) for a str or bytes x: AD_NONE and *out, or AD_ERROR ("could not convert ..."). */
AdValue ad_float_from_text_object(AdValue x, double *out);
/** float.hex() and float.fromhex() on ASCII text (AD_NONE and *out, or AD_ERROR). */
AdValue ad_float_hex(double x);
AdValue ad_float_fromhex_text(const char *s, size_t len, double *out);
/** Shortest digits of a finite positive double: NUL-terminated digits, decimal point position
 *  (the value is 0.DIGITS * 10**decpt). Returns the digit count. */
int ad_double_shortest(double d, char *digits, int *decpt);
/** repr of a double without the ".0" suffix for integral values (for complex parts). */
int ad_double_repr_bare(double d, char *buf);
/** round(x, ndigits) for floats. */
AdValue ad_float_round_digits(double x, int64_t ndigits);

/** CPython's hash of a NaN: by identity of the object. */
int64_t ad_num_nan_hash(AdValue v);
/** METH_NOARGS checks with CPython's messages ("float.hex() takes no arguments (1 given)"). */
int ad_num_noargs(const char *qualname, size_t nargs, AdValue kwnames);
/** round(x, ndigits) for a float object; ndigits 0 or None rounds to an int. */
AdValue ad_float_round(AdValue self, AdValue ndigits);

/* MARK: Complex */

/** Complex power with CPython's algorithm and errors. */
AdValue ad_complex_pow_cc(double ar, double ai, double br, double bi);

/* MARK: Per-file type setup, called by ad_init_numbers */

void ad_init_float_type(void);
void ad_init_complex_type(void);

#endif /* AD_NUMBERS_H */
