/*
 * format.c — the format-spec mini-language (format(), the __format__ of str, int and float, and
 * f-string specs) and str.format / str.format_map.
 *
 * A spec is parsed once into a FormatSpec ([[fill]align][sign][z][#][0][width][grouping]
 * [.precision][type]) with CPython's rules and messages. Numbers are then laid out as CPython's
 * formatter does:
 *
 *     <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal point> <remainder> <rpadding>
 *
 * where only one of the three paddings is non-zero, and zero padding with '=' alignment
 * ("010,") pads inside the grouping so that the zeros get separators too.
 *
 * Float text follows CPython's PyOS_double_to_string: the significant digits and the decimal
 * point position come from glibc's correctly rounded printf (or the shortest repr digits for the
 * repr-like default type), and the layout rules (when to use an exponent, trailing zeros, "#",
 * "z") are CPython's format_float_short.
 */
#include "strings.h"

#include <math.h>
#include <stdlib.h>

/* ========================================================================================== */
/* MARK: Parsing a spec                                                                        */
/* ========================================================================================== */

typedef struct FormatSpec {
    uint32_t fill;
    uint32_t align;       /* '<' '>' '^' '=' */
    uint32_t sign;        /* 0 '+' '-' ' ' */
    int no_neg_0;         /* z */
    int alternate;        /* # */
    int64_t width;        /* -1: none */
    uint32_t thousands;   /* 0 ',' '_' */
    int64_t precision;    /* -1: none */
    uint32_t type;        /* 0: none */
} FormatSpec;

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/** Read decimal digits at *pos; returns how many were read, or -1 on overflow. */
static int64_t spec_integer(AdValue spec, int64_t *pos, int64_t end, int64_t *out) {
    int64_t acc = 0, n = 0;
    for (; *pos < end; (*pos)++, n++) {
        int d = ad_uni_decimal(ad_str_char(spec, *pos));
        if (d < 0) break;
        if (acc > (INT64_MAX - d) / 10) {
            ad_err_set(&ad_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        acc = acc * 10 + d;
    }
    *out = acc;
    return n;
}

static AdValue thousands_type_error(uint32_t sep, uint32_t type) {
    if (type > 32 && type < 128)
        return ad_err_format(&ad_ValueError, "Cannot specify '%c' with '%c'.", (int)sep, (int)type);
    char hex[16];
    snprintf(hex, sizeof hex, "\\x%x", type);
    return ad_err_format(&ad_ValueError, "Cannot specify '%c' with '%s'.", (int)sep, hex);
}

/** Parse `spec` (a str) as CPython's parse_internal_render_format_spec. 0 or -1. */
static int parse_spec_range(AdValue spec, int64_t pos, int64_t end, const char *type_name,
                            uint32_t default_type, uint32_t default_align, FormatSpec *f) {
    int64_t start = pos;
    int fill_given = 0, align_given = 0;
    *f = (FormatSpec){' ', default_align, 0, 0, 0, -1, 0, -1, default_type};
    if (end - pos >= 2 && is_align(ad_str_char(spec, pos + 1))) {
        f->fill = ad_str_char(spec, pos);
        f->align = ad_str_char(spec, pos + 1);
        fill_given = align_given = 1;
        pos += 2;
    } else if (end - pos >= 1 && is_align(ad_str_char(spec, pos))) {
        f->align = ad_str_char(spec, pos++);
        align_given = 1;
    }
    if (pos < end) {
        uint32_t c = ad_str_char(spec, pos);
        if (c == '+' || c == '-' || c == ' ') { f->sign = c; pos++; }
    }
    if (pos < end && ad_str_char(spec, pos) == 'z') { f->no_neg_0 = 1; pos++; }
    if (pos < end && ad_str_char(spec, pos) == '#') { f->alternate = 1; pos++; }
    if (!fill_given && pos < end && ad_str_char(spec, pos) == '0') {
        f->fill = '0';
        if (!align_given && default_align == '>') f->align = '=';
        pos++;
    }
    int64_t n = spec_integer(spec, &pos, end, &f->width);
    if (n < 0) return -1;
    if (n == 0) f->width = -1;
    if (pos < end && ad_str_char(spec, pos) == ',') { f->thousands = ','; pos++; }
    if (pos < end && ad_str_char(spec, pos) == '_') {
        if (f->thousands) goto both;
        f->thousands = '_';
        pos++;
    }
    if (pos < end && ad_str_char(spec, pos) == ',' && f->thousands == '_') goto both;
    if (pos < end && ad_str_char(spec, pos) == '.') {
        pos++;
        n = spec_integer(spec, &pos, end, &f->precision);
        if (n < 0) return -1;
        if (n == 0) {
            ad_err_set(&ad_ValueError, "Format specifier missing precision");
            return -1;
        }
    }
    if (end - pos > 1) {
        ad_err_format(&ad_ValueError, "Invalid format specifier '%s' for object of type '%s'",
                      ad_str_utf8(ad_str_substr(spec, start, end), NULL), type_name);
        return -1;
    }
    if (end - pos == 1) f->type = ad_str_char(spec, pos);
    if (f->thousands) {
        switch (f->type) {
        case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
            break;
        case 'b': case 'o': case 'x': case 'X':
            if (f->thousands == '_') break;
            /* fall through */
        default:
            thousands_type_error(f->thousands, f->type);
            return -1;
        }
    }
    return 0;
both:
    ad_err_set(&ad_ValueError, "Cannot specify both ',' and '_'.");
    return -1;
}

static int parse_spec(AdValue spec, const char *type_name, uint32_t default_type, uint32_t default_align,
                      FormatSpec *f) {
    return parse_spec_range(spec, 0, ad_str_len(spec), type_name, default_type, default_align, f);
}

static AdValue unknown_code(uint32_t type, const char *type_name) {
    if (type > 32 && type < 128)
        return ad_err_format(&ad_ValueError, "Unknown format code '%c' for object of type '%s'",
                             (int)type, type_name);
    char hex[16];
    snprintf(hex, sizeof hex, "\\x%x", type);
    return ad_err_format(&ad_ValueError, "Unknown format code '%s' for object of type '%s'", hex,
                         type_name);
}

/* ========================================================================================== */
/* MARK: Strings                                                                               */
/* ========================================================================================== */

/** Pad `s` (already truncated) to the spec's width with its fill and alignment. */
static AdValue pad_text(AdValue s, int64_t len, const FormatSpec *f) {
    int64_t total = f->width > len ? f->width : len;
    int64_t left = 0, padding = total - len;
    if (f->align == '>') left = padding;
    else if (f->align == '^') left = padding / 2;
    if (padding == 0 && len == ad_str_len(s)) return ad_str_exact(s);
    AdStrBuilder sb;
    ad_sb_init(&sb);
    ad_sb_reserve(&sb, (size_t)total);
    ad_sb_append_repeat(&sb, f->fill, (size_t)left);
    ad_sb_append_substr(&sb, s, 0, len);
    ad_sb_append_repeat(&sb, f->fill, (size_t)(padding - left));
    return ad_sb_finish(&sb);
}

AdValue ad_format_str(AdValue s, AdValue spec) {
    /* An empty spec means str(s), which for a str subclass is its own __str__ (CPython's format_obj). */
    if (ad_str_len(spec) == 0) return ad_type(s) == &ad_str_type ? s : ad_str(s);
    FormatSpec f;
    const char *tname = ad_type(s)->name;
    if (parse_spec(spec, tname, 's', '<', &f) < 0) return AD_ERROR;
    if (f.type != 's') return unknown_code(f.type, tname);
    if (f.sign == ' ') return ad_err_set(&ad_ValueError, "Space not allowed in string format specifier");
    if (f.sign) return ad_err_set(&ad_ValueError, "Sign not allowed in string format specifier");
    if (f.no_neg_0)
        return ad_err_set(&ad_ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate)
        return ad_err_set(&ad_ValueError, "Alternate form (#) not allowed in string format specifier");
    if (f.align == '=')
        return ad_err_set(&ad_ValueError, "'=' alignment not allowed in string format specifier");
    int64_t len = ad_str_len(s);
    if (f.precision >= 0 && f.precision < len) len = f.precision;
    return pad_text(s, len, &f);
}

/* ========================================================================================== */
/* MARK: Number layout                                                                         */
/* ========================================================================================== */

/** The parts of a formatted number (all ASCII except the remainder of 'c'). */
typedef struct NumberParts {
    uint32_t sign_char;        /* '-' when the number is negative, else 0 */
    const char *prefix;        /* "0x" ... (already cased), n_prefix chars */
    int n_prefix;
    const char *digits;        /* the integer digits to be grouped */
    int64_t n_digits;
    int has_decimal;
    const uint32_t *remainder; /* after the decimal point: fraction, exponent, '%' */
    int64_t n_remainder;
} NumberParts;

/**
 * Group `n` digits with separator `sep` every `group` digits (group 0: no grouping), padding
 * with zeros up to min_width. Writes backwards ending at out_end when out_end is not NULL;
 * returns the number of code points (CPython's _PyUnicode_InsertThousandsGrouping).
 */
static int64_t group_digits(uint32_t *out_end, const char *digits, int64_t n, int64_t min_width,
                            int group, uint32_t sep) {
    int64_t remaining = n, count = 0;
    const char *src = digits + n;
    uint32_t *o = out_end;
    int use_sep = 0;
    for (;;) {
        int last = group == 0;
        int64_t l = remaining > min_width ? remaining : min_width;
        if (l < 1) l = 1;
        if (!last && l > group) l = group;
        int64_t zeros = l - remaining > 0 ? l - remaining : 0;
        int64_t chars = remaining < l ? remaining : l;
        if (chars < 0) chars = 0;
        count += (use_sep ? 1 : 0) + zeros + chars;
        if (o) {
            if (use_sep) *--o = sep;
            for (int64_t i = 0; i < chars; i++) *--o = (unsigned char)*--src;
            for (int64_t i = 0; i < zeros; i++) *--o = '0';
        }
        if (last) return count;
        use_sep = 1;
        remaining -= chars;
        min_width -= l;
        if (remaining <= 0 && min_width <= 0) return count;
        min_width -= 1;
    }
}

/** Lay out the parts with the spec's sign, padding, alignment and grouping. */
static AdValue layout_number(const NumberParts *p, const FormatSpec *f, int group, uint32_t sep) {
    uint32_t sign = 0;
    if (f->sign == '+') sign = p->sign_char ? '-' : '+';
    else if (f->sign == ' ') sign = p->sign_char ? '-' : ' ';
    else if (p->sign_char) sign = '-';
    int64_t fixed = (sign ? 1 : 0) + p->n_prefix + (p->has_decimal ? 1 : 0) + p->n_remainder;
    int64_t min_width = f->fill == '0' && f->align == '=' ? f->width - fixed : 0;
    int64_t n_grouped = p->n_digits ? group_digits(NULL, p->digits, p->n_digits, min_width, group, sep) : 0;
    int64_t padding = f->width - (fixed + n_grouped);
    int64_t lpad = 0, spad = 0, rpad = 0;
    if (padding > 0) {
        switch (f->align) {
        case '<': rpad = padding; break;
        case '^': lpad = padding / 2; rpad = padding - lpad; break;
        case '=': spad = padding; break;
        default: lpad = padding; break;
        }
    }
    int64_t total = lpad + fixed + spad + n_grouped + rpad;
    uint32_t stackbuf[128];
    uint32_t *buf = total <= 128 ? stackbuf : ad_alloc_atomic((size_t)total * 4);
    uint32_t *o = buf;
    for (int64_t i = 0; i < lpad; i++) *o++ = f->fill;
    if (sign) *o++ = sign;
    for (int i = 0; i < p->n_prefix; i++) *o++ = (unsigned char)p->prefix[i];
    for (int64_t i = 0; i < spad; i++) *o++ = f->fill;
    if (p->n_digits) group_digits(o + n_grouped, p->digits, p->n_digits, min_width, group, sep);
    o += n_grouped;
    if (p->has_decimal) *o++ = '.';
    for (int64_t i = 0; i < p->n_remainder; i++) *o++ = p->remainder[i];
    for (int64_t i = 0; i < rpad; i++) *o++ = f->fill;
    return ad_str_from_ucs4(buf, (size_t)total);
}

/** The grouping of a spec for the given presentation type: the group size (0: none). */
static int group_size(const FormatSpec *f) {
    if (!f->thousands || f->type == 'n') return 0;
    if (f->thousands == '_' && (f->type == 'b' || f->type == 'o' || f->type == 'x' || f->type == 'X'))
        return 4;
    return 3;
}

/* ========================================================================================== */
/* MARK: Floats                                                                                */
/* ========================================================================================== */

/* ---- exact digit generation ------------------------------------------------------------ */

typedef unsigned __int128 u128;

/** 5**k for k <= 54 (exact in 128 bits), from a table filled at first use. */
static u128 pow5(int k) {
    static u128 table[55];
    if (!table[0]) {
        u128 r = 1;
        for (int i = 0; i < 55; i++, r *= 5) table[i] = r;
    }
    return table[k];
}

static int bit_length(u128 x) {
    uint64_t hi = (uint64_t)(x >> 64), lo = (uint64_t)x;
    if (hi) return 128 - __builtin_clzll(hi);
    return lo ? 64 - __builtin_clzll(lo) : 0;
}

/** num / den rounded half to even (den > 0). */
static u128 div_round(u128 num, u128 den) {
    u128 q = num / den, r = num - q * den;
    u128 twice = r << 1;
    if (twice > den || (twice == den && (q & 1))) q++;
    return q;
}

/** x >> k rounded half to even (k < 128). */
static u128 shift_round(u128 x, int k) {
    if (k == 0) return x;
    u128 q = x >> k, r = x & (((u128)1 << k) - 1), half = (u128)1 << (k - 1);
    if (r > half || (r == half && (q & 1))) q++;
    return q;
}

/**
 * round(d × 10**s) exactly, for finite positive d = m × 2**e, when the arithmetic fits in 128
 * bits; returns 0 (with *ok = 0) when it does not.
 */
static u128 scaled_round(double d, int s, int *ok) {
    int e2;
    double fr = frexp(d, &e2);
    uint64_t m = (uint64_t)ldexp(fr, 53);
    int e = e2 - 53;                                   /* d = m × 2**e exactly */
    *ok = 0;
    if (s >= 0) {
        if (s > 27) return 0;
        u128 n = (u128)m * pow5(s);                    /* d × 10**s = n × 2**(e + s) */
        int sh = e + s;
        if (sh >= 0) {
            if (bit_length(n) + sh >= 127) return 0;
            *ok = 1;
            return n << sh;
        }
        *ok = 1;
        return -sh >= 128 ? 0 : shift_round(n, -sh);
    }
    int t = -s;                                        /* d / 10**t = m × 2**(e - t) / 5**t */
    if (t > 27) return 0;
    u128 five = pow5(t);
    int sh = e - t;
    if (sh >= 0) {
        if (53 + sh >= 127) return 0;
        *ok = 1;
        return div_round((u128)m << sh, five);
    }
    if (bit_length(five) + -sh >= 127) return 0;
    *ok = 1;
    return div_round((u128)m, five << -sh);
}

/** Decimal digits of x (x > 0) into out; returns the count. */
static int u128_digits(u128 x, char *out) {
    if ((x >> 63) == 0) return (int)ad_format_i64((int64_t)x, out);
    char tmp[48];
    int n = 0;
    while (x) {
        uint64_t chunk = (uint64_t)(x % 10000000000000000000ull);
        x /= 10000000000000000000ull;
        for (int i = 0; i < 19 && (chunk || x); i++) {
            tmp[n++] = (char)('0' + chunk % 10);
            chunk /= 10;
        }
    }
    for (int i = 0; i < n; i++) out[i] = tmp[n - 1 - i];
    return n;
}

static u128 pow10_u128(int k) {
    return pow5(k) << k;
}

/** Fixed notation with `prec` digits after the point (dtoa mode 3), exactly; 0 if unsupported. */
static int fast_fixed(double d, int prec, char *digits, int *decpt, int *count) {
    int ok;
    u128 r = scaled_round(d, prec, &ok);
    if (!ok) return 0;
    if (r == 0) {
        *count = 0;
        *decpt = -prec;
        return 1;
    }
    int n = u128_digits(r, digits);
    *decpt = n - prec;
    while (n > 0 && digits[n - 1] == '0') n--;
    *count = n;
    return 1;
}

/** `sig` significant digits (dtoa mode 2), exactly; 0 if unsupported. */
static int fast_significant(double d, int sig, char *digits, int *decpt, int *count) {
    if (sig > 36) return 0;
    int e2;
    frexp(d, &e2);
    int k10 = (int)floor((e2 - 1) * 0.30102999566398120);   /* floor(log10(d)), maybe one low */
    u128 lo = pow10_u128(sig - 1), hi = lo * 10;
    for (int attempt = 0; attempt < 3; attempt++) {
        int s = sig - 1 - k10, ok;
        u128 r = scaled_round(d, s, &ok);
        if (!ok) return 0;
        if (r >= hi) { k10++; continue; }
        if (r < lo) { k10--; continue; }
        int n = u128_digits(r, digits);
        *decpt = n - s;
        while (n > 0 && digits[n - 1] == '0') n--;
        *count = n;
        return 1;
    }
    return 0;
}

/**
 * The significant digits of |d| (no leading or trailing zeros, except "0" for zero) and the
 * decimal point position: |d| = 0.DIGITS × 10^decpt. `mode` 0: shortest round-trip digits;
 * 2: `ndigits` significant digits; 3: `ndigits` digits after the point. `digits` must hold
 * 330 + ndigits bytes in mode 3 and ndigits + 32 otherwise. Returns the count.
 */
static int float_digits(double d, int mode, int ndigits, char *digits, int *decpt) {
    d = fabs(d);
    if (d == 0) {
        digits[0] = '0';
        *decpt = 1;
        return 1;
    }
    int count;
    if (mode == 3 && fast_fixed(d, ndigits, digits, decpt, &count)) return count;
    if (mode == 2 && fast_significant(d, ndigits, digits, decpt, &count)) return count;
    char tmp[512];
    char *buf = tmp;
    if (mode == 0) {
        ad_double_repr(d, tmp);
    } else {
        int need = mode == 2 ? snprintf(tmp, sizeof tmp, "%.*e", ndigits - 1, d)
                             : snprintf(tmp, sizeof tmp, "%.*f", ndigits, d);
        if ((size_t)need >= sizeof tmp) {
            buf = ad_alloc_atomic((size_t)need + 1);
            if (mode == 2) snprintf(buf, (size_t)need + 1, "%.*e", ndigits - 1, d);
            else snprintf(buf, (size_t)need + 1, "%.*f", ndigits, d);
        }
    }
    /* Collect the mantissa digits, the position of the point and the exponent. */
    int n = 0, point = -1, exp = 0;
    const char *s = buf;
    for (; *s && *s != 'e' && *s != 'E'; s++) {
        if (*s == '.') point = n;
        else digits[n++] = *s;
    }
    if (*s) exp = atoi(s + 1);
    if (point < 0) point = n;
    int lead = 0;
    while (lead < n && digits[lead] == '0') lead++;
    int dp = point - lead + exp;
    if (lead) memmove(digits, digits + lead, (size_t)(n - lead));
    n -= lead;
    while (n > 0 && digits[n - 1] == '0') n--;
    if (n == 0) dp = mode == 3 ? -ndigits : 1;
    *decpt = dp;
    return n;
}

enum { DTSF_ALT = 1, DTSF_ADD_DOT_0 = 2, DTSF_NO_NEG_0 = 4 };

int ad_float_to_text(double d, int code, int precision, int flags, char *buf, size_t cap, char **out) {
    int upper = code == 'E' || code == 'F' || code == 'G';
    int type = upper ? code + 32 : code;
    if (isnan(d) || isinf(d)) {
        char *b = cap >= 8 ? buf : ad_alloc_atomic(8);
        int k = 0;
        if (isinf(d) && d < 0) b[k++] = '-';
        memcpy(b + k, isnan(d) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"), 4);
        *out = b;
        return k + 3;
    }
    int mode = 0;
    if (type == 'e') { mode = 2; precision++; }
    else if (type == 'f') mode = 3;
    else if (type == 'g') { mode = 2; if (precision == 0) precision = 1; }
    int negative = signbit(d) != 0;
    char digitbuf[400];
    size_t need_digits = (size_t)(mode == 3 ? 330 + precision : precision + 32);
    char *digits = need_digits <= sizeof digitbuf ? digitbuf : ad_alloc_atomic(need_digits);
    int decpt;
    int nd = float_digits(d, mode, precision, digits, &decpt);
    int alt = flags & DTSF_ALT, add_dot_0 = flags & DTSF_ADD_DOT_0;
    if ((flags & DTSF_NO_NEG_0) && negative && (nd == 0 || (nd == 1 && digits[0] == '0'))) negative = 0;

    int use_exp = 0, exp = 0;
    int64_t vend = nd;
    switch (type) {
    case 'e': use_exp = 1; vend = precision; break;
    case 'f': vend = (int64_t)decpt + precision; break;
    case 'g':
        if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = 1;
        if (alt) vend = precision;
        break;
    default:   /* 'r' */
        if (decpt <= -4 || decpt > 16) use_exp = 1;
        break;
    }
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int64_t vstart = decpt <= 0 ? decpt - 1 : 0;
    if (!use_exp && add_dot_0) vend = vend > decpt ? vend : decpt + 1;
    else vend = vend > decpt ? vend : decpt;

    size_t size = (size_t)(vend - vstart) + 16;
    char *b = size <= cap ? buf : ad_alloc_atomic(size);
    char *p = b;
    if (negative) *p++ = '-';
    if (decpt <= 0) {
        for (int64_t i = 0; i < decpt - vstart; i++) *p++ = '0';
        *p++ = '.';
        for (int64_t i = 0; i < -decpt; i++) *p++ = '0';
    } else {
        for (int64_t i = 0; i < -vstart; i++) *p++ = '0';
    }
    if (0 < decpt && decpt <= nd) {
        memcpy(p, digits, (size_t)decpt);
        p += decpt;
        *p++ = '.';
        memcpy(p, digits + decpt, (size_t)(nd - decpt));
        p += nd - decpt;
    } else {
        memcpy(p, digits, (size_t)nd);
        p += nd;
    }
    if (nd < decpt) {
        for (int64_t i = 0; i < decpt - nd; i++) *p++ = '0';
        *p++ = '.';
        for (int64_t i = 0; i < vend - decpt; i++) *p++ = '0';
    } else {
        for (int64_t i = 0; i < vend - nd; i++) *p++ = '0';
    }
    if (p[-1] == '.' && !alt) p--;
    if (use_exp) {
        *p++ = upper ? 'E' : 'e';
        *p++ = exp < 0 ? '-' : '+';
        int ae = exp < 0 ? -exp : exp;
        if (ae >= 100) *p++ = (char)('0' + ae / 100);
        *p++ = (char)('0' + ae / 10 % 10);
        *p++ = (char)('0' + ae % 10);
    }
    *p = 0;
    *out = b;
    return (int)(p - b);
}

/**
 * The text of d for a parsed spec before padding and grouping (CPython's format_float_internal
 * up to PyOS_double_to_string, '%' included). Returns the length, or -1 with an error set.
 */
static int float_spec_text(double d, const FormatSpec *f, char *buf, size_t cap, char **text) {
    if (f->precision > INT32_MAX) {
        ad_err_set(&ad_ValueError, "precision too big");
        return -1;
    }
    int precision = (int)f->precision, flags = 0, default_precision = 6, add_pct = 0;
    int type = (int)f->type;
    if (f->alternate) flags |= DTSF_ALT;
    if (f->no_neg_0) flags |= DTSF_NO_NEG_0;
    if (type == 0) {
        flags |= DTSF_ADD_DOT_0;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    if (type == '%') {
        type = 'f';
        d *= 100;
        add_pct = 1;
    }
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';
    int n = ad_float_to_text(d, type, precision, flags, buf, cap - 1, text);
    if (add_pct) {
        if (*text != buf) {
            char *t = ad_alloc_atomic((size_t)n + 2);
            memcpy(t, *text, (size_t)n);
            *text = t;
        }
        (*text)[n++] = '%';
        (*text)[n] = 0;
    }
    return n;
}

/** 1 if a float needs no padding, sign or grouping work beyond its text (CPython's fast path). */
static int float_spec_is_plain(const FormatSpec *f) {
    return f->sign != '+' && f->sign != ' ' && f->width == -1 && f->type != 'n' && !f->thousands;
}

/** format_float_internal: `f` already parsed. */
static AdValue format_float_spec(double d, const FormatSpec *f) {
    char buf[128];
    char *text;
    int n = float_spec_text(d, f, buf, sizeof buf, &text);
    if (n < 0) return AD_ERROR;
    if (float_spec_is_plain(f)) return ad_str_from_ascii(text, (size_t)n);
    NumberParts parts = {0};
    int i = 0;
    if (text[0] == '-') { parts.sign_char = '-'; i = 1; }
    int j = i;
    while (j < n && text[j] >= '0' && text[j] <= '9') j++;
    parts.digits = text + i;
    parts.n_digits = j - i;
    parts.has_decimal = j < n && text[j] == '.';
    if (parts.has_decimal) j++;
    uint32_t rem[64];
    uint32_t *r = n - j <= 64 ? rem : ad_alloc_atomic((size_t)(n - j) * 4);
    for (int k = j; k < n; k++) r[k - j] = (unsigned char)text[k];
    parts.remainder = r;
    parts.n_remainder = n - j;
    return layout_number(&parts, f, group_size(f), f->thousands);
}

static int is_float_type(uint32_t t) {
    switch (t) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return 1;
    default:
        return 0;
    }
}

AdValue ad_format_float(double d, AdValue spec) {
    if (ad_str_len(spec) == 0) {
        char buf[32];
        int n = ad_double_repr(d, buf);
        return ad_str_from_ascii(buf, (size_t)n);
    }
    FormatSpec f;
    if (parse_spec(spec, "float", 0, '>', &f) < 0) return AD_ERROR;
    if (!is_float_type(f.type)) return unknown_code(f.type, "float");
    return format_float_spec(d, &f);
}

/* ========================================================================================== */
/* MARK: Ints                                                                                  */
/* ========================================================================================== */

static AdValue format_int_char(AdValue v, const FormatSpec *f) {
    if (f->sign) return ad_err_set(&ad_ValueError, "Sign not allowed with integer format specifier 'c'");
    if (f->alternate)
        return ad_err_set(&ad_ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    int64_t x;
    if (ad_int_to_i64(v, &x) < 0)
        return ad_err_set(&ad_OverflowError, "Python int too large to convert to C long");
    if (x < 0 || x > 0x10FFFF) return ad_err_set(&ad_OverflowError, "%c arg not in range(0x110000)");
    uint32_t cp = (uint32_t)x;
    NumberParts parts = {0};
    parts.remainder = &cp;
    parts.n_remainder = 1;
    return layout_number(&parts, f, 0, 0);
}

/** The digits of a small int in base 2, 8, 10 or 16 (lower case, '-' for negatives). */
static size_t small_int_text(int64_t v, int base, char *out) {
    if (base == 10) return ad_format_i64(v, out);
    static const char digits[] = "0123456789abcdef";
    char tmp[70];
    char *p = tmp + sizeof tmp;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do {
        *--p = digits[u % (unsigned)base];
        u /= (unsigned)base;
    } while (u);
    if (v < 0) *--p = '-';
    size_t n = (size_t)(tmp + sizeof tmp - p);
    memcpy(out, p, n);
    return n;
}

static AdValue format_int_spec(AdValue v, const FormatSpec *f) {
    if (f->precision != -1)
        return ad_err_set(&ad_ValueError, "Precision not allowed in integer format specifier");
    if (f->no_neg_0)
        return ad_err_set(&ad_ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    if (f->type == 'c') return format_int_char(v, f);
    int base = 10;
    const char *prefix = "";
    switch (f->type) {
    case 'b': base = 2; prefix = "0b"; break;
    case 'o': base = 8; prefix = "0o"; break;
    case 'x': base = 16; prefix = "0x"; break;
    case 'X': base = 16; prefix = "0X"; break;
    default: break;
    }
    char small[72];
    size_t n;
    const char *s;
    if (ad_is_small(v)) {
        n = small_int_text(ad_small_val(v), base, small);
        s = small;
    } else {
        AdValue text = ad_int_to_str(v, base);
        if (!text) return AD_ERROR;
        s = ad_str_utf8(text, &n);
    }
    NumberParts parts = {0};
    if (*s == '-') { parts.sign_char = '-'; s++; n--; }
    if (n >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o' || s[1] == 'b' || s[1] == 'X')) { s += 2; n -= 2; }
    if (f->type == 'X') {
        char *u = n < sizeof small ? small : ad_alloc_atomic(n + 1);   /* in place when s is small */
        for (size_t i = 0; i < n; i++) u[i] = s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i];
        s = u;
    }
    if (f->alternate) {
        parts.prefix = prefix;
        parts.n_prefix = (int)strlen(prefix);
    }
    if (f->sign != '+' && f->sign != ' ' && f->width == -1 && !f->thousands && !f->alternate && !parts.sign_char)
        return ad_str_from_ascii(s, n);
    parts.digits = s;
    parts.n_digits = (int64_t)n;
    return layout_number(&parts, f, group_size(f), f->thousands);
}

AdValue ad_format_int(AdValue v, AdValue spec) {
    if (ad_str_len(spec) == 0) return ad_str(v);
    FormatSpec f;
    const char *tname = ad_type(v)->name;
    if (parse_spec(spec, tname, 'd', '>', &f) < 0) return AD_ERROR;
    switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        return format_int_spec(v, &f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
        double d = ad_int_to_double(v);
        if (d == -1.0 && ad_err_occurred()) return AD_ERROR;
        return format_float_spec(d, &f);
    }
    default:
        return unknown_code(f.type, tname);
    }
}

/* ========================================================================================== */
/* MARK: str.format and str.format_map                                                         */
/* ========================================================================================== */

/** Where replacement fields get their values: positional args and keywords, or a mapping. */
typedef struct FormatArgs {
    const AdValue *args;
    size_t nargs;
    int positional;            /* 0 for format_map: positional fields are an error */
    AdValue kwnames;           /* tuple of names, or 0 */
    const AdValue *kwvalues;
    AdValue mapping;           /* format_map's mapping, or 0 */
    int auto_state;            /* 0 unset, 1 automatic numbering, 2 manual */
    int64_t auto_next;
} FormatArgs;

static AdValue build_string(AdValue fmt, int64_t start, int64_t end, FormatArgs *fa, int depth);

/** A decimal field index, -1 when the text is not all decimal digits (or empty), -2 on overflow. */
static int64_t field_integer(AdValue s, int64_t start, int64_t end) {
    if (start >= end) return -1;
    int64_t acc = 0;
    for (int64_t i = start; i < end; i++) {
        int d = ad_uni_decimal(ad_str_char(s, i));
        if (d < 0) return -1;
        if (acc > (INT64_MAX - d) / 10) {
            ad_err_set(&ad_ValueError, "Too many decimal digits in format string");
            return -2;
        }
        acc = acc * 10 + d;
    }
    return acc;
}

static AdValue raise_key_error(AdValue key) {
    return ad_err_set_object(ad_exception_new(&ad_KeyError, &key, 1));
}

/** The value of the first part of a field name: a keyword or a positional argument. */
static AdValue lookup_first(FormatArgs *fa, AdValue fmt, int64_t start, int64_t end, int64_t index) {
    if (index == -1) {
        AdValue key = ad_str_substr(fmt, start, end);
        if (fa->mapping) return ad_getitem(fa->mapping, key);
        size_t nkw = fa->kwnames ? (size_t)ad_tuple_len(fa->kwnames) : 0;
        for (size_t k = 0; k < nkw; k++)
            if (ad_str_eq(ad_tuple_get(fa->kwnames, (int64_t)k), key)) return fa->kwvalues[k];
        return raise_key_error(key);
    }
    if (!fa->positional) return ad_err_set(&ad_ValueError, "Format string contains positional fields");
    if ((uint64_t)index >= fa->nargs)
        return ad_err_format(&ad_IndexError, "Replacement index %lld out of range for positional args tuple",
                             (long long)index);
    return fa->args[index];
}

/** Resolve a field name ("0", "name.attr[key][0]", "") to its value. */
static AdValue get_field(AdValue fmt, int64_t start, int64_t end, FormatArgs *fa) {
    int64_t i = start;
    while (i < end) {
        uint32_t c = ad_str_char(fmt, i);
        if (c == '.' || c == '[') break;
        i++;
    }
    int64_t index = field_integer(fmt, start, i);
    if (index == -2) return AD_ERROR;
    int empty = start >= i;
    if (empty || index != -1) {
        if (fa->auto_state == 0) fa->auto_state = empty ? 1 : 2;
        if (fa->auto_state == 2 && empty)
            return ad_err_set(&ad_ValueError,
                              "cannot switch from manual field specification to automatic field numbering");
        if (fa->auto_state == 1 && !empty)
            return ad_err_set(&ad_ValueError,
                              "cannot switch from automatic field numbering to manual field specification");
        if (empty) index = fa->auto_next++;
    }
    AdValue obj = lookup_first(fa, fmt, start, i, index);
    if (!obj) return AD_ERROR;
    while (i < end) {
        uint32_t c = ad_str_char(fmt, i++);
        int64_t nstart = i, nend;
        if (c == '.') {
            while (i < end && ad_str_char(fmt, i) != '.' && ad_str_char(fmt, i) != '[') i++;
            nend = i;
        } else if (c == '[') {
            while (i < end && ad_str_char(fmt, i) != ']') i++;
            if (i >= end) return ad_err_set(&ad_ValueError, "Missing ']' in format string");
            nend = i++;
        } else {
            return ad_err_set(&ad_ValueError, "Only '.' or '[' may follow ']' in format field specifier");
        }
        if (nstart == nend) return ad_err_set(&ad_ValueError, "Empty attribute in format string");
        if (c == '.') {
            obj = ad_getattr(obj, ad_str_substr(fmt, nstart, nend));
        } else {
            int64_t k = field_integer(fmt, nstart, nend);
            if (k == -2) return AD_ERROR;
            obj = ad_getitem(obj, k >= 0 ? ad_int_from_i64(k) : ad_str_substr(fmt, nstart, nend));
        }
        if (!obj) return AD_ERROR;
    }
    return obj;
}

static AdValue convert_field(AdValue obj, uint32_t conversion) {
    switch (conversion) {
    case 'r': return ad_repr(obj);
    case 's': return ad_str(obj);
    case 'a': return ad_ascii(obj);
    default:
        if (conversion > 32 && conversion < 127)
            return ad_err_format(&ad_ValueError, "Unknown conversion specifier %c", (int)conversion);
        char hex[16];
        snprintf(hex, sizeof hex, "\\x%x", conversion);
        return ad_err_format(&ad_ValueError, "Unknown conversion specifier %s", hex);
    }
}

/**
 * Render the common fields without creating intermediate objects: exact strs and small ints
 * with an empty spec, and exact floats whose spec needs no padding. Returns 0 when done, -1 on
 * error, 1 when the general path must handle the field.
 */
static int render_fast(AdStrBuilder *sb, AdValue obj, AdValue fmt, int64_t spec_start, int64_t spec_end) {
    if (spec_start == spec_end) {
        if (ad_is_exact_str(obj)) {
            ad_sb_append_str(sb, obj);
            return 0;
        }
        if (ad_is_small(obj)) {
            ad_sb_append_i64(sb, ad_small_val(obj));
            return 0;
        }
        return 1;
    }
    if (ad_type(obj) != &ad_float_type) return 1;
    FormatSpec f;
    if (parse_spec_range(fmt, spec_start, spec_end, "float", 0, '>', &f) < 0) return -1;
    if (!is_float_type(f.type) || !float_spec_is_plain(&f)) return 1;
    char buf[128];
    char *text;
    int n = float_spec_text(ad_float_val(obj), &f, buf, sizeof buf, &text);
    if (n < 0) return -1;
    ad_sb_append_ascii(sb, text, (size_t)n);
    return 0;
}

/** Parse and render one replacement field starting after its '{'; advances *pos past its '}'. */
static int render_field(AdStrBuilder *sb, AdValue fmt, int64_t *pos, int64_t end, FormatArgs *fa, int depth) {
    int64_t i = *pos, name_start = i;
    uint32_t c = 0;
    while (i < end) {
        c = ad_str_char(fmt, i++);
        if (c == '{') {
            ad_err_set(&ad_ValueError, "unexpected '{' in field name");
            return -1;
        }
        if (c == '[') {
            while (i < end && ad_str_char(fmt, i) != ']') i++;
            continue;
        }
        if (c == '}' || c == ':' || c == '!') break;
    }
    int64_t name_end = i - 1;
    uint32_t conversion = 0;
    int64_t spec_start = i, spec_end = i;
    int spec_nested = 0;
    if (c == '!' || c == ':') {
        if (c == '!') {
            if (i >= end) {
                ad_err_set(&ad_ValueError, "end of string while looking for conversion specifier");
                return -1;
            }
            conversion = ad_str_char(fmt, i++);
            if (i < end) {
                uint32_t d = ad_str_char(fmt, i++);
                if (d == '}') goto have_field;
                if (d != ':') {
                    ad_err_set(&ad_ValueError, "expected ':' after conversion specifier");
                    return -1;
                }
            }
        }
        spec_start = i;
        int count = 1;
        for (;;) {
            if (i >= end) {
                ad_err_set(&ad_ValueError, "unmatched '{' in format spec");
                return -1;
            }
            uint32_t d = ad_str_char(fmt, i++);
            if (d == '{') { spec_nested = 1; count++; }
            else if (d == '}' && --count == 0) break;
        }
        spec_end = i - 1;
    } else if (c != '}') {
        ad_err_set(&ad_ValueError, "expected '}' before end of string");
        return -1;
    }
have_field:
    *pos = i;
    AdValue obj = get_field(fmt, name_start, name_end, fa);
    if (!obj) return -1;
    if (conversion && !(obj = convert_field(obj, conversion))) return -1;
    if (!spec_nested) {
        int r = render_fast(sb, obj, fmt, spec_start, spec_end);
        if (r <= 0) return r;
    }
    AdValue spec;
    if (spec_nested) spec = build_string(fmt, spec_start, spec_end, fa, depth - 1);
    else spec = spec_end > spec_start ? ad_str_substr(fmt, spec_start, spec_end) : ad_str_empty();
    if (!spec) return -1;
    AdValue text = ad_format(obj, spec);
    if (!text) return -1;
    ad_sb_append_str(sb, text);
    return 0;
}

static AdValue build_string(AdValue fmt, int64_t start, int64_t end, FormatArgs *fa, int depth) {
    if (depth <= 0) return ad_err_set(&ad_ValueError, "Max string recursion exceeded");
    uint32_t stackbuf[64];
    AdStrBuilder sb;
    ad_sb_init_stack(&sb, stackbuf, sizeof stackbuf);
    int64_t i = start;
    while (i < end) {
        int64_t lit = i;
        uint32_t c = 0;
        while (i < end) {
            c = ad_str_char(fmt, i);
            if (c == '{' || c == '}') break;
            i++;
        }
        ad_sb_append_substr(&sb, fmt, lit, i);
        if (i >= end) break;
        i++;   /* past the brace */
        if (c == '}') {
            if (i >= end || ad_str_char(fmt, i) != '}')
                return ad_err_set(&ad_ValueError, "Single '}' encountered in format string");
            ad_sb_append_char(&sb, '}');
            i++;
            continue;
        }
        if (i >= end) return ad_err_set(&ad_ValueError, "Single '{' encountered in format string");
        if (ad_str_char(fmt, i) == '{') {
            ad_sb_append_char(&sb, '{');
            i++;
            continue;
        }
        if (render_field(&sb, fmt, &i, end, fa, depth) < 0) return AD_ERROR;
    }
    return ad_sb_finish(&sb);
}

AdValue ad_str_format_call(AdValue fmt, const AdValue *args, size_t nargs, AdValue kwnames) {
    FormatArgs fa = {args, nargs, 1, kwnames, args ? args + nargs : NULL, 0, 0, 0};
    if (!kwnames || ad_tuple_len(kwnames) == 0) fa.kwnames = 0;
    return build_string(fmt, 0, ad_str_len(fmt), &fa, 2);
}

AdValue ad_str_format_map(AdValue fmt, AdValue mapping) {
    FormatArgs fa = {NULL, 0, 0, 0, NULL, mapping, 0, 0};
    return build_string(fmt, 0, ad_str_len(fmt), &fa, 2);
}
