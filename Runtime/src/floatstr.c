/*
 * floatstr.c — floats to and from text: the shortest round-trip repr, float(str) parsing,
 * float.hex and float.fromhex.
 *
 * repr(x) is CPython's 'r' format: the shortest decimal string that reads back as x (ties between
 * equally short strings go to the one nearest x), printed in fixed notation when the decimal
 * exponent is in [-4, 16) and in exponent notation otherwise ("1e+16", "1e-05"), with ".0" added
 * to integral values. The digits come from the Ryu algorithm (ad_double_shortest).
 *
 * Parsing follows CPython's syntax, not strtod's: no hex, no "nan(...)", underscores only between
 * two digits, "inf", "infinity" and "nan" in any case with an optional sign. The checked text is
 * then handed to strtod, which rounds correctly.
 */
#include "numbers.h"

#include <float.h>
#include <stdlib.h>
#include <string.h>

/* ========================================================================================== */
/* MARK: Shortest digits (Ryu)                                                                 */
/* ========================================================================================== */

/*
 * Ulf Adams' Ryu algorithm: the binary value m2 × 2**e2 and the bounds of its rounding interval
 * are scaled by a 128-bit approximation of a power of five, so that the decimal digits of the
 * three values can be compared; digits are then removed while the interval still contains a
 * shorter number. The powers of five are computed with GMP the first time a float is printed:
 *   pow5[i]     = 5**i normalized to its top 125 bits,
 *   pow5_inv[i] = floor(2**(bitlen(5**i) - 1 + 125) / 5**i) + 1.
 */
#define POW5_BITS 125
#define POW5_INV_BITS 125
#define POW5_COUNT 326
#define POW5_INV_COUNT 342

static uint64_t pow5_table[POW5_COUNT][2], pow5_inv_table[POW5_INV_COUNT][2];
static int pow5_ready;

static void split128(mpz_srcptr z, uint64_t out[2]) {
    out[0] = mpz_getlimbn(z, 0);
    out[1] = mpz_getlimbn(z, 1);
}

static void make_pow5_tables(void) {
    mpz_t p, t;
    mpz_init_set_ui(p, 1);
    mpz_init(t);
    for (int i = 0; i < POW5_INV_COUNT; i++) {
        long bits = (long)mpz_sizeinbase(p, 2);
        if (i < POW5_COUNT) {
            if (bits > POW5_BITS) mpz_tdiv_q_2exp(t, p, (mp_bitcnt_t)(bits - POW5_BITS));
            else mpz_mul_2exp(t, p, (mp_bitcnt_t)(POW5_BITS - bits));
            split128(t, pow5_table[i]);
        }
        mpz_set_ui(t, 0);
        mpz_setbit(t, (mp_bitcnt_t)(bits - 1 + POW5_INV_BITS));
        mpz_tdiv_q(t, t, p);
        mpz_add_ui(t, t, 1);
        split128(t, pow5_inv_table[i]);
        mpz_mul_ui(p, p, 5);
    }
    ad_mpz_discard(p);
    ad_mpz_discard(t);
    pow5_ready = 1;
}

/* ceil(log2(5**e)) for e > 0 (1 for e == 0), floor(log10(2**e)), floor(log10(5**e)). */
static inline int pow5bits(int e) { return (int)(((uint32_t)e * 1217359u) >> 19) + 1; }
static inline int log10_pow2(int e) { return (int)(((uint32_t)e * 78913u) >> 18); }
static inline int log10_pow5(int e) { return (int)(((uint32_t)e * 732923u) >> 20); }

static inline int pow5_factor(uint64_t v) {
    int n = 0;
    while (v % 5 == 0) {
        v /= 5;
        n++;
    }
    return n;
}

/* (m × mul) >> j for a 128-bit mul and j >= 64. */
static inline uint64_t mul_shift(uint64_t m, const uint64_t mul[2], int j) {
    unsigned __int128 b0 = (unsigned __int128)m * mul[0];
    unsigned __int128 b2 = (unsigned __int128)m * mul[1];
    return (uint64_t)(((b0 >> 64) + b2) >> (j - 64));
}

/* The shortest decimal output × 10**exp that reads back as the finite positive double d. */
static uint64_t ryu_shortest(double d, int *exp10) {
    uint64_t bits;
    memcpy(&bits, &d, sizeof bits);
    uint64_t mantissa = bits & ((UINT64_C(1) << 52) - 1);
    int exponent = (int)((bits >> 52) & 0x7ff);
    int e2;
    uint64_t m2;
    if (exponent == 0) {
        e2 = 1 - 1023 - 52 - 2;
        m2 = mantissa;
    } else {
        e2 = exponent - 1023 - 52 - 2;
        m2 = (UINT64_C(1) << 52) | mantissa;
    }
    int accept_bounds = (m2 & 1) == 0;
    uint64_t mv = 4 * m2;
    /* The interval below is half as wide at the bottom of a binade. */
    uint32_t mm_shift = mantissa != 0 || exponent <= 1;
    uint64_t vr, vp, vm;
    int e10, vm_trailing_zeros = 0, vr_trailing_zeros = 0;
    if (e2 >= 0) {
        int q = log10_pow2(e2) - (e2 > 3);
        e10 = q;
        int k = POW5_INV_BITS + pow5bits(q) - 1;
        int i = -e2 + q + k;
        vr = mul_shift(4 * m2, pow5_inv_table[q], i);
        vp = mul_shift(4 * m2 + 2, pow5_inv_table[q], i);
        vm = mul_shift(4 * m2 - 1 - mm_shift, pow5_inv_table[q], i);
        if (q <= 21) {
            if (mv % 5 == 0) vr_trailing_zeros = pow5_factor(mv) >= q;
            else if (accept_bounds) vm_trailing_zeros = pow5_factor(mv - 1 - mm_shift) >= q;
            else vp -= pow5_factor(mv + 2) >= q;
        }
    } else {
        int q = log10_pow5(-e2) - (-e2 > 1);
        e10 = q + e2;
        int i = -e2 - q;
        int k = pow5bits(i) - POW5_BITS;
        int j = q - k;
        vr = mul_shift(4 * m2, pow5_table[i], j);
        vp = mul_shift(4 * m2 + 2, pow5_table[i], j);
        vm = mul_shift(4 * m2 - 1 - mm_shift, pow5_table[i], j);
        if (q <= 1) {
            vr_trailing_zeros = 1;
            if (accept_bounds) vm_trailing_zeros = mm_shift == 1;
            else --vp;
        } else if (q < 63) {
            vr_trailing_zeros = (mv & ((UINT64_C(1) << q) - 1)) == 0;
        }
    }
    int removed = 0;
    unsigned last_removed = 0;
    uint64_t output;
    if (vm_trailing_zeros || vr_trailing_zeros) {
        /* The rare general case: track whether the removed digits are all zeros. */
        while (vp / 10 > vm / 10) {
            vm_trailing_zeros &= vm % 10 == 0;
            vr_trailing_zeros &= last_removed == 0;
            last_removed = (unsigned)(vr % 10);
            vr /= 10;
            vp /= 10;
            vm /= 10;
            removed++;
        }
        if (vm_trailing_zeros) {
            while (vm % 10 == 0) {
                vr_trailing_zeros &= last_removed == 0;
                last_removed = (unsigned)(vr % 10);
                vr /= 10;
                vp /= 10;
                vm /= 10;
                removed++;
            }
        }
        /* An exact tie (...50...0) rounds to even. */
        if (vr_trailing_zeros && last_removed == 5 && vr % 2 == 0) last_removed = 4;
        output = vr + ((vr == vm && (!accept_bounds || !vm_trailing_zeros)) || last_removed >= 5);
    } else {
        int round_up = 0;
        if (vp / 100 > vm / 100) {
            round_up = vr % 100 >= 50;
            vr /= 100;
            vp /= 100;
            vm /= 100;
            removed += 2;
        }
        while (vp / 10 > vm / 10) {
            round_up = vr % 10 >= 5;
            vr /= 10;
            vp /= 10;
            vm /= 10;
            removed++;
        }
        output = vr + (vr == vm || round_up);
    }
    *exp10 = e10 + removed;
    return output;
}

int ad_double_shortest(double d, char *digits, int *decpt) {
    if (!pow5_ready) make_pow5_tables();
    int exp10;
    uint64_t output = ryu_shortest(d, &exp10);
    char buf[24];
    char *end = buf + sizeof buf, *p = end;
    do {
        *--p = (char)('0' + output % 10);
        output /= 10;
    } while (output);
    int n = (int)(end - p);
    memcpy(digits, p, (size_t)n);
    digits[n] = 0;
    *decpt = n + exp10;
    return n;
}

/* ========================================================================================== */
/* MARK: repr                                                                                  */
/* ========================================================================================== */

static int format_repr(double d, char *buf, int add_dot_zero) {
    char *p = buf;
    if (isnan(d)) return (int)(stpcpy(buf, "nan") - buf);
    if (signbit(d)) {
        *p++ = '-';
        d = -d;
    }
    if (isinf(d)) return (int)(stpcpy(p, "inf") - buf);
    if (d == 0) return (int)(stpcpy(p, add_dot_zero ? "0.0" : "0") - buf);
    char digits[24];
    int decpt, n = ad_double_shortest(d, digits, &decpt);
    if (decpt <= -4 || decpt > 16) {
        *p++ = digits[0];
        if (n > 1) {
            *p++ = '.';
            memcpy(p, digits + 1, (size_t)n - 1);
            p += n - 1;
        }
        int e = decpt - 1;
        p += sprintf(p, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    } else if (decpt <= 0) {
        *p++ = '0';
        *p++ = '.';
        for (int i = 0; i < -decpt; i++) *p++ = '0';
        memcpy(p, digits, (size_t)n);
        p += n;
    } else if (decpt >= n) {
        memcpy(p, digits, (size_t)n);
        p += n;
        for (int i = n; i < decpt; i++) *p++ = '0';
        if (add_dot_zero) {
            *p++ = '.';
            *p++ = '0';
        }
    } else {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(n - decpt));
        p += n - decpt;
    }
    *p = 0;
    return (int)(p - buf);
}

int ad_double_repr(double d, char *buf) { return format_repr(d, buf, 1); }

int ad_double_repr_bare(double d, char *buf) { return format_repr(d, buf, 0); }

/* ========================================================================================== */
/* MARK: Parsing                                                                               */
/* ========================================================================================== */

static int is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static int is_digit(char c) { return c >= '0' && c <= '9'; }

static int match_word(const char *p, const char *end, const char *word) {
    size_t n = strlen(word);
    if ((size_t)(end - p) < n) return 0;
    for (size_t i = 0; i < n; i++)
        if ((p[i] | 0x20) != word[i]) return 0;
    return 1;
}

/*
 * The longest prefix of [s, end) that is a float in Python's syntax (after underscores are
 * removed): sign, then "inf", "infinity", "nan", or digits with an optional fraction and an
 * optional exponent. Returns the end of the prefix (s when there is none) and its value.
 */
const char *ad_float_parse_prefix(const char *s, const char *end, double *out) {
    const char *p = s;
    int negative = 0;
    if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
    if (match_word(p, end, "infinity") || match_word(p, end, "inf")) {
        *out = negative ? -INFINITY : INFINITY;
        return p + (match_word(p, end, "infinity") ? 8 : 3);
    }
    if (match_word(p, end, "nan")) {
        *out = negative ? -NAN : NAN;
        return p + 3;
    }
    const char *mantissa = p;
    size_t ndigits = 0;
    while (p < end && is_digit(*p)) p++, ndigits++;
    if (p < end && *p == '.') {
        p++;
        while (p < end && is_digit(*p)) p++, ndigits++;
    }
    if (ndigits == 0) return s;
    if (p < end && (*p == 'e' || *p == 'E')) {
        const char *q = p + 1;
        if (q < end && (*q == '+' || *q == '-')) q++;
        if (q < end && is_digit(*q)) {
            while (q < end && is_digit(*q)) q++;
            p = q;
        }
    }
    size_t len = (size_t)(p - mantissa);
    char small[64];
    char *text = len < sizeof small ? small : ad_alloc_atomic(len + 1);
    memcpy(text, mantissa, len);
    text[len] = 0;
    double v = strtod(text, NULL);
    *out = negative ? -v : v;
    return p;
}

/*
 * Remove the underscores of a number's text, each of which must sit between two digits
 * (CPython's _Py_string_to_number_with_underscores). Returns the text (the input itself when it
 * has none) or NULL when an underscore is misplaced.
 */
const char *ad_num_remove_underscores(const char *s, size_t *len) {
    if (!memchr(s, '_', *len)) return s;
    char *out = ad_alloc_atomic(*len + 1), *o = out;
    for (size_t i = 0; i < *len; i++) {
        if (s[i] == '_') {
            if (i == 0 || !is_digit(s[i - 1]) || i + 1 >= *len || !is_digit(s[i + 1])) return NULL;
            continue;
        }
        *o++ = s[i];
    }
    *o = 0;
    *len = (size_t)(o - out);
    return out;
}

int ad_float_parse(const char *s, size_t len, double *out) {
    s = ad_num_remove_underscores(s, &len);
    if (!s) return -1;
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p)) p++;
    while (end > p && is_space(end[-1])) end--;
    const char *stop = ad_float_parse_prefix(p, end, out);
    return stop != p && stop == end ? 0 : -1;
}

/* float(x) for a str or bytes x. */
AdValue ad_float_from_text_object(AdValue x, double *out) {
    size_t len;
    const char *text;
    if (ad_is_str(x)) {
        text = ad_num_ascii_text(x, &len);
    } else {
        const unsigned char *data;
        int64_t n;
        ad_bytes_like(x, &data, &n);   /* bytes or bytearray */
        text = (const char *)data;
        len = (size_t)n;
    }
    if (ad_float_parse(text, len, out) < 0)
        return ad_err_format(&ad_ValueError, "could not convert string to float: %R", x);
    return AD_NONE;
}

/* ========================================================================================== */
/* MARK: hex and fromhex                                                                       */
/* ========================================================================================== */

AdValue ad_float_hex(double x) {
    char buf[64];
    if (isnan(x) || isinf(x)) {
        ad_double_repr(x, buf);
        return ad_str_from_cstr(buf);
    }
    if (x == 0) return ad_str_from_cstr(signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = frexp(fabs(x), &e);
    /* Normal numbers print as 0x1.xxx; subnormals keep the minimum exponent, -1022. */
    int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
    m = ldexp(m, shift);
    e -= shift;
    char *p = buf;
    if (x < 0) *p++ = '-';
    *p++ = '0';
    *p++ = 'x';
    int lead = (int)m;
    *p++ = "0123456789abcdef"[lead];
    m -= lead;
    *p++ = '.';
    for (int i = 0; i < 13; i++) {
        m *= 16.0;
        int digit = (int)m;
        *p++ = "0123456789abcdef"[digit];
        m -= digit;
    }
    sprintf(p, "p%c%d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return ad_str_from_cstr(buf);
}

static int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    c = (char)(c | 0x20);
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

/* The double nearest to m × 2**e (m > 0), ties to even; *overflow when it is too large. */
static double mpz_ldexp_rounded(mpz_srcptr m, long e, int *overflow) {
    *overflow = 0;
    long bits = (long)mpz_sizeinbase(m, 2);
    long top = bits + e;                      /* m × 2**e is in [2**(top-1), 2**top) */
    if (top > 1024) {
        *overflow = 1;
        return 0;
    }
    long ulp = top - 53 > -1074 ? top - 53 : -1074;
    long drop = ulp - e;                      /* low bits of m below the double's last place */
    if (drop <= 0) return ldexp(mpz_get_d(m), (int)e);
    if (drop > bits + 1) return 0.0;
    mpz_t q;
    mpz_init(q);
    mpz_tdiv_q_2exp(q, m, (mp_bitcnt_t)drop);
    int half = mpz_tstbit(m, (mp_bitcnt_t)drop - 1);
    int below = drop >= 2 && mpz_scan1(m, 0) < (mp_bitcnt_t)drop - 1;
    if (half && (below || mpz_odd_p(q))) mpz_add_ui(q, q, 1);
    double r = ldexp(mpz_get_d(q), (int)ulp);
    ad_mpz_discard(q);
    if (isinf(r)) *overflow = 1;
    return r;
}

/* float.fromhex: [ws] [sign] ("inf" | "infinity" | "nan" | ["0x"] hex [. hex] [p [sign] dec]) [ws] */
AdValue ad_float_fromhex_text(const char *s, size_t len, double *out) {
    const char *p = s, *end = s + len;
    while (p < end && is_space(*p)) p++;
    while (end > p && is_space(end[-1])) end--;
    int negative = 0;
    if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
    if ((match_word(p, end, "infinity") && p + 8 == end) || (match_word(p, end, "inf") && p + 3 == end)) {
        *out = negative ? -INFINITY : INFINITY;
        return AD_NONE;
    }
    if (match_word(p, end, "nan") && p + 3 == end) {
        *out = negative ? -NAN : NAN;
        return AD_NONE;
    }
    if (end - p >= 2 && p[0] == '0' && (p[1] | 0x20) == 'x') p += 2;
    mpz_t m;
    mpz_init(m);
    long frac_digits = 0, ndigits = 0;
    while (p < end && hex_value(*p) >= 0) {
        mpz_mul_2exp(m, m, 4);
        mpz_add_ui(m, m, (unsigned long)hex_value(*p++));
        ndigits++;
    }
    if (p < end && *p == '.') {
        p++;
        while (p < end && hex_value(*p) >= 0) {
            mpz_mul_2exp(m, m, 4);
            mpz_add_ui(m, m, (unsigned long)hex_value(*p++));
            ndigits++;
            frac_digits++;
        }
    }
    long exp = 0;
    if (ndigits == 0) goto invalid;
    if (p < end && (*p | 0x20) == 'p') {
        p++;
        int eneg = 0;
        if (p < end && (*p == '+' || *p == '-')) eneg = *p++ == '-';
        if (p >= end || !is_digit(*p)) goto invalid;
        while (p < end && is_digit(*p)) {
            if (exp < 100000000) exp = exp * 10 + (*p - '0');
            p++;
        }
        if (eneg) exp = -exp;
    }
    if (p != end) goto invalid;
    if (mpz_sgn(m) == 0) {
        *out = negative ? -0.0 : 0.0;
        return AD_NONE;
    }
    int overflow;
    double v = mpz_ldexp_rounded(m, exp - 4 * frac_digits, &overflow);
    if (overflow) return ad_err_set(&ad_OverflowError, "hexadecimal value too large to represent as a float");
    *out = negative ? -v : v;
    return AD_NONE;
invalid:
    return ad_err_set(&ad_ValueError, "invalid hexadecimal floating-point string");
}
