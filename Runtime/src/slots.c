/*
 * slots.c — the dunder methods of builtin types: `int.__add__`, `x.__repr__()`, `[].__len__`,
 * `object.__init__`, `BaseException.__init__`, ... CPython exposes every slot of a static type as a
 * "slot wrapper" in the type's dict; so do we, so that Python code can call them explicitly
 * (`super().__init__(msg)`, `object.__repr__(self)`, `hasattr(x, '__len__')`) and dir() lists them.
 *
 * A slot wrapper (type `wrapper_descriptor`) names its owner type and an entry of the table below;
 * it always calls the OWNER's slot, so `int.__add__(True, 1)` is int's addition. Bound to an
 * instance it becomes a `method-wrapper`. Types whose instances compare but do not hash get
 * `__hash__ = None`, as in CPython. The engines never go through these: they call the slots.
 */
#include "core.h"

#include <string.h>

enum SlotKind {
    K_UNARY,          /* f(self) for an AdUnaryFn at `offset` */
    K_NEXT,           /* next: AD_STOP becomes StopIteration */
    K_BOOL, K_HASH, K_LEN,
    K_BINARY,         /* number[op](self, other) */
    K_RBINARY,        /* number[op](other, self) */
    K_INPLACE,        /* inplace[op](self, other) */
    K_RICHCMP,        /* richcompare(self, other, op) */
    K_GETITEM, K_SETITEM, K_DELITEM, K_CONTAINS, K_CALL,
    K_GETATTRIBUTE, K_SETATTR, K_DELATTR,
    K_DESCR_GET, K_DESCR_SET, K_DESCR_DELETE,
    K_FORMAT,
};

typedef struct SlotDef {
    const char *name;
    enum SlotKind kind;
    size_t offset;    /* of the slot in AdType (the number/inplace arrays: of element `op`) */
    int op;
} SlotDef;

#define OFF(field) offsetof(AdType, field)
#define NUM(name, rname, iname, op) \
    {name, K_BINARY, OFF(number) + sizeof(AdBinaryFn) * (op), op}, \
    {rname, K_RBINARY, OFF(number) + sizeof(AdBinaryFn) * (op), op}, \
    {iname, K_INPLACE, OFF(inplace) + sizeof(AdBinaryFn) * (op), op}

static const SlotDef slot_defs[] = {
    {"__repr__", K_UNARY, OFF(repr), 0},
    {"__str__", K_UNARY, OFF(str), 0},
    {"__hash__", K_HASH, OFF(hash), 0},
    {"__lt__", K_RICHCMP, OFF(richcompare), AD_LT},
    {"__le__", K_RICHCMP, OFF(richcompare), AD_LE},
    {"__eq__", K_RICHCMP, OFF(richcompare), AD_EQ},
    {"__ne__", K_RICHCMP, OFF(richcompare), AD_NE},
    {"__gt__", K_RICHCMP, OFF(richcompare), AD_GT},
    {"__ge__", K_RICHCMP, OFF(richcompare), AD_GE},
    {"__bool__", K_BOOL, OFF(truth), 0},
    {"__len__", K_LEN, OFF(len), 0},
    {"__getitem__", K_GETITEM, OFF(getitem), 0},
    {"__setitem__", K_SETITEM, OFF(setitem), 0},
    {"__delitem__", K_DELITEM, OFF(setitem), 0},
    {"__contains__", K_CONTAINS, OFF(contains), 0},
    {"__iter__", K_UNARY, OFF(iter), 0},
    {"__next__", K_NEXT, OFF(next), 0},
    {"__call__", K_CALL, OFF(call), 0},
    {"__getattribute__", K_GETATTRIBUTE, OFF(getattr), 0},
    {"__setattr__", K_SETATTR, OFF(setattr), 0},
    {"__delattr__", K_DELATTR, OFF(setattr), 0},
    {"__get__", K_DESCR_GET, OFF(descr_get), 0},
    {"__set__", K_DESCR_SET, OFF(descr_set), 0},
    {"__delete__", K_DESCR_DELETE, OFF(descr_set), 0},
    NUM("__add__", "__radd__", "__iadd__", AD_OP_ADD),
    NUM("__sub__", "__rsub__", "__isub__", AD_OP_SUB),
    NUM("__mul__", "__rmul__", "__imul__", AD_OP_MUL),
    NUM("__matmul__", "__rmatmul__", "__imatmul__", AD_OP_MATMUL),
    NUM("__truediv__", "__rtruediv__", "__itruediv__", AD_OP_TRUEDIV),
    NUM("__floordiv__", "__rfloordiv__", "__ifloordiv__", AD_OP_FLOORDIV),
    NUM("__mod__", "__rmod__", "__imod__", AD_OP_MOD),
    NUM("__pow__", "__rpow__", "__ipow__", AD_OP_POW),
    NUM("__lshift__", "__rlshift__", "__ilshift__", AD_OP_LSHIFT),
    NUM("__rshift__", "__rrshift__", "__irshift__", AD_OP_RSHIFT),
    NUM("__and__", "__rand__", "__iand__", AD_OP_AND),
    NUM("__or__", "__ror__", "__ior__", AD_OP_OR),
    NUM("__xor__", "__rxor__", "__ixor__", AD_OP_XOR),
    {"__neg__", K_UNARY, OFF(neg), 0},
    {"__pos__", K_UNARY, OFF(pos), 0},
    {"__invert__", K_UNARY, OFF(invert), 0},
    {"__abs__", K_UNARY, OFF(abs), 0},
    {"__int__", K_UNARY, OFF(to_int), 0},
    {"__float__", K_UNARY, OFF(to_float), 0},
    {"__index__", K_UNARY, OFF(index), 0},
    {"__format__", K_FORMAT, OFF(format), 0},
    {NULL, K_UNARY, 0, 0},
};

static void *slot_of(AdType *t, const SlotDef *d) { return *(void **)((char *)t + d->offset); }

/* ========================================================================================== */
/* MARK: The wrapper objects                                                                   */
/* ========================================================================================== */

typedef struct AdSlotWrapper {
    AdObject ob;
    AdType *owner;
    const SlotDef *def;
} AdSlotWrapper;

typedef struct AdMethodWrapper {
    AdObject ob;
    AdValue descr;
    AdValue self;
} AdMethodWrapper;

static AdType slot_wrapper_type, method_wrapper_type;

static int expect_args(size_t nargs, size_t n) {
    if (nargs == n) return 0;
    ad_err_format(&ad_TypeError, "expected %zu argument%s, got %zu", n, n == 1 ? "" : "s", nargs);
    return -1;
}

static AdValue int_or_error(int64_t v) { return v == -1 && ad_err_occurred() ? AD_ERROR : ad_int_from_i64(v); }
static AdValue none_or_error(int r) { return r < 0 ? AD_ERROR : AD_NONE; }

/* Call the owner's slot for `self` with the wrapper's arguments. */
static AdValue call_slot(AdSlotWrapper *w, AdValue self, const AdValue *args, size_t nargs) {
    const SlotDef *d = w->def;
    void *f = slot_of(w->owner, d);
    switch (d->kind) {
    case K_UNARY:
        return expect_args(nargs, 0) < 0 ? AD_ERROR : ((AdUnaryFn)f)(self);
    case K_NEXT: {
        if (expect_args(nargs, 0) < 0) return AD_ERROR;
        AdValue v = ((AdUnaryFn)f)(self);
        return v == AD_STOP ? ad_err_set_object(ad_exception_new(&ad_StopIteration, NULL, 0)) : v;
    }
    case K_BOOL: {
        if (expect_args(nargs, 0) < 0) return AD_ERROR;
        int r = ((AdPredicateFn)f)(self);
        return r < 0 ? AD_ERROR : ad_bool(r);
    }
    case K_HASH: return expect_args(nargs, 0) < 0 ? AD_ERROR : int_or_error(((AdHashFn)f)(self));
    case K_LEN: return expect_args(nargs, 0) < 0 ? AD_ERROR : int_or_error(((AdLenFn)f)(self));
    case K_BINARY: return expect_args(nargs, 1) < 0 ? AD_ERROR : ((AdBinaryFn)f)(self, args[0]);
    case K_RBINARY: return expect_args(nargs, 1) < 0 ? AD_ERROR : ((AdBinaryFn)f)(args[0], self);
    case K_INPLACE: return expect_args(nargs, 1) < 0 ? AD_ERROR : ((AdBinaryFn)f)(self, args[0]);
    case K_RICHCMP: return expect_args(nargs, 1) < 0 ? AD_ERROR : ((AdCompareFn)f)(self, args[0], d->op);
    case K_GETITEM: return expect_args(nargs, 1) < 0 ? AD_ERROR : ((AdBinaryFn)f)(self, args[0]);
    case K_SETITEM:
        return expect_args(nargs, 2) < 0 ? AD_ERROR : none_or_error(((AdSetItemFn)f)(self, args[0], args[1]));
    case K_DELITEM:
        return expect_args(nargs, 1) < 0 ? AD_ERROR : none_or_error(((AdSetItemFn)f)(self, args[0], AD_ERROR));
    case K_CONTAINS: {
        if (expect_args(nargs, 1) < 0) return AD_ERROR;
        int r = ((AdContainsFn)f)(self, args[0]);
        return r < 0 ? AD_ERROR : ad_bool(r);
    }
    case K_GETATTRIBUTE:
        if (expect_args(nargs, 1) < 0) return AD_ERROR;
        if (!ad_is_str(args[0]))
            return ad_err_format(&ad_TypeError, "attribute name must be string, not '%T'", args[0]);
        return f ? ((AdGetAttrFn)f)(self, args[0]) : ad_generic_getattr(self, args[0]);
    case K_SETATTR:
        if (expect_args(nargs, 2) < 0) return AD_ERROR;
        return none_or_error(f ? ((AdSetAttrFn)f)(self, args[0], args[1]) : ad_generic_setattr(self, args[0], args[1]));
    case K_DELATTR:
        if (expect_args(nargs, 1) < 0) return AD_ERROR;
        return none_or_error(f ? ((AdSetAttrFn)f)(self, args[0], AD_ERROR) : ad_generic_setattr(self, args[0], AD_ERROR));
    case K_DESCR_GET: {
        if (nargs < 1 || nargs > 2) return ad_err_format(&ad_TypeError, "expected 1 or 2 arguments, got %zu", nargs);
        AdValue obj = args[0] == AD_NONE ? 0 : args[0];
        AdValue type = nargs == 2 && args[1] != AD_NONE ? args[1] : 0;
        if (!obj && !type) return ad_err_set(&ad_TypeError, "__get__(None, None) is invalid");
        return ((AdDescrGetFn)f)(self, obj, type ? type : AD_VAL(ad_type(obj)));
    }
    case K_DESCR_SET:
        return expect_args(nargs, 2) < 0 ? AD_ERROR : none_or_error(((int (*)(AdValue, AdValue, AdValue))f)(self, args[0], args[1]));
    case K_DESCR_DELETE:
        return expect_args(nargs, 1) < 0 ? AD_ERROR : none_or_error(((int (*)(AdValue, AdValue, AdValue))f)(self, args[0], AD_ERROR));
    case K_FORMAT:
        if (expect_args(nargs, 1) < 0) return AD_ERROR;
        if (!ad_is_str(args[0]))
            return ad_err_format(&ad_TypeError, "__format__() argument must be str, not %T", args[0]);
        return ((AdBinaryFn)f)(self, args[0]);
    case K_CALL: break;
    }
    return AD_ERROR;
}

static AdValue invoke_wrapper(AdSlotWrapper *w, AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (w->def->kind == K_CALL) return ((AdCallFn)slot_of(w->owner, w->def))(self, args, nargs, kwnames);
    if (kwnames && ad_tuple_len(kwnames))
        return ad_err_format(&ad_TypeError, "wrapper %s() takes no keyword arguments", w->def->name);
    return call_slot(w, self, args, nargs);
}

static int check_receiver(AdSlotWrapper *w, AdValue self) {
    if (ad_isinstance_type(self, w->owner)) return 0;
    ad_err_format(&ad_TypeError, "descriptor '%s' requires a '%s' object but received a '%T'", w->def->name,
                  w->owner->name, self);
    return -1;
}

static AdValue slot_wrapper_call(AdValue callable, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdSlotWrapper *w = AD_AS(AdSlotWrapper, callable);
    if (nargs < 1)
        return ad_err_format(&ad_TypeError, "descriptor '%s' of '%s' object needs an argument", w->def->name,
                             w->owner->name);
    if (check_receiver(w, args[0]) < 0) return AD_ERROR;
    return invoke_wrapper(w, args[0], args + 1, nargs - 1, kwnames);
}

static AdValue slot_wrapper_get(AdValue descr, AdValue obj, AdValue type) {
    if (!obj) return descr;
    if (check_receiver(AD_AS(AdSlotWrapper, descr), obj) < 0) return AD_ERROR;
    AdMethodWrapper *m = (AdMethodWrapper *)ad_new_object(&method_wrapper_type, sizeof(AdMethodWrapper));
    m->descr = descr;
    m->self = obj;
    return AD_VAL(m);
}

static AdValue slot_wrapper_repr(AdValue self) {
    AdSlotWrapper *w = AD_AS(AdSlotWrapper, self);
    return ad_sprintf("<slot wrapper '%s' of '%s' objects>", w->def->name, w->owner->name);
}

static AdValue method_wrapper_call(AdValue callable, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdMethodWrapper *m = AD_AS(AdMethodWrapper, callable);
    return invoke_wrapper(AD_AS(AdSlotWrapper, m->descr), m->self, args, nargs, kwnames);
}

static AdValue method_wrapper_repr(AdValue self) {
    AdMethodWrapper *m = AD_AS(AdMethodWrapper, self);
    return ad_sprintf("<method-wrapper '%s' of %s object at %p>", AD_AS(AdSlotWrapper, m->descr)->def->name,
                      ad_type(m->self)->name, (void *)AD_OBJ(m->self));
}

static AdValue wrapper_get_name(AdValue self) {
    AdValue d = ad_type(self) == &method_wrapper_type ? AD_AS(AdMethodWrapper, self)->descr : self;
    return ad_str_intern_cstr(AD_AS(AdSlotWrapper, d)->def->name);
}
static AdValue wrapper_get_objclass(AdValue self) { return AD_VAL(AD_AS(AdSlotWrapper, self)->owner); }
static AdValue method_wrapper_get_self(AdValue self) { return AD_AS(AdMethodWrapper, self)->self; }

static const AdGetSetDef slot_wrapper_getsets[] = {
    {"__name__", wrapper_get_name, NULL},
    {"__objclass__", wrapper_get_objclass, NULL},
    {NULL, NULL, NULL},
};
static const AdGetSetDef method_wrapper_getsets[] = {
    {"__name__", wrapper_get_name, NULL},
    {"__self__", method_wrapper_get_self, NULL},
    {NULL, NULL, NULL},
};

static int64_t identity_hash(AdValue self) { return ad_hash_pointer(AD_OBJ(self)); }

static AdType slot_wrapper_type = {
    .ob = {&ad_type_type},
    .name = "wrapper_descriptor",
    .instance_size = sizeof(AdSlotWrapper),
    .repr = slot_wrapper_repr,
    .hash = identity_hash,
    .call = slot_wrapper_call,
    .descr_get = slot_wrapper_get,
};

static AdType method_wrapper_type = {
    .ob = {&ad_type_type},
    .name = "method-wrapper",
    .instance_size = sizeof(AdMethodWrapper),
    .repr = method_wrapper_repr,
    .hash = identity_hash,
    .call = method_wrapper_call,
};

/* ========================================================================================== */
/* MARK: Adding the wrappers to a type                                                         */
/* ========================================================================================== */

/* A slot is the type's own when its base has a different one (or none). */
static int defines_slot(AdType *t, const SlotDef *d) {
    void *mine = slot_of(t, d);
    if (!mine) return 0;
    if (t == &ad_object_type || !t->base) return 1;
    if (d->kind == K_RICHCMP) return mine != slot_of(t->base, d);
    return mine != slot_of(t->base, d);
}

static int has_own(AdType *t, const char *name) {
    AdValue v = ad_dict_get_cstr(t->dict, name);
    if (!v && ad_err_occurred()) ad_err_clear();
    return v != 0;
}

void ad_core_add_slot_wrappers(AdType *t) {
    if (t->flags & AD_TPFLAG_HEAPTYPE) return;
    for (const SlotDef *d = slot_defs; d->name; d++) {
        if (!defines_slot(t, d) || has_own(t, d->name)) continue;
        /* object's getattr/setattr slots are NULL (generic); expose them anyway. */
        AdSlotWrapper *w = (AdSlotWrapper *)ad_new_object(&slot_wrapper_type, sizeof(AdSlotWrapper));
        w->owner = t;
        w->def = d;
        ad_dict_set_cstr(t->dict, d->name, AD_VAL(w));
    }
    if (t == &ad_object_type) {
        static const char *const generic[] = {"__getattribute__", "__setattr__", "__delattr__"};
        for (int i = 0; i < 3; i++) {
            if (has_own(t, generic[i])) continue;
            const SlotDef *d = slot_defs;
            while (strcmp(d->name, generic[i]) != 0) d++;
            AdSlotWrapper *w = (AdSlotWrapper *)ad_new_object(&slot_wrapper_type, sizeof(AdSlotWrapper));
            w->owner = t;
            w->def = d;
            ad_dict_set_cstr(t->dict, d->name, AD_VAL(w));
        }
    }
    if (t->richcompare && !t->hash && !has_own(t, "__hash__")) ad_dict_set_cstr(t->dict, "__hash__", AD_NONE);
    ad_type_modified(t);
}

void ad_init_slot_wrappers(void) {
    ad_type_ready(&slot_wrapper_type, NULL, slot_wrapper_getsets);
    ad_type_ready(&method_wrapper_type, NULL, method_wrapper_getsets);
}
