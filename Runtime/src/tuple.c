/*
 * tuple.c — the immutable sequence.
 *
 * A tuple is one block: its length and then its items. Tuples are immutable once they escape to
 * Python code, but ad_tuple_new hands out a tuple whose slots the caller fills (all 0 until then),
 * as CPython's PyTuple_New does; nothing may look at such a tuple before it is filled.
 *
 * There is one empty tuple, a static object, so that `()` allocates nothing and exists before the
 * collector and the types are initialized (type dicts and MROs are built with tuples at start-up).
 *
 * hash() is CPython 3.11's tuplehash (xxHash-style lanes over the item hashes), which matters
 * beyond hash() itself: the order in which a set of tuples iterates depends on it.
 */
#include "containers.h"

static AdTuple empty_tuple_object = {{&ad_tuple_type}, 0};
AdValue ad_empty_tuple = (AdValue)(uintptr_t)&empty_tuple_object;

/* ------------------------------------------------------------------------------------------ */
/* Creation                                                                                    */
/* ------------------------------------------------------------------------------------------ */

AdValue ad_tuple_new(int64_t n) {
    if (n <= 0) return ad_empty_tuple;
    if (n > (INT64_MAX - (int64_t)sizeof(AdTuple)) / 8 / 2) return ad_err_set(&ad_MemoryError, "");
    AdTuple *t = (AdTuple *)ad_new_object(&ad_tuple_type, sizeof(AdTuple) + (size_t)n * sizeof(AdValue));
    if (!t) return AD_ERROR;
    t->len = n;
    return AD_VAL(t);
}

AdValue ad_tuple_from_array(const AdValue *items, size_t n) {
    AdValue t = ad_tuple_new((int64_t)n);
    if (t && n) memcpy(AD_AS(AdTuple, t)->items, items, n * sizeof(AdValue));
    return t;
}

AdValue ad_tuple_slice_array(const AdValue *items, int64_t lo, int64_t hi) {
    if (hi <= lo) return ad_empty_tuple;
    return ad_tuple_from_array(items + lo, (size_t)(hi - lo));
}

AdValue ad_tuple_from_iterable(AdValue iterable) {
    if (!ad_is_small(iterable)) {
        AdType *t = AD_OBJ(iterable)->type;
        if (t == &ad_tuple_type) return iterable;
        if (t == &ad_list_type) {
            AdList *l = AD_AS(AdList, iterable);
            return ad_tuple_from_array(l->items, (size_t)l->len);
        }
    }
    AdValue list = ad_list_from_iterable(iterable);
    if (!list) return AD_ERROR;
    AdList *l = AD_AS(AdList, list);
    return ad_tuple_from_array(l->items, (size_t)l->len);
}

/* tuple(iterable) */
static AdValue tuple_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_nokw("tuple", kwnames) < 0) return AD_ERROR;
    if (ad_cont_arity("tuple", nargs, 0, 1) < 0) return AD_ERROR;
    AdValue t = nargs ? ad_tuple_from_iterable(args[0]) : ad_empty_tuple;
    if (!t || type == &ad_tuple_type) return t;
    /* A subclass: copy the items into an instance of the subclass. */
    int64_t n = ad_tuple_len(t);
    AdTuple *sub = (AdTuple *)ad_new_instance(type, sizeof(AdTuple) + (size_t)n * sizeof(AdValue));
    if (!sub) return AD_ERROR;
    sub->len = n;
    memcpy(sub->items, AD_AS(AdTuple, t)->items, (size_t)n * sizeof(AdValue));
    return AD_VAL(sub);
}

/* ------------------------------------------------------------------------------------------ */
/* Hash, comparison, repr                                                                      */
/* ------------------------------------------------------------------------------------------ */

#define XXPRIME_1 UINT64_C(11400714785074694791)
#define XXPRIME_2 UINT64_C(14029467366897019727)
#define XXPRIME_5 UINT64_C(2870177450012600261)
#define XXROTATE(x) (((x) << 31) | ((x) >> 33))

int64_t ad_tuple_hash_array(const AdValue *items, int64_t n) {
    uint64_t acc = XXPRIME_5;
    for (int64_t i = 0; i < n; i++) {
        int64_t h = ad_hash_fast(items[i]);
        if (h == -1) return -1;
        acc += (uint64_t)h * XXPRIME_2;
        acc = XXROTATE(acc);
        acc *= XXPRIME_1;
    }
    /* The length, mangled so that hash(()) keeps its historical value. */
    acc += (uint64_t)n ^ (XXPRIME_5 ^ UINT64_C(3527539));
    if (acc == (uint64_t)-1) return 1546275796;
    return (int64_t)acc;
}

static int64_t tuple_hash(AdValue self) {
    AdTuple *t = AD_AS(AdTuple, self);
    return ad_tuple_hash_array(t->items, t->len);
}

static AdValue tuple_richcompare(AdValue a, AdValue b, int op) {
    if (!ad_is_tuple(a) || !ad_is_tuple(b)) return AD_NOTIMPL;
    AdTuple *x = AD_AS(AdTuple, a), *y = AD_AS(AdTuple, b);
    AdValue *xi = x->items, *yi = y->items;
    return ad_seq_compare(&x->len, &xi, &y->len, &yi, op);
}

static AdValue tuple_repr(AdValue self) {
    AdTuple *t = AD_AS(AdTuple, self);
    if (t->len == 0) return ad_str_from_cstr("()");
    int r = ad_repr_enter(self);
    if (r < 0) return AD_ERROR;
    if (r > 0) return ad_str_from_cstr("(...)");
    AdStrBuilder sb;
    ad_sb_init(&sb);
    ad_sb_append_char(&sb, '(');
    for (int64_t i = 0; i < t->len; i++) {
        if (i) ad_sb_append_cstr(&sb, ", ");
        AdValue s = ad_repr(t->items[i]);
        if (!s) {
            ad_repr_leave(self);
            return AD_ERROR;
        }
        ad_sb_append_str(&sb, s);
    }
    ad_sb_append_cstr(&sb, t->len == 1 ? ",)" : ")");
    ad_repr_leave(self);
    return ad_sb_finish(&sb);
}

/* ------------------------------------------------------------------------------------------ */
/* Sequence operations                                                                         */
/* ------------------------------------------------------------------------------------------ */

static int64_t tuple_len(AdValue self) { return AD_AS(AdTuple, self)->len; }

static AdValue tuple_getitem(AdValue self, AdValue key) {
    AdTuple *t = AD_AS(AdTuple, self);
    int64_t i;
    if (ad_is_small(key)) {
        i = ad_small_val(key);
    } else if (AD_OBJ(key)->type == &ad_slice_type) {
        int64_t start, stop, step;
        int64_t n = ad_slice_indices(key, t->len, &start, &stop, &step);
        if (n < 0) return AD_ERROR;
        if (step == 1) {
            if (n == t->len && AD_OBJ(self)->type == &ad_tuple_type) return self;
            return ad_tuple_slice_array(t->items, start, start + n);
        }
        AdValue r = ad_tuple_new(n);
        if (!r) return AD_ERROR;
        for (int64_t k = 0, j = start; k < n; k++, j += step) AD_AS(AdTuple, r)->items[k] = t->items[j];
        return r;
    } else {
        int ok = ad_seq_index_arg(key, &i);
        if (ok < 0) return AD_ERROR;
        if (ok == 0) return ad_err_format(&ad_TypeError, "tuple indices must be integers or slices, not %T", key);
    }
    if (i < 0) i += t->len;
    if ((uint64_t)i >= (uint64_t)t->len) return ad_err_set(&ad_IndexError, "tuple index out of range");
    return t->items[i];
}

static int tuple_contains(AdValue self, AdValue item) {
    AdTuple *t = AD_AS(AdTuple, self);
    for (int64_t i = 0; i < t->len; i++) {
        int r = ad_eq(t->items[i], item);
        if (r) return r;
    }
    return 0;
}

static AdValue tuple_add(AdValue a, AdValue b) {
    if (!ad_is_tuple(a)) return AD_NOTIMPL;
    if (!ad_is_tuple(b)) return ad_seq_concat_fallback(&ad_tuple_type, a, b, "tuple");
    AdTuple *x = AD_AS(AdTuple, a), *y = AD_AS(AdTuple, b);
    if (y->len == 0 && AD_OBJ(a)->type == &ad_tuple_type) return a;
    if (x->len == 0 && AD_OBJ(b)->type == &ad_tuple_type) return b;
    AdValue r = ad_tuple_new(x->len + y->len);
    if (!r) return AD_ERROR;
    memcpy(AD_AS(AdTuple, r)->items, x->items, (size_t)x->len * sizeof(AdValue));
    memcpy(AD_AS(AdTuple, r)->items + x->len, y->items, (size_t)y->len * sizeof(AdValue));
    return r;
}

static AdValue tuple_mul(AdValue a, AdValue b) {
    AdValue seq, result;
    int64_t count;
    if (!ad_seq_repeat_args(&ad_tuple_type, a, b, &seq, &count, &result)) return result;
    AdTuple *t = AD_AS(AdTuple, seq);
    if (count <= 0 || t->len == 0) return ad_empty_tuple;
    if (count == 1 && AD_OBJ(seq)->type == &ad_tuple_type) return seq;
    if (t->len > INT64_MAX / 16 / count) return ad_err_set(&ad_MemoryError, "");
    AdValue r = ad_tuple_new(t->len * count);
    if (!r) return AD_ERROR;
    AdValue *out = AD_AS(AdTuple, r)->items;
    for (int64_t k = 0; k < count; k++, out += t->len) memcpy(out, t->items, (size_t)t->len * sizeof(AdValue));
    return r;
}

/* ------------------------------------------------------------------------------------------ */
/* Methods                                                                                     */
/* ------------------------------------------------------------------------------------------ */

static AdValue tuple_count(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_onearg("tuple.count", nargs, kwnames) < 0) return AD_ERROR;
    AdTuple *t = AD_AS(AdTuple, self);
    int64_t n = 0;
    for (int64_t i = 0; i < t->len; i++) {
        int r = ad_eq(t->items[i], args[0]);
        if (r < 0) return AD_ERROR;
        n += r;
    }
    return ad_small(n);
}

static AdValue tuple_index(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_nokw("tuple.index", kwnames) < 0 || ad_cont_arity("index", nargs, 1, 3) < 0) return AD_ERROR;
    AdTuple *t = AD_AS(AdTuple, self);
    int64_t start = 0, stop = INT64_MAX;
    if (nargs > 1 && ad_seq_clamp_arg(args[1], &start) < 0) return AD_ERROR;
    if (nargs > 2 && ad_seq_clamp_arg(args[2], &stop) < 0) return AD_ERROR;
    if (start < 0 && (start += t->len) < 0) start = 0;
    if (stop < 0 && (stop += t->len) < 0) stop = 0;
    for (int64_t i = start; i < stop && i < t->len; i++) {
        int r = ad_eq(t->items[i], args[0]);
        if (r < 0) return AD_ERROR;
        if (r) return ad_small(i);
    }
    return ad_err_set(&ad_ValueError, "tuple.index(x): x not in tuple");
}

static AdValue tuple_getnewargs(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_noargs("tuple.__getnewargs__", nargs, kwnames) < 0) return AD_ERROR;
    AdTuple *t = AD_AS(AdTuple, self);
    AdValue copy = ad_tuple_from_array(t->items, (size_t)t->len);
    return copy ? ad_tuple_from_array(&copy, 1) : AD_ERROR;
}

static const AdMethodDef tuple_methods[] = {
    {"count", tuple_count, 0},
    {"index", tuple_index, 0},
    {"__getnewargs__", tuple_getnewargs, 0},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------------------------------ */
/* The iterator                                                                                */
/* ------------------------------------------------------------------------------------------ */

typedef struct TupleIter {
    AdObject ob;
    AdValue seq;               /* 0 once exhausted */
    int64_t index;
} TupleIter;

static AdValue tuple_iter(AdValue self) {
    TupleIter *it = (TupleIter *)ad_new_object(&ad_tuple_iter_type, sizeof(TupleIter));
    if (!it) return AD_ERROR;
    it->seq = self;
    return AD_VAL(it);
}

static AdValue tuple_iter_next(AdValue self) {
    TupleIter *it = AD_AS(TupleIter, self);
    if (!it->seq) return AD_STOP;
    AdTuple *t = AD_AS(AdTuple, it->seq);
    if (it->index < t->len) return t->items[it->index++];
    it->seq = 0;
    return AD_STOP;
}

static AdValue iter_self(AdValue self) { return self; }

static AdValue tuple_iter_length_hint(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    TupleIter *it = AD_AS(TupleIter, self);
    return ad_small(it->seq ? ad_tuple_len(it->seq) - it->index : 0);
}

static const AdMethodDef tuple_iter_methods[] = {
    {"__length_hint__", tuple_iter_length_hint, 0},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------------------------------ */
/* Types                                                                                       */
/* ------------------------------------------------------------------------------------------ */

AdType ad_tuple_type = {
    .ob = {&ad_type_type},
    .name = "tuple",
    .base = &ad_object_type,
    .flags = AD_TPFLAG_BASETYPE | AD_TPFLAG_TUPLE_SUBCLASS | AD_TPFLAG_SEQUENCE,
    .instance_size = sizeof(AdTuple),
    .repr = tuple_repr,
    .hash = tuple_hash,
    .richcompare = tuple_richcompare,
    .len = tuple_len,
    .getitem = tuple_getitem,
    .contains = tuple_contains,
    .iter = tuple_iter,
    .construct = tuple_construct,
    .number = {[AD_OP_ADD] = tuple_add, [AD_OP_MUL] = tuple_mul},
};

AdType ad_tuple_iter_type = {
    .ob = {&ad_type_type},
    .name = "tuple_iterator",
    .base = &ad_object_type,
    .instance_size = sizeof(TupleIter),
    .iter = iter_self,
    .next = tuple_iter_next,
};

void ad_init_tuple(void) {
    ad_type_ready(&ad_tuple_type, tuple_methods, NULL);
    ad_type_ready(&ad_tuple_iter_type, tuple_iter_methods, NULL);
}
