/*
 * modules.c — module objects, the import of builtin modules, and the `sys` and `builtins` modules.
 *
 * A module is an AdModule whose attributes live in its dict (so `math.pi` is a generic attribute
 * lookup through dict_offset). sys.modules is the registry of imported modules: ad_import looks
 * there first, then creates a builtin module from the table below and records it. Only builtin
 * modules exist for now (builtins, sys, math).
 *
 * The `builtins` module binds every builtin function (builtins.c), every builtin type (the statics
 * of the other parts) and every exception class; global name lookups that miss in a module's
 * globals fall back to its dict (ad_builtin_lookup / ad_load_global_fallback).
 */
#include "core.h"

#include <float.h>
#include <string.h>

AdValue ad_builtins_module;
static AdValue builtins_dict;
static AdValue sys_module;
static AdValue sys_modules;      /* dict: name -> module */

/* ========================================================================================== */
/* MARK: Module objects                                                                        */
/* ========================================================================================== */

static AdValue module_alloc(AdType *type, AdValue name) {
    AdModule *m = (AdModule *)ad_new_object(type, sizeof(AdModule));
    m->name = name;
    m->dict = ad_dict_new();
    ad_dict_set_cstr(m->dict, "__name__", name);
    ad_dict_set_cstr(m->dict, "__doc__", AD_NONE);
    ad_dict_set_cstr(m->dict, "__package__", ad_str_intern_cstr(""));
    ad_dict_set_cstr(m->dict, "__loader__", AD_NONE);
    ad_dict_set_cstr(m->dict, "__spec__", AD_NONE);
    return AD_VAL(m);
}

AdValue ad_module_new(const char *name) {
    return module_alloc(&ad_module_type, ad_str_intern_cstr(name));
}

void ad_module_add_functions(AdValue module, const AdMethodDef *methods) {
    for (const AdMethodDef *m = methods; m->name; m++)
        ad_dict_set_cstr(AD_AS(AdModule, module)->dict, m->name, ad_builtin_new(m, module));
}

int ad_module_add(AdValue module, const char *name, AdValue value) {
    return ad_dict_set_cstr(AD_AS(AdModule, module)->dict, name, value);
}

static AdValue module_dict_get(AdValue module, const char *key) {
    AdValue v = ad_dict_get_cstr(AD_AS(AdModule, module)->dict, key);
    if (!v && ad_err_occurred()) ad_err_clear();
    return v;
}

static AdValue module_repr(AdValue self) {
    AdValue name = module_dict_get(self, "__name__");
    AdValue file = module_dict_get(self, "__file__");
    if (!name) name = ad_str_intern_cstr("?");
    if (file && file != AD_NONE) return ad_sprintf("<module %R from %R>", name, file);
    return ad_sprintf("<module %R (built-in)>", name);
}

/* Generic lookup, then the module's own __getattr__, then CPython's message. */
static AdValue module_getattr(AdValue self, AdValue name) {
    AdValue v = 0;
    AdValue descr = ad_type_lookup(ad_type(self), name);
    if (descr && ad_type(descr)->descr_get && ad_type(descr)->descr_set)
        return ad_type(descr)->descr_get(descr, self, AD_VAL(ad_type(self)));
    if (ad_dict_lookup(AD_AS(AdModule, self)->dict, name, &v) == 1) return v;
    if (descr) {
        AdDescrGetFn get = ad_type(descr)->descr_get;
        return get ? get(descr, self, AD_VAL(ad_type(self))) : descr;
    }
    AdValue hook = module_dict_get(self, "__getattr__");
    if (hook) return ad_call1(hook, name);
    AdValue modname = module_dict_get(self, "__name__");
    if (modname && ad_is_str(modname))
        ad_err_format(&ad_AttributeError, "module '%U' has no attribute '%U'", modname, name);
    else
        ad_err_format(&ad_AttributeError, "module has no attribute '%U'", name);
    ad_err_attribute_info(self, name);
    return AD_ERROR;
}

static AdValue module_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue out[2];
    if (ad_parse_args("module", args, nargs, kwnames, "name|doc", out) < 0) return AD_ERROR;
    if (!ad_is_str(out[0]))
        return ad_err_format(&ad_TypeError, "module.__init__() argument 'name' must be str, not %T", out[0]);
    AdValue m = module_alloc(type, out[0]);
    if (out[1]) ad_module_add(m, "__doc__", out[1]);
    return m;
}

static AdValue module_get_dict(AdValue self) { return AD_AS(AdModule, self)->dict; }

static const AdGetSetDef module_getsets[] = {
    {"__dict__", module_get_dict, NULL},
    {NULL, NULL, NULL},
};

AdType ad_module_type = {
    .ob = {&ad_type_type},
    .name = "module",
    .flags = AD_TPFLAG_BASETYPE,
    .instance_size = sizeof(AdModule),
    .repr = module_repr,
    .construct = module_construct,
    .getattr = module_getattr,
    .dict_offset = offsetof(AdModule, dict),
};

/* ========================================================================================== */
/* MARK: Import                                                                                */
/* ========================================================================================== */

static AdValue create_sys(void);
static AdValue create_builtins(void);

typedef struct BuiltinModule {
    const char *name;
    AdValue (*create)(void);
} BuiltinModule;

static const BuiltinModule builtin_modules[] = {
    {"builtins", create_builtins},
    {"sys", create_sys},
    {"math", ad_math_module_create},
    {"re", ad_re_module_create},
    {"_random", ad_random_module_create},
    {"_sha512", ad_sha512_module_create},
    {"time", ad_time_module_create},
    {"_os", ad_os_module_create},
    {"io", ad_io_module_create},
    {NULL, NULL},
};

static AdValue module_not_found(AdValue name) {
    /* `import a.b` with no `a` names the top-level package, as CPython does. */
    size_t len;
    const char *s = ad_str_utf8(name, &len);
    const char *dot = memchr(s, '.', len);
    AdValue top = dot ? ad_str_from_utf8(s, (size_t)(dot - s)) : name;
    AdValue msg = ad_sprintf("No module named %R", top);
    if (!msg) return AD_ERROR;
    AdValue exc = ad_exception_new(&ad_ModuleNotFoundError, &msg, 1);
    ad_dict_set_cstr(AD_AS(AdException, exc)->dict, "name", top);
    return ad_err_set_object(exc);
}

AdValue ad_import(AdValue name) {
    if (!ad_is_str(name)) return ad_err_format(&ad_TypeError, "module name must be str, not %T", name);
    AdValue m = 0;
    int found = ad_dict_lookup(sys_modules, name, &m);
    if (found < 0) return AD_ERROR;
    if (found) {
        if (m == AD_NONE)
            return ad_err_format(&ad_ModuleNotFoundError, "import of %U halted; None in sys.modules", name);
        return m;
    }
    /* A dotted name: the parent first, whose body may register the submodule (os.py registers
     * sys.modules['os.path']); there are no packages, so nothing else can provide it. */
    size_t len;
    const char *s = ad_str_utf8(name, &len);
    const char *dot = NULL;
    for (const char *c = s; c < s + len; c++)
        if (*c == '.') dot = c;
    if (dot) {
        AdValue parent = ad_str_from_utf8(s, (size_t)(dot - s));
        if (!parent || !ad_import(parent)) return AD_ERROR;
        found = ad_dict_lookup(sys_modules, name, &m);
        if (found) return found < 0 ? AD_ERROR : m;
        AdValue msg = ad_sprintf("No module named %R; %R is not a package", name, parent);
        if (!msg) return AD_ERROR;
        AdValue exc = ad_exception_new(&ad_ModuleNotFoundError, &msg, 1);
        ad_dict_set_cstr(AD_AS(AdException, exc)->dict, "name", name);
        return ad_err_set_object(exc);
    }
    /* Modules compiled into the program come first: a script's own heapq.py shadows the library's. */
    m = ad_import_compiled(name, sys_modules);
    if (m || ad_err_occurred()) return m;
    for (const BuiltinModule *b = builtin_modules; b->name; b++) {
        if (!ad_str_eq_cstr(name, b->name)) continue;
        m = b->create();
        if (!m) return AD_ERROR;
        if (ad_dict_set(sys_modules, name, m) < 0) return AD_ERROR;
        return m;
    }
    return module_not_found(name);
}

AdValue ad_import_from(AdValue module, AdValue name) {
    AdValue v = ad_getattr_opt(module, name);
    if (v || ad_err_occurred()) return v;
    AdValue modname = ad_type(module) == &ad_module_type ? module_dict_get(module, "__name__")
                    : ad_getattr_opt(module, ad_str_intern_cstr("__name__"));
    if (!modname) ad_err_clear();
    if (!modname || !ad_is_str(modname)) modname = ad_str_intern_cstr("<unknown module name>");
    AdValue file = ad_type(module) == &ad_module_type ? module_dict_get(module, "__file__")
                 : ad_getattr_opt(module, ad_str_intern_cstr("__file__"));
    if (!file) ad_err_clear();
    AdValue msg = file && ad_is_str(file)
        ? ad_sprintf("cannot import name %R from %R (%U)", name, modname, file)
        : ad_sprintf("cannot import name %R from %R (unknown location)", name, modname);
    if (!msg) return AD_ERROR;
    AdValue exc = ad_exception_new(&ad_ImportError, &msg, 1);
    ad_dict_set_cstr(AD_AS(AdException, exc)->dict, "name", modname);
    if (file) ad_dict_set_cstr(AD_AS(AdException, exc)->dict, "path", file);
    return ad_err_set_object(exc);
}

/* ========================================================================================== */
/* MARK: builtins                                                                              */
/* ========================================================================================== */

AdValue ad_builtin_lookup(AdValue name) {
    AdValue v = 0;
    int r = ad_dict_lookup(builtins_dict, name, &v);
    if (r < 0) ad_err_clear();
    return r == 1 ? v : 0;
}

AdValue ad_load_global_fallback(AdValue name) {
    AdValue v = ad_builtin_lookup(name);
    return v ? v : ad_err_name(name);
}

static AdValue create_builtins(void) { return ad_builtins_module; }

static void bind_builtin_types(AdValue m) {
    static const struct { const char *name; AdType *type; } types[] = {
        {"bool", &ad_bool_type}, {"bytes", &ad_bytes_type}, {"bytearray", &ad_bytearray_type},
        {"classmethod", &ad_classmethod_type}, {"complex", &ad_complex_type}, {"dict", &ad_dict_type},
        {"enumerate", &ad_enumerate_type}, {"filter", &ad_filter_type}, {"float", &ad_float_type},
        {"frozenset", &ad_frozenset_type}, {"property", &ad_property_type}, {"int", &ad_int_type},
        {"list", &ad_list_type}, {"map", &ad_map_type}, {"object", &ad_object_type},
        {"range", &ad_range_type}, {"reversed", &ad_reversed_type}, {"set", &ad_set_type},
        {"slice", &ad_slice_type}, {"staticmethod", &ad_staticmethod_type}, {"str", &ad_str_type},
        {"tuple", &ad_tuple_type}, {"type", &ad_type_type}, {"zip", &ad_zip_type},
    };
    for (size_t i = 0; i < sizeof types / sizeof types[0]; i++)
        if (types[i].type) ad_module_add(m, types[i].name, AD_VAL(types[i].type));
}

static void init_builtins_module(void) {
    AdValue m = ad_module_new("builtins");
    ad_builtins_module = m;
    builtins_dict = AD_AS(AdModule, m)->dict;
    ad_module_add_functions(m, ad_builtin_functions);
    ad_module_add(m, "None", AD_NONE);
    ad_module_add(m, "Ellipsis", AD_ELLIPSIS);
    ad_module_add(m, "NotImplemented", AD_NOTIMPL);
    ad_module_add(m, "False", AD_FALSE);
    ad_module_add(m, "True", AD_TRUE);
    ad_module_add(m, "__debug__", AD_TRUE);
    bind_builtin_types(m);
    for (AdType *const *t = ad_exception_types; *t; t++) ad_module_add(m, (*t)->name, AD_VAL(*t));
    ad_exceptions_bind_aliases(m);
}

/* ========================================================================================== */
/* MARK: Struct sequences (sys.version_info, sys.float_info)                                   */
/* ========================================================================================== */

/* A tuple subclass whose items also have names; the type lists them. */
typedef struct StructSeqType {
    AdType type;
    const char *const *fields;
    int nfields;
} StructSeqType;

static AdValue structseq_repr(AdValue self) {
    StructSeqType *st = (StructSeqType *)ad_type(self);
    AdStrBuilder sb;
    ad_sb_init(&sb);
    ad_sb_append_cstr(&sb, st->type.name);
    ad_sb_append_char(&sb, '(');
    for (int i = 0; i < st->nfields; i++) {
        if (i) ad_sb_append_cstr(&sb, ", ");
        ad_sb_append_cstr(&sb, st->fields[i]);
        ad_sb_append_char(&sb, '=');
        AdValue r = ad_repr(ad_tuple_get(self, i));
        if (!r) return AD_ERROR;
        ad_sb_append_str(&sb, r);
    }
    ad_sb_append_char(&sb, ')');
    return ad_sb_finish(&sb);
}

static AdValue structseq_getattr(AdValue self, AdValue name) {
    StructSeqType *st = (StructSeqType *)ad_type(self);
    for (int i = 0; i < st->nfields; i++)
        if (ad_str_eq_cstr(name, st->fields[i])) return ad_tuple_get(self, i);
    return ad_generic_getattr(self, name);
}

static AdValue structseq_new(StructSeqType *st, const AdValue *items) {
    AdValue t = ad_tuple_from_array(items, (size_t)st->nfields);
    AD_OBJ(t)->type = &st->type;
    return t;
}

#define STRUCTSEQ_TYPE(NAME) \
    {.type = {.ob = {&ad_type_type}, .name = NAME, .base = &ad_tuple_type, .repr = structseq_repr, \
              .getattr = structseq_getattr}}

static const char *const version_info_fields[] = {"major", "minor", "micro", "releaselevel", "serial"};
static StructSeqType version_info_type = STRUCTSEQ_TYPE("sys.version_info");

static const char *const float_info_fields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                                "dig", "mant_dig", "epsilon", "radix", "rounds"};
static StructSeqType float_info_type = STRUCTSEQ_TYPE("sys.float_info");

static AdValue make_version_info(void) {
    version_info_type.fields = version_info_fields;
    version_info_type.nfields = 5;
    ad_type_ready(&version_info_type.type, NULL, NULL);
    AdValue items[5] = {ad_small(3), ad_small(11), ad_small(7), ad_str_intern_cstr("final"), ad_small(0)};
    return structseq_new(&version_info_type, items);
}

static AdValue make_float_info(void) {
    float_info_type.fields = float_info_fields;
    float_info_type.nfields = 11;
    ad_type_ready(&float_info_type.type, NULL, NULL);
    AdValue items[11] = {ad_float(DBL_MAX), ad_small(DBL_MAX_EXP), ad_small(DBL_MAX_10_EXP),
                         ad_float(DBL_MIN), ad_small(DBL_MIN_EXP), ad_small(DBL_MIN_10_EXP),
                         ad_small(DBL_DIG), ad_small(DBL_MANT_DIG), ad_float(DBL_EPSILON),
                         ad_small(FLT_RADIX), ad_small(1)};
    return structseq_new(&float_info_type, items);
}

/* ========================================================================================== */
/* MARK: sys                                                                                   */
/* ========================================================================================== */

AdValue ad_sys_get(const char *name) {
    return sys_module ? module_dict_get(sys_module, name) : 0;
}

static AdValue sys_exit(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("exit", kwnames) < 0 || ad_check_nargs("exit", nargs, 0, 1) < 0) return AD_ERROR;
    return ad_err_set_object(ad_exception_new(&ad_SystemExit, args, nargs));
}

static AdValue sys_getrecursionlimit(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_nargs("getrecursionlimit", nargs, 0, 0) < 0) return AD_ERROR;
    return ad_int_from_i64(ad_recursion_limit);
}

static AdValue sys_setrecursionlimit(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("setrecursionlimit", kwnames) < 0 ||
        ad_check_nargs("setrecursionlimit", nargs, 1, 1) < 0)
        return AD_ERROR;
    if (!ad_is_int(args[0]))
        return ad_err_format(&ad_TypeError, "'%T' object cannot be interpreted as an integer", args[0]);
    int64_t n;
    if (ad_int_to_i64(args[0], &n) < 0 || n > INT32_MAX)
        return ad_err_set(&ad_OverflowError, "Python int too large to convert to C int");
    if (n < 1) return ad_err_set(&ad_ValueError, "recursion limit must be greater or equal than 1");
    if (n <= ad_call_depth)
        return ad_err_format(&ad_RecursionError,
                             "cannot set the recursion limit to %lld at the recursion depth %lld: the limit is too low",
                             (long long)n, (long long)ad_call_depth);
    ad_recursion_limit = n;
    return AD_NONE;
}

static AdValue sys_intern(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("intern", kwnames) < 0 || ad_check_nargs("intern", nargs, 1, 1) < 0) return AD_ERROR;
    if (ad_type(args[0]) != &ad_str_type)
        return ad_err_format(&ad_TypeError, "intern() argument must be str, not %T", args[0]);
    return ad_str_intern(args[0]);
}

static AdValue sys_getdefaultencoding(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_nargs("getdefaultencoding", nargs, 0, 0) < 0) return AD_ERROR;
    return ad_str_intern_cstr("utf-8");
}

static AdValue sys_exc_info(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_nargs("exc_info", nargs, 0, 0) < 0) return AD_ERROR;
    AdValue exc = ad_exc_handled();
    if (!exc) return ad_tuple_from_array((AdValue[]){AD_NONE, AD_NONE, AD_NONE}, 3);
    AdValue tb = AD_AS(AdException, exc)->traceback;
    AdValue items[3] = {AD_VAL(ad_type(exc)), exc, tb ? tb : AD_NONE};
    return ad_tuple_from_array(items, 3);
}

static AdValue sys_exception(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_nargs("exception", nargs, 0, 0) < 0) return AD_ERROR;
    AdValue exc = ad_exc_handled();
    return exc ? exc : AD_NONE;
}

static AdValue sys_get_int_max_str_digits(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_nargs("get_int_max_str_digits", nargs, 0, 0) < 0) return AD_ERROR;
    return ad_int_from_i64(ad_int_get_max_str_digits());
}

static AdValue sys_set_int_max_str_digits(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[1];
    if (ad_parse_args("set_int_max_str_digits", args, nargs, kwnames, "maxdigits", a) < 0) return AD_ERROR;
    int64_t n = ad_index_value(a[0], &ad_OverflowError);
    if (n == -1 && ad_err_occurred()) return AD_ERROR;
    return ad_int_set_max_str_digits(n) < 0 ? AD_ERROR : AD_NONE;
}

static const AdMethodDef sys_functions[] = {
    {"get_int_max_str_digits", sys_get_int_max_str_digits, 0},
    {"set_int_max_str_digits", sys_set_int_max_str_digits, 0},
    {"exit", sys_exit, 0},
    {"getrecursionlimit", sys_getrecursionlimit, 0},
    {"setrecursionlimit", sys_setrecursionlimit, 0},
    {"intern", sys_intern, 0},
    {"getdefaultencoding", sys_getdefaultencoding, 0},
    {"exc_info", sys_exc_info, 0},
    {"exception", sys_exception, 0},
    {NULL, NULL, 0},
};

static AdValue make_argv(void) {
    AdValue argv = ad_list_new(ad_core_argc);
    for (int i = 0; i < ad_core_argc; i++)
        ad_list_append(argv, ad_str_from_utf8(ad_core_argv[i], strlen(ad_core_argv[i])));
    return argv;
}

/* sys.path[0] is the script's directory ('' when unknown), as CPython sets it. */
static AdValue make_path(void) {
    AdValue path = ad_list_new(1);
    const char *script = ad_core_argc > 0 ? ad_core_argv[0] : "";
    const char *slash = strrchr(script, '/');
    ad_list_append(path, slash ? ad_str_from_utf8(script, (size_t)(slash - script)) : ad_str_intern_cstr(""));
    return path;
}

static AdValue builtin_module_names(void) {
    int n = 0;
    while (builtin_modules[n].name) n++;
    AdValue t = ad_tuple_new(n);
    for (int i = 0; i < n; i++) AD_AS(AdTuple, t)->items[i] = ad_str_intern_cstr(builtin_modules[i].name);
    return t;
}

static void init_sys_module(void) {
    AdValue m = ad_module_new("sys");
    sys_module = m;
    ad_module_add_functions(m, sys_functions);
    ad_module_add(m, "argv", make_argv());
    ad_module_add(m, "orig_argv", make_argv());
    ad_module_add(m, "path", make_path());
    ad_module_add(m, "modules", sys_modules);
    ad_module_add(m, "builtin_module_names", builtin_module_names());
    ad_module_add(m, "stdout", ad_io_stdout_object());
    ad_module_add(m, "stderr", ad_io_stderr_object());
    ad_module_add(m, "stdin", ad_io_stdin_object());
    ad_module_add(m, "__stdout__", ad_io_stdout_object());
    ad_module_add(m, "__stderr__", ad_io_stderr_object());
    ad_module_add(m, "__stdin__", ad_io_stdin_object());
    ad_module_add(m, "maxsize", ad_int_from_i64(INT64_MAX));
    ad_module_add(m, "maxunicode", ad_small(0x10FFFF));
    ad_module_add(m, "version", ad_str_from_cstr("3.11.7 (adder)"));
    ad_module_add(m, "version_info", make_version_info());
    ad_module_add(m, "hexversion", ad_small(0x030B07F0));
    ad_module_add(m, "float_info", make_float_info());
    ad_module_add(m, "float_repr_style", ad_str_intern_cstr("short"));
    ad_module_add(m, "platform", ad_str_intern_cstr("linux"));
    ad_module_add(m, "byteorder", ad_str_intern_cstr("little"));
    ad_module_add(m, "executable", ad_str_intern_cstr(""));
    ad_module_add(m, "dont_write_bytecode", AD_FALSE);
}

static AdValue create_sys(void) { return sys_module; }

void ad_init_modules(void) {
    ad_type_ready(&ad_module_type, NULL, module_getsets);
    ad_init_io();
    sys_modules = ad_dict_new();
    init_builtins_module();
    init_sys_module();
    ad_dict_set_cstr(sys_modules, "builtins", ad_builtins_module);
    ad_dict_set_cstr(sys_modules, "sys", sys_module);
}
