/*
 * slice.c — slice objects, slice resolution, and the small helpers every sequence shares
 * (subscript conversion, `+`/`*` fallbacks, lexicographic comparison, argument checks).
 *
 * Slice resolution is CPython's in two steps: ad_slice_indices first unpacks the three fields
 * (None → defaults that depend on the step's sign; bounds through __index__, clamped silently to
 * the int64 range as PyNumber_AsSsize_t(v, NULL) does), then adjusts them to the length, which gives
 * the number of items. Callers may rely on start + (n - 1) * step being inside the sequence.
 *
 * In 3.11 slices compare like the tuple (start, stop, step) and are unhashable.
 */
#include "containers.h"

/* ------------------------------------------------------------------------------------------ */
/* Argument checks with CPython's messages                                                     */
/* ------------------------------------------------------------------------------------------ */

int ad_cont_nokw(const char *qualname, AdValue kwnames) {
    if (!ad_kw_count(kwnames)) return 0;
    ad_err_format(&ad_TypeError, "%s() takes no keyword arguments", qualname);
    return -1;
}

int ad_cont_noargs(const char *qualname, size_t nargs, AdValue kwnames) {
    if (ad_cont_nokw(qualname, kwnames) < 0) return -1;
    if (nargs == 0) return 0;
    ad_err_format(&ad_TypeError, "%s() takes no arguments (%zu given)", qualname, nargs);
    return -1;
}

int ad_cont_onearg(const char *qualname, size_t nargs, AdValue kwnames) {
    if (ad_cont_nokw(qualname, kwnames) < 0) return -1;
    if (nargs == 1) return 0;
    ad_err_format(&ad_TypeError, "%s() takes exactly one argument (%zu given)", qualname, nargs);
    return -1;
}

int ad_cont_arity(const char *name, size_t nargs, size_t min, size_t max) {
    if (nargs < min) {
        ad_err_format(&ad_TypeError, "%s expected %s%zu argument%s, got %zu", name, min == max ? "" : "at least ",
                      min, min == 1 ? "" : "s", nargs);
        return -1;
    }
    if (nargs > max) {
        ad_err_format(&ad_TypeError, "%s expected %s%zu argument%s, got %zu", name, min == max ? "" : "at most ",
                      max, max == 1 ? "" : "s", nargs);
        return -1;
    }
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Index conversion                                                                            */
/* ------------------------------------------------------------------------------------------ */

static int has_index(AdValue v) {
    return ad_is_small(v) || ad_is_int(v) || ad_type(v)->index != NULL;
}

int ad_seq_index_arg(AdValue key, int64_t *out) {
    if (ad_is_small(key)) {
        *out = ad_small_val(key);
        return 1;
    }
    if (!has_index(key)) return 0;
    int64_t i = ad_index_value(key, &ad_IndexError);
    if (i == -1 && ad_err_occurred()) return -1;
    *out = i;
    return 1;
}

int ad_seq_clamp_arg(AdValue v, int64_t *out) {
    if (ad_is_small(v)) {
        *out = ad_small_val(v);
        return 0;
    }
    if (!has_index(v)) {
        ad_err_set(&ad_TypeError, "slice indices must be integers or have an __index__ method");
        return -1;
    }
    int64_t i = ad_index_value(v, NULL);
    if (i == -1 && ad_err_occurred()) return -1;
    *out = i;
    return 0;
}

AdValue ad_cont_exact_index(AdValue v) {
    if (ad_is_small(v)) return v;
    AdValue i = ad_index(v);
    if (i && !ad_is_small(i) && AD_OBJ(i)->type != &ad_int_type) i = ad_int_add(i, ad_small(0));
    return i;
}

int ad_cont_ssize_arg(AdValue v, int64_t *out) {
    if (ad_is_small(v)) {
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

/** A slice bound: None leaves *out alone. Returns 0 or -1. */
static int slice_bound(AdValue v, int64_t *out) {
    if (v == AD_NONE) return 0;
    if (ad_is_small(v)) {
        *out = ad_small_val(v);
        return 0;
    }
    if (!has_index(v)) {
        ad_err_set(&ad_TypeError, "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    int64_t i = ad_index_value(v, NULL);
    if (i == -1 && ad_err_occurred()) return -1;
    *out = i;
    return 0;
}

int64_t ad_seq_adjust_indices(int64_t length, int64_t *start, int64_t *stop, int64_t step) {
    if (*start < 0) {
        *start += length;
        if (*start < 0) *start = step < 0 ? -1 : 0;
    } else if (*start >= length) {
        *start = step < 0 ? length - 1 : length;
    }
    if (*stop < 0) {
        *stop += length;
        if (*stop < 0) *stop = step < 0 ? -1 : 0;
    } else if (*stop >= length) {
        *stop = step < 0 ? length - 1 : length;
    }
    if (step < 0) {
        if (*stop < *start) return (int64_t)((uint64_t)(*start - *stop - 1) / (uint64_t)(-step)) + 1;
    } else if (*start < *stop) {
        return (int64_t)((uint64_t)(*stop - *start - 1) / (uint64_t)step) + 1;
    }
    return 0;
}

/** Unpack a slice's fields into int64 values, as PySlice_Unpack. Returns 0 or -1. */
static int slice_unpack(AdSlice *s, int64_t *start, int64_t *stop, int64_t *step) {
    *step = 1;
    if (s->step != AD_NONE) {
        if (slice_bound(s->step, step) < 0) return -1;
        if (*step == 0) {
            ad_err_set(&ad_ValueError, "slice step cannot be zero");
            return -1;
        }
        if (*step < -INT64_MAX) *step = -INT64_MAX;
    }
    *start = *step < 0 ? INT64_MAX : 0;
    if (slice_bound(s->start, start) < 0) return -1;
    *stop = *step < 0 ? INT64_MIN : INT64_MAX;
    if (slice_bound(s->stop, stop) < 0) return -1;
    return 0;
}

int64_t ad_slice_indices(AdValue slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step) {
    AdSlice *s = AD_AS(AdSlice, slice);
    /* The common a[i:j] with small ints. */
    if (s->step == AD_NONE && (ad_is_small(s->start) || s->start == AD_NONE) &&
        (ad_is_small(s->stop) || s->stop == AD_NONE)) {
        *step = 1;
        *start = s->start == AD_NONE ? 0 : ad_small_val(s->start);
        *stop = s->stop == AD_NONE ? INT64_MAX : ad_small_val(s->stop);
        return ad_seq_adjust_indices(length, start, stop, 1);
    }
    if (slice_unpack(s, start, stop, step) < 0) return -1;
    return ad_seq_adjust_indices(length, start, stop, *step);
}

/* ------------------------------------------------------------------------------------------ */
/* Sequence operator helpers                                                                   */
/* ------------------------------------------------------------------------------------------ */

/** The builtin sequences: their slots raise the sequence messages themselves, so they are never
 *  asked to handle the other operand of a sequence. */
static int is_builtin_sequence_type(AdType *t) {
    return t == &ad_list_type || t == &ad_tuple_type || t == &ad_str_type || t == &ad_bytes_type;
}

/** The other operand's own slot for `op`, when it might handle (a, b); else NULL. */
static AdBinaryFn other_slot(AdValue seq, AdValue other, int op) {
    AdType *ot = ad_type(other);
    if (ot == ad_type(seq) || is_builtin_sequence_type(ot)) return NULL;
    return ot->number[op];
}

AdValue ad_seq_concat_fallback(AdType *self_type, AdValue a, AdValue b, const char *kind) {
    AdBinaryFn slot = other_slot(a, b, AD_OP_ADD);
    if (slot) {
        AdValue r = slot(a, b);
        if (r != AD_NOTIMPL) return r;
    }
    return ad_err_format(&ad_TypeError, "can only concatenate %s (not \"%T\") to %s", kind, b, kind);
}

int ad_seq_repeat_args(AdType *self_type, AdValue a, AdValue b, AdValue *seq, int64_t *count, AdValue *result) {
    int seq_is_left = ad_isinstance_type(a, self_type);
    AdValue s = seq_is_left ? a : b, n = seq_is_left ? b : a;
    if (ad_is_small(n)) {
        *seq = s;
        *count = ad_small_val(n);
        return 1;
    }
    if (has_index(n)) {
        int64_t c = ad_index_value(n, &ad_OverflowError);
        if (c == -1 && ad_err_occurred()) {
            *result = AD_ERROR;
            return 0;
        }
        *seq = s;
        *count = c;
        return 1;
    }
    if (seq_is_left) {
        AdBinaryFn slot = other_slot(a, b, AD_OP_MUL);
        if (slot) {
            AdValue r = slot(a, b);
            if (r != AD_NOTIMPL) {
                *result = r;
                return 0;
            }
        }
    }
    *result = ad_err_format(&ad_TypeError, "can't multiply sequence by non-int of type '%s'", ad_type(n)->name);
    return 0;
}

static AdValue compare_lengths(int64_t a, int64_t b, int op) {
    switch (op) {
    case AD_LT: return ad_bool(a < b);
    case AD_LE: return ad_bool(a <= b);
    case AD_EQ: return ad_bool(a == b);
    case AD_NE: return ad_bool(a != b);
    case AD_GT: return ad_bool(a > b);
    default: return ad_bool(a >= b);
    }
}

AdValue ad_seq_compare(const int64_t *alen, AdValue *const *aitems, const int64_t *blen, AdValue *const *bitems, int op) {
    if ((op == AD_EQ || op == AD_NE) && *alen != *blen) return ad_bool(op == AD_NE);
    int64_t i;
    for (i = 0; i < *alen && i < *blen; i++) {
        AdValue x = (*aitems)[i], y = (*bitems)[i];
        if (x == y) continue;
        int k = ad_eq(x, y);
        if (k < 0) return AD_ERROR;
        if (!k) break;
    }
    if (i >= *alen || i >= *blen) return compare_lengths(*alen, *blen, op);
    if (op == AD_EQ) return AD_FALSE;
    if (op == AD_NE) return AD_TRUE;
    return ad_compare((*aitems)[i], (*bitems)[i], op);
}

/* ------------------------------------------------------------------------------------------ */
/* Slice objects                                                                               */
/* ------------------------------------------------------------------------------------------ */

AdValue ad_slice_new(AdValue start, AdValue stop, AdValue step) {
    AdSlice *s = (AdSlice *)ad_new_object(&ad_slice_type, sizeof(AdSlice));
    if (!s) return AD_ERROR;
    s->start = start ? start : AD_NONE;
    s->stop = stop ? stop : AD_NONE;
    s->step = step ? step : AD_NONE;
    return AD_VAL(s);
}

/* slice(stop) / slice(start, stop[, step]) */
static AdValue slice_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_nokw("slice", kwnames) < 0 || ad_cont_arity("slice", nargs, 1, 3) < 0) return AD_ERROR;
    if (nargs == 1) return ad_slice_new(AD_NONE, args[0], AD_NONE);
    return ad_slice_new(args[0], args[1], nargs == 3 ? args[2] : AD_NONE);
}

static AdValue slice_repr(AdValue self) {
    AdSlice *s = AD_AS(AdSlice, self);
    AdValue parts[7];
    parts[0] = ad_str_from_cstr("slice(");
    parts[1] = ad_repr(s->start);
    if (!parts[1]) return AD_ERROR;
    parts[2] = ad_str_from_cstr(", ");
    parts[3] = ad_repr(s->stop);
    if (!parts[3]) return AD_ERROR;
    parts[4] = parts[2];
    parts[5] = ad_repr(s->step);
    if (!parts[5]) return AD_ERROR;
    parts[6] = ad_str_from_cstr(")");
    return ad_str_join_array(parts, 7);
}

static AdValue slice_as_tuple(AdSlice *s) {
    AdValue items[3] = {s->start, s->stop, s->step};
    return ad_tuple_from_array(items, 3);
}

static AdValue slice_richcompare(AdValue a, AdValue b, int op) {
    if (ad_type(a) != &ad_slice_type || ad_type(b) != &ad_slice_type) return AD_NOTIMPL;
    if (a == b) return ad_bool(op == AD_EQ || op == AD_LE || op == AD_GE);
    AdValue ta = slice_as_tuple(AD_AS(AdSlice, a));
    AdValue tb = slice_as_tuple(AD_AS(AdSlice, b));
    if (!ta || !tb) return AD_ERROR;
    return ad_compare(ta, tb, op);
}

/** A slice field as an exact int, or the TypeError of slices. */
static AdValue slice_field_index(AdValue v) {
    if (ad_is_small(v)) return v;
    if (!has_index(v))
        return ad_err_set(&ad_TypeError, "slice indices must be integers or None or have an __index__ method");
    return ad_cont_exact_index(v);
}

static int int_sign(AdValue v) { return ad_is_small(v) ? (ad_small_val(v) > 0) - (ad_small_val(v) < 0) : ad_int_sign(v); }

/** A bound resolved against `length` and clamped into [lower, upper] (ints). */
static AdValue slice_long_bound(AdValue v, AdValue dflt, AdValue length, AdValue lower, AdValue upper) {
    if (v == AD_NONE) return dflt;
    AdValue i = slice_field_index(v);
    if (!i) return AD_ERROR;
    if (int_sign(i) < 0) {
        i = ad_int_add(i, length);
        if (i && ad_int_compare(i, lower) < 0) i = lower;
    } else if (ad_int_compare(i, upper) > 0) {
        i = upper;
    }
    return i;
}

int ad_slice_long_indices(AdValue slice, AdValue length, AdValue *start, AdValue *stop, AdValue *step) {
    AdSlice *s = AD_AS(AdSlice, slice);
    *step = ad_small(1);
    if (s->step != AD_NONE) {
        *step = slice_field_index(s->step);
        if (!*step) return -1;
        if (int_sign(*step) == 0) {
            ad_err_set(&ad_ValueError, "slice step cannot be zero");
            return -1;
        }
    }
    int neg = int_sign(*step) < 0;
    AdValue lower = neg ? ad_small(-1) : ad_small(0);
    AdValue upper = neg ? ad_int_add(length, lower) : length;
    if (!upper) return -1;
    *start = slice_long_bound(s->start, neg ? upper : lower, length, lower, upper);
    if (!*start) return -1;
    *stop = slice_long_bound(s->stop, neg ? lower : upper, length, lower, upper);
    return *stop ? 0 : -1;
}

/** slice.indices(length): the resolved (start, stop, step) for a sequence of that length. */
static AdValue slice_indices_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_onearg("slice.indices", nargs, kwnames) < 0) return AD_ERROR;
    AdValue length = ad_cont_exact_index(args[0]);
    if (!length) return AD_ERROR;
    if (int_sign(length) < 0) return ad_err_set(&ad_ValueError, "length should not be negative");
    AdValue items[3];
    if (ad_slice_long_indices(self, length, &items[0], &items[1], &items[2]) < 0) return AD_ERROR;
    return ad_tuple_from_array(items, 3);
}

static AdValue slice_get_start(AdValue self) { return AD_AS(AdSlice, self)->start; }
static AdValue slice_get_stop(AdValue self) { return AD_AS(AdSlice, self)->stop; }
static AdValue slice_get_step(AdValue self) { return AD_AS(AdSlice, self)->step; }

static const AdMethodDef slice_methods[] = {
    {"indices", slice_indices_method, 0},
    {NULL, NULL, 0},
};

static const AdGetSetDef slice_getsets[] = {
    {"start", slice_get_start, NULL},
    {"stop", slice_get_stop, NULL},
    {"step", slice_get_step, NULL},
    {NULL, NULL, NULL},
};

AdType ad_slice_type = {
    .ob = {&ad_type_type},
    .name = "slice",
    .base = &ad_object_type,
    .instance_size = sizeof(AdSlice),
    .repr = slice_repr,
    .richcompare = slice_richcompare,
    .construct = slice_construct,
};

void ad_init_slice(void) { ad_type_ready(&ad_slice_type, slice_methods, slice_getsets); }
