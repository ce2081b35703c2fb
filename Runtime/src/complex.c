/*
 * complex.c — Python's complex: construction (numbers and strings), repr, arithmetic with ints
 * and floats, equality, hashing.
 *
 * Invariants:
 *  - A complex is an AdComplex in pointer-free memory. Operands that are ints or floats are
 *    widened to complex with a +0.0 imaginary part before the operation, as CPython 3.11 does
 *    (so signs of zero come out the same).
 *  - The formulas are CPython's: Smith's algorithm for division, repeated squaring for integral
 *    exponents up to 100 in magnitude and the polar form otherwise; errno-style failures become
 *    "complex division by zero", "0.0 to a negative or complex power", "complex exponentiation".
 */
#include "numbers.h"

#include <errno.h>
#include <string.h>

typedef struct {
    double re, im;
} Cx;

AdValue ad_complex(double real, double imag) {
    AdComplex *c = ad_alloc_atomic(sizeof(AdComplex));
    c->ob.type = &ad_complex_type;
    c->real = real;
    c->imag = imag;
    return AD_VAL(c);
}

static AdValue complex_of_type(AdType *type, double re, double im) {
    if (type == &ad_complex_type) return ad_complex(re, im);
    AdComplex *c = (AdComplex *)ad_new_object(type, type->instance_size);
    c->real = re;
    c->imag = im;
    return AD_VAL(c);
}

static AdValue complex_from_cx(Cx c) { return ad_complex(c.re, c.im); }

static Cx cx_of(AdValue v) {
    AdComplex *c = AD_AS(AdComplex, v);
    return (Cx){c->real, c->imag};
}

/* An operand as a complex: 1, 0 when it is not a number this type handles, -1 on error. */
static int operand_complex(AdValue v, Cx *out) {
    if (ad_num_is_complex(v)) {
        *out = cx_of(v);
        return 1;
    }
    if (ad_num_is_float(v)) {
        *out = (Cx){ad_float_val(v), 0.0};
        return 1;
    }
    if (ad_num_is_int(v)) {
        double d = ad_int_to_double(v);
        if (d == -1.0 && ad_err_occurred()) return -1;
        *out = (Cx){d, 0.0};
        return 1;
    }
    return 0;
}

#define COMPLEX_OPERANDS(a, b, x, y)                                    \
    Cx x, y;                                                            \
    do {                                                                \
        int ra_ = operand_complex(a, &x);                               \
        if (ra_ <= 0) return ra_ == 0 ? AD_NOTIMPL : AD_ERROR;          \
        int rb_ = operand_complex(b, &y);                               \
        if (rb_ <= 0) return rb_ == 0 ? AD_NOTIMPL : AD_ERROR;          \
    } while (0)

/* ========================================================================================== */
/* MARK: Arithmetic                                                                            */
/* ========================================================================================== */

static Cx cx_prod(Cx a, Cx b) { return (Cx){a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

/* Smith's algorithm: divide through by the larger part of the divisor. Sets errno = EDOM for
 * division by zero. */
static Cx cx_quot(Cx a, Cx b) {
    double abs_re = fabs(b.re), abs_im = fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            errno = EDOM;
            return (Cx){0.0, 0.0};
        }
        double ratio = b.im / b.re, denom = b.re + b.im * ratio;
        return (Cx){(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im, denom = b.re * ratio + b.im;
        return (Cx){(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
    }
    return (Cx){NAN, NAN};
}

static Cx cx_pow(Cx a, Cx b) {
    if (b.re == 0.0 && b.im == 0.0) return (Cx){1.0, 0.0};
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) errno = EDOM;
        return (Cx){0.0, 0.0};
    }
    double vabs = hypot(a.re, a.im);
    double len = pow(vabs, b.re);
    double at = atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= exp(at * b.im);
        phase += b.im * log(vabs);
    }
    return (Cx){len * cos(phase), len * sin(phase)};
}

static Cx cx_powu(Cx x, long n) {
    Cx r = {1.0, 0.0}, p = x;
    long mask = 1;
    while (mask > 0 && n >= mask) {
        if (n & mask) r = cx_prod(r, p);
        mask <<= 1;
        p = cx_prod(p, p);
    }
    return r;
}

static Cx cx_powi(Cx x, long n) {
    if (n > 0) return cx_powu(x, n);
    return cx_quot((Cx){1.0, 0.0}, cx_powu(x, -n));
}

static AdValue complex_pow_values(Cx a, Cx b) {
    errno = 0;
    Cx p;
    if (b.im == 0.0 && b.re == floor(b.re) && fabs(b.re) <= 100.0) p = cx_powi(a, (long)b.re);
    else p = cx_pow(a, b);
    if (isinf(p.re) || isinf(p.im)) {
        if (errno == 0) errno = ERANGE;
    } else if (errno == ERANGE) {
        errno = 0;
    }
    if (errno == EDOM) return ad_err_set(&ad_ZeroDivisionError, "0.0 to a negative or complex power");
    if (errno == ERANGE) return ad_err_set(&ad_OverflowError, "complex exponentiation");
    return complex_from_cx(p);
}

AdValue ad_complex_pow_cc(double ar, double ai, double br, double bi) {
    return complex_pow_values((Cx){ar, ai}, (Cx){br, bi});
}

static AdValue complex_add(AdValue a, AdValue b) {
    COMPLEX_OPERANDS(a, b, x, y);
    return ad_complex(x.re + y.re, x.im + y.im);
}

static AdValue complex_sub(AdValue a, AdValue b) {
    COMPLEX_OPERANDS(a, b, x, y);
    return ad_complex(x.re - y.re, x.im - y.im);
}

static AdValue complex_mul(AdValue a, AdValue b) {
    COMPLEX_OPERANDS(a, b, x, y);
    return complex_from_cx(cx_prod(x, y));
}

static AdValue complex_div(AdValue a, AdValue b) {
    COMPLEX_OPERANDS(a, b, x, y);
    errno = 0;
    Cx q = cx_quot(x, y);
    if (errno == EDOM) return ad_err_set(&ad_ZeroDivisionError, "complex division by zero");
    return complex_from_cx(q);
}

static AdValue complex_power(AdValue a, AdValue b) {
    COMPLEX_OPERANDS(a, b, x, y);
    return complex_pow_values(x, y);
}

static AdValue complex_neg(AdValue v) {
    Cx c = cx_of(v);
    return ad_complex(-c.re, -c.im);
}

static AdValue complex_pos(AdValue v) {
    if (AD_OBJ(v)->type == &ad_complex_type) return v;
    return complex_from_cx(cx_of(v));
}

static AdValue complex_abs(AdValue v) {
    Cx c = cx_of(v);
    if (!isfinite(c.re) || !isfinite(c.im)) {
        if (isinf(c.re)) return ad_float(fabs(c.re));
        if (isinf(c.im)) return ad_float(fabs(c.im));
        return ad_float(NAN);
    }
    double r = hypot(c.re, c.im);
    if (!isfinite(r)) return ad_err_set(&ad_OverflowError, "absolute value too large");
    return ad_float(r);
}

static int complex_truth(AdValue v) {
    Cx c = cx_of(v);
    return c.re != 0.0 || c.im != 0.0;
}

/* ========================================================================================== */
/* MARK: Comparison, hash, repr                                                                */
/* ========================================================================================== */

static AdValue complex_richcompare(AdValue a, AdValue b, int op) {
    if (op != AD_EQ && op != AD_NE) return AD_NOTIMPL;
    if (!ad_num_is_complex(a)) {
        AdValue t = a;
        a = b;
        b = t;
    }
    if (!ad_num_is_complex(a)) return AD_NOTIMPL;
    Cx c = cx_of(a);
    int equal;
    if (ad_num_is_int(b)) {
        equal = c.im == 0.0 && ad_float_int_cmp(c.re, b) == 0;
    } else if (ad_num_is_float(b)) {
        equal = c.re == ad_float_val(b) && c.im == 0.0;
    } else if (ad_num_is_complex(b)) {
        Cx d = cx_of(b);
        equal = c.re == d.re && c.im == d.im;
    } else {
        return AD_NOTIMPL;
    }
    return ad_bool(equal == (op == AD_EQ));
}

static int64_t part_hash(AdValue v, double d) { return isnan(d) ? ad_num_nan_hash(v) : ad_double_hash(d); }

static int64_t complex_hash(AdValue v) {
    Cx c = cx_of(v);
    uint64_t combined = (uint64_t)part_hash(v, c.re) + AD_HASH_IMAG * (uint64_t)part_hash(v, c.im);
    int64_t h = (int64_t)combined;
    return h == -1 ? -2 : h;
}

/* "1j", "(1+2j)", "(-0-1j)": the parts in repr style without ".0", the imaginary one signed. */
static int complex_repr_text(Cx c, char *buf) {
    char re[32], im[32];
    ad_double_repr_bare(c.im, im);
    if (c.re == 0.0 && copysign(1.0, c.re) == 1.0) return sprintf(buf, "%sj", im);
    ad_double_repr_bare(c.re, re);
    return sprintf(buf, "(%s%s%sj)", re, im[0] == '-' ? "" : "+", im);
}

static AdValue complex_repr(AdValue v) {
    char buf[80];
    int n = complex_repr_text(cx_of(v), buf);
    return ad_str_from_utf8(buf, (size_t)n);
}

/* ========================================================================================== */
/* MARK: complex()                                                                             */
/* ========================================================================================== */

static int is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/* complex(str): "<float>", "<float>j", "<float><signed float>j", "<float><sign>j", "<sign>j",
 * "j", optionally in parentheses, with surrounding whitespace. */
static int parse_complex_text(const char *s, size_t len, Cx *out) {
    const char *p = s, *end = s + len;
    double x = 0.0, y = 0.0, z;
    int bracket = 0;
    while (p < end && is_space(*p)) p++;
    if (p < end && *p == '(') {
        bracket = 1;
        p++;
        while (p < end && is_space(*p)) p++;
    }
    const char *q = ad_float_parse_prefix(p, end, &z);
    if (q != p) {
        p = q;
        if (p < end && (*p == '+' || *p == '-')) {
            x = z;
            q = ad_float_parse_prefix(p, end, &y);
            if (q != p) {
                p = q;
            } else {
                y = *p == '+' ? 1.0 : -1.0;
                p++;
            }
            if (p >= end || (*p != 'j' && *p != 'J')) return -1;
            p++;
        } else if (p < end && (*p == 'j' || *p == 'J')) {
            p++;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (p < end && (*p == '+' || *p == '-')) {
            y = *p == '+' ? 1.0 : -1.0;
            p++;
        } else {
            y = 1.0;
        }
        if (p >= end || (*p != 'j' && *p != 'J')) return -1;
        p++;
    }
    while (p < end && is_space(*p)) p++;
    if (bracket) {
        if (p >= end || *p != ')') return -1;
        p++;
        while (p < end && is_space(*p)) p++;
    }
    if (p != end) return -1;
    *out = (Cx){x, y};
    return 0;
}

static AdValue complex_from_string(AdType *type, AdValue s) {
    size_t len;
    const char *text = ad_num_ascii_text(s, &len);
    text = ad_num_remove_underscores(text, &len);
    if (!text) return ad_err_format(&ad_ValueError, "could not convert string to complex: %R", s);
    Cx c;
    if (parse_complex_text(text, len, &c) < 0) return ad_err_set(&ad_ValueError, "complex() arg is a malformed string");
    return complex_of_type(type, c.re, c.im);
}

/* The result of __complex__, or 0 with no error when the type has none. */
static AdValue try_complex_method(AdValue v) {
    AdValue name = ad_str_intern_cstr("__complex__");
    if (!ad_type_lookup(ad_type(v), name)) return 0;
    AdValue r = ad_call_method(v, name, NULL, 0, 0);
    if (r && !ad_num_is_complex(r))
        return ad_err_format(&ad_TypeError, "__complex__ returned non-complex (type %s)", ad_type(r)->name);
    return r;
}

static int is_real_number(AdValue v) {
    AdType *t = ad_type(v);
    return t->to_float || t->index || ad_num_is_complex(v);
}

static AdValue complex_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    size_t nkw = kwnames ? (size_t)ad_tuple_len(kwnames) : 0;
    if (nargs + nkw > 2)
        return ad_err_format(&ad_TypeError, "complex() takes at most 2 arguments (%zu given)", nargs + nkw);
    AdValue r = nargs > 0 ? args[0] : 0, i = nargs > 1 ? args[1] : 0;
    for (size_t k = 0; k < nkw; k++) {
        AdValue name = ad_tuple_get(kwnames, (int64_t)k);
        AdValue *slot = ad_str_eq_cstr(name, "real") ? &r : ad_str_eq_cstr(name, "imag") ? &i : NULL;
        if (!slot) return ad_err_format(&ad_TypeError, "'%S' is an invalid keyword argument for complex()", name);
        if (*slot)
            return ad_err_format(&ad_TypeError, "argument for complex() given by name ('%S') and position (%d)",
                                 name, slot == &r ? 1 : 2);
        *slot = args[nargs + k];
    }
    if (!r) r = ad_small(0);
    if (!i && type == &ad_complex_type && !ad_is_small(r) && AD_OBJ(r)->type == &ad_complex_type) return r;
    if (ad_is_str(r)) {
        if (i) return ad_err_set(&ad_TypeError, "complex() can't take second arg if first is a string");
        return complex_from_string(type, r);
    }
    if (i && ad_is_str(i)) return ad_err_set(&ad_TypeError, "complex() second arg can't be a string");
    AdValue special = try_complex_method(r);
    if (special) r = special;
    else if (ad_err_occurred()) return AD_ERROR;
    if (!is_real_number(r))
        return ad_err_format(&ad_TypeError, "complex() first argument must be a string or a number, not '%s'",
                             ad_type(r)->name);
    if (i && !is_real_number(i))
        return ad_err_format(&ad_TypeError, "complex() second argument must be a number, not '%s'",
                             ad_type(i)->name);
    Cx cr = {0.0, 0.0}, ci = {0.0, 0.0};
    int cr_is_complex = ad_num_is_complex(r), ci_is_complex = 0;
    if (cr_is_complex) {
        cr = cx_of(r);
    } else {
        cr.re = ad_as_double(r);
        if (cr.re == -1.0 && ad_err_occurred()) return AD_ERROR;
    }
    if (!i) {
        ci.re = cr.im;
    } else if (ad_num_is_complex(i)) {
        ci = cx_of(i);
        ci_is_complex = 1;
    } else {
        ci.re = ad_as_double(i);
        if (ci.re == -1.0 && ad_err_occurred()) return AD_ERROR;
    }
    if (ci_is_complex) cr.re -= ci.im;
    if (cr_is_complex && i) ci.re += cr.im;
    return complex_of_type(type, cr.re, ci.re);
}

/* ========================================================================================== */
/* MARK: Methods                                                                               */
/* ========================================================================================== */

static AdValue complex_m_conjugate(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_num_noargs("complex.conjugate", nargs, kwnames) < 0) return AD_ERROR;
    Cx c = cx_of(self);
    return ad_complex(c.re, -c.im);
}

static AdValue complex_m_complex(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_num_noargs("complex.__complex__", nargs, kwnames) < 0) return AD_ERROR;
    return complex_pos(self);
}

static AdValue complex_m_getnewargs(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_num_noargs("complex.__getnewargs__", nargs, kwnames) < 0) return AD_ERROR;
    Cx c = cx_of(self);
    AdValue items[2] = {ad_float(c.re), ad_float(c.im)};
    return ad_tuple_from_array(items, 2);
}

AdValue ad_complex_format(AdValue v, AdValue spec);

static AdValue complex_m_format(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("__format__", kwnames) < 0 || ad_check_nargs("__format__", nargs, 1, 1) < 0)
        return AD_ERROR;
    if (!ad_is_str(args[0]))
        return ad_err_format(&ad_TypeError, "__format__() argument must be str, not %T", args[0]);
    return ad_complex_format(self, args[0]);
}

static AdValue complex_m_pow(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("__pow__", kwnames) < 0 || ad_check_nargs("__pow__", nargs, 1, 2) < 0)
        return AD_ERROR;
    if (nargs > 1 && args[1] != AD_NONE) return ad_err_set(&ad_ValueError, "complex modulo");
    return complex_power(self, args[0]);
}

static AdValue complex_m_rpow(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("__rpow__", kwnames) < 0 || ad_check_nargs("__rpow__", nargs, 1, 2) < 0)
        return AD_ERROR;
    if (nargs > 1 && args[1] != AD_NONE) return ad_err_set(&ad_ValueError, "complex modulo");
    return complex_power(args[0], self);
}

static const AdMethodDef complex_methods[] = {
    {"conjugate", complex_m_conjugate, 0},
    {"__complex__", complex_m_complex, 0},
    {"__getnewargs__", complex_m_getnewargs, 0},
    {"__format__", complex_m_format, 0},
    {"__pow__", complex_m_pow, 0},
    {"__rpow__", complex_m_rpow, 0},
    {NULL, NULL, 0},
};

static AdValue complex_get_real(AdValue self) { return ad_float(AD_AS(AdComplex, self)->real); }
static AdValue complex_get_imag(AdValue self) { return ad_float(AD_AS(AdComplex, self)->imag); }

static const AdGetSetDef complex_getsets[] = {
    {"real", complex_get_real, NULL},
    {"imag", complex_get_imag, NULL},
    {NULL, NULL, NULL},
};

/* ========================================================================================== */
/* MARK: format()                                                                              */
/* ========================================================================================== */

/*
 * format(complex, spec) as CPython's format_complex_internal: the spec is parsed as for floats;
 * each part is formatted on its own (no type: repr style, in parentheses unless the real part is
 * +0 and omitted), the imaginary part always signed unless it stands alone, and the width, fill
 * and alignment then apply to the whole. Zero padding and '=' alignment are refused.
 */
typedef struct CxSpec {
    uint32_t fill;
    uint32_t align;
    char sign, grouping, type;
    int no_neg_zero, alternate;
    int64_t width, precision;
} CxSpec;

static int is_align_char(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

/* Decimal digits at *pos, for the width and the precision; -1 with an error when too many. */
static int spec_number(AdValue spec, int64_t *pos, int64_t end, int64_t *out) {
    int64_t v = 0, start = *pos;
    while (*pos < end && ad_str_char(spec, *pos) >= '0' && ad_str_char(spec, *pos) <= '9') {
        if (v > (INT64_MAX - 9) / 10) {
            ad_err_set(&ad_ValueError, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (ad_str_char(spec, *pos) - '0');
        (*pos)++;
    }
    *out = *pos > start ? v : -1;
    return 0;
}

static int parse_complex_spec(AdValue spec, CxSpec *f) {
    int64_t pos = 0, end = ad_str_len(spec);
    *f = (CxSpec){.fill = ' ', .align = '>', .width = -1, .precision = -1};
    int fill_given = 0, align_given = 0;
    if (end >= 2 && is_align_char(ad_str_char(spec, 1))) {
        f->fill = ad_str_char(spec, 0);
        f->align = ad_str_char(spec, 1);
        fill_given = align_given = 1;
        pos = 2;
    } else if (end >= 1 && is_align_char(ad_str_char(spec, 0))) {
        f->align = ad_str_char(spec, 0);
        align_given = 1;
        pos = 1;
    }
    if (pos < end && (ad_str_char(spec, pos) == '+' || ad_str_char(spec, pos) == '-' || ad_str_char(spec, pos) == ' '))
        f->sign = (char)ad_str_char(spec, pos++);
    if (pos < end && ad_str_char(spec, pos) == 'z') f->no_neg_zero = 1, pos++;
    if (pos < end && ad_str_char(spec, pos) == '#') f->alternate = 1, pos++;
    if (!fill_given && pos < end && ad_str_char(spec, pos) == '0') {
        f->fill = '0';
        if (!align_given) f->align = '=';
        pos++;
    }
    if (spec_number(spec, &pos, end, &f->width) < 0) return -1;
    if (pos < end && ad_str_char(spec, pos) == ',') f->grouping = ',', pos++;
    if (pos < end && ad_str_char(spec, pos) == '_') {
        if (f->grouping) return ad_err_set(&ad_ValueError, "Cannot specify both ',' and '_'."), -1;
        f->grouping = '_';
        pos++;
    }
    if (pos < end && ad_str_char(spec, pos) == ',' && f->grouping == '_')
        return ad_err_set(&ad_ValueError, "Cannot specify both ',' and '_'."), -1;
    if (pos < end && ad_str_char(spec, pos) == '.') {
        pos++;
        if (spec_number(spec, &pos, end, &f->precision) < 0) return -1;
        if (f->precision < 0) return ad_err_set(&ad_ValueError, "Format specifier missing precision"), -1;
    }
    if (end - pos > 1) {
        ad_err_format(&ad_ValueError, "Invalid format specifier '%S' for object of type 'complex'", spec);
        return -1;
    }
    uint32_t type = end - pos == 1 ? ad_str_char(spec, pos) : 0;
    if (f->grouping && type && !strchr("defgEGF%", (int)type) &&
        !(f->grouping == '_' && strchr("boxX", (int)type))) {
        ad_err_format(&ad_ValueError, "Cannot specify '%c' with '%c'.", f->grouping, (int)type);
        return -1;
    }
    if (type && (type > 127 || !strchr("eEfFgGn", (int)type))) {
        if (type > 127) {
            ad_err_format(&ad_ValueError, "Unknown format code '\\x%x' for object of type 'complex'", (int)type);
        } else {
            ad_err_format(&ad_ValueError, "Unknown format code '%c' for object of type 'complex'", (int)type);
        }
        return -1;
    }
    f->type = (char)type;
    return 0;
}

/* One part's text without its sign: repr style ('r') or printf style, as PyOS_double_to_string. */
static void part_text(double x, char type, int precision, int alternate, char *buf, size_t cap) {
    int upper = type == 'E' || type == 'F' || type == 'G';
    if (isnan(x) || isinf(x)) {
        snprintf(buf, cap, "%s", isnan(x) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf"));
        return;
    }
    x = fabs(x);
    if (type == 'r') {
        ad_double_repr_bare(x, buf);
        if (alternate && !strchr(buf, '.')) {
            char *e = strchr(buf, 'e');
            size_t at = e ? (size_t)(e - buf) : strlen(buf);
            memmove(buf + at + 1, buf + at, strlen(buf) - at + 1);
            buf[at] = '.';
        }
        return;
    }
    char fmt[8] = "%", *p = fmt + 1;
    if (alternate) *p++ = '#';
    *p++ = '.';
    *p++ = '*';
    *p++ = type;
    *p = 0;
    snprintf(buf, cap, fmt, precision, x);
}

static int text_is_zero(const char *s) {
    for (; *s && *s != 'e' && *s != 'E'; s++)
        if (*s >= '1' && *s <= '9') return 0;
    return 1;
}

/* Append sign and text, grouping the leading run of digits. */
static void append_part(AdStrBuilder *sb, char sign, const char *text, char grouping) {
    if (sign) ad_sb_append_char(sb, (uint32_t)sign);
    size_t digits = 0;
    while (text[digits] >= '0' && text[digits] <= '9') digits++;
    for (size_t i = 0; i < digits; i++) {
        if (grouping && i > 0 && (digits - i) % 3 == 0) ad_sb_append_char(sb, (uint32_t)grouping);
        ad_sb_append_char(sb, (uint32_t)text[i]);
    }
    ad_sb_append_cstr(sb, text + digits);
}

static char part_sign(double x, const char *text, int no_neg_zero, char requested) {
    int negative = signbit(x) && !isnan(x);
    if (negative && no_neg_zero && isfinite(x) && text_is_zero(text)) negative = 0;
    if (negative) return '-';
    return requested == '+' || requested == ' ' ? requested : 0;
}

AdValue ad_complex_format(AdValue v, AdValue spec) {
    if (ad_str_len(spec) == 0) return ad_str(v);
    CxSpec f;
    if (parse_complex_spec(spec, &f) < 0) return AD_ERROR;
    if (f.precision > INT32_MAX) return ad_err_set(&ad_ValueError, "precision too big");
    if (f.fill == '0') return ad_err_set(&ad_ValueError, "Zero padding is not allowed in complex format specifier");
    if (f.align == '=')
        return ad_err_set(&ad_ValueError, "'=' alignment flag is not allowed in complex format specifier");
    Cx c = cx_of(v);
    char type = f.type;
    int precision = (int)f.precision, default_precision = 6, skip_re = 0, parens = 0;
    if (type == 0) {
        type = 'r';
        default_precision = 0;
        if (c.re == 0.0 && copysign(1.0, c.re) == 1.0) skip_re = 1;
        else parens = 1;
    }
    if (type == 'n') type = 'g';
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';
    size_t cap = (size_t)precision + 400;
    char *re = ad_alloc_atomic(cap), *im = ad_alloc_atomic(cap);
    part_text(c.re, type, precision, f.alternate, re, cap);
    part_text(c.im, type, precision, f.alternate, im, cap);
    char re_sign = part_sign(c.re, re, f.no_neg_zero, f.sign);
    char im_sign = part_sign(c.im, im, f.no_neg_zero, skip_re ? f.sign : '+');
    AdStrBuilder body;
    ad_sb_init(&body);
    if (parens) ad_sb_append_char(&body, '(');
    if (!skip_re) append_part(&body, re_sign, re, f.grouping);
    append_part(&body, im_sign, im, f.grouping);
    ad_sb_append_char(&body, 'j');
    if (parens) ad_sb_append_char(&body, ')');
    int64_t len = (int64_t)body.len, pad = f.width > len ? f.width - len : 0;
    if (pad == 0) return ad_sb_finish(&body);
    int64_t left = f.align == '<' ? 0 : f.align == '^' ? pad / 2 : pad;
    AdStrBuilder out;
    ad_sb_init(&out);
    for (int64_t i = 0; i < left; i++) ad_sb_append_char(&out, f.fill);
    ad_sb_append_str(&out, ad_sb_finish(&body));
    for (int64_t i = left; i < pad; i++) ad_sb_append_char(&out, f.fill);
    return ad_sb_finish(&out);
}

/* ========================================================================================== */
/* MARK: The type                                                                              */
/* ========================================================================================== */

AdType ad_complex_type = {
    .ob = {&ad_type_type},
    .name = "complex",
    .base = &ad_object_type,
    .flags = AD_TPFLAG_BASETYPE,
    .instance_size = sizeof(AdComplex),
    .repr = complex_repr,
    .hash = complex_hash,
    .richcompare = complex_richcompare,
    .truth = complex_truth,
    .construct = complex_construct,
    .number = {
        [AD_OP_ADD] = complex_add, [AD_OP_SUB] = complex_sub, [AD_OP_MUL] = complex_mul,
        [AD_OP_TRUEDIV] = complex_div, [AD_OP_POW] = complex_power,
    },
    .neg = complex_neg,
    .pos = complex_pos,
    .abs = complex_abs,
    .format = ad_complex_format,
};

void ad_init_complex_type(void) { ad_type_ready(&ad_complex_type, complex_methods, complex_getsets); }
