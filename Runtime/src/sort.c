/*
 * sort.c — list.sort: a stable natural merge sort in the manner of timsort.
 *
 * The algorithm: walk the array finding natural runs (non-descending, or strictly descending ones,
 * which are reversed in place — strictness keeps the sort stable); extend short runs to `minrun`
 * items with binary insertion sort; keep a stack of pending runs whose lengths satisfy timsort's
 * invariants and merge adjacent runs when they would not. Before a merge, binary searches trim the
 * prefix of the left run and the suffix of the right run that are already in place, so that
 * ordered and nearly ordered data costs little more than one pass. Merges copy the shorter run to
 * a temporary buffer.
 *
 * Semantics, as CPython's:
 *  - items are only ever compared with `<` (ad_compare_bool(a, b, AD_LT)), and an error from a
 *    comparison stops the sort and propagates; the list then holds all its items in some order;
 *  - key functions are called once per item, in order, before any comparison; if one fails the list
 *    is left untouched;
 *  - reverse=True reverses, sorts stably, and reverses back, so that equal items keep their order;
 *  - while sorting, the list is emptied (and marked with capacity -1); if Python code called during
 *    the sort changes it, the sort still finishes but raises "list modified during sort".
 * When every key is a small int, every key a float, every key an exact str, or every key an exact
 * tuple, comparisons are done inline (tuples item by item, as tuple's `<` does). As in CPython, keys and values are parallel arrays, and without a key function there is
 * only one array (the items are their own keys), so that merges move as little as possible.
 */
#include "containers.h"

/** A run of items: `keys`, and the parallel `values` (NULL when the items are their own keys). */
typedef struct Slice {
    AdValue *keys;
    AdValue *values;
} Slice;

static inline Slice sl_at(Slice s, int64_t i) {
    Slice r = {s.keys + i, s.values ? s.values + i : NULL};
    return r;
}

static inline void sl_copy(Slice dst, Slice src, int64_t n) {
    memcpy(dst.keys, src.keys, (size_t)n * sizeof(AdValue));
    if (dst.values) memcpy(dst.values, src.values, (size_t)n * sizeof(AdValue));
}

static inline void sl_move(Slice dst, Slice src, int64_t n) {
    memmove(dst.keys, src.keys, (size_t)n * sizeof(AdValue));
    if (dst.values) memmove(dst.values, src.values, (size_t)n * sizeof(AdValue));
}

/** dst[i] = src[j] */
static inline void sl_set(Slice dst, int64_t i, Slice src, int64_t j) {
    dst.keys[i] = src.keys[j];
    if (dst.values) dst.values[i] = src.values[j];
}

static void reverse_array(AdValue *lo, AdValue *hi) {
    for (hi--; lo < hi; lo++, hi--) {
        AdValue t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

static void sl_reverse(Slice s, int64_t n) {
    reverse_array(s.keys, s.keys + n);
    if (s.values) reverse_array(s.values, s.values + n);
}

enum { KIND_SMALL_INT, KIND_FLOAT, KIND_STR, KIND_TUPLE, KIND_GENERIC };

typedef struct Sorter {
    int kind;
    Slice tmp;                 /* merge buffer */
    int64_t tmpcap;
} Sorter;

/** a < b for two exact strs: code points compared lexicographically. */
static int str_lt(AdValue a, AdValue b) {
    AdStr *x = AD_AS(AdStr, a), *y = AD_AS(AdStr, b);
    int64_t n = x->length < y->length ? x->length : y->length;
    if (x->kind == 1 && y->kind == 1) {
        int c = memcmp(x->data, y->data, (size_t)n);
        return c != 0 ? c < 0 : x->length < y->length;
    }
    for (int64_t i = 0; i < n; i++) {
        uint32_t p = ad_str_char(a, i), q = ad_str_char(b, i);
        if (p != q) return p < q;
    }
    return x->length < y->length;
}

/** a < b for two exact tuples, exactly as tuple's `<`: the first items that are not equal decide
 *  (by `<`), else the lengths. Small ints and exact strs are compared inline. */
static int tuple_lt(AdValue a, AdValue b) {
    AdTuple *x = AD_AS(AdTuple, a), *y = AD_AS(AdTuple, b);
    int64_t n = x->len < y->len ? x->len : y->len, i;
    for (i = 0; i < n; i++) {
        AdValue p = x->items[i], q = y->items[i];
        if (p == q) continue;
        if (ad_is_small(p) && ad_is_small(q)) return (int64_t)p < (int64_t)q;
        int eq = ad_eq(p, q);
        if (eq < 0) return -1;
        if (!eq) break;
    }
    if (i >= n) return x->len < y->len;
    AdValue p = x->items[i], q = y->items[i];
    if (ad_is_exact_str(p) && ad_is_exact_str(q)) return str_lt(p, q);
    return ad_compare_bool(p, q, AD_LT);
}

/** a < b: 1, 0, or -1 on error. */
static inline int item_lt(const Sorter *s, AdValue a, AdValue b) {
    switch (s->kind) {
    case KIND_SMALL_INT: return (int64_t)a < (int64_t)b; /* tagging preserves order */
    case KIND_FLOAT: return ad_float_val(a) < ad_float_val(b);
    case KIND_STR: return str_lt(a, b);
    case KIND_TUPLE: return tuple_lt(a, b);
    default: return ad_compare_bool(a, b, AD_LT);
    }
}

static int ensure_tmp(Sorter *s, int64_t n, int with_values) {
    if (n <= s->tmpcap) return 0;
    s->tmp.keys = ad_alloc((size_t)n * sizeof(AdValue));
    s->tmp.values = with_values ? ad_alloc((size_t)n * sizeof(AdValue)) : NULL;
    if (!s->tmp.keys || (with_values && !s->tmp.values)) return -1;
    s->tmpcap = n;
    return 0;
}

/** Sort a[0..n) given that a[0..start) is already sorted, by binary insertion. */
static int binary_insertion(const Sorter *s, Slice a, int64_t n, int64_t start) {
    for (int64_t i = start < 1 ? 1 : start; i < n; i++) {
        AdValue pivot = a.keys[i], pivot_value = a.values ? a.values[i] : 0;
        int64_t l = 0, r = i;
        while (l < r) {
            int64_t p = l + ((r - l) >> 1);
            int lt = item_lt(s, pivot, a.keys[p]);
            if (lt < 0) return -1;
            if (lt) r = p;
            else l = p + 1;
        }
        sl_move(sl_at(a, l + 1), sl_at(a, l), i - l);
        a.keys[l] = pivot;
        if (a.values) a.values[l] = pivot_value;
    }
    return 0;
}

/** The length of the run starting at a[0] (reversing a strictly descending one); -1 on error. */
static int64_t count_run(const Sorter *s, Slice a, int64_t n) {
    if (n == 1) return 1;
    int lt = item_lt(s, a.keys[1], a.keys[0]);
    if (lt < 0) return -1;
    int64_t k = 2;
    for (; k < n; k++) { /* lt: strictly descending; else non-descending */
        int next = item_lt(s, a.keys[k], a.keys[k - 1]);
        if (next < 0) return -1;
        if (next != lt) break;
    }
    if (lt) sl_reverse(a, k);
    return k;
}

/** The first index i in keys[0..n) with key < keys[i] (the place after any equal items); -1 on error. */
static int64_t upper_bound(const Sorter *s, AdValue key, const AdValue *keys, int64_t n) {
    int64_t l = 0, r = n;
    while (l < r) {
        int64_t p = l + ((r - l) >> 1);
        int lt = item_lt(s, key, keys[p]);
        if (lt < 0) return -1;
        if (lt) r = p;
        else l = p + 1;
    }
    return l;
}

/** The first index i in keys[0..n) with !(keys[i] < key); -1 on error. */
static int64_t lower_bound(const Sorter *s, AdValue key, const AdValue *keys, int64_t n) {
    int64_t l = 0, r = n;
    while (l < r) {
        int64_t p = l + ((r - l) >> 1);
        int lt = item_lt(s, keys[p], key);
        if (lt < 0) return -1;
        if (lt) l = p + 1;
        else r = p;
    }
    return l;
}

/** Merge a[0..na) and a[na..na+nb) with the left run in the buffer (na <= nb). */
static int merge_lo(Sorter *s, Slice a, int64_t na, int64_t nb) {
    if (ensure_tmp(s, na, a.values != NULL) < 0) return -1;
    Slice t = s->tmp;
    sl_copy(t, a, na);
    int64_t i = 0, j = na, end = na + nb, d = 0;
    while (i < na && j < end) {
        int lt = item_lt(s, a.keys[j], t.keys[i]);
        if (lt < 0) break;
        if (lt) sl_set(a, d++, a, j++);
        else sl_set(a, d++, t, i++);
    }
    sl_copy(sl_at(a, d), sl_at(t, i), na - i); /* the rest of the buffer (all of it kept on error) */
    return i < na && j < end ? -1 : 0;
}

/** Merge a[0..na) and a[na..na+nb) with the right run in the buffer (nb < na), from the end. */
static int merge_hi(Sorter *s, Slice a, int64_t na, int64_t nb) {
    if (ensure_tmp(s, nb, a.values != NULL) < 0) return -1;
    Slice t = s->tmp;
    sl_copy(t, sl_at(a, na), nb);
    int64_t i = na - 1, j = nb - 1, d = na + nb - 1;
    while (i >= 0 && j >= 0) {
        int lt = item_lt(s, t.keys[j], a.keys[i]);
        if (lt < 0) break;
        if (lt) sl_set(a, d--, a, i--);
        else sl_set(a, d--, t, j--);
    }
    sl_copy(sl_at(a, i + 1), t, j + 1); /* the rest of the buffer fills the gap */
    return i >= 0 && j >= 0 ? -1 : 0;
}

/** Merge two adjacent sorted runs a[0..na) and a[na..na+nb). */
static int merge_runs(Sorter *s, Slice a, int64_t na, int64_t nb) {
    /* Items of the left run not greater than the right run's first are already in place. */
    int64_t k = upper_bound(s, a.keys[na], a.keys, na);
    if (k < 0) return -1;
    a = sl_at(a, k);
    na -= k;
    if (na == 0) return 0;
    /* Items of the right run not less than the left run's last are in place too. */
    nb = lower_bound(s, a.keys[na - 1], a.keys + na, nb);
    if (nb <= 0) return (int)nb;
    return na <= nb ? merge_lo(s, a, na, nb) : merge_hi(s, a, na, nb);
}

typedef struct Run {
    int64_t base, len;
} Run;

/** The minimum run length for n items: n's top 6 bits, plus 1 if any lower bit is set. */
static int64_t compute_minrun(int64_t n) {
    int64_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static int merge_at(Sorter *s, Slice a, Run *runs, int64_t *nruns, int64_t i) {
    Run *x = &runs[i], *y = &runs[i + 1];
    if (merge_runs(s, sl_at(a, x->base), x->len, y->len) < 0) return -1;
    x->len += y->len;
    if (i + 2 < *nruns) runs[i + 1] = runs[i + 2];
    (*nruns)--;
    return 0;
}

/** Restore timsort's invariants on the run stack (with the 2015 fix). */
static int merge_collapse(Sorter *s, Slice a, Run *runs, int64_t *nruns) {
    while (*nruns > 1) {
        int64_t k = *nruns - 2;
        if ((k > 0 && runs[k - 1].len <= runs[k].len + runs[k + 1].len) ||
            (k > 1 && runs[k - 2].len <= runs[k - 1].len + runs[k].len)) {
            if (runs[k - 1].len < runs[k + 1].len) k--;
            if (merge_at(s, a, runs, nruns, k) < 0) return -1;
        } else if (runs[k].len <= runs[k + 1].len) {
            if (merge_at(s, a, runs, nruns, k) < 0) return -1;
        } else {
            break;
        }
    }
    return 0;
}

static int merge_force_collapse(Sorter *s, Slice a, Run *runs, int64_t *nruns) {
    while (*nruns > 1) {
        int64_t k = *nruns - 2;
        if (k > 0 && runs[k - 1].len < runs[k + 1].len) k--;
        if (merge_at(s, a, runs, nruns, k) < 0) return -1;
    }
    return 0;
}

static int timsort(Sorter *s, Slice a, int64_t n) {
    if (n < 2) return 0;
    Run runs[90];
    int64_t nruns = 0, minrun = compute_minrun(n);
    for (int64_t lo = 0; lo < n;) {
        int64_t run = count_run(s, sl_at(a, lo), n - lo);
        if (run < 0) return -1;
        if (run < minrun) {
            int64_t force = n - lo < minrun ? n - lo : minrun;
            if (binary_insertion(s, sl_at(a, lo), force, run) < 0) return -1;
            run = force;
        }
        runs[nruns].base = lo;
        runs[nruns].len = run;
        nruns++;
        if (merge_collapse(s, a, runs, &nruns) < 0) return -1;
        lo += run;
    }
    return merge_force_collapse(s, a, runs, &nruns);
}

/** Pick the comparison: inline for all-small-int, all-float or all-str keys. */
static int choose_kind(const AdValue *keys, int64_t n) {
    int all_small = 1, all_float = 1, all_str = 1, all_tuple = 1;
    for (int64_t i = 0; i < n && (all_small || all_float || all_str || all_tuple); i++) {
        AdValue k = keys[i];
        if (ad_is_small(k)) {
            all_float = all_str = all_tuple = 0;
            continue;
        }
        all_small = 0;
        AdType *t = AD_OBJ(k)->type;
        if (t != &ad_float_type) all_float = 0;
        if (t != &ad_str_type) all_str = 0;
        if (t != &ad_tuple_type) all_tuple = 0;
    }
    if (all_small) return KIND_SMALL_INT;
    if (all_float) return KIND_FLOAT;
    if (all_str) return KIND_STR;
    return all_tuple ? KIND_TUPLE : KIND_GENERIC;
}

int ad_list_sort(AdValue list, AdValue key, int reverse) {
    AdList *l = AD_AS(AdList, list);
    /* Detach the items: Python code run by the sort sees an empty list. */
    AdValue *saved = l->items;
    int64_t n = l->len, saved_cap = l->cap;
    l->items = NULL;
    l->len = 0;
    l->cap = -1;

    Slice a = {saved, NULL};
    int status = 0;
    if (key && n > 0) { /* keys first, once each, in order; on failure the list is untouched */
        a.keys = ad_alloc((size_t)n * sizeof(AdValue));
        a.values = saved;
        for (int64_t i = 0; a.keys && i < n; i++) {
            a.keys[i] = ad_call1(key, saved[i]);
            if (!a.keys[i]) {
                status = -1;
                break;
            }
        }
        if (!a.keys || status < 0) {
            l->items = saved;
            l->len = n;
            l->cap = saved_cap;
            return -1;
        }
    }

    if (reverse && n > 1) sl_reverse(a, n);
    Sorter s = {choose_kind(a.keys, n), {NULL, NULL}, 0};
    status = timsort(&s, a, n);
    if (reverse && n > 1) sl_reverse(a, n);

    int modified = l->cap != -1 || l->items || l->len;
    l->items = saved;
    l->len = n;
    l->cap = saved_cap;
    if (status == 0 && modified) {
        ad_err_set(&ad_ValueError, "list modified during sort");
        return -1;
    }
    return status;
}
