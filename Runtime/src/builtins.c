/*
 * builtins.c — the builtin functions (len, min, sum, pow, ...), with CPython's argument handling
 * and messages. Types such as int or list are not here: the builtins module binds their type
 * objects (modules.c), and calling a type goes through its construct slot.
 *
 * Each function is an AdCFunction in the table at the bottom; `self` is the builtins module.
 * Functions that CPython documents as positional-only check their arity with ad_check_nargs and
 * reject keywords with ad_check_no_kwargs; the others parse with ad_parse_args.
 */
#include "core.h"

#include <string.h>

/* ========================================================================================== */
/* MARK: Simple wrappers of the abstract protocols                                             */
/* ========================================================================================== */

#define ONE_ARG(fname)                                                                         \
    if (ad_check_no_kwargs(fname, kwnames) < 0 || ad_check_nargs(fname, nargs, 1, 1) < 0)      \
        return AD_ERROR

static AdValue builtin_abs(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG("abs");
    return ad_abs(args[0]);
}

static AdValue builtin_len(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG("len");
    int64_t n = ad_len(args[0]);
    return n < 0 ? AD_ERROR : ad_int_from_i64(n);
}

static AdValue builtin_repr(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG("repr");
    return ad_repr(args[0]);
}

static AdValue builtin_ascii(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG("ascii");
    return ad_ascii(args[0]);
}

static AdValue builtin_hash(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG("hash");
    int64_t h = ad_hash(args[0]);
    return h == -1 ? AD_ERROR : ad_int_from_i64(h);
}

static AdValue builtin_id(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG("id");
    return ad_int_from_u64((uint64_t)args[0]);
}

static AdValue builtin_callable(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG("callable");
    AdType *t = ad_type(args[0]);
    return ad_bool(t->call != NULL || t == &ad_function_type);
}

static AdValue builtin_isinstance(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("isinstance", kwnames) < 0 || ad_check_nargs("isinstance", nargs, 2, 2) < 0)
        return AD_ERROR;
    int r = ad_isinstance(args[0], args[1]);
    return r < 0 ? AD_ERROR : ad_bool(r);
}

static AdValue builtin_issubclass(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("issubclass", kwnames) < 0 || ad_check_nargs("issubclass", nargs, 2, 2) < 0)
        return AD_ERROR;
    int r = ad_issubclass(args[0], args[1]);
    return r < 0 ? AD_ERROR : ad_bool(r);
}

static AdValue builtin_format(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("format", kwnames) < 0 || ad_check_nargs("format", nargs, 1, 2) < 0)
        return AD_ERROR;
    AdValue spec = nargs == 2 ? args[1] : ad_str_intern_cstr("");
    if (!ad_is_str(spec))
        return ad_err_format(&ad_TypeError, "format() argument 2 must be str, not %T", spec);
    return ad_format(args[0], spec);
}

/* ========================================================================================== */
/* MARK: all, any, iter, next                                                                  */
/* ========================================================================================== */

/* all() stops at the first false item, any() at the first true one. */
static AdValue truth_scan(AdValue iterable, int stop_on) {
    AdValue it = ad_iter(iterable);
    if (!it) return AD_ERROR;
    for (;;) {
        AdValue x = ad_next(it);
        if (x == AD_STOP) return ad_bool(!stop_on);
        if (!x) return AD_ERROR;
        int t = ad_truth(x);
        if (t < 0) return AD_ERROR;
        if (t == stop_on) return ad_bool(stop_on);
    }
}

static AdValue builtin_all(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG("all");
    return truth_scan(args[0], 0);
}

static AdValue builtin_any(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG("any");
    return truth_scan(args[0], 1);
}

static AdValue builtin_iter(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("iter", kwnames) < 0 || ad_check_nargs("iter", nargs, 1, 2) < 0) return AD_ERROR;
    if (nargs == 1) return ad_iter(args[0]);
    AdType *t = ad_type(args[0]);
    if (!t->call && t != &ad_function_type)
        return ad_err_set(&ad_TypeError, "iter(v, w): v must be callable");
    return ad_callable_iter_new(args[0], args[1]);
}

static AdValue builtin_next(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("next", kwnames) < 0 || ad_check_nargs("next", nargs, 1, 2) < 0) return AD_ERROR;
    AdType *t = ad_type(args[0]);
    if (!t->next) return ad_err_format(&ad_TypeError, "'%s' object is not an iterator", t->name);
    AdValue v = t->next(args[0]);
    if (v == AD_STOP) {
        /* A generator's return value travels in its StopIteration. */
        AdValue value = t == &ad_generator_type ? ad_yield_from_result() : AD_NONE;
        if (nargs == 2) return args[1];
        AdValue exc = ad_exception_new(&ad_StopIteration, &value, value == AD_NONE ? 0 : 1);
        if (exc) AD_AS(AdException, exc)->value = value;
        return ad_err_set_object(exc);
    }
    if (!v && nargs == 2 && ad_err_matches(&ad_StopIteration)) {
        ad_err_clear();
        return args[1];
    }
    return v;
}

/* ========================================================================================== */
/* MARK: Attributes                                                                            */
/* ========================================================================================== */

static int check_attr_name(AdValue name) {
    if (ad_is_str(name)) return 0;
    ad_err_format(&ad_TypeError, "attribute name must be string, not '%T'", name);
    return -1;
}

static AdValue builtin_getattr(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("getattr", kwnames) < 0 || ad_check_nargs("getattr", nargs, 2, 3) < 0 ||
        check_attr_name(args[1]) < 0)
        return AD_ERROR;
    if (nargs == 2) return ad_getattr(args[0], args[1]);
    AdValue v = ad_getattr_opt(args[0], args[1]);
    if (v || ad_err_occurred()) return v;
    return args[2];
}

static AdValue builtin_hasattr(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("hasattr", kwnames) < 0 || ad_check_nargs("hasattr", nargs, 2, 2) < 0 ||
        check_attr_name(args[1]) < 0)
        return AD_ERROR;
    AdValue v = ad_getattr_opt(args[0], args[1]);
    if (!v && ad_err_occurred()) return AD_ERROR;
    return ad_bool(v != 0);
}

static AdValue builtin_setattr(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("setattr", kwnames) < 0 || ad_check_nargs("setattr", nargs, 3, 3) < 0 ||
        check_attr_name(args[1]) < 0)
        return AD_ERROR;
    return ad_setattr(args[0], args[1], args[2]) < 0 ? AD_ERROR : AD_NONE;
}

static AdValue builtin_delattr(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("delattr", kwnames) < 0 || ad_check_nargs("delattr", nargs, 2, 2) < 0 ||
        check_attr_name(args[1]) < 0)
        return AD_ERROR;
    return ad_delattr(args[0], args[1]) < 0 ? AD_ERROR : AD_NONE;
}

/* The instance dict, or 0 when the object has none. */
static AdValue instance_dict(AdValue obj) {
    AdType *t = ad_type(obj);
    if (t->flags & AD_TPFLAG_TYPE_SUBCLASS) return AD_AS(AdType, obj)->dict;
    if (!t->dict_offset || ad_is_small(obj)) return 0;
    AdValue *slot = (AdValue *)((char *)AD_OBJ(obj) + t->dict_offset);
    if (!*slot) *slot = ad_dict_new();
    return *slot;
}

static AdValue builtin_vars(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("vars", kwnames) < 0 || ad_check_nargs("vars", nargs, 1, 1) < 0) return AD_ERROR;
    AdValue d = ad_getattr_opt(args[0], ad_str_intern_cstr("__dict__"));
    if (d || ad_err_occurred()) return d;
    return ad_err_set(&ad_TypeError, "vars() argument must have __dict__ attribute");
}

static int add_keys(AdValue names, AdValue dict) {
    AdValue key, value;
    int64_t pos = 0;
    while (ad_dict_next(dict, &pos, &key, &value))
        if (ad_set_add(names, key) < 0) return -1;
    return 0;
}

/* dir(obj): the instance's attributes and those of its type's MRO, sorted. */
AdValue ad_core_dir(AdValue obj) {
    AdValue names = ad_set_new();
    AdType *t = ad_type(obj);
    /* A module's names are its globals (a library module compiled with the program keeps them in
     * slots that its __dict__ gathers), not its type's attributes. */
    int is_module = t == &ad_module_type || t == &ad_compiled_module_type;
    AdValue own = t == &ad_module_type            ? AD_AS(AdModule, obj)->dict
                  : t == &ad_compiled_module_type ? ad_getattr_cstr(obj, "__dict__")
                                                  : instance_dict(obj);
    if (t == &ad_compiled_module_type && !own) return AD_ERROR;
    if (own && add_keys(names, own) < 0) return AD_ERROR;
    if (!is_module) {
        AdValue mro = t->flags & AD_TPFLAG_TYPE_SUBCLASS ? AD_AS(AdType, obj)->mro : t->mro;
        for (int64_t i = 0; mro && i < ad_tuple_len(mro); i++) {
            AdValue d = AD_AS(AdType, ad_tuple_get(mro, i))->dict;
            if (d && add_keys(names, d) < 0) return AD_ERROR;
        }
    }
    AdValue list = ad_list_from_iterable(names);
    if (!list || ad_list_sort(list, 0, 0) < 0) return AD_ERROR;
    return list;
}

/* exit() and quit(), which the site module provides in CPython: SystemExit with the code. */
static AdValue builtin_exit(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("exit", kwnames) < 0 || ad_check_nargs("exit", nargs, 0, 1) < 0) return AD_ERROR;
    return ad_err_set_object(ad_exception_new(&ad_SystemExit, args, nargs));
}

static AdValue builtin_dir(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("dir", kwnames) < 0 || ad_check_nargs("dir", nargs, 0, 1) < 0) return AD_ERROR;
    if (nargs == 0) return ad_err_set(&ad_SystemError, "dir() without arguments is not supported");
    AdType *t = ad_type(args[0]);
    AdValue dir_fn = (t->flags & AD_TPFLAG_HEAPTYPE) ? ad_type_lookup(t, ad_str_intern_cstr("__dir__")) : 0;
    if (!dir_fn) return ad_core_dir(args[0]);
    /* A class's own __dir__ (found on the type, bound like any special method); its result, any
     * iterable, becomes a sorted list as in CPython's _dir_object. */
    AdDescrGetFn get = ad_type(dir_fn)->descr_get;
    if (get && !(dir_fn = get(dir_fn, args[0], AD_VAL(t)))) return AD_ERROR;
    AdValue names = ad_call(dir_fn, NULL, 0, 0);
    AdValue list = names ? ad_list_from_iterable(names) : AD_ERROR;
    if (!list || ad_list_sort(list, 0, 0) < 0) return AD_ERROR;
    return list;
}

/* ========================================================================================== */
/* MARK: Numbers: divmod, pow, round, hex/oct/bin, chr, ord                                    */
/* ========================================================================================== */

static int is_float(AdValue v) { return !ad_is_small(v) && (ad_type(v)->flags & AD_TPFLAG_FLOAT_SUBCLASS); }

/* type(self).<name>(self, args...), looked up on the type as special methods are. `missing` is
 * what a type without the method gives: AD_NOTIMPL (CPython's vectorcall_maybe), or AD_ERROR for
 * an AttributeError naming the method (vectorcall_method). */
static AdValue call_dunder(AdValue self, const char *name, const AdValue *args, size_t nargs, AdValue missing) {
    AdType *t = ad_type(self);
    AdValue f = ad_type_lookup(t, ad_str_intern_cstr(name));
    if (!f) return missing == AD_NOTIMPL ? AD_NOTIMPL : ad_err_set(&ad_AttributeError, name);
    AdDescrGetFn get = ad_type(f)->descr_get;
    if (get && !(f = get(f, self, AD_VAL(t)))) return AD_ERROR;
    return ad_call(f, args, nargs, 0);
}

/* How type t implements divmod(), standing in for CPython's nb_divmod slot (our types have no
 * such slot): through the dunders when the nearest __divmod__ or __rdivmod__ along its MRO
 * belongs to a class of the program, else through the numbers' own divmod when it has one at all
 * (ints and floats, which return NotImplemented for other operands). */
enum { DIVMOD_NONE, DIVMOD_NUMBERS, DIVMOD_DUNDERS };

static int divmod_kind(AdType *t) {
    AdValue names[2] = {ad_str_intern_cstr("__divmod__"), ad_str_intern_cstr("__rdivmod__")};
    AdTuple *mro = AD_AS(AdTuple, t->mro);
    for (int64_t i = 0; i < mro->len; i++) {
        AdType *c = AD_AS(AdType, mro->items[i]);
        AdValue v;
        if (c->dict && (ad_dict_lookup(c->dict, names[0], &v) == 1 || ad_dict_lookup(c->dict, names[1], &v) == 1))
            return c->flags & AD_TPFLAG_HEAPTYPE ? DIVMOD_DUNDERS : DIVMOD_NUMBERS;
    }
    return DIVMOD_NONE;
}

/* CPython's slot_nb_divmod (SLOT1BINFULL): a.__divmod__(b), then b.__rdivmod__(a), the reflected
 * one first when b's type is a subclass of a's that overrides it. */
static AdValue divmod_by_dunders(AdValue a, AdValue b) {
    AdType *ta = ad_type(a), *tb = ad_type(b);
    AdValue rname = ad_str_intern_cstr("__rdivmod__");
    int do_other = ta != tb && divmod_kind(tb) == DIVMOD_DUNDERS;
    if (divmod_kind(ta) == DIVMOD_DUNDERS) {
        if (do_other && ad_type_is_subtype(tb, ta) && ad_type_lookup(tb, rname) != ad_type_lookup(ta, rname)) {
            AdValue r = call_dunder(b, "__rdivmod__", &a, 1, AD_NOTIMPL);
            if (r != AD_NOTIMPL) return r;
            do_other = 0;
        }
        AdValue r = call_dunder(a, "__divmod__", &b, 1, AD_NOTIMPL);
        if (r != AD_NOTIMPL || ta == tb) return r;
    }
    return do_other ? call_dunder(b, "__rdivmod__", &a, 1, AD_NOTIMPL) : AD_NOTIMPL;
}

static AdValue divmod_slot(int kind, AdValue a, AdValue b) {
    return kind == DIVMOD_DUNDERS ? divmod_by_dunders(a, b) : ad_num_divmod(a, b);
}

/* divmod(a, b) as CPython's binary_op1 over nb_divmod: the left operand's implementation, the
 * right one's (first when its type is a proper subclass of the left one's). */
static AdValue builtin_divmod(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("divmod", kwnames) < 0 || ad_check_nargs("divmod", nargs, 2, 2) < 0) return AD_ERROR;
    AdValue a = args[0], b = args[1];
    AdType *ta = ad_type(a), *tb = ad_type(b);
    int kinda = divmod_kind(ta), kindb = ta != tb ? divmod_kind(tb) : DIVMOD_NONE;
    if (kindb == kinda) kindb = DIVMOD_NONE;
    if (kinda != DIVMOD_NONE) {
        if (kindb != DIVMOD_NONE && ad_type_is_subtype(tb, ta)) {
            AdValue r = divmod_slot(kindb, a, b);
            if (r != AD_NOTIMPL) return r;
            kindb = DIVMOD_NONE;
        }
        AdValue r = divmod_slot(kinda, a, b);
        if (r != AD_NOTIMPL) return r;
    }
    if (kindb != DIVMOD_NONE) {
        AdValue r = divmod_slot(kindb, a, b);
        if (r != AD_NOTIMPL) return r;
    }
    return ad_err_format(&ad_TypeError, "unsupported operand type(s) for divmod(): '%s' and '%s'",
                         ta->name, tb->name);
}

static int is_number_for_pow(AdValue v, int complex_too) {
    return ad_is_int(v) || is_float(v) || (complex_too && ad_type(v) == &ad_complex_type);
}

/* One operand type's power slot called with three arguments, as CPython's ternary_op does:
 * int's wants three ints; float's and complex's refuse a modulus for operands they convert; a
 * class's slot calls type(a).__pow__(a, b, mod), and only when that slot is a's own (3-argument
 * pow never uses __rpow__). AD_NOTIMPL when the slot does not handle the operands. */
static AdValue pow3_slot(AdBinaryFn slot, AdValue a, AdValue b, AdValue mod) {
    if (slot == ad_int_type.number[AD_OP_POW])
        return ad_is_int(a) && ad_is_int(b) && ad_is_int(mod) ? ad_int_pow3(a, b, mod) : AD_NOTIMPL;
    if (slot == ad_float_type.number[AD_OP_POW]) {
        if (!is_number_for_pow(a, 0) || !is_number_for_pow(b, 0)) return AD_NOTIMPL;
        return ad_err_set(&ad_TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    }
    if (slot == ad_complex_type.number[AD_OP_POW]) {
        if (!is_number_for_pow(a, 1) || !is_number_for_pow(b, 1)) return AD_NOTIMPL;
        return ad_err_set(&ad_ValueError, "complex modulo");
    }
    if (ad_type(a)->number[AD_OP_POW] != slot) return AD_NOTIMPL;
    AdValue rest[2] = {b, mod};
    return call_dunder(a, "__pow__", rest, 2, AD_ERROR);
}

/* pow(a, b, mod) as CPython's ternary_op: the slots of a's and b's types as for a binary
 * operator, then mod's type's. */
static AdValue pow3(AdValue a, AdValue b, AdValue mod) {
    AdType *ta = ad_type(a), *tb = ad_type(b);
    AdBinaryFn slota = ta->number[AD_OP_POW];
    AdBinaryFn slotb = tb != ta ? tb->number[AD_OP_POW] : NULL;
    if (slotb == slota) slotb = NULL;
    if (slota) {
        if (slotb && ad_type_is_subtype(tb, ta)) {
            AdValue r = pow3_slot(slotb, a, b, mod);
            if (r != AD_NOTIMPL) return r;
            slotb = NULL;
        }
        AdValue r = pow3_slot(slota, a, b, mod);
        if (r != AD_NOTIMPL) return r;
    }
    if (slotb) {
        AdValue r = pow3_slot(slotb, a, b, mod);
        if (r != AD_NOTIMPL) return r;
    }
    AdBinaryFn slotm = ad_type(mod)->number[AD_OP_POW];
    if (slotm && slotm != slota && slotm != slotb) {
        AdValue r = pow3_slot(slotm, a, b, mod);
        if (r != AD_NOTIMPL) return r;
    }
    return ad_err_format(&ad_TypeError, "unsupported operand type(s) for ** or pow(): '%T', '%T', '%T'", a, b, mod);
}

static AdValue builtin_pow(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[3];
    if (ad_parse_args("pow", args, nargs, kwnames, "base,exp|mod", a) < 0) return AD_ERROR;
    if (!a[2] || a[2] == AD_NONE) return ad_pow(a[0], a[1]);
    if (ad_is_small(a[0]) && ad_is_small(a[1]) && ad_is_small(a[2])) return ad_int_pow3(a[0], a[1], a[2]);
    return pow3(a[0], a[1], a[2]);
}

static AdValue builtin_round(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[2];
    if (ad_parse_args("round", args, nargs, kwnames, "number|ndigits", a) < 0) return AD_ERROR;
    AdType *t = ad_type(a[0]);
    AdValue method = ad_type_lookup(t, ad_str_intern_cstr("__round__"));
    if (!method) return ad_err_format(&ad_TypeError, "type %s doesn't define __round__ method", t->name);
    AdValue name = ad_str_intern_cstr("__round__");
    if (!a[1] || a[1] == AD_NONE) return ad_call_method(a[0], name, NULL, 0, 0);
    return ad_call_method(a[0], name, &a[1], 1, 0);
}

/* "0x" + digits, with the sign in front, from the int's __index__. */
static AdValue prefixed_digits(AdValue v, int base) {
    AdValue i = ad_index(v);
    return i ? ad_int_to_prefixed_str(i, base) : AD_ERROR;
}

static AdValue builtin_hex(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG("hex");
    return prefixed_digits(args[0], 16);
}

static AdValue builtin_oct(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG("oct");
    return prefixed_digits(args[0], 8);
}

static AdValue builtin_bin(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG("bin");
    return prefixed_digits(args[0], 2);
}

static AdValue builtin_chr(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG("chr");
    AdValue i = ad_index(args[0]);
    if (!i) return AD_ERROR;
    int64_t cp;
    if (ad_int_to_i64(i, &cp) < 0 || cp < INT32_MIN || cp > INT32_MAX)
        return ad_err_set(&ad_OverflowError, "Python int too large to convert to C int");
    if (cp < 0 || cp > 0x10FFFF) return ad_err_set(&ad_ValueError, "chr() arg not in range(0x110000)");
    uint32_t c = (uint32_t)cp;
    return ad_str_from_ucs4(&c, 1);
}

static AdValue builtin_ord(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG("ord");
    AdValue c = args[0];
    int64_t len;
    const unsigned char *data;
    if (ad_is_str(c)) {
        len = ad_str_len(c);
        if (len == 1) return ad_small(ad_str_char(c, 0));
    } else if (ad_bytes_like(c, &data, &len)) {   /* bytes, bytearray */
        if (len == 1) return ad_small(data[0]);
    } else {
        return ad_err_format(&ad_TypeError, "ord() expected string of length 1, but %T found", c);
    }
    return ad_err_format(&ad_TypeError, "ord() expected a character, but string of length %lld found",
                         (long long)len);
}

/* ========================================================================================== */
/* MARK: sum, min, max, sorted                                                                 */
/* ========================================================================================== */

/* sum() keeps ints in a C integer and floats in a double while it can, as CPython does; the
 * results are those of repeated `+` (CPython 3.11 adds floats without compensation). */
static AdValue sum_floats(double acc, AdValue it, AdValue *pending) {
    for (;;) {
        AdValue x = ad_next(it);
        if (x == AD_STOP) return ad_float(acc);
        if (!x) return AD_ERROR;
        if (!ad_is_small(x) && ad_type(x) == &ad_float_type) acc += ad_float_val(x);
        else if (ad_is_small(x)) acc += (double)ad_small_val(x);
        else {
            *pending = x;
            return ad_float(acc);
        }
    }
}

static AdValue sum_generic(AdValue result, AdValue it) {
    for (;;) {
        AdValue x = ad_next(it);
        if (x == AD_STOP) return result;
        if (!x) return AD_ERROR;
        result = ad_add(result, x);
        if (!result) return AD_ERROR;
        if (ad_type(result) == &ad_float_type) {
            AdValue pending = 0;
            result = sum_floats(ad_float_val(result), it, &pending);
            if (!result || !pending) return result;
            result = ad_add(result, pending);
            if (!result) return AD_ERROR;
        }
    }
}

static AdValue builtin_sum(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[2];
    if (ad_parse_args("sum", args, nargs, kwnames, "iterable/|start", a) < 0) return AD_ERROR;
    AdValue result = a[1] ? a[1] : ad_small(0);
    if (ad_is_str(result))
        return ad_err_set(&ad_TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    if (ad_isinstance_type(result, &ad_bytes_type))
        return ad_err_set(&ad_TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
    if (ad_isinstance_type(result, &ad_bytearray_type))
        return ad_err_set(&ad_TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
    AdValue it = ad_iter(a[0]);
    if (!it) return AD_ERROR;
    if (ad_is_small(result)) {
        int64_t acc = ad_small_val(result);
        for (;;) {
            AdValue x = ad_next(it);
            if (x == AD_STOP) return ad_int_from_i64(acc);
            if (!x) return AD_ERROR;
            int64_t next;
            if (ad_is_small(x) && !__builtin_add_overflow(acc, ad_small_val(x), &next) && ad_fits_small(next)) {
                acc = next;
                continue;
            }
            result = ad_add(ad_int_from_i64(acc), x);
            if (!result) return AD_ERROR;
            break;
        }
    }
    return sum_generic(result, it);
}

/* min() and max(): one iterable (with default=) or several arguments; key= applies to each. */
static AdValue min_max(const char *fname, const AdValue *args, size_t nargs, AdValue kwnames, int op) {
    AdValue key = 0, dflt = 0;
    size_t nkw = kwnames ? (size_t)ad_tuple_len(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        AdValue name = ad_tuple_get(kwnames, (int64_t)k);
        if (ad_str_eq_cstr(name, "key")) key = args[nargs + k];
        else if (ad_str_eq_cstr(name, "default")) dflt = args[nargs + k];
        else return ad_err_format(&ad_TypeError, "'%U' is an invalid keyword argument for %s()", name, fname);
    }
    if (nargs == 0) return ad_err_format(&ad_TypeError, "%s expected at least 1 argument, got 0", fname);
    if (nargs > 1 && dflt)
        return ad_err_format(&ad_TypeError,
                             "Cannot specify a default for %s() with multiple positional arguments", fname);
    if (key == AD_NONE) key = 0;
    AdValue it = ad_iter(nargs == 1 ? args[0] : ad_tuple_from_array(args, nargs));
    if (!it) return AD_ERROR;
    AdValue best = 0, best_key = 0;
    for (;;) {
        AdValue x = ad_next(it);
        if (x == AD_STOP) break;
        if (!x) return AD_ERROR;
        AdValue k = key ? ad_call1(key, x) : x;
        if (!k) return AD_ERROR;
        if (!best) {
            best = x;
            best_key = k;
            continue;
        }
        int better = ad_compare_bool(k, best_key, op);
        if (better < 0) return AD_ERROR;
        if (better) {
            best = x;
            best_key = k;
        }
    }
    if (best) return best;
    if (dflt) return dflt;
    return ad_err_format(&ad_ValueError, "%s() arg is an empty sequence", fname);
}

static AdValue builtin_min(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return min_max("min", args, nargs, kwnames, AD_LT);
}

static AdValue builtin_max(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return min_max("max", args, nargs, kwnames, AD_GT);
}

static AdValue builtin_sorted(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (nargs != 1) return ad_err_format(&ad_TypeError, "sorted expected 1 argument, got %zu", nargs);
    AdValue key = 0, reverse = 0;
    size_t nkw = kwnames ? (size_t)ad_tuple_len(kwnames) : 0;
    for (size_t k = 0; k < nkw; k++) {
        AdValue name = ad_tuple_get(kwnames, (int64_t)k);
        if (ad_str_eq_cstr(name, "key")) key = args[nargs + k];
        else if (ad_str_eq_cstr(name, "reverse")) reverse = args[nargs + k];
        else return ad_err_format(&ad_TypeError, "'%U' is an invalid keyword argument for sort()", name);
    }
    AdValue list = ad_list_from_iterable(args[0]);
    if (!list) return AD_ERROR;
    int rev = 0;
    if (reverse) {
        AdValue r = ad_index(reverse);
        if (!r) return AD_ERROR;
        rev = ad_int_sign(r) != 0;
    }
    if (ad_list_sort(list, key == AD_NONE ? 0 : key, rev) < 0) return AD_ERROR;
    return list;
}

/* ========================================================================================== */
/* MARK: input, __import__                                                                     */
/* ========================================================================================== */

static AdValue builtin_input(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("input", kwnames) < 0 || ad_check_nargs("input", nargs, 0, 1) < 0) return AD_ERROR;
    AdValue out = ad_sys_get("stdout"), err = ad_sys_get("stderr"), in = ad_sys_get("stdin");
    if (err && err != AD_NONE && ad_file_flush(err) < 0) ad_err_clear();
    if (nargs == 1 && out && out != AD_NONE) {
        AdValue prompt = ad_str(args[0]);
        if (!prompt || ad_file_write_str(out, prompt) < 0) return AD_ERROR;
    }
    if (out && out != AD_NONE && ad_file_flush(out) < 0) ad_err_clear();
    AdValue line;
    if (in == ad_io_stdin_object()) {
        int eof;
        line = ad_read_stdin_line(&eof);
    } else {
        if (!in || in == AD_NONE) return ad_err_set(&ad_RuntimeError, "input(): lost sys.stdin");
        line = ad_call_method(in, ad_str_intern_cstr("readline"), NULL, 0, 0);
        if (!line) return AD_ERROR;
        if (!ad_is_str(line)) return ad_err_set(&ad_TypeError, "object.readline() returned non-string");
    }
    int64_t n = ad_str_len(line);
    if (n == 0) return ad_err_set(&ad_EOFError, "EOF when reading a line");
    if (ad_str_char(line, n - 1) != '\n') return line;
    AdValue args2[2] = {ad_small(0), ad_small(n - 1)};
    return ad_getitem(line, ad_slice_new(args2[0], args2[1], AD_NONE));
}

static AdValue builtin_import(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[5];
    if (ad_parse_args("__import__", args, nargs, kwnames, "name|globals,locals,fromlist,level", a) < 0)
        return AD_ERROR;
    return ad_import(a[0]);
}

const AdMethodDef ad_builtin_functions[] = {
    {"__import__", builtin_import, 0},
    {"abs", builtin_abs, 0},
    {"all", builtin_all, 0},
    {"any", builtin_any, 0},
    {"ascii", builtin_ascii, 0},
    {"bin", builtin_bin, 0},
    {"callable", builtin_callable, 0},
    {"chr", builtin_chr, 0},
    {"delattr", builtin_delattr, 0},
    {"dir", builtin_dir, 0},
    {"exit", builtin_exit, 0},
    {"quit", builtin_exit, 0},
    {"divmod", builtin_divmod, 0},
    {"format", builtin_format, 0},
    {"getattr", builtin_getattr, 0},
    {"hasattr", builtin_hasattr, 0},
    {"hash", builtin_hash, 0},
    {"hex", builtin_hex, 0},
    {"id", builtin_id, 0},
    {"input", builtin_input, 0},
    {"isinstance", builtin_isinstance, 0},
    {"issubclass", builtin_issubclass, 0},
    {"iter", builtin_iter, 0},
    {"len", builtin_len, 0},
    {"max", builtin_max, 0},
    {"min", builtin_min, 0},
    {"next", builtin_next, 0},
    {"oct", builtin_oct, 0},
    {"open", ad_io_open, 0},
    {"ord", builtin_ord, 0},
    {"pow", builtin_pow, 0},
    {"print", ad_builtin_print, 0},
    {"repr", builtin_repr, 0},
    {"round", builtin_round, 0},
    {"setattr", builtin_setattr, 0},
    {"sorted", builtin_sorted, 0},
    {"sum", builtin_sum, 0},
    {"vars", builtin_vars, 0},
    {NULL, NULL, 0},
};
