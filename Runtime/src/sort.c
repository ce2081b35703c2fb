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
 * When every key is a small int (or every key a float), comparisons are done inline.
 */
#include "containers.h"

typedef struct Item {
    AdValue key;
    AdValue value;
} Item;

enum { KIND_SMALL_INT, KIND_FLOAT, KIND_GENERIC };

typedef struct Sorter {
    int kind;
    Item *tmp;
    int64_t tmpcap;
} Sorter;

/** a < b: 1, 0, or -1 on error. */
static inline int item_lt(const Sorter *s, AdValue a, AdValue b) {
    switch (s->kind) {
    case KIND_SMALL_INT: return (int64_t)a < (int64_t)b; /* tagging preserves order */
    case KIND_FLOAT: return ad_float_val(a) < ad_float_val(b);
    default: return ad_compare_bool(a, b, AD_LT);
    }
}

static void reverse_items(Item *lo, Item *hi) {
    for (hi--; lo < hi; lo++, hi--) {
        Item t = *lo;
        *lo = *hi;
        *hi = t;
    }
}

static int ensure_tmp(Sorter *s, int64_t n) {
    if (n <= s->tmpcap) return 0;
    s->tmp = ad_alloc((size_t)n * sizeof(Item));
    if (!s->tmp) return -1;
    s->tmpcap = n;
    return 0;
}

/** Sort a[0..n) given that a[0..start) is already sorted, by binary insertion. */
static int binary_insertion(const Sorter *s, Item *a, int64_t n, int64_t start) {
    for (int64_t i = start < 1 ? 1 : start; i < n; i++) {
        Item pivot = a[i];
        int64_t l = 0, r = i;
        while (l < r) {
            int64_t p = l + ((r - l) >> 1);
            int lt = item_lt(s, pivot.key, a[p].key);
            if (lt < 0) return -1;
            if (lt) r = p;
            else l = p + 1;
        }
        memmove(a + l + 1, a + l, (size_t)(i - l) * sizeof(Item));
        a[l] = pivot;
    }
    return 0;
}

/** The length of the run starting at a[0] (reversing a strictly descending one); -1 on error. */
static int64_t count_run(const Sorter *s, Item *a, int64_t n) {
    if (n == 1) return 1;
    int lt = item_lt(s, a[1].key, a[0].key);
    if (lt < 0) return -1;
    int64_t k = 2;
    if (lt) { /* strictly descending */
        for (; k < n; k++) {
            lt = item_lt(s, a[k].key, a[k - 1].key);
            if (lt < 0) return -1;
            if (!lt) break;
        }
        reverse_items(a, a + k);
    } else {
        for (; k < n; k++) {
            lt = item_lt(s, a[k].key, a[k - 1].key);
            if (lt < 0) return -1;
            if (lt) break;
        }
    }
    return k;
}

/** The first index i in a[0..n) with key < a[i] (the place after any equal items); -1 on error. */
static int64_t upper_bound(const Sorter *s, AdValue key, const Item *a, int64_t n) {
    int64_t l = 0, r = n;
    while (l < r) {
        int64_t p = l + ((r - l) >> 1);
        int lt = item_lt(s, key, a[p].key);
        if (lt < 0) return -1;
        if (lt) r = p;
        else l = p + 1;
    }
    return l;
}

/** The first index i in a[0..n) with !(a[i] < key); -1 on error. */
static int64_t lower_bound(const Sorter *s, AdValue key, const Item *a, int64_t n) {
    int64_t l = 0, r = n;
    while (l < r) {
        int64_t p = l + ((r - l) >> 1);
        int lt = item_lt(s, a[p].key, key);
        if (lt < 0) return -1;
        if (lt) l = p + 1;
        else r = p;
    }
    return l;
}

/** Merge a[0..na) and a[na..na+nb) with the left run in the buffer (na <= nb). */
static int merge_lo(Sorter *s, Item *a, int64_t na, int64_t nb) {
    if (ensure_tmp(s, na) < 0) return -1;
    Item *t = s->tmp, *b = a + na, *bend = b + nb, *d = a;
    memcpy(t, a, (size_t)na * sizeof(Item));
    int64_t i = 0;
    while (i < na && b < bend) {
        int lt = item_lt(s, b->key, t[i].key);
        if (lt < 0) {
            memcpy(d, t + i, (size_t)(na - i) * sizeof(Item)); /* keep a permutation */
            return -1;
        }
        *d++ = lt ? *b++ : t[i++];
    }
    memcpy(d, t + i, (size_t)(na - i) * sizeof(Item));
    return 0;
}

/** Merge a[0..na) and a[na..na+nb) with the right run in the buffer (nb < na), from the end. */
static int merge_hi(Sorter *s, Item *a, int64_t na, int64_t nb) {
    if (ensure_tmp(s, nb) < 0) return -1;
    Item *t = s->tmp;
    memcpy(t, a + na, (size_t)nb * sizeof(Item));
    int64_t i = na - 1, j = nb - 1, d = na + nb - 1;
    while (i >= 0 && j >= 0) {
        int lt = item_lt(s, t[j].key, a[i].key);
        if (lt < 0) {
            memcpy(a + i + 1, t, (size_t)(j + 1) * sizeof(Item));
            return -1;
        }
        a[d--] = lt ? a[i--] : t[j--];
    }
    if (j >= 0) memcpy(a, t, (size_t)(j + 1) * sizeof(Item));
    return 0;
}

/** Merge two adjacent sorted runs a[0..na) and a[na..na+nb). */
static int merge_runs(Sorter *s, Item *a, int64_t na, int64_t nb) {
    /* Items of the left run not greater than the right run's first are already in place. */
    int64_t k = upper_bound(s, a[na].key, a, na);
    if (k < 0) return -1;
    a += k;
    na -= k;
    if (na == 0) return 0;
    /* Items of the right run not less than the left run's last are in place too. */
    nb = lower_bound(s, a[na - 1].key, a + na, nb);
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

static int merge_at(Sorter *s, Item *a, Run *runs, int64_t *nruns, int64_t i) {
    Run *x = &runs[i], *y = &runs[i + 1];
    if (merge_runs(s, a + x->base, x->len, y->len) < 0) return -1;
    x->len += y->len;
    if (i + 2 < *nruns) runs[i + 1] = runs[i + 2];
    (*nruns)--;
    return 0;
}

/** Restore timsort's invariants on the run stack (with the 2015 fix). */
static int merge_collapse(Sorter *s, Item *a, Run *runs, int64_t *nruns) {
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

static int merge_force_collapse(Sorter *s, Item *a, Run *runs, int64_t *nruns) {
    while (*nruns > 1) {
        int64_t k = *nruns - 2;
        if (k > 0 && runs[k - 1].len < runs[k + 1].len) k--;
        if (merge_at(s, a, runs, nruns, k) < 0) return -1;
    }
    return 0;
}

static int timsort(Sorter *s, Item *a, int64_t n) {
    if (n < 2) return 0;
    Run runs[90];
    int64_t nruns = 0, minrun = compute_minrun(n);
    for (int64_t lo = 0; lo < n;) {
        int64_t run = count_run(s, a + lo, n - lo);
        if (run < 0) return -1;
        if (run < minrun) {
            int64_t force = n - lo < minrun ? n - lo : minrun;
            if (binary_insertion(s, a + lo, force, run) < 0) return -1;
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

/** Pick the comparison: inline for all-small-int or all-float keys. */
static int choose_kind(const Item *a, int64_t n) {
    int all_small = 1, all_float = 1;
    for (int64_t i = 0; i < n && (all_small || all_float); i++) {
        AdValue k = a[i].key;
        if (!ad_is_small(k)) all_small = 0;
        if (ad_is_small(k) || AD_OBJ(k)->type != &ad_float_type) all_float = 0;
    }
    return all_small ? KIND_SMALL_INT : all_float ? KIND_FLOAT : KIND_GENERIC;
}

int ad_list_sort(AdValue list, AdValue key, int reverse) {
    AdList *l = AD_AS(AdList, list);
    /* Detach the items: Python code run by the sort sees an empty list. */
    AdValue *saved = l->items;
    int64_t n = l->len, saved_cap = l->cap;
    l->items = NULL;
    l->len = 0;
    l->cap = -1;

    int status = 0;
    Item *a = n ? ad_alloc((size_t)n * sizeof(Item)) : NULL;
    if (n && !a) status = -1;
    for (int64_t i = 0; status == 0 && i < n; i++) {
        a[i].value = saved[i];
        a[i].key = key ? ad_call1(key, saved[i]) : saved[i];
        if (!a[i].key) status = -1;
    }
    if (status < 0) { /* the list is restored untouched */
        l->items = saved;
        l->len = n;
        l->cap = saved_cap;
        return -1;
    }

    if (reverse && n > 1) reverse_items(a, a + n);
    Sorter s = {choose_kind(a, n), NULL, 0};
    status = timsort(&s, a, n);
    if (reverse && n > 1) reverse_items(a, a + n);
    for (int64_t i = 0; i < n; i++) saved[i] = a[i].value;

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
