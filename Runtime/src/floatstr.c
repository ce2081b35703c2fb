/*
 * floatstr.c — floats to and from text: the shortest round-trip repr, float(str) parsing,
 * float.hex and float.fromhex.
 *
 * repr(x) is CPython's 'r' format: the shortest decimal string that reads back as x (ties between
 * equally short strings go to the one nearest x), printed in fixed notation when the decimal
 * exponent is in [-4, 16) and in exponent notation otherwise ("1e+16", "1e-05"), with ".0" added
 * to integral values. The digits come from ad_double_shortest, which relies on the C library's
 * correctly rounded printf and strtod and on this fact: when some string of at most 15
 * significant digits reads back as x, the correctly rounded 15-digit string does too (15-digit
 * decimals are spaced wider than two ulps), so at most three candidate precisions are tried
 * (subnormals, with fewer significant bits, are searched length by length).
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
/* MARK: Shortest digits                                                                       */
/* ========================================================================================== */

/* Write d (finite, positive) with `sig` significant digits, correctly rounded: the digits
 * without the point, and the decimal exponent of the first digit. */
static void digits_at_precision(double d, int sig, char *digits, int *exp10) {
    char buf[40];
    snprintf(buf, sizeof buf, "%.*e", sig - 1, d);
    char *p = buf, *out = digits;
    while (*p && *p != 'e') {
        if (*p != '.') *out++ = *p;
        p++;
    }
    *out = 0;
    *exp10 = atoi(p + 1);
}

/* Whether digits × 10**(exp10 - n + 1) reads back as d. */
static int reads_back(const char *digits, int exp10, double d) {
    char buf[48];
    snprintf(buf, sizeof buf, "%c.%se%d", digits[0], digits + 1, exp10);
    return strtod(buf, NULL) == d;
}

/* Add one unit in the last place of a digit string (for the power-of-two case below). */
static void increment_digits(char *digits, int *exp10) {
    int n = (int)strlen(digits), i = n - 1;
    while (i >= 0 && digits[i] == '9') digits[i--] = '0';
    if (i >= 0) {
        digits[i]++;
    } else {
        memmove(digits + 1, digits, (size_t)n);
        digits[0] = '1';
        digits[n] = 0;
        (*exp10)++;
    }
}

static int strip_trailing_zeros(char *digits) {
    int n = (int)strlen(digits);
    while (n > 1 && digits[n - 1] == '0') digits[--n] = 0;
    return n;
}

int ad_double_shortest(double d, char *digits, int *decpt) {
    int exp10;
    if (d < DBL_MIN) {
        /* Subnormals have fewer significant bits, so the shortcut below does not hold; their
         * spacing is uniform, so the nearest string of each length is the only candidate. */
        for (int sig = 1; sig <= 17; sig++) {
            digits_at_precision(d, sig, digits, &exp10);
            if (reads_back(digits, exp10, d)) break;
        }
        *decpt = exp10 + 1;
        return strip_trailing_zeros(digits);
    }
    digits_at_precision(d, 15, digits, &exp10);
    if (!reads_back(digits, exp10, d)) {
        digits_at_precision(d, 16, digits, &exp10);
        if (!reads_back(digits, exp10, d)) {
            /* Just above a power of two the gap below is half the gap above, so the nearest
             * 16-digit string may miss while the next one up still reads back. */
            char up[24];
            int up_exp = exp10;
            strcpy(up, digits);
            increment_digits(up, &up_exp);
            if (reads_back(up, up_exp, d)) {
                strcpy(digits, up);
                exp10 = up_exp;
            } else {
                digits_at_precision(d, 17, digits, &exp10);
            }
        }
    }
    *decpt = exp10 + 1;
    return strip_trailing_zeros(digits);
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
        AdBytes *b = AD_AS(AdBytes, x);
        text = (const char *)b->data;
        len = (size_t)b->length;
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
