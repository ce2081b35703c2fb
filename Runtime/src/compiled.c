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

static int owned_by_library_module(AdValue name, int64_t slot);

void ad_name_error_context(const AdValue *globals, const AdValue *names, int64_t count, AdValue varnames) {
    if (!ad_err_matches(&ad_NameError)) return;
    AdValue exc = ad_err_fetch();
    AdValue bound = ad_list_new(count);
    /* The program's global table also holds the globals of the library modules it imports; the
     * hint considers the main module's names only, as CPython looks in the frame's globals. */
    for (int64_t i = 0; bound && i < count; i++) {
        if (globals[i] && !owned_by_library_module(names[i], i) && ad_list_append(bound, names[i]) < 0) bound = 0;
    }
    ad_err_set_object(exc);
    if (bound) ad_err_name_context(bound, varnames);
}

/* ---- Class bodies -------------------------------------------------------------------------- */

AdValue ad_ns_get(AdValue ns, AdValue name) {
    AdValue v;
    if (ad_type(ns) == &ad_dict_type) {
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

/* ---- Modules compiled into the program --------------------------------------------------------- */

/*
 * A Python module the program imports is compiled with it: its globals are slots of the program's
 * global table, and its module object reads and writes those slots by name. `import name` runs the
 * body once, with the module already in sys.modules (so that circular imports see it, as in
 * CPython), and takes it out again if the body fails.
 */
typedef struct CompiledUnit {
    AdValue name;              /* str */
    AdValue filename;          /* str */
    AdCode *body;
    AdValue *globals;
    AdValue slots;             /* dict: variable name -> slot (small int) */
} CompiledUnit;

typedef struct AdCompiledModule {
    AdObject ob;
    CompiledUnit *unit;
} AdCompiledModule;

static AdValue units;          /* dict: module name -> CompiledUnit address (small int) */

static CompiledUnit *unit_of(AdValue module) { return AD_AS(AdCompiledModule, module)->unit; }

/* Whether global slot `slot` (named `name`) is a variable of an imported library module. */
static int owned_by_library_module(AdValue name, int64_t slot) {
    if (!units) return 0;
    int64_t pos = 0;
    AdValue unit_name, holder, found;
    while (ad_dict_next(units, &pos, &unit_name, &holder)) {
        CompiledUnit *u = AD_AS(CompiledUnit, ad_tuple_get(holder, 0));
        if (ad_dict_lookup(u->slots, name, &found) == 1 && ad_small_val(found) == slot) return 1;
    }
    return 0;
}

/* The slot of a module variable, or -1. */
static int64_t slot_of(CompiledUnit *u, AdValue name) {
    AdValue slot;
    int found = ad_dict_lookup(u->slots, name, &slot);
    return found > 0 ? ad_small_val(slot) : -1;
}

static AdValue compiled_module_dict(AdValue self) {
    CompiledUnit *u = unit_of(self);
    AdValue dict = ad_dict_new(), name, slot;
    int64_t pos = 0;
    while (dict && ad_dict_next(u->slots, &pos, &name, &slot)) {
        AdValue v = u->globals[ad_small_val(slot)];
        if (v && ad_dict_set(dict, name, v) < 0) return AD_ERROR;
    }
    return dict;
}

static AdValue compiled_module_getattr(AdValue self, AdValue name) {
    CompiledUnit *u = unit_of(self);
    int64_t slot = slot_of(u, name);
    if (slot >= 0 && u->globals[slot]) return u->globals[slot];
    if (ad_str_eq_cstr(name, "__dict__")) return compiled_module_dict(self);
    if (ad_str_eq_cstr(name, "__file__")) return u->filename;
    if (ad_str_eq_cstr(name, "__name__")) return u->name;
    AdValue v = ad_generic_getattr(self, name);
    if (v || !ad_err_matches(&ad_AttributeError)) return v;
    ad_err_clear();
    ad_err_format(&ad_AttributeError, "module '%U' has no attribute '%U'", u->name, name);
    ad_err_attribute_info(self, name);
    return AD_ERROR;
}

static int compiled_module_setattr(AdValue self, AdValue name, AdValue value) {
    CompiledUnit *u = unit_of(self);
    int64_t slot = slot_of(u, name);
    if (slot < 0) {
        /* A name the module's code never mentions: nothing of the module can see it but other
         * code reading it back through the module, which is not supported. */
        ad_err_format(&ad_AttributeError, "cannot add attribute '%U' to compiled module '%U'", name, u->name);
        return -1;
    }
    if (!value && !u->globals[slot]) {
        ad_err_format(&ad_AttributeError, "module '%U' has no attribute '%U'", u->name, name);
        return -1;
    }
    u->globals[slot] = value;
    return 0;
}

static AdValue compiled_module_repr(AdValue self) {
    CompiledUnit *u = unit_of(self);
    return ad_sprintf("<module %R from %R>", u->name, u->filename);
}

AdType ad_compiled_module_type = {
    .ob = {&ad_type_type},
    .name = "module",
    .instance_size = sizeof(AdCompiledModule),
    .repr = compiled_module_repr,
    .getattr = compiled_module_getattr,
    .setattr = compiled_module_setattr,
};

void ad_register_module(const char *name, const char *filename, AdCode *body, AdValue *globals,
                        const AdValue *global_names, const int64_t *slots, int64_t count) {
    if (!units) {
        ad_type_ready(&ad_compiled_module_type, NULL, NULL);
        units = ad_dict_new();
    }
    CompiledUnit *u = ad_alloc(sizeof(CompiledUnit));
    u->name = ad_str_intern_cstr(name);
    u->filename = ad_str_from_cstr(filename);
    u->body = body;
    u->globals = globals;
    u->slots = ad_dict_new();
    for (int64_t i = 0; i < count; i++) ad_dict_set(u->slots, global_names[slots[i]], ad_small(slots[i]));
    AdValue holder = ad_tuple_new(1);
    AD_AS(AdTuple, holder)->items[0] = AD_VAL(u);  /* keeps the unit reachable from the registry */
    ad_dict_set(units, u->name, holder);
}

AdValue ad_module_name_of_file(const char *filename) {
    if (!units || !filename) return 0;
    int64_t pos = 0;
    AdValue name, holder;
    while (ad_dict_next(units, &pos, &name, &holder)) {
        CompiledUnit *u = AD_AS(CompiledUnit, ad_tuple_get(holder, 0));
        if (ad_str_eq_cstr(u->filename, filename)) return u->name;
    }
    return 0;
}

AdValue ad_import_compiled(AdValue name, AdValue sys_modules) {
    AdValue holder;
    if (!units || ad_dict_lookup(units, name, &holder) <= 0) return 0;
    CompiledUnit *u = AD_AS(CompiledUnit, ad_tuple_get(holder, 0));
    AdCompiledModule *m = (AdCompiledModule *)ad_new_object(&ad_compiled_module_type, sizeof(AdCompiledModule));
    m->unit = u;
    if (ad_dict_set(sys_modules, name, AD_VAL(m)) < 0) return AD_ERROR;
    AdValue body = ad_function_new(u->body, 0, 0, 0);
    if (!body || !ad_call(body, NULL, 0, 0)) {
        AdValue exc = ad_err_fetch();
        ad_dict_del(sys_modules, name);
        return ad_err_set_object(exc);
    }
    return AD_VAL(m);
}
