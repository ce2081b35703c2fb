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

/* The builtin types whose instances match a single positional sub-pattern as themselves. */
static int matches_self(AdType *t) {
    AdType *self_matching[] = {&ad_bool_type, &ad_bytearray_type, &ad_bytes_type, &ad_dict_type,
                               &ad_float_type, &ad_frozenset_type,
                               &ad_int_type, &ad_list_type, &ad_set_type, &ad_str_type, &ad_tuple_type};
    for (size_t i = 0; i < sizeof self_matching / sizeof self_matching[0]; i++) {
        if (ad_type_is_subtype(t, self_matching[i])) return 1;
    }
    return 0;
}

/* The attribute a sub-pattern reads: 1 found, 0 missing (the pattern fails), -1 error. */
static int match_attribute(AdValue subject, AdValue name, AdValue *out) {
    *out = ad_getattr_opt(subject, name);
    if (*out) return 1;
    return ad_err_occurred() ? -1 : 0;
}

AdValue ad_match_class(AdValue subject, AdValue cls, int64_t positional, AdValue kwnames) {
    if (ad_is_small(cls) || !ad_isinstance_type(cls, &ad_type_type)) {
        return ad_err_set(&ad_TypeError, "called match pattern must be a type");
    }
    int is = ad_isinstance(subject, cls);
    if (is <= 0) return is < 0 ? AD_ERROR : AD_NONE;
    AdType *type = AD_AS(AdType, cls);
    int64_t nkw = kwnames ? ad_tuple_len(kwnames) : 0;
    AdValue result = ad_tuple_new(positional + nkw);
    if (!result) return AD_ERROR;
    AdValue seen = ad_set_new();
    if (!seen) return AD_ERROR;
    if (positional > 0) {
        AdValue match_args = ad_getattr_opt(cls, ad_str_intern_cstr("__match_args__"));
        if (!match_args && ad_err_occurred()) return AD_ERROR;
        if (match_args) {
            if (!ad_isinstance_type(match_args, &ad_tuple_type)) {
                return ad_err_format(&ad_TypeError, "%s.__match_args__ must be a tuple (got %T)", type->name, match_args);
            }
            if (positional > ad_tuple_len(match_args)) {
                return ad_err_format(&ad_TypeError, "%s() accepts %lld positional sub-pattern%s (%lld given)", type->name,
                                     (long long)ad_tuple_len(match_args), ad_tuple_len(match_args) == 1 ? "" : "s",
                                     (long long)positional);
            }
            for (int64_t i = 0; i < positional; i++) {
                AdValue name = ad_tuple_get(match_args, i);
                if (!ad_is_str(name)) {
                    return ad_err_format(&ad_TypeError, "__match_args__ elements must be strings (got %T)", name);
                }
                if (ad_set_add(seen, name) < 0) return AD_ERROR;
                AdValue v;
                int found = match_attribute(subject, name, &v);
                if (found <= 0) return found < 0 ? AD_ERROR : AD_NONE;
                AD_AS(AdTuple, result)->items[i] = v;
            }
        } else if (matches_self(type) && positional == 1) {
            AD_AS(AdTuple, result)->items[0] = subject;
        } else {
            return ad_err_format(&ad_TypeError, "%s() accepts %d positional sub-pattern%s (%lld given)", type->name,
                                 matches_self(type) ? 1 : 0, matches_self(type) ? "" : "s", (long long)positional);
        }
    }
    for (int64_t i = 0; i < nkw; i++) {
        AdValue name = ad_tuple_get(kwnames, i);
        int dup = ad_set_contains(seen, name);
        if (dup < 0) return AD_ERROR;
        if (dup) return ad_err_format(&ad_TypeError, "%s() got multiple sub-patterns for attribute %R", type->name, name);
        if (ad_set_add(seen, name) < 0) return AD_ERROR;
        AdValue v;
        int found = match_attribute(subject, name, &v);
        if (found <= 0) return found < 0 ? AD_ERROR : AD_NONE;
        AD_AS(AdTuple, result)->items[positional + i] = v;
    }
    return result;
}
