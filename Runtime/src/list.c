/*
 * list.c — the mutable sequence, its iterators, and the repr recursion guard.
 *
 * A list is a header (length, capacity) and a separately allocated array of items, so that it can
 * grow in place. Invariants:
 *  - items[0..len) are values; items[len..cap) are 0, so that the collector does not keep removed
 *    objects alive through stale slots.
 *  - Any call out to Python code (__eq__, __repr__, __index__, iteration of an argument) may change
 *    the list. Code that loops over a list while calling out re-reads `len` and `items` after every
 *    call and never keeps an index past the current length, as CPython's list does.
 *  - Growth over-allocates by a quarter (CPython: an eighth). CPython grows in place with
 *    realloc; here every growth is a fresh collector block and a copy, so a larger step keeps
 *    append amortized cheap (measured: 10M appends 30 → 21 ns each).
 *
 * Sorting is in sort.c; this file only parses list.sort's arguments.
 */
#include "containers.h"

/* ------------------------------------------------------------------------------------------ */
/* The repr recursion guard                                                                    */
/* ------------------------------------------------------------------------------------------ */

/* The objects whose repr is in progress, innermost last. The array is collector memory reached
 * from static data, so it keeps what it lists alive while their reprs run. */
static AdValue *repr_stack;
static int64_t repr_depth, repr_cap;

int ad_repr_enter(AdValue v) {
    for (int64_t i = 0; i < repr_depth; i++)
        if (repr_stack[i] == v) return 1;
    if (repr_depth == repr_cap) {
        int64_t cap = repr_cap ? repr_cap * 2 : 16;
        AdValue *stack = ad_alloc((size_t)cap * sizeof(AdValue));
        if (!stack) return -1;
        if (repr_depth) memcpy(stack, repr_stack, (size_t)repr_depth * sizeof(AdValue));
        repr_stack = stack;
        repr_cap = cap;
    }
    repr_stack[repr_depth++] = v;
    return 0;
}

void ad_repr_leave(AdValue v) {
    /* Normally the innermost; search anyway so that an unbalanced leave cannot corrupt the stack. */
    for (int64_t i = repr_depth - 1; i >= 0; i--) {
        if (repr_stack[i] == v) {
            memmove(repr_stack + i, repr_stack + i + 1, (size_t)(repr_depth - i - 1) * sizeof(AdValue));
            repr_stack[--repr_depth] = 0;
            return;
        }
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Storage                                                                                     */
/* ------------------------------------------------------------------------------------------ */

#define LIST_MAX ((int64_t)(INT64_MAX / 16 / (int64_t)sizeof(AdValue)))

static inline AdList *as_list(AdValue v) { return AD_AS(AdList, v); }

/** Replace the item array by one of exactly `cap` slots. */
static int list_set_capacity(AdList *l, int64_t cap) {
    if (cap > LIST_MAX) {
        ad_err_set(&ad_MemoryError, "");
        return -1;
    }
    AdValue *items = cap ? ad_alloc((size_t)cap * sizeof(AdValue)) : NULL;
    if (cap && !items) return -1;
    if (l->len) memcpy(items, l->items, (size_t)l->len * sizeof(AdValue));
    l->items = items;
    l->cap = cap;
    return 0;
}

int ad_list_reserve(AdList *l, int64_t n) {
    if (n <= l->cap) return 0;
    if (n > LIST_MAX) {
        ad_err_set(&ad_MemoryError, "");
        return -1;
    }
    return list_set_capacity(l, n);
}

/** Make room for `newlen` items with CPython's over-allocation (len is not changed). */
static int list_grow(AdList *l, int64_t newlen) {
    if (newlen <= l->cap) return 0;
    if (newlen > LIST_MAX) {
        ad_err_set(&ad_MemoryError, "");
        return -1;
    }
    int64_t cap = (newlen + (newlen >> 2) + 6) & ~(int64_t)3;
    if (newlen - l->len > cap - newlen) cap = (newlen + 3) & ~(int64_t)3;
    return list_set_capacity(l, cap);
}

/** Set the length to `newlen` (shrinking), clearing the vacated slots; gives memory back when a
 *  big list becomes mostly empty. */
static void list_truncate(AdList *l, int64_t newlen) {
    if (newlen < l->len) memset(l->items + newlen, 0, (size_t)(l->len - newlen) * sizeof(AdValue));
    l->len = newlen;
    if (l->cap > 64 && newlen < l->cap / 4) list_set_capacity(l, newlen + (newlen >> 3) + 8);
}

static AdList *list_alloc(AdType *type, int64_t capacity) {
    AdList *l = (AdList *)ad_new_instance(type, sizeof(AdList));
    if (!l) return NULL;
    if (capacity > 0 && list_set_capacity(l, capacity) < 0) return NULL;
    return l;
}

AdValue ad_list_new(int64_t capacity) {
    AdList *l = list_alloc(&ad_list_type, capacity);
    return l ? AD_VAL(l) : AD_ERROR;
}

AdValue ad_list_from_array(const AdValue *items, size_t n) {
    AdList *l = list_alloc(&ad_list_type, (int64_t)n);
    if (!l) return AD_ERROR;
    if (n) memcpy(l->items, items, n * sizeof(AdValue));
    l->len = (int64_t)n;
    return AD_VAL(l);
}

int ad_list_append(AdValue list, AdValue v) {
    AdList *l = as_list(list);
    if (l->len >= l->cap && list_grow(l, l->len + 1) < 0) return -1; /* cap -1: being sorted */
    l->items[l->len++] = v;
    return 0;
}

/** Append the items of an array (which may be the list's own items). */
static int list_append_array(AdList *l, const AdValue *items, int64_t n) {
    if (n == 0) return 0;
    if (l->len + n > l->cap) {
        AdValue *src = (AdValue *)items;
        if (src == l->items) { /* l.extend(l): the array moves on growth */
            if (list_grow(l, l->len + n) < 0) return -1;
            items = l->items;
        } else if (list_grow(l, l->len + n) < 0) {
            return -1;
        }
    }
    memcpy(l->items + l->len, items, (size_t)n * sizeof(AdValue));
    l->len += n;
    return 0;
}

/** list.extend without any message rewriting. */
static int list_extend(AdValue list, AdValue iterable) {
    AdList *l = as_list(list);
    if (!ad_is_small(iterable)) {
        AdType *t = AD_OBJ(iterable)->type;
        if (t == &ad_list_type || t == &ad_tuple_type) {
            const AdValue *src = t == &ad_list_type ? as_list(iterable)->items : AD_AS(AdTuple, iterable)->items;
            int64_t n = t == &ad_list_type ? as_list(iterable)->len : ad_tuple_len(iterable);
            return list_append_array(l, src, n);
        }
    }
    AdValue it = ad_iter(iterable);
    if (!it) return -1;
    AdUnaryFn next = ad_type(it)->next;
    for (;;) {
        AdValue v = next ? next(it) : ad_next(it);
        if (v == AD_STOP) return 0;
        if (!v) return -1;
        if (ad_list_append(list, v) < 0) return -1;
    }
}

int ad_list_extend(AdValue list, AdValue iterable) {
    if (list_extend(list, iterable) == 0) return 0;
    AdType *t = ad_type(iterable);
    if (ad_err_matches(&ad_TypeError) && !t->iter && !t->getitem) {
        ad_err_clear();
        ad_err_format(&ad_TypeError, "Value after * must be an iterable, not %T", iterable);
    }
    return -1;
}

AdValue ad_list_from_iterable(AdValue iterable) {
    AdValue list = ad_list_new(0);
    if (!list || list_extend(list, iterable) < 0) return AD_ERROR;
    return list;
}

/** The items of a list or tuple `v` as an array, or of a list made from the iterable `v` (with
 *  `message` replacing a TypeError from iter(), as PySequence_Fast does). A list that is `self` is
 *  copied so that the caller may modify `self`. */
static int sequence_fast(AdValue v, AdValue self, const char *message, const AdValue **items, int64_t *n) {
    AdType *t = ad_type(v);
    if (t == &ad_tuple_type || (t->flags & AD_TPFLAG_TUPLE_SUBCLASS)) {
        *items = AD_AS(AdTuple, v)->items;
        *n = ad_tuple_len(v);
        return 0;
    }
    if ((t == &ad_list_type || (t->flags & AD_TPFLAG_LIST_SUBCLASS)) && v != self) {
        *items = as_list(v)->items;
        *n = as_list(v)->len;
        return 0;
    }
    AdValue copy;
    if (v == self) {
        copy = ad_list_from_array(as_list(v)->items, (size_t)as_list(v)->len);
    } else {
        AdValue it = ad_iter(v);
        if (!it) {
            if (ad_err_matches(&ad_TypeError)) ad_err_set(&ad_TypeError, message);
            return -1;
        }
        copy = ad_list_from_iterable(it);
    }
    if (!copy) return -1;
    *items = as_list(copy)->items;
    *n = as_list(copy)->len;
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Indexing and slicing                                                                        */
/* ------------------------------------------------------------------------------------------ */

static AdValue list_slice(AdList *l, int64_t start, int64_t n, int64_t step) {
    AdList *r = list_alloc(&ad_list_type, n);
    if (!r) return AD_ERROR;
    if (step == 1) {
        if (n) memcpy(r->items, l->items + start, (size_t)n * sizeof(AdValue));
    } else {
        for (int64_t k = 0, j = start; k < n; k++, j += step) r->items[k] = l->items[j];
    }
    r->len = n;
    return AD_VAL(r);
}

/** The integer value of a subscript of a list, or -1 with an error ("list indices must be …"). */
static int list_index_key(AdValue key, int64_t *i) {
    int ok = ad_seq_index_arg(key, i);
    if (ok == 0) ad_err_format(&ad_TypeError, "list indices must be integers or slices, not %T", key);
    return ok > 0 ? 0 : -1;
}

static AdValue list_getitem(AdValue self, AdValue key) {
    AdList *l = as_list(self);
    int64_t i;
    if (ad_is_small(key)) {
        i = ad_small_val(key);
    } else if (AD_OBJ(key)->type == &ad_slice_type) {
        int64_t start, stop, step;
        int64_t n = ad_slice_indices(key, l->len, &start, &stop, &step);
        if (n < 0) return AD_ERROR;
        return list_slice(l, start, n, step);
    } else if (list_index_key(key, &i) < 0) {
        return AD_ERROR;
    }
    if (i < 0) i += l->len;
    if ((uint64_t)i >= (uint64_t)l->len) return ad_err_set(&ad_IndexError, "list index out of range");
    return l->items[i];
}

/** del l[lo:hi] and insert items[0..n) there (lo and hi already clamped to the list). */
static int list_replace_range(AdList *l, int64_t lo, int64_t hi, const AdValue *items, int64_t n) {
    int64_t removed = hi - lo, delta = n - removed, tail = l->len - hi;
    if (delta > 0 && list_grow(l, l->len + delta) < 0) return -1;
    if (delta != 0) memmove(l->items + hi + delta, l->items + hi, (size_t)tail * sizeof(AdValue));
    if (n) memcpy(l->items + lo, items, (size_t)n * sizeof(AdValue));
    if (delta < 0) list_truncate(l, l->len + delta);
    else l->len += delta;
    return 0;
}

/** l[lo:hi] = v (v == 0: delete), with CPython's clamping of the bounds. */
static int list_assign_simple_slice(AdValue self, int64_t lo, int64_t hi, AdValue v) {
    const AdValue *items = NULL;
    int64_t n = 0;
    if (v && sequence_fast(v, self, "can only assign an iterable", &items, &n) < 0) return -1;
    AdList *l = as_list(self);
    if (lo < 0) lo = 0;
    else if (lo > l->len) lo = l->len;
    if (hi < lo) hi = lo;
    else if (hi > l->len) hi = l->len;
    return list_replace_range(l, lo, hi, items, n);
}

/** del l[start::step] for slicelength items. */
static void list_delete_extended(AdList *l, int64_t start, int64_t step, int64_t slicelength) {
    if (slicelength <= 0) return;
    if (step < 0) { /* walk forwards: same items, ascending */
        start = start + step * (slicelength - 1);
        step = -step;
    }
    int64_t out = start;
    for (int64_t in = start, k = 0; in < l->len; in++) {
        if (k < slicelength && in == start + k * step) {
            k++;
            continue;
        }
        l->items[out++] = l->items[in];
    }
    list_truncate(l, out);
}

static int list_assign_slice(AdValue self, AdValue slice, AdValue v) {
    AdList *l = as_list(self);
    int64_t start, stop, step;
    int64_t n = ad_slice_indices(slice, l->len, &start, &stop, &step);
    if (n < 0) return -1;
    if (step == 1) return list_assign_simple_slice(self, start, stop, v);
    if (!v) {
        list_delete_extended(l, start, step, n);
        return 0;
    }
    const AdValue *items;
    int64_t m;
    if (sequence_fast(v, self, "must assign iterable to extended slice", &items, &m) < 0) return -1;
    if (m != n) {
        ad_err_format(&ad_ValueError, "attempt to assign sequence of size %lld to extended slice of size %lld",
                      (long long)m, (long long)n);
        return -1;
    }
    for (int64_t k = 0, j = start; k < n; k++, j += step) l->items[j] = items[k];
    return 0;
}

static int list_setitem(AdValue self, AdValue key, AdValue value) {
    AdList *l = as_list(self);
    int64_t i;
    if (ad_is_small(key)) {
        i = ad_small_val(key);
    } else if (AD_OBJ(key)->type == &ad_slice_type) {
        return list_assign_slice(self, key, value);
    } else if (list_index_key(key, &i) < 0) {
        return -1;
    }
    if (i < 0) i += l->len;
    if ((uint64_t)i >= (uint64_t)l->len) {
        ad_err_set(&ad_IndexError, "list assignment index out of range");
        return -1;
    }
    if (value) {
        l->items[i] = value;
        return 0;
    }
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(AdValue));
    list_truncate(l, l->len - 1);
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Operators                                                                                   */
/* ------------------------------------------------------------------------------------------ */

static int64_t list_len(AdValue self) { return as_list(self)->len; }

static int list_contains(AdValue self, AdValue item) {
    AdList *l = as_list(self);
    for (int64_t i = 0; i < l->len; i++) {
        AdValue x = l->items[i];
        if (x == item) return 1;
        int r = ad_eq(x, item);
        if (r) return r;
    }
    return 0;
}

static AdValue list_richcompare(AdValue a, AdValue b, int op) {
    if (!ad_is_list(a) || !ad_is_list(b)) return AD_NOTIMPL;
    AdList *x = as_list(a), *y = as_list(b);
    return ad_seq_compare(&x->len, &x->items, &y->len, &y->items, op);
}

static AdValue list_add(AdValue a, AdValue b) {
    if (!ad_is_list(a)) return AD_NOTIMPL;
    if (!ad_is_list(b)) return ad_seq_concat_fallback(&ad_list_type, a, b, "list");
    AdList *x = as_list(a), *y = as_list(b);
    AdList *r = list_alloc(&ad_list_type, x->len + y->len);
    if (!r) return AD_ERROR;
    if (x->len) memcpy(r->items, x->items, (size_t)x->len * sizeof(AdValue));
    if (y->len) memcpy(r->items + x->len, y->items, (size_t)y->len * sizeof(AdValue));
    r->len = x->len + y->len;
    return AD_VAL(r);
}

/** Fill dst[len..len*count) with copies of dst[0..len). */
static void repeat_in_place(AdValue *dst, int64_t len, int64_t count) {
    int64_t done = len, total = len * count;
    while (done < total) {
        int64_t chunk = done < total - done ? done : total - done;
        memcpy(dst + done, dst, (size_t)chunk * sizeof(AdValue));
        done += chunk;
    }
}

static AdValue list_mul(AdValue a, AdValue b) {
    AdValue seq, result;
    int64_t count;
    if (!ad_seq_repeat_args(&ad_list_type, a, b, &seq, &count, &result)) return result;
    AdList *l = as_list(seq);
    if (count <= 0 || l->len == 0) return ad_list_new(0);
    if (l->len > LIST_MAX / count) return ad_err_set(&ad_MemoryError, "");
    int64_t len = l->len;
    AdList *r = list_alloc(&ad_list_type, len * count);
    if (!r) return AD_ERROR;
    memcpy(r->items, l->items, (size_t)len * sizeof(AdValue));
    repeat_in_place(r->items, len, count);
    r->len = len * count;
    return AD_VAL(r);
}

static AdValue list_iadd(AdValue a, AdValue b) {
    if (list_extend(a, b) < 0) return AD_ERROR;
    return a;
}

static AdValue list_imul(AdValue a, AdValue b) {
    int64_t count;
    if (ad_is_small(b)) {
        count = ad_small_val(b);
    } else {
        if (!ad_is_int(b) && !ad_type(b)->index) {
            AdValue seq, result;
            if (!ad_seq_repeat_args(&ad_list_type, a, b, &seq, &count, &result)) return result;
        } else {
            count = ad_index_value(b, &ad_OverflowError);
            if (count == -1 && ad_err_occurred()) return AD_ERROR;
        }
    }
    AdList *l = as_list(a);
    int64_t len = l->len;
    if (count <= 0 || len == 0) {
        list_truncate(l, 0);
        return a;
    }
    if (count == 1) return a;
    if (len > LIST_MAX / count) return ad_err_set(&ad_MemoryError, "");
    if (list_grow(l, len * count) < 0) return AD_ERROR;
    repeat_in_place(l->items, len, count);
    l->len = len * count;
    return a;
}

static AdValue list_repr(AdValue self) {
    AdList *l = as_list(self);
    if (l->len == 0) return ad_str_from_cstr("[]");
    int r = ad_repr_enter(self);
    if (r < 0) return AD_ERROR;
    if (r > 0) return ad_str_from_cstr("[...]");
    AdStrBuilder sb;
    ad_sb_init(&sb);
    ad_sb_append_char(&sb, '[');
    for (int64_t i = 0; i < l->len; i++) { /* the list may change during item reprs */
        if (i) ad_sb_append_cstr(&sb, ", ");
        AdValue s = ad_repr(l->items[i]);
        if (!s) {
            ad_repr_leave(self);
            return AD_ERROR;
        }
        ad_sb_append_str(&sb, s);
    }
    ad_sb_append_char(&sb, ']');
    ad_repr_leave(self);
    return ad_sb_finish(&sb);
}

/* list(iterable). For a subclass this is only __new__: the instance starts empty and its
 * __init__ (list.__init__ unless overridden) fills it, as in CPython. */
static AdValue list_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (type != &ad_list_type) return AD_VAL(list_alloc(type, 0));
    if (ad_cont_nokw("list", kwnames) < 0 || ad_cont_arity("list", nargs, 0, 1) < 0) return AD_ERROR;
    AdList *l = list_alloc(type, 0);
    if (!l) return AD_ERROR;
    if (nargs && list_extend(AD_VAL(l), args[0]) < 0) return AD_ERROR;
    return AD_VAL(l);
}

/* list.__init__(self, iterable=(), /): clears the list, then extends it. */
static AdValue list_init(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_nokw("list", kwnames) < 0 || ad_cont_arity("list", nargs, 0, 1) < 0) return AD_ERROR;
    AdList *l = as_list(self);
    l->items = NULL;
    l->len = l->cap = 0;
    if (nargs && list_extend(self, args[0]) < 0) return AD_ERROR;
    return AD_NONE;
}

/* ------------------------------------------------------------------------------------------ */
/* Methods                                                                                     */
/* ------------------------------------------------------------------------------------------ */

static AdValue list_append_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_onearg("list.append", nargs, kwnames) < 0) return AD_ERROR;
    return ad_list_append(self, args[0]) < 0 ? AD_ERROR : AD_NONE;
}

static AdValue list_extend_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_onearg("list.extend", nargs, kwnames) < 0) return AD_ERROR;
    return list_extend(self, args[0]) < 0 ? AD_ERROR : AD_NONE;
}

static AdValue list_insert(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_nokw("list.insert", kwnames) < 0 || ad_cont_arity("insert", nargs, 2, 2) < 0) return AD_ERROR;
    int64_t i;
    if (ad_cont_ssize_arg(args[0], &i) < 0) return AD_ERROR;
    AdList *l = as_list(self);
    if (i < 0 && (i += l->len) < 0) i = 0;
    if (i > l->len) i = l->len;
    if (list_grow(l, l->len + 1) < 0) return AD_ERROR;
    memmove(l->items + i + 1, l->items + i, (size_t)(l->len - i) * sizeof(AdValue));
    l->items[i] = args[1];
    l->len++;
    return AD_NONE;
}

/** The first position in [start, stop) holding an item equal to `v`: the index, -1 if none, or
 *  -2 on error. The list may change during comparisons. */
static int64_t list_find(AdValue self, AdValue v, int64_t start, int64_t stop) {
    AdList *l = as_list(self);
    for (int64_t i = start; i < stop && i < l->len; i++) {
        AdValue x = l->items[i];
        int r = x == v ? 1 : ad_eq(x, v);
        if (r < 0) return -2;
        if (r) return i;
    }
    return -1;
}

static AdValue list_remove(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_onearg("list.remove", nargs, kwnames) < 0) return AD_ERROR;
    int64_t i = list_find(self, args[0], 0, INT64_MAX);
    if (i == -2) return AD_ERROR;
    if (i == -1) return ad_err_set(&ad_ValueError, "list.remove(x): x not in list");
    AdList *l = as_list(self);
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(AdValue));
    list_truncate(l, l->len - 1);
    return AD_NONE;
}

static AdValue list_pop(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_nokw("list.pop", kwnames) < 0 || ad_cont_arity("pop", nargs, 0, 1) < 0) return AD_ERROR;
    int64_t i = -1;
    if (nargs && ad_cont_ssize_arg(args[0], &i) < 0) return AD_ERROR;
    AdList *l = as_list(self);
    if (l->len == 0) return ad_err_set(&ad_IndexError, "pop from empty list");
    if (i < 0) i += l->len;
    if ((uint64_t)i >= (uint64_t)l->len) return ad_err_set(&ad_IndexError, "pop index out of range");
    AdValue v = l->items[i];
    memmove(l->items + i, l->items + i + 1, (size_t)(l->len - i - 1) * sizeof(AdValue));
    list_truncate(l, l->len - 1);
    return v;
}

static AdValue list_clear(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_noargs("list.clear", nargs, kwnames) < 0) return AD_ERROR;
    AdList *l = as_list(self);
    l->items = NULL;
    l->len = l->cap = 0;
    return AD_NONE;
}

static AdValue list_index(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_nokw("list.index", kwnames) < 0 || ad_cont_arity("index", nargs, 1, 3) < 0) return AD_ERROR;
    int64_t start = 0, stop = INT64_MAX, len = as_list(self)->len;
    if (nargs > 1 && ad_seq_clamp_arg(args[1], &start) < 0) return AD_ERROR;
    if (nargs > 2 && ad_seq_clamp_arg(args[2], &stop) < 0) return AD_ERROR;
    if (start < 0 && (start += len) < 0) start = 0;
    if (stop < 0 && (stop += len) < 0) stop = 0;
    int64_t i = list_find(self, args[0], start, stop);
    if (i == -2) return AD_ERROR;
    if (i == -1) return ad_err_format(&ad_ValueError, "%R is not in list", args[0]);
    return ad_small(i);
}

static AdValue list_count(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_onearg("list.count", nargs, kwnames) < 0) return AD_ERROR;
    AdList *l = as_list(self);
    int64_t n = 0;
    for (int64_t i = 0; i < l->len; i++) {
        AdValue x = l->items[i];
        int r = x == args[0] ? 1 : ad_eq(x, args[0]);
        if (r < 0) return AD_ERROR;
        n += r;
    }
    return ad_small(n);
}

static void reverse_array(AdValue *lo, AdValue *hi) {
    for (hi--; lo < hi; lo++, hi--) {
        AdValue t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

static AdValue list_reverse(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_noargs("list.reverse", nargs, kwnames) < 0) return AD_ERROR;
    AdList *l = as_list(self);
    if (l->len > 1) reverse_array(l->items, l->items + l->len);
    return AD_NONE;
}

static AdValue list_copy(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_noargs("list.copy", nargs, kwnames) < 0) return AD_ERROR;
    return ad_list_from_array(as_list(self)->items, (size_t)as_list(self)->len);
}

/* list.sort(*, key=None, reverse=False) */
static AdValue list_sort_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    size_t nkw = ad_kw_count(kwnames);
    if (nargs + nkw > 2)
        return ad_err_format(&ad_TypeError, "sort() takes at most 2 %sarguments (%zu given)", nargs ? "" : "keyword ",
                             nargs + nkw);
    if (nargs) return ad_err_set(&ad_TypeError, "sort() takes no positional arguments");
    AdValue key = 0;
    int reverse = 0;
    for (size_t k = 0; k < nkw; k++) {
        AdValue name = ad_tuple_get(kwnames, (int64_t)k), v = args[nargs + k];
        if (ad_str_eq_cstr(name, "key")) {
            key = v == AD_NONE ? 0 : v;
        } else if (ad_str_eq_cstr(name, "reverse")) {
            int64_t r;
            if (ad_is_small(v)) {
                r = ad_small_val(v);
            } else {
                AdValue i = ad_index(v);
                if (!i) return AD_ERROR;
                if (ad_int_to_i64(i, &r) < 0 || r < INT32_MIN || r > INT32_MAX)
                    return ad_err_set(&ad_OverflowError, "Python int too large to convert to C int");
            }
            reverse = r != 0;
        } else {
            return ad_err_format(&ad_TypeError, "%R is an invalid keyword argument for sort()", name);
        }
    }
    return ad_list_sort(self, key, reverse) < 0 ? AD_ERROR : AD_NONE;
}

static AdValue list_reversed_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames);

/* list.__getitem__ is a method of its own in CPython (its messages differ from slot wrappers'). */
static AdValue list_getitem_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_onearg("list.__getitem__", nargs, kwnames) < 0) return AD_ERROR;
    return list_getitem(self, args[0]);
}

static const AdMethodDef list_methods[] = {
    {"append", list_append_method, 0},
    {"extend", list_extend_method, 0},
    {"insert", list_insert, 0},
    {"remove", list_remove, 0},
    {"pop", list_pop, 0},
    {"clear", list_clear, 0},
    {"index", list_index, 0},
    {"count", list_count, 0},
    {"sort", list_sort_method, 0},
    {"reverse", list_reverse, 0},
    {"copy", list_copy, 0},
    {"__reversed__", list_reversed_method, 0},
    {"__init__", list_init, 0},
    {"__getitem__", list_getitem_method, 0},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------------------------------ */
/* Iterators                                                                                   */
/* ------------------------------------------------------------------------------------------ */

/* The layout is AdListIter (adder.h), which engines step inline; the reverse iterator shares it. */
typedef AdListIter ListIter;

static AdValue list_iter(AdValue self) {
    ListIter *it = (ListIter *)ad_new_object(&ad_list_iter_type, sizeof(ListIter));
    if (!it) return AD_ERROR;
    it->seq = self;
    return AD_VAL(it);
}

static AdValue list_iter_next(AdValue self) {
    ListIter *it = AD_AS(ListIter, self);
    if (!it->seq) return AD_STOP;
    AdList *l = as_list(it->seq);
    if (it->index < l->len) return l->items[it->index++];
    it->seq = 0;
    return AD_STOP;
}

static AdValue list_reversed_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_noargs("list.__reversed__", nargs, kwnames) < 0) return AD_ERROR;
    ListIter *it = (ListIter *)ad_new_object(&ad_list_reviter_type, sizeof(ListIter));
    if (!it) return AD_ERROR;
    it->seq = self;
    it->index = as_list(self)->len - 1;
    return AD_VAL(it);
}

static AdValue list_reviter_next(AdValue self) {
    ListIter *it = AD_AS(ListIter, self);
    if (!it->seq) return AD_STOP;
    AdList *l = as_list(it->seq);
    if (it->index >= 0 && it->index < l->len) return l->items[it->index--];
    it->index = -1;
    it->seq = 0;
    return AD_STOP;
}

static AdValue iter_self(AdValue self) { return self; }

static AdValue list_iter_length_hint(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ListIter *it = AD_AS(ListIter, self);
    int64_t n = it->seq ? as_list(it->seq)->len - it->index : 0;
    return ad_small(n < 0 ? 0 : n);
}

static AdValue list_reviter_length_hint(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ListIter *it = AD_AS(ListIter, self);
    int64_t n = it->seq && it->index < as_list(it->seq)->len ? it->index + 1 : 0;
    return ad_small(n);
}

static const AdMethodDef list_iter_methods[] = {
    {"__length_hint__", list_iter_length_hint, 0},
    {NULL, NULL, 0},
};
static const AdMethodDef list_reviter_methods[] = {
    {"__length_hint__", list_reviter_length_hint, 0},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------------------------------ */
/* Types                                                                                       */
/* ------------------------------------------------------------------------------------------ */

AdType ad_list_type = {
    .ob = {&ad_type_type},
    .name = "list",
    .base = &ad_object_type,
    .flags = AD_TPFLAG_BASETYPE | AD_TPFLAG_LIST_SUBCLASS | AD_TPFLAG_SEQUENCE,
    .instance_size = sizeof(AdList),
    .repr = list_repr,
    .richcompare = list_richcompare,
    .len = list_len,
    .getitem = list_getitem,
    .setitem = list_setitem,
    .contains = list_contains,
    .iter = list_iter,
    .construct = list_construct,
    .number = {[AD_OP_ADD] = list_add, [AD_OP_MUL] = list_mul},
    .inplace = {[AD_OP_ADD] = list_iadd, [AD_OP_MUL] = list_imul},
};

AdType ad_list_iter_type = {
    .ob = {&ad_type_type},
    .name = "list_iterator",
    .base = &ad_object_type,
    .instance_size = sizeof(ListIter),
    .iter = iter_self,
    .next = list_iter_next,
};

AdType ad_list_reviter_type = {
    .ob = {&ad_type_type},
    .name = "list_reverseiterator",
    .base = &ad_object_type,
    .instance_size = sizeof(ListIter),
    .iter = iter_self,
    .next = list_reviter_next,
};

void ad_init_list(void) {
    ad_type_ready(&ad_list_type, list_methods, NULL);
    ad_type_ready(&ad_list_iter_type, list_iter_methods, NULL);
    ad_type_ready(&ad_list_reviter_type, list_reviter_methods, NULL);
}
