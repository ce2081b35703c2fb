/*
 * genericalias.c — `list[int]` (types.GenericAlias), `int | None` (types.UnionType), and the
 * subscription of classes (`C[x]` through `__class_getitem__`).
 *
 * These exist because annotations are values: a module or class body that says `x: list[int] = []`
 * or `y: int | None = None` evaluates the annotation, and typing-heavy programs also build such
 * objects at run time. They follow CPython 3.11's Objects/genericaliasobject.c and unionobject.c in
 * behaviour: a generic alias forwards every attribute it does not own to its origin and calls its
 * origin when called; a union flattens nested unions, drops duplicates, stores None as NoneType and
 * collapses to its only member (`int | int` is `int`); isinstance() accepts unions of plain types.
 *
 * Substitution of type variables (`list[T][int]`) is not implemented: type variables live in the
 * Python `typing` module, and only `__parameters__` collection (args with `__typing_subst__`) is.
 */
#include "core.h"

#include <string.h>

typedef struct GenericAlias {
    AdObject ob;
    AdValue origin;
    AdValue args;              /* tuple */
    AdValue parameters;        /* tuple, computed on first use (0 until then) */
} GenericAlias;

typedef struct UnionType {
    AdObject ob;
    AdValue args;              /* tuple of at least two members, None stored as NoneType */
    AdValue parameters;
} UnionType;

AdType ad_generic_alias_type, ad_union_type;

static int64_t list_len(AdValue list) { return AD_AS(AdList, list)->len; }
static AdValue list_get(AdValue list, int64_t i) { return AD_AS(AdList, list)->items[i]; }

static int is_generic_alias(AdValue v) { return !ad_is_small(v) && ad_type(v) == &ad_generic_alias_type; }
static int is_union(AdValue v) { return !ad_is_small(v) && ad_type(v) == &ad_union_type; }
static int is_type_object(AdValue v) { return !ad_is_small(v) && (ad_type(v)->flags & AD_TPFLAG_TYPE_SUBCLASS); }

AdValue ad_generic_alias_new(AdValue origin, AdValue args) {
    if (ad_is_small(args) || ad_type(args) != &ad_tuple_type) {
        args = ad_tuple_from_array(&args, 1);
        if (!args) return AD_ERROR;
    }
    GenericAlias *ga = (GenericAlias *)ad_new_object(&ad_generic_alias_type, sizeof(GenericAlias));
    ga->origin = origin;
    ga->args = args;
    return AD_VAL(ga);
}

/* ------------------------------------------------------------------------------------------ */
/* repr                                                                                        */
/* ------------------------------------------------------------------------------------------ */

/* One item of a repr: `...`, a nested alias's repr, `module.qualname` (just the qualname for
 * builtins) for anything with both attributes, else repr(). */
static int append_repr_item(AdStrBuilder *sb, AdValue item) {
    if (item == AD_ELLIPSIS) {
        ad_sb_append_cstr(sb, "...");
        return 0;
    }
    AdValue text = 0;
    if (is_generic_alias(item) || is_union(item)) {
        text = ad_repr(item);
    } else {
        AdValue origin = ad_getattr_opt(item, ad_str_intern_cstr("__origin__"));
        AdValue args = origin ? ad_getattr_opt(item, ad_str_intern_cstr("__args__")) : 0;
        if (ad_err_occurred()) return -1;
        if (origin && args) {
            text = ad_repr(item);
        } else {
            AdValue qualname = ad_getattr_opt(item, ad_str_intern_cstr("__qualname__"));
            AdValue module = qualname ? ad_getattr_opt(item, ad_str_intern_cstr("__module__")) : 0;
            if (ad_err_occurred()) return -1;
            if (qualname && module && module != AD_NONE) {
                if (ad_is_str(module) && ad_str_eq_cstr(module, "builtins")) text = ad_str(qualname);
                else text = ad_sprintf("%S.%S", module, qualname);
            } else {
                text = ad_repr(item);
            }
        }
    }
    if (!text) return -1;
    ad_sb_append_str(sb, text);
    return 0;
}

/* The arguments of an alias: `[int, str]` items inside a list argument (Callable-style). */
static int append_repr_args(AdStrBuilder *sb, AdValue args) {
    int64_t n = ad_tuple_len(args);
    if (n == 0) {
        ad_sb_append_cstr(sb, "()");
        return 0;
    }
    for (int64_t i = 0; i < n; i++) {
        if (i) ad_sb_append_cstr(sb, ", ");
        AdValue item = ad_tuple_get(args, i);
        if (!ad_is_small(item) && ad_type(item) == &ad_list_type) {
            ad_sb_append_char(sb, '[');
            for (int64_t j = 0; j < list_len(item); j++) {
                if (j) ad_sb_append_cstr(sb, ", ");
                if (append_repr_item(sb, list_get(item, j)) < 0) return -1;
            }
            ad_sb_append_char(sb, ']');
        } else if (append_repr_item(sb, item) < 0) {
            return -1;
        }
    }
    return 0;
}

static AdValue ga_repr(AdValue self) {
    GenericAlias *ga = AD_AS(GenericAlias, self);
    AdStrBuilder sb;
    ad_sb_init(&sb);
    if (append_repr_item(&sb, ga->origin) < 0) return AD_ERROR;
    ad_sb_append_char(&sb, '[');
    if (append_repr_args(&sb, ga->args) < 0) return AD_ERROR;
    ad_sb_append_char(&sb, ']');
    return ad_sb_finish(&sb);
}

static AdValue union_repr(AdValue self) {
    AdValue args = AD_AS(UnionType, self)->args;
    AdStrBuilder sb;
    ad_sb_init(&sb);
    for (int64_t i = 0; i < ad_tuple_len(args); i++) {
        if (i) ad_sb_append_cstr(&sb, " | ");
        AdValue item = ad_tuple_get(args, i);
        if (item == AD_VAL(&ad_none_type)) ad_sb_append_cstr(&sb, "None");
        else if (append_repr_item(&sb, item) < 0) return AD_ERROR;
    }
    return ad_sb_finish(&sb);
}

/* ------------------------------------------------------------------------------------------ */
/* __parameters__: the arguments that are type variables (have __typing_subst__), in order      */
/* ------------------------------------------------------------------------------------------ */

static AdValue collect_parameters(AdValue args) {
    AdValue found = ad_list_new(0);
    if (!found) return AD_ERROR;
    AdValue subst = ad_str_intern_cstr("__typing_subst__");
    for (int64_t i = 0; i < ad_tuple_len(args); i++) {
        AdValue arg = ad_tuple_get(args, i);
        if (is_type_object(arg)) continue;
        AdValue nested = 0;
        if (is_generic_alias(arg) || is_union(arg)) {
            nested = ad_getattr_cstr(arg, "__parameters__");
        } else {
            AdValue has = ad_getattr_opt(arg, subst);
            if (ad_err_occurred()) return AD_ERROR;
            if (has) {
                int r = ad_contains(found, arg);
                if (r < 0 || (r == 0 && ad_list_append(found, arg) < 0)) return AD_ERROR;
                continue;
            }
            nested = ad_getattr_opt(arg, ad_str_intern_cstr("__parameters__"));
            if (ad_err_occurred()) return AD_ERROR;
        }
        if (!nested || ad_is_small(nested) || ad_type(nested) != &ad_tuple_type) continue;
        for (int64_t j = 0; j < ad_tuple_len(nested); j++) {
            int r = ad_contains(found, ad_tuple_get(nested, j));
            if (r < 0 || (r == 0 && ad_list_append(found, ad_tuple_get(nested, j)) < 0)) return AD_ERROR;
        }
    }
    return ad_tuple_from_array(AD_AS(AdList, found)->items, (size_t)list_len(found));
}

static AdValue ga_get_parameters(AdValue self) {
    GenericAlias *ga = AD_AS(GenericAlias, self);
    if (!ga->parameters) ga->parameters = collect_parameters(ga->args);
    return ga->parameters;
}

static AdValue union_get_parameters(AdValue self) {
    UnionType *u = AD_AS(UnionType, self);
    if (!u->parameters) u->parameters = collect_parameters(u->args);
    return u->parameters;
}

/* ------------------------------------------------------------------------------------------ */
/* GenericAlias: attributes, call, comparison, hash                                            */
/* ------------------------------------------------------------------------------------------ */

/* The names a generic alias answers itself; everything else comes from the origin. */
static const char *const ga_own_attributes[] = {
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__", NULL,
};

static AdValue ga_getattr(AdValue self, AdValue name) {
    GenericAlias *ga = AD_AS(GenericAlias, self);
    if (ad_str_eq_cstr(name, "__origin__")) return ga->origin;
    if (ad_str_eq_cstr(name, "__args__")) return ga->args;
    if (ad_str_eq_cstr(name, "__parameters__")) return ga_get_parameters(self);
    if (ad_str_eq_cstr(name, "__unpacked__")) return AD_FALSE;
    for (const char *const *own = ga_own_attributes; *own; own++)
        if (ad_str_eq_cstr(name, *own)) return ad_generic_getattr(self, name);
    return ad_getattr(ga->origin, name);
}

/* Calling list[int] makes a list, and tries to record the alias as the result's __orig_class__. */
static AdValue ga_call(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue result = ad_call(AD_AS(GenericAlias, self)->origin, args, nargs, kwnames);
    if (!result) return AD_ERROR;
    if (ad_setattr(result, ad_str_intern_cstr("__orig_class__"), self) < 0) {
        if (!ad_err_matches(&ad_AttributeError) && !ad_err_matches(&ad_TypeError)) return AD_ERROR;
        ad_err_clear();
    }
    return result;
}

static AdValue ga_richcompare(AdValue a, AdValue b, int op) {
    if (!is_generic_alias(b) || (op != AD_EQ && op != AD_NE)) return AD_NOTIMPL;
    GenericAlias *x = AD_AS(GenericAlias, a), *y = AD_AS(GenericAlias, b);
    int eq = ad_eq(x->origin, y->origin);
    if (eq > 0) eq = ad_eq(x->args, y->args);
    if (eq < 0) return AD_ERROR;
    return ad_bool(op == AD_EQ ? eq : !eq);
}

static int64_t ga_hash(AdValue self) {
    GenericAlias *ga = AD_AS(GenericAlias, self);
    int64_t h0 = ad_hash(ga->origin);
    if (h0 == -1 && ad_err_occurred()) return -1;
    int64_t h1 = ad_hash(ga->args);
    if (h1 == -1 && ad_err_occurred()) return -1;
    int64_t h = h0 ^ h1;
    return h == -1 ? -2 : h;
}

/* `class C(list[int])` derives from list. */
static AdValue ga_mro_entries(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("__mro_entries__", kwnames) < 0 || ad_check_nargs("__mro_entries__", nargs, 1, 1) < 0)
        return AD_ERROR;
    return ad_tuple_from_array(&AD_AS(GenericAlias, self)->origin, 1);
}

static AdValue ga_instancecheck(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return ad_err_set(&ad_TypeError, "isinstance() argument 2 cannot be a parameterized generic");
}

static AdValue ga_subclasscheck(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return ad_err_set(&ad_TypeError, "issubclass() argument 2 cannot be a parameterized generic");
}

static AdValue ga_getitem(AdValue self, AdValue key) {
    AdValue params = ga_get_parameters(self);
    if (!params) return AD_ERROR;
    if (ad_tuple_len(params) == 0)
        return ad_err_format(&ad_TypeError, "%R is not a generic class", self);
    return ad_err_format(&ad_TypeError, "substituting type variables in %R is not supported by Adder", self);
}

static const AdMethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries, 0},
    {"__instancecheck__", ga_instancecheck, 0},
    {"__subclasscheck__", ga_subclasscheck, 0},
    {NULL, NULL, 0},
};

static AdValue ga_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("GenericAlias", kwnames) < 0 || ad_check_nargs("GenericAlias", nargs, 2, 2) < 0)
        return AD_ERROR;
    return ad_generic_alias_new(args[0], args[1]);
}

/* ------------------------------------------------------------------------------------------ */
/* UnionType: `X | Y`                                                                          */
/* ------------------------------------------------------------------------------------------ */

static int is_unionable(AdValue v) {
    return v == AD_NONE || is_type_object(v) || is_generic_alias(v) || is_union(v);
}

/* Add `item` (None as NoneType; a union's members one by one) unless an equal one is there.
 * Types compare by identity and other members by equality, as CPython's dedup does. */
static int add_member(AdValue list, AdValue item) {
    if (is_union(item)) {
        AdValue args = AD_AS(UnionType, item)->args;
        for (int64_t i = 0; i < ad_tuple_len(args); i++)
            if (add_member(list, ad_tuple_get(args, i)) < 0) return -1;
        return 0;
    }
    if (item == AD_NONE) item = AD_VAL(&ad_none_type);
    for (int64_t i = 0; i < list_len(list); i++) {
        AdValue have = list_get(list, i);
        if (have == item) return 0;
        if (is_type_object(have) || is_type_object(item)) continue;
        int eq = ad_eq(have, item);
        if (eq < 0) return -1;
        if (eq) return 0;
    }
    return ad_list_append(list, item);
}

AdValue ad_union_or(AdValue a, AdValue b) {
    if (!is_unionable(a) || !is_unionable(b)) return AD_NOTIMPL;
    AdValue members = ad_list_new(0);
    if (!members || add_member(members, a) < 0 || add_member(members, b) < 0) return AD_ERROR;
    if (list_len(members) == 1) return list_get(members, 0);
    UnionType *u = (UnionType *)ad_new_object(&ad_union_type, sizeof(UnionType));
    u->args = ad_tuple_from_array(AD_AS(AdList, members)->items, (size_t)list_len(members));
    if (!u->args) return AD_ERROR;
    return AD_VAL(u);
}

static AdValue union_get_args(AdValue self) { return AD_AS(UnionType, self)->args; }

/* Unions are equal when they have the same members in any order. */
static AdValue union_richcompare(AdValue a, AdValue b, int op) {
    if (!is_union(b) || (op != AD_EQ && op != AD_NE)) return AD_NOTIMPL;
    AdValue x = ad_frozenset_new(AD_AS(UnionType, a)->args);
    AdValue y = x ? ad_frozenset_new(AD_AS(UnionType, b)->args) : 0;
    if (!y) return AD_ERROR;
    int eq = ad_eq(x, y);
    if (eq < 0) return AD_ERROR;
    return ad_bool(op == AD_EQ ? eq : !eq);
}

static int64_t union_hash(AdValue self) {
    AdValue members = ad_frozenset_new(AD_AS(UnionType, self)->args);
    if (!members) return -1;
    return ad_hash(members);
}

static AdValue union_getitem(AdValue self, AdValue key) {
    return ad_err_format(&ad_TypeError, "substituting type variables in %R is not supported by Adder", self);
}

/** isinstance(v, int | str): 1, 0, or -1 with TypeError when a member is a parameterized generic. */
int ad_union_isinstance(AdValue v, AdValue u, int subclass) {
    AdValue args = AD_AS(UnionType, u)->args;
    for (int64_t i = 0; i < ad_tuple_len(args); i++) {
        if (is_generic_alias(ad_tuple_get(args, i))) {
            ad_err_format(&ad_TypeError, "%s() argument 2 cannot contain a parameterized generic",
                          subclass ? "issubclass" : "isinstance");
            return -1;
        }
    }
    for (int64_t i = 0; i < ad_tuple_len(args); i++) {
        int r = subclass ? ad_issubclass(v, ad_tuple_get(args, i)) : ad_isinstance(v, ad_tuple_get(args, i));
        if (r != 0) return r;
    }
    return 0;
}

int ad_is_union(AdValue v) { return is_union(v); }

static const AdGetSetDef union_getsets[] = {
    {"__args__", union_get_args, NULL},
    {"__parameters__", union_get_parameters, NULL},
    {NULL, NULL, NULL},
};

/* ------------------------------------------------------------------------------------------ */
/* Subscripting classes                                                                        */
/* ------------------------------------------------------------------------------------------ */

/* `type[int]` is an alias; any other class answers through its __class_getitem__ (which class
 * creation made a classmethod), else "type 'C' is not subscriptable". */
AdValue ad_type_subscript(AdValue cls, AdValue key) {
    if (cls == AD_VAL(&ad_type_type)) return ad_generic_alias_new(cls, key);
    AdValue hook = ad_getattr_opt(cls, ad_str_intern_cstr("__class_getitem__"));
    if (hook) return ad_call1(hook, key);
    if (ad_err_occurred()) return AD_ERROR;
    return ad_err_format(&ad_TypeError, "type '%s' is not subscriptable", AD_AS(AdType, cls)->name);
}

static AdValue generic_class_getitem(AdValue cls, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("__class_getitem__", kwnames) < 0 || ad_check_nargs("__class_getitem__", nargs, 1, 1) < 0)
        return AD_ERROR;
    return ad_generic_alias_new(cls, args[0]);
}

static const AdMethodDef class_getitem_methods[] = {
    {"__class_getitem__", generic_class_getitem, AD_METH_CLASS},
    {NULL, NULL, 0},
};

AdType ad_generic_alias_type = {
    .ob = {&ad_type_type}, .name = "types.GenericAlias", .base = &ad_object_type,
    .instance_size = sizeof(GenericAlias),
    .repr = ga_repr, .hash = ga_hash, .richcompare = ga_richcompare, .getattr = ga_getattr,
    .call = ga_call, .getitem = ga_getitem, .construct = ga_construct,
    .number = {[AD_OP_OR] = ad_union_or},
};

AdType ad_union_type = {
    .ob = {&ad_type_type}, .name = "types.UnionType", .base = &ad_object_type,
    .instance_size = sizeof(UnionType),
    .repr = union_repr, .hash = union_hash, .richcompare = union_richcompare, .getitem = union_getitem,
    .number = {[AD_OP_OR] = ad_union_or},
};

void ad_init_generic_alias(void) {
    ad_type_ready(&ad_generic_alias_type, ga_methods, NULL);
    ad_type_ready(&ad_union_type, NULL, union_getsets);
    AdType *const generic_builtins[] = {
        &ad_list_type, &ad_tuple_type, &ad_dict_type, &ad_set_type, &ad_frozenset_type, NULL,
    };
    for (AdType *const *t = generic_builtins; *t; t++) ad_type_ready(*t, class_getitem_methods, NULL);
}
