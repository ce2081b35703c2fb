/*
 * object.c — memory, the root types and start-up.
 *
 * Every object lives in the Boehm collector's heap (ad_alloc) or in static data, and starts with
 * its type. This file defines the types every other type hangs off — `object`, `type`, and the
 * types of the three singletons None, NotImplemented and Ellipsis — and ad_type_ready, which turns
 * a static AdType into a complete type object:
 *
 *  - Structure first (immediately): the metatype, the default base `object`, slot inheritance from
 *    the base (as CPython's inherit_slots: number slots and protocols are copied when NULL; hash and
 *    richcompare only as a pair; construct only from bases other than `object`, so that types that
 *    define no constructor cannot be instantiated), and the subclass flags.
 *  - Then the parts that need strs, tuples and dicts: __name__/__qualname__/__module__, __bases__,
 *    __mro__ (C3) and the dict with the method and getset descriptors. ad_runtime_init runs the
 *    parts' initializers in order (objects, str, numbers, containers, exceptions, ...); types readied
 *    before strs and dicts are usable are queued and finished at the start of ad_init_exceptions.
 *
 * A type's mro is 0 until it is finished; ad_type_is_subtype then walks the `base` chain, which is
 * exact for builtin types (single inheritance).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* dl_iterate_phdr */
#endif
#ifndef GC_THREADS
#define GC_THREADS
#endif
#include <gc/gc.h>

#include "core.h"

#include <link.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

int ad_core_argc;
char **ad_core_argv;
int ad_core_objects_usable;

/* ========================================================================================== */
/* MARK: Memory                                                                                */
/* ========================================================================================== */

/* ADDER_GC_STRESS=N: a full collection every N allocations (0: off). */
static int64_t gc_stress_every;
static int64_t gc_stress_count;

static void out_of_memory(size_t size) {
    fflush(stdout);
    fprintf(stderr, "Fatal Python error: out of memory (allocating %zu bytes)\n", size);
    abort();
}

static inline void gc_stress_tick(void) {
    if (AD_UNLIKELY(gc_stress_every != 0) && ++gc_stress_count >= gc_stress_every) {
        gc_stress_count = 0;
        GC_gcollect();
    }
}

/*
 * Small objects (floats, cells, iterators, short tuples) come from per-size free lists refilled by
 * GC_malloc_many, which takes the collector's lock once per batch instead of once per object. The
 * lists are chained through the first word of each (pointer-containing, cleared) object and their
 * heads are static data, so the collector keeps the cached objects alive. The runtime runs one
 * Python thread, which alone allocates objects.
 */
#define SMALL_CLASSES 4 /* 16, 32, 48 and 64 bytes */
static void *small_free[SMALL_CLASSES + 1];

static inline void *alloc_small(size_t size) {
    size_t cls = (size + 15) >> 4;
    void *p = small_free[cls];
    if (AD_UNLIKELY(!p)) {
        p = GC_malloc_many(cls << 4);
        if (AD_UNLIKELY(!p)) out_of_memory(size);
    }
    small_free[cls] = GC_NEXT(p);
    GC_NEXT(p) = 0;
    return p;
}

void *ad_alloc(size_t size) {
    gc_stress_tick();
    if (size <= 16 * SMALL_CLASSES && size > 0) return alloc_small(size);
    void *p = GC_MALLOC(size);
    if (AD_UNLIKELY(!p)) out_of_memory(size);
    return p;
}

void *ad_alloc_atomic(size_t size) {
    gc_stress_tick();
    /* Tiny pointer-free objects (floats) share the scanned free lists: scanning 16 bytes costs less
     * than taking the lock. Larger ones (string data, limbs) stay pointer-free. */
    if (size <= 16 && size > 0) return alloc_small(size);
    void *p = GC_MALLOC_ATOMIC(size);
    if (AD_UNLIKELY(!p)) out_of_memory(size);
    return p;
}

void *ad_alloc_uncollectable(size_t size) {
    void *p = GC_MALLOC_UNCOLLECTABLE(size);
    if (AD_UNLIKELY(!p)) out_of_memory(size);
    return p;
}

void ad_gc_add_roots(void *start, size_t size) {
    GC_add_roots(start, (char *)start + size);
}

void ad_free_uncollectable(void *p) {
    if (p) GC_FREE(p);
}

AdObject *ad_new_object(AdType *type, size_t size) {
    AdObject *o = ad_alloc(size);
    o->type = type;
    return o;
}

int64_t ad_hash_pointer(const void *p) {
    /* CPython's _Py_HashPointer: rotate by 4 so that the alignment zeros do not cluster. */
    uint64_t y = (uint64_t)(uintptr_t)p;
    y = (y >> 4) | (y << 60);
    int64_t h = (int64_t)y;
    return h == -1 ? -2 : h;
}

/* ========================================================================================== */
/* MARK: object                                                                                */
/* ========================================================================================== */

AdValue ad_type_qualified_name(AdType *t) {
    if (!t->module || ad_str_eq_cstr(t->module, "builtins")) return t->qualname;
    return ad_sprintf("%U.%U", t->module, t->qualname);
}

static AdValue object_repr(AdValue self) {
    AdType *t = ad_type(self);
    if (!t->qualname) return ad_sprintf("<%s object at %p>", t->name, (void *)AD_OBJ(self));
    AdValue name = ad_type_qualified_name(t);
    if (!name) return AD_ERROR;
    return ad_sprintf("<%U object at %p>", name, (void *)AD_OBJ(self));
}

static int64_t object_hash(AdValue self) {
    return ad_hash_pointer(AD_OBJ(self));
}

/* Identity for ==; != is the inverse of == unless that is NotImplemented; others unsupported. */
static AdValue object_richcompare(AdValue a, AdValue b, int op) {
    if (op == AD_EQ) return a == b ? AD_TRUE : AD_NOTIMPL;
    if (op == AD_NE) {
        AdCompareFn eq = ad_type(a)->richcompare;
        AdValue r = eq ? eq(a, b, AD_EQ) : AD_NOTIMPL;
        if (r == AD_ERROR || r == AD_NOTIMPL) return r;
        int t = ad_truth(r);
        return t < 0 ? AD_ERROR : ad_bool(!t);
    }
    return AD_NOTIMPL;
}

static AdValue object_format(AdValue self, AdValue spec) {
    if (spec && ad_str_len(spec) > 0)
        return ad_err_format(&ad_TypeError, "unsupported format string passed to %s.__format__",
                             ad_type(self)->name);
    return ad_str(self);
}

/* object() and classes that define no __init__: no arguments allowed. */
static AdValue object_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (nargs || (kwnames && ad_tuple_len(kwnames)))
        return ad_err_format(&ad_TypeError, "%s() takes no arguments", type->name);
    size_t size = type->instance_size ? type->instance_size : sizeof(AdObject);
    return AD_VAL(ad_new_object(type, size));
}

static AdValue object_get_class(AdValue self) { return AD_VAL(ad_type(self)); }

/* The last class of the program along t's base chain (t itself for a class whose base is builtin):
 * the one that gave the instances their layout, since the classes below it add nothing. */
static AdType *layout_class(AdType *t) {
    while (t->base && (t->base->flags & AD_TPFLAG_HEAPTYPE)) t = t->base;
    return t;
}

/* CPython's compatible_for_assignment for our layouts: instances of a class are those of its
 * builtin base plus a dict when that base has none, so two classes are interchangeable when they
 * derive from the same builtin type in the same way. CPython keeps the dict of an instance of a
 * variable-size type (int, tuple, bytes, type) behind its items, so there only the same layout
 * class will do. */
static int compatible_layouts(AdType *from, AdType *to) {
    AdType *a = layout_class(from), *b = layout_class(to);
    if (a == b) return 1;
    if (a->base != b->base || a->instance_size != b->instance_size || a->dict_offset != b->dict_offset) return 0;
    uint32_t variable_size = AD_TPFLAG_INT_SUBCLASS | AD_TPFLAG_TUPLE_SUBCLASS | AD_TPFLAG_BYTES_SUBCLASS |
                             AD_TPFLAG_TYPE_SUBCLASS;
    return !(a->flags & AD_TPFLAG_HEAPTYPE && b->flags & AD_TPFLAG_HEAPTYPE && a->flags & variable_size);
}

/* `obj.__class__ = C`, with CPython's checks (object_set_class): only between classes of the
 * program (or module types), and only when the instance's layout suits the new class. */
static int object_set_class(AdValue self, AdValue value) {
    if (!value) {
        ad_err_set(&ad_TypeError, "can't delete __class__ attribute");
        return -1;
    }
    if (ad_is_small(value) || !(ad_type(value)->flags & AD_TPFLAG_TYPE_SUBCLASS)) {
        ad_err_format(&ad_TypeError, "__class__ must be set to a class, not '%T' object", value);
        return -1;
    }
    AdType *from = ad_type(self), *to = AD_AS(AdType, value);
    int modules = ad_type_is_subtype(from, &ad_module_type) && ad_type_is_subtype(to, &ad_module_type);
    if (!modules && !(from->flags & to->flags & AD_TPFLAG_HEAPTYPE)) {
        ad_err_set(&ad_TypeError, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        return -1;
    }
    if (!compatible_layouts(from, to)) {
        ad_err_format(&ad_TypeError, "__class__ assignment: '%s' object layout differs from '%s'", to->name, from->name);
        return -1;
    }
    AD_OBJ(self)->type = to;
    return 0;
}

/* object.__init__: accepts only the instance. */
static AdValue object_init(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (nargs || (kwnames && ad_tuple_len(kwnames)))
        return ad_err_set(&ad_TypeError, "object.__init__() takes exactly one argument (the instance to initialize)");
    return AD_NONE;
}

/* CPython's tp_new_wrapper safety check starts from the nearest class, from t up, whose __new__ is
 * not a function of the program (a class that defines none inherits its builtin base's). */
static AdType *static_new_base(AdType *t) {
    AdValue name = ad_str_intern_cstr("__new__");
    while ((t->flags & AD_TPFLAG_HEAPTYPE) && t->base) {
        AdValue f = ad_type_lookup(t, name);
        if (f && ad_type(f) == &ad_staticmethod_type) f = ad_getattr_cstr(f, "__func__");
        if (!f || ad_type(f) != &ad_function_type) break;
        t = t->base;
    }
    return t;
}

/* object.__new__(cls): a bare instance of cls (a static method). */
static AdValue object_new(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (nargs < 1) return ad_err_set(&ad_TypeError, "object.__new__(): not enough arguments");
    AdValue cls = args[0];
    if (!(ad_type(cls)->flags & AD_TPFLAG_TYPE_SUBCLASS))
        return ad_err_format(&ad_TypeError, "object.__new__(X): X is not a type object (%T)", cls);
    AdType *t = AD_AS(AdType, cls);
    AdType *s = static_new_base(t);
    int unsafe = (s->flags & AD_TPFLAG_HEAPTYPE) ? ad_solid_base(s) != &ad_object_type
                                                 : s->construct && s->construct != object_construct;
    if (unsafe) return ad_err_format(&ad_TypeError, "object.__new__(%s) is not safe, use %s.__new__()", t->name, s->name);
    size_t size = t->instance_size ? t->instance_size : sizeof(AdObject);
    return AD_VAL(ad_new_object(t, size));
}

/* object.__str__ is the type's repr (what str() falls back to). */
static AdValue object_str_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("object.__str__", kwnames) < 0 || ad_check_nargs("object.__str__", nargs, 0, 0) < 0)
        return AD_ERROR;
    return ad_repr(self);
}

/* object.__dir__: the default listing dir() sorts. */
static AdValue object_dir_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("object.__dir__", kwnames) < 0 || ad_check_nargs("object.__dir__", nargs, 0, 0) < 0)
        return AD_ERROR;
    return ad_core_dir(self);
}

static const AdMethodDef object_methods[] = {
    {"__init__", object_init, 0},
    {"__dir__", object_dir_method, 0},
    {"__str__", object_str_method, 0},
    {"__new__", object_new, AD_METH_STATIC},
    {NULL, NULL, 0},
};

static const AdGetSetDef object_getsets[] = {
    {"__class__", object_get_class, object_set_class},
    {NULL, NULL, NULL},
};

AdType ad_object_type = {
    .ob = {&ad_type_type},
    .name = "object",
    .base = NULL,
    .flags = AD_TPFLAG_BASETYPE,
    .instance_size = sizeof(AdObject),
    .repr = object_repr,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .construct = object_construct,
    .format = object_format,
};

/* ========================================================================================== */
/* MARK: type                                                                                  */
/* ========================================================================================== */

static AdValue type_repr(AdValue self) {
    AdType *t = AD_AS(AdType, self);
    AdValue name = ad_type_qualified_name(t);
    if (!name) return AD_ERROR;
    return ad_sprintf("<class '%U'>", name);
}

/* Calling a type: type(x) gives x's type; any other type constructs through its slot. */
static AdValue type_call(AdValue callable, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdType *t = AD_AS(AdType, callable);
    if (t == &ad_type_type) {
        size_t nkw = kwnames ? (size_t)ad_tuple_len(kwnames) : 0;
        if (nargs == 1 && nkw == 0) return AD_VAL(ad_type(args[0]));
        if (nargs != 3) return ad_err_set(&ad_TypeError, "type() takes 1 or 3 arguments");
    }
    if (AD_UNLIKELY(!t->construct))
        return ad_err_format(&ad_TypeError, "cannot create '%s' instances", t->name);
    return t->construct(t, args, nargs, kwnames);
}

/* Attribute lookup on a type: data descriptors of the metatype, then the type's own MRO (bound
 * with obj 0, meaning "through the class"), then the metatype's other attributes. */
static AdValue type_getattr(AdValue self, AdValue name) {
    AdType *meta = ad_type(self);
    AdValue meta_attr = ad_type_lookup(meta, name);
    AdDescrGetFn meta_get = NULL;
    if (meta_attr) {
        AdType *mt = ad_type(meta_attr);
        meta_get = mt->descr_get;
        if (meta_get && mt->descr_set) return meta_get(meta_attr, self, AD_VAL(meta));
    }
    AdValue attr = ad_type_lookup(AD_AS(AdType, self), name);
    if (attr) {
        AdDescrGetFn get = ad_type(attr)->descr_get;
        return get ? get(attr, 0, self) : attr;
    }
    if (meta_attr) return meta_get ? meta_get(meta_attr, self, AD_VAL(meta)) : meta_attr;
    ad_err_format(&ad_AttributeError, "type object '%s' has no attribute '%U'", AD_AS(AdType, self)->name, name);
    ad_err_attribute_info(self, name);
    return AD_ERROR;
}

static int type_setattr(AdValue self, AdValue name, AdValue value) {
    AdType *t = AD_AS(AdType, self);
    AdValue meta_attr = ad_type_lookup(ad_type(self), name);
    if (meta_attr && ad_type(meta_attr)->descr_set)
        return ad_type(meta_attr)->descr_set(meta_attr, self, value);
    if (!(t->flags & AD_TPFLAG_HEAPTYPE)) {
        ad_err_format(&ad_TypeError, "cannot set '%U' attribute of immutable type '%s'", name, t->name);
        return -1;
    }
    ad_type_modified(t);
    if (!value) {
        int r = ad_dict_del(t->dict, name);
        if (r == 0)
            ad_err_format(&ad_AttributeError, "type object '%s' has no attribute '%U'", t->name, name);
        return r == 1 ? 0 : -1;
    }
    int r = ad_dict_set(t->dict, name, value);
    ad_class_update_slot(t, name);
    return r;
}

static AdValue type_get_name(AdValue self) { return AD_AS(AdType, self)->name_str; }
static AdValue type_get_qualname(AdValue self) { return AD_AS(AdType, self)->qualname; }
static AdValue type_get_module(AdValue self) { return AD_AS(AdType, self)->module; }
static AdValue type_get_mro(AdValue self) { return AD_AS(AdType, self)->mro; }
static AdValue type_get_bases(AdValue self) { return AD_AS(AdType, self)->bases; }
static AdValue type_get_doc(AdValue self) {
    AdValue doc = 0;
    AdType *t = AD_AS(AdType, self);
    if (t->dict && ad_dict_lookup(t->dict, ad_str_intern_cstr("__doc__"), &doc) == 1) return doc;
    return AD_NONE;
}
static AdValue type_get_base(AdValue self) {
    AdType *b = AD_AS(AdType, self)->base;
    return b ? AD_VAL(b) : AD_NONE;
}
/* Read-only, so that every change goes through type.__setattr__, which keeps the slots in step. */
static AdValue type_get_dict(AdValue self) { return ad_mappingproxy_new(AD_AS(AdType, self)->dict); }

static int type_check_str(AdValue value, const char *attr, AdType *t) {
    if (value && ad_is_str(value)) return 0;
    if (!value) ad_err_format(&ad_TypeError, "cannot delete '%s' attribute of immutable type '%s'", attr, t->name);
    else ad_err_format(&ad_TypeError, "can only assign string to %s.%s, not '%T'", t->name, attr, value);
    return -1;
}

static int type_set_name(AdValue self, AdValue value) {
    AdType *t = AD_AS(AdType, self);
    if (!(t->flags & AD_TPFLAG_HEAPTYPE)) {
        ad_err_format(&ad_TypeError, "cannot set '__name__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (type_check_str(value, "__name__", t) < 0) return -1;
    t->name_str = value;
    t->name = ad_str_utf8(value, NULL);
    return 0;
}

static int type_set_qualname(AdValue self, AdValue value) {
    AdType *t = AD_AS(AdType, self);
    if (!(t->flags & AD_TPFLAG_HEAPTYPE)) {
        ad_err_format(&ad_TypeError, "cannot set '__qualname__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    if (type_check_str(value, "__qualname__", t) < 0) return -1;
    t->qualname = value;
    return 0;
}

static int type_set_module(AdValue self, AdValue value) {
    AdType *t = AD_AS(AdType, self);
    if (!(t->flags & AD_TPFLAG_HEAPTYPE)) {
        ad_err_format(&ad_TypeError, "cannot set '__module__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    t->module = value;
    return 0;
}

/* C.__doc__ = text: stored in the class's dict (CPython's type_set_doc). */
static int type_set_doc(AdValue self, AdValue value) {
    AdType *t = AD_AS(AdType, self);
    if (!(t->flags & AD_TPFLAG_HEAPTYPE) || !value) {
        ad_err_format(&ad_TypeError, "cannot %s '__doc__' attribute of immutable type '%s'", value ? "set" : "delete",
                      t->name);
        return -1;
    }
    return ad_dict_set(t->dict, ad_str_intern_cstr("__doc__"), value);
}

static const AdGetSetDef type_getsets[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__module__", type_get_module, type_set_module},
    {"__mro__", type_get_mro, NULL},
    {"__bases__", type_get_bases, NULL},
    {"__base__", type_get_base, NULL},
    {"__dict__", type_get_dict, NULL},
    {"__doc__", type_get_doc, type_set_doc},
    {NULL, NULL, NULL},
};

static AdValue type_method_mro(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("mro", kwnames) < 0 || ad_check_nargs("mro", nargs, 0, 0) < 0) return AD_ERROR;
    AdValue mro = AD_AS(AdType, self)->mro;
    return ad_list_from_array(AD_AS(AdTuple, mro)->items, (size_t)ad_tuple_len(mro));
}

static const AdMethodDef type_methods[] = {
    {"mro", type_method_mro, 0},
    {NULL, NULL, 0},
};

AdType ad_type_type = {
    .ob = {&ad_type_type},
    .name = "type",
    .base = &ad_object_type,
    .flags = AD_TPFLAG_BASETYPE | AD_TPFLAG_TYPE_SUBCLASS,
    .instance_size = sizeof(AdType),
    .repr = type_repr,
    .hash = object_hash,
    .richcompare = object_richcompare,
    .call = type_call,
    .getattr = type_getattr,
    .setattr = type_setattr,
    .number = {[AD_OP_OR] = ad_union_or},
};

/* ========================================================================================== */
/* MARK: None, NotImplemented, Ellipsis                                                        */
/* ========================================================================================== */

static AdValue none_repr(AdValue self) { return ad_str_intern_cstr("None"); }
static int none_truth(AdValue self) { return 0; }
static AdValue none_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (nargs || (kwnames && ad_tuple_len(kwnames)))
        return ad_err_set(&ad_TypeError, "NoneType takes no arguments");
    return AD_NONE;
}

static AdValue notimpl_repr(AdValue self) { return ad_str_intern_cstr("NotImplemented"); }
static AdValue notimpl_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (nargs || (kwnames && ad_tuple_len(kwnames)))
        return ad_err_set(&ad_TypeError, "NotImplementedType takes no arguments");
    return AD_NOTIMPL;
}

static AdValue ellipsis_repr(AdValue self) { return ad_str_intern_cstr("Ellipsis"); }
static AdValue ellipsis_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (nargs || (kwnames && ad_tuple_len(kwnames)))
        return ad_err_set(&ad_TypeError, "ellipsis takes no arguments");
    return AD_ELLIPSIS;
}

AdType ad_none_type = {
    .ob = {&ad_type_type}, .name = "NoneType", .base = &ad_object_type,
    .instance_size = sizeof(AdObject),
    .repr = none_repr, .hash = object_hash, .truth = none_truth, .construct = none_construct,
};
AdType ad_notimpl_type = {
    .ob = {&ad_type_type}, .name = "NotImplementedType", .base = &ad_object_type,
    .instance_size = sizeof(AdObject),
    .repr = notimpl_repr, .hash = object_hash, .construct = notimpl_construct,
};
AdType ad_ellipsis_type = {
    .ob = {&ad_type_type}, .name = "ellipsis", .base = &ad_object_type,
    .instance_size = sizeof(AdObject),
    .repr = ellipsis_repr, .hash = object_hash, .construct = ellipsis_construct,
};

AdObject ad_None = {&ad_none_type};
AdObject ad_NotImplemented = {&ad_notimpl_type};
AdObject ad_Ellipsis = {&ad_ellipsis_type};

/* ========================================================================================== */
/* MARK: Type readiness                                                                        */
/* ========================================================================================== */

#define AD_TPFLAG_READY_ (1u << 31)
#define AD_TPFLAG_FINISHED_ (1u << 30)

/* Flags a subclass shares with its base (fast isinstance tests). */
static const uint32_t inherited_flags =
    AD_TPFLAG_INT_SUBCLASS | AD_TPFLAG_FLOAT_SUBCLASS | AD_TPFLAG_STR_SUBCLASS |
    AD_TPFLAG_BYTES_SUBCLASS | AD_TPFLAG_LIST_SUBCLASS | AD_TPFLAG_TUPLE_SUBCLASS |
    AD_TPFLAG_DICT_SUBCLASS | AD_TPFLAG_BASE_EXC_SUBCLASS | AD_TPFLAG_TYPE_SUBCLASS |
    AD_TPFLAG_SEQUENCE | AD_TPFLAG_MAPPING;

/* The canonical types carry their own subclass flag. */
static void set_own_flags(AdType *t) {
    if (t == &ad_int_type) t->flags |= AD_TPFLAG_INT_SUBCLASS;
    else if (t == &ad_float_type) t->flags |= AD_TPFLAG_FLOAT_SUBCLASS;
    else if (t == &ad_str_type) t->flags |= AD_TPFLAG_STR_SUBCLASS;
    else if (t == &ad_bytes_type) t->flags |= AD_TPFLAG_BYTES_SUBCLASS;
    else if (t == &ad_list_type) t->flags |= AD_TPFLAG_LIST_SUBCLASS | AD_TPFLAG_SEQUENCE;
    else if (t == &ad_tuple_type) t->flags |= AD_TPFLAG_TUPLE_SUBCLASS | AD_TPFLAG_SEQUENCE;
    else if (t == &ad_dict_type) t->flags |= AD_TPFLAG_DICT_SUBCLASS | AD_TPFLAG_MAPPING;
    else if (t == &ad_BaseException) t->flags |= AD_TPFLAG_BASE_EXC_SUBCLASS;
    else if (t == &ad_type_type) t->flags |= AD_TPFLAG_TYPE_SUBCLASS;
    else if (t == &ad_range_type) t->flags |= AD_TPFLAG_SEQUENCE;
}

#define INHERIT(field) do { if (!t->field) t->field = b->field; } while (0)

static void inherit_slots(AdType *t, AdType *b) {
    INHERIT(repr); INHERIT(str);
    if (!t->hash && !t->richcompare) { t->hash = b->hash; t->richcompare = b->richcompare; }
    INHERIT(truth); INHERIT(len); INHERIT(getitem); INHERIT(setitem); INHERIT(contains);
    INHERIT(iter); INHERIT(next); INHERIT(call); INHERIT(getattr); INHERIT(setattr);
    INHERIT(descr_get); INHERIT(descr_set);
    for (int i = 0; i < AD_OP_COUNT; i++) { INHERIT(number[i]); INHERIT(inplace[i]); }
    INHERIT(neg); INHERIT(pos); INHERIT(invert); INHERIT(abs);
    INHERIT(to_int); INHERIT(to_float); INHERIT(index); INHERIT(format);
    /* A class's layout (whether its instances have a dict) is decided when it is created, from its
     * solid base: another class along its MRO must not give instances of, say, a str subclass a dict. */
    if (!(t->flags & AD_TPFLAG_HEAPTYPE)) INHERIT(dict_offset);
    if (!t->instance_size) t->instance_size = b->instance_size;
    if (b != &ad_object_type) INHERIT(construct);
    t->flags |= b->flags & inherited_flags;
}

/* The part of readiness that needs no objects: metatype, base, inherited slots and flags. A class
 * created at run time comes with its MRO, and inherits along it (first definition wins, as
 * CPython's inherit_slots over the MRO); a builtin type inherits along its base chain. */
static void prepare_structure(AdType *t) {
    if (t->flags & AD_TPFLAG_READY_) return;
    if (!t->ob.type) t->ob.type = &ad_type_type;
    if (!t->base && t != &ad_object_type) t->base = &ad_object_type;
    set_own_flags(t);
    if (t->mro) {
        AdTuple *m = AD_AS(AdTuple, t->mro);
        for (int64_t i = 1; i < m->len; i++) {
            AdType *b = AD_AS(AdType, m->items[i]);
            prepare_structure(b);
            inherit_slots(t, b);
        }
    } else if (t->base) {
        prepare_structure(t->base);
        inherit_slots(t, t->base);
    }
    t->flags |= AD_TPFLAG_READY_;
}

/* Split "module.Name" C names as CPython does for static types. */
static void fill_names(AdType *t) {
    if (t->name_str) {
        if (!t->qualname) t->qualname = t->name_str;
        if (!t->module) t->module = ad_str_intern_cstr("builtins");
        return;
    }
    const char *dot = strrchr(t->name, '.');
    if (dot) {
        t->name_str = ad_str_intern_cstr(dot + 1);
        if (!t->module) t->module = ad_str_intern(ad_str_from_utf8(t->name, (size_t)(dot - t->name)));
    } else {
        t->name_str = ad_str_intern_cstr(t->name);
        if (!t->module) t->module = ad_str_intern_cstr("builtins");
    }
    if (!t->qualname) t->qualname = t->name_str;
}

/* The part of readiness that creates objects: names, bases, MRO and the dict. */
static void finish_type(AdType *t) {
    if (t->flags & AD_TPFLAG_FINISHED_) return;
    if (t->base) finish_type(t->base);
    fill_names(t);
    if (!t->dict) t->dict = ad_dict_new();
    if (!t->bases) t->bases = t->base ? ad_tuple_from_array((AdValue *)&t->base, 1) : ad_empty_tuple;
    if (!t->mro) {
        AdValue mro = ad_type_compute_mro(t, t->bases);
        if (!mro) {
            fprintf(stderr, "adder: cannot compute the MRO of type %s\n", t->name);
            abort();
        }
        t->mro = mro;
    }
    t->flags |= AD_TPFLAG_FINISHED_;
}

static void add_methods(AdType *t, const AdMethodDef *methods, const AdGetSetDef *getsets) {
    ad_type_modified(t);
    for (const AdMethodDef *m = methods; m && m->name; m++)
        ad_dict_set_cstr(t->dict, m->name, ad_method_descr_new(t, m));
    for (const AdGetSetDef *g = getsets; g && g->name; g++)
        ad_dict_set_cstr(t->dict, g->name, ad_getset_descr_new(t, g));
}

typedef struct PendingType {
    AdType *type;
    const AdMethodDef *methods;
    const AdGetSetDef *getsets;
} PendingType;

/* Types readied before strs and dicts exist; static so that the collector never matters. */
static PendingType pending_types[256];
static int pending_count;

void ad_type_ready(AdType *type, const AdMethodDef *methods, const AdGetSetDef *getsets) {
    prepare_structure(type);
    if (!ad_core_objects_usable) {
        if (pending_count == (int)(sizeof pending_types / sizeof pending_types[0])) {
            fprintf(stderr, "adder: too many types readied before start-up finished\n");
            abort();
        }
        pending_types[pending_count++] = (PendingType){type, methods, getsets};
        return;
    }
    finish_type(type);
    add_methods(type, methods, getsets);
    ad_core_add_slot_wrappers(type);
}

void ad_core_finish_pending_types(void) {
    ad_core_objects_usable = 1;
    for (int i = 0; i < pending_count; i++) {
        PendingType *p = &pending_types[i];
        finish_type(p->type);
        add_methods(p->type, p->methods, p->getsets);
        ad_core_add_slot_wrappers(p->type);
    }
    pending_count = 0;
}

int ad_type_is_subtype(AdType *sub, AdType *base) {
    if (sub == base) return 1;
    AdValue mro = sub->mro;
    if (mro) {
        AdTuple *m = AD_AS(AdTuple, mro);
        for (int64_t i = 1; i < m->len; i++)
            if (m->items[i] == AD_VAL(base)) return 1;
        return 0;
    }
    for (AdType *t = sub->base; t; t = t->base)
        if (t == base) return 1;
    return 0;
}

/* The lookup itself: each dict along the MRO (or the base chain before the MRO exists). */
static AdValue lookup_uncached(AdType *type, AdValue name) {
    AdValue mro = type->mro, out = 0;
    if (AD_LIKELY(mro != 0)) {
        AdTuple *m = AD_AS(AdTuple, mro);
        for (int64_t i = 0; i < m->len; i++) {
            AdValue dict = AD_AS(AdType, m->items[i])->dict;
            if (dict && ad_dict_lookup(dict, name, &out) == 1) return out;
        }
        return 0;
    }
    for (AdType *t = type; t; t = t->base)
        if (t->dict && ad_dict_lookup(t->dict, name, &out) == 1) return out;
    return 0;
}

/*
 * The method cache: a direct-mapped table from (type, name object) to the result of the lookup,
 * misses included (so that `self.x` on an instance with a dict does not walk the MRO each time).
 * An entry is valid while its epoch is the current one; any change to a type's dict after start-up
 * bumps the epoch (type_setattr, ad_type_ready, ad_type_modified). The table is static data, so the
 * collector keeps the types and name strs it holds alive: an address is never reused while cached.
 */
#define METHOD_CACHE_SIZE 4096

typedef struct MethodCacheEntry {
    AdType *type;
    AdValue name;
    AdValue value;
    uint64_t epoch;
} MethodCacheEntry;

static MethodCacheEntry method_cache[METHOD_CACHE_SIZE];
static uint64_t method_cache_epoch = 1;

void ad_type_modified(AdType *type) {
    (void)type;
    method_cache_epoch++;
}

AdValue ad_type_lookup(AdType *type, AdValue name) {
    size_t slot = (((uintptr_t)type >> 4) ^ ((uintptr_t)name >> 3) ^ ((uintptr_t)name >> 15)) &
                  (METHOD_CACHE_SIZE - 1);
    MethodCacheEntry *e = &method_cache[slot];
    if (AD_LIKELY(e->type == type && e->name == name && e->epoch == method_cache_epoch)) return e->value;
    AdValue v = lookup_uncached(type, name);
    if (AD_LIKELY(ad_core_objects_usable)) *e = (MethodCacheEntry){type, name, v, method_cache_epoch};
    return v;
}

/* ---- C3 linearization ---------------------------------------------------------------------- */

/* One of the lists being merged: items[pos..len) are still to be taken. */
typedef struct MergeSeq {
    AdValue *items;
    int64_t pos, len;
} MergeSeq;

static int in_tail_of_any(AdValue candidate, MergeSeq *seqs, int nseqs) {
    for (int i = 0; i < nseqs; i++)
        for (int64_t j = seqs[i].pos + 1; j < seqs[i].len; j++)
            if (seqs[i].items[j] == candidate) return 1;
    return 0;
}

/* CPython's set_mro_error: the message names the heads of the lists left unmerged (each class
 * once, in the order of the lists), which are the classes whose order the bases contradict. */
static AdValue mro_conflict(MergeSeq *seqs, int nseqs) {
    AdStrBuilder sb;
    ad_sb_init(&sb);
    ad_sb_append_cstr(&sb, "Cannot create a consistent method resolution\norder (MRO) for bases");
    for (int i = 0, named = 0; i < nseqs; i++) {
        if (seqs[i].pos >= seqs[i].len) continue;
        AdValue head = seqs[i].items[seqs[i].pos];
        int seen = 0;
        for (int j = 0; j < i && !seen; j++)
            seen = seqs[j].pos < seqs[j].len && seqs[j].items[seqs[j].pos] == head;
        if (seen) continue;
        ad_sb_append_cstr(&sb, named++ ? ", " : " ");
        ad_sb_append_str(&sb, AD_AS(AdType, head)->name_str);
    }
    return ad_err_set_object(ad_exception_new(&ad_TypeError, (AdValue[]){ad_sb_finish(&sb)}, 1));
}

AdValue ad_type_compute_mro(AdType *t, AdValue bases) {
    int64_t nbases = ad_tuple_len(bases);
    int nseqs = (int)nbases + 1;
    MergeSeq *seqs = ad_alloc(sizeof(MergeSeq) * (size_t)nseqs);
    int64_t total = 1;
    for (int64_t i = 0; i < nbases; i++) {
        AdValue bmro = AD_AS(AdType, ad_tuple_get(bases, i))->mro;
        seqs[i] = (MergeSeq){AD_AS(AdTuple, bmro)->items, 0, ad_tuple_len(bmro)};
        total += ad_tuple_len(bmro);
    }
    seqs[nbases] = (MergeSeq){AD_AS(AdTuple, bases)->items, 0, nbases};
    AdValue *out = ad_alloc(sizeof(AdValue) * (size_t)total);
    int64_t n = 0;
    out[n++] = AD_VAL(t);
    for (;;) {
        AdValue chosen = 0;
        int remaining = 0;
        for (int i = 0; i < nseqs && !chosen; i++) {
            if (seqs[i].pos >= seqs[i].len) continue;
            remaining = 1;
            AdValue head = seqs[i].items[seqs[i].pos];
            if (!in_tail_of_any(head, seqs, nseqs)) chosen = head;
        }
        if (!chosen) {
            if (remaining) return mro_conflict(seqs, nseqs);
            break;
        }
        out[n++] = chosen;
        for (int i = 0; i < nseqs; i++)
            if (seqs[i].pos < seqs[i].len && seqs[i].items[seqs[i].pos] == chosen) seqs[i].pos++;
    }
    return ad_tuple_from_array(out, (size_t)n);
}

/* ========================================================================================== */
/* MARK: Start-up                                                                              */
/* ========================================================================================== */

void ad_init_objects(void) {
    ad_type_ready(&ad_object_type, object_methods, object_getsets);
    ad_type_ready(&ad_type_type, type_methods, type_getsets);
    ad_type_ready(&ad_none_type, NULL, NULL);
    ad_type_ready(&ad_notimpl_type, NULL, NULL);
    ad_type_ready(&ad_ellipsis_type, NULL, NULL);
}

static void read_gc_stress(void) {
    const char *s = getenv("ADDER_GC_STRESS");
    if (s && *s) {
        long n = strtol(s, NULL, 10);
        gc_stress_every = n > 0 ? n : 0;
    }
}

/*
 * Roots. By default the collector scans the writable data of every loaded library: in `adder`
 * that is megabytes of Swift runtime, Foundation and ICU data (and LLVM's), none of which holds
 * Python objects, rescanned at every collection. We scan only the images that can: the main
 * executable (the engines' and native programs' statics) and the image holding this runtime.
 */
typedef struct RootSearch {
    const void *runtime_address;
    int index;
} RootSearch;

static int image_contains(struct dl_phdr_info *info, const void *address) {
    uintptr_t a = (uintptr_t)address;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        uintptr_t start = info->dlpi_addr + ph->p_vaddr;
        if (ph->p_type == PT_LOAD && a >= start && a < start + ph->p_memsz) return 1;
    }
    return 0;
}

static int add_image_roots(struct dl_phdr_info *info, size_t size, void *data) {
    RootSearch *search = data;
    int is_main = search->index++ == 0;
    if (!is_main && !image_contains(info, search->runtime_address)) return 0;
    for (int i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_LOAD || !(ph->p_flags & PF_W) || ph->p_memsz == 0) continue;
        char *start = (char *)(info->dlpi_addr + ph->p_vaddr);
        GC_add_roots(start, start + ph->p_memsz);
    }
    return 0;
}

/* A starting heap of a few megabytes: a tiny heap makes a program that allocates many short-lived
 * objects (boxed floats) collect every few hundred kilobytes. */
#define INITIAL_HEAP_BYTES ((size_t)8 << 20)

static void start_collector(void) {
    GC_set_no_dls(1);
    /* One Python thread allocates; parallel marker threads on a machine with few cores spend their
     * time switching, so mark on the allocating thread unless GC_MARKERS says otherwise. */
    if (!getenv("GC_MARKERS")) GC_set_markers_count(1);
    GC_INIT();
    RootSearch search = {(const void *)&ad_object_type, 0};
    dl_iterate_phdr(add_image_roots, &search);
    GC_allow_register_threads();
    if (!getenv("GC_INITIAL_HEAP_SIZE")) GC_expand_hp(INITIAL_HEAP_BYTES);
}

void ad_runtime_init(int argc, char **argv) {
    static int started;
    if (started) return;
    started = 1;
    start_collector();
    /* As CPython: a closed pipe is an error (BrokenPipeError) rather than a fatal signal. */
    signal(SIGPIPE, SIG_IGN);
    read_gc_stress();
    ad_core_argc = argc;
    ad_core_argv = argv;
    ad_init_objects();
    ad_init_str();
    ad_init_numbers();
    ad_init_containers();
    ad_init_exceptions();
    ad_init_functions();
    ad_init_modules();
    ad_init_classes();
    ad_init_generic_alias();
    ad_init_mappingproxy();
    ad_init_generators();
}

/* ---- the main thread with a large stack ------------------------------------------------------ */

typedef struct MainCall {
    int (*fn)(void *);
    void *arg;
    int result;
} MainCall;

static void *main_thread_body(void *p) {
    MainCall *call = p;
    call->result = call->fn(call->arg);
    return NULL;
}

/* The stack is reserved, not committed: untouched pages cost nothing. */
static int start_big_thread(MainCall *call, size_t stack_size) {
    pthread_attr_t attr;
    pthread_t thread;
    if (pthread_attr_init(&attr) != 0) return -1;
    int ok = pthread_attr_setstacksize(&attr, stack_size) == 0 &&
             pthread_create(&thread, &attr, main_thread_body, call) == 0;
    pthread_attr_destroy(&attr);
    if (!ok) return -1;
    pthread_join(thread, NULL);
    return 0;
}

int ad_run_main(int (*fn)(void *), void *arg) {
    MainCall *call = ad_alloc_uncollectable(sizeof(MainCall));
    call->fn = fn;
    call->arg = arg;
    if (start_big_thread(call, (size_t)1 << 30) < 0 && start_big_thread(call, (size_t)256 << 20) < 0)
        call->result = fn(arg);
    int result = call->result;
    ad_free_uncollectable(call);
    return result;
}

void ad_register_thread(void) {
    struct GC_stack_base sb;
    if (GC_get_stack_base(&sb) == GC_SUCCESS) GC_register_my_thread(&sb);
}

void ad_unregister_thread(void) {
    GC_unregister_my_thread();
}
