/*
 * intstr.c — ints to and from text and bytes: repr/str in any base, hex/oct/bin, parsing with
 * Python's literal rules, int(), to_bytes/from_bytes, and the int max str digits limit.
 *
 * Parsing works on ASCII text. A str is first mapped the way CPython maps it
 * (_PyUnicode_TransformDecimalAndSpaceToASCII): Unicode decimal digits become '0'..'9', Unicode
 * whitespace becomes ' ', and anything else outside ASCII becomes '?', which no parser accepts.
 * The float and complex parsers share that mapping (ad_num_ascii_text).
 *
 * The digit limit (sys.set_int_max_str_digits, default 4300) guards base-10 output and input in
 * every base that is not a power of two, exactly where CPython 3.11 applies it.
 */
#include "numbers.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

int64_t ad_int_max_str_digits = 4300;

int64_t ad_int_get_max_str_digits(void) { return ad_int_max_str_digits; }

int ad_int_set_max_str_digits(int64_t n) {
    if (n != 0 && n < 640) {
        ad_err_set(&ad_ValueError, "maxdigits must be 0 or larger than 640");
        return -1;
    }
    ad_int_max_str_digits = n;
    return 0;
}

/* ========================================================================================== */
/* MARK: Text of a str as the number parsers see it                                            */
/* ========================================================================================== */

static int unicode_is_space(uint32_t c) {
    switch (c) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000:
        return 1;
    default:
        return (c >= 0x2000 && c <= 0x200A) || (c >= 0x1C && c <= 0x1F) || c == ' ' || (c >= 9 && c <= 13);
    }
}

/* The value of a Unicode decimal digit, or -1. Decimal digits come in contiguous runs of ten,
 * '0' to '9' (a Unicode stability guarantee), so the value is the offset within the run. */
static int unicode_decimal(uint32_t c) {
    if (utf8proc_category((utf8proc_int32_t)c) != UTF8PROC_CATEGORY_ND) return -1;
    uint32_t start = c;
    while (start > 0 && utf8proc_category((utf8proc_int32_t)(start - 1)) == UTF8PROC_CATEGORY_ND) start--;
    return (int)((c - start) % 10);
}

const char *ad_num_ascii_text(AdValue s, size_t *len) {
    AdStr *str = AD_AS(AdStr, s);
    if (str->kind == 1) {
        *len = (size_t)str->length;
        return (const char *)str->data;
    }
    const uint32_t *cps = (const uint32_t *)str->data;
    size_t n = (size_t)str->length;
    char *out = ad_alloc_atomic(n + 1);
    for (size_t i = 0; i < n; i++) {
        uint32_t c = cps[i];
        if (c < 127) {
            out[i] = (char)c;
        } else if (unicode_is_space(c)) {
            out[i] = ' ';
        } else {
            int d = unicode_decimal(c);
            out[i] = d < 0 ? '?' : (char)('0' + d);
        }
    }
    out[n] = 0;
    *len = n;
    return out;
}

AdValue ad_num_repr200(AdValue v) {
    AdValue r = ad_repr(v);
    if (!r || ad_str_len(r) <= 200) return r;
    uint32_t cps[200];
    for (int i = 0; i < 200; i++) cps[i] = ad_str_char(r, i);
    return ad_str_from_ucs4(cps, 200);
}

/* ========================================================================================== */
/* MARK: int to text                                                                           */
/* ========================================================================================== */

static const char digit_chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* Digits of |x| in `base`, written backwards from `end`; returns the start. */
static char *format_u64(uint64_t m, int base, char *end) {
    char *p = end;
    if (base == 10) {
        do {
            *--p = (char)('0' + m % 10);
            m /= 10;
        } while (m);
    } else {
        do {
            *--p = digit_chars[m % (unsigned)base];
            m /= (unsigned)base;
        } while (m);
    }
    return p;
}

static AdValue digit_limit_error(void) {
    return ad_err_format(&ad_ValueError,
                         "Exceeds the limit (%lld digits) for integer string conversion; "
                         "use sys.set_int_max_str_digits() to increase the limit",
                         (long long)ad_int_max_str_digits);
}

AdValue ad_int_to_str(AdValue v, int base) {
    int64_t x;
    if (ad_int_small_like(v, &x)) {
        char buf[72];
        char *end = buf + sizeof buf;
        char *p = format_u64(x < 0 ? -(uint64_t)x : (uint64_t)x, base, end);
        if (x < 0) *--p = '-';
        return ad_str_from_utf8(p, (size_t)(end - p));
    }
    mpz_srcptr z = AD_AS(AdBigInt, v)->z;
    int64_t limit = ad_int_max_str_digits;
    if (base == 10 && limit > 0 && mpz_sizeinbase(z, 10) - 1 > (size_t)limit) return digit_limit_error();
    char *text = mpz_get_str(NULL, base, z);
    size_t len = strlen(text);
    if (base == 10 && limit > 0 && len - (text[0] == '-') > (size_t)limit) return digit_limit_error();
    return ad_str_from_utf8(text, len);
}

AdValue ad_int_repr(AdValue v) { return ad_int_to_str(v, 10); }

AdValue ad_int_to_prefixed_str(AdValue v, int base) {
    const char *prefix = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
    int negative = ad_int_sign(v) < 0;
    int64_t x;
    if (ad_int_small_like(v, &x)) {
        char buf[80];
        char *end = buf + sizeof buf;
        char *p = format_u64(x < 0 ? -(uint64_t)x : (uint64_t)x, base, end);
        *--p = prefix[1];
        *--p = prefix[0];
        if (negative) *--p = '-';
        return ad_str_from_utf8(p, (size_t)(end - p));
    }
    mpz_srcptr z = AD_AS(AdBigInt, v)->z;
    size_t n = mpz_sizeinbase(z, base);
    char *buf = ad_alloc_atomic(n + 5);
    char *p = buf;
    if (negative) *p++ = '-';
    *p++ = prefix[0];
    *p++ = prefix[1];
    mpz_t magnitude;
    mpz_roinit_n(magnitude, mpz_limbs_read(z), (mp_size_t)mpz_size(z));
    mpz_get_str(p, base, magnitude);
    return ad_str_from_utf8(buf, strlen(buf));
}

/* ========================================================================================== */
/* MARK: Text to int                                                                           */
/* ========================================================================================== */

static int is_ascii_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

static int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

static AdValue invalid_literal(int base, AdValue orig) {
    AdValue r = ad_num_repr200(orig);
    if (!r) return AD_ERROR;
    return ad_err_format(&ad_ValueError, "invalid literal for int() with base %d: %S", base, r);
}

/* Skip a base prefix ("0x", "0o", "0b") that agrees with `*base` (or pick the base when it is
 * 0). Returns 1 if a prefix was consumed. */
static int take_prefix(const char **pp, const char *end, int *base) {
    const char *p = *pp;
    if (end - p < 2 || p[0] != '0') return 0;
    char c = (char)(p[1] | 0x20);
    int prefixed = c == 'x' ? 16 : c == 'o' ? 8 : c == 'b' ? 2 : 0;
    if (!prefixed || (*base != 0 && *base != prefixed)) return 0;
    *base = prefixed;
    *pp = p + 2;
    return 1;
}

AdValue ad_int_parse(const char *s, size_t len, int base, AdValue orig) {
    const char *p = s, *end = s + len;
    int given_base = base;
    while (p < end && is_ascii_space(*p)) p++;
    int negative = 0;
    if (p < end && (*p == '+' || *p == '-')) negative = *p++ == '-';
    int prefixed = take_prefix(&p, end, &base);
    if (base == 0) base = 10;
    /* The run of digits: single underscores between digits, and after a prefix before them. */
    const char *digits = p;
    size_t ndigits = 0;
    int prev_underscore = prefixed, bad = 0;
    if (p < end && *p == '_') {
        if (!prefixed) bad = 1;
        p++;
    }
    while (!bad && p < end) {
        if (*p == '_') {
            if (prev_underscore) bad = 1;
            prev_underscore = 1;
        } else if (digit_value(*p) < base) {
            prev_underscore = 0;
            ndigits++;
        } else {
            break;
        }
        p++;
    }
    if (bad || ndigits == 0 || prev_underscore) return invalid_literal(given_base, orig);
    const char *digits_end = p;
    int64_t limit = ad_int_max_str_digits;
    if ((base & (base - 1)) != 0 && limit > 0 && ndigits > (size_t)limit)
        return ad_err_format(&ad_ValueError,
                             "Exceeds the limit (%lld digits) for integer string conversion: value has "
                             "%zu digits; use sys.set_int_max_str_digits() to increase the limit",
                             (long long)limit, ndigits);
    while (p < end && is_ascii_space(*p)) p++;
    if (p != end) return invalid_literal(given_base, orig);
    /* Base 0 without a prefix is decimal, and a leading zero is only allowed in zero itself. */
    if (given_base == 0 && !prefixed && *digits == '0') {
        for (const char *q = digits; q < digits_end; q++)
            if (*q != '0' && *q != '_') return invalid_literal(given_base, orig);
    }
    /* Up to 62 bits accumulate in an int64; longer runs go to GMP without the underscores. */
    if (ndigits * 6 <= 62 || (base <= 10 && ndigits <= 18)) {
        int64_t v = 0;
        for (const char *q = digits; q < digits_end; q++)
            if (*q != '_') v = v * base + digit_value(*q);
        return ad_small(negative ? -v : v);
    }
    char *clean = ad_alloc_atomic(ndigits + 2);
    char *c = clean;
    if (negative) *c++ = '-';
    for (const char *q = digits; q < digits_end; q++)
        if (*q != '_') *c++ = *q;
    *c = 0;
    mpz_t r;
    mpz_init(r);
    mpz_set_str(r, clean, base);
    return ad_int_from_mpz(r);
}

AdValue ad_int_from_str(AdValue s, int base) {
    size_t len;
    const char *text = ad_num_ascii_text(s, &len);
    return ad_int_parse(text, len, base, s);
}

AdValue ad_int_from_decimal(const char *digits) {
    size_t n = strlen(digits);
    if (n <= 18) return ad_small(strtoll(digits, NULL, 10));
    mpz_t r;
    mpz_init(r);
    if (mpz_set_str(r, digits, 10) < 0) return ad_err_set(&ad_ValueError, "invalid decimal constant");
    return ad_int_from_mpz(r);
}

/* ========================================================================================== */
/* MARK: int()                                                                                 */
/* ========================================================================================== */

/* bytes, bytearray (bytes-like objects) */
static int is_bytes(AdValue v) {
    const unsigned char *data;
    int64_t len;
    return ad_bytes_like(v, &data, &len);
}

static AdValue int_from_text_object(AdValue x, int base) {
    if (ad_is_str(x)) return ad_int_from_str(x, base);
    const unsigned char *data;
    int64_t len;
    ad_bytes_like(x, &data, &len);
    /* A bytearray's error message shows its contents as bytes, as CPython's does. */
    AdValue shown = ad_isinstance_type(x, &ad_bytes_type) ? x : ad_bytes_from(data, (size_t)len);
    return ad_int_parse((const char *)data, (size_t)len, base, shown);
}

static AdValue check_int_result(AdValue r, const char *method) {
    if (!r || ad_num_is_int(r)) return r;
    return ad_err_format(&ad_TypeError, "%s returned non-int (type %s)", method, ad_type(r)->name);
}

static AdValue int_exact_or_error(AdValue v) { return v ? ad_int_exact(v) : v; }

/* int(x) with one argument: PyNumber_Long's order of protocols. */
static AdValue int_from_object(AdValue x) {
    if (ad_num_is_int(x)) return ad_int_exact(x);
    AdType *t = ad_type(x);
    if (t->to_int) return int_exact_or_error(check_int_result(t->to_int(x), "__int__"));
    if (t->index) return int_exact_or_error(check_int_result(t->index(x), "__index__"));
    AdValue trunc = ad_type_lookup(t, ad_str_intern_cstr("__trunc__"));
    if (trunc) {
        AdValue r = ad_call_method(x, ad_str_intern_cstr("__trunc__"), NULL, 0, 0);
        if (!r || ad_num_is_int(r)) return r ? ad_int_exact(r) : r;
        AdValue i = ad_index(r);
        if (!i && ad_err_matches(&ad_TypeError)) {
            ad_err_clear();
            return ad_err_format(&ad_TypeError, "__trunc__ returned non-Integral (type %s)", ad_type(r)->name);
        }
        return i;
    }
    if (ad_is_str(x) || is_bytes(x)) return int_from_text_object(x, 10);
    return ad_err_format(&ad_TypeError,
                         "int() argument must be a string, a bytes-like object or a real number, not '%s'",
                         t->name);
}

static AdValue int_with_base(AdValue x, AdValue basev) {
    int64_t base = ad_index_value(basev, NULL);
    if (base == -1 && ad_err_occurred()) return AD_ERROR;
    if (base != 0 && (base < 2 || base > 36))
        return ad_err_set(&ad_ValueError, "int() base must be >= 2 and <= 36, or 0");
    if (!ad_is_str(x) && !is_bytes(x))
        return ad_err_set(&ad_TypeError, "int() can't convert non-string with explicit base");
    return int_from_text_object(x, (int)base);
}

/* An instance of a subclass of int holding the value of the int `v`. */
static AdValue int_subclass_instance(AdType *type, AdValue v) {
    AdBigInt *o = (AdBigInt *)ad_new_object(type, type->instance_size);
    AdIntView view;
    ad_int_view(v, &view);
    mpz_init_set(o->z, view.z);
    return AD_VAL(o);
}

AdValue ad_int_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    size_t nkw = kwnames ? (size_t)ad_tuple_len(kwnames) : 0;
    if (nargs + nkw > 2)
        return ad_err_format(&ad_TypeError, "int() takes at most 2 arguments (%zu given)", nargs + nkw);
    AdValue x = nargs > 0 ? args[0] : 0, base = nargs > 1 ? args[1] : 0;
    for (size_t i = 0; i < nkw; i++) {
        AdValue name = ad_tuple_get(kwnames, (int64_t)i);
        if (!ad_str_eq_cstr(name, "base"))
            return ad_err_format(&ad_TypeError, "'%S' is an invalid keyword argument for int()", name);
        if (base)
            return ad_err_set(&ad_TypeError, "argument for int() given by name ('base') and position (2)");
        base = args[nargs + i];
    }
    AdValue result;
    if (!x && base) return ad_err_set(&ad_TypeError, "int() missing string argument");
    if (!x) result = ad_small(0);
    else if (base) result = int_with_base(x, base);
    else result = int_from_object(x);
    if (!result || type == &ad_int_type) return result;
    return int_subclass_instance(type, result);
}

/* ========================================================================================== */
/* MARK: to_bytes / from_bytes                                                                 */
/* ========================================================================================== */

/* 1 for "little", 0 for "big", -1 with an error otherwise. */
static int parse_byteorder(const char *fname, AdValue v) {
    if (!v) return 0;
    if (!ad_is_str(v)) {
        ad_err_format(&ad_TypeError, "%s() argument 'byteorder' must be str, not %T", fname, v);
        return -1;
    }
    if (ad_str_eq_cstr(v, "little")) return 1;
    if (ad_str_eq_cstr(v, "big")) return 0;
    ad_err_set(&ad_ValueError, "byteorder must be either 'little' or 'big'");
    return -1;
}

static void reverse_bytes(unsigned char *p, size_t n) {
    for (size_t i = 0; i < n / 2; i++) {
        unsigned char t = p[i];
        p[i] = p[n - 1 - i];
        p[n - 1 - i] = t;
    }
}

/* Whether v fits `nbytes` bytes, signed (two's complement) or unsigned. */
static int int_fits_bytes(mpz_srcptr z, int64_t nbytes, int is_signed) {
    uint64_t nbits = (uint64_t)nbytes * 8;
    int sign = mpz_sgn(z);
    if (sign == 0) return 1;
    size_t mag_bits = mpz_sizeinbase(z, 2);
    if (!is_signed) return mag_bits <= nbits;
    if (nbits == 0) return sign < 0 && mag_bits == 1; /* CPython lets -1 through as b'' */
    if (sign > 0) return mag_bits <= nbits - 1;
    /* -2**(n-1) <= z: |z| - 1 needs at most n - 1 bits. */
    return mag_bits < nbits || (mag_bits == nbits && mpz_scan1(z, 0) == nbits - 1);
}

AdValue ad_int_m_to_bytes(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue out[3];
    if (ad_parse_args("to_bytes", args, nargs, kwnames, "|length,byteorder,$signed", out) < 0) return AD_ERROR;
    int64_t length = 1;
    if (out[0]) {
        length = ad_index_value(out[0], &ad_OverflowError);
        if (length == -1 && ad_err_occurred()) return AD_ERROR;
        if (length < 0) return ad_err_set(&ad_ValueError, "length argument must be non-negative");
    }
    int little = parse_byteorder("to_bytes", out[1]);
    if (little < 0) return AD_ERROR;
    int is_signed = 0;
    if (out[2] && (is_signed = ad_truth(out[2])) < 0) return AD_ERROR;
    AdIntView view;
    ad_int_view(self, &view);
    if (mpz_sgn(view.z) < 0 && !is_signed)
        return ad_err_set(&ad_OverflowError, "can't convert negative int to unsigned");
    if (!int_fits_bytes(view.z, length, is_signed)) return ad_err_set(&ad_OverflowError, "int too big to convert");
    unsigned char *buf = ad_alloc_atomic((size_t)length + 1);
    memset(buf, 0, (size_t)length + 1);
    size_t count = 0;
    if (mpz_sgn(view.z) != 0) {
        size_t need = (mpz_sizeinbase(view.z, 2) + 7) / 8;
        mpz_export(buf + (size_t)length - need, &count, 1, 1, 1, 0, view.z);
    }
    if (mpz_sgn(view.z) < 0) {
        /* Two's complement of the magnitude: invert every byte and add one. */
        int carry = 1;
        for (int64_t i = length - 1; i >= 0; i--) {
            unsigned v = (unsigned char)~buf[i] + (unsigned)carry;
            buf[i] = (unsigned char)v;
            carry = v >> 8;
        }
    }
    if (little) reverse_bytes(buf, (size_t)length);
    return ad_bytes_from(buf, (size_t)length);
}

/* The bytes of a from_bytes argument: a bytes object, or an iterable of ints in range(256). */
static AdValue bytes_argument(AdValue x) {
    if (ad_isinstance_type(x, &ad_bytes_type)) return x;
    const unsigned char *data;
    int64_t len;
    if (ad_bytes_like(x, &data, &len)) return ad_bytes_from(data, (size_t)len);   /* a bytearray */
    if (ad_is_str(x) || ad_num_is_int(x) || ad_num_is_float(x))
        return ad_err_format(&ad_TypeError, "cannot convert '%T' object to bytes", x);
    AdValue it = ad_iter(x);
    if (!it) {
        if (ad_err_matches(&ad_TypeError)) {
            ad_err_clear();
            return ad_err_format(&ad_TypeError, "cannot convert '%T' object to bytes", x);
        }
        return AD_ERROR;
    }
    size_t n = 0, cap = 16;
    unsigned char *buf = ad_alloc_atomic(cap);
    for (;;) {
        AdValue item = ad_next(it);
        if (!item) return AD_ERROR;
        if (item == AD_STOP) break;
        int64_t b = ad_index_value(item, NULL);
        if (b == -1 && ad_err_occurred()) return AD_ERROR;
        if (b < 0 || b > 255) return ad_err_set(&ad_ValueError, "bytes must be in range(0, 256)");
        if (n == cap) {
            unsigned char *bigger = ad_alloc_atomic(cap * 2);
            memcpy(bigger, buf, n);
            buf = bigger;
            cap *= 2;
        }
        buf[n++] = (unsigned char)b;
    }
    return ad_bytes_from(buf, n);
}

AdValue ad_int_m_from_bytes(AdValue cls, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue out[3];
    if (ad_parse_args("from_bytes", args, nargs, kwnames, "bytes|byteorder,$signed", out) < 0) return AD_ERROR;
    AdValue data = bytes_argument(out[0]);
    if (!data) return AD_ERROR;
    int little = parse_byteorder("from_bytes", out[1]);
    if (little < 0) return AD_ERROR;
    int is_signed = 0;
    if (out[2] && (is_signed = ad_truth(out[2])) < 0) return AD_ERROR;
    AdBytes *b = AD_AS(AdBytes, data);
    size_t n = (size_t)b->length;
    mpz_t r;
    mpz_init(r);
    if (n > 0) {
        mpz_import(r, n, little ? -1 : 1, 1, 1, 0, b->data);
        unsigned char top = little ? b->data[n - 1] : b->data[0];
        if (is_signed && (top & 0x80)) {
            mpz_t pow;
            mpz_init(pow);
            mpz_setbit(pow, (mp_bitcnt_t)n * 8);
            mpz_sub(r, r, pow);
            ad_mpz_discard(pow);
        }
    }
    AdValue result = ad_int_from_mpz(r);
    if (AD_AS(AdType, cls) == &ad_int_type) return result;
    return ad_call1(cls, result);
}
