/*
 * call.c — calling things: the vectorcall entry points, Python functions and argument binding,
 * builtin functions and the descriptors that put C methods and attributes on types (method,
 * classmethod and getset descriptors), bound methods, classmethod/staticmethod/property, cells.
 *
 * The calling convention everywhere is vectorcall: positional arguments, then the values of the
 * keyword arguments whose names are the tuple `kwnames` (0 when there are none). Nothing on the
 * common paths allocates: ad_call_method finds a method descriptor or function along the type's
 * MRO and calls it with `self` in front, without creating a bound method; ad_function_call binds
 * into a buffer on the C stack (which the collector scans).
 *
 * Recursion: every Python frame entered through ad_function_call adds one to ad_call_depth;
 * entering a frame when the depth would exceed ad_recursion_limit raises RecursionError.
 */
#include "core.h"

#include <string.h>

int64_t ad_call_depth;
int64_t ad_recursion_limit = 1000;

static inline size_t kwcount(AdValue kwnames) {
    return kwnames ? (size_t)ad_tuple_len(kwnames) : 0;
}

AdValue ad_err_recursion(void) {
    return ad_err_set(&ad_RecursionError, "maximum recursion depth exceeded");
}

/* ========================================================================================== */
/* MARK: ad_call and friends                                                                   */
/* ========================================================================================== */

AdValue ad_call(AdValue callable, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdType *t = ad_type(callable);
    if (AD_LIKELY(t == &ad_function_type)) return ad_function_call(callable, args, nargs, kwnames);
    if (AD_LIKELY(t->call != NULL)) return t->call(callable, args, nargs, kwnames);
    return ad_err_format(&ad_TypeError, "'%s' object is not callable", t->name);
}

AdValue ad_call0(AdValue callable) { return ad_call(callable, NULL, 0, 0); }
AdValue ad_call1(AdValue callable, AdValue a) { return ad_call(callable, &a, 1, 0); }
AdValue ad_call2(AdValue callable, AdValue a, AdValue b) {
    AdValue args[2] = {a, b};
    return ad_call(callable, args, 2, 0);
}

/* Call `callable(self, *args, **kw)`: copies the arguments behind `self` on the stack. */
static AdValue call_with_self(AdValue callable, AdValue self, const AdValue *args, size_t nargs,
                              AdValue kwnames) {
    size_t total = nargs + kwcount(kwnames);
    AdValue small[8];
    AdValue *buf = total + 1 <= 8 ? small : ad_alloc(sizeof(AdValue) * (total + 1));
    buf[0] = self;
    if (total) memcpy(buf + 1, args, sizeof(AdValue) * total);
    return ad_call(callable, buf, nargs + 1, kwnames);
}

AdValue ad_function_str(AdValue callable) {
    AdValue qualname = ad_getattr_opt(callable, ad_str_intern_cstr("__qualname__"));
    if (!qualname) return ad_err_occurred() ? AD_ERROR : ad_str(callable);
    AdValue module = ad_getattr_opt(callable, ad_str_intern_cstr("__module__"));
    if (!module && ad_err_occurred()) return AD_ERROR;
    if (module && module != AD_NONE && !(ad_is_str(module) && ad_str_eq_cstr(module, "builtins")))
        return ad_sprintf("%S.%S()", module, qualname);
    return ad_sprintf("%S()", qualname);
}

/* f(*x) requires x to be iterable, with a message that names f. */
static AdValue star_args_tuple(AdValue callable, AdValue args) {
    AdType *t = ad_type(args);
    if (!t->iter && !t->getitem) {
        AdValue fs = ad_function_str(callable);
        if (!fs) return AD_ERROR;
        return ad_err_format(&ad_TypeError, "%U argument after * must be an iterable, not %s", fs, t->name);
    }
    return ad_tuple_from_iterable(args);
}

AdValue ad_call_ex(AdValue callable, AdValue args, AdValue kwargs) {
    if (ad_type(args) != &ad_tuple_type) {
        args = star_args_tuple(callable, args);
        if (!args) return AD_ERROR;
    }
    int64_t nargs = ad_tuple_len(args);
    int64_t nkw = kwargs ? ad_dict_len(kwargs) : 0;
    if (nkw == 0) return ad_call(callable, AD_AS(AdTuple, args)->items, (size_t)nargs, 0);
    AdValue *buf = ad_alloc(sizeof(AdValue) * (size_t)(nargs + nkw));
    memcpy(buf, AD_AS(AdTuple, args)->items, sizeof(AdValue) * (size_t)nargs);
    AdValue kwnames = ad_tuple_new(nkw), key, value;
    int64_t pos = 0, i = 0;
    while (ad_dict_next(kwargs, &pos, &key, &value)) {
        if (!ad_is_str(key)) return ad_err_set(&ad_TypeError, "keywords must be strings");
        AD_AS(AdTuple, kwnames)->items[i] = key;
        buf[nargs + i++] = value;
    }
    return ad_call(callable, buf, (size_t)nargs, kwnames);
}

/* ========================================================================================== */
/* MARK: Argument binding for Python functions                                                 */
/* ========================================================================================== */

/* "'a', 'b', and 'c'" as CPython lists missing names. */
static AdValue format_name_list(AdValue *names, int n) {
    AdStrBuilder sb;
    ad_sb_init(&sb);
    for (int i = 0; i < n; i++) {
        if (i > 0) ad_sb_append_cstr(&sb, n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
        ad_sb_append_char(&sb, '\'');
        ad_sb_append_str(&sb, names[i]);
        ad_sb_append_char(&sb, '\'');
    }
    return ad_sb_finish(&sb);
}

static int missing_arguments(AdFunction *fn, AdValue *params, int32_t start, int32_t end, const char *kind) {
    AdValue *names = ad_alloc(sizeof(AdValue) * (size_t)(end - start + 1));
    int n = 0;
    for (int32_t i = start; i < end; i++)
        if (!params[i]) names[n++] = fn->code->param_names[i];
    ad_err_format(&ad_TypeError, "%U() missing %d required %s argument%s: %U", fn->qualname, n, kind,
                  n == 1 ? "" : "s", format_name_list(names, n));
    return -1;
}

static int too_many_positional(AdFunction *fn, AdValue *params, size_t given) {
    AdCode *code = fn->code;
    int64_t ndefaults = fn->defaults ? ad_tuple_len(fn->defaults) : 0;
    int kwonly_given = 0;
    for (int32_t i = code->npositional; i < code->npositional + code->nkwonly; i++)
        if (params[i]) kwonly_given++;
    AdValue sig = ndefaults
        ? ad_sprintf("from %lld to %d", (long long)(code->npositional - ndefaults), code->npositional)
        : ad_sprintf("%d", code->npositional);
    int plural = ndefaults ? 1 : code->npositional != 1;
    AdValue kwonly_sig = kwonly_given
        ? ad_sprintf(" positional argument%s (and %d keyword-only argument%s)", given != 1 ? "s" : "",
                     kwonly_given, kwonly_given != 1 ? "s" : "")
        : ad_str_intern_cstr("");
    ad_err_format(&ad_TypeError, "%U() takes %U positional argument%s but %zu%U %s given", fn->qualname,
                  sig, plural ? "s" : "", given, kwonly_sig, given == 1 && !kwonly_given ? "was" : "were");
    return -1;
}

static int posonly_passed_as_keyword(AdFunction *fn, AdValue kwnames) {
    AdCode *code = fn->code;
    AdStrBuilder sb;
    ad_sb_init(&sb);
    int found = 0;
    for (int32_t i = 0; i < code->nposonly; i++) {
        for (int64_t k = 0; k < ad_tuple_len(kwnames); k++) {
            if (ad_eq(ad_tuple_get(kwnames, k), code->param_names[i]) == 1) {
                if (found++) ad_sb_append_cstr(&sb, ", ");
                ad_sb_append_str(&sb, code->param_names[i]);
                break;
            }
        }
    }
    if (!found) return 0;
    ad_err_format(&ad_TypeError,
                  "%U() got some positional-only arguments passed as keyword arguments: '%U'",
                  fn->qualname, ad_sb_finish(&sb));
    return -1;
}

/* The index of the parameter named `key` among those that accept keywords, or -1. */
static int32_t keyword_slot(AdCode *code, AdValue key) {
    int32_t end = code->npositional + code->nkwonly;
    for (int32_t i = code->nposonly; i < end; i++)
        if (code->param_names[i] == key) return i;
    for (int32_t i = code->nposonly; i < end; i++)
        if (ad_str_eq(code->param_names[i], key)) return i;
    return -1;
}

static int bind_keywords(AdFunction *fn, const AdValue *values, AdValue kwnames, AdValue *params,
                         AdValue kwdict) {
    AdCode *code = fn->code;
    for (int64_t k = 0; k < ad_tuple_len(kwnames); k++) {
        AdValue key = ad_tuple_get(kwnames, k);
        int32_t slot = keyword_slot(code, key);
        if (slot < 0) {
            if (kwdict) {
                if (ad_dict_set(kwdict, key, values[k]) < 0) return -1;
                continue;
            }
            if (code->nposonly && posonly_passed_as_keyword(fn, kwnames) < 0) return -1;
            ad_err_format(&ad_TypeError, "%U() got an unexpected keyword argument '%U'", fn->qualname, key);
            return -1;
        }
        if (params[slot]) {
            ad_err_format(&ad_TypeError, "%U() got multiple values for argument '%U'", fn->qualname, key);
            return -1;
        }
        params[slot] = values[k];
    }
    return 0;
}

static int apply_defaults(AdFunction *fn, AdValue *params, size_t nargs) {
    AdCode *code = fn->code;
    int32_t npos = code->npositional;
    if ((int64_t)nargs < npos) {
        int64_t ndefaults = fn->defaults ? ad_tuple_len(fn->defaults) : 0;
        int32_t first_default = npos - (int32_t)ndefaults;
        for (int32_t i = (int32_t)nargs; i < first_default; i++)
            if (!params[i]) return missing_arguments(fn, params, (int32_t)nargs, first_default, "positional");
        for (int32_t i = first_default > (int32_t)nargs ? first_default : (int32_t)nargs; i < npos; i++)
            if (!params[i]) params[i] = ad_tuple_get(fn->defaults, i - first_default);
    }
    int missing = 0;
    for (int32_t i = npos; i < npos + code->nkwonly; i++) {
        if (params[i]) continue;
        AdValue v = 0;
        if (fn->kwdefaults && ad_dict_lookup(fn->kwdefaults, code->param_names[i], &v) == 1) params[i] = v;
        else missing = 1;
    }
    if (missing) return missing_arguments(fn, params, npos, npos + code->nkwonly, "keyword-only");
    return 0;
}

int ad_bind_arguments(AdFunction *fn, const AdValue *args, size_t nargs, AdValue kwnames, AdValue *params) {
    AdCode *code = fn->code;
    int32_t npos = code->npositional;
    int32_t slot = npos + code->nkwonly;
    memset(params, 0, sizeof(AdValue) * (size_t)code->nparams);
    size_t ncopy = nargs < (size_t)npos ? nargs : (size_t)npos;
    memcpy(params, args, sizeof(AdValue) * ncopy);
    if (code->flags & AD_CODE_VARARGS)
        params[slot++] = nargs > ncopy ? ad_tuple_from_array(args + ncopy, nargs - ncopy) : ad_empty_tuple;
    AdValue kwdict = 0;
    if (code->flags & AD_CODE_VARKEYWORDS) params[slot] = kwdict = ad_dict_new();
    if (kwnames && bind_keywords(fn, args + nargs, kwnames, params, kwdict) < 0) return -1;
    if (nargs > (size_t)npos && !(code->flags & AD_CODE_VARARGS)) return too_many_positional(fn, params, nargs);
    return apply_defaults(fn, params, nargs);
}

/* ========================================================================================== */
/* MARK: Function objects                                                                      */
/* ========================================================================================== */

AdValue ad_function_new(AdCode *code, AdValue defaults, AdValue kwdefaults, AdValue closure) {
    AdFunction *fn = (AdFunction *)ad_new_object(&ad_function_type, sizeof(AdFunction));
    fn->code = code;
    fn->defaults = defaults;
    fn->kwdefaults = kwdefaults;
    fn->closure = closure;
    fn->name = ad_str_intern_cstr(code->frame.name);
    fn->qualname = ad_str_intern_cstr(code->qualname ? code->qualname : code->frame.name);
    return AD_VAL(fn);
}

/* Binding needs a buffer of nparams slots: on the stack when small (scanned by the collector). */
static AdValue function_call_bound(AdFunction *fn, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdCode *code = fn->code;
    if (code->flags & AD_CODE_GENERATOR) {
        /* The parameters go straight into the generator's frame; the body runs when it is resumed. */
        AdValue *frame = ad_alloc(sizeof(AdValue) * (size_t)code->frame_size);
        if (ad_bind_arguments(fn, args, nargs, kwnames, frame) < 0) return AD_ERROR;
        return ad_generator_new(AD_VAL(fn), frame);
    }
    AdValue small[16];
    AdValue *params = code->nparams <= 16 ? small : ad_alloc(sizeof(AdValue) * (size_t)code->nparams);
    if (ad_bind_arguments(fn, args, nargs, kwnames, params) < 0) return AD_ERROR;
    return code->entry(fn, params);
}

AdValue ad_function_call(AdValue fnv, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdFunction *fn = AD_AS(AdFunction, fnv);
    AdCode *code = fn->code;
    if (AD_UNLIKELY(++ad_call_depth > ad_recursion_limit)) {
        ad_call_depth--;
        return ad_err_recursion();
    }
    AdValue r;
    if (AD_LIKELY(kwnames == 0 && (int64_t)nargs == code->nparams && code->flags == 0 && code->nkwonly == 0))
        r = code->entry(fn, args);
    else
        r = function_call_bound(fn, args, nargs, kwnames);
    ad_call_depth--;
    return r;
}

static AdValue function_call_slot(AdValue callable, const AdValue *args, size_t nargs, AdValue kwnames) {
    return ad_function_call(callable, args, nargs, kwnames);
}

static AdValue function_repr(AdValue self) {
    return ad_sprintf("<function %U at %p>", AD_AS(AdFunction, self)->qualname, (void *)AD_OBJ(self));
}

static AdValue bound_method_new(AdValue func, AdValue self);

/* Functions are non-data descriptors: through an instance they bind, through the class not. */
static AdValue function_descr_get(AdValue descr, AdValue obj, AdValue type) {
    if (!obj || obj == AD_NONE) return descr;
    return bound_method_new(descr, obj);
}

static AdValue fn_get_name(AdValue self) { return AD_AS(AdFunction, self)->name; }
static AdValue fn_get_qualname(AdValue self) { return AD_AS(AdFunction, self)->qualname; }
static AdValue fn_get_doc(AdValue self) {
    AdValue d = AD_AS(AdFunction, self)->doc;
    return d ? d : AD_NONE;
}
static AdValue fn_get_defaults(AdValue self) {
    AdValue d = AD_AS(AdFunction, self)->defaults;
    return d ? d : AD_NONE;
}
static AdValue fn_get_kwdefaults(AdValue self) {
    AdValue d = AD_AS(AdFunction, self)->kwdefaults;
    return d ? d : AD_NONE;
}
static AdValue fn_get_closure(AdValue self) {
    AdValue c = AD_AS(AdFunction, self)->closure;
    return c ? c : AD_NONE;
}
static AdValue fn_get_dict(AdValue self) {
    AdFunction *fn = AD_AS(AdFunction, self);
    if (!fn->dict) fn->dict = ad_dict_new();
    return fn->dict;
}
/* Functions do not carry their globals, so the defining module is found from the file the
 * function was compiled from: an imported module's name, else the main program's. */
static AdValue fn_get_module(AdValue self) {
    AdFunction *fn = AD_AS(AdFunction, self);
    if (fn->module) return fn->module;
    AdValue m = ad_module_name_of_file(fn->code->frame.filename);
    return m ? m : ad_str_intern_cstr("__main__");
}
static AdValue fn_get_annotations(AdValue self) {
    AdFunction *fn = AD_AS(AdFunction, self);
    if (!fn->annotations) fn->annotations = ad_dict_new();
    return fn->annotations;
}

static int fn_set_annotations(AdValue self, AdValue v) {
    /* CPython: __annotations__ may be set to a dict (deleting it leaves a fresh empty one). */
    if (v && ad_type(v) != &ad_dict_type) {
        ad_err_set(&ad_TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    AD_AS(AdFunction, self)->annotations = v;
    return 0;
}

static int fn_set_str_field(AdValue value, AdValue *field, const char *what) {
    if (!value || !ad_is_str(value)) {
        ad_err_format(&ad_TypeError, "%s must be set to a string object", what);
        return -1;
    }
    *field = value;
    return 0;
}
static int fn_set_name(AdValue self, AdValue v) {
    return fn_set_str_field(v, &AD_AS(AdFunction, self)->name, "__name__");
}
static int fn_set_qualname(AdValue self, AdValue v) {
    return fn_set_str_field(v, &AD_AS(AdFunction, self)->qualname, "__qualname__");
}
static int fn_set_doc(AdValue self, AdValue v) {
    AD_AS(AdFunction, self)->doc = v && v != AD_NONE ? v : 0;
    return 0;
}
static int fn_set_defaults(AdValue self, AdValue v) {
    if (v && v != AD_NONE && ad_type(v) != &ad_tuple_type) {
        ad_err_set(&ad_TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    AD_AS(AdFunction, self)->defaults = v && v != AD_NONE && ad_tuple_len(v) ? v : 0;
    return 0;
}
static int fn_set_kwdefaults(AdValue self, AdValue v) {
    if (v && v != AD_NONE && ad_type(v) != &ad_dict_type) {
        ad_err_set(&ad_TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    AD_AS(AdFunction, self)->kwdefaults = v && v != AD_NONE ? v : 0;
    return 0;
}
static int fn_set_module(AdValue self, AdValue v) {
    AD_AS(AdFunction, self)->module = v ? v : AD_NONE;
    return 0;
}

static const AdGetSetDef function_getsets[] = {
    {"__name__", fn_get_name, fn_set_name},
    {"__qualname__", fn_get_qualname, fn_set_qualname},
    {"__doc__", fn_get_doc, fn_set_doc},
    {"__defaults__", fn_get_defaults, fn_set_defaults},
    {"__kwdefaults__", fn_get_kwdefaults, fn_set_kwdefaults},
    {"__closure__", fn_get_closure, NULL},
    {"__dict__", fn_get_dict, NULL},
    {"__module__", fn_get_module, fn_set_module},
    {"__annotations__", fn_get_annotations, fn_set_annotations},
    {NULL, NULL, NULL},
};

static int64_t identity_hash(AdValue self) { return ad_hash_pointer(AD_OBJ(self)); }

AdType ad_function_type = {
    .ob = {&ad_type_type},
    .name = "function",
    .instance_size = sizeof(AdFunction),
    .repr = function_repr,
    .hash = identity_hash,
    .call = function_call_slot,
    .descr_get = function_descr_get,
    .dict_offset = offsetof(AdFunction, dict),
};

/* ========================================================================================== */
/* MARK: Bound methods                                                                         */
/* ========================================================================================== */

static AdValue bound_method_new(AdValue func, AdValue self) {
    AdBoundMethod *m = (AdBoundMethod *)ad_new_object(&ad_bound_method_type, sizeof(AdBoundMethod));
    m->func = func;
    m->self = self;
    return AD_VAL(m);
}

static AdValue bound_method_call(AdValue callable, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdBoundMethod *m = AD_AS(AdBoundMethod, callable);
    return call_with_self(m->func, m->self, args, nargs, kwnames);
}

static AdValue bound_method_repr(AdValue self) {
    AdBoundMethod *m = AD_AS(AdBoundMethod, self);
    AdValue name = ad_getattr_opt(m->func, ad_str_intern_cstr("__qualname__"));
    if (!name && !ad_err_occurred()) name = ad_getattr_opt(m->func, ad_str_intern_cstr("__name__"));
    if (!name) {
        if (ad_err_occurred()) return AD_ERROR;
        name = ad_str_intern_cstr("?");
    }
    return ad_sprintf("<bound method %S of %R>", name, m->self);
}

static AdValue bound_method_richcompare(AdValue a, AdValue b, int op) {
    if ((op != AD_EQ && op != AD_NE) || ad_type(b) != &ad_bound_method_type) return AD_NOTIMPL;
    AdBoundMethod *x = AD_AS(AdBoundMethod, a), *y = AD_AS(AdBoundMethod, b);
    int same = x->self == y->self;
    if (same) {
        int r = ad_eq(x->func, y->func);
        if (r < 0) return AD_ERROR;
        same = r;
    }
    return ad_bool(op == AD_EQ ? same : !same);
}

static int64_t bound_method_hash(AdValue self) {
    AdBoundMethod *m = AD_AS(AdBoundMethod, self);
    int64_t h = ad_hash(m->func);
    if (h == -1) return -1;
    int64_t r = (int64_t)((uint64_t)ad_hash_pointer(AD_OBJ(m->self)) ^ (uint64_t)h);
    return r == -1 ? -2 : r;
}

static AdValue bm_get_func(AdValue self) { return AD_AS(AdBoundMethod, self)->func; }
static AdValue bm_get_self(AdValue self) { return AD_AS(AdBoundMethod, self)->self; }

static const AdGetSetDef bound_method_getsets[] = {
    {"__func__", bm_get_func, NULL},
    {"__self__", bm_get_self, NULL},
    {NULL, NULL, NULL},
};

static AdValue bound_method_getattro(AdValue self, AdValue name) {
    AdValue v = ad_type_lookup(&ad_bound_method_type, name);
    if (v) {
        AdDescrGetFn get = ad_type(v)->descr_get;
        return get ? get(v, self, AD_VAL(&ad_bound_method_type)) : v;
    }
    return ad_getattr(AD_AS(AdBoundMethod, self)->func, name);
}

AdType ad_bound_method_type = {
    .ob = {&ad_type_type},
    .name = "method",
    .instance_size = sizeof(AdBoundMethod),
    .repr = bound_method_repr,
    .hash = bound_method_hash,
    .richcompare = bound_method_richcompare,
    .call = bound_method_call,
    .getattr = bound_method_getattro,
};

/* ========================================================================================== */
/* MARK: Builtin functions and method descriptors                                              */
/* ========================================================================================== */

AdValue ad_builtin_new(const AdMethodDef *def, AdValue self) {
    AdBuiltin *b = (AdBuiltin *)ad_new_object(&ad_builtin_function_type, sizeof(AdBuiltin));
    b->def = def;
    b->self = self;
    return AD_VAL(b);
}

static AdValue builtin_call(AdValue callable, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdBuiltin *b = AD_AS(AdBuiltin, callable);
    AdValue self = b->def->flags & AD_METH_STATIC ? AD_ERROR : b->self;
    return b->def->fn(self, args, nargs, kwnames);
}

static AdValue builtin_repr(AdValue self) {
    AdBuiltin *b = AD_AS(AdBuiltin, self);
    if (!b->self || ad_type(b->self) == &ad_module_type)
        return ad_sprintf("<built-in function %s>", b->def->name);
    return ad_sprintf("<built-in method %s of %s object at %p>", b->def->name, ad_type(b->self)->name,
                      (void *)AD_OBJ(b->self));
}

static AdValue builtin_get_name(AdValue self) {
    return ad_str_intern_cstr(AD_AS(AdBuiltin, self)->def->name);
}
static AdValue builtin_get_qualname(AdValue self) {
    AdBuiltin *b = AD_AS(AdBuiltin, self);
    if (!b->self || ad_type(b->self) == &ad_module_type) return builtin_get_name(self);
    AdType *owner = ad_type(b->self) == &ad_type_type ? AD_AS(AdType, b->self) : ad_type(b->self);
    return ad_sprintf("%s.%s", owner->name, b->def->name);
}
static AdValue builtin_get_self(AdValue self) {
    AdBuiltin *b = AD_AS(AdBuiltin, self);
    return b->self ? b->self : AD_NONE;
}
static AdValue builtin_get_module(AdValue self) {
    AdBuiltin *b = AD_AS(AdBuiltin, self);
    if (b->self && ad_type(b->self) == &ad_module_type) return AD_AS(AdModule, b->self)->name;
    return AD_NONE;
}
static AdValue get_none(AdValue self) { return AD_NONE; }

static const AdGetSetDef builtin_getsets[] = {
    {"__name__", builtin_get_name, NULL},
    {"__qualname__", builtin_get_qualname, NULL},
    {"__self__", builtin_get_self, NULL},
    {"__module__", builtin_get_module, NULL},
    {"__doc__", get_none, NULL},
    {NULL, NULL, NULL},
};

static AdValue builtin_richcompare(AdValue a, AdValue b, int op) {
    if ((op != AD_EQ && op != AD_NE) || ad_type(b) != ad_type(a)) return AD_NOTIMPL;
    AdBuiltin *x = AD_AS(AdBuiltin, a), *y = AD_AS(AdBuiltin, b);
    int same = x->def == y->def && x->self == y->self;
    return ad_bool(op == AD_EQ ? same : !same);
}

static int64_t builtin_hash(AdValue self) {
    AdBuiltin *b = AD_AS(AdBuiltin, self);
    int64_t h = ad_hash_pointer(b->def) ^ (b->self ? ad_hash_pointer(AD_OBJ(b->self)) : 0);
    return h == -1 ? -2 : h;
}

AdType ad_builtin_function_type = {
    .ob = {&ad_type_type},
    .name = "builtin_function_or_method",
    .instance_size = sizeof(AdBuiltin),
    .repr = builtin_repr,
    .hash = builtin_hash,
    .richcompare = builtin_richcompare,
    .call = builtin_call,
};

/* ---- method descriptors: AdBuiltin whose self is the owning type ---------------------------- */

static AdType *descr_owner(AdValue descr) { return AD_AS(AdType, AD_AS(AdBuiltin, descr)->self); }

AdValue ad_method_descr_new(AdType *owner, const AdMethodDef *def) {
    AdType *kind = def->flags & AD_METH_CLASS ? &ad_classmethod_descr_type
                 : def->flags & AD_METH_STATIC ? &ad_builtin_function_type : &ad_method_descr_type;
    AdBuiltin *b = (AdBuiltin *)ad_new_object(kind, sizeof(AdBuiltin));
    b->def = def;
    b->self = AD_VAL(owner);
    return AD_VAL(b);
}

static AdValue method_descr_get(AdValue descr, AdValue obj, AdValue type) {
    if (!obj) return descr;
    AdType *owner = descr_owner(descr);
    if (!ad_isinstance_type(obj, owner))
        return ad_err_format(&ad_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                             AD_AS(AdBuiltin, descr)->def->name, owner->name, obj);
    return ad_builtin_new(AD_AS(AdBuiltin, descr)->def, obj);
}

static AdValue method_descr_call(AdValue callable, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdBuiltin *d = AD_AS(AdBuiltin, callable);
    AdType *owner = descr_owner(callable);
    if (nargs < 1)
        return ad_err_format(&ad_TypeError, "unbound method %s.%s() needs an argument", owner->name, d->def->name);
    if (!ad_isinstance_type(args[0], owner))
        return ad_err_format(&ad_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                             d->def->name, owner->name, args[0]);
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

static AdValue method_descr_repr(AdValue self) {
    AdBuiltin *d = AD_AS(AdBuiltin, self);
    return ad_sprintf("<method '%s' of '%s' objects>", d->def->name, descr_owner(self)->name);
}

static AdValue descr_get_name(AdValue self) { return ad_str_intern_cstr(AD_AS(AdBuiltin, self)->def->name); }
static AdValue descr_get_qualname(AdValue self) {
    return ad_sprintf("%s.%s", descr_owner(self)->name, AD_AS(AdBuiltin, self)->def->name);
}
static AdValue descr_get_objclass(AdValue self) { return AD_VAL(descr_owner(self)); }

static const AdGetSetDef method_descr_getsets[] = {
    {"__name__", descr_get_name, NULL},
    {"__qualname__", descr_get_qualname, NULL},
    {"__objclass__", descr_get_objclass, NULL},
    {"__doc__", get_none, NULL},
    {NULL, NULL, NULL},
};

AdType ad_method_descr_type = {
    .ob = {&ad_type_type},
    .name = "method_descriptor",
    .instance_size = sizeof(AdBuiltin),
    .repr = method_descr_repr,
    .hash = identity_hash,
    .call = method_descr_call,
    .descr_get = method_descr_get,
};

/* ---- classmethod descriptors (AD_METH_CLASS): bind to the type ---------------------------- */

static AdValue classmethod_descr_get(AdValue descr, AdValue obj, AdValue type) {
    if (!type) type = AD_VAL(ad_type(obj));
    return ad_builtin_new(AD_AS(AdBuiltin, descr)->def, type);
}

static AdValue classmethod_descr_call(AdValue callable, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdBuiltin *d = AD_AS(AdBuiltin, callable);
    AdType *owner = descr_owner(callable);
    if (nargs < 1)
        return ad_err_format(&ad_TypeError, "descriptor '%s' of '%s' object needs an argument", d->def->name, owner->name);
    if (!(ad_type(args[0])->flags & AD_TPFLAG_TYPE_SUBCLASS) || !ad_type_is_subtype(AD_AS(AdType, args[0]), owner))
        return ad_err_format(&ad_TypeError, "descriptor '%s' for type '%s' needs a subtype of '%s', not '%T'",
                             d->def->name, owner->name, owner->name, args[0]);
    return d->def->fn(args[0], args + 1, nargs - 1, kwnames);
}

AdType ad_classmethod_descr_type = {
    .ob = {&ad_type_type},
    .name = "classmethod_descriptor",
    .instance_size = sizeof(AdBuiltin),
    .repr = method_descr_repr,
    .hash = identity_hash,
    .call = classmethod_descr_call,
    .descr_get = classmethod_descr_get,
};

/* ---- getset descriptors ------------------------------------------------------------------------ */

AdValue ad_getset_descr_new(AdType *owner, const AdGetSetDef *def) {
    AdGetSetDescr *d = (AdGetSetDescr *)ad_new_object(&ad_getset_descr_type, sizeof(AdGetSetDescr));
    d->def = def;
    d->owner = owner;
    return AD_VAL(d);
}

static int getset_check(AdGetSetDescr *d, AdValue obj) {
    if (ad_isinstance_type(obj, d->owner)) return 0;
    ad_err_format(&ad_TypeError, "descriptor '%s' for '%s' objects doesn't apply to a '%T' object",
                  d->def->name, d->owner->name, obj);
    return -1;
}

static AdValue getset_descr_get(AdValue descr, AdValue obj, AdValue type) {
    AdGetSetDescr *d = AD_AS(AdGetSetDescr, descr);
    if (!obj) return descr;
    if (getset_check(d, obj) < 0) return AD_ERROR;
    return d->def->get(obj);
}

static int getset_descr_set(AdValue descr, AdValue obj, AdValue value) {
    AdGetSetDescr *d = AD_AS(AdGetSetDescr, descr);
    if (getset_check(d, obj) < 0) return -1;
    if (!d->def->set) {
        ad_err_format(&ad_AttributeError, "attribute '%s' of '%s' objects is not writable", d->def->name,
                      d->owner->name);
        return -1;
    }
    return d->def->set(obj, value);
}

static AdValue getset_descr_repr(AdValue self) {
    AdGetSetDescr *d = AD_AS(AdGetSetDescr, self);
    return ad_sprintf("<attribute '%s' of '%s' objects>", d->def->name, d->owner->name);
}

AdType ad_getset_descr_type = {
    .ob = {&ad_type_type},
    .name = "getset_descriptor",
    .instance_size = sizeof(AdGetSetDescr),
    .repr = getset_descr_repr,
    .hash = identity_hash,
    .descr_get = getset_descr_get,
    .descr_set = getset_descr_set,
};

/* ========================================================================================== */
/* MARK: ad_call_method                                                                        */
/* ========================================================================================== */

/* An instance dict entry shadows non-data descriptors (methods); most types have no dict. */
static int shadowed_by_instance(AdValue obj, AdType *t, AdValue name) {
    if (!t->dict_offset || ad_is_small(obj)) return 0;
    AdValue dict = *(AdValue *)((char *)AD_OBJ(obj) + t->dict_offset), v;
    return dict && ad_dict_lookup(dict, name, &v) == 1;
}

AdValue ad_load_method(AdValue obj, AdValue name, AdValue *self_out) {
    AdType *t = ad_type(obj);
    if (AD_LIKELY(t->getattr == NULL || t->getattr == ad_generic_getattr)) {
        AdValue descr = ad_type_lookup(t, name);
        if (descr) {
            AdType *dt = ad_type(descr);
            if ((dt == &ad_method_descr_type || dt == &ad_function_type) && !shadowed_by_instance(obj, t, name)) {
                *self_out = obj;
                return descr;
            }
        }
    }
    *self_out = 0;
    return ad_getattr(obj, name);
}

AdValue ad_call_method(AdValue obj, AdValue name, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdType *t = ad_type(obj);
    /* module.function(...): the module's dict holds it (only dunder names can be data descriptors
     * of the module type, which would win over the dict). */
    if (t == &ad_module_type && ad_str_utf8(name, NULL)[0] != '_') {
        AdValue f;
        if (ad_dict_lookup(AD_AS(AdModule, obj)->dict, name, &f) == 1) return ad_call(f, args, nargs, kwnames);
    }
    if (AD_LIKELY(t->getattr == NULL || t->getattr == ad_generic_getattr)) {
        AdValue descr = ad_type_lookup(t, name);
        if (descr) {
            AdType *dt = ad_type(descr);
            if (dt == &ad_method_descr_type && !shadowed_by_instance(obj, t, name))
                return AD_AS(AdBuiltin, descr)->def->fn(obj, args, nargs, kwnames);
            if (dt == &ad_function_type && !shadowed_by_instance(obj, t, name))
                return call_with_self(descr, obj, args, nargs, kwnames);
        }
    }
    AdValue callable = ad_getattr(obj, name);
    if (!callable) return AD_ERROR;
    return ad_call(callable, args, nargs, kwnames);
}

/* ========================================================================================== */
/* MARK: classmethod, staticmethod, property                                                   */
/* ========================================================================================== */

static AdValue wrapper_new(AdType *type, AdValue callable) {
    AdWrapper *w = (AdWrapper *)ad_new_object(type, type->instance_size);
    w->callable = callable;
    return AD_VAL(w);
}

static AdValue wrapper_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs(type->name, kwnames) < 0 || ad_check_nargs(type->name, nargs, 1, 1) < 0)
        return AD_ERROR;
    return wrapper_new(type, args[0]);
}

static AdValue wrapper_repr(AdValue self) {
    return ad_sprintf("<%s(%R)>", ad_type(self)->name, AD_AS(AdWrapper, self)->callable);
}

static AdValue wrapper_get_func(AdValue self) { return AD_AS(AdWrapper, self)->callable; }
static AdValue wrapper_get_dict(AdValue self) {
    AdWrapper *w = AD_AS(AdWrapper, self);
    if (!w->dict) w->dict = ad_dict_new();
    return w->dict;
}

static const AdGetSetDef wrapper_getsets[] = {
    {"__func__", wrapper_get_func, NULL},
    {"__wrapped__", wrapper_get_func, NULL},
    {"__dict__", wrapper_get_dict, NULL},
    {NULL, NULL, NULL},
};

static AdValue classmethod_get(AdValue descr, AdValue obj, AdValue type) {
    if (!type) type = AD_VAL(ad_type(obj));
    return bound_method_new(AD_AS(AdWrapper, descr)->callable, type);
}

static AdValue staticmethod_get(AdValue descr, AdValue obj, AdValue type) {
    return AD_AS(AdWrapper, descr)->callable;
}

static AdValue staticmethod_call(AdValue callable, const AdValue *args, size_t nargs, AdValue kwnames) {
    return ad_call(AD_AS(AdWrapper, callable)->callable, args, nargs, kwnames);
}

AdType ad_classmethod_type = {
    .ob = {&ad_type_type},
    .name = "classmethod",
    .flags = AD_TPFLAG_BASETYPE,
    .instance_size = sizeof(AdWrapper),
    .repr = wrapper_repr,
    .construct = wrapper_construct,
    .descr_get = classmethod_get,
    .dict_offset = offsetof(AdWrapper, dict),
};

AdType ad_staticmethod_type = {
    .ob = {&ad_type_type},
    .name = "staticmethod",
    .flags = AD_TPFLAG_BASETYPE,
    .instance_size = sizeof(AdWrapper),
    .repr = wrapper_repr,
    .construct = wrapper_construct,
    .call = staticmethod_call,
    .descr_get = staticmethod_get,
    .dict_offset = offsetof(AdWrapper, dict),
};

/* property(fget=None, fset=None, fdel=None, doc=None); the attribute name comes from __set_name__
 * (the engines call ad_property_set_name when a class body binds one) or from fget.__name__. */
typedef struct AdProperty {
    AdObject ob;
    AdValue fget, fset, fdel, doc, name;
} AdProperty;

static AdValue property_name(AdProperty *p) {
    if (p->name) return p->name;
    if (p->fget && p->fget != AD_NONE) {
        AdValue n = ad_getattr_opt(p->fget, ad_str_intern_cstr("__name__"));
        if (n) return n;
        ad_err_clear();
    }
    return 0;
}

static AdValue property_error(AdProperty *p, AdValue obj, const char *what) {
    AdValue name = property_name(p);
    if (name)
        return ad_err_format(&ad_AttributeError, "property %R of '%T' object has no %s", name, obj, what);
    return ad_err_format(&ad_AttributeError, "property of '%T' object has no %s", obj, what);
}

static AdValue property_get(AdValue descr, AdValue obj, AdValue type) {
    AdProperty *p = AD_AS(AdProperty, descr);
    if (!obj || obj == AD_NONE) return descr;
    if (!p->fget || p->fget == AD_NONE) return property_error(p, obj, "getter");
    return ad_call1(p->fget, obj);
}

static int property_set(AdValue descr, AdValue obj, AdValue value) {
    AdProperty *p = AD_AS(AdProperty, descr);
    AdValue fn = value ? p->fset : p->fdel;
    if (!fn || fn == AD_NONE) {
        property_error(p, obj, value ? "setter" : "deleter");
        return -1;
    }
    AdValue r = value ? ad_call2(fn, obj, value) : ad_call1(fn, obj);
    return r ? 0 : -1;
}

static AdValue property_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue out[4];
    if (ad_parse_args("property", args, nargs, kwnames, "|fget,fset,fdel,doc", out) < 0) return AD_ERROR;
    AdProperty *p = (AdProperty *)ad_new_object(type, sizeof(AdProperty));
    p->fget = out[0] ? out[0] : AD_NONE;
    p->fset = out[1] ? out[1] : AD_NONE;
    p->fdel = out[2] ? out[2] : AD_NONE;
    p->doc = out[3] ? out[3] : AD_NONE;
    if (p->doc == AD_NONE && p->fget != AD_NONE) {
        AdValue d = ad_getattr_opt(p->fget, ad_str_intern_cstr("__doc__"));
        if (d) p->doc = d;
        else ad_err_clear();
    }
    return AD_VAL(p);
}

/* getter/setter/deleter: a copy with one accessor replaced. */
static AdValue property_copy(AdValue self, int which, AdValue fn) {
    AdProperty *p = AD_AS(AdProperty, self);
    AdProperty *c = (AdProperty *)ad_new_object(ad_type(self), sizeof(AdProperty));
    *c = *p;
    if (which == 0) c->fget = fn;
    else if (which == 1) c->fset = fn;
    else c->fdel = fn;
    return AD_VAL(c);
}

static AdValue property_getter(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("getter", kwnames) < 0 || ad_check_nargs("getter", nargs, 1, 1) < 0) return AD_ERROR;
    return property_copy(self, 0, args[0]);
}
static AdValue property_setter(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("setter", kwnames) < 0 || ad_check_nargs("setter", nargs, 1, 1) < 0) return AD_ERROR;
    return property_copy(self, 1, args[0]);
}
static AdValue property_deleter(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("deleter", kwnames) < 0 || ad_check_nargs("deleter", nargs, 1, 1) < 0) return AD_ERROR;
    return property_copy(self, 2, args[0]);
}
static AdValue property_set_name(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("__set_name__", kwnames) < 0 || ad_check_nargs("__set_name__", nargs, 2, 2) < 0)
        return AD_ERROR;
    AD_AS(AdProperty, self)->name = args[1];
    return AD_NONE;
}

static const AdMethodDef property_methods[] = {
    {"getter", property_getter, 0},
    {"setter", property_setter, 0},
    {"deleter", property_deleter, 0},
    {"__set_name__", property_set_name, 0},
    {NULL, NULL, 0},
};

static AdValue property_get_fget(AdValue self) { return AD_AS(AdProperty, self)->fget; }
static AdValue property_get_fset(AdValue self) { return AD_AS(AdProperty, self)->fset; }
static AdValue property_get_fdel(AdValue self) { return AD_AS(AdProperty, self)->fdel; }
static AdValue property_get_doc(AdValue self) { return AD_AS(AdProperty, self)->doc; }

static const AdGetSetDef property_getsets[] = {
    {"fget", property_get_fget, NULL},
    {"fset", property_get_fset, NULL},
    {"fdel", property_get_fdel, NULL},
    {"__doc__", property_get_doc, NULL},
    {NULL, NULL, NULL},
};

AdType ad_property_type = {
    .ob = {&ad_type_type},
    .name = "property",
    .flags = AD_TPFLAG_BASETYPE,
    .instance_size = sizeof(AdProperty),
    .construct = property_construct,
    .descr_get = property_get,
    .descr_set = property_set,
};

/* ========================================================================================== */
/* MARK: Cells                                                                                 */
/* ========================================================================================== */

AdValue ad_cell_new(AdValue value) {
    AdCell *c = (AdCell *)ad_new_object(&ad_cell_type, sizeof(AdCell));
    c->value = value;
    return AD_VAL(c);
}

static AdValue cell_repr(AdValue self) {
    AdValue v = AD_AS(AdCell, self)->value;
    if (!v) return ad_sprintf("<cell at %p: empty>", (void *)AD_OBJ(self));
    return ad_sprintf("<cell at %p: %s object at %p>", (void *)AD_OBJ(self), ad_type(v)->name,
                      (void *)AD_OBJ(v));
}

static AdValue cell_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("cell", kwnames) < 0 || ad_check_nargs("cell", nargs, 0, 1) < 0) return AD_ERROR;
    return ad_cell_new(nargs ? args[0] : 0);
}

static AdValue cell_get_contents(AdValue self) {
    AdValue v = AD_AS(AdCell, self)->value;
    return v ? v : ad_err_set(&ad_ValueError, "Cell is empty");
}
static int cell_set_contents(AdValue self, AdValue value) {
    AD_AS(AdCell, self)->value = value;
    return 0;
}

static const AdGetSetDef cell_getsets[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {NULL, NULL, NULL},
};

AdType ad_cell_type = {
    .ob = {&ad_type_type},
    .name = "cell",
    .instance_size = sizeof(AdCell),
    .repr = cell_repr,
    .construct = cell_construct,
};

/* ========================================================================================== */
/* MARK: Argument checking for C functions                                                     */
/* ========================================================================================== */

int ad_check_no_kwargs(const char *fname, AdValue kwnames) {
    if (AD_LIKELY(!kwnames || ad_tuple_len(kwnames) == 0)) return 0;
    ad_err_format(&ad_TypeError, "%s() takes no keyword arguments", fname);
    return -1;
}

int ad_check_nargs(const char *fname, size_t nargs, size_t min, size_t max) {
    if (AD_LIKELY(nargs >= min && nargs <= max)) return 0;
    if (min == max && min == 0)
        ad_err_format(&ad_TypeError, "%s() takes no arguments (%zu given)", fname, nargs);
    else if (min == max && min == 1)
        ad_err_format(&ad_TypeError, "%s() takes exactly one argument (%zu given)", fname, nargs);
    else if (nargs < min)
        ad_err_format(&ad_TypeError, "%s expected %s%zu argument%s, got %zu", fname, min == max ? "" : "at least ",
                      min, min == 1 ? "" : "s", nargs);
    else
        ad_err_format(&ad_TypeError, "%s expected %s%zu argument%s, got %zu", fname, min == max ? "" : "at most ",
                      max, max == 1 ? "" : "s", nargs);
    return -1;
}

/* One parameter of a parse spec. */
typedef struct SpecParam {
    const char *name;
    size_t name_len;
    int required, kwonly, posonly;
} SpecParam;

#define MAX_SPEC_PARAMS 16

static int parse_spec(const char *spec, SpecParam *params) {
    int n = 0, optional = 0, kwonly = 0;
    const char *p = spec;
    while (*p && n < MAX_SPEC_PARAMS) {
        if (*p == '|') { optional = 1; p++; continue; }
        if (*p == ',') { p++; continue; }
        if (*p == '$') { kwonly = 1; p++; continue; }
        if (*p == '/') {
            for (int i = 0; i < n; i++) params[i].posonly = 1;
            p++;
            continue;
        }
        const char *start = p;
        while (*p && *p != ',' && *p != '|' && *p != '/') p++;
        params[n++] = (SpecParam){start, (size_t)(p - start), !optional, kwonly, 0};
    }
    return n;
}

static int name_matches(AdValue key, const SpecParam *sp) {
    size_t len;
    const char *s = ad_str_utf8(key, &len);
    return len == sp->name_len && memcmp(s, sp->name, len) == 0;
}

static int parse_counts_error(const char *fname, size_t nargs, int minpos, int maxpos) {
    if (maxpos == 0)
        ad_err_format(&ad_TypeError, "%s() takes no positional arguments", fname);
    else
        ad_err_format(&ad_TypeError, "%s() takes %s %d positional argument%s (%zu given)", fname,
                      nargs < (size_t)minpos ? (minpos < maxpos ? "at least" : "exactly")
                                             : (minpos < maxpos ? "at most" : "exactly"),
                      nargs < (size_t)minpos ? minpos : maxpos,
                      (nargs < (size_t)minpos ? minpos : maxpos) == 1 ? "" : "s", nargs);
    return -1;
}

int ad_parse_args(const char *fname, const AdValue *args, size_t nargs, AdValue kwnames,
                  const char *spec, AdValue *out) {
    SpecParam sp[MAX_SPEC_PARAMS];
    int n = parse_spec(spec, sp);
    int maxpos = 0, minposonly = 0;
    for (int i = 0; i < n; i++) {
        out[i] = 0;
        if (!sp[i].kwonly) maxpos++;
        if (sp[i].posonly && sp[i].required) minposonly++;
    }
    if (nargs > (size_t)maxpos) return parse_counts_error(fname, nargs, minposonly, maxpos);
    if (nargs < (size_t)minposonly) return parse_counts_error(fname, nargs, minposonly, maxpos);
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    for (size_t k = 0; k < kwcount(kwnames); k++) {
        AdValue key = ad_tuple_get(kwnames, (int64_t)k);
        int found = -1;
        for (int i = 0; i < n && found < 0; i++)
            if (!sp[i].posonly && name_matches(key, &sp[i])) found = i;
        if (found < 0) {
            ad_err_format(&ad_TypeError, "'%U' is an invalid keyword argument for %s()", key, fname);
            return -1;
        }
        if (out[found]) {
            ad_err_format(&ad_TypeError, "argument for %s() given by name ('%U') and position (%d)", fname,
                          key, found + 1);
            return -1;
        }
        out[found] = args[nargs + k];
    }
    for (int i = 0; i < n; i++) {
        if (out[i] || !sp[i].required) continue;
        AdValue name = ad_str_from_utf8(sp[i].name, sp[i].name_len);
        if (sp[i].kwonly)
            ad_err_format(&ad_TypeError, "%s() missing required keyword-only argument '%U'", fname, name);
        else
            ad_err_format(&ad_TypeError, "%s() missing required argument '%U' (pos %d)", fname, name, i + 1);
        return -1;
    }
    return 0;
}

/* ========================================================================================== */
/* MARK: Initialization                                                                        */
/* ========================================================================================== */

void ad_init_functions(void) {
    ad_type_ready(&ad_function_type, NULL, function_getsets);
    ad_type_ready(&ad_bound_method_type, NULL, bound_method_getsets);
    ad_type_ready(&ad_builtin_function_type, NULL, builtin_getsets);
    ad_type_ready(&ad_method_descr_type, NULL, method_descr_getsets);
    ad_type_ready(&ad_classmethod_descr_type, NULL, method_descr_getsets);
    ad_type_ready(&ad_getset_descr_type, NULL, NULL);
    ad_type_ready(&ad_classmethod_type, NULL, wrapper_getsets);
    ad_type_ready(&ad_staticmethod_type, NULL, wrapper_getsets);
    ad_type_ready(&ad_property_type, property_methods, property_getsets);
    ad_type_ready(&ad_cell_type, NULL, cell_getsets);
    ad_init_slot_wrappers();
}
