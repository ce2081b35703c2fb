/*
 * str_mod.c — printf-style formatting: `fmt % args` for str (CPython's PyUnicode_Format).
 *
 * The arguments are a tuple (consumed in order), a mapping (for "%(key)s"; any object with
 * __getitem__ that is not a tuple or str counts, as in CPython, which is why 'abc' % [1] is
 * fine), or a single other value. The bookkeeping mirrors CPython's: `arglen` -1 and `argidx` -2
 * mean "one non-tuple argument, not yet used", and the final check reports "not all arguments
 * converted during string formatting" only when no mapping is involved.
 *
 * Each conversion produces its text and then goes through one padding routine (the sign, the
 * "0x" prefix and zero or space padding in CPython's order).
 *
 * bytes % args runs the same machinery on the format decoded as Latin-1 (one code point per
 * byte) and encodes the result back; only %s/%b, %r/%a, %c, the mapping keys and the messages
 * differ ("not all arguments converted during bytes formatting").
 */
#include "strings.h"

#include <math.h>

enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };

typedef struct ModCtx {
    AdValue fmt;
    int64_t pos, end;
    AdValue args;
    int64_t arglen, argidx;
    AdValue dict;          /* the mapping, or 0 */
    int bytes_mode;        /* formatting bytes: the text holds one code point per byte */
    AdStrBuilder sb;
} ModCtx;

typedef struct ModArg {
    uint32_t ch;
    int flags;
    int64_t width, prec;
    int sign;              /* the text is numeric: sign and zero padding apply */
} ModArg;

static AdValue next_arg(ModCtx *c) {
    if (c->argidx < c->arglen) {
        int64_t i = c->argidx++;
        return c->arglen < 0 ? c->args : ad_tuple_get(c->args, i);
    }
    return ad_err_set(&ad_TypeError, "not enough arguments for format string");
}

static inline uint32_t peek(ModCtx *c) { return c->pos < c->end ? ad_str_char(c->fmt, c->pos) : 0; }

/** A '*' width or precision: the next argument, which must be an int. */
static int star_arg(ModCtx *c, int64_t *out) {
    AdValue v = next_arg(c);
    if (!v) return -1;
    if (!ad_is_int(v)) {
        ad_err_set(&ad_TypeError, "* wants int");
        return -1;
    }
    if (ad_int_to_i64(v, out) < 0) {
        ad_err_set(&ad_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

/** Read decimal digits starting with the already read first digit `ch`; -1 on overflow. */
static int read_number(ModCtx *c, ModArg *a, int64_t *out, int64_t limit, const char *too_big) {
    int64_t v = a->ch - '0';
    for (;;) {
        if (c->pos >= c->end) { a->ch = 0; c->pos = c->end + 1; break; }
        a->ch = ad_str_char(c->fmt, c->pos++);
        if (a->ch < '0' || a->ch > '9') break;
        if (v > (limit - (int64_t)(a->ch - '0')) / 10) {
            ad_err_set(&ad_ValueError, too_big);
            return -1;
        }
        v = v * 10 + (a->ch - '0');
    }
    *out = v;
    return 0;
}

/** Advance to the next format character into a->ch; marks the end as pos > end. */
static void advance(ModCtx *c, ModArg *a) {
    if (c->pos < c->end) a->ch = ad_str_char(c->fmt, c->pos++);
    else { a->ch = 0; c->pos = c->end + 1; }
}

/** Parse "(key)", flags, width, precision and the length modifier after a '%'. 0 or -1. */
static int parse_arg(ModCtx *c, ModArg *a) {
    if (peek(c) == '(') {
        if (!c->dict) {
            ad_err_set(&ad_TypeError, "format requires a mapping");
            return -1;
        }
        int64_t start = ++c->pos, depth = 1;
        while (depth > 0 && c->pos < c->end) {
            uint32_t ch = ad_str_char(c->fmt, c->pos++);
            if (ch == ')') depth--;
            else if (ch == '(') depth++;
        }
        if (depth > 0) {
            ad_err_set(&ad_ValueError, "incomplete format key");
            return -1;
        }
        AdValue key = ad_str_substr(c->fmt, start, c->pos - 1);
        if (c->bytes_mode && !(key = ad_encode(key, "latin-1", NULL))) return -1;
        c->args = ad_getitem(c->dict, key);
        if (!c->args) return -1;
        c->arglen = -1;
        c->argidx = -2;
    }
    for (;;) {
        advance(c, a);
        if (c->pos > c->end) break;
        switch (a->ch) {
        case '-': a->flags |= F_LJUST; continue;
        case '+': a->flags |= F_SIGN; continue;
        case ' ': a->flags |= F_BLANK; continue;
        case '#': a->flags |= F_ALT; continue;
        case '0': a->flags |= F_ZERO; continue;
        }
        break;
    }
    if (c->pos <= c->end && a->ch == '*') {
        if (star_arg(c, &a->width) < 0) return -1;
        if (a->width < 0) {
            a->flags |= F_LJUST;
            a->width = -a->width;
        }
        advance(c, a);
    } else if (c->pos <= c->end && a->ch >= '0' && a->ch <= '9') {
        if (read_number(c, a, &a->width, INT64_MAX, "width too big") < 0) return -1;
    }
    if (c->pos <= c->end && a->ch == '.') {
        a->prec = 0;
        advance(c, a);
        if (c->pos <= c->end && a->ch == '*') {
            if (star_arg(c, &a->prec) < 0) return -1;
            if (a->prec > INT32_MAX || a->prec < INT32_MIN) {
                ad_err_set(&ad_OverflowError, "Python int too large to convert to C int");
                return -1;
            }
            if (a->prec < 0) a->prec = 0;
            advance(c, a);
        } else if (c->pos <= c->end && a->ch >= '0' && a->ch <= '9') {
            if (read_number(c, a, &a->prec, INT32_MAX, "precision too big") < 0) return -1;
        }
    }
    if (c->pos <= c->end && (a->ch == 'h' || a->ch == 'l' || a->ch == 'L')) advance(c, a);
    if (c->pos > c->end) {
        ad_err_set(&ad_ValueError, "incomplete format");
        return -1;
    }
    return 0;
}

/* ---- the conversions ---------------------------------------------------------------------- */

/** 1 if v supports numeric conversion at all (CPython's PyNumber_Check). */
static int is_number(AdValue v) {
    AdType *t = ad_type(v);
    return ad_is_int(v) || t->index || t->to_int || t->to_float || ad_isinstance_type(v, &ad_float_type) ||
           ad_isinstance_type(v, &ad_complex_type);
}

static AdValue wrong_int_type(uint32_t type, AdValue v) {
    if (type == 'o' || type == 'x' || type == 'X')
        return ad_err_format(&ad_TypeError, "%%%c format: an integer is required, not %s", (int)type,
                             ad_type(v)->name);
    return ad_err_format(&ad_TypeError, "%%%c format: a real number is required, not %s", (int)type,
                         ad_type(v)->name);
}

/** The int that %d / %x / %o format: int(v), or operator.index(v) for x, X and o. */
static AdValue int_operand(AdValue v, uint32_t type) {
    if (ad_is_int(v)) return v;
    if (!is_number(v)) return wrong_int_type(type, v);
    AdValue r;
    AdType *t = ad_type(v);
    if (type == 'o' || type == 'x' || type == 'X') r = t->index ? ad_index(v) : 0;
    else if (ad_isinstance_type(v, &ad_float_type)) r = ad_int_from_double(ad_float_val(v));
    else if (t->to_int) r = t->to_int(v);
    else if (t->index) r = ad_index(v);
    else r = 0;
    if (!r) {
        if (!ad_err_occurred() || ad_err_matches(&ad_TypeError)) {
            ad_err_clear();
            return wrong_int_type(type, v);
        }
        return AD_ERROR;
    }
    return r;
}

/** _PyUnicode_FormatLong: [-][0x]zeros digits, with precision as a minimum digit count. */
static AdValue format_long(AdValue v, int alt, int64_t prec, uint32_t type) {
    int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
    AdValue text = ad_int_to_str(v, base);
    if (!text) return AD_ERROR;
    size_t n;
    const char *s = ad_str_utf8(text, &n);
    int neg = *s == '-';
    if (neg) { s++; n--; }
    if (n >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'o' || s[1] == 'X')) { s += 2; n -= 2; }
    AdByteBuf bb;
    ad_bb_init(&bb, n + 8 + (prec > 0 ? (size_t)prec : 0));
    if (neg) ad_bb_append_byte(&bb, '-');
    if (alt && base != 10) {
        ad_bb_append_byte(&bb, '0');
        ad_bb_append_byte(&bb, base == 8 ? 'o' : 'x');
    }
    for (int64_t i = (int64_t)n; i < prec; i++) ad_bb_append_byte(&bb, '0');
    ad_bb_append(&bb, s, n);
    if (type == 'X')
        for (size_t i = 0; i < bb.len; i++)
            if (bb.buf[i] >= 'a' && bb.buf[i] <= 'x') bb.buf[i] -= 32;
    return ad_bb_finish_str_ascii(&bb);
}

static double float_operand(AdValue v) {
    if (ad_isinstance_type(v, &ad_float_type)) return ad_float_val(v);
    AdType *t = ad_type(v);
    if (!ad_is_int(v) && !t->to_float && !t->index) {
        ad_err_format(&ad_TypeError, "must be real number, not %s", t->name);
        return -1.0;
    }
    return ad_as_double(v);
}

/** %c: a str of length 1 or an int code point. Returns the code point, or (uint32_t)-1. */
static uint32_t char_operand(AdValue v) {
    if (ad_is_str(v)) {
        if (ad_str_len(v) == 1) return ad_str_char(v, 0);
    } else if (ad_is_int(v) || ad_type(v)->index) {
        AdValue i = ad_is_int(v) ? v : ad_index(v);
        if (!i) return (uint32_t)-1;
        int64_t x;
        if (ad_int_to_i64(i, &x) < 0 || x < 0 || x > 0x10FFFF) {
            ad_err_set(&ad_OverflowError, "%c arg not in range(0x110000)");
            return (uint32_t)-1;
        }
        return (uint32_t)x;
    }
    ad_err_set(&ad_TypeError, "%c requires int or char");
    return (uint32_t)-1;
}

/**
 * Conversions that need no padding, written straight into the result: %s of strs and small
 * ints, %d of small ints, and floats without width or sign flags. 1 when done, 0 when the
 * general path must handle it, -1 on error.
 */
static int convert_fast(ModCtx *c, ModArg *a, AdValue v) {
    if (a->width != -1 || (a->flags & (F_SIGN | F_BLANK))) return 0;
    if (c->bytes_mode && (a->ch == 's' || a->ch == 'c')) return 0;
    switch (a->ch) {
    case 's':
        if (a->prec != -1) return 0;
        if (ad_is_exact_str(v)) ad_sb_append_str(&c->sb, v);
        else if (ad_is_small(v)) ad_sb_append_i64(&c->sb, ad_small_val(v));
        else return 0;
        return 1;
    case 'd': case 'i': case 'u':
        if (a->prec != -1 || !ad_is_small(v)) return 0;
        ad_sb_append_i64(&c->sb, ad_small_val(v));
        return 1;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        if (ad_type(v) != &ad_float_type) return 0;
        char buf[128], *text;
        int n = ad_float_to_text(ad_float_val(v), (int)a->ch, a->prec < 0 ? 6 : (int)a->prec,
                                 (a->flags & F_ALT) ? 1 : 0, buf, sizeof buf, &text);
        ad_sb_append_ascii(&c->sb, text, (size_t)n);
        return 1;
    }
    default:
        return 0;
    }
}

/** %s / %b of bytes formatting: the bytes of v (or of v.__bytes__()) as Latin-1 text. */
static AdValue bytes_operand(AdValue v) {
    if (!ad_is_byteslike(v)) {
        AdValue method = ad_type_lookup(ad_type(v), ad_str_intern_cstr("__bytes__"));
        if (!method)
            return ad_err_format(&ad_TypeError,
                                 "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'",
                                 ad_type(v)->name);
        v = ad_call_method(v, ad_str_intern_cstr("__bytes__"), NULL, 0, 0);
        if (!v) return AD_ERROR;
        if (!ad_is_bytes(v))
            return ad_err_format(&ad_TypeError, "__bytes__ returned non-bytes (type %s)", ad_type(v)->name);
    }
    return ad_str_from_latin1(ad_blike_data(v), (size_t)ad_blike_len(v));
}

/** %c of bytes formatting: an int in range(256) or a bytes of length 1. */
static AdValue byte_char_operand(AdValue v) {
    if (ad_is_byteslike(v) && ad_blike_len(v) == 1) return ad_str_from_char(ad_blike_data(v)[0]);
    if (ad_is_int(v) || ad_type(v)->index) {
        AdValue i = ad_is_int(v) ? v : ad_index(v);
        if (!i) return AD_ERROR;
        int64_t x;
        if (ad_int_to_i64(i, &x) < 0 || x < 0 || x > 255)
            return ad_err_set(&ad_OverflowError, "%c arg not in range(256)");
        return ad_str_from_char((uint32_t)x);
    }
    return ad_err_set(&ad_TypeError, "%c requires an integer in range(256) or a single byte");
}

/** The text of one conversion of v (before padding). */
static AdValue convert(ModCtx *c, ModArg *a, AdValue v) {
    if (c->bytes_mode) {
        switch (a->ch) {
        case 's': case 'b': return bytes_operand(v);
        case 'r': case 'a': return ad_ascii(v);
        case 'c': return byte_char_operand(v);
        default: break;
        }
    }
    switch (a->ch) {
    case 's':
        return ad_is_exact_str(v) ? v : ad_str(v);
    case 'r':
        return ad_repr(v);
    case 'a':
        return ad_ascii(v);
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X': {
        AdValue i = int_operand(v, a->ch);
        if (!i) return AD_ERROR;
        a->sign = 1;
        return format_long(i, a->flags & F_ALT, a->prec, a->ch);
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d = float_operand(v);
        if (d == -1.0 && ad_err_occurred()) return AD_ERROR;
        a->sign = 1;
        char buf[128], *text;
        int n = ad_float_to_text(d, (int)a->ch, a->prec < 0 ? 6 : (int)a->prec, (a->flags & F_ALT) ? 1 : 0,
                                 buf, sizeof buf, &text);
        return ad_str_from_ascii(text, (size_t)n);
    }
    case 'c': {
        uint32_t cp = char_operand(v);
        if (cp == (uint32_t)-1) return AD_ERROR;
        return ad_str_from_char(cp);
    }
    default: {
        int shown = a->ch >= 31 && a->ch <= 126 ? (int)a->ch : '?';
        char hex[16];
        snprintf(hex, sizeof hex, "0x%x", a->ch);
        return ad_err_format(&ad_ValueError, "unsupported format character '%c' (%s) at index %lld", shown,
                             hex, (long long)(c->pos - 1));
    }
    }
}

/** Write `str` with the sign, prefix and padding rules (unicode_format_arg_output). */
static void output(ModCtx *c, ModArg *a, AdValue str) {
    AdStrBuilder *sb = &c->sb;
    uint32_t fill = a->sign && (a->flags & F_ZERO) ? '0' : ' ';
    int64_t len = ad_str_len(str);
    if ((a->width == -1 || a->width <= len) && (a->prec == -1 || a->prec >= len) &&
        !(a->flags & (F_SIGN | F_BLANK))) {
        ad_sb_append_str(sb, str);
        return;
    }
    if ((a->ch == 's' || a->ch == 'r' || a->ch == 'a') && a->prec >= 0 && len > a->prec) len = a->prec;
    int64_t p = 0;
    uint32_t signchar = 0;
    if (a->sign) {
        uint32_t ch = len ? ad_str_char(str, 0) : 0;
        if (ch == '-' || ch == '+') { signchar = ch; len--; p++; }
        else if (a->flags & F_SIGN) signchar = '+';
        else if (a->flags & F_BLANK) signchar = ' ';
        else a->sign = 0;
    }
    int64_t width = a->width < len ? len : a->width;
    int prefix = (a->flags & F_ALT) && (a->ch == 'x' || a->ch == 'X' || a->ch == 'o');
    if (a->sign) {
        if (fill != ' ') ad_sb_append_char(sb, signchar);
        if (width > len) width--;
    }
    if (prefix) {
        if (fill != ' ') {
            ad_sb_append_char(sb, '0');
            ad_sb_append_char(sb, a->ch);
            p += 2;
        }
        width -= 2;
        if (width < 0) width = 0;
        len -= 2;
    }
    if (width > len && !(a->flags & F_LJUST)) {
        ad_sb_append_repeat(sb, fill, (size_t)(width - len));
        width = len;
    }
    if (fill == ' ') {
        if (a->sign) ad_sb_append_char(sb, signchar);
        if (prefix) {
            ad_sb_append_char(sb, '0');
            ad_sb_append_char(sb, a->ch);
            p += 2;
        }
    }
    ad_sb_append_substr(sb, str, p, p + len);
    if (width > len) ad_sb_append_repeat(sb, ' ', (size_t)(width - len));
}

static AdValue not_all_converted(ModCtx *c) {
    return ad_err_set(&ad_TypeError, c->bytes_mode ? "not all arguments converted during bytes formatting"
                                                   : "not all arguments converted during string formatting");
}

static int format_one(ModCtx *c) {
    if (peek(c) == '%') {
        c->pos++;
        ad_sb_append_char(&c->sb, '%');
        return 0;
    }
    ModArg a = {0, 0, -1, -1, 0};
    if (parse_arg(c, &a) < 0) return -1;
    AdValue v = next_arg(c);
    if (!v) return -1;
    int fast = convert_fast(c, &a, v);
    if (fast < 0) return -1;
    if (!fast) {
        AdValue str = convert(c, &a, v);
        if (!str) return -1;
        output(c, &a, str);
    }
    if (c->dict && c->argidx < c->arglen) {
        not_all_converted(c);
        return -1;
    }
    return 0;
}

static AdValue format_text(AdValue fmt, AdValue args, int bytes_mode) {
    ModCtx c;
    c.fmt = fmt;
    c.pos = 0;
    c.end = ad_str_len(fmt);
    c.args = args;
    c.bytes_mode = bytes_mode;
    int is_tuple = ad_isinstance_type(args, &ad_tuple_type);
    c.arglen = is_tuple ? ad_tuple_len(args) : -1;
    c.argidx = is_tuple ? 0 : -2;
    int excluded = is_tuple || ad_is_str(args) || (bytes_mode && ad_is_bytes(args));
    c.dict = !excluded && ad_type(args)->getitem ? args : 0;
    uint32_t stackbuf[64];
    ad_sb_init_stack(&c.sb, stackbuf, sizeof stackbuf);
    while (c.pos < c.end) {
        int64_t lit = c.pos;
        if (AD_STR(fmt)->kind == 1) {
            const unsigned char *d = AD_STR(fmt)->data;
            const unsigned char *pct = memchr(d + lit, '%', (size_t)(c.end - lit));
            c.pos = pct ? pct - d : c.end;
        } else {
            while (c.pos < c.end && ad_str_char(fmt, c.pos) != '%') c.pos++;
        }
        ad_sb_append_substr(&c.sb, fmt, lit, c.pos);
        if (c.pos >= c.end) break;
        c.pos++;
        if (format_one(&c) < 0) return AD_ERROR;
    }
    if (c.argidx < c.arglen && !c.dict) return not_all_converted(&c);
    return ad_sb_finish(&c.sb);
}

AdValue ad_str_mod(AdValue fmt, AdValue args) { return format_text(fmt, args, 0); }

AdValue ad_bytes_mod(AdValue fmt, AdValue args) {
    AdValue text = ad_str_from_latin1(ad_blike_data(fmt), (size_t)ad_blike_len(fmt));
    if (!text) return AD_ERROR;
    AdValue r = format_text(text, args, 1);
    return r ? ad_encode(r, "latin-1", NULL) : AD_ERROR;
}
