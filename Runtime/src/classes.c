/*
 * classes.c — classes defined by programs: `class` statements (__build_class__), type(name, bases,
 * dict), instances, the slots that route the runtime's operations to dunder methods, and super().
 *
 * A class is a heap AdType. Its layout is that of its solid base (object, or the builtin type it
 * derives from) plus an instance dict when the base has none; its MRO is C3's. Each slot is
 * computed from the MRO: when a class of the program (the class itself or any base) provides one
 * of the dunders behind it, the slot is a generic function that looks the dunder up on the
 * instance's type at call time and calls it; otherwise it is the nearest builtin type's slot.
 * Assigning a dunder to a class later recomputes that slot in the class and in every live
 * subclass (ad_class_update_slot; the classes are remembered weakly for this).
 *
 * Calling a class creates the instance through __new__ (object's, a builtin base's construct, or
 * the class's own) and initializes it through __init__, with CPython's argument errors.
 */
#include "core.h"

#include <gc/gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static AdValue name_of(const char *s) { return ad_str_intern_cstr(s); }

/* The first class along t's MRO whose own dict holds `name`, or NULL. */
static AdType *defining_type(AdType *t, AdValue name) {
    AdTuple *mro = AD_AS(AdTuple, t->mro);
    for (int64_t i = 0; i < mro->len; i++) {
        AdType *c = AD_AS(AdType, mro->items[i]);
        AdValue v;
        if (c->dict && ad_dict_lookup(c->dict, name, &v) == 1) return c;
    }
    return NULL;
}

/* The slot at `offset` of the first builtin type along t's MRO (NULL when it has none). */
static void *builtin_slot(AdType *t, size_t offset) {
    AdTuple *mro = AD_AS(AdTuple, t->mro);
    for (int64_t i = 1; i < mro->len; i++) {
        AdType *b = AD_AS(AdType, mro->items[i]);
        if (!(b->flags & AD_TPFLAG_HEAPTYPE)) return *(void **)((char *)b + offset);
    }
    return NULL;
}

/* Whether the attribute `name` of t comes from a class defined by the program (rather than from
 * a builtin type, or nowhere). */
static int defined_by_class(AdType *t, const char *name) {
    AdType *owner = defining_type(t, name_of(name));
    return owner && (owner->flags & AD_TPFLAG_HEAPTYPE);
}

/* ========================================================================================== */
/* MARK: Calling dunders                                                                       */
/* ========================================================================================== */

/* The dunder `name` of self's type (not the instance: special methods bypass it), bound to self
 * and called with args. When the type has none (a class that defines __setitem__ but not
 * __delitem__, say), CPython's slots raise an AttributeError whose only argument is the name. */
static AdValue call_special(AdValue self, const char *name, const AdValue *args, size_t nargs) {
    AdValue f = ad_type_lookup(ad_type(self), name_of(name));
    if (!f) return ad_err_set(&ad_AttributeError, name);
    AdType *ft = ad_type(f);
    if (ft == &ad_function_type) {
        AdValue buffer[8];
        AdValue *all = nargs + 1 <= 8 ? buffer : ad_alloc(sizeof(AdValue) * (nargs + 1));
        all[0] = self;
        if (nargs) memcpy(all + 1, args, sizeof(AdValue) * nargs);
        return ad_call(f, all, nargs + 1, 0);
    }
    if (ft->descr_get) {
        f = ft->descr_get(f, self, AD_VAL(ad_type(self)));
        if (!f) return AD_ERROR;
    }
    return ad_call(f, args, nargs, 0);
}

static AdValue call0(AdValue self, const char *name) { return call_special(self, name, NULL, 0); }
static AdValue call1(AdValue self, const char *name, AdValue a) { return call_special(self, name, &a, 1); }

/* ========================================================================================== */
/* MARK: Generic slots                                                                         */
/* ========================================================================================== */

static AdValue str_result(AdValue r, const char *name) {
    if (r && !ad_is_str(r)) return ad_err_format(&ad_TypeError, "%s returned non-string (type %T)", name, r);
    return r;
}

static AdValue slot_repr(AdValue self) { return str_result(call0(self, "__repr__"), "__repr__"); }
static AdValue slot_str(AdValue self) { return str_result(call0(self, "__str__"), "__str__"); }

static int64_t slot_hash(AdValue self) {
    AdValue r = call0(self, "__hash__");
    if (!r) return -1;
    if (!ad_is_int(r)) {
        ad_err_set(&ad_TypeError, "__hash__ method should return an integer");
        return -1;
    }
    /* A result that fits a hash is kept as it is, so that `return hash(other)` makes the two
     * hashes equal; only a larger int is reduced, by int's own hash. */
    int64_t h;
    if (ad_int_to_i64(r, &h) < 0) {
        h = ad_hash(r);
        if (h == -1 && ad_err_occurred()) return -1;
    }
    return h == -1 ? -2 : h;
}

static int64_t slot_unhashable(AdValue self) {
    ad_err_format(&ad_TypeError, "unhashable type: '%s'", ad_type(self)->name);
    return -1;
}

static const char *const compare_names[] = {"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"};

static AdValue slot_richcompare(AdValue a, AdValue b, int op) {
    AdValue f = ad_type_lookup(ad_type(a), name_of(compare_names[op]));
    if (!f) return AD_NOTIMPL;
    return call1(a, compare_names[op], b);
}

static int slot_truth(AdValue self) {
    AdType *t = ad_type(self);
    if (ad_type_lookup(t, name_of("__bool__"))) {
        AdValue r = call0(self, "__bool__");
        if (!r) return -1;
        if (r != AD_TRUE && r != AD_FALSE) {
            ad_err_format(&ad_TypeError, "__bool__ should return bool, returned %T", r);
            return -1;
        }
        return r == AD_TRUE;
    }
    if (ad_type_lookup(t, name_of("__len__"))) {
        int64_t n = ad_len(self);
        return n < 0 ? -1 : n != 0;
    }
    return 1;
}

static int64_t slot_len(AdValue self) {
    AdValue r = call0(self, "__len__");
    if (!r) return -1;
    if (!ad_is_int(r)) {
        ad_err_format(&ad_TypeError, "'%T' object cannot be interpreted as an integer", r);
        return -1;
    }
    if (ad_int_sign(r) < 0) {
        ad_err_set(&ad_ValueError, "__len__() should return >= 0");
        return -1;
    }
    int64_t n;
    if (ad_int_to_i64(r, &n) < 0) {
        ad_err_set(&ad_OverflowError, "cannot fit 'int' into an index-sized integer");
        return -1;
    }
    return n;
}

static AdValue slot_getitem(AdValue self, AdValue key) { return call1(self, "__getitem__", key); }

static int slot_setitem(AdValue self, AdValue key, AdValue value) {
    AdValue r;
    if (value) {
        AdValue args[2] = {key, value};
        r = call_special(self, "__setitem__", args, 2);
    } else {
        r = call1(self, "__delitem__", key);
    }
    return r ? 0 : -1;
}

static int slot_contains(AdValue self, AdValue item) {
    AdValue f = ad_type_lookup(ad_type(self), name_of("__contains__"));
    if (f == AD_NONE) {
        ad_err_format(&ad_TypeError, "'%T' object is not a container", self);
        return -1;
    }
    if (!f) {
        /* Fall back to iteration, as CPython does when only __iter__ or __getitem__ exists. */
        AdValue it = ad_iter(self);
        if (!it) return -1;
        for (;;) {
            AdValue v = ad_next(it);
            if (v == AD_STOP) return 0;
            if (!v) return -1;
            int eq = ad_eq(v, item);
            if (eq != 0) return eq;
        }
    }
    AdValue r = call1(self, "__contains__", item);
    return r ? ad_truth(r) : -1;
}

static AdValue slot_iter(AdValue self) {
    /* `__iter__ = None` declares the class not iterable (the way `__hash__ = None` does). */
    if (ad_type_lookup(ad_type(self), name_of("__iter__")) == AD_NONE)
        return ad_err_format(&ad_TypeError, "'%T' object is not iterable", self);
    AdValue r = call0(self, "__iter__");
    if (r && !ad_type(r)->next)
        return ad_err_format(&ad_TypeError, "iter() returned non-iterator of type '%T'", r);
    return r;
}

static AdValue slot_next(AdValue self) {
    AdValue r = call0(self, "__next__");
    if (!r && ad_err_matches(&ad_StopIteration)) {
        ad_err_clear();
        return AD_STOP;
    }
    return r;
}

static AdValue slot_call(AdValue callable, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue f = ad_type_lookup(ad_type(callable), name_of("__call__"));
    if (!f) return ad_err_format(&ad_TypeError, "'%T' object is not callable", callable);
    if (ad_type(f) == &ad_function_type) {
        size_t total = nargs + (kwnames ? (size_t)ad_tuple_len(kwnames) : 0);
        AdValue *all = ad_alloc(sizeof(AdValue) * (total + 1));
        all[0] = callable;
        if (total) memcpy(all + 1, args, sizeof(AdValue) * total);
        return ad_call(f, all, nargs + 1, kwnames);
    }
    AdType *ft = ad_type(f);
    if (ft->descr_get && !(f = ft->descr_get(f, callable, AD_VAL(ad_type(callable))))) return AD_ERROR;
    return ad_call(f, args, nargs, kwnames);
}

/* The attribute access of the nearest builtin type: type's for the classes of a metaclass (their
 * attributes live in their MRO, not in an instance dict), the generic one otherwise. */
static AdValue builtin_getattr(AdValue self, AdValue name) {
    AdGetAttrFn f = (AdGetAttrFn)builtin_slot(ad_type(self), offsetof(AdType, getattr));
    return f ? f(self, name) : ad_generic_getattr(self, name);
}

static int builtin_setattr(AdValue self, AdValue name, AdValue value) {
    AdSetAttrFn f = (AdSetAttrFn)builtin_slot(ad_type(self), offsetof(AdType, setattr));
    return f ? f(self, name, value) : ad_generic_setattr(self, name, value);
}

/* __getattribute__ (when overridden) and __getattr__ (when the normal lookup fails). */
static AdValue slot_getattr(AdValue self, AdValue name) {
    AdType *t = ad_type(self);
    AdValue getattribute = ad_type_lookup(t, name_of("__getattribute__"));
    AdValue r;
    if (getattribute && ad_type(getattribute) == &ad_function_type) {
        r = call1(self, "__getattribute__", name);
    } else {
        r = builtin_getattr(self, name);
    }
    if (r || !ad_err_matches(&ad_AttributeError)) return r;
    if (!ad_type_lookup(t, name_of("__getattr__"))) return r;
    ad_err_clear();
    return call1(self, "__getattr__", name);
}

static int slot_setattr(AdValue self, AdValue name, AdValue value) {
    AdType *t = ad_type(self);
    const char *dunder = value ? "__setattr__" : "__delattr__";
    AdValue f = ad_type_lookup(t, name_of(dunder));
    if (!f || ad_type(f) != &ad_function_type) return builtin_setattr(self, name, value);
    AdValue args[2] = {name, value};
    return call_special(self, dunder, args, value ? 2 : 1) ? 0 : -1;
}

static AdValue slot_descr_get(AdValue descr, AdValue obj, AdValue type) {
    AdValue args[2] = {obj ? obj : AD_NONE, type ? type : AD_NONE};
    return call_special(descr, "__get__", args, 2);
}

static int slot_descr_set(AdValue descr, AdValue obj, AdValue value) {
    AdValue r;
    if (value) {
        AdValue args[2] = {obj, value};
        r = call_special(descr, "__set__", args, 2);
    } else {
        r = call1(descr, "__delete__", obj);
    }
    return r ? 0 : -1;
}

/* Binary operators, as CPython's SLOT1BINFULL: the left operand's __op__, then the right
 * operand's __rop__ (first when its type is a subclass that overrides __rop__). */
static AdValue binary(AdValue a, AdValue b, int op, AdBinaryFn self_slot, const char *name, const char *rname) {
    AdType *ta = ad_type(a), *tb = ad_type(b);
    AdValue rmethod = tb->number[op] == self_slot ? ad_type_lookup(tb, name_of(rname)) : 0;
    int do_other = ta != tb && rmethod;
    if (ta->number[op] == self_slot && ad_type_lookup(ta, name_of(name))) {
        if (do_other && ad_type_is_subtype(tb, ta) && rmethod != ad_type_lookup(ta, name_of(rname))) {
            AdValue r = call1(b, rname, a);
            if (r != AD_NOTIMPL) return r;
            do_other = 0;
        }
        AdValue r = call1(a, name, b);
        if (r != AD_NOTIMPL || ta == tb) return r;
    }
    if (do_other) return call1(b, rname, a);
    return AD_NOTIMPL;
}

#define BINARY_SLOT(fn, op, name, rname)                                      \
    static AdValue fn(AdValue a, AdValue b) { return binary(a, b, op, fn, name, rname); }

BINARY_SLOT(slot_add, AD_OP_ADD, "__add__", "__radd__")
BINARY_SLOT(slot_sub, AD_OP_SUB, "__sub__", "__rsub__")
BINARY_SLOT(slot_mul, AD_OP_MUL, "__mul__", "__rmul__")
BINARY_SLOT(slot_matmul, AD_OP_MATMUL, "__matmul__", "__rmatmul__")
BINARY_SLOT(slot_truediv, AD_OP_TRUEDIV, "__truediv__", "__rtruediv__")
BINARY_SLOT(slot_floordiv, AD_OP_FLOORDIV, "__floordiv__", "__rfloordiv__")
BINARY_SLOT(slot_mod, AD_OP_MOD, "__mod__", "__rmod__")
BINARY_SLOT(slot_pow, AD_OP_POW, "__pow__", "__rpow__")
BINARY_SLOT(slot_lshift, AD_OP_LSHIFT, "__lshift__", "__rlshift__")
BINARY_SLOT(slot_rshift, AD_OP_RSHIFT, "__rshift__", "__rrshift__")
BINARY_SLOT(slot_and, AD_OP_AND, "__and__", "__rand__")
BINARY_SLOT(slot_or, AD_OP_OR, "__or__", "__ror__")
BINARY_SLOT(slot_xor, AD_OP_XOR, "__xor__", "__rxor__")

static const char *const binary_names[AD_OP_COUNT][3] = {
    {"__add__", "__radd__", "__iadd__"}, {"__sub__", "__rsub__", "__isub__"},
    {"__mul__", "__rmul__", "__imul__"}, {"__matmul__", "__rmatmul__", "__imatmul__"},
    {"__truediv__", "__rtruediv__", "__itruediv__"}, {"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
    {"__mod__", "__rmod__", "__imod__"}, {"__pow__", "__rpow__", "__ipow__"},
    {"__lshift__", "__rlshift__", "__ilshift__"}, {"__rshift__", "__rrshift__", "__irshift__"},
    {"__and__", "__rand__", "__iand__"}, {"__or__", "__ror__", "__ior__"}, {"__xor__", "__rxor__", "__ixor__"},
};

#define INPLACE_SLOT(fn, index)                                                          \
    static AdValue fn(AdValue a, AdValue b) { return call1(a, binary_names[index][2], b); }

INPLACE_SLOT(slot_iadd, AD_OP_ADD)
INPLACE_SLOT(slot_isub, AD_OP_SUB)
INPLACE_SLOT(slot_imul, AD_OP_MUL)
INPLACE_SLOT(slot_imatmul, AD_OP_MATMUL)
INPLACE_SLOT(slot_itruediv, AD_OP_TRUEDIV)
INPLACE_SLOT(slot_ifloordiv, AD_OP_FLOORDIV)
INPLACE_SLOT(slot_imod, AD_OP_MOD)
INPLACE_SLOT(slot_ipow, AD_OP_POW)
INPLACE_SLOT(slot_ilshift, AD_OP_LSHIFT)
INPLACE_SLOT(slot_irshift, AD_OP_RSHIFT)
INPLACE_SLOT(slot_iand, AD_OP_AND)
INPLACE_SLOT(slot_ior, AD_OP_OR)
INPLACE_SLOT(slot_ixor, AD_OP_XOR)

static AdValue slot_neg(AdValue self) { return call0(self, "__neg__"); }
static AdValue slot_pos(AdValue self) { return call0(self, "__pos__"); }
static AdValue slot_invert(AdValue self) { return call0(self, "__invert__"); }
static AdValue slot_abs(AdValue self) { return call0(self, "__abs__"); }
static AdValue slot_int(AdValue self) { return call0(self, "__int__"); }
static AdValue slot_float(AdValue self) { return call0(self, "__float__"); }

static AdValue slot_index(AdValue self) {
    AdValue r = call0(self, "__index__");
    if (r && !ad_is_int(r))
        return ad_err_format(&ad_TypeError, "__index__ returned non-int (type %T)", r);
    return r;
}

static AdValue slot_format(AdValue self, AdValue spec) {
    AdValue r = call1(self, "__format__", spec);
    if (r && !ad_is_str(r)) return ad_err_format(&ad_TypeError, "__format__ must return a str, not %T", r);
    return r;
}

/* ========================================================================================== */
/* MARK: Slots of a class                                                                      */
/* ========================================================================================== */

/*
 * A slot of a class is computed from the dunders that feed it, as CPython's update_one_slot does:
 * when the first class along the MRO that defines one of them is a class of the program, the slot
 * is the generic function that calls the dunder; otherwise it is the slot of the nearest builtin
 * type in the MRO (which already holds what that type inherits). Computing it from the MRO rather
 * than from the class's own dict is what lets `class P(ReprMixin, OrderMixin)` get its ordering
 * from the second base.
 */
typedef struct SlotDef {
    size_t offset;             /* of the slot in AdType */
    void *generic;             /* the slot function that calls the dunder */
    const char *names[6];      /* the dunders that feed the slot */
} SlotDef;

#define SLOT(field, fn, ...) {offsetof(AdType, field), (void *)fn, {__VA_ARGS__}}
#define NUMBER(op, fn, ifn, name, rname, iname)                                    \
    {offsetof(AdType, number) + sizeof(AdBinaryFn) * (op), (void *)fn, {name, rname}}, \
    {offsetof(AdType, inplace) + sizeof(AdBinaryFn) * (op), (void *)ifn, {iname}}

static const SlotDef slot_defs[] = {
    SLOT(repr, slot_repr, "__repr__"),
    SLOT(str, slot_str, "__str__"),
    SLOT(hash, slot_hash, "__hash__"),
    SLOT(richcompare, slot_richcompare, "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"),
    SLOT(truth, slot_truth, "__bool__", "__len__"),
    SLOT(len, slot_len, "__len__"),
    SLOT(getitem, slot_getitem, "__getitem__"),
    SLOT(setitem, slot_setitem, "__setitem__", "__delitem__"),
    SLOT(contains, slot_contains, "__contains__"),
    SLOT(iter, slot_iter, "__iter__"),
    SLOT(next, slot_next, "__next__"),
    SLOT(call, slot_call, "__call__"),
    SLOT(getattr, slot_getattr, "__getattribute__", "__getattr__"),
    SLOT(setattr, slot_setattr, "__setattr__", "__delattr__"),
    SLOT(descr_get, slot_descr_get, "__get__"),
    SLOT(descr_set, slot_descr_set, "__set__", "__delete__"),
    SLOT(neg, slot_neg, "__neg__"),
    SLOT(pos, slot_pos, "__pos__"),
    SLOT(invert, slot_invert, "__invert__"),
    SLOT(abs, slot_abs, "__abs__"),
    SLOT(to_int, slot_int, "__int__"),
    SLOT(to_float, slot_float, "__float__"),
    SLOT(index, slot_index, "__index__"),
    SLOT(format, slot_format, "__format__"),
    NUMBER(AD_OP_ADD, slot_add, slot_iadd, "__add__", "__radd__", "__iadd__"),
    NUMBER(AD_OP_SUB, slot_sub, slot_isub, "__sub__", "__rsub__", "__isub__"),
    NUMBER(AD_OP_MUL, slot_mul, slot_imul, "__mul__", "__rmul__", "__imul__"),
    NUMBER(AD_OP_MATMUL, slot_matmul, slot_imatmul, "__matmul__", "__rmatmul__", "__imatmul__"),
    NUMBER(AD_OP_TRUEDIV, slot_truediv, slot_itruediv, "__truediv__", "__rtruediv__", "__itruediv__"),
    NUMBER(AD_OP_FLOORDIV, slot_floordiv, slot_ifloordiv, "__floordiv__", "__rfloordiv__", "__ifloordiv__"),
    NUMBER(AD_OP_MOD, slot_mod, slot_imod, "__mod__", "__rmod__", "__imod__"),
    NUMBER(AD_OP_POW, slot_pow, slot_ipow, "__pow__", "__rpow__", "__ipow__"),
    NUMBER(AD_OP_LSHIFT, slot_lshift, slot_ilshift, "__lshift__", "__rlshift__", "__ilshift__"),
    NUMBER(AD_OP_RSHIFT, slot_rshift, slot_irshift, "__rshift__", "__rrshift__", "__irshift__"),
    NUMBER(AD_OP_AND, slot_and, slot_iand, "__and__", "__rand__", "__iand__"),
    NUMBER(AD_OP_OR, slot_or, slot_ior, "__or__", "__ror__", "__ior__"),
    NUMBER(AD_OP_XOR, slot_xor, slot_ixor, "__xor__", "__rxor__", "__ixor__"),
};

#define SLOT_DEF_COUNT (sizeof slot_defs / sizeof slot_defs[0])

static void update_slot(AdType *t, const SlotDef *d) {
    void **field = (void **)((char *)t + d->offset);
    for (int i = 0; i < 6 && d->names[i]; i++) {
        if (!defined_by_class(t, d->names[i])) continue;
        *field = d->generic;
        /* `__hash__ = None` (explicit, or implied by defining __eq__ alone) makes instances unhashable. */
        if (d->generic == (void *)slot_hash && ad_type_lookup(t, name_of("__hash__")) == AD_NONE)
            *field = (void *)slot_unhashable;
        return;
    }
    *field = builtin_slot(t, d->offset);
}

static int feeds_slot(const SlotDef *d, const char *name) {
    for (int i = 0; i < 6 && d->names[i]; i++)
        if (strcmp(d->names[i], name) == 0) return 1;
    return 0;
}

/*
 * Every class created at run time, held weakly, so that a dunder assigned to a class reaches the
 * slots of its subclasses (types have no list of subclasses). The chunks come from malloc, which
 * the collector does not scan, so the entries do not keep classes alive; each entry is a
 * disappearing link that the collector clears when its class dies. Entries are never reused: a
 * dead class leaves a NULL word behind.
 */
enum { CLASS_CHUNK = 256 };
typedef struct ClassChunk {
    AdType *classes[CLASS_CHUNK];
    int used;
    struct ClassChunk *next;
} ClassChunk;

static ClassChunk *class_chunks;

static void remember_class(AdType *t) {
    if (!class_chunks || class_chunks->used == CLASS_CHUNK) {
        ClassChunk *c = calloc(1, sizeof(ClassChunk));
        if (!c) {
            fputs("adder: out of memory\n", stderr);
            abort();
        }
        c->next = class_chunks;
        class_chunks = c;
    }
    AdType **entry = &class_chunks->classes[class_chunks->used++];
    *entry = t;
    GC_general_register_disappearing_link((void **)entry, t);
}

/* A dunder assigned to the class t (or deleted from it): recompute the slots it feeds, in t and
 * in every live subclass of t. */
void ad_class_update_slot(AdType *t, AdValue name) {
    if (!(t->flags & AD_TPFLAG_HEAPTYPE) || !ad_is_str(name)) return;
    const char *s = ad_str_utf8(name, NULL);
    size_t n = strlen(s);
    if (n <= 4 || s[0] != '_' || s[1] != '_' || s[n - 1] != '_' || s[n - 2] != '_') return;
    for (size_t i = 0; i < SLOT_DEF_COUNT; i++) {
        const SlotDef *d = &slot_defs[i];
        if (!feeds_slot(d, s)) continue;
        update_slot(t, d);
        for (ClassChunk *c = class_chunks; c; c = c->next)
            for (int j = 0; j < c->used; j++) {
                AdType *sub = c->classes[j];
                if (sub && sub != t && ad_type_is_subtype(sub, t)) update_slot(sub, d);
            }
    }
}

/* ========================================================================================== */
/* MARK: Instances                                                                             */
/* ========================================================================================== */

/* The builtin type whose layout a class's instances have: object, or the builtin base. */
AdType *ad_solid_base(AdType *t) {
    while (t->flags & AD_TPFLAG_HEAPTYPE) t = t->base;
    return t;
}

/* The creation of an instance: the class's own __new__, or its solid base's constructor. */
static AdValue create_instance(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue new_fn = ad_type_lookup(type, name_of("__new__"));
    if (new_fn && ad_type(new_fn) == &ad_staticmethod_type) new_fn = ad_getattr_cstr(new_fn, "__func__");
    if (new_fn && ad_type(new_fn) == &ad_function_type) {
        size_t total = nargs + (kwnames ? (size_t)ad_tuple_len(kwnames) : 0);
        AdValue *all = ad_alloc(sizeof(AdValue) * (total + 1));
        all[0] = AD_VAL(type);
        if (total) memcpy(all + 1, args, sizeof(AdValue) * total);
        return ad_call(new_fn, all, nargs + 1, kwnames);
    }
    AdType *solid = ad_solid_base(type);
    if (solid == &ad_object_type) return AD_VAL(ad_new_object(type, type->instance_size));
    if (!solid->construct) return ad_err_format(&ad_TypeError, "cannot create '%s' instances", type->name);
    /* BaseException.__new__ keeps the positional arguments as args and ignores the keywords (only
     * its __init__ rejects them), so an exception class with its own __init__ takes keywords. */
    if ((solid->flags & AD_TPFLAG_BASE_EXC_SUBCLASS) && defined_by_class(type, "__init__")) kwnames = 0;
    return solid->construct(type, args, nargs, kwnames);
}

static int is_object_method(AdValue f, const char *name) {
    return f == ad_dict_get_cstr(ad_object_type.dict, name);
}

/* Calling a class: __new__, then __init__ when __new__ made an instance of the class. */
static AdValue class_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    size_t nkw = kwnames ? (size_t)ad_tuple_len(kwnames) : 0;
    AdValue init = ad_type_lookup(type, name_of("__init__"));
    AdValue new_fn = ad_type_lookup(type, name_of("__new__"));
    /* Builtin bases other than object construct through their own slot, not object.__new__. */
    if ((nargs || nkw) && is_object_method(init, "__init__") && is_object_method(new_fn, "__new__") &&
        ad_solid_base(type) == &ad_object_type)
        return ad_err_format(&ad_TypeError, "%U() takes no arguments", type->name_str);
    AdValue self = create_instance(type, args, nargs, kwnames);
    if (!self || !ad_isinstance_type(self, type) || is_object_method(init, "__init__")) return self;
    size_t total = nargs + nkw;
    AdValue *all = ad_alloc(sizeof(AdValue) * (total + 1));
    all[0] = self;
    if (total) memcpy(all + 1, args, sizeof(AdValue) * total);
    AdValue r;
    if (ad_type(init) == &ad_function_type) {
        r = ad_call(init, all, nargs + 1, kwnames);
    } else {
        AdType *it = ad_type(init);
        AdValue bound = it->descr_get ? it->descr_get(init, self, AD_VAL(type)) : init;
        r = bound ? ad_call(bound, args, nargs, kwnames) : AD_ERROR;
    }
    if (!r) return AD_ERROR;
    if (r != AD_NONE) return ad_err_format(&ad_TypeError, "__init__() should return None, not '%T'", r);
    return self;
}

static AdValue instance_get_dict(AdValue self) {
    AdType *t = ad_type(self);
    AdValue *slot = (AdValue *)((char *)AD_OBJ(self) + t->dict_offset);
    if (!*slot) *slot = ad_dict_new();
    return *slot;
}

static int instance_set_dict(AdValue self, AdValue value) {
    if (!value || !ad_isinstance_type(value, &ad_dict_type)) {
        ad_err_format(&ad_TypeError, "__dict__ must be set to a dictionary, not a '%T'", value ? value : AD_NONE);
        return -1;
    }
    AdType *t = ad_type(self);
    *(AdValue *)((char *)AD_OBJ(self) + t->dict_offset) = value;
    return 0;
}

static const AdGetSetDef instance_dict_getset = {"__dict__", instance_get_dict, instance_set_dict};

/* ========================================================================================== */
/* MARK: Creating classes                                                                      */
/* ========================================================================================== */

/* ---- __slots__ ------------------------------------------------------------------------------ */

/* A class with __slots__ stores each slot in a field of its instances (at `offset`, 0 while unset)
 * behind a member descriptor in its dict; without '__dict__' among the slots (and no base with an
 * instance dict) its instances have no dict, so other attributes cannot be set. */
typedef struct MemberDescr {
    AdObject ob;
    AdValue name;
    AdType *owner;
    uint32_t offset;
} MemberDescr;

static AdType member_descr_type;

static int member_check(MemberDescr *d, AdValue obj) {
    if (ad_isinstance_type(obj, d->owner)) return 0;
    ad_err_format(&ad_TypeError, "descriptor '%U' for '%s' objects doesn't apply to a '%T' object", d->name,
                  d->owner->name, obj);
    return -1;
}

static AdValue member_descr_get(AdValue descr, AdValue obj, AdValue type) {
    MemberDescr *d = AD_AS(MemberDescr, descr);
    if (!obj || obj == AD_NONE) return descr;
    if (member_check(d, obj) < 0) return AD_ERROR;
    AdValue v = *(AdValue *)((char *)AD_OBJ(obj) + d->offset);
    if (!v) {
        ad_err_format(&ad_AttributeError, "'%T' object has no attribute '%U'", obj, d->name);
        ad_err_attribute_info(obj, d->name);
    }
    return v;
}

static int member_descr_set(AdValue descr, AdValue obj, AdValue value) {
    MemberDescr *d = AD_AS(MemberDescr, descr);
    if (member_check(d, obj) < 0) return -1;
    AdValue *field = (AdValue *)((char *)AD_OBJ(obj) + d->offset);
    if (!value && !*field) {
        ad_err_format(&ad_AttributeError, "%U", d->name);
        return -1;
    }
    *field = value;
    return 0;
}

static AdValue member_descr_repr(AdValue self) {
    MemberDescr *d = AD_AS(MemberDescr, self);
    return ad_sprintf("<member '%s' of '%s' objects>", ad_str_utf8(d->name, NULL), d->owner->name);
}

static AdValue member_get_name(AdValue self) { return AD_AS(MemberDescr, self)->name; }
static AdValue member_get_objclass(AdValue self) { return AD_VAL(AD_AS(MemberDescr, self)->owner); }

static const AdGetSetDef member_getsets[] = {
    {"__name__", member_get_name, NULL},
    {"__qualname__", member_get_name, NULL},
    {"__objclass__", member_get_objclass, NULL},
    {NULL, NULL, NULL},
};

static AdType member_descr_type = {
    .ob = {&ad_type_type},
    .name = "member_descriptor",
    .instance_size = sizeof(MemberDescr),
    .repr = member_descr_repr,
    .descr_get = member_descr_get,
    .descr_set = member_descr_set,
};

/* A private slot name (__x, not __x__) is mangled with the class name, as identifiers are. */
static AdValue mangle_slot_name(AdValue class_name, AdValue name) {
    const char *n = ad_str_utf8(name, NULL), *c = ad_str_utf8(class_name, NULL);
    size_t len = strlen(n);
    if (len < 3 || n[0] != '_' || n[1] != '_' || (n[len - 1] == '_' && n[len - 2] == '_')) return name;
    while (*c == '_') c++;
    if (!*c) return name;
    return ad_sprintf("_%s%s", c, n);
}

/* The names listed by __slots__ (a str or an iterable of str), or 0 with TypeError. */
static AdValue slot_names(AdValue slots) {
    if (ad_is_str(slots)) return ad_tuple_from_array(&slots, 1);
    AdValue names = ad_call1(AD_VAL(&ad_tuple_type), slots);
    if (!names) return AD_ERROR;
    for (int64_t i = 0; i < ad_tuple_len(names); i++)
        if (!ad_is_str(ad_tuple_get(names, i)))
            return ad_err_format(&ad_TypeError, "__slots__ items must be strings, not '%T'", ad_tuple_get(names, i));
    return names;
}

/* Lays out the slots of class t (whose instance_size is its base's so far): a field and a member
 * descriptor for each, and *wants_dict when '__dict__' is among them. 0, or -1 with an error. */
static int add_slots(AdType *t, AdValue slots, int base_has_dict, int *wants_dict) {
    AdValue names = slot_names(slots);
    if (!names) return -1;
    *wants_dict = 0;
    for (int64_t i = 0; i < ad_tuple_len(names); i++) {
        AdValue name = ad_tuple_get(names, i);
        const char *n = ad_str_utf8(name, NULL);
        if (strcmp(n, "__weakref__") == 0) continue;
        if (strcmp(n, "__dict__") == 0) {
            if (base_has_dict || *wants_dict) {
                ad_err_set(&ad_TypeError, "__dict__ slot disallowed: we already got one");
                return -1;
            }
            *wants_dict = 1;
            continue;
        }
        name = ad_str_intern(mangle_slot_name(t->name_str, name));
        AdValue existing;
        if (ad_dict_lookup(t->dict, name, &existing) == 1) {
            ad_err_format(&ad_ValueError, "%R in __slots__ conflicts with class variable", name);
            return -1;
        }
        MemberDescr *d = (MemberDescr *)ad_new_object(&member_descr_type, sizeof(MemberDescr));
        d->name = name;
        d->owner = t;
        d->offset = t->instance_size;
        t->instance_size += sizeof(AdValue);
        if (ad_dict_set(t->dict, name, AD_VAL(d)) < 0) return -1;
    }
    return 0;
}

/* Whether heap type t's instances have fields of their own for slots (beyond an instance dict). */
static int adds_slot_fields(AdType *t) {
    uint32_t added = t->instance_size - t->base->instance_size;
    if (t->dict_offset && !t->base->dict_offset) added -= sizeof(AdValue);
    return added != 0;
}

/* The type whose instance layout t's instances have, for lay-out conflicts: as CPython's solid_base,
 * a class with slot fields counts, and builtin types that add no fields to their base's layout
 * (ValueError over BaseException) do not, so that class E(OSError, ValueError) is allowed. */
static AdType *layout_base(AdType *t) {
    while ((t->flags & AD_TPFLAG_HEAPTYPE) && !adds_slot_fields(t)) t = t->base;
    if (t->flags & AD_TPFLAG_HEAPTYPE) return t;
    while (t->base && t->instance_size != 0 && t->instance_size == t->base->instance_size &&
           t->dict_offset == t->base->dict_offset)
        t = t->base;
    return t;
}

/* CPython's best_base: the base whose solid layout extends all the others'. */
static AdType *best_base(AdValue bases) {
    AdType *best = NULL, *best_solid = NULL;
    for (int64_t i = 0; i < ad_tuple_len(bases); i++) {
        AdValue b = ad_tuple_get(bases, i);
        if (ad_is_small(b) || !ad_isinstance_type(b, &ad_type_type)) {
            ad_err_format(&ad_TypeError, "bases must be types");
            return NULL;
        }
        AdType *bt = AD_AS(AdType, b);
        if (!(bt->flags & AD_TPFLAG_BASETYPE)) {
            ad_err_format(&ad_TypeError, "type '%s' is not an acceptable base type", bt->name);
            return NULL;
        }
        AdType *solid = layout_base(bt);
        if (best && ad_type_is_subtype(best_solid, solid)) continue;   /* an earlier base extends it */
        if (best && !ad_type_is_subtype(solid, best_solid)) {
            ad_err_set(&ad_TypeError, "multiple bases have instance lay-out conflict");
            return NULL;
        }
        best = bt;
        best_solid = solid;
    }
    return best;
}

static char *c_string(AdValue s) {
    size_t len;
    const char *utf8 = ad_str_utf8(s, &len);
    char *copy = ad_alloc_atomic(len + 1);
    memcpy(copy, utf8, len + 1);
    return copy;
}

/* A failing __set_name__ becomes, as in CPython 3.11, a RuntimeError caused by the original error. */
static AdValue set_name_error(AdValue descr, AdValue name, AdType *owner) {
    AdValue cause = ad_err_fetch();
    ad_err_format(&ad_RuntimeError, "Error calling __set_name__ on '%T' instance %R in '%s'", descr, name,
                  owner->name);
    AdException *e = AD_AS(AdException, ad_err_peek());
    e->cause = e->context = cause;
    e->suppress_context = 1;
    return AD_ERROR;
}

/* type.__new__'s argument checks: 0, or -1 with TypeError. */
static int check_class_args(AdValue name, AdValue bases, AdValue ns) {
    if (!ad_is_str(name)) ad_err_format(&ad_TypeError, "type.__new__() argument 1 must be str, not %T", name);
    else if (!ad_isinstance_type(bases, &ad_tuple_type))
        ad_err_format(&ad_TypeError, "type.__new__() argument 2 must be tuple, not %T", bases);
    else if (!ad_isinstance_type(ns, &ad_dict_type))
        ad_err_format(&ad_TypeError, "type.__new__() argument 3 must be dict, not %T", ns);
    else return 0;
    return -1;
}

AdValue ad_class_new(AdType *meta, AdValue name, AdValue bases, AdValue ns) {
    if (check_class_args(name, bases, ns) < 0) return AD_ERROR;
    if (ad_tuple_len(bases) == 0) {
        AdValue object = AD_VAL(&ad_object_type);
        bases = ad_tuple_from_array(&object, 1);
    }
    AdType *base = best_base(bases);
    if (!base) return AD_ERROR;
    AdType *t = ad_alloc(sizeof(AdType));
    t->ob.type = meta;
    t->name = c_string(name);
    t->name_str = ad_str_intern(name);
    /* A library module standing in for a C module names its types as CPython's C types are
     * named in messages ('datetime.date'): __adder_tp_name__ in the namespace, not inherited. */
    AdValue tp_name = ad_dict_get_cstr(ns, "__adder_tp_name__");
    if (tp_name && ad_is_str(tp_name)) t->name = c_string(tp_name);
    t->flags = AD_TPFLAG_HEAPTYPE | AD_TPFLAG_BASETYPE;
    t->base = base;
    t->bases = bases;
    t->dict = ad_dict_new();
    if (ad_dict_update(t->dict, ns) < 0) return AD_ERROR;
    if (tp_name && ad_dict_del(t->dict, name_of("__adder_tp_name__")) < 0) return AD_ERROR;
    AdValue qualname = ad_dict_get_cstr(t->dict, "__qualname__");
    if (qualname) {
        if (!ad_is_str(qualname))
            return ad_err_format(&ad_TypeError, "type __qualname__ must be a str, not %T", qualname);
        ad_dict_del(t->dict, name_of("__qualname__"));
    }
    t->qualname = qualname ? qualname : t->name_str;
    /* CPython takes a missing __module__ (type(name, bases, dict)) from the caller's globals; a
     * program is one module, __main__ (functions' __module__ says the same, see call.c). */
    AdValue module = ad_dict_get_cstr(t->dict, "__module__");
    if (!module) {
        module = name_of("__main__");
        if (ad_dict_set_cstr(t->dict, "__module__", module) < 0) return AD_ERROR;
    }
    t->module = module;
    if (!ad_dict_get_cstr(t->dict, "__doc__") && ad_dict_set_cstr(t->dict, "__doc__", AD_NONE) < 0) return AD_ERROR;
    /* Layout: the solid base's, plus an instance dict where the base has none (not possible for
     * variable-size bases such as str and tuple, whose instances then have no __dict__). Instances
     * of int subclasses are fixed-size (an mpz header, limbs elsewhere) and get one. */
    AdType *solid = ad_solid_base(base);
    t->instance_size = base->instance_size;
    t->dict_offset = base->dict_offset;
    int variable_size = solid == &ad_str_type || solid == &ad_tuple_type || solid == &ad_bytes_type;
    int wants_dict = 1;
    AdValue slots = ad_dict_get_cstr(t->dict, "__slots__");
    if (slots) {
        int base_has_dict = 0;
        for (int64_t i = 0; i < ad_tuple_len(bases); i++)
            if (AD_AS(AdType, ad_tuple_get(bases, i))->dict_offset) base_has_dict = 1;
        uint32_t size_before = t->instance_size;
        if (add_slots(t, slots, base_has_dict, &wants_dict) < 0) return AD_ERROR;
        if (variable_size && t->instance_size != size_before)
            return ad_err_format(&ad_TypeError, "nonempty __slots__ not supported for subtype of '%s'", solid->name);
        wants_dict |= base_has_dict;
    }
    /* A metaclass's instances are classes, whose attributes live in their own dict. */
    if (!t->dict_offset && !variable_size && solid != &ad_type_type && wants_dict) {
        t->dict_offset = t->instance_size;
        t->instance_size += sizeof(AdValue);
        if (!ad_dict_get_cstr(t->dict, "__dict__")) {
            AdValue d = ad_getset_descr_new(t, &instance_dict_getset);
            if (!d || ad_dict_set_cstr(t->dict, "__dict__", d) < 0) return AD_ERROR;
        }
    }
    for (int64_t i = 0; i < ad_tuple_len(bases); i++)
        for (int64_t j = i + 1; j < ad_tuple_len(bases); j++)
            if (ad_tuple_get(bases, i) == ad_tuple_get(bases, j))
                return ad_err_format(&ad_TypeError, "duplicate base class %U",
                                     AD_AS(AdType, ad_tuple_get(bases, i))->name_str);
    AdValue mro = ad_type_compute_mro(t, bases);
    if (!mro) return AD_ERROR;
    t->mro = mro;
    t->construct = class_construct;
    /* A class that defines __eq__ but not __hash__ is unhashable, as in CPython. */
    if (ad_dict_get_cstr(t->dict, "__eq__") && !ad_dict_get_cstr(t->dict, "__hash__") &&
        ad_dict_set_cstr(t->dict, "__hash__", AD_NONE) < 0)
        return AD_ERROR;
    /* Functions named __new__, __init_subclass__ and __class_getitem__ are implicitly static or
     * class methods. */
    AdValue new_fn = ad_dict_get_cstr(t->dict, "__new__");
    if (new_fn && ad_type(new_fn) == &ad_function_type) {
        AdValue sm = ad_call1(AD_VAL(&ad_staticmethod_type), new_fn);
        if (!sm || ad_dict_set_cstr(t->dict, "__new__", sm) < 0) return AD_ERROR;
    }
    static const char *const implicit_classmethods[] = {"__init_subclass__", "__class_getitem__"};
    for (int i = 0; i < 2; i++) {
        AdValue f = ad_dict_get_cstr(t->dict, implicit_classmethods[i]);
        if (f && ad_type(f) == &ad_function_type) {
            AdValue cm = ad_call1(AD_VAL(&ad_classmethod_type), f);
            if (!cm || ad_dict_set_cstr(t->dict, implicit_classmethods[i], cm) < 0) return AD_ERROR;
        }
    }
    ad_type_ready(t, NULL, NULL);
    if (ad_err_occurred()) return AD_ERROR;
    for (size_t i = 0; i < SLOT_DEF_COUNT; i++) update_slot(t, &slot_defs[i]);
    remember_class(t);
    /* The __class__ cell of methods that use super() or __class__. */
    AdValue cell = ad_dict_get_cstr(t->dict, "__classcell__");
    if (cell) {
        if (ad_type(cell) != &ad_cell_type)
            return ad_err_format(&ad_TypeError, "__classcell__ must be a nonlocal cell, not %T", cell);
        AD_AS(AdCell, cell)->value = AD_VAL(t);
        ad_dict_del(t->dict, name_of("__classcell__"));
    }
    /* __set_name__ of the descriptors in the namespace, then the bases' __init_subclass__. */
    AdValue key, value;
    int64_t pos = 0;
    while (ad_dict_next(t->dict, &pos, &key, &value)) {
        AdValue set_name = ad_type_lookup(ad_type(value), name_of("__set_name__"));
        if (!set_name) continue;
        AdValue args[2] = {AD_VAL(t), key};
        if (!call_special(value, "__set_name__", args, 2)) return set_name_error(value, key, t);
    }
    ad_type_modified(t);
    return AD_VAL(t);
}

/* Call super(t, t).__init_subclass__(**kwargs). */
static int init_subclass(AdType *t, const AdValue *kwargs, AdValue kwnames) {
    AdValue super_args[2] = {AD_VAL(t), AD_VAL(t)};
    AdValue super = ad_call(AD_VAL(&ad_super_type), super_args, 2, 0);
    if (!super) return -1;
    AdValue f = ad_getattr_cstr(super, "__init_subclass__");
    if (!f) return -1;
    return ad_call(f, kwargs, 0, kwnames) ? 0 : -1;
}

/* ========================================================================================== */
/* MARK: __build_class__ and type(name, bases, dict)                                          */
/* ========================================================================================== */

/* The metaclass of a class: the explicit one, else the most derived metaclass of the bases. */
static AdValue calculate_metaclass(AdValue meta, AdValue bases) {
    AdType *winner = meta ? NULL : &ad_type_type;
    if (meta) {
        if (ad_is_small(meta) || !ad_isinstance_type(meta, &ad_type_type)) return meta;
        winner = AD_AS(AdType, meta);
    }
    for (int64_t i = 0; i < ad_tuple_len(bases); i++) {
        AdType *bt = ad_type(ad_tuple_get(bases, i));
        if (ad_type_is_subtype(winner, bt)) continue;
        if (ad_type_is_subtype(bt, winner)) {
            winner = bt;
            continue;
        }
        return ad_err_set(&ad_TypeError, "metaclass conflict: the metaclass of a derived class must be a (non-strict) "
                                         "subclass of the metaclasses of all its bases");
    }
    return AD_VAL(winner);
}

/* PEP 560: a base that is not a class but has __mro_entries__ (list[int], typing.Generic[T]) is
 * replaced by the tuple that method returns for the original bases. */
static AdValue resolve_bases(AdValue bases) {
    AdValue resolved = 0;
    for (int64_t i = 0; i < ad_tuple_len(bases); i++) {
        AdValue base = ad_tuple_get(bases, i);
        if (!ad_is_small(base) && (ad_type(base)->flags & AD_TPFLAG_TYPE_SUBCLASS)) {
            if (resolved && ad_list_append(resolved, base) < 0) return AD_ERROR;
            continue;
        }
        AdValue entries_fn = ad_getattr_opt(base, name_of("__mro_entries__"));
        if (!entries_fn && ad_err_occurred()) return AD_ERROR;
        if (!entries_fn) {
            if (resolved && ad_list_append(resolved, base) < 0) return AD_ERROR;
            continue;
        }
        AdValue entries = ad_call1(entries_fn, bases);
        if (!entries) return AD_ERROR;
        if (ad_is_small(entries) || !ad_isinstance_type(entries, &ad_tuple_type))
            return ad_err_set(&ad_TypeError, "__mro_entries__ must return a tuple");
        if (!resolved) {
            resolved = ad_list_new(0);
            for (int64_t j = 0; j < i; j++)
                if (ad_list_append(resolved, ad_tuple_get(bases, j)) < 0) return AD_ERROR;
        }
        for (int64_t j = 0; j < ad_tuple_len(entries); j++)
            if (ad_list_append(resolved, ad_tuple_get(entries, j)) < 0) return AD_ERROR;
    }
    if (!resolved) return bases;
    return ad_tuple_from_array(AD_AS(AdList, resolved)->items, (size_t)AD_AS(AdList, resolved)->len);
}

/* __build_class__(func, name, *bases, metaclass=None, **kwds): run the class body `func` on a new
 * namespace, then call the metaclass with (name, bases, namespace). */
static AdValue builtin_build_class(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (nargs < 2) return ad_err_set(&ad_TypeError, "__build_class__: not enough arguments");
    AdValue body = args[0], name = args[1];
    if (ad_type(body) != &ad_function_type) return ad_err_set(&ad_TypeError, "__build_class__: func must be a function");
    if (!ad_is_str(name)) return ad_err_set(&ad_TypeError, "__build_class__: name is not a string");
    AdValue orig_bases = ad_tuple_from_array(args + 2, nargs - 2);
    if (!orig_bases) return AD_ERROR;
    AdValue bases = resolve_bases(orig_bases);
    if (!bases) return AD_ERROR;
    /* Separate metaclass= from the keywords passed on to the metaclass and __init_subclass__. */
    AdValue meta = 0;
    size_t nkw = kwnames ? (size_t)ad_tuple_len(kwnames) : 0;
    AdValue *kwvalues = ad_alloc(sizeof(AdValue) * (nkw + 1));
    AdValue rest_names = ad_tuple_new((int64_t)nkw);
    size_t nrest = 0;
    for (size_t i = 0; i < nkw; i++) {
        AdValue k = ad_tuple_get(kwnames, (int64_t)i);
        if (ad_str_eq_cstr(k, "metaclass")) {
            meta = args[nargs + i];
        } else {
            AD_AS(AdTuple, rest_names)->items[nrest] = k;
            kwvalues[nrest++] = args[nargs + i];
        }
    }
    AD_AS(AdTuple, rest_names)->len = (int64_t)nrest;
    meta = calculate_metaclass(meta, bases);
    if (!meta) return AD_ERROR;
    /* The namespace: a dict, or the mapping the metaclass's __prepare__(name, bases, **kwds) returns. */
    AdValue ns;
    AdValue prepare = ad_getattr_opt(meta, name_of("__prepare__"));
    if (prepare) {
        AdValue *pargs = ad_alloc(sizeof(AdValue) * (2 + nrest));
        pargs[0] = name;
        pargs[1] = bases;
        for (size_t i = 0; i < nrest; i++) pargs[2 + i] = kwvalues[i];
        ns = ad_call(prepare, pargs, 2, nrest ? rest_names : 0);
        if (!ns) return AD_ERROR;
        if (!ad_type(ns)->getitem) {
            int isclass = !ad_is_small(meta) && ad_isinstance_type(meta, &ad_type_type);
            return ad_err_format(&ad_TypeError, "%s.__prepare__() must return a mapping, not %T",
                                 isclass ? AD_AS(AdType, meta)->name : "<metaclass>", ns);
        }
    } else {
        if (ad_err_occurred()) return AD_ERROR;
        ns = ad_dict_new();
    }
    if (!ad_call1(body, ns)) return AD_ERROR;
    if (bases != orig_bases && ad_setitem(ns, name_of("__orig_bases__"), orig_bases) < 0) return AD_ERROR;
    AdValue cls;
    if (meta == AD_VAL(&ad_type_type)) {
        cls = ad_class_new(&ad_type_type, name, bases, ns);
        if (cls && init_subclass(AD_AS(AdType, cls), kwvalues, nrest ? rest_names : 0) < 0) return AD_ERROR;
    } else {
        AdValue *margs = ad_alloc(sizeof(AdValue) * (3 + nrest));
        margs[0] = name;
        margs[1] = bases;
        margs[2] = ns;
        for (size_t i = 0; i < nrest; i++) margs[3 + i] = kwvalues[i];
        cls = ad_call(meta, margs, 3, nrest ? rest_names : 0);
    }
    return cls;
}

static const AdMethodDef build_class_def = {"__build_class__", builtin_build_class, 0};

/* type(name, bases, dict) and the construction of metaclasses' instances. */
static AdValue type_construct(AdType *meta, const AdValue *args, size_t nargs, AdValue kwnames) {
    size_t nkw = kwnames ? (size_t)ad_tuple_len(kwnames) : 0;
    if (meta == &ad_type_type && nargs == 1 && nkw == 0) return AD_VAL(ad_type(args[0]));
    if (nargs != 3) return ad_err_set(&ad_TypeError, "type() takes 1 or 3 arguments");
    if (check_class_args(args[0], args[1], args[2]) < 0) return AD_ERROR;
    /* As for a class statement, the most derived metaclass of the bases wins; when it has a
     * __new__ of its own, that makes the class (its __init__ is not called, as in CPython). */
    AdValue winner = calculate_metaclass(AD_VAL(meta), args[1]);
    if (!winner) return AD_ERROR;
    if (winner != AD_VAL(meta)) {
        meta = AD_AS(AdType, winner);
        if (defined_by_class(meta, "__new__")) return create_instance(meta, args, nargs, kwnames);
    }
    AdValue cls = ad_class_new(meta, args[0], args[1], args[2]);
    if (cls && init_subclass(AD_AS(AdType, cls), args + 3, nkw ? kwnames : 0) < 0) return AD_ERROR;
    return cls;
}

/* ========================================================================================== */
/* MARK: super                                                                                 */
/* ========================================================================================== */

typedef struct AdSuper {
    AdObject ob;
    AdType *type;          /* the class whose successors are searched */
    AdValue obj;           /* the instance (or class) the attributes bind to */
    AdType *obj_type;      /* whose MRO is searched */
} AdSuper;

static AdValue super_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (kwnames && ad_tuple_len(kwnames)) return ad_err_set(&ad_TypeError, "super() takes no keyword arguments");
    if (nargs == 0) return ad_err_set(&ad_RuntimeError, "super(): no arguments");
    if (nargs > 2) return ad_err_format(&ad_TypeError, "super() takes at most 2 arguments (%zu given)", nargs);
    AdValue t = args[0];
    if (ad_is_small(t) || !ad_isinstance_type(t, &ad_type_type))
        return ad_err_format(&ad_TypeError, "super() argument 1 must be a type, not %T", t);
    AdSuper *s = (AdSuper *)ad_new_object(type, sizeof(AdSuper));
    s->type = AD_AS(AdType, t);
    if (nargs == 2) {
        AdValue obj = args[1];
        if (!ad_is_small(obj) && ad_isinstance_type(obj, &ad_type_type) &&
            ad_type_is_subtype(AD_AS(AdType, obj), s->type)) {
            s->obj_type = AD_AS(AdType, obj);
        } else if (ad_isinstance_type(obj, s->type)) {
            s->obj_type = ad_type(obj);
        } else {
            return ad_err_set(&ad_TypeError, "super(type, obj): obj must be an instance or subtype of type");
        }
        s->obj = obj;
    }
    return AD_VAL(s);
}

static AdValue super_getattr(AdValue self, AdValue name) {
    AdSuper *s = AD_AS(AdSuper, self);
    if (s->obj_type && !ad_str_eq_cstr(name, "__class__")) {
        AdTuple *mro = AD_AS(AdTuple, s->obj_type->mro);
        int64_t i = 0;
        while (i < mro->len && mro->items[i] != AD_VAL(s->type)) i++;
        for (i++; i < mro->len; i++) {
            AdType *t = AD_AS(AdType, mro->items[i]);
            AdValue v;
            int found = ad_dict_lookup(t->dict, name, &v);
            if (found < 0) return AD_ERROR;
            if (!found) continue;
            AdDescrGetFn get = ad_type(v)->descr_get;
            if (!get) return v;
            AdValue obj = s->obj == AD_VAL(s->obj_type) ? 0 : s->obj;
            return get(v, obj, AD_VAL(s->obj_type));
        }
    }
    return ad_generic_getattr(self, name);
}

static AdValue super_repr(AdValue self) {
    AdSuper *s = AD_AS(AdSuper, self);
    if (s->obj_type) return ad_sprintf("<super: <class '%s'>, <%s object>>", s->type->name, s->obj_type->name);
    return ad_sprintf("<super: <class '%s'>, NULL>", s->type->name);
}

static AdValue super_get_thisclass(AdValue self) { return AD_VAL(AD_AS(AdSuper, self)->type); }
static AdValue super_get_self(AdValue self) {
    AdValue obj = AD_AS(AdSuper, self)->obj;
    return obj ? obj : AD_NONE;
}

static const AdGetSetDef super_getsets[] = {
    {"__thisclass__", super_get_thisclass, NULL},
    {"__self__", super_get_self, NULL},
    {NULL, NULL, NULL},
};

AdType ad_super_type = {
    .ob = {&ad_type_type},
    .name = "super",
    .flags = AD_TPFLAG_BASETYPE,
    .instance_size = sizeof(AdSuper),
    .repr = super_repr,
    .getattr = super_getattr,
    .construct = super_construct,
};

/* ========================================================================================== */
/* MARK: Start-up                                                                              */
/* ========================================================================================== */

/* object.__init_subclass__(): the end of the chain; it takes no keyword arguments. */
static AdValue object_init_subclass(AdValue cls, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (nargs) return ad_err_format(&ad_TypeError, "%U.__init_subclass__() takes no arguments (%zu given)",
                                    AD_AS(AdType, cls)->qualname, nargs);
    if (kwnames && ad_tuple_len(kwnames))
        return ad_err_format(&ad_TypeError, "%U.__init_subclass__() takes no keyword arguments",
                             AD_AS(AdType, cls)->qualname);
    return AD_NONE;
}

static const AdMethodDef object_class_methods[] = {
    {"__init_subclass__", object_init_subclass, AD_METH_CLASS},
    {NULL, NULL, 0},
};

/* type.__init__(cls, name, bases, dict, **kwds): __new__ did the work; a metaclass's __init__
 * calls it through super() with the class statement's arguments. */
static AdValue type_init(AdValue cls, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (nargs == 1 && kwnames && ad_tuple_len(kwnames))
        return ad_err_set(&ad_TypeError, "type.__init__() takes no keyword arguments");
    if (nargs != 1 && nargs != 3) return ad_err_set(&ad_TypeError, "type.__init__() takes 1 or 3 arguments");
    return AD_NONE;
}

/*
 * X.__new__(cls, *args) for the builtin types: what calling X does for its subclass cls, without
 * __init__, so that a class's own __new__ can call super().__new__(cls, value). CPython exposes
 * every type's tp_new this way; here the builtin types have a construct slot, which creates a
 * bare instance for a subclass of a mutable type and the value for an immutable one. (object's
 * and the exceptions' __new__ are defined with their types.)
 */
static AdValue builtin_new(AdType *owner, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (nargs < 1) return ad_err_format(&ad_TypeError, "%s.__new__(): not enough arguments", owner->name);
    AdValue cls = args[0];
    if (ad_is_small(cls) || !ad_isinstance_type(cls, &ad_type_type))
        return ad_err_format(&ad_TypeError, "%s.__new__(X): X is not a type object (%T)", owner->name, cls);
    AdType *t = AD_AS(AdType, cls);
    if (!ad_type_is_subtype(t, owner))
        return ad_err_format(&ad_TypeError, "%s.__new__(%s): %s is not a subtype of %s", owner->name, t->name,
                             t->name, owner->name);
    return owner->construct(t, args + 1, nargs - 1, kwnames);
}

#define BUILTIN_NEW(owner)                                                                        \
    static AdValue owner##_new(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) { \
        return builtin_new(&owner, args, nargs, kwnames);                                          \
    }                                                                                             \
    static const AdMethodDef owner##_new_def[] = {{"__new__", owner##_new, AD_METH_STATIC}, {NULL, NULL, 0}};

BUILTIN_NEW(ad_type_type)
BUILTIN_NEW(ad_int_type)
BUILTIN_NEW(ad_float_type)
BUILTIN_NEW(ad_complex_type)
BUILTIN_NEW(ad_str_type)
BUILTIN_NEW(ad_bytes_type)
BUILTIN_NEW(ad_tuple_type)
BUILTIN_NEW(ad_list_type)
BUILTIN_NEW(ad_dict_type)
BUILTIN_NEW(ad_set_type)
BUILTIN_NEW(ad_frozenset_type)

static const AdMethodDef type_methods[] = {
    {"__init__", type_init, 0},
    {NULL, NULL, 0},
};

void ad_init_classes(void) {
    ad_type_type.construct = type_construct;
    ad_type_ready(&ad_object_type, object_class_methods, NULL);
    ad_type_ready(&ad_type_type, type_methods, NULL);
    ad_type_ready(&ad_type_type, ad_type_type_new_def, NULL);
    ad_type_ready(&ad_int_type, ad_int_type_new_def, NULL);
    ad_type_ready(&ad_float_type, ad_float_type_new_def, NULL);
    ad_type_ready(&ad_complex_type, ad_complex_type_new_def, NULL);
    ad_type_ready(&ad_str_type, ad_str_type_new_def, NULL);
    ad_type_ready(&ad_bytes_type, ad_bytes_type_new_def, NULL);
    ad_type_ready(&ad_tuple_type, ad_tuple_type_new_def, NULL);
    ad_type_ready(&ad_list_type, ad_list_type_new_def, NULL);
    ad_type_ready(&ad_dict_type, ad_dict_type_new_def, NULL);
    ad_type_ready(&ad_set_type, ad_set_type_new_def, NULL);
    ad_type_ready(&ad_frozenset_type, ad_frozenset_type_new_def, NULL);
    ad_type_ready(&ad_super_type, NULL, super_getsets);
    ad_type_ready(&member_descr_type, NULL, member_getsets);
    ad_dict_set_cstr(AD_AS(AdModule, ad_builtins_module)->dict, "super", AD_VAL(&ad_super_type));
    ad_dict_set_cstr(AD_AS(AdModule, ad_builtins_module)->dict, "__build_class__",
                     ad_builtin_new(&build_class_def, ad_builtins_module));
}

/* ========================================================================================== */
/* MARK: The with statement                                                                    */
/* ========================================================================================== */

/* A special method of v's type bound to v, or 0 (no exception) if the type has none. */
static AdValue bound_special(AdValue v, const char *name) {
    AdValue f = ad_type_lookup(ad_type(v), name_of(name));
    if (!f) return 0;
    AdDescrGetFn get = ad_type(f)->descr_get;
    return get ? get(f, v, AD_VAL(ad_type(v))) : f;
}

AdValue ad_with_enter(AdValue manager) {
    AdValue enter = bound_special(manager, "__enter__");
    if (!enter) {
        if (ad_err_occurred()) return AD_ERROR;
        return ad_err_format(&ad_TypeError, "'%T' object does not support the context manager protocol", manager);
    }
    AdValue exit = bound_special(manager, "__exit__");
    if (!exit) {
        if (ad_err_occurred()) return AD_ERROR;
        return ad_err_format(&ad_TypeError,
                             "'%T' object does not support the context manager protocol (missed __exit__ method)",
                             manager);
    }
    AdValue value = ad_call(enter, NULL, 0, 0);
    if (!value) return AD_ERROR;
    AdValue pair[2] = {exit, value};
    return ad_tuple_from_array(pair, 2);
}

AdValue ad_with_exit(AdValue exit, AdValue exc) {
    AdValue args[3] = {AD_NONE, AD_NONE, AD_NONE};
    if (exc) {
        args[0] = AD_VAL(ad_type(exc));
        args[1] = exc;
        AdValue tb = AD_AS(AdException, exc)->traceback;
        args[2] = tb ? tb : AD_NONE;
    }
    return ad_call(exit, args, 3, 0);
}
