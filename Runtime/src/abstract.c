/*
 * abstract.c — the abstract object protocols: what `a + b`, `a < b`, `x[i]`, `x.attr`, `iter(x)`,
 * `repr(x)` and friends mean for any pair of values, dispatched through the type slots with
 * CPython's rules and messages.
 *
 * Each operation tries a fast path for the commonest operands (small ints, exact floats, exact strs)
 * and then the generic slot dispatch. Number slots follow CPython's binary_op1: the slot of either
 * operand's type may be called with the operands in source order and answers AD_NOTIMPL when it does
 * not handle the pair; the right operand's slot goes first when its type is a proper subclass of the
 * left operand's type. A slot that is NULL simply does not participate.
 */
#include "core.h"

#include <string.h>

/* ========================================================================================== */
/* MARK: repr, str, ascii, format                                                              */
/* ========================================================================================== */

static AdValue check_str_result(AdValue r, const char *what) {
    if (AD_LIKELY(r == AD_ERROR || ad_is_str(r))) return r;
    return ad_err_format(&ad_TypeError, "%s returned non-string (type %T)", what, r);
}

AdValue ad_repr(AdValue v) {
    AdType *t = ad_type(v);
    if (AD_UNLIKELY(!t->repr)) return ad_sprintf("<%s object at %p>", t->name, (void *)AD_OBJ(v));
    if (ad_enter_recursive(" while getting the repr of an object") < 0) return AD_ERROR;
    AdValue r = check_str_result(t->repr(v), "__repr__");
    ad_leave_recursive();
    return r;
}

AdValue ad_str(AdValue v) {
    AdType *t = ad_type(v);
    if (t == &ad_str_type) return v;
    if (!t->str) return ad_repr(v);
    if (ad_enter_recursive(" while getting the str of an object") < 0) return AD_ERROR;
    AdValue r = check_str_result(t->str(v), "__str__");
    ad_leave_recursive();
    return r;
}

/* Escape every code point above 0x7f as \xhh, \uhhhh or \Uhhhhhhhh. */
static AdValue escape_non_ascii(AdValue s) {
    int64_t n = ad_str_len(s);
    if (AD_AS(AdStr, s)->kind == 1) return s;
    AdStrBuilder sb;
    ad_sb_init(&sb);
    char buf[16];
    for (int64_t i = 0; i < n; i++) {
        uint32_t ch = ad_str_char(s, i);
        if (ch < 0x80) { ad_sb_append_char(&sb, ch); continue; }
        if (ch < 0x100) snprintf(buf, sizeof buf, "\\x%02x", ch);
        else if (ch < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", ch);
        else snprintf(buf, sizeof buf, "\\U%08x", ch);
        ad_sb_append_cstr(&sb, buf);
    }
    return ad_sb_finish(&sb);
}

AdValue ad_ascii(AdValue v) {
    AdValue r = ad_repr(v);
    return r ? escape_non_ascii(r) : AD_ERROR;
}

AdValue ad_format(AdValue v, AdValue spec) {
    AdType *t = ad_type(v);
    if (ad_str_len(spec) == 0 && (t == &ad_str_type || t == &ad_int_type)) return ad_str(v);
    if (AD_UNLIKELY(!t->format))
        return ad_err_format(&ad_TypeError, "Type %s doesn't define __format__", t->name);
    AdValue r = t->format(v, spec);
    if (r && !ad_is_str(r))
        return ad_err_format(&ad_TypeError, "__format__ must return a str, not %T", r);
    return r;
}

/* ========================================================================================== */
/* MARK: hash, truth                                                                           */
/* ========================================================================================== */

/* 2**61 - 1: CPython's modulus for numeric hashes. */
#define HASH_MODULUS ((INT64_C(1) << 61) - 1)

int64_t ad_hash(AdValue v) {
    if (AD_LIKELY(ad_is_small(v))) {
        int64_t i = ad_small_val(v);
        if (i > -HASH_MODULUS && i < HASH_MODULUS) return i == -1 ? -2 : i;
    }
    AdType *t = ad_type(v);
    if (t == &ad_str_type) {
        int64_t h = AD_AS(AdStr, v)->hash;
        if (h != -1) return h;
    }
    if (AD_UNLIKELY(!t->hash)) {
        ad_err_format(&ad_TypeError, "unhashable type: '%s'", t->name);
        return -1;
    }
    return t->hash(v);
}

static int truth_slow(AdValue v) {
    AdType *t = ad_type(v);
    if (t->truth) return t->truth(v);
    if (t->len) {
        int64_t n = t->len(v);
        return n < 0 ? -1 : n != 0;
    }
    return 1;
}

int ad_truth(AdValue v) {
    if (v == AD_TRUE) return 1;
    if (v == AD_FALSE || v == AD_NONE) return 0;
    if (ad_is_small(v)) return v != ad_small(0);
    return truth_slow(v);
}

AdValue ad_not(AdValue v) {
    int t = ad_truth(v);
    return t < 0 ? AD_ERROR : ad_bool(!t);
}

/* ========================================================================================== */
/* MARK: Binary and unary operators                                                            */
/* ========================================================================================== */

/* CPython names `**` "** or pow()" in its messages (PyNumber_Power serves both); `**=` is just "**=". */
static const char *const binop_symbols[AD_OP_COUNT] = {
    "+", "-", "*", "@", "/", "//", "%", "** or pow()", "<<", ">>", "&", "|", "^",
};
static const char *const inplace_symbols[AD_OP_COUNT] = {
    "+=", "-=", "*=", "@=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=",
};

/* CPython's binary_op1: AD_NOTIMPL when neither operand handles the pair. */
static AdValue binop_dispatch(int op, AdValue a, AdValue b) {
    AdType *ta = ad_type(a), *tb = ad_type(b);
    AdBinaryFn slota = ta->number[op];
    AdBinaryFn slotb = ta != tb ? tb->number[op] : NULL;
    if (slotb == slota) slotb = NULL;
    if (slota) {
        if (slotb && ad_type_is_subtype(tb, ta)) {
            AdValue r = slotb(a, b);
            if (r != AD_NOTIMPL) return r;
            slotb = NULL;
        }
        AdValue r = slota(a, b);
        if (r != AD_NOTIMPL) return r;
    }
    if (slotb) return slotb(a, b);
    return AD_NOTIMPL;
}

static int is_sequence_for_ops(AdType *t) {
    return (t->flags & (AD_TPFLAG_STR_SUBCLASS | AD_TPFLAG_BYTES_SUBCLASS | AD_TPFLAG_LIST_SUBCLASS |
                        AD_TPFLAG_TUPLE_SUBCLASS)) != 0;
}

/* The messages CPython gives when the sequence protocols reject an operand. */
static AdValue binop_type_error(int op, AdValue a, AdValue b, const char *symbol) {
    AdType *ta = ad_type(a), *tb = ad_type(b);
    if (op == AD_OP_ADD) {
        if (ta->flags & AD_TPFLAG_BYTES_SUBCLASS)
            return ad_err_format(&ad_TypeError, "can't concat %s to %s", tb->name, ta->name);
        if (ta->flags & (AD_TPFLAG_STR_SUBCLASS | AD_TPFLAG_LIST_SUBCLASS | AD_TPFLAG_TUPLE_SUBCLASS)) {
            const char *kind = ta->flags & AD_TPFLAG_STR_SUBCLASS ? "str"
                             : ta->flags & AD_TPFLAG_LIST_SUBCLASS ? "list" : "tuple";
            return ad_err_format(&ad_TypeError, "can only concatenate %s (not \"%s\") to %s", kind,
                                 tb->name, kind);
        }
    }
    if (op == AD_OP_MUL && (is_sequence_for_ops(ta) || is_sequence_for_ops(tb))) {
        AdType *other = is_sequence_for_ops(ta) ? tb : ta;
        return ad_err_format(&ad_TypeError, "can't multiply sequence by non-int of type '%s'", other->name);
    }
    return ad_err_format(&ad_TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", symbol,
                         ta->name, tb->name);
}

AdValue ad_binop(int op, AdValue a, AdValue b) {
    AdValue r = binop_dispatch(op, a, b);
    if (AD_LIKELY(r != AD_NOTIMPL)) return r;
    return binop_type_error(op, a, b, binop_symbols[op]);
}

AdValue ad_inplace(int op, AdValue a, AdValue b) {
    AdBinaryFn slot = ad_type(a)->inplace[op];
    if (slot) {
        AdValue r = slot(a, b);
        if (r != AD_NOTIMPL) return r;
    }
    AdValue r = binop_dispatch(op, a, b);
    if (AD_LIKELY(r != AD_NOTIMPL)) return r;
    return binop_type_error(op, a, b, inplace_symbols[op]);
}

/* The named wrappers give the engines a direct symbol and a small-int fast path. */
AdValue ad_add(AdValue a, AdValue b) {
    if (ad_is_small(a) && ad_is_small(b)) {
        int64_t r = ad_small_val(a) + ad_small_val(b);
        if (ad_fits_small(r)) return ad_small(r);
    }
    return ad_binop(AD_OP_ADD, a, b);
}

AdValue ad_sub(AdValue a, AdValue b) {
    if (ad_is_small(a) && ad_is_small(b)) {
        int64_t r = ad_small_val(a) - ad_small_val(b);
        if (ad_fits_small(r)) return ad_small(r);
    }
    return ad_binop(AD_OP_SUB, a, b);
}

AdValue ad_mul(AdValue a, AdValue b) { return ad_binop(AD_OP_MUL, a, b); }
AdValue ad_truediv(AdValue a, AdValue b) { return ad_binop(AD_OP_TRUEDIV, a, b); }
AdValue ad_floordiv(AdValue a, AdValue b) { return ad_binop(AD_OP_FLOORDIV, a, b); }
AdValue ad_mod(AdValue a, AdValue b) { return ad_binop(AD_OP_MOD, a, b); }
AdValue ad_pow(AdValue a, AdValue b) { return ad_binop(AD_OP_POW, a, b); }

static AdValue unary_error(const char *symbol, AdValue v) {
    return ad_err_format(&ad_TypeError, "bad operand type for unary %s: '%T'", symbol, v);
}

AdValue ad_neg(AdValue v) {
    if (ad_is_small(v) && v != ad_small(AD_SMALL_MIN)) return ad_small(-ad_small_val(v));
    AdUnaryFn f = ad_type(v)->neg;
    return f ? f(v) : unary_error("-", v);
}

AdValue ad_pos(AdValue v) {
    if (ad_is_small(v)) return v;
    AdUnaryFn f = ad_type(v)->pos;
    return f ? f(v) : unary_error("+", v);
}

AdValue ad_invert(AdValue v) {
    if (ad_is_small(v)) return ad_small(~ad_small_val(v));
    AdUnaryFn f = ad_type(v)->invert;
    return f ? f(v) : unary_error("~", v);
}

AdValue ad_abs(AdValue v) {
    if (ad_is_small(v) && v != ad_small(AD_SMALL_MIN)) {
        int64_t i = ad_small_val(v);
        return i < 0 ? ad_small(-i) : v;
    }
    AdUnaryFn f = ad_type(v)->abs;
    return f ? f(v) : ad_err_format(&ad_TypeError, "bad operand type for abs(): '%T'", v);
}

/* ========================================================================================== */
/* MARK: Comparisons                                                                           */
/* ========================================================================================== */

static const int swapped_op[6] = {AD_GT, AD_GE, AD_EQ, AD_NE, AD_LT, AD_LE};
static const char *const cmp_symbols[6] = {"<", "<=", "==", "!=", ">", ">="};

/* CPython's do_richcompare. */
static AdValue richcompare_dispatch(AdValue a, AdValue b, int op) {
    AdType *ta = ad_type(a), *tb = ad_type(b);
    int checked_reverse = 0;
    if (ta != tb && tb->richcompare && ad_type_is_subtype(tb, ta)) {
        checked_reverse = 1;
        AdValue r = tb->richcompare(b, a, swapped_op[op]);
        if (r != AD_NOTIMPL) return r;
    }
    if (ta->richcompare) {
        AdValue r = ta->richcompare(a, b, op);
        if (r != AD_NOTIMPL) return r;
    }
    if (!checked_reverse && tb->richcompare) {
        AdValue r = tb->richcompare(b, a, swapped_op[op]);
        if (r != AD_NOTIMPL) return r;
    }
    if (op == AD_EQ) return ad_bool(a == b);
    if (op == AD_NE) return ad_bool(a != b);
    return ad_err_format(&ad_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                         cmp_symbols[op], ta->name, tb->name);
}

static AdValue compare_slow(AdValue a, AdValue b, int op) {
    if (ad_enter_recursive(" in comparison") < 0) return AD_ERROR;
    AdValue r = richcompare_dispatch(a, b, op);
    ad_leave_recursive();
    return r;
}

static inline int compare_i64(int64_t x, int64_t y, int op) {
    switch (op) {
    case AD_LT: return x < y;
    case AD_LE: return x <= y;
    case AD_EQ: return x == y;
    case AD_NE: return x != y;
    case AD_GT: return x > y;
    default: return x >= y;
    }
}

static inline int compare_double(double x, double y, int op) {
    switch (op) {
    case AD_LT: return x < y;
    case AD_LE: return x <= y;
    case AD_EQ: return x == y;
    case AD_NE: return x != y;
    case AD_GT: return x > y;
    default: return x >= y;
    }
}

AdValue ad_compare(AdValue a, AdValue b, int op) {
    if (ad_is_small(a) && ad_is_small(b)) return ad_bool(compare_i64((int64_t)a, (int64_t)b, op));
    return compare_slow(a, b, op);
}

int ad_compare_bool(AdValue a, AdValue b, int op) {
    if (AD_LIKELY(ad_is_small(a) && ad_is_small(b))) return compare_i64((int64_t)a, (int64_t)b, op);
    if (!ad_is_small(a) && !ad_is_small(b) && AD_OBJ(a)->type == &ad_float_type &&
        AD_OBJ(b)->type == &ad_float_type)
        return compare_double(ad_float_val(a), ad_float_val(b), op);
    if ((op == AD_EQ || op == AD_NE) && !ad_is_small(a) && !ad_is_small(b) &&
        AD_OBJ(a)->type == &ad_str_type && AD_OBJ(b)->type == &ad_str_type)
        return ad_str_eq(a, b) == (op == AD_EQ);
    AdValue r = compare_slow(a, b, op);
    if (r == AD_TRUE) return 1;
    if (r == AD_FALSE) return 0;
    return r ? ad_truth(r) : -1;
}

int ad_eq(AdValue a, AdValue b) {
    if (a == b) return 1;
    if (ad_is_small(a) && ad_is_small(b)) return 0;
    if (!ad_is_small(a) && !ad_is_small(b) && AD_OBJ(a)->type == &ad_str_type &&
        AD_OBJ(b)->type == &ad_str_type)
        return ad_str_eq(a, b);
    AdValue r = compare_slow(a, b, AD_EQ);
    if (r == AD_TRUE) return 1;
    if (r == AD_FALSE) return 0;
    return r ? ad_truth(r) : -1;
}

/* ========================================================================================== */
/* MARK: Containers: contains, items, len                                                      */
/* ========================================================================================== */

/* `item in container` for types without a contains slot: iterate and compare. */
static int contains_by_iteration(AdValue container, AdValue item) {
    AdType *t = ad_type(container);
    if (!t->iter && !t->getitem) {
        ad_err_format(&ad_TypeError, "argument of type '%s' is not iterable", t->name);
        return -1;
    }
    AdValue it = ad_iter(container);
    if (!it) return -1;
    for (;;) {
        AdValue x = ad_next(it);
        if (x == AD_STOP) return 0;
        if (!x) return -1;
        int r = ad_eq(x, item);
        if (r != 0) return r;
    }
}

int ad_contains(AdValue container, AdValue item) {
    AdContainsFn f = ad_type(container)->contains;
    return f ? f(container, item) : contains_by_iteration(container, item);
}

AdValue ad_getitem(AdValue obj, AdValue key) {
    AdType *t = ad_type(obj);
    if (AD_LIKELY(t->getitem != NULL)) return t->getitem(obj, key);
    if (t->flags & AD_TPFLAG_TYPE_SUBCLASS) return ad_type_subscript(obj, key);
    return ad_err_format(&ad_TypeError, "'%s' object is not subscriptable", t->name);
}

int ad_setitem(AdValue obj, AdValue key, AdValue value) {
    AdType *t = ad_type(obj);
    if (AD_LIKELY(t->setitem != NULL)) return t->setitem(obj, key, value);
    ad_err_format(&ad_TypeError, "'%s' object does not support item assignment", t->name);
    return -1;
}

/* CPython words the refusal by the path it takes: an index deleted from a type with sequence
 * methods (every class of the program has them, and the builtin containers) fails in
 * PySequence_DelItem ("doesn't"), everything else in PyObject_DelItem ("does not"). */
static int has_sequence_methods(AdType *t) {
    return t->len || t->contains || (t->flags & AD_TPFLAG_HEAPTYPE);
}

int ad_delitem(AdValue obj, AdValue key) {
    AdType *t = ad_type(obj);
    if (t->setitem) return t->setitem(obj, key, AD_ERROR);
    int by_index = has_sequence_methods(t) && (ad_is_int(key) || ad_type(key)->index);
    ad_err_format(&ad_TypeError, "'%s' object %s support item deletion", t->name, by_index ? "doesn't" : "does not");
    return -1;
}

int64_t ad_len(AdValue v) {
    AdType *t = ad_type(v);
    if (AD_LIKELY(t->len != NULL)) return t->len(v);
    ad_err_format(&ad_TypeError, "object of type '%s' has no len()", t->name);
    return -1;
}

/* ========================================================================================== */
/* MARK: Iteration                                                                             */
/* ========================================================================================== */

AdValue ad_iter(AdValue v) {
    AdType *t = ad_type(v);
    if (AD_LIKELY(t->iter != NULL)) {
        AdValue it = t->iter(v);
        if (AD_UNLIKELY(it && !ad_type(it)->next))
            return ad_err_format(&ad_TypeError, "iter() returned non-iterator of type '%T'", it);
        return it;
    }
    if (t->getitem && !(t->flags & AD_TPFLAG_DICT_SUBCLASS)) return ad_seq_iter_new(v);
    return ad_err_format(&ad_TypeError, "'%s' object is not iterable", t->name);
}

AdValue ad_next(AdValue it) {
    AdType *t = ad_type(it);
    if (AD_LIKELY(t->next != NULL)) return t->next(it);
    return ad_err_format(&ad_TypeError, "'%s' object is not an iterator", t->name);
}

/* ========================================================================================== */
/* MARK: Attributes                                                                            */
/* ========================================================================================== */

static inline AdValue *instance_dict_slot(AdValue obj, AdType *t) {
    return (AdValue *)((char *)AD_OBJ(obj) + t->dict_offset);
}

static AdValue attribute_error(AdValue obj, AdValue name) {
    AdType *t = ad_type(obj);
    ad_err_format(&ad_AttributeError, "'%s' object has no attribute '%U'", t->name, name);
    ad_err_attribute_info(obj, name);
    return AD_ERROR;
}

/* A descriptor's __get__ for the generic lookup. When `quiet` (hasattr, getattr with a default),
 * an AttributeError it raises (a property whose getter reads a missing attribute) means "missing"
 * as well, as in CPython's _PyObject_GenericGetAttrWithDict with suppress set. */
static AdValue call_descr_get(AdDescrGetFn get, AdValue descr, AdValue obj, AdType *t, int quiet) {
    AdValue r = get(descr, obj, AD_VAL(t));
    if (AD_UNLIKELY(!r) && quiet && ad_err_matches(&ad_AttributeError)) ad_err_clear();
    return r;
}

/* The generic lookup; returns 0 with no exception when the attribute is missing and `quiet`. */
static AdValue generic_getattr(AdValue obj, AdValue name, int quiet) {
    AdType *t = ad_type(obj);
    AdValue descr = ad_type_lookup(t, name);
    AdDescrGetFn get = NULL;
    if (descr) {
        AdType *dt = ad_type(descr);
        get = dt->descr_get;
        if (get && dt->descr_set) return call_descr_get(get, descr, obj, t, quiet);
    }
    if (t->dict_offset && !ad_is_small(obj)) {
        AdValue dict = *instance_dict_slot(obj, t), v;
        if (dict && ad_dict_lookup(dict, name, &v) == 1) return v;
    }
    if (get) return call_descr_get(get, descr, obj, t, quiet);
    if (descr) return descr;
    return quiet ? 0 : attribute_error(obj, name);
}

AdValue ad_generic_getattr(AdValue obj, AdValue name) {
    return generic_getattr(obj, name, 0);
}

AdValue ad_getattr(AdValue obj, AdValue name) {
    AdGetAttrFn f = ad_type(obj)->getattr;
    if (AD_LIKELY(f == NULL || f == ad_generic_getattr)) return generic_getattr(obj, name, 0);
    return f(obj, name);
}

AdValue ad_getattr_cstr(AdValue obj, const char *name) {
    return ad_getattr(obj, ad_str_intern_cstr(name));
}

AdValue ad_getattr_opt(AdValue obj, AdValue name) {
    AdGetAttrFn f = ad_type(obj)->getattr;
    if (f == NULL || f == ad_generic_getattr) return generic_getattr(obj, name, 1);
    AdValue v = f(obj, name);
    if (!v && ad_err_matches(&ad_AttributeError)) ad_err_clear();
    return v;
}

int ad_generic_setattr(AdValue obj, AdValue name, AdValue value) {
    AdType *t = ad_type(obj);
    AdValue descr = ad_type_lookup(t, name);
    if (descr && ad_type(descr)->descr_set) return ad_type(descr)->descr_set(descr, obj, value);
    if (t->dict_offset && !ad_is_small(obj)) {
        AdValue *slot = instance_dict_slot(obj, t);
        if (!value) {
            int r = *slot ? ad_dict_del(*slot, name) : 0;
            if (r == 0) attribute_error(obj, name);
            return r == 1 ? 0 : -1;
        }
        if (!*slot) *slot = ad_dict_new();
        return ad_dict_set(*slot, name, value);
    }
    if (descr)
        ad_err_format(&ad_AttributeError, "'%s' object attribute '%U' is read-only", t->name, name);
    else
        attribute_error(obj, name);
    return -1;
}

int ad_setattr(AdValue obj, AdValue name, AdValue value) {
    AdSetAttrFn f = ad_type(obj)->setattr;
    return f ? f(obj, name, value) : ad_generic_setattr(obj, name, value);
}

int ad_delattr(AdValue obj, AdValue name) {
    return ad_setattr(obj, name, AD_ERROR);
}

/* ========================================================================================== */
/* MARK: Indexes                                                                               */
/* ========================================================================================== */

AdValue ad_index(AdValue v) {
    if (ad_is_small(v)) return v;
    AdType *t = ad_type(v);
    if (t->flags & AD_TPFLAG_INT_SUBCLASS) return v;
    if (!t->index)
        return ad_err_format(&ad_TypeError, "'%s' object cannot be interpreted as an integer", t->name);
    AdValue r = t->index(v);
    if (r && !ad_is_int(r))
        return ad_err_format(&ad_TypeError, "__index__ returned non-int (type %T)", r);
    return r;
}

int64_t ad_index_value(AdValue v, AdType *overflow_type) {
    if (AD_LIKELY(ad_is_small(v))) return ad_small_val(v);
    AdValue i = ad_index(v);
    if (!i) return -1;
    int64_t out;
    if (ad_int_to_i64(i, &out) == 0) return out;
    if (overflow_type) {
        ad_err_format(overflow_type, "cannot fit '%T' into an index-sized integer", v);
        return -1;
    }
    return ad_int_sign(i) < 0 ? INT64_MIN : INT64_MAX;
}

int ad_ssize_arg(AdValue v, int64_t *out) {
    if (AD_LIKELY(ad_is_small(v))) {
        *out = ad_small_val(v);
        return 0;
    }
    AdValue i = ad_index(v);
    if (!i) return -1;
    if (ad_int_to_i64(i, out) < 0) {
        ad_err_set(&ad_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return 0;
}

/* ========================================================================================== */
/* MARK: isinstance, issubclass                                                                */
/* ========================================================================================== */

static int is_type(AdValue v) {
    return !ad_is_small(v) && (ad_type(v)->flags & AD_TPFLAG_TYPE_SUBCLASS);
}

/* Call type(cls).<name>(cls, v) when type(cls) defines it (a metaclass's __instancecheck__, a
 * generic alias's); returns 1/0/-1, or 2 when there is no such method. */
static int call_check_hook(AdValue cls, const char *name, AdValue v) {
    AdType *meta = ad_type(cls);
    if (meta == &ad_type_type) return 2;
    AdValue descr = ad_type_lookup(meta, ad_str_intern_cstr(name));
    if (!descr) return 2;
    AdDescrGetFn get = ad_type(descr)->descr_get;
    AdValue bound = get ? get(descr, cls, AD_VAL(meta)) : descr;
    AdValue result = bound ? ad_call1(bound, v) : AD_ERROR;
    return result ? ad_truth(result) : -1;
}

int ad_isinstance(AdValue v, AdValue cls) {
    if (AD_LIKELY(is_type(cls))) {
        if (AD_LIKELY(ad_type(cls) == &ad_type_type) || ad_type(v) == AD_AS(AdType, cls))
            return ad_isinstance_type(v, AD_AS(AdType, cls));
        int r = call_check_hook(cls, "__instancecheck__", v);
        return r != 2 ? r : ad_isinstance_type(v, AD_AS(AdType, cls));
    }
    if (!ad_is_small(cls) && ad_type(cls) == &ad_tuple_type) {
        for (int64_t i = 0; i < ad_tuple_len(cls); i++) {
            int r = ad_isinstance(v, ad_tuple_get(cls, i));
            if (r != 0) return r;
        }
        return 0;
    }
    if (ad_is_union(cls)) return ad_union_isinstance(v, cls, 0);
    int r = call_check_hook(cls, "__instancecheck__", v);
    if (r != 2) return r;
    ad_err_set(&ad_TypeError, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    return -1;
}

static int issubclass_inner(AdValue sub, AdValue cls) {
    if (is_type(cls)) {
        if (ad_type(cls) != &ad_type_type) {
            int r = call_check_hook(cls, "__subclasscheck__", sub);
            if (r != 2) return r;
        }
        if (!is_type(sub)) {
            ad_err_set(&ad_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return ad_type_is_subtype(AD_AS(AdType, sub), AD_AS(AdType, cls));
    }
    if (!ad_is_small(cls) && ad_type(cls) == &ad_tuple_type) {
        for (int64_t i = 0; i < ad_tuple_len(cls); i++) {
            int r = issubclass_inner(sub, ad_tuple_get(cls, i));
            if (r != 0) return r;
        }
        return 0;
    }
    if (ad_is_union(cls)) {
        if (!is_type(sub)) {
            ad_err_set(&ad_TypeError, "issubclass() arg 1 must be a class");
            return -1;
        }
        return ad_union_isinstance(sub, cls, 1);
    }
    int r = call_check_hook(cls, "__subclasscheck__", sub);
    if (r != 2) return r;
    if (!is_type(sub)) {
        ad_err_set(&ad_TypeError, "issubclass() arg 1 must be a class");
        return -1;
    }
    ad_err_set(&ad_TypeError, "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
}

int ad_issubclass(AdValue sub, AdValue cls) {
    return issubclass_inner(sub, cls);
}
