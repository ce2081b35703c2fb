/*
 * range.c — range objects and their iterators.
 *
 * A range keeps start, stop, step and its length as int objects, so that ranges over huge ints
 * work exactly as in CPython (len() then raises OverflowError, indexing and slicing do not). When
 * start, stop and step all fit in int64 and so does the length, `small` is set and the i-fields
 * mirror them: the hot operations — iteration, `in`, indexing — then run on machine integers and
 * allocate nothing (the iterator yields tagged small ints while values fit).
 *
 * Invariants: step != 0; length = max(0, ceil((stop - start) / step)), computed once.
 */
#include "containers.h"

static inline AdRange *as_range(AdValue v) { return AD_AS(AdRange, v); }

/* ------------------------------------------------------------------------------------------ */
/* Int helpers (small fast paths, generic int arithmetic otherwise)                            */
/* ------------------------------------------------------------------------------------------ */

static inline AdValue int_value(int64_t i) { return ad_fits_small(i) ? ad_small(i) : ad_int_from_i64(i); }

/** Compare two ints: -1, 0, 1 (ints cannot fail to compare). */
static int int_cmp(AdValue a, AdValue b) {
    if (ad_is_small(a) && ad_is_small(b)) return (int64_t)a < (int64_t)b ? -1 : a != b;
    return ad_int_compare(a, b);
}

static int int_sign(AdValue a) { return ad_is_small(a) ? (ad_small_val(a) > 0) - (ad_small_val(a) < 0) : ad_int_sign(a); }

/** The number of items of range(start, stop, step), as an int object. */
static AdValue range_length_obj(AdValue start, AdValue stop, AdValue step) {
    AdValue lo, hi;
    if (int_sign(step) > 0) {
        lo = start;
        hi = stop;
    } else {
        lo = stop;
        hi = start;
        step = ad_neg(step);
        if (!step) return AD_ERROR;
    }
    if (int_cmp(lo, hi) >= 0) return ad_small(0);
    /* (hi - lo - 1) // step + 1 */
    AdValue diff = ad_int_sub(hi, lo);
    if (!diff) return AD_ERROR;
    diff = ad_int_sub(diff, ad_small(1));
    if (!diff) return AD_ERROR;
    AdValue q = ad_int_floordiv(diff, step);
    return q ? ad_int_add(q, ad_small(1)) : AD_ERROR;
}

/** Fill the int64 mirror when everything fits. */
static void range_set_small(AdRange *r) {
    r->small = ad_int_to_i64(r->start, &r->istart) == 0 && ad_int_to_i64(r->stop, &r->istop) == 0 &&
               ad_int_to_i64(r->step, &r->istep) == 0 && ad_int_to_i64(r->length, &r->ilength) == 0;
}

static AdValue range_make(AdType *type, AdValue start, AdValue stop, AdValue step) {
    AdRange *r = (AdRange *)ad_new_object(type, sizeof(AdRange));
    if (!r) return AD_ERROR;
    r->start = start;
    r->stop = stop;
    r->step = step;
    r->length = range_length_obj(start, stop, step);
    if (!r->length) return AD_ERROR;
    range_set_small(r);
    return AD_VAL(r);
}

/** An int argument of range(): __index__, or "'float' object cannot be interpreted as an integer". */
static AdValue range_arg(AdValue v) { return ad_cont_exact_index(v); }

AdValue ad_range_new(AdValue start, AdValue stop, AdValue step) {
    start = start ? range_arg(start) : ad_small(0);
    if (!start) return AD_ERROR;
    stop = range_arg(stop);
    if (!stop) return AD_ERROR;
    step = step ? range_arg(step) : ad_small(1);
    if (!step) return AD_ERROR;
    if (int_sign(step) == 0) return ad_err_set(&ad_ValueError, "range() arg 3 must not be zero");
    return range_make(&ad_range_type, start, stop, step);
}

static AdValue range_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_nokw("range", kwnames) < 0 || ad_cont_arity("range", nargs, 1, 3) < 0) return AD_ERROR;
    if (nargs == 1) return ad_range_new(ad_small(0), args[0], ad_small(1));
    return ad_range_new(args[0], args[1], nargs == 3 ? args[2] : ad_small(1));
}

/* ------------------------------------------------------------------------------------------ */
/* Slots                                                                                       */
/* ------------------------------------------------------------------------------------------ */

static int64_t range_len(AdValue self) {
    AdRange *r = as_range(self);
    int64_t n;
    if (r->small) return r->ilength;
    if (ad_int_to_i64(r->length, &n) < 0) {
        ad_err_set(&ad_OverflowError, "Python int too large to convert to C ssize_t");
        return -1;
    }
    return n;
}

static int range_truth(AdValue self) { return int_sign(as_range(self)->length) != 0; }

/** start + i * step for an int i known to be in range. */
static AdValue range_item_at(AdRange *r, AdValue i) {
    if (r->small && ad_is_small(i)) {
        int64_t v = r->istart + ad_small_val(i) * r->istep; /* in range: cannot overflow */
        return int_value(v);
    }
    AdValue m = ad_int_mul(i, r->step);
    return m ? ad_int_add(r->start, m) : AD_ERROR;
}

/** range[i] for an int object i. */
static AdValue range_index_item(AdRange *r, AdValue i) {
    if (r->small && ad_is_small(i)) {
        int64_t k = ad_small_val(i);
        if (k < 0) k += r->ilength;
        if (k < 0 || k >= r->ilength) return ad_err_set(&ad_IndexError, "range object index out of range");
        return int_value(r->istart + k * r->istep);
    }
    if (int_sign(i) < 0) {
        i = ad_int_add(i, r->length);
        if (!i) return AD_ERROR;
    }
    if (int_sign(i) < 0 || int_cmp(i, r->length) >= 0) return ad_err_set(&ad_IndexError, "range object index out of range");
    return range_item_at(r, i);
}

static AdValue range_slice(AdRange *r, AdValue slice) {
    AdValue start, stop, step;
    if (ad_slice_long_indices(slice, r->length, &start, &stop, &step) < 0) return AD_ERROR;
    /* range(r.start + start*r.step, r.start + stop*r.step, r.step*step) */
    AdValue a = ad_int_mul(start, r->step), b = a ? ad_int_mul(stop, r->step) : AD_ERROR;
    AdValue c = b ? ad_int_mul(r->step, step) : AD_ERROR;
    if (!c) return AD_ERROR;
    a = ad_int_add(r->start, a);
    b = a ? ad_int_add(r->start, b) : AD_ERROR;
    if (!b) return AD_ERROR;
    return range_make(&ad_range_type, a, b, c);
}

static AdValue range_getitem(AdValue self, AdValue key) {
    AdRange *r = as_range(self);
    if (ad_is_small(key)) return range_index_item(r, key);
    AdType *t = AD_OBJ(key)->type;
    if (t == &ad_slice_type) return range_slice(r, key);
    if (ad_is_int(key) || t->index) {
        AdValue i = ad_index(key);
        return i ? range_index_item(r, i) : AD_ERROR;
    }
    return ad_err_format(&ad_TypeError, "range indices must be integers or slices, not %T", key);
}

/** 1 if the int `v` is one of the range's values. */
static int range_contains_int(AdRange *r, AdValue v) {
    if (r->small && ad_is_small(v)) {
        int64_t x = ad_small_val(v);
        if (r->istep > 0 ? !(r->istart <= x && x < r->istop) : !(r->istop < x && x <= r->istart)) return 0;
        return (uint64_t)(x - r->istart) % (uint64_t)(r->istep > 0 ? r->istep : -r->istep) == 0;
    }
    if (int_sign(r->step) > 0 ? !(int_cmp(r->start, v) <= 0 && int_cmp(v, r->stop) < 0)
                              : !(int_cmp(r->stop, v) < 0 && int_cmp(v, r->start) <= 0))
        return 0;
    AdValue diff = ad_int_sub(v, r->start);
    AdValue m = diff ? ad_int_mod(diff, r->step) : AD_ERROR;
    if (!m) return -1;
    return int_sign(m) == 0;
}

static int is_exact_int(AdValue v) {
    return ad_is_small(v) || (ad_is_int(v) && (AD_OBJ(v)->type == &ad_int_type || AD_OBJ(v)->type == &ad_bool_type));
}

static AdValue range_iter(AdValue self);

/** Generic membership by iteration and ==, for non-int items. */
static int64_t iter_search(AdValue self, AdValue item, int count_all) {
    AdValue it = range_iter(self);
    if (!it) return -2;
    AdUnaryFn next = ad_type(it)->next;
    int64_t n = 0, i = 0;
    for (;; i++) {
        AdValue x = next(it);
        if (x == AD_STOP) return count_all ? n : -1;
        if (!x) return -2;
        int eq = ad_eq(x, item);
        if (eq < 0) return -2;
        if (eq) {
            if (!count_all) return i;
            n++;
        }
    }
}

static int range_contains(AdValue self, AdValue item) {
    if (is_exact_int(item)) return range_contains_int(as_range(self), ad_is_small(item) ? item : ad_index(item));
    int64_t r = iter_search(self, item, 0);
    return r == -2 ? -1 : r >= 0;
}

static AdValue range_richcompare(AdValue a, AdValue b, int op) {
    if (ad_type(a) != &ad_range_type || ad_type(b) != &ad_range_type || (op != AD_EQ && op != AD_NE)) return AD_NOTIMPL;
    AdRange *x = as_range(a), *y = as_range(b);
    int eq;
    if (a == b) eq = 1;
    else if (int_cmp(x->length, y->length) != 0) eq = 0;
    else if (int_sign(x->length) == 0) eq = 1;
    else if (int_cmp(x->start, y->start) != 0) eq = 0;
    else if (int_cmp(x->length, ad_small(1)) == 0) eq = 1;
    else eq = int_cmp(x->step, y->step) == 0;
    return ad_bool(op == AD_EQ ? eq : !eq);
}

/* hash((len, start, step)) with None for the parts that do not matter, as CPython. */
static int64_t range_hash(AdValue self) {
    AdRange *r = as_range(self);
    AdValue t[3] = {r->length, AD_NONE, AD_NONE};
    if (int_sign(r->length) != 0) {
        t[1] = r->start;
        t[2] = int_cmp(r->length, ad_small(1)) == 0 ? AD_NONE : r->step;
    }
    return ad_tuple_hash_array(t, 3);
}

static AdValue range_repr(AdValue self) {
    AdRange *r = as_range(self);
    int unit = ad_is_small(r->step) && ad_small_val(r->step) == 1;
    AdValue parts[7] = {ad_str_from_cstr("range("), ad_repr(r->start), ad_str_from_cstr(", "), ad_repr(r->stop)};
    if (!parts[1] || !parts[3]) return AD_ERROR;
    size_t n = 4;
    if (!unit) {
        parts[n++] = parts[2];
        parts[n] = ad_repr(r->step);
        if (!parts[n++]) return AD_ERROR;
    }
    parts[n++] = ad_str_from_cstr(")");
    return ad_str_join_array(parts, n);
}

/* ------------------------------------------------------------------------------------------ */
/* Methods and attributes                                                                      */
/* ------------------------------------------------------------------------------------------ */

static AdValue range_count(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_onearg("range.count", nargs, kwnames) < 0) return AD_ERROR;
    if (is_exact_int(args[0])) {
        int r = range_contains_int(as_range(self), ad_is_small(args[0]) ? args[0] : ad_index(args[0]));
        return r < 0 ? AD_ERROR : ad_small(r);
    }
    int64_t n = iter_search(self, args[0], 1);
    return n == -2 ? AD_ERROR : int_value(n);
}

static AdValue range_index_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_onearg("range.index", nargs, kwnames) < 0) return AD_ERROR;
    AdRange *r = as_range(self);
    AdValue v = args[0];
    if (is_exact_int(v)) {
        AdValue i = ad_is_small(v) ? v : ad_index(v);
        int c = range_contains_int(r, i);
        if (c < 0) return AD_ERROR;
        if (!c) return ad_err_format(&ad_ValueError, "%R is not in range", v);
        if (r->small && ad_is_small(i)) return ad_small((ad_small_val(i) - r->istart) / r->istep);
        AdValue d = ad_int_sub(i, r->start);
        return d ? ad_int_floordiv(d, r->step) : AD_ERROR;
    }
    int64_t k = iter_search(self, v, 0);
    if (k == -2) return AD_ERROR;
    if (k == -1) return ad_err_set(&ad_ValueError, "sequence.index(x): x not in sequence");
    return int_value(k);
}

static AdValue range_reversed(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames);

static const AdMethodDef range_methods[] = {
    {"count", range_count, 0},
    {"index", range_index_method, 0},
    {"__reversed__", range_reversed, 0},
    {NULL, NULL, 0},
};

static AdValue range_get_start(AdValue self) { return as_range(self)->start; }
static AdValue range_get_stop(AdValue self) { return as_range(self)->stop; }
static AdValue range_get_step(AdValue self) { return as_range(self)->step; }

static const AdGetSetDef range_getsets[] = {
    {"start", range_get_start, NULL},
    {"stop", range_get_stop, NULL},
    {"step", range_get_step, NULL},
    {NULL, NULL, NULL},
};

/* ------------------------------------------------------------------------------------------ */
/* Iterators                                                                                   */
/* ------------------------------------------------------------------------------------------ */

/** Over int64 values: AdRangeIter (adder.h), which engines step inline. */
typedef AdRangeIter RangeIter;

/** Over int objects. */
typedef struct LongRangeIter {
    AdObject ob;
    AdValue next, step, remaining;
} LongRangeIter;

static AdValue small_iter_new(int64_t start, int64_t step, int64_t len) {
    RangeIter *it = (RangeIter *)ad_new_object(&ad_range_iter_type, sizeof(RangeIter));
    if (!it) return AD_ERROR;
    it->next = start;
    it->step = step;
    it->remaining = len;
    return AD_VAL(it);
}

static AdValue long_iter_new(AdValue start, AdValue step, AdValue len) {
    LongRangeIter *it = (LongRangeIter *)ad_new_object(&ad_longrange_iter_type, sizeof(LongRangeIter));
    if (!it) return AD_ERROR;
    it->next = start;
    it->step = step;
    it->remaining = len;
    return AD_VAL(it);
}

static AdValue range_iter(AdValue self) {
    AdRange *r = as_range(self);
    if (r->small) return small_iter_new(r->istart, r->istep, r->ilength);
    return long_iter_new(r->start, r->step, r->length);
}

static AdValue range_reversed(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_noargs("range.__reversed__", nargs, kwnames) < 0) return AD_ERROR;
    AdRange *r = as_range(self);
    if (r->small && r->ilength > 0) {
        /* last = start + (len-1)*step; the negated step must fit too. */
        int64_t last = r->istart + (r->ilength - 1) * r->istep;
        if (r->istep != INT64_MIN) return small_iter_new(last, -r->istep, r->ilength);
    } else if (r->small) {
        return small_iter_new(r->istart, 1, 0);
    }
    AdValue lm1 = ad_int_sub(r->length, ad_small(1));
    AdValue off = lm1 ? ad_int_mul(lm1, r->step) : AD_ERROR;
    AdValue last = off ? ad_int_add(r->start, off) : AD_ERROR;
    AdValue nstep = last ? ad_neg(r->step) : AD_ERROR;
    return nstep ? long_iter_new(last, nstep, r->length) : AD_ERROR;
}

static AdValue range_iter_next(AdValue self) {
    RangeIter *it = AD_AS(RangeIter, self);
    if (it->remaining <= 0) return AD_STOP;
    int64_t v = it->next;
    it->remaining--;
    it->next = (int64_t)((uint64_t)v + (uint64_t)it->step); /* may wrap after the last value */
    return ad_fits_small(v) ? ad_small(v) : ad_int_from_i64(v);
}

static AdValue longrange_iter_next(AdValue self) {
    LongRangeIter *it = AD_AS(LongRangeIter, self);
    if (int_sign(it->remaining) <= 0) return AD_STOP;
    AdValue v = it->next;
    AdValue rem = ad_int_sub(it->remaining, ad_small(1));
    AdValue nx = rem ? ad_int_add(v, it->step) : AD_ERROR;
    if (!nx) return AD_ERROR;
    it->remaining = rem;
    it->next = nx;
    return v;
}

static AdValue iter_self(AdValue self) { return self; }

static AdValue range_iter_length_hint(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    RangeIter *it = AD_AS(RangeIter, self);
    return int_value(it->remaining > 0 ? it->remaining : 0);
}

static AdValue longrange_iter_length_hint(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return AD_AS(LongRangeIter, self)->remaining;
}

static const AdMethodDef range_iter_methods[] = {
    {"__length_hint__", range_iter_length_hint, 0},
    {NULL, NULL, 0},
};
static const AdMethodDef longrange_iter_methods[] = {
    {"__length_hint__", longrange_iter_length_hint, 0},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------------------------------ */
/* Types                                                                                       */
/* ------------------------------------------------------------------------------------------ */

AdType ad_range_type = {
    .ob = {&ad_type_type},
    .name = "range",
    .base = &ad_object_type,
    .flags = AD_TPFLAG_SEQUENCE,
    .instance_size = sizeof(AdRange),
    .repr = range_repr,
    .hash = range_hash,
    .richcompare = range_richcompare,
    .truth = range_truth,
    .len = range_len,
    .getitem = range_getitem,
    .contains = range_contains,
    .iter = range_iter,
    .construct = range_construct,
};

AdType ad_range_iter_type = {
    .ob = {&ad_type_type},
    .name = "range_iterator",
    .base = &ad_object_type,
    .instance_size = sizeof(RangeIter),
    .iter = iter_self,
    .next = range_iter_next,
};

AdType ad_longrange_iter_type = {
    .ob = {&ad_type_type},
    .name = "longrange_iterator",
    .base = &ad_object_type,
    .instance_size = sizeof(LongRangeIter),
    .iter = iter_self,
    .next = longrange_iter_next,
};

void ad_init_range(void) {
    ad_type_ready(&ad_range_type, range_methods, range_getsets);
    ad_type_ready(&ad_range_iter_type, range_iter_methods, NULL);
    ad_type_ready(&ad_longrange_iter_type, longrange_iter_methods, NULL);
}
