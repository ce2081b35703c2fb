/*
 * match.c — run-time support for mapping patterns of `match`: looking up the keys of a pattern in
 * the subject, and collecting the rest (`**rest`). Sequence and mapping tests are in unpack.c.
 */
#include "adder.h"

/* The value of `key` in a mapping subject: 1 found, 0 missing, -1 error. Dicts are looked up
 * directly; other mappings through their get method, as CPython does. */
static int mapping_get(AdValue subject, AdValue key, AdValue *out) {
    if (ad_isinstance_type(subject, &ad_dict_type)) return ad_dict_lookup(subject, key, out);
    static AdObject missing_marker;
    AdValue missing = AD_VAL(&missing_marker);
    AdValue args[2] = {key, missing};
    AdValue v = ad_call_method(subject, ad_str_intern_cstr("get"), args, 2, 0);
    if (!v) return -1;
    if (v == missing) return 0;
    *out = v;
    return 1;
}

AdValue ad_match_keys(AdValue subject, AdValue keys) {
    int64_t n = ad_tuple_len(keys);
    AdValue values = ad_tuple_new(n);
    if (!values) return AD_ERROR;
    AdValue seen = ad_set_new();
    if (!seen) return AD_ERROR;
    for (int64_t i = 0; i < n; i++) {
        AdValue key = ad_tuple_get(keys, i);
        int dup = ad_set_contains(seen, key);
        if (dup < 0) return AD_ERROR;
        if (dup) return ad_err_format(&ad_ValueError, "mapping pattern checks duplicate key (%R)", key);
        if (ad_set_add(seen, key) < 0) return AD_ERROR;
        AdValue v;
        int found = mapping_get(subject, key, &v);
        if (found < 0) return AD_ERROR;
        if (!found) return AD_NONE;
        AD_AS(AdTuple, values)->items[i] = v;
    }
    return values;
}

AdValue ad_match_rest(AdValue subject, AdValue keys) {
    AdValue rest = ad_dict_new();
    if (!rest || ad_dict_update(rest, subject) < 0) return AD_ERROR;
    for (int64_t i = 0; i < ad_tuple_len(keys); i++) {
        if (ad_dict_del(rest, ad_tuple_get(keys, i)) < 0) return AD_ERROR;
    }
    return rest;
}
