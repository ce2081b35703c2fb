/*
 * mappingproxy.c — the read-only view of a mapping that `C.__dict__` returns (CPython's
 * types.MappingProxyType, named `mappingproxy`).
 *
 * A proxy holds its mapping and nothing else: every read goes to the mapping as it is now (a
 * class's dict keeps changing when attributes are assigned to the class), and there is no way to
 * write through it, since the type has no setitem slot and its methods only read. That is what
 * keeps a type's dict safe from programs: its slots must be updated when a dunder changes, which
 * only type.__setattr__ does. Reads of a dict (the commonest mapping by far) go straight to the
 * dict functions; other mappings are used through their methods, as CPython does.
 */
#include "core.h"

typedef struct MappingProxy {
    AdObject ob;
    AdValue mapping;
} MappingProxy;

static AdValue mapping_of(AdValue self) { return AD_AS(MappingProxy, self)->mapping; }

static int is_proxy(AdValue v) { return !ad_is_small(v) && ad_type(v) == &ad_mappingproxy_type; }

/* CPython's mappingproxy_check_mapping: anything subscriptable, except the two sequences that
 * would otherwise pass for mappings. */
static int check_mapping(AdValue mapping) {
    AdType *t = ad_type(mapping);
    if (t->getitem && !(t->flags & (AD_TPFLAG_LIST_SUBCLASS | AD_TPFLAG_TUPLE_SUBCLASS))) return 0;
    ad_err_format(&ad_TypeError, "mappingproxy() argument must be a mapping, not %s", t->name);
    return -1;
}

AdValue ad_mappingproxy_new(AdValue mapping) {
    MappingProxy *p = (MappingProxy *)ad_new_object(&ad_mappingproxy_type, sizeof(MappingProxy));
    p->mapping = mapping;
    return AD_VAL(p);
}

static AdValue proxy_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue mapping;
    if (ad_parse_args("mappingproxy", args, nargs, kwnames, "mapping", &mapping) < 0) return AD_ERROR;
    if (check_mapping(mapping) < 0) return AD_ERROR;
    return ad_mappingproxy_new(mapping);
}

/* ---- the mapping protocol --------------------------------------------------------------------- */

static AdValue proxy_getitem(AdValue self, AdValue key) { return ad_getitem(mapping_of(self), key); }
static int64_t proxy_len(AdValue self) { return ad_len(mapping_of(self)); }
static int proxy_contains(AdValue self, AdValue key) { return ad_contains(mapping_of(self), key); }
static AdValue proxy_iter(AdValue self) { return ad_iter(mapping_of(self)); }

static AdValue proxy_repr(AdValue self) { return ad_sprintf("mappingproxy(%R)", mapping_of(self)); }
static AdValue proxy_str(AdValue self) { return ad_str(mapping_of(self)); }

/* Comparisons are the mapping's: `C.__dict__ == dict(C.__dict__)`. */
static AdValue proxy_richcompare(AdValue a, AdValue b, int op) { return ad_compare(mapping_of(a), b, op); }

/* `proxy | other` and `other | proxy` are the mappings' union (a new dict for dicts). */
static AdValue proxy_or(AdValue a, AdValue b) {
    return ad_binop(AD_OP_OR, is_proxy(a) ? mapping_of(a) : a, is_proxy(b) ? mapping_of(b) : b);
}

static AdValue proxy_ior(AdValue a, AdValue b) {
    return ad_err_format(&ad_TypeError, "'|=' is not supported by %s; use '|' instead", ad_type(a)->name);
}

/* ---- methods ---------------------------------------------------------------------------------- */

static AdValue call_on_mapping(AdValue self, const char *name, const AdValue *args, size_t nargs) {
    return ad_call_method(mapping_of(self), ad_str_intern_cstr(name), args, nargs, 0);
}

static AdValue proxy_get(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("mappingproxy.get", kwnames) < 0 || ad_check_nargs("get", nargs, 1, 2) < 0)
        return AD_ERROR;
    AdValue mapping = mapping_of(self);
    if (ad_type(mapping) == &ad_dict_type) {
        AdValue v;
        int r = ad_dict_lookup(mapping, args[0], &v);
        if (r < 0) return AD_ERROR;
        return r ? v : nargs > 1 ? args[1] : AD_NONE;
    }
    AdValue call_args[2] = {args[0], nargs > 1 ? args[1] : AD_NONE};
    return call_on_mapping(self, "get", call_args, 2);
}

#define NO_ARGS_METHOD(fn, name)                                                                  \
    static AdValue fn(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {         \
        if (ad_check_no_kwargs("mappingproxy." name, kwnames) < 0 ||                              \
            ad_check_nargs("mappingproxy." name, nargs, 0, 0) < 0)                                \
            return AD_ERROR;                                                                      \
        return call_on_mapping(self, name, NULL, 0);                                              \
    }

NO_ARGS_METHOD(proxy_keys, "keys")
NO_ARGS_METHOD(proxy_values, "values")
NO_ARGS_METHOD(proxy_items, "items")
NO_ARGS_METHOD(proxy_copy, "copy")
NO_ARGS_METHOD(proxy_reversed, "__reversed__")

static AdValue proxy_class_getitem(AdValue cls, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("__class_getitem__", kwnames) < 0 || ad_check_nargs("__class_getitem__", nargs, 1, 1) < 0)
        return AD_ERROR;
    return ad_generic_alias_new(cls, args[0]);
}

static const AdMethodDef proxy_methods[] = {
    {"get", proxy_get, 0},
    {"keys", proxy_keys, 0},
    {"values", proxy_values, 0},
    {"items", proxy_items, 0},
    {"copy", proxy_copy, 0},
    {"__reversed__", proxy_reversed, 0},
    {"__class_getitem__", proxy_class_getitem, AD_METH_CLASS},
    {NULL, NULL, 0},
};

/* Not a base type, and unhashable (CPython 3.11 gives it no hash). */
AdType ad_mappingproxy_type = {
    .ob = {&ad_type_type},
    .name = "mappingproxy",
    .base = &ad_object_type,
    .flags = AD_TPFLAG_MAPPING,
    .instance_size = sizeof(MappingProxy),
    .repr = proxy_repr,
    .str = proxy_str,
    .richcompare = proxy_richcompare,
    .len = proxy_len,
    .getitem = proxy_getitem,
    .contains = proxy_contains,
    .iter = proxy_iter,
    .construct = proxy_construct,
    .number = {[AD_OP_OR] = proxy_or},
    .inplace = {[AD_OP_OR] = proxy_ior},
};

void ad_init_mappingproxy(void) {
    ad_type_ready(&ad_mappingproxy_type, proxy_methods, NULL);
}
