/*
 * str_methods.c — the methods of str, with CPython 3.11's semantics, argument handling and
 * messages.
 *
 * Argument errors: CPython's str methods come from three generations of argument parsing, and
 * each has its own wording ("str.upper() takes no arguments (1 given)", "center expected at most
 * 2 arguments, got 3", "find() takes at least 1 argument (0 given)", "'x' is an invalid keyword
 * argument for split()"). ad_method_args reproduces each style; every method names its style.
 *
 * Speed: most text is ASCII, so the hot methods (split, join, strip, replace, find, case
 * mapping) have a kind-1 path that works on bytes and builds the result in one allocation.
 * Results are canonical: a method that may turn non-ASCII text into ASCII (replace, slicing,
 * case mapping) goes through ad_str_from_ucs4 / ad_str_canonical.
 */
#include "strings.h"

#include <stdlib.h>

#define STR_MAX INT64_MAX

/* ========================================================================================== */
/* MARK: Argument parsing in CPython's styles                                                  */
/* ========================================================================================== */

static inline size_t kw_count(AdValue kwnames) { return kwnames ? (size_t)ad_tuple_len(kwnames) : 0; }

static const char *plural(int64_t n) { return n == 1 ? "" : "s"; }

int ad_method_args(const char *tname, const char *name, int style, const AdValue *args, size_t nargs,
                   AdValue kwnames, int min, int max, const char *const *kwlist, AdValue *out) {
    size_t nkw = kw_count(kwnames);
    if (nkw && style != AD_ARGS_KW) {
        if (style == AD_ARGS_WRAPPER)
            ad_err_format(&ad_TypeError, "wrapper %s() takes no keyword arguments", name);
        else ad_err_format(&ad_TypeError, "%s.%s() takes no keyword arguments", tname, name);
        return -1;
    }
    switch (style) {
    case AD_ARGS_NONE:
        if (nargs) {
            ad_err_format(&ad_TypeError, "%s.%s() takes no arguments (%zu given)", tname, name, nargs);
            return -1;
        }
        return 0;
    case AD_ARGS_ONE:
        if (nargs != 1) {
            ad_err_format(&ad_TypeError, "%s.%s() takes exactly one argument (%zu given)", tname, name, nargs);
            return -1;
        }
        break;
    case AD_ARGS_POS:
    case AD_ARGS_WRAPPER: {
        const char *sep = style == AD_ARGS_POS ? " " : "";
        const char *nm = style == AD_ARGS_POS ? name : "";
        if ((int64_t)nargs < min || (int64_t)nargs > max) {
            int64_t bound = (int64_t)nargs < min ? min : max;
            const char *which = min == max ? "" : (int64_t)nargs < min ? "at least " : "at most ";
            ad_err_format(&ad_TypeError, "%s%sexpected %s%lld argument%s, got %zu", nm, sep, which,
                          (long long)bound, plural(bound), nargs);
            return -1;
        }
        break;
    }
    case AD_ARGS_OLD:
    case AD_ARGS_KW:
        if ((int64_t)nargs < min) {
            ad_err_format(&ad_TypeError, "%s() takes at least %d argument%s (%zu given)", name, min,
                          plural(min), nargs);
            return -1;
        }
        if ((int64_t)(nargs + nkw) > max) {
            ad_err_format(&ad_TypeError, "%s() takes at most %d argument%s (%zu given)", name, max,
                          plural(max), nargs + nkw);
            return -1;
        }
        break;
    }
    if (!out) return 0;
    for (int i = 0; i < max; i++) out[i] = (size_t)i < nargs ? args[i] : 0;
    for (size_t k = 0; k < nkw; k++) {
        AdValue key = ad_tuple_get(kwnames, (int64_t)k);
        int found = -1;
        for (int i = 0; kwlist && kwlist[i]; i++)
            if (ad_str_eq_cstr(key, kwlist[i])) { found = i; break; }
        if (found < 0) {
            ad_err_format(&ad_TypeError, "'%s' is an invalid keyword argument for %s()",
                          ad_str_utf8(key, NULL), name);
            return -1;
        }
        if ((size_t)found < nargs) {
            ad_err_format(&ad_TypeError, "argument for %s() given by name ('%s') and position (%d)",
                          name, kwlist[found], found + 1);
            return -1;
        }
        out[found] = args[nargs + k];
    }
    return 0;
}

#define STR_ARGS(name, style, min, max, kwlist, out) \
    ad_method_args("str", name, style, args, nargs, kwnames, min, max, kwlist, out)

/** A str argument ("must be str, not int"), or -1. */
static int need_str(AdValue v, const char *prefix) {
    if (ad_is_str(v)) return 0;
    ad_err_format(&ad_TypeError, "%smust be str, not %s", prefix, ad_type(v)->name);
    return -1;
}

/** The optional start/end arguments of find, count, startswith...: clamped slice bounds. */
static int start_end(AdValue s, AdValue a, AdValue b, int64_t *start, int64_t *end) {
    *start = 0;
    *end = STR_MAX;
    if (ad_parse_slice_index(a, start) < 0 || ad_parse_slice_index(b, end) < 0) return -1;
    ad_adjust_indices(start, end, ad_str_len(s));
    return 0;
}

/* ========================================================================================== */
/* MARK: Lists and tuples of results                                                           */
/* ========================================================================================== */

static AdValue tuple3(AdValue a, AdValue b, AdValue c) {
    AdValue items[3] = {a, b, c};
    return ad_tuple_from_array(items, 3);
}

static inline int append_part(AdValue list, AdValue s, int64_t i, int64_t j) {
    AdValue part = ad_str_substr(s, i, j);
    return part ? ad_list_append(list, part) : -1;
}

/** Reverse a list in place (rsplit collects from the right). */
static void reverse_list(AdValue list) {
    AdList *l = AD_AS(AdList, list);
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        AdValue t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

/* ========================================================================================== */
/* MARK: split, rsplit, splitlines                                                             */
/* ========================================================================================== */

static inline int is_space_at(AdValue s, int kind, int64_t i) {
    if (kind == 1) {
        unsigned char c = AD_STR(s)->data[i];
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    }
    return ad_uni_isspace(ad_str_d4(s)[i]);
}

static AdValue split_whitespace(AdValue s, int64_t maxcount) {
    int64_t n = ad_str_len(s), i = 0;
    int kind = ad_str_kind(s);
    AdValue list = ad_list_new(0);
    while (maxcount-- > 0) {
        while (i < n && is_space_at(s, kind, i)) i++;
        if (i == n) return list;
        int64_t j = i++;
        while (i < n && !is_space_at(s, kind, i)) i++;
        if (append_part(list, s, j, i) < 0) return AD_ERROR;
    }
    while (i < n && is_space_at(s, kind, i)) i++;
    if (i < n && append_part(list, s, i, n) < 0) return AD_ERROR;
    return list;
}

static AdValue rsplit_whitespace(AdValue s, int64_t maxcount) {
    int64_t i = ad_str_len(s) - 1;
    int kind = ad_str_kind(s);
    AdValue list = ad_list_new(0);
    while (maxcount-- > 0) {
        while (i >= 0 && is_space_at(s, kind, i)) i--;
        if (i < 0) break;
        int64_t j = i--;
        while (i >= 0 && !is_space_at(s, kind, i)) i--;
        if (append_part(list, s, i + 1, j + 1) < 0) return AD_ERROR;
    }
    if (i >= 0) {
        while (i >= 0 && is_space_at(s, kind, i)) i--;
        if (i >= 0 && append_part(list, s, 0, i + 1) < 0) return AD_ERROR;
    }
    reverse_list(list);
    return list;
}

static AdValue split_sep(AdValue s, AdValue sep, int64_t maxcount) {
    int64_t n = ad_str_len(s), m = ad_str_len(sep), i = 0;
    AdValue list = ad_list_new(0);
    if (ad_str_kind(s) == 1 && ad_str_kind(sep) == 1 && m == 1) {
        const unsigned char *d = AD_STR(s)->data, c = AD_STR(sep)->data[0];
        while (maxcount-- > 0) {
            const unsigned char *p = memchr(d + i, c, (size_t)(n - i));
            if (!p) break;
            int64_t pos = p - d;
            if (append_part(list, s, i, pos) < 0) return AD_ERROR;
            i = pos + 1;
        }
    } else {
        while (maxcount-- > 0) {
            int64_t pos = ad_str_find_sub(s, sep, i, n, 1);
            if (pos < 0) break;
            if (append_part(list, s, i, pos) < 0) return AD_ERROR;
            i = pos + m;
        }
    }
    if (append_part(list, s, i, n) < 0) return AD_ERROR;
    return list;
}

static AdValue rsplit_sep(AdValue s, AdValue sep, int64_t maxcount) {
    int64_t m = ad_str_len(sep), j = ad_str_len(s);
    AdValue list = ad_list_new(0);
    while (maxcount-- > 0) {
        int64_t pos = ad_str_find_sub(s, sep, 0, j, -1);
        if (pos < 0) break;
        if (append_part(list, s, pos + m, j) < 0) return AD_ERROR;
        j = pos;
    }
    if (append_part(list, s, 0, j) < 0) return AD_ERROR;
    reverse_list(list);
    return list;
}

static const char *const split_kw[] = {"sep", "maxsplit", NULL};

static AdValue do_split(const char *name, AdValue self, const AdValue *args, size_t nargs,
                        AdValue kwnames, int right) {
    AdValue a[2];
    if (STR_ARGS(name, AD_ARGS_KW, 0, 2, split_kw, a) < 0) return AD_ERROR;
    int64_t maxsplit = -1;
    if (a[1] && ad_ssize_arg(a[1], &maxsplit) < 0) return AD_ERROR;
    if (maxsplit < 0) maxsplit = STR_MAX;
    AdValue sep = a[0];
    if (sep == 0 || sep == AD_NONE)
        return right ? rsplit_whitespace(self, maxsplit) : split_whitespace(self, maxsplit);
    if (!ad_is_str(sep))
        return ad_err_format(&ad_TypeError, "must be str or None, not %s", ad_type(sep)->name);
    if (ad_str_len(sep) == 0) return ad_err_set(&ad_ValueError, "empty separator");
    return right ? rsplit_sep(self, sep, maxsplit) : split_sep(self, sep, maxsplit);
}

static AdValue str_split(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return do_split("split", self, args, nargs, kwnames, 0);
}

static AdValue str_rsplit(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return do_split("rsplit", self, args, nargs, kwnames, 1);
}

static inline int is_linebreak_at(AdValue s, int kind, int64_t i) {
    if (kind == 1) {
        unsigned char c = AD_STR(s)->data[i];
        return (c >= 10 && c <= 13) || (c >= 28 && c <= 30);
    }
    return ad_uni_islinebreak(ad_str_d4(s)[i]);
}

static const char *const splitlines_kw[] = {"keepends", NULL};

static AdValue str_splitlines(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[1];
    if (STR_ARGS("splitlines", AD_ARGS_KW, 0, 1, splitlines_kw, a) < 0) return AD_ERROR;
    int64_t keepends = 0;
    if (a[0] && ad_ssize_arg(a[0], &keepends) < 0) return AD_ERROR;
    int64_t n = ad_str_len(self), i = 0;
    int kind = ad_str_kind(self);
    AdValue list = ad_list_new(0);
    while (i < n) {
        int64_t j = i;
        while (i < n && !is_linebreak_at(self, kind, i)) i++;
        int64_t eol = i;
        if (i < n) {
            if (ad_str_char(self, i) == '\r' && i + 1 < n && ad_str_char(self, i + 1) == '\n') i += 2;
            else i++;
            if (keepends) eol = i;
        }
        if (append_part(list, self, j, eol) < 0) return AD_ERROR;
    }
    return list;
}

/* ========================================================================================== */
/* MARK: join                                                                                  */
/* ========================================================================================== */

static AdValue join_items(AdValue sep, const AdValue *items, int64_t n) {
    if (n == 0) return ad_str_empty();
    if (n == 1 && ad_is_exact_str(items[0])) return ad_str_shared(items[0]);
    int64_t seplen = ad_str_len(sep), total = seplen * (n - 1);
    int kind = ad_str_kind(sep);
    for (int64_t i = 0; i < n; i++) {
        AdValue it = items[i];
        if (!ad_is_str(it))
            return ad_err_format(&ad_TypeError, "sequence item %lld: expected str instance, %s found",
                                 (long long)i, ad_type(it)->name);
        total += ad_str_len(it);
        if (ad_str_kind(it) > kind) kind = ad_str_kind(it);
    }
    AdStr *r = ad_str_alloc(kind, total);
    if (!r) return AD_ERROR;
    if (kind == 1) {
        unsigned char *o = r->data;
        const unsigned char *sd = AD_STR(sep)->data;
        for (int64_t i = 0; i < n; i++) {
            if (i && seplen) {
                if (seplen == 1) *o++ = sd[0];
                else { memcpy(o, sd, (size_t)seplen); o += seplen; }
            }
            AdStr *p = AD_STR(items[i]);
            memcpy(o, p->data, (size_t)p->length);
            o += p->length;
        }
        return AD_VAL(r);
    }
    uint32_t *o = (uint32_t *)r->data;
    for (int64_t i = 0; i < n; i++) {
        if (i) for (int64_t k = 0; k < seplen; k++) *o++ = ad_str_char(sep, k);
        AdValue it = items[i];
        int64_t len = ad_str_len(it);
        if (ad_str_kind(it) == 4) memcpy(o, ad_str_d4(it), (size_t)len * 4);
        else for (int64_t k = 0; k < len; k++) o[k] = ad_str_d1(it)[k];
        o += len;
    }
    return AD_VAL(r);
}

AdValue ad_str_join(AdValue sep, AdValue iterable) {
    AdType *t = ad_type(iterable);
    if (t == &ad_list_type) {
        AdList *l = AD_AS(AdList, iterable);
        return join_items(sep, l->items, l->len);
    }
    if (t == &ad_tuple_type) {
        AdTuple *tp = AD_AS(AdTuple, iterable);
        return join_items(sep, tp->items, tp->len);
    }
    AdValue it = ad_iter(iterable);
    if (!it) {
        if (ad_err_matches(&ad_TypeError)) {
            ad_err_clear();
            ad_err_set(&ad_TypeError, "can only join an iterable");
        }
        return AD_ERROR;
    }
    AdValue list = ad_list_from_iterable(it);
    if (!list) return AD_ERROR;
    AdList *l = AD_AS(AdList, list);
    return join_items(sep, l->items, l->len);
}

static AdValue str_join(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (STR_ARGS("join", AD_ARGS_ONE, 1, 1, NULL, NULL) < 0) return AD_ERROR;
    return ad_str_join(self, args[0]);
}

/* ========================================================================================== */
/* MARK: strip family                                                                          */
/* ========================================================================================== */

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2, STRIP_BOTH = 3 };

static int in_chars(AdValue chars, uint32_t c) {
    int64_t n = ad_str_len(chars);
    if (ad_str_kind(chars) == 1) return c < 128 && memchr(ad_str_d1(chars), (int)c, (size_t)n) != NULL;
    const uint32_t *d = ad_str_d4(chars);
    for (int64_t i = 0; i < n; i++)
        if (d[i] == c) return 1;
    return 0;
}

static AdValue do_strip(const char *name, AdValue self, const AdValue *args, size_t nargs,
                        AdValue kwnames, int which) {
    AdValue a[1];
    if (STR_ARGS(name, AD_ARGS_POS, 0, 1, NULL, a) < 0) return AD_ERROR;
    AdValue chars = a[0];
    if (chars == AD_NONE) chars = 0;
    if (chars && !ad_is_str(chars))
        return ad_err_format(&ad_TypeError, "%s arg must be None or str", name);
    int64_t n = ad_str_len(self), i = 0, j = n;
    int kind = ad_str_kind(self);
    if (!chars) {
        if (which & STRIP_LEFT) while (i < j && is_space_at(self, kind, i)) i++;
        if (which & STRIP_RIGHT) while (j > i && is_space_at(self, kind, j - 1)) j--;
    } else {
        if (which & STRIP_LEFT) while (i < j && in_chars(chars, ad_str_char(self, i))) i++;
        if (which & STRIP_RIGHT) while (j > i && in_chars(chars, ad_str_char(self, j - 1))) j--;
    }
    if (i == 0 && j == n) return ad_str_exact(self);
    return ad_str_substr(self, i, j);
}

static AdValue str_strip(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return do_strip("strip", self, args, nargs, kwnames, STRIP_BOTH);
}
static AdValue str_lstrip(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return do_strip("lstrip", self, args, nargs, kwnames, STRIP_LEFT);
}
static AdValue str_rstrip(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return do_strip("rstrip", self, args, nargs, kwnames, STRIP_RIGHT);
}

/* ========================================================================================== */
/* MARK: find, index, count, startswith, endswith                                              */
/* ========================================================================================== */

/** Parse (sub[, start[, end]]) for find-like methods. */
static int find_args(const char *name, AdValue self, const AdValue *args, size_t nargs, AdValue kwnames,
                     AdValue *sub, int64_t *start, int64_t *end) {
    AdValue a[3];
    if (STR_ARGS(name, AD_ARGS_OLD, 1, 3, NULL, a) < 0) return -1;
    if (need_str(a[0], "") < 0) return -1;
    *sub = a[0];
    return start_end(self, a[1], a[2], start, end);
}

static AdValue do_find(const char *name, AdValue self, const AdValue *args, size_t nargs,
                       AdValue kwnames, int dir, int raise) {
    AdValue sub;
    int64_t start, end;
    if (find_args(name, self, args, nargs, kwnames, &sub, &start, &end) < 0) return AD_ERROR;
    int64_t r = ad_str_find_sub(self, sub, start, end, dir);
    if (r < 0 && raise) return ad_err_set(&ad_ValueError, "substring not found");
    return ad_small(r);
}

static AdValue str_find(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return do_find("find", self, args, nargs, kwnames, 1, 0);
}
static AdValue str_rfind(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return do_find("rfind", self, args, nargs, kwnames, -1, 0);
}
static AdValue str_index(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return do_find("index", self, args, nargs, kwnames, 1, 1);
}
static AdValue str_rindex(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return do_find("rindex", self, args, nargs, kwnames, -1, 1);
}

static AdValue str_count(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue sub;
    int64_t start, end;
    if (find_args("count", self, args, nargs, kwnames, &sub, &start, &end) < 0) return AD_ERROR;
    return ad_small(ad_str_count_sub(self, sub, start, end, STR_MAX));
}

/** 1 if s[start:end] starts (dir < 0) or ends (dir > 0) with sub. */
static int tailmatch(AdValue s, AdValue sub, int64_t start, int64_t end, int dir) {
    int64_t m = ad_str_len(sub);
    end -= m;
    if (end < start) return 0;
    if (m == 0) return 1;
    int64_t at = dir < 0 ? start : end;
    if (ad_str_kind(sub) > ad_str_kind(s)) return 0;
    if (ad_str_kind(s) == 1) return memcmp(ad_str_d1(s) + at, ad_str_d1(sub), (size_t)m) == 0;
    if (ad_str_kind(sub) == 4) return memcmp(ad_str_d4(s) + at, ad_str_d4(sub), (size_t)m * 4) == 0;
    for (int64_t i = 0; i < m; i++)
        if (ad_str_d4(s)[at + i] != ad_str_d1(sub)[i]) return 0;
    return 1;
}

static AdValue do_startswith(const char *name, AdValue self, const AdValue *args, size_t nargs,
                             AdValue kwnames, int dir) {
    AdValue a[3];
    if (STR_ARGS(name, AD_ARGS_OLD, 1, 3, NULL, a) < 0) return AD_ERROR;
    int64_t start = 0, end = STR_MAX;
    if (ad_parse_slice_index(a[1], &start) < 0 || ad_parse_slice_index(a[2], &end) < 0) return AD_ERROR;
    ad_adjust_indices(&start, &end, ad_str_len(self));
    AdValue x = a[0];
    if (ad_type(x) == &ad_tuple_type || ad_isinstance_type(x, &ad_tuple_type)) {
        int64_t n = ad_tuple_len(x);
        for (int64_t i = 0; i < n; i++) {
            AdValue sub = ad_tuple_get(x, i);
            if (!ad_is_str(sub))
                return ad_err_format(&ad_TypeError, "tuple for %s must only contain str, not %s", name,
                                     ad_type(sub)->name);
            if (tailmatch(self, sub, start, end, dir)) return AD_TRUE;
        }
        return AD_FALSE;
    }
    if (!ad_is_str(x))
        return ad_err_format(&ad_TypeError, "%s first arg must be str or a tuple of str, not %s", name,
                             ad_type(x)->name);
    return ad_bool(tailmatch(self, x, start, end, dir));
}

static AdValue str_startswith(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return do_startswith("startswith", self, args, nargs, kwnames, -1);
}
static AdValue str_endswith(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return do_startswith("endswith", self, args, nargs, kwnames, 1);
}

/* ========================================================================================== */
/* MARK: replace, removeprefix, removesuffix                                                   */
/* ========================================================================================== */

/** Replace up to `count` occurrences of a non-empty `old`. */
static AdValue replace_sub(AdValue s, AdValue old, AdValue new, int64_t count) {
    int64_t n = ad_str_len(s), m = ad_str_len(old), k = ad_str_len(new);
    int64_t found = ad_str_count_sub(s, old, 0, n, count);
    if (found == 0) return ad_str_exact(s);
    int kind = ad_str_kind(s) > ad_str_kind(new) ? ad_str_kind(s) : ad_str_kind(new);
    AdStr *r = ad_str_alloc(kind, n + found * (k - m));
    if (!r) return AD_ERROR;
    int64_t i = 0, o = 0;
    if (kind == 1) {
        const unsigned char *d = ad_str_d1(s), *nd = ad_str_d1(new);
        for (int64_t c = 0; c < found; c++) {
            int64_t pos = ad_str_find_sub(s, old, i, n, 1);
            memcpy(r->data + o, d + i, (size_t)(pos - i));
            o += pos - i;
            memcpy(r->data + o, nd, (size_t)k);
            o += k;
            i = pos + m;
        }
        memcpy(r->data + o, d + i, (size_t)(n - i));
        return AD_VAL(r);
    }
    uint32_t *out = (uint32_t *)r->data;
    for (int64_t c = 0; c < found; c++) {
        int64_t pos = ad_str_find_sub(s, old, i, n, 1);
        for (; i < pos; i++) out[o++] = ad_str_char(s, i);
        for (int64_t t = 0; t < k; t++) out[o++] = ad_str_char(new, t);
        i = pos + m;
    }
    for (; i < n; i++) out[o++] = ad_str_char(s, i);
    return ad_str_canonical(r);
}

/** Replace with an empty `old`: insert `new` before every code point and at the end. */
static AdValue replace_empty(AdValue s, AdValue new, int64_t count) {
    int64_t n = ad_str_len(s);
    if (count > n + 1) count = n + 1;
    if (count == 0) return ad_str_exact(s);
    AdStrBuilder sb;
    ad_sb_init(&sb);
    for (int64_t i = 0; i < n; i++) {
        if (i < count) ad_sb_append_str(&sb, new);
        ad_sb_append_char(&sb, ad_str_char(s, i));
    }
    if (count > n) ad_sb_append_str(&sb, new);
    return ad_sb_finish(&sb);
}

static AdValue str_replace(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[3];
    if (STR_ARGS("replace", AD_ARGS_POS, 2, 3, NULL, a) < 0) return AD_ERROR;
    for (int i = 0; i < 2; i++)
        if (!ad_is_str(a[i]))
            return ad_err_format(&ad_TypeError, "replace() argument %d must be str, not %s", i + 1,
                                 ad_type(a[i])->name);
    int64_t count = -1;
    if (a[2] && ad_ssize_arg(a[2], &count) < 0) return AD_ERROR;
    if (count < 0) count = STR_MAX;
    if (ad_str_len(a[0]) == 0) return replace_empty(self, a[1], count);
    return replace_sub(self, a[0], a[1], count);
}

static AdValue do_removefix(const char *name, AdValue self, const AdValue *args, size_t nargs,
                            AdValue kwnames, int suffix) {
    if (STR_ARGS(name, AD_ARGS_ONE, 1, 1, NULL, NULL) < 0) return AD_ERROR;
    AdValue fix = args[0];
    if (!ad_is_str(fix))
        return ad_err_format(&ad_TypeError, "%s() argument must be str, not %s", name, ad_type(fix)->name);
    int64_t n = ad_str_len(self), m = ad_str_len(fix);
    if (m == 0 || !tailmatch(self, fix, 0, n, suffix ? 1 : -1)) return ad_str_exact(self);
    return suffix ? ad_str_substr(self, 0, n - m) : ad_str_substr(self, m, n);
}

static AdValue str_removeprefix(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return do_removefix("removeprefix", self, args, nargs, kwnames, 0);
}
static AdValue str_removesuffix(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return do_removefix("removesuffix", self, args, nargs, kwnames, 1);
}

/* ========================================================================================== */
/* MARK: partition                                                                             */
/* ========================================================================================== */

static AdValue do_partition(const char *name, AdValue self, const AdValue *args, size_t nargs,
                            AdValue kwnames, int dir) {
    if (STR_ARGS(name, AD_ARGS_ONE, 1, 1, NULL, NULL) < 0) return AD_ERROR;
    AdValue sep = args[0];
    if (need_str(sep, "") < 0) return AD_ERROR;
    int64_t n = ad_str_len(self), m = ad_str_len(sep);
    if (m == 0) return ad_err_set(&ad_ValueError, "empty separator");
    int64_t pos = ad_str_find_sub(self, sep, 0, n, dir);
    AdValue e = ad_str_empty();
    if (pos < 0) {
        AdValue whole = ad_str_exact(self);
        return dir > 0 ? tuple3(whole, e, e) : tuple3(e, e, whole);
    }
    return tuple3(ad_str_substr(self, 0, pos), ad_str_exact(sep), ad_str_substr(self, pos + m, n));
}

static AdValue str_partition(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return do_partition("partition", self, args, nargs, kwnames, 1);
}
static AdValue str_rpartition(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return do_partition("rpartition", self, args, nargs, kwnames, -1);
}

/* ========================================================================================== */
/* MARK: Padding: center, ljust, rjust, zfill, expandtabs                                      */
/* ========================================================================================== */

static AdValue pad(AdValue s, int64_t left, int64_t right, uint32_t fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (left == 0 && right == 0) return ad_str_exact(s);
    int64_t n = ad_str_len(s);
    int kind = fill >= 128 ? 4 : ad_str_kind(s);
    AdStr *r = ad_str_alloc(kind, left + n + right);
    if (!r) return AD_ERROR;
    if (kind == 1) {
        memset(r->data, (int)fill, (size_t)left);
        memcpy(r->data + left, ad_str_d1(s), (size_t)n);
        memset(r->data + left + n, (int)fill, (size_t)right);
        return AD_VAL(r);
    }
    uint32_t *o = (uint32_t *)r->data;
    for (int64_t i = 0; i < left; i++) *o++ = fill;
    for (int64_t i = 0; i < n; i++) *o++ = ad_str_char(s, i);
    for (int64_t i = 0; i < right; i++) *o++ = fill;
    return AD_VAL(r);
}

/** Parse (width[, fillchar]) for center, ljust, rjust. */
static int justify_args(const char *name, const AdValue *args, size_t nargs, AdValue kwnames,
                        int64_t *width, uint32_t *fill) {
    AdValue a[2];
    if (STR_ARGS(name, AD_ARGS_POS, 1, 2, NULL, a) < 0) return -1;
    if (ad_ssize_arg(a[0], width) < 0) return -1;
    *fill = ' ';
    if (a[1]) {
        if (!ad_is_str(a[1])) {
            ad_err_format(&ad_TypeError, "%s() argument 2 must be str, not %s", name, ad_type(a[1])->name);
            return -1;
        }
        if (ad_str_len(a[1]) != 1) {
            ad_err_set(&ad_TypeError, "The fill character must be exactly one character long");
            return -1;
        }
        *fill = ad_str_char(a[1], 0);
    }
    return 0;
}

static AdValue str_center(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    int64_t width;
    uint32_t fill;
    if (justify_args("center", args, nargs, kwnames, &width, &fill) < 0) return AD_ERROR;
    int64_t n = ad_str_len(self);
    if (n >= width) return ad_str_exact(self);
    int64_t marg = width - n;
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(self, left, marg - left, fill);
}

static AdValue str_ljust(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    int64_t width;
    uint32_t fill;
    if (justify_args("ljust", args, nargs, kwnames, &width, &fill) < 0) return AD_ERROR;
    return pad(self, 0, width - ad_str_len(self), fill);
}

static AdValue str_rjust(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    int64_t width;
    uint32_t fill;
    if (justify_args("rjust", args, nargs, kwnames, &width, &fill) < 0) return AD_ERROR;
    return pad(self, width - ad_str_len(self), 0, fill);
}

static AdValue str_zfill(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (STR_ARGS("zfill", AD_ARGS_ONE, 1, 1, NULL, NULL) < 0) return AD_ERROR;
    int64_t width;
    if (ad_ssize_arg(args[0], &width) < 0) return AD_ERROR;
    int64_t n = ad_str_len(self);
    if (n >= width) return ad_str_exact(self);
    int64_t fill = width - n;
    AdValue r = pad(self, fill, 0, '0');
    if (!r) return AD_ERROR;
    AdStr *p = AD_STR(r);
    uint32_t first = n ? ad_str_char(self, 0) : 0;
    if (first == '+' || first == '-') {
        if (p->kind == 1) { p->data[0] = (uint8_t)first; p->data[fill] = '0'; }
        else { ((uint32_t *)p->data)[0] = first; ((uint32_t *)p->data)[fill] = '0'; }
    }
    return r;
}

static const char *const expandtabs_kw[] = {"tabsize", NULL};

static AdValue str_expandtabs(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[1];
    if (STR_ARGS("expandtabs", AD_ARGS_KW, 0, 1, expandtabs_kw, a) < 0) return AD_ERROR;
    int64_t tabsize = 8;
    if (a[0] && ad_ssize_arg(a[0], &tabsize) < 0) return AD_ERROR;
    int64_t n = ad_str_len(self);
    if (ad_str_find_sub(self, ad_str_from_char('\t'), 0, n, 1) < 0) return ad_str_exact(self);
    AdStrBuilder sb;
    ad_sb_init(&sb);
    ad_sb_reserve(&sb, (size_t)n + 16);
    int64_t col = 0;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = ad_str_char(self, i);
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - (col % tabsize);
                col += incr;
                ad_sb_append_repeat(&sb, ' ', (size_t)incr);
            }
        } else {
            col++;
            ad_sb_append_char(&sb, c);
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return ad_sb_finish(&sb);
}

/* ========================================================================================== */
/* MARK: Case mapping                                                                          */
/* ========================================================================================== */

/** Is the capital sigma at s[i] in the Final_Sigma context? (CPython's handle_capital_sigma) */
static int final_sigma(AdValue s, int64_t i) {
    int64_t n = ad_str_len(s), j;
    uint32_t c = 0;
    for (j = i - 1; j >= 0; j--) {
        c = ad_str_char(s, j);
        if (!ad_uni_iscaseignorable(c)) break;
    }
    int result = j >= 0 && ad_uni_iscased(c);
    if (result && i + 1 < n) {
        for (j = i + 1; j < n; j++) {
            c = ad_str_char(s, j);
            if (!ad_uni_iscaseignorable(c)) break;
        }
        result = j == n || !ad_uni_iscased(c);
    }
    return result;
}

/** Lower case of s[i] with the final-sigma rule. */
static int lower_at(AdValue s, int64_t i, uint32_t c, uint32_t *out) {
    if (c == 0x3A3) {
        out[0] = final_sigma(s, i) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return ad_uni_lower_full(c, out);
}

static void append_mapped(AdStrBuilder *sb, const uint32_t *m, int n) {
    for (int k = 0; k < n; k++) ad_sb_append_char(sb, m[k]);
}

enum CaseOp { CASE_LOWER, CASE_UPPER, CASE_FOLD, CASE_SWAP, CASE_CAPITALIZE, CASE_TITLE };

static inline unsigned char ascii_lower(unsigned char c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static inline unsigned char ascii_upper(unsigned char c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }
static inline int ascii_cased(unsigned char c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }

static AdValue case_ascii(AdValue s, enum CaseOp op) {
    int64_t n = ad_str_len(s);
    AdStr *r = ad_str_alloc(1, n);
    if (!r) return AD_ERROR;
    const unsigned char *d = ad_str_d1(s);
    unsigned char *o = r->data;
    int prev_cased = 0;
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        switch (op) {
        case CASE_LOWER:
        case CASE_FOLD: o[i] = ascii_lower(c); break;
        case CASE_UPPER: o[i] = ascii_upper(c); break;
        case CASE_SWAP: o[i] = ascii_cased(c) ? c ^ 32 : c; break;
        case CASE_CAPITALIZE: o[i] = i == 0 ? ascii_upper(c) : ascii_lower(c); break;
        case CASE_TITLE:
            o[i] = prev_cased ? ascii_lower(c) : ascii_upper(c);
            prev_cased = ascii_cased(c);
            break;
        }
    }
    return AD_VAL(r);
}

static AdValue case_map(AdValue s, enum CaseOp op) {
    if (ad_str_kind(s) == 1) return case_ascii(s, op);
    int64_t n = ad_str_len(s);
    AdStrBuilder sb;
    ad_sb_init(&sb);
    ad_sb_reserve(&sb, (size_t)n);
    int prev_cased = 0;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = ad_str_char(s, i), m[3];
        int k;
        switch (op) {
        case CASE_LOWER: k = lower_at(s, i, c, m); break;
        case CASE_UPPER: k = ad_uni_upper_full(c, m); break;
        case CASE_FOLD: k = ad_uni_fold_full(c, m); break;
        case CASE_SWAP:
            if (ad_uni_isupper(c)) k = lower_at(s, i, c, m);
            else if (ad_uni_islower(c)) k = ad_uni_upper_full(c, m);
            else { m[0] = c; k = 1; }
            break;
        case CASE_CAPITALIZE:
            k = i == 0 ? ad_uni_title_full(c, m) : lower_at(s, i, c, m);
            break;
        default:
            k = prev_cased ? lower_at(s, i, c, m) : ad_uni_title_full(c, m);
            prev_cased = ad_uni_iscased(c);
            break;
        }
        append_mapped(&sb, m, k);
    }
    return ad_sb_finish(&sb);
}

#define CASE_METHOD(fname, pyname, op)                                                        \
    static AdValue fname(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) { \
        if (STR_ARGS(pyname, AD_ARGS_NONE, 0, 0, NULL, NULL) < 0) return AD_ERROR;           \
        return case_map(self, op);                                                           \
    }
CASE_METHOD(str_lower, "lower", CASE_LOWER)
CASE_METHOD(str_upper, "upper", CASE_UPPER)
CASE_METHOD(str_casefold, "casefold", CASE_FOLD)
CASE_METHOD(str_swapcase, "swapcase", CASE_SWAP)
CASE_METHOD(str_capitalize, "capitalize", CASE_CAPITALIZE)
CASE_METHOD(str_title, "title", CASE_TITLE)

AdValue ad_str_lower(AdValue s) { return case_map(s, CASE_LOWER); }
AdValue ad_str_upper(AdValue s) { return case_map(s, CASE_UPPER); }

/* ========================================================================================== */
/* MARK: Predicates                                                                            */
/* ========================================================================================== */

/** A predicate true for non-empty strs whose every code point satisfies `pred`. */
static AdValue all_chars(AdValue s, int (*pred)(uint32_t)) {
    int64_t n = ad_str_len(s);
    if (n == 0) return AD_FALSE;
    for (int64_t i = 0; i < n; i++)
        if (!pred(ad_str_char(s, i))) return AD_FALSE;
    return AD_TRUE;
}

#define PREDICATE(fname, pyname, ...)                                                         \
    static AdValue fname(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) { \
        if (STR_ARGS(pyname, AD_ARGS_NONE, 0, 0, NULL, NULL) < 0) return AD_ERROR;           \
        __VA_ARGS__                                                                          \
    }

PREDICATE(str_isalpha, "isalpha", return all_chars(self, ad_uni_isalpha);)
PREDICATE(str_isalnum, "isalnum", return all_chars(self, ad_uni_isalnum);)
PREDICATE(str_isdecimal, "isdecimal", return all_chars(self, ad_uni_isdecimal);)
PREDICATE(str_isdigit, "isdigit", return all_chars(self, ad_uni_isdigit);)
PREDICATE(str_isnumeric, "isnumeric", return all_chars(self, ad_uni_isnumeric);)
PREDICATE(str_isspace, "isspace", return all_chars(self, ad_uni_isspace);)
PREDICATE(str_isascii, "isascii", return ad_bool(ad_str_kind(self) == 1);)

PREDICATE(str_isprintable, "isprintable", {
    int64_t n = ad_str_len(self);
    for (int64_t i = 0; i < n; i++)
        if (!ad_uni_isprintable(ad_str_char(self, i))) return AD_FALSE;
    return AD_TRUE;
})

/** islower / isupper: no code point of the opposite case or title case, at least one cased. */
static AdValue case_predicate(AdValue s, int (*same)(uint32_t), int (*opposite)(uint32_t)) {
    int64_t n = ad_str_len(s);
    int cased = 0;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = ad_str_char(s, i);
        if (opposite(c) || ad_uni_istitle(c)) return AD_FALSE;
        if (!cased && same(c)) cased = 1;
    }
    return ad_bool(cased);
}

PREDICATE(str_islower, "islower", return case_predicate(self, ad_uni_islower, ad_uni_isupper);)
PREDICATE(str_isupper, "isupper", return case_predicate(self, ad_uni_isupper, ad_uni_islower);)

PREDICATE(str_istitle, "istitle", {
    int64_t n = ad_str_len(self);
    int cased = 0, prev_cased = 0;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = ad_str_char(self, i);
        if (ad_uni_isupper(c) || ad_uni_istitle(c)) {
            if (prev_cased) return AD_FALSE;
            prev_cased = cased = 1;
        } else if (ad_uni_islower(c)) {
            if (!prev_cased) return AD_FALSE;
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
    }
    return ad_bool(cased);
})

int ad_str_isidentifier(AdValue s) {
    int64_t n = ad_str_len(s);
    if (n == 0) return 0;
    uint32_t c = ad_str_char(s, 0);
    if (!ad_uni_isxidstart(c) && c != '_') return 0;
    for (int64_t i = 1; i < n; i++)
        if (!ad_uni_isxidcontinue(ad_str_char(s, i))) return 0;
    return 1;
}

PREDICATE(str_isidentifier, "isidentifier", return ad_bool(ad_str_isidentifier(self));)

/* ========================================================================================== */
/* MARK: translate, maketrans                                                                  */
/* ========================================================================================== */

/** Apply one translation result to the builder: 0 kept/handled, -1 error. */
static int translate_one(AdStrBuilder *sb, AdValue table, uint32_t c) {
    AdValue r = ad_getitem(table, ad_small(c));
    if (!r) {
        if (!ad_err_matches(&ad_LookupError)) return -1;
        ad_err_clear();
        ad_sb_append_char(sb, c);
        return 0;
    }
    if (r == AD_NONE) return 0;
    if (ad_is_str(r)) {
        ad_sb_append_str(sb, r);
        return 0;
    }
    if (ad_is_int(r)) {
        int64_t v;
        if (ad_int_to_i64(r, &v) < 0 || v < 0 || v > 0x10FFFF) {
            ad_err_set(&ad_ValueError, "character mapping must be in range(0x110000)");
            return -1;
        }
        ad_sb_append_char(sb, (uint32_t)v);
        return 0;
    }
    ad_err_set(&ad_TypeError, "character mapping must return integer, None or str");
    return -1;
}

static AdValue str_translate(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (STR_ARGS("translate", AD_ARGS_ONE, 1, 1, NULL, NULL) < 0) return AD_ERROR;
    AdValue table = args[0];
    int64_t n = ad_str_len(self);
    AdStrBuilder sb;
    ad_sb_init(&sb);
    ad_sb_reserve(&sb, (size_t)n);
    for (int64_t i = 0; i < n; i++)
        if (translate_one(&sb, table, ad_str_char(self, i)) < 0) return AD_ERROR;
    return ad_sb_finish(&sb);
}

static AdValue maketrans_dict(AdValue x) {
    if (!ad_isinstance_type(x, &ad_dict_type))
        return ad_err_set(&ad_TypeError, "if you give only one argument to maketrans it must be a dict");
    AdValue result = ad_dict_new();
    int64_t pos = 0;
    AdValue key, value;
    while (ad_dict_next(x, &pos, &key, &value)) {
        if (ad_is_str(key)) {
            if (ad_str_len(key) != 1)
                return ad_err_set(&ad_ValueError, "string keys in translate table must be of length 1");
            key = ad_small(ad_str_char(key, 0));
        } else if (!ad_is_int(key)) {
            return ad_err_set(&ad_TypeError, "keys in translate table must be strings or integers");
        }
        if (ad_dict_set(result, key, value) < 0) return AD_ERROR;
    }
    return result;
}

static AdValue str_maketrans(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[3];
    if (STR_ARGS("maketrans", AD_ARGS_POS, 1, 3, NULL, a) < 0) return AD_ERROR;
    if (!a[1]) return maketrans_dict(a[0]);
    for (int i = 0; i < 3; i++)
        if (a[i] && !ad_is_str(a[i]))
            return ad_err_format(&ad_TypeError, "maketrans() argument %d must be str, not %s", i + 1,
                                 ad_type(a[i])->name);
    int64_t n = ad_str_len(a[0]);
    if (n != ad_str_len(a[1]))
        return ad_err_set(&ad_ValueError, "the first two maketrans arguments must have equal length");
    AdValue result = ad_dict_new();
    for (int64_t i = 0; i < n; i++)
        if (ad_dict_set(result, ad_small(ad_str_char(a[0], i)), ad_small(ad_str_char(a[1], i))) < 0)
            return AD_ERROR;
    if (a[2]) {
        int64_t m = ad_str_len(a[2]);
        for (int64_t i = 0; i < m; i++)
            if (ad_dict_set(result, ad_small(ad_str_char(a[2], i)), AD_NONE) < 0) return AD_ERROR;
    }
    return result;
}

/* ========================================================================================== */
/* MARK: encode, format, format_map and the dunders                                            */
/* ========================================================================================== */

static const char *const encode_kw[] = {"encoding", "errors", NULL};

static AdValue str_encode(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[2];
    if (STR_ARGS("encode", AD_ARGS_KW, 0, 2, encode_kw, a) < 0) return AD_ERROR;
    for (int i = 0; i < 2; i++)
        if (a[i] && !ad_is_str(a[i]))
            return ad_err_format(&ad_TypeError, "encode() argument '%s' must be str, not %s", encode_kw[i],
                                 ad_type(a[i])->name);
    return ad_encode(self, a[0] ? ad_str_utf8(a[0], NULL) : "utf-8", a[1] ? ad_str_utf8(a[1], NULL) : NULL);
}

static AdValue str_format_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return ad_str_format_call(self, args, nargs, kwnames);
}

static AdValue str_format_map(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (STR_ARGS("format_map", AD_ARGS_ONE, 1, 1, NULL, NULL) < 0) return AD_ERROR;
    return ad_str_format_map(self, args[0]);
}

static AdValue str_dunder_format(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (STR_ARGS("__format__", AD_ARGS_ONE, 1, 1, NULL, NULL) < 0) return AD_ERROR;
    if (!ad_is_str(args[0]))
        return ad_err_format(&ad_TypeError, "__format__() argument must be str, not %s", ad_type(args[0])->name);
    return ad_format_str(self, args[0]);
}

#define WRAPPER_ARGS(name, n) \
    if (ad_method_args("str", name, AD_ARGS_WRAPPER, args, nargs, kwnames, n, n, NULL, NULL) < 0) return AD_ERROR

static AdValue str_dunder_getitem(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    WRAPPER_ARGS("__getitem__", 1);
    return ad_str_type.getitem(self, args[0]);
}

static AdValue str_dunder_len(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    WRAPPER_ARGS("__len__", 0);
    return ad_small(ad_str_len(self));
}

static AdValue str_dunder_contains(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    WRAPPER_ARGS("__contains__", 1);
    int r = ad_str_type.contains(self, args[0]);
    return r < 0 ? AD_ERROR : ad_bool(r);
}

static AdValue str_dunder_mod(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    WRAPPER_ARGS("__mod__", 1);
    return ad_str_mod(self, args[0]);
}

static AdValue str_dunder_rmod(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    WRAPPER_ARGS("__rmod__", 1);
    if (!ad_is_str(args[0])) return AD_NOTIMPL;
    return ad_str_mod(args[0], self);
}

static AdValue str_dunder_add(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    WRAPPER_ARGS("__add__", 1);
    if (!ad_is_str(args[0]))
        return ad_err_format(&ad_TypeError, "can only concatenate str (not \"%s\") to str", ad_type(args[0])->name);
    return ad_str_concat(self, args[0]);
}

static AdValue str_dunder_mul(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    WRAPPER_ARGS("__mul__", 1);
    AdValue n = args[0];
    if (!ad_is_int(n) && !ad_type(n)->index)
        return ad_err_format(&ad_TypeError, "'%s' object cannot be interpreted as an integer", ad_type(n)->name);
    int64_t count = ad_index_value(n, &ad_OverflowError);
    if (count == -1 && ad_err_occurred()) return AD_ERROR;
    return ad_str_repeat(self, count);
}

static AdValue str_dunder_hash(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    WRAPPER_ARGS("__hash__", 0);
    return ad_int_from_i64(ad_str_hash(self));
}

static AdValue str_dunder_iter(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    WRAPPER_ARGS("__iter__", 0);
    return ad_str_type.iter(self);
}

static AdValue str_dunder_repr(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    WRAPPER_ARGS("__repr__", 0);
    return ad_str_repr(self);
}

static AdValue str_dunder_str(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    WRAPPER_ARGS("__str__", 0);
    return ad_str_exact(self);
}

static AdValue compare_wrapper(const char *name, AdValue self, const AdValue *args, size_t nargs,
                               AdValue kwnames, int op) {
    if (ad_method_args("str", name, AD_ARGS_WRAPPER, args, nargs, kwnames, 1, 1, NULL, NULL) < 0)
        return AD_ERROR;
    return ad_str_type.richcompare(self, args[0], op);
}

#define COMPARE_WRAPPER(fname, pyname, op)                                                    \
    static AdValue fname(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) { \
        return compare_wrapper(pyname, self, args, nargs, kwnames, op);                      \
    }
COMPARE_WRAPPER(str_dunder_eq, "__eq__", AD_EQ)
COMPARE_WRAPPER(str_dunder_ne, "__ne__", AD_NE)
COMPARE_WRAPPER(str_dunder_lt, "__lt__", AD_LT)
COMPARE_WRAPPER(str_dunder_le, "__le__", AD_LE)
COMPARE_WRAPPER(str_dunder_gt, "__gt__", AD_GT)
COMPARE_WRAPPER(str_dunder_ge, "__ge__", AD_GE)

static AdValue str_getnewargs(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (STR_ARGS("__getnewargs__", AD_ARGS_NONE, 0, 0, NULL, NULL) < 0) return AD_ERROR;
    AdValue copy = ad_str_exact(self);
    return ad_tuple_from_array(&copy, 1);
}

const AdMethodDef ad_str_methods[] = {
    {"capitalize", str_capitalize, 0},
    {"casefold", str_casefold, 0},
    {"center", str_center, 0},
    {"count", str_count, 0},
    {"encode", str_encode, 0},
    {"endswith", str_endswith, 0},
    {"expandtabs", str_expandtabs, 0},
    {"find", str_find, 0},
    {"format", str_format_method, 0},
    {"format_map", str_format_map, 0},
    {"index", str_index, 0},
    {"isalnum", str_isalnum, 0},
    {"isalpha", str_isalpha, 0},
    {"isascii", str_isascii, 0},
    {"isdecimal", str_isdecimal, 0},
    {"isdigit", str_isdigit, 0},
    {"isidentifier", str_isidentifier, 0},
    {"islower", str_islower, 0},
    {"isnumeric", str_isnumeric, 0},
    {"isprintable", str_isprintable, 0},
    {"isspace", str_isspace, 0},
    {"istitle", str_istitle, 0},
    {"isupper", str_isupper, 0},
    {"join", str_join, 0},
    {"ljust", str_ljust, 0},
    {"lower", str_lower, 0},
    {"lstrip", str_lstrip, 0},
    {"maketrans", str_maketrans, AD_METH_STATIC},
    {"partition", str_partition, 0},
    {"removeprefix", str_removeprefix, 0},
    {"removesuffix", str_removesuffix, 0},
    {"replace", str_replace, 0},
    {"rfind", str_rfind, 0},
    {"rindex", str_rindex, 0},
    {"rjust", str_rjust, 0},
    {"rpartition", str_rpartition, 0},
    {"rsplit", str_rsplit, 0},
    {"rstrip", str_rstrip, 0},
    {"split", str_split, 0},
    {"splitlines", str_splitlines, 0},
    {"startswith", str_startswith, 0},
    {"strip", str_strip, 0},
    {"swapcase", str_swapcase, 0},
    {"title", str_title, 0},
    {"translate", str_translate, 0},
    {"upper", str_upper, 0},
    {"zfill", str_zfill, 0},
    {"__getitem__", str_dunder_getitem, 0},
    {"__len__", str_dunder_len, 0},
    {"__contains__", str_dunder_contains, 0},
    {"__mod__", str_dunder_mod, 0},
    {"__rmod__", str_dunder_rmod, 0},
    {"__format__", str_dunder_format, 0},
    {"__add__", str_dunder_add, 0},
    {"__mul__", str_dunder_mul, 0},
    {"__rmul__", str_dunder_mul, 0},
    {"__hash__", str_dunder_hash, 0},
    {"__iter__", str_dunder_iter, 0},
    {"__repr__", str_dunder_repr, 0},
    {"__str__", str_dunder_str, 0},
    {"__eq__", str_dunder_eq, 0},
    {"__ne__", str_dunder_ne, 0},
    {"__lt__", str_dunder_lt, 0},
    {"__le__", str_dunder_le, 0},
    {"__gt__", str_dunder_gt, 0},
    {"__ge__", str_dunder_ge, 0},
    {"__getnewargs__", str_getnewargs, 0},
    {NULL, NULL, 0},
};
