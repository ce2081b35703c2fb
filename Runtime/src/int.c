/*
 * int.c — Python's int and bool: representation, arithmetic, comparison and hashing.
 *
 * Invariants (see numbers.h for the layout):
 *  - Every function here accepts any int: a tagged small int, True/False, a big int, or an
 *    instance of a user subclass of int. Results are always exact `int`s, small when they fit.
 *  - The fast path of each operation works on int64 when both operands are small or bools (their
 *    values have at most 63 bits, so a sum or difference cannot overflow int64 and a product fits
 *    __int128); everything else goes through GMP on views of the operands.
 *  - GMP allocates limbs from the collector as pointer-free memory. GMP's free function does
 *    nothing: GMP's own temporaries may be chained through blocks the collector does not scan,
 *    so only the collector may decide that such a block is dead. Limbs of temporaries that this
 *    file owns outright are released early with ad_mpz_discard.
 *  - Semantics and messages are CPython 3.11's: floor division and modulo round toward negative
 *    infinity, true division is correctly rounded, bitwise operators act on the infinite two's
 *    complement, hashes reduce modulo 2**61 - 1.
 */
#include "numbers.h"

#include <gc.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* ========================================================================================== */
/* MARK: GMP memory and representation                                                         */
/* ========================================================================================== */

static void *gmp_alloc(size_t size) {
    void *p = GC_MALLOC_ATOMIC(size);
    if (!p) {
        fputs("adder: out of memory in an int operation\n", stderr);
        abort();
    }
    return p;
}

static void *gmp_realloc(void *p, size_t old_size, size_t new_size) {
    void *q = GC_REALLOC(p, new_size);
    if (!q) {
        fputs("adder: out of memory in an int operation\n", stderr);
        abort();
    }
    return q;
}

static void gmp_free(void *p, size_t size) {
    /* The collector reclaims it: see the essay at the top. */
}

void ad_mpz_discard(mpz_ptr z) {
    if (z->_mp_alloc > 0) GC_FREE(z->_mp_d);
    z->_mp_alloc = 0;
}

static AdValue big_from_mpz(mpz_ptr z) {
    AdBigInt *b = (AdBigInt *)ad_new_object(&ad_int_type, sizeof(AdBigInt));
    b->z[0] = z[0];
    return AD_VAL(b);
}

/*
 * A big int whose limbs live inside the object, with room for `nlimbs`: one pointer-free
 * allocation instead of two (the type is static and the limb pointer points into the object
 * itself, so nothing in it needs scanning). Used for results whose size is known in advance
 * (sums, products); GMP must never reallocate such limbs, so the room must suffice.
 */
static AdBigInt *big_new_inline(size_t nlimbs) {
    AdBigInt *b = ad_alloc_atomic(sizeof(AdBigInt) + nlimbs * sizeof(mp_limb_t));
    b->ob.type = &ad_int_type;
    b->z->_mp_alloc = (int)nlimbs;
    b->z->_mp_size = 0;
    b->z->_mp_d = (mp_limb_t *)(b + 1);
    return b;
}

/* An inline big int as a value: small if its value fits (the object is then dropped). */
static AdValue big_inline_result(AdBigInt *b) {
    mpz_srcptr z = b->z;
    int size = z->_mp_size;
    if (size == 0) return ad_small(0);
    if (size == 1 && z->_mp_d[0] <= (uint64_t)AD_SMALL_MAX) return ad_small((int64_t)z->_mp_d[0]);
    if (size == -1 && z->_mp_d[0] <= (uint64_t)AD_SMALL_MAX + 1) return ad_small(-(int64_t)z->_mp_d[0]);
    return AD_VAL(b);
}

AdValue ad_int_from_mpz(mpz_ptr z) {
    int size = z->_mp_size;
    if (size == 0) {
        ad_mpz_discard(z);
        return ad_small(0);
    }
    if (size == 1 && z->_mp_d[0] <= (uint64_t)AD_SMALL_MAX) {
        int64_t v = (int64_t)z->_mp_d[0];
        ad_mpz_discard(z);
        return ad_small(v);
    }
    if (size == -1 && z->_mp_d[0] <= (uint64_t)AD_SMALL_MAX + 1) {
        int64_t v = -(int64_t)z->_mp_d[0];
        ad_mpz_discard(z);
        return ad_small(v);
    }
    return big_from_mpz(z);
}

AdValue ad_int_from_mpz_copy(mpz_srcptr z) {
    mpz_t r;
    mpz_init_set(r, z);
    return ad_int_from_mpz(r);
}

AdValue ad_int_from_u64(uint64_t u) {
    if (u <= (uint64_t)AD_SMALL_MAX) return ad_small((int64_t)u);
    AdBigInt *b = big_new_inline(1);
    b->z->_mp_d[0] = u;
    b->z->_mp_size = 1;
    return AD_VAL(b);
}

AdValue ad_int_from_i64(int64_t i) {
    if (ad_fits_small(i)) return ad_small(i);
    AdBigInt *b = big_new_inline(1);
    b->z->_mp_d[0] = i < 0 ? -(uint64_t)i : (uint64_t)i;
    b->z->_mp_size = i < 0 ? -1 : 1;
    return AD_VAL(b);
}

AdValue ad_int_from_i128(__int128 v) {
    if (v >= AD_SMALL_MIN && v <= AD_SMALL_MAX) return ad_small((int64_t)v);
    unsigned __int128 m = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
    AdBigInt *b = big_new_inline(2);
    b->z->_mp_d[0] = (mp_limb_t)m;
    b->z->_mp_d[1] = (mp_limb_t)(m >> 64);
    int n = b->z->_mp_d[1] ? 2 : 1;
    b->z->_mp_size = v < 0 ? -n : n;
    return AD_VAL(b);
}

AdValue ad_int_exact(AdValue v) {
    int64_t i;
    if (ad_is_small(v)) return v;
    if (ad_int_small_like(v, &i)) return ad_small(i);
    if (AD_OBJ(v)->type == &ad_int_type) return v;
    return ad_int_from_mpz_copy(AD_AS(AdBigInt, v)->z);
}

int ad_is_int(AdValue v) { return ad_num_is_int(v); }

int ad_int_to_i64(AdValue v, int64_t *out) {
    if (ad_int_small_like(v, out)) return 0;
    mpz_srcptr z = AD_AS(AdBigInt, v)->z;
    if (!mpz_fits_slong_p(z)) return -1;
    *out = mpz_get_si(z);
    return 0;
}

int ad_int_sign(AdValue v) {
    int64_t i;
    if (ad_int_small_like(v, &i)) return (i > 0) - (i < 0);
    return mpz_sgn(AD_AS(AdBigInt, v)->z);
}

static int bit_length_u64(uint64_t m) { return m ? 64 - __builtin_clzll(m) : 0; }

uint64_t ad_int_bit_length_u(AdValue v) {
    int64_t i;
    if (ad_int_small_like(v, &i)) return bit_length_u64(i < 0 ? -(uint64_t)i : (uint64_t)i);
    mpz_srcptr z = AD_AS(AdBigInt, v)->z;
    return mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
}

/* ========================================================================================== */
/* MARK: Conversion to double                                                                  */
/* ========================================================================================== */

/* The 64 bits of |z| starting at bit `shift`. */
static uint64_t mpz_bits_at(mpz_srcptr z, size_t shift) {
    size_t n = mpz_size(z), i = shift / 64;
    unsigned off = (unsigned)(shift % 64);
    uint64_t lo = i < n ? mpz_getlimbn(z, i) : 0;
    uint64_t hi = i + 1 < n ? mpz_getlimbn(z, i + 1) : 0;
    return off ? (lo >> off) | (hi << (64 - off)) : lo;
}

/* Round a 55- or 56-bit mantissa to `extra` fewer bits, half to even, with a sticky bit. */
static uint64_t round_half_even_bits(uint64_t q, int extra, int sticky) {
    uint64_t mask = (UINT64_C(1) << extra) - 1, half = UINT64_C(1) << (extra - 1);
    uint64_t low = q & mask;
    q >>= extra;
    if (low > half || (low == half && (sticky || (q & 1)))) q++;
    return q;
}

double ad_mpz_to_double(mpz_srcptr z, int *overflow) {
    *overflow = 0;
    size_t nbits = mpz_sgn(z) ? mpz_sizeinbase(z, 2) : 0;
    if (nbits <= 53) return mpz_get_d(z);
    if (nbits <= 64) {
        /* The hardware conversion of a 64-bit integer rounds correctly. */
        double d = (double)mpz_getlimbn(z, 0);
        return mpz_sgn(z) < 0 ? -d : d;
    }
    if (nbits > 1024) {
        *overflow = 1;
        return -1.0;
    }
    size_t shift = nbits - 55;
    uint64_t top = mpz_bits_at(z, shift) & ((UINT64_C(1) << 55) - 1);
    int sticky = mpz_scan1(z, 0) < shift;
    uint64_t m = round_half_even_bits(top, 2, sticky);
    double d = ldexp((double)m, (int)shift + 2);
    if (isinf(d)) {
        *overflow = 1;
        return -1.0;
    }
    return mpz_sgn(z) < 0 ? -d : d;
}

double ad_int_to_double(AdValue v) {
    int64_t i;
    if (ad_int_small_like(v, &i)) return (double)i;
    int overflow;
    double d = ad_mpz_to_double(AD_AS(AdBigInt, v)->z, &overflow);
    if (overflow) {
        ad_err_set(&ad_OverflowError, "int too large to convert to float");
        return -1.0;
    }
    return d;
}

AdValue ad_int_from_double(double d) {
    if (isnan(d)) return ad_err_set(&ad_ValueError, "cannot convert float NaN to integer");
    if (isinf(d)) return ad_err_set(&ad_OverflowError, "cannot convert float infinity to integer");
    if (d > -4611686018427387904.0 && d < 4611686018427387904.0) return ad_small((int64_t)d);
    mpz_t r;
    mpz_init_set_d(r, d);
    return ad_int_from_mpz(r);
}

/* ========================================================================================== */
/* MARK: Addition, subtraction, multiplication                                                 */
/* ========================================================================================== */

typedef void (*MpzBinaryFn)(mpz_ptr, mpz_srcptr, mpz_srcptr);

/* r = f(a, b) through GMP, for operands that are not both small. */
static AdValue int_mpz_binary(MpzBinaryFn f, AdValue a, AdValue b) {
    AdIntView va, vb;
    ad_int_view(a, &va);
    ad_int_view(b, &vb);
    mpz_t r;
    mpz_init(r);
    f(r, va.z, vb.z);
    return ad_int_from_mpz(r);
}

/* r = f(a, b) into an inline big int of `room` limbs (enough for any result of f). */
static AdValue int_inline_binary(MpzBinaryFn f, AdValue a, AdValue b, size_t room) {
    AdIntView va, vb;
    ad_int_view(a, &va);
    ad_int_view(b, &vb);
    AdBigInt *r = big_new_inline(room);
    f(r->z, va.z, vb.z);
    return big_inline_result(r);
}

static inline size_t int_limbs(AdValue v) {
    return ad_is_small(v) || AD_OBJ(v)->type == &ad_bool_type ? 1 : mpz_size(AD_AS(AdBigInt, v)->z);
}

AdValue ad_int_add(AdValue a, AdValue b) {
    int64_t x, y;
    if (ad_int_small_like(a, &x) && ad_int_small_like(b, &y)) return ad_int_from_i64(x + y);
    size_t na = int_limbs(a), nb = int_limbs(b);
    return int_inline_binary(mpz_add, a, b, (na > nb ? na : nb) + 1);
}

AdValue ad_int_sub(AdValue a, AdValue b) {
    int64_t x, y;
    if (ad_int_small_like(a, &x) && ad_int_small_like(b, &y)) return ad_int_from_i64(x - y);
    size_t na = int_limbs(a), nb = int_limbs(b);
    return int_inline_binary(mpz_sub, a, b, (na > nb ? na : nb) + 1);
}

AdValue ad_int_mul(AdValue a, AdValue b) {
    int64_t x, y;
    if (ad_int_small_like(a, &x) && ad_int_small_like(b, &y)) {
        int64_t p;
        if (!__builtin_mul_overflow(x, y, &p)) return ad_int_from_i64(p);
        return ad_int_from_i128((__int128)x * y);
    }
    return int_inline_binary(mpz_mul, a, b, int_limbs(a) + int_limbs(b));
}

/* ========================================================================================== */
/* MARK: Division                                                                              */
/* ========================================================================================== */

static int64_t floordiv_i64(int64_t x, int64_t y) {
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) q--;
    return q;
}

static int64_t floormod_i64(int64_t x, int64_t y) {
    int64_t r = x % y;
    if (r != 0 && ((r < 0) != (y < 0))) r += y;
    return r;
}

AdValue ad_int_floordiv(AdValue a, AdValue b) {
    int64_t x, y;
    if (ad_int_sign(b) == 0) return ad_err_set(&ad_ZeroDivisionError, "integer division or modulo by zero");
    if (ad_int_small_like(a, &x) && ad_int_small_like(b, &y)) return ad_int_from_i64(floordiv_i64(x, y));
    return int_mpz_binary(mpz_fdiv_q, a, b);
}

AdValue ad_int_mod(AdValue a, AdValue b) {
    int64_t x, y;
    if (ad_int_sign(b) == 0) return ad_err_set(&ad_ZeroDivisionError, "integer modulo by zero");
    if (ad_int_small_like(a, &x) && ad_int_small_like(b, &y)) return ad_small(floormod_i64(x, y));
    return int_mpz_binary(mpz_fdiv_r, a, b);
}

static AdValue pair(AdValue a, AdValue b) {
    if (!a || !b) return AD_ERROR;
    AdValue items[2] = {a, b};
    return ad_tuple_from_array(items, 2);
}

AdValue ad_int_divmod(AdValue a, AdValue b) {
    int64_t x, y;
    if (ad_int_sign(b) == 0) return ad_err_set(&ad_ZeroDivisionError, "integer division or modulo by zero");
    if (ad_int_small_like(a, &x) && ad_int_small_like(b, &y))
        return pair(ad_int_from_i64(floordiv_i64(x, y)), ad_small(floormod_i64(x, y)));
    AdIntView va, vb;
    ad_int_view(a, &va);
    ad_int_view(b, &vb);
    mpz_t q, r;
    mpz_init(q);
    mpz_init(r);
    mpz_fdiv_qr(q, r, va.z, vb.z);
    AdValue qv = ad_int_from_mpz(q);
    return pair(qv, ad_int_from_mpz(r));
}

/*
 * Correctly rounded |a| / |b| (both nonzero, not both exact in a double). Scale so that the
 * integer quotient has 55 or 56 significant bits (fewer when the result is subnormal), keep
 * whether anything was lost as a sticky bit, then round half to even to the double's precision.
 */
double ad_mpz_true_divide(mpz_srcptr a, mpz_srcptr b, int *overflow) {
    *overflow = 0;
    long na = (long)mpz_sizeinbase(a, 2), nb = (long)mpz_sizeinbase(b, 2);
    long diff = na - nb;
    if (diff > 1025) {
        *overflow = 1;
        return 0.0;
    }
    if (diff < -1076) return 0.0;
    long shift = (diff > -1021 ? diff : -1021) - 55;
    mpz_t num, q, r;
    mpz_init(num);
    mpz_init(q);
    mpz_init(r);
    int inexact = 0;
    if (shift >= 0) {
        mpz_tdiv_q_2exp(num, a, (mp_bitcnt_t)shift);
        inexact = mpz_scan1(a, 0) < (mp_bitcnt_t)shift;
    } else {
        mpz_mul_2exp(num, a, (mp_bitcnt_t)-shift);
    }
    mpz_abs(num, num);
    mpz_tdiv_qr(q, r, num, b);
    if (mpz_sgn(r)) inexact = 1;
    uint64_t m = mpz_get_ui(q);
    ad_mpz_discard(num);
    ad_mpz_discard(q);
    ad_mpz_discard(r);
    int qbits = bit_length_u64(m);
    int extra = qbits - 53;
    if (extra < -1074 - shift) extra = (int)(-1074 - shift);
    m = round_half_even_bits(m, extra, inexact);
    double d = ldexp((double)m, (int)(shift + extra));
    if (isinf(d)) *overflow = 1;
    return d;
}

double ad_int_true_divide_d(AdValue a, AdValue b, int *failed) {
    int64_t x, y;
    *failed = 0;
    int sb = ad_int_sign(b);
    if (sb == 0) {
        ad_err_set(&ad_ZeroDivisionError, "division by zero");
        *failed = 1;
        return -1.0;
    }
    if (ad_int_small_like(a, &x) && ad_int_small_like(b, &y)) {
        const int64_t exact = INT64_C(1) << 53;
        if (x >= -exact && x <= exact && y >= -exact && y <= exact) return (double)x / (double)y;
    }
    int sa = ad_int_sign(a);
    int negative = (sa < 0) != (sb < 0);
    if (sa == 0) return negative ? -0.0 : 0.0;
    AdIntView va, vb;
    ad_int_view(a, &va);
    ad_int_view(b, &vb);
    mpz_t aa, ab;
    mpz_roinit_n(aa, mpz_limbs_read(va.z), (mp_size_t)mpz_size(va.z));
    mpz_roinit_n(ab, mpz_limbs_read(vb.z), (mp_size_t)mpz_size(vb.z));
    int overflow;
    double d = ad_mpz_true_divide(aa, ab, &overflow);
    if (overflow) {
        ad_err_set(&ad_OverflowError, "integer division result too large for a float");
        *failed = 1;
        return -1.0;
    }
    return negative ? -d : d;
}

static AdValue int_true_divide(AdValue a, AdValue b) {
    int failed;
    double d = ad_int_true_divide_d(a, b, &failed);
    return failed ? AD_ERROR : ad_float(d);
}

/* ========================================================================================== */
/* MARK: Powers                                                                                */
/* ========================================================================================== */

/* Results past this many bits are refused with MemoryError, as CPython ends up doing. */
#define INT_MAX_RESULT_BITS (UINT64_C(1) << 38)

static AdValue memory_error(void) { return ad_raise(AD_VAL(&ad_MemoryError)); }

/* x ** e in int64 by squaring; 0 when an intermediate overflows. */
static int pow_i64(int64_t x, uint64_t e, int64_t *out) {
    int64_t result = 1, base = x;
    while (e) {
        if ((e & 1) && __builtin_mul_overflow(result, base, &result)) return 0;
        e >>= 1;
        if (e && __builtin_mul_overflow(base, base, &base)) return 0;
    }
    *out = result;
    return 1;
}

AdValue ad_int_pow(AdValue a, AdValue b) {
    if (ad_int_sign(b) < 0) {
        double x = ad_int_to_double(a);
        if (x == -1.0 && ad_err_occurred()) return AD_ERROR;
        double y = ad_int_to_double(b);
        if (y == -1.0 && ad_err_occurred()) return AD_ERROR;
        return ad_float_pow_dd(x, y);
    }
    int64_t x, e;
    int small_base = ad_int_small_like(a, &x);
    if (small_base && (x == 0 || x == 1)) return ad_int_sign(b) == 0 ? ad_small(1) : ad_small(x);
    if (small_base && x == -1) {
        AdIntView vb;
        ad_int_view(b, &vb);
        return ad_small(mpz_odd_p(vb.z) ? -1 : 1);
    }
    if (ad_int_to_i64(b, &e) < 0) return memory_error();
    if (small_base) {
        int64_t r;
        if (pow_i64(x, (uint64_t)e, &r)) return ad_int_from_i64(r);
    }
    if ((uint64_t)e > INT_MAX_RESULT_BITS / (ad_int_bit_length_u(a) ? ad_int_bit_length_u(a) : 1))
        return memory_error();
    AdIntView va;
    ad_int_view(a, &va);
    mpz_t r;
    mpz_init(r);
    mpz_pow_ui(r, va.z, (unsigned long)e);
    return ad_int_from_mpz(r);
}

AdValue ad_int_pow3(AdValue a, AdValue b, AdValue m) {
    int sm = ad_int_sign(m);
    if (sm == 0) return ad_err_set(&ad_ValueError, "pow() 3rd argument cannot be 0");
    AdIntView va, vb, vm;
    ad_int_view(a, &va);
    ad_int_view(b, &vb);
    ad_int_view(m, &vm);
    mpz_t mod, base, r;
    mpz_init(mod);
    mpz_abs(mod, vm.z);
    if (mpz_cmp_ui(mod, 1) == 0) return ad_small(0);
    mpz_init(base);
    mpz_init(r);
    mpz_mod(base, va.z, mod);
    if (ad_int_sign(b) < 0 && !mpz_invert(base, base, mod))
        return ad_err_set(&ad_ValueError, "base is not invertible for the given modulus");
    mpz_t exponent;
    mpz_roinit_n(exponent, mpz_limbs_read(vb.z), (mp_size_t)mpz_size(vb.z));
    mpz_powm(r, base, exponent, mod);
    /* Python's result has the sign of the modulus. */
    if (sm < 0 && mpz_sgn(r) != 0) mpz_sub(r, r, mod);
    ad_mpz_discard(base);
    ad_mpz_discard(mod);
    return ad_int_from_mpz(r);
}

/* ========================================================================================== */
/* MARK: Shifts and bitwise operators                                                          */
/* ========================================================================================== */

static AdValue int_lshift(AdValue a, AdValue b) {
    int64_t x, n;
    if (ad_int_sign(b) < 0) return ad_err_set(&ad_ValueError, "negative shift count");
    if (ad_int_sign(a) == 0) return ad_small(0);
    if (ad_int_to_i64(b, &n) < 0 || (uint64_t)n > INT_MAX_RESULT_BITS) return memory_error();
    if (ad_int_small_like(a, &x) && n < 62) {
        int64_t limit = INT64_C(1) << (62 - n);
        if (x < limit && x >= -limit) return ad_int_from_i64(x * (INT64_C(1) << n));
    }
    AdIntView va;
    ad_int_view(a, &va);
    mpz_t r;
    mpz_init(r);
    mpz_mul_2exp(r, va.z, (mp_bitcnt_t)n);
    return ad_int_from_mpz(r);
}

static AdValue int_rshift(AdValue a, AdValue b) {
    int64_t x, n;
    if (ad_int_sign(b) < 0) return ad_err_set(&ad_ValueError, "negative shift count");
    if (ad_int_to_i64(b, &n) < 0) return ad_small(ad_int_sign(a) < 0 ? -1 : 0);
    if (ad_int_small_like(a, &x)) return ad_small(n >= 63 ? (x < 0 ? -1 : 0) : x >> n);
    AdIntView va;
    ad_int_view(a, &va);
    mpz_t r;
    mpz_init(r);
    mpz_fdiv_q_2exp(r, va.z, (mp_bitcnt_t)n);
    return ad_int_from_mpz(r);
}

static AdValue int_and(AdValue a, AdValue b) {
    int64_t x, y;
    if (ad_int_small_like(a, &x) && ad_int_small_like(b, &y)) return ad_small(x & y);
    return int_mpz_binary(mpz_and, a, b);
}

static AdValue int_or(AdValue a, AdValue b) {
    int64_t x, y;
    if (ad_int_small_like(a, &x) && ad_int_small_like(b, &y)) return ad_small(x | y);
    return int_mpz_binary(mpz_ior, a, b);
}

static AdValue int_xor(AdValue a, AdValue b) {
    int64_t x, y;
    if (ad_int_small_like(a, &x) && ad_int_small_like(b, &y)) return ad_small(x ^ y);
    return int_mpz_binary(mpz_xor, a, b);
}

/* ========================================================================================== */
/* MARK: Unary operators                                                                       */
/* ========================================================================================== */

typedef void (*MpzUnaryFn)(mpz_ptr, mpz_srcptr);

static AdValue int_mpz_unary(MpzUnaryFn f, AdValue a) {
    AdIntView va;
    ad_int_view(a, &va);
    mpz_t r;
    mpz_init(r);
    f(r, va.z);
    return ad_int_from_mpz(r);
}

static AdValue int_neg(AdValue a) {
    int64_t x;
    if (ad_int_small_like(a, &x)) return ad_int_from_i64(-x);
    return int_mpz_unary(mpz_neg, a);
}

static AdValue int_pos(AdValue a) { return ad_int_exact(a); }

static AdValue int_abs(AdValue a) {
    int64_t x;
    if (ad_int_small_like(a, &x)) return ad_int_from_i64(x < 0 ? -x : x);
    if (mpz_sgn(AD_AS(AdBigInt, a)->z) >= 0) return ad_int_exact(a);
    return int_mpz_unary(mpz_neg, a);
}

static AdValue int_invert(AdValue a) {
    int64_t x;
    if (ad_int_small_like(a, &x)) return ad_int_from_i64(~x);
    return int_mpz_unary(mpz_com, a);
}

/* ========================================================================================== */
/* MARK: Comparison, hash, truth                                                               */
/* ========================================================================================== */

int ad_int_compare(AdValue a, AdValue b) {
    int64_t x, y;
    if (ad_int_small_like(a, &x) && ad_int_small_like(b, &y)) return (x > y) - (x < y);
    AdIntView va, vb;
    ad_int_view(a, &va);
    ad_int_view(b, &vb);
    int c = mpz_cmp(va.z, vb.z);
    return (c > 0) - (c < 0);
}

static int cmp_result(int c, int op) {
    switch (op) {
    case AD_LT: return c < 0;
    case AD_LE: return c <= 0;
    case AD_EQ: return c == 0;
    case AD_NE: return c != 0;
    case AD_GT: return c > 0;
    default: return c >= 0;
    }
}

static AdValue int_richcompare(AdValue a, AdValue b, int op) {
    if (ad_num_is_int(a) && ad_num_is_int(b)) return ad_bool(cmp_result(ad_int_compare(a, b), op));
    /* The float comparison accepts (int, float) as is: see the int slots below. */
    if (!ad_is_small(b) && AD_OBJ(b)->type == &ad_float_type) return ad_float_type.richcompare(a, b, op);
    return AD_NOTIMPL;
}

int64_t ad_int_hash_i64(int64_t v) {
    uint64_t m = v < 0 ? -(uint64_t)v : (uint64_t)v;
    if (m >= AD_HASH_MODULUS) m %= AD_HASH_MODULUS;
    int64_t h = v < 0 ? -(int64_t)m : (int64_t)m;
    return h == -1 ? -2 : h;
}

int64_t ad_int_hash(AdValue v) {
    int64_t x;
    if (ad_int_small_like(v, &x)) return ad_int_hash_i64(x);
    mpz_srcptr z = AD_AS(AdBigInt, v)->z;
    int64_t h = (int64_t)mpz_tdiv_ui(z, AD_HASH_MODULUS);
    if (mpz_sgn(z) < 0) h = -h;
    return h == -1 ? -2 : h;
}

static int int_truth(AdValue v) { return ad_int_sign(v) != 0; }

/* ========================================================================================== */
/* MARK: Number slots                                                                          */
/* ========================================================================================== */

static inline int is_exact_float(AdValue v) { return !ad_is_small(v) && AD_OBJ(v)->type == &ad_float_type; }

/*
 * Int slots. With an exact float as the other operand, the int slot would return NotImplemented
 * and the dispatcher would then call the float slot; doing that call here saves a round of
 * dispatch on mixed arithmetic, with the same result (float subclasses, which could override the
 * reflected method, still take the long way).
 */
#define INT_BINARY_SLOT(name, impl, op)                                                 \
    static AdValue name(AdValue a, AdValue b) {                                         \
        if (ad_num_is_int(a) && ad_num_is_int(b)) return impl(a, b);                    \
        if ((is_exact_float(a) || is_exact_float(b)) && ad_float_type.number[op])       \
            return ad_float_type.number[op](a, b);                                      \
        return AD_NOTIMPL;                                                              \
    }

INT_BINARY_SLOT(int_nb_add, ad_int_add, AD_OP_ADD)
INT_BINARY_SLOT(int_nb_sub, ad_int_sub, AD_OP_SUB)
INT_BINARY_SLOT(int_nb_mul, ad_int_mul, AD_OP_MUL)
INT_BINARY_SLOT(int_nb_truediv, int_true_divide, AD_OP_TRUEDIV)
INT_BINARY_SLOT(int_nb_floordiv, ad_int_floordiv, AD_OP_FLOORDIV)
INT_BINARY_SLOT(int_nb_mod, ad_int_mod, AD_OP_MOD)
INT_BINARY_SLOT(int_nb_pow, ad_int_pow, AD_OP_POW)
INT_BINARY_SLOT(int_nb_lshift, int_lshift, AD_OP_LSHIFT)
INT_BINARY_SLOT(int_nb_rshift, int_rshift, AD_OP_RSHIFT)
INT_BINARY_SLOT(int_nb_and, int_and, AD_OP_AND)
INT_BINARY_SLOT(int_nb_or, int_or, AD_OP_OR)
INT_BINARY_SLOT(int_nb_xor, int_xor, AD_OP_XOR)

/* bool & | ^ bool stay bools; every other combination is int arithmetic. */
#define BOOL_BITWISE_SLOT(name, intslot, expr)                                          \
    static AdValue name(AdValue a, AdValue b) {                                         \
        if (!ad_is_small(a) && !ad_is_small(b) && AD_OBJ(a)->type == &ad_bool_type &&   \
            AD_OBJ(b)->type == &ad_bool_type) {                                         \
            int64_t x = ((AdBool *)AD_OBJ(a))->value, y = ((AdBool *)AD_OBJ(b))->value; \
            return ad_bool((int)(expr));                                                \
        }                                                                               \
        return intslot(a, b);                                                           \
    }

BOOL_BITWISE_SLOT(bool_nb_and, int_nb_and, x & y)
BOOL_BITWISE_SLOT(bool_nb_or, int_nb_or, x | y)
BOOL_BITWISE_SLOT(bool_nb_xor, int_nb_xor, x ^ y)

static AdValue int_to_float_slot(AdValue v) {
    double d = ad_int_to_double(v);
    if (d == -1.0 && ad_err_occurred()) return AD_ERROR;
    return ad_float(d);
}

/* ========================================================================================== */
/* MARK: Methods and attributes                                                                */
/* ========================================================================================== */

#define NOARGS(qualname)                                                  \
    if (ad_num_noargs(qualname, nargs, kwnames) < 0) return AD_ERROR

static AdValue int_m_bit_length(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NOARGS("int.bit_length");
    return ad_int_from_u64(ad_int_bit_length_u(self));
}

static AdValue int_m_bit_count(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    int64_t x;
    NOARGS("int.bit_count");
    if (ad_int_small_like(self, &x)) return ad_small(__builtin_popcountll(x < 0 ? -(uint64_t)x : (uint64_t)x));
    mpz_srcptr z = AD_AS(AdBigInt, self)->z;
    return ad_int_from_u64(mpn_popcount(mpz_limbs_read(z), (mp_size_t)mpz_size(z)));
}

#define INT_SELF_METHOD(fn, qualname)                                                         \
    static AdValue fn(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {    \
        NOARGS(qualname);                                                                   \
        return ad_int_exact(self);                                                          \
    }

INT_SELF_METHOD(int_m_conjugate, "int.conjugate")
INT_SELF_METHOD(int_m_trunc, "int.__trunc__")
INT_SELF_METHOD(int_m_floor, "int.__floor__")
INT_SELF_METHOD(int_m_ceil, "int.__ceil__")

static AdValue int_m_as_integer_ratio(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NOARGS("int.as_integer_ratio");
    return pair(ad_int_exact(self), ad_small(1));
}

AdValue ad_int_round_digits(AdValue v, AdValue ndigits) {
    if (ndigits == 0 || ndigits == AD_NONE) return ad_int_exact(v);
    AdValue nd = ad_index(ndigits);
    if (!nd) return AD_ERROR;
    if (ad_int_sign(nd) >= 0) return ad_int_exact(v);
    /* round(v, -k): the nearest multiple of 10**k, ties to even multiples. */
    AdIntView vv, vk;
    ad_int_view(v, &vv);
    ad_int_view(nd, &vk);
    if (mpz_sizeinbase(vk.z, 10) > 18 || (uint64_t)-mpz_get_si(vk.z) > mpz_sizeinbase(vv.z, 10) + 1)
        return ad_small(0);
    unsigned long k = (unsigned long)-mpz_get_si(vk.z);
    mpz_t pow10, q, r;
    mpz_init(pow10);
    mpz_init(q);
    mpz_init(r);
    mpz_ui_pow_ui(pow10, 10, k);
    mpz_fdiv_qr(q, r, vv.z, pow10);
    mpz_mul_2exp(r, r, 1);
    int c = mpz_cmp(r, pow10);
    if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    mpz_mul(q, q, pow10);
    ad_mpz_discard(pow10);
    ad_mpz_discard(r);
    return ad_int_from_mpz(q);
}

static AdValue int_m_round(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue out[1];
    if (ad_parse_args("__round__", args, nargs, kwnames, "|ndigits", out) < 0) return AD_ERROR;
    return ad_int_round_digits(self, out[0]);
}

static AdValue int_m_format(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("__format__", kwnames) < 0 || ad_check_nargs("__format__", nargs, 1, 1) < 0)
        return AD_ERROR;
    if (!ad_is_str(args[0]))
        return ad_err_format(&ad_TypeError, "__format__() argument must be str, not %T", args[0]);
    return ad_format_int(self, args[0]);
}

static AdValue binary_method(const char *name, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs(name, kwnames) < 0 || ad_check_nargs(name, nargs, 1, 1) < 0) return AD_ERROR;
    return args[0];
}

static AdValue int_m_divmod(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue other = binary_method("__divmod__", args, nargs, kwnames);
    if (!other) return AD_ERROR;
    if (!ad_num_is_int(other)) return AD_NOTIMPL;
    return ad_int_divmod(self, other);
}

static AdValue int_m_rdivmod(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue other = binary_method("__rdivmod__", args, nargs, kwnames);
    if (!other) return AD_ERROR;
    if (!ad_num_is_int(other)) return AD_NOTIMPL;
    return ad_int_divmod(other, self);
}

static AdValue int_pow_method(const char *name, AdValue base, AdValue exp, AdValue mod) {
    if (!ad_num_is_int(base) || !ad_num_is_int(exp)) return AD_NOTIMPL;
    if (mod == 0 || mod == AD_NONE) return ad_int_pow(base, exp);
    if (!ad_num_is_int(mod)) return AD_NOTIMPL;
    return ad_int_pow3(base, exp, mod);
}

static AdValue int_m_pow(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("__pow__", kwnames) < 0 || ad_check_nargs("__pow__", nargs, 1, 2) < 0)
        return AD_ERROR;
    return int_pow_method("__pow__", self, args[0], nargs > 1 ? args[1] : 0);
}

static AdValue int_m_rpow(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("__rpow__", kwnames) < 0 || ad_check_nargs("__rpow__", nargs, 1, 2) < 0)
        return AD_ERROR;
    return int_pow_method("__rpow__", args[0], self, nargs > 1 ? args[1] : 0);
}

static AdValue int_m_getnewargs(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NOARGS("int.__getnewargs__");
    AdValue v = ad_int_exact(self);
    return ad_tuple_from_array(&v, 1);
}

/* to_bytes / from_bytes live in intstr.c with the other conversions. */
AdValue ad_int_m_to_bytes(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames);
AdValue ad_int_m_from_bytes(AdValue cls, const AdValue *args, size_t nargs, AdValue kwnames);
AdValue ad_int_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames);
AdValue ad_int_repr(AdValue v);

static const AdMethodDef int_methods[] = {
    {"bit_length", int_m_bit_length, 0},
    {"bit_count", int_m_bit_count, 0},
    {"to_bytes", ad_int_m_to_bytes, 0},
    {"from_bytes", ad_int_m_from_bytes, AD_METH_CLASS},
    {"as_integer_ratio", int_m_as_integer_ratio, 0},
    {"conjugate", int_m_conjugate, 0},
    {"__trunc__", int_m_trunc, 0},
    {"__floor__", int_m_floor, 0},
    {"__ceil__", int_m_ceil, 0},
    {"__round__", int_m_round, 0},
    {"__format__", int_m_format, 0},
    {"__divmod__", int_m_divmod, 0},
    {"__rdivmod__", int_m_rdivmod, 0},
    {"__pow__", int_m_pow, 0},
    {"__rpow__", int_m_rpow, 0},
    {"__getnewargs__", int_m_getnewargs, 0},
    {NULL, NULL, 0},
};

static AdValue int_get_self(AdValue self) { return ad_int_exact(self); }
static AdValue int_get_zero(AdValue self) { return ad_small(0); }
static AdValue int_get_one(AdValue self) { return ad_small(1); }

static const AdGetSetDef int_getsets[] = {
    {"real", int_get_self, NULL},
    {"imag", int_get_zero, NULL},
    {"numerator", int_get_self, NULL},
    {"denominator", int_get_one, NULL},
    {NULL, NULL, NULL},
};

/* ========================================================================================== */
/* MARK: bool                                                                                  */
/* ========================================================================================== */

static AdValue bool_repr(AdValue v) {
    static AdValue true_str, false_str;
    if (!true_str) {
        true_str = ad_str_intern_cstr("True");
        false_str = ad_str_intern_cstr("False");
    }
    return ((AdBool *)AD_OBJ(v))->value ? true_str : false_str;
}

static AdValue bool_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("bool", kwnames) < 0 || ad_check_nargs("bool", nargs, 0, 1) < 0) return AD_ERROR;
    if (nargs == 0) return AD_FALSE;
    int t = ad_truth(args[0]);
    return t < 0 ? AD_ERROR : ad_bool(t);
}

/* ========================================================================================== */
/* MARK: Types and start-up                                                                    */
/* ========================================================================================== */

static int64_t int_hash_slot(AdValue v) { return ad_int_hash(v); }

AdType ad_int_type = {
    .ob = {&ad_type_type},
    .name = "int",
    .base = &ad_object_type,
    .flags = AD_TPFLAG_BASETYPE | AD_TPFLAG_INT_SUBCLASS,
    .instance_size = sizeof(AdBigInt),
    .repr = ad_int_repr,
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .truth = int_truth,
    .construct = ad_int_construct,
    .number = {
        [AD_OP_ADD] = int_nb_add, [AD_OP_SUB] = int_nb_sub, [AD_OP_MUL] = int_nb_mul,
        [AD_OP_TRUEDIV] = int_nb_truediv, [AD_OP_FLOORDIV] = int_nb_floordiv, [AD_OP_MOD] = int_nb_mod,
        [AD_OP_POW] = int_nb_pow, [AD_OP_LSHIFT] = int_nb_lshift, [AD_OP_RSHIFT] = int_nb_rshift,
        [AD_OP_AND] = int_nb_and, [AD_OP_OR] = int_nb_or, [AD_OP_XOR] = int_nb_xor,
    },
    .neg = int_neg,
    .pos = int_pos,
    .invert = int_invert,
    .abs = int_abs,
    .to_int = ad_int_exact,
    .to_float = int_to_float_slot,
    .index = ad_int_exact,
    .format = ad_format_int,
};

AdType ad_bool_type = {
    .ob = {&ad_type_type},
    .name = "bool",
    .base = &ad_int_type,
    .flags = AD_TPFLAG_INT_SUBCLASS,
    .instance_size = sizeof(AdBool),
    .repr = bool_repr,
    .hash = int_hash_slot,
    .richcompare = int_richcompare,
    .truth = int_truth,
    .construct = bool_construct,
    .number = {
        [AD_OP_ADD] = int_nb_add, [AD_OP_SUB] = int_nb_sub, [AD_OP_MUL] = int_nb_mul,
        [AD_OP_TRUEDIV] = int_nb_truediv, [AD_OP_FLOORDIV] = int_nb_floordiv, [AD_OP_MOD] = int_nb_mod,
        [AD_OP_POW] = int_nb_pow, [AD_OP_LSHIFT] = int_nb_lshift, [AD_OP_RSHIFT] = int_nb_rshift,
        [AD_OP_AND] = bool_nb_and, [AD_OP_OR] = bool_nb_or, [AD_OP_XOR] = bool_nb_xor,
    },
    .neg = int_neg,
    .pos = int_pos,
    .invert = int_invert,
    .abs = int_abs,
    .to_int = ad_int_exact,
    .to_float = int_to_float_slot,
    .index = ad_int_exact,
    .format = ad_format_int,
};

AdBool ad_True = {{&ad_bool_type}, 1};
AdBool ad_False = {{&ad_bool_type}, 0};

void ad_init_numbers(void) {
    mp_set_memory_functions(gmp_alloc, gmp_realloc, gmp_free);
    ad_type_ready(&ad_int_type, int_methods, int_getsets);
    ad_type_ready(&ad_bool_type, NULL, NULL);
    ad_init_float_type();
    ad_init_complex_type();
}
