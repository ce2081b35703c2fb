/*
 * compiled.c — what compiled programs need from the runtime beyond the object model: materializing
 * a program's constants, small helpers that keep generated code short, and the entry points that
 * run a compiled module (in the JIT, or as the `main` of a native executable).
 *
 * Constants arrive as a blob in the format of the bytecode cache's constant section (see
 * Sources/AdderVM/CacheFile.swift): a u32 count, then per constant a tag byte and its payload.
 * Every object is stored into the destination array (memory the collector scans) as soon as it
 * exists, so a collection triggered while later constants are made cannot free it.
 */
#include "adder.h"

#include <stdlib.h>
#include <string.h>

typedef struct Reader {
    const uint8_t *p, *end;
} Reader;

static int read_bytes(Reader *r, size_t n, const uint8_t **out) {
    if ((size_t)(r->end - r->p) < n) return -1;
    *out = r->p;
    r->p += n;
    return 0;
}

static int read_u8(Reader *r, uint8_t *v) {
    const uint8_t *b;
    if (read_bytes(r, 1, &b)) return -1;
    *v = b[0];
    return 0;
}

static int read_u32(Reader *r, uint32_t *v) {
    const uint8_t *b;
    if (read_bytes(r, 4, &b)) return -1;
    *v = (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
    return 0;
}

static int read_u64(Reader *r, uint64_t *v) {
    uint32_t lo, hi;
    if (read_u32(r, &lo) || read_u32(r, &hi)) return -1;
    *v = (uint64_t)lo | (uint64_t)hi << 32;
    return 0;
}

static int read_blob(Reader *r, const uint8_t **data, uint32_t *len) {
    return read_u32(r, len) || read_bytes(r, *len, data) ? -1 : 0;
}

static int corrupt(void) {
    ad_err_set(&ad_SystemError, "corrupt constant table");
    return -1;
}

static int load_constant(Reader *r, AdValue *slot, int depth);

/* A tuple is stored before its items are made, then filled in place. */
static int load_tuple(Reader *r, AdValue *slot, int depth) {
    uint32_t n;
    if (read_u32(r, &n) || n > (size_t)(r->end - r->p)) return corrupt();
    *slot = ad_tuple_new(n);
    if (!*slot) return -1;
    for (uint32_t i = 0; i < n; i++) {
        if (load_constant(r, &AD_AS(AdTuple, *slot)->items[i], depth + 1)) return -1;
    }
    return 0;
}

static int load_constant(Reader *r, AdValue *slot, int depth) {
    uint8_t tag;
    uint64_t bits;
    const uint8_t *data;
    uint32_t len;
    if (depth > 100 || read_u8(r, &tag)) return corrupt();
    switch (tag) {
    case 0: *slot = AD_NONE; return 0;
    case 1: *slot = AD_TRUE; return 0;
    case 2: *slot = AD_FALSE; return 0;
    case 3: *slot = AD_ELLIPSIS; return 0;
    case 4:
        if (read_u64(r, &bits)) return corrupt();
        *slot = ad_int_from_i64((int64_t)bits);
        break;
    case 5: {
        if (read_blob(r, &data, &len)) return corrupt();
        char *digits = ad_alloc_atomic(len + 1);
        memcpy(digits, data, len);
        digits[len] = 0;
        *slot = ad_int_from_decimal(digits);
        break;
    }
    case 6: case 7: {
        if (read_u64(r, &bits)) return corrupt();
        double d;
        memcpy(&d, &bits, sizeof d);
        *slot = tag == 6 ? ad_float(d) : ad_complex(0.0, d);
        break;
    }
    case 8:
        if (read_blob(r, &data, &len)) return corrupt();
        *slot = ad_str_from_utf8((const char *)data, len);
        if (*slot) *slot = ad_str_intern(*slot);
        break;
    case 9:
        if (read_blob(r, &data, &len)) return corrupt();
        *slot = ad_bytes_from(data, len);
        break;
    case 10:
        return load_tuple(r, slot, depth);
    case 11:
        /* CPython folds a constant set display into a frozenset, and its constant merging then
         * rebuilds that frozenset from its own iteration order: colliding ints land where both
         * steps put them. */
        if (load_tuple(r, slot, depth)) return -1;
        if (!(*slot = ad_frozenset_new(*slot))) return -1;
        if (!(*slot = ad_tuple_from_iterable(*slot))) return -1;
        *slot = ad_frozenset_new(*slot);
        break;
    default:
        return corrupt();
    }
    return *slot ? 0 : -1;
}

int ad_load_constants(const uint8_t *blob, size_t len, AdValue *out) {
    Reader r = {blob, blob + len};
    uint32_t n;
    if (read_u32(&r, &n)) return corrupt();
    for (uint32_t i = 0; i < n; i++) {
        if (load_constant(&r, &out[i], 0)) return -1;
    }
    return r.p == r.end ? 0 : corrupt();
}

/* ---- Helpers for generated code -------------------------------------------------------------- */

AdValue ad_build_set(const AdValue *items, size_t n) {
    AdValue set = ad_set_new();
    for (size_t i = 0; set && i < n; i++) {
        if (ad_set_add(set, items[i]) < 0) return AD_ERROR;
    }
    return set;
}

AdValue ad_build_dict(const AdValue *items, size_t n) {
    AdValue dict = ad_dict_new();
    for (size_t i = 0; dict && i + 1 < n; i += 2) {
        if (ad_dict_set(dict, items[i], items[i + 1]) < 0) return AD_ERROR;
    }
    return dict;
}

AdValue ad_list_as_tuple(AdValue list) {
    if (!ad_is_exact(list, &ad_list_type)) return ad_tuple_from_iterable(list);
    AdList *l = AD_AS(AdList, list);
    return ad_tuple_from_array(l->items, (size_t)l->len);
}

AdValue ad_concat_unique_or_add(AdValue a, AdValue b, int inplace) {
    if (ad_is_exact(a, &ad_str_type) && ad_is_exact(b, &ad_str_type)) return ad_str_concat_unique(a, b);
    return inplace ? ad_inplace(AD_OP_ADD, a, b) : ad_add(a, b);
}

AdValue ad_raise_unbound(AdValue name, int kind) {
    switch (kind) {
    case 0: return ad_err_unbound_local(name);
    case 1: return ad_err_unbound_free(name);
    default: return ad_err_name(name);
    }
}

AdValue ad_unreachable(void) {
    return ad_err_set(&ad_SystemError, "reached code that the compiler marked unreachable");
}

/* ---- Running a compiled module --------------------------------------------------------------- */

int ad_run_compiled(int (*init)(void), AdCode *module_code) {
    if (init() < 0) return ad_handle_uncaught();
    AdValue main = ad_function_new(module_code, 0, 0, 0);
    if (!main) return ad_handle_uncaught();
    return ad_call(main, NULL, 0, 0) ? 0 : ad_handle_uncaught();
}

typedef struct CompiledModule {
    int (*init)(void);
    AdCode *code;
} CompiledModule;

static int run_compiled_module(void *arg) {
    CompiledModule *m = arg;
    return ad_run_compiled(m->init, m->code);
}

int ad_aot_main(int argc, char **argv, int (*init)(void), AdCode *module_code) {
    ad_runtime_init(argc, argv);
    CompiledModule m = {init, module_code};
    int status = ad_run_main(run_compiled_module, &m);
    ad_runtime_flush();
    return status;
}

void ad_name_error_context(const AdValue *globals, const AdValue *names, int64_t count, AdValue varnames) {
    if (!ad_err_matches(&ad_NameError)) return;
    AdValue exc = ad_err_fetch();
    AdValue bound = ad_list_new(count);
    for (int64_t i = 0; bound && i < count; i++) {
        if (globals[i] && ad_list_append(bound, names[i]) < 0) bound = 0;
    }
    ad_err_set_object(exc);
    if (bound) ad_err_name_context(bound, varnames);
}

/* ---- Class bodies -------------------------------------------------------------------------- */

AdValue ad_ns_get(AdValue ns, AdValue name) {
    AdValue v;
    if (ad_isinstance_type(ns, &ad_dict_type)) {
        int found = ad_dict_lookup(ns, name, &v);
        return found > 0 ? v : 0;
    }
    v = ad_getitem(ns, name);
    if (!v && ad_err_matches(&ad_KeyError)) ad_err_clear();
    return v;
}

int ad_ns_del(AdValue ns, AdValue name) {
    int r = ad_delitem(ns, name);
    if (r < 0 && ad_err_matches(&ad_KeyError)) {
        ad_err_clear();
        ad_err_name(name);
    }
    return r;
}
