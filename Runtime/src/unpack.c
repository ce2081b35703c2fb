/*
 * unpack.c — sequence unpacking for assignment targets (`a, b = v`, `a, *b, c = v`) and the
 * structural checks of `match` patterns.
 *
 * Unpacking takes what CPython 3.11's UNPACK_SEQUENCE / UNPACK_EX take: an exact tuple or list of
 * the right length is read directly (a tuple of the right length is returned as-is); anything else
 * is iterated, pulling exactly as many items as needed plus one to detect surplus, so that a lazy
 * iterator is consumed exactly as in CPython. Results are tuples the caller reads by index.
 */
#include "containers.h"

static AdValue not_iterable(AdValue v) {
    AdType *t = ad_type(v);
    if (ad_err_matches(&ad_TypeError) && !t->iter && !t->getitem) {
        ad_err_clear();
        ad_err_format(&ad_TypeError, "cannot unpack non-iterable %s object", t->name);
    }
    return AD_ERROR;
}

static AdValue not_enough(int64_t expected, int64_t got) {
    return ad_err_format(&ad_ValueError, "not enough values to unpack (expected %lld, got %lld)", (long long)expected,
                         (long long)got);
}

static AdValue too_many(int64_t expected) {
    return ad_err_format(&ad_ValueError, "too many values to unpack (expected %lld)", (long long)expected);
}

AdValue ad_unpack(AdValue v, int64_t n) {
    if (!ad_is_small(v)) {
        AdType *t = AD_OBJ(v)->type;
        if (t == &ad_tuple_type) {
            int64_t len = ad_tuple_len(v);
            if (len == n) return v;
            return len < n ? not_enough(n, len) : too_many(n);
        }
        if (t == &ad_list_type) {
            AdList *l = AD_AS(AdList, v);
            if (l->len == n) return ad_tuple_from_array(l->items, (size_t)n);
            return l->len < n ? not_enough(n, l->len) : too_many(n);
        }
    }
    AdValue it = ad_iter(v);
    if (!it) return not_iterable(v);
    AdValue result = ad_tuple_new(n);
    if (!result) return AD_ERROR;
    for (int64_t i = 0; i < n; i++) {
        AdValue x = ad_next(it);
        if (!x) return AD_ERROR;
        if (x == AD_STOP) return not_enough(n, i);
        AD_AS(AdTuple, result)->items[i] = x;
    }
    AdValue extra = ad_next(it);
    if (!extra) return AD_ERROR;
    if (extra != AD_STOP) return too_many(n);
    return result;
}

AdValue ad_unpack_star(AdValue v, int64_t before, int64_t after) {
    AdValue it = ad_iter(v);
    if (!it) return not_iterable(v);
    AdValue result = ad_tuple_new(before + 1 + after);
    if (!result) return AD_ERROR;
    AdValue *out = AD_AS(AdTuple, result)->items;
    for (int64_t i = 0; i < before; i++) {
        AdValue x = ad_next(it);
        if (!x) return AD_ERROR;
        if (x == AD_STOP)
            return ad_err_format(&ad_ValueError, "not enough values to unpack (expected at least %lld, got %lld)",
                                 (long long)(before + after), (long long)i);
        out[i] = x;
    }
    AdValue rest = ad_list_from_iterable(it);
    if (!rest) return AD_ERROR;
    AdList *l = AD_AS(AdList, rest);
    if (l->len < after)
        return ad_err_format(&ad_ValueError, "not enough values to unpack (expected at least %lld, got %lld)",
                             (long long)(before + after), (long long)(before + l->len));
    /* The last `after` items leave the list. */
    int64_t keep = l->len - after;
    memcpy(out + before + 1, l->items + keep, (size_t)after * sizeof(AdValue));
    memset(l->items + keep, 0, (size_t)after * sizeof(AdValue));
    l->len = keep;
    out[before] = rest;
    return result;
}

int ad_match_is_sequence(AdValue v) {
    if (ad_is_small(v)) return 0;
    AdType *t = AD_OBJ(v)->type;
    if (t == &ad_list_type || t == &ad_tuple_type || t == &ad_range_type) return 1;
    if (t->flags & (AD_TPFLAG_STR_SUBCLASS | AD_TPFLAG_BYTES_SUBCLASS)) return 0;
    return (t->flags & (AD_TPFLAG_SEQUENCE | AD_TPFLAG_LIST_SUBCLASS | AD_TPFLAG_TUPLE_SUBCLASS)) != 0;
}

int ad_match_is_mapping(AdValue v) {
    if (ad_is_small(v)) return 0;
    return (AD_OBJ(v)->type->flags & (AD_TPFLAG_MAPPING | AD_TPFLAG_DICT_SUBCLASS)) != 0;
}
