/*
 * set.c — set and frozenset.
 *
 * The table is CPython 3.11's, slot for slot, because the iteration order of a set is the order of
 * its table and Python programs print sets of ints (and of tuples of ints) all the time:
 *  - open addressing over 2**k slots (8 inside the object, then allocated), each slot a (key, hash)
 *    pair: unused is (0, 0), a deleted slot holds the dummy key with hash -1;
 *  - a probe looks at LINEAR_PROBES (9) slots after the home slot when they fit before the end of
 *    the table, then jumps: i = (5*i + 1 + perturb) & mask, perturb >>= 5;
 *  - an insertion that fills a never-used slot grows the table once fill*5 >= mask*3, to the
 *    smallest power of two above 4*used (2*used past 50000 items); resizing re-inserts the live
 *    entries in table order without comparisons;
 *  - every set operation (union, intersection, difference, symmetric difference, copy, update)
 *    builds its result the way CPython does — which operand is walked, which is probed, when the
 *    table is presized — since each of those choices shows in the result's order.
 * Hashes are stored next to keys and never recomputed. A lookup that runs __eq__ restarts when the
 * table changed under it. `fill` counts used + dummy slots; `finger` is where pop() resumes.
 */
#include "containers.h"

#define LINEAR_PROBES 9
#define PERTURB_SHIFT 5

static AdObject dummy_object = {&ad_object_type};
#define DUMMY AD_VAL(&dummy_object)

static inline AdSet *as_set(AdValue v) { return AD_AS(AdSet, v); }
static inline int is_frozen(AdValue v) {
    AdType *t = ad_type(v);
    return t == &ad_frozenset_type || (t != &ad_set_type && ad_type_is_subtype(t, &ad_frozenset_type));
}

/* ------------------------------------------------------------------------------------------ */
/* The table                                                                                   */
/* ------------------------------------------------------------------------------------------ */

static void set_empty_to_minsize(AdSet *so) {
    memset(so->smalltable, 0, sizeof so->smalltable);
    so->fill = 0;
    so->used = 0;
    so->mask = AD_SET_MINSIZE - 1;
    so->table = so->smalltable;
    so->hash = -1;
}

/** The slot holding `key`, or the unused slot that ends its probe chain; NULL on error. */
static AdSetEntry *set_lookkey(AdSet *so, AdValue key, int64_t hash) {
restart:;
    uint64_t perturb = (uint64_t)hash, mask = (uint64_t)so->mask, i = (uint64_t)hash & mask;
    for (;;) {
        AdSetEntry *entry = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->key == 0) return entry;
            if (entry->hash == hash) {
                AdValue startkey = entry->key;
                if (startkey == key) return entry;
                if (ad_is_small(startkey) && ad_is_small(key)) goto next;
                if (ad_is_exact_str(startkey) && ad_is_exact_str(key)) {
                    if (ad_str_eq(startkey, key)) return entry;
                    goto next;
                }
                AdSetEntry *table = so->table;
                int cmp = ad_eq(startkey, key);
                if (cmp < 0) return NULL;
                if (table != so->table || entry->key != startkey) goto restart;
                if (cmp > 0) return entry;
                mask = (uint64_t)so->mask;
            }
        next:
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

/** Insert into a table known to hold no dummies and not `key`. */
static void set_insert_clean(AdSetEntry *table, uint64_t mask, AdValue key, int64_t hash) {
    uint64_t perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        AdSetEntry *entry = &table[i];
        if (entry->key == 0) goto found;
        if (i + LINEAR_PROBES <= mask) {
            for (int j = 0; j < LINEAR_PROBES; j++) {
                entry++;
                if (entry->key == 0) goto found;
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
        continue;
    found:
        entry->key = key;
        entry->hash = hash;
        return;
    }
}

/** Rebuild the table with the smallest size above `minused`, dropping dummies. */
static int set_table_resize(AdSet *so, int64_t minused) {
    uint64_t newsize = AD_SET_MINSIZE;
    while (newsize <= (uint64_t)minused) newsize <<= 1;
    AdSetEntry *oldtable = so->table, small_copy[AD_SET_MINSIZE];
    uint64_t oldmask = (uint64_t)so->mask;
    AdSetEntry *newtable;
    if (newsize == AD_SET_MINSIZE) {
        newtable = so->smalltable;
        if (newtable == oldtable) {
            if (so->fill == so->used) return 0;
            memcpy(small_copy, oldtable, sizeof small_copy);
            oldtable = small_copy;
        }
    } else {
        if (newsize > ((uint64_t)1 << 58)) {
            ad_err_set(&ad_MemoryError, "");
            return -1;
        }
        newtable = ad_alloc(newsize * sizeof(AdSetEntry));
        if (!newtable) return -1;
    }
    memset(newtable, 0, newsize * sizeof(AdSetEntry));
    so->mask = (int64_t)newsize - 1;
    so->table = newtable;
    uint64_t newmask = newsize - 1;
    so->fill = so->used;
    for (AdSetEntry *e = oldtable; e <= oldtable + oldmask; e++)
        if (e->key != 0 && e->key != DUMMY) set_insert_clean(newtable, newmask, e->key, e->hash);
    return 0;
}

static int set_add_entry(AdSet *so, AdValue key, int64_t hash) {
restart:;
    uint64_t mask = (uint64_t)so->mask, i = (uint64_t)hash & mask, perturb = (uint64_t)hash;
    AdSetEntry *freeslot = NULL, *entry;
    for (;;) {
        entry = &so->table[i];
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        do {
            if (entry->key == 0) goto found_unused_or_dummy;
            if (entry->hash == hash) {
                AdValue startkey = entry->key;
                if (startkey == key) return 0;
                if (ad_is_small(startkey) && ad_is_small(key)) goto next;
                if (ad_is_exact_str(startkey) && ad_is_exact_str(key)) {
                    if (ad_str_eq(startkey, key)) return 0;
                    goto next;
                }
                AdSetEntry *table = so->table;
                int cmp = ad_eq(startkey, key);
                if (cmp > 0) return 0;
                if (cmp < 0) return -1;
                if (table != so->table || entry->key != startkey) goto restart;
                mask = (uint64_t)so->mask;
            } else if (entry->hash == -1) {
                freeslot = entry;
            }
        next:
            entry++;
        } while (probes--);
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
found_unused_or_dummy:
    if (freeslot) {
        so->used++;
        freeslot->key = key;
        freeslot->hash = hash;
        return 0;
    }
    so->fill++;
    so->used++;
    entry->key = key;
    entry->hash = hash;
    if ((uint64_t)so->fill * 5 < mask * 3) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

static int set_contains_entry(AdSet *so, AdValue key, int64_t hash) {
    AdSetEntry *e = set_lookkey(so, key, hash);
    return e ? e->key != 0 : -1;
}

enum { DISCARD_NOTFOUND = 0, DISCARD_FOUND = 1 };

static int set_discard_entry(AdSet *so, AdValue key, int64_t hash) {
    AdSetEntry *e = set_lookkey(so, key, hash);
    if (!e) return -1;
    if (e->key == 0) return DISCARD_NOTFOUND;
    e->key = DUMMY;
    e->hash = -1;
    so->used--;
    return DISCARD_FOUND;
}

static int set_add_key(AdSet *so, AdValue key) {
    int64_t hash = ad_hash_fast(key);
    if (hash == -1) return -1;
    return set_add_entry(so, key, hash);
}

static int set_contains_key(AdSet *so, AdValue key) {
    int64_t hash = ad_hash_fast(key);
    if (hash == -1) return -1;
    return set_contains_entry(so, key, hash);
}

static int set_discard_key(AdSet *so, AdValue key) {
    int64_t hash = ad_hash_fast(key);
    if (hash == -1) return -1;
    return set_discard_entry(so, key, hash);
}

static void set_clear_internal(AdSet *so) { set_empty_to_minsize(so); }

/** Iterate: start with *pos = 0. */
static int set_next(AdSet *so, int64_t *pos, AdSetEntry **entry) {
    int64_t i = *pos, mask = so->mask;
    AdSetEntry *e = &so->table[i];
    while (i <= mask && (e->key == 0 || e->key == DUMMY)) {
        i++;
        e++;
    }
    *pos = i + 1;
    if (i > mask) return 0;
    *entry = e;
    return 1;
}

/* ------------------------------------------------------------------------------------------ */
/* Bulk operations                                                                             */
/* ------------------------------------------------------------------------------------------ */

static int set_merge(AdSet *so, AdSet *other) {
    if (other == so || other->used == 0) return 0;
    /* One big resize up front: expect few overlapping keys. */
    if ((so->fill + other->used) * 5 >= so->mask * 3) {
        if (set_table_resize(so, (so->used + other->used) * 2) != 0) return -1;
    }
    AdSetEntry *so_entry = so->table, *other_entry = other->table;
    /* Same size, empty target, no dummies: copy the slots as they are. */
    if (so->fill == 0 && so->mask == other->mask && other->fill == other->used) {
        for (int64_t i = 0; i <= other->mask; i++, so_entry++, other_entry++) {
            if (other_entry->key != 0) *so_entry = *other_entry;
        }
        so->fill = other->fill;
        so->used = other->used;
        return 0;
    }
    /* Empty target: insert without comparisons. */
    if (so->fill == 0) {
        uint64_t newmask = (uint64_t)so->mask;
        so->fill = other->used;
        so->used = other->used;
        for (int64_t i = other->mask + 1; i > 0; i--, other_entry++) {
            AdValue key = other_entry->key;
            if (key != 0 && key != DUMMY) set_insert_clean(so->table, newmask, key, other_entry->hash);
        }
        return 0;
    }
    for (int64_t i = 0; i <= other->mask; i++) {
        AdSetEntry e = other->table[i];
        if (e.key != 0 && e.key != DUMMY && set_add_entry(so, e.key, e.hash)) return -1;
    }
    return 0;
}

static int set_update_dict(AdSet *so, AdValue dict) {
    int64_t dictsize = ad_dict_len(dict);
    if ((so->fill + dictsize) * 5 >= so->mask * 3) {
        if (set_table_resize(so, (so->used + dictsize) * 2) != 0) return -1;
    }
    int64_t pos = 0, hash;
    AdValue key;
    while (ad_dict_next_hash(dict, &pos, &key, NULL, &hash))
        if (set_add_entry(so, key, hash)) return -1;
    return 0;
}

static int set_update_iterable(AdSet *so, AdValue other) {
    if (!ad_is_small(other) && (AD_OBJ(other)->type == &ad_list_type || AD_OBJ(other)->type == &ad_tuple_type)) {
        /* Re-read the array each time: __eq__/__hash__ may mutate the list. */
        for (int64_t i = 0;; i++) {
            int64_t n = AD_OBJ(other)->type == &ad_list_type ? AD_AS(AdList, other)->len : ad_tuple_len(other);
            if (i >= n) return 0;
            AdValue key = AD_OBJ(other)->type == &ad_list_type ? AD_AS(AdList, other)->items[i] : ad_tuple_get(other, i);
            if (set_add_key(so, key)) return -1;
        }
    }
    AdValue it = ad_iter(other);
    if (!it) return -1;
    for (;;) {
        AdValue key = ad_next(it);
        if (key == AD_STOP) return 0;
        if (!key || set_add_key(so, key)) return -1;
    }
}

static int set_update_internal(AdSet *so, AdValue other) {
    if (ad_is_anyset(other)) return set_merge(so, as_set(other));
    if (!ad_is_small(other) && AD_OBJ(other)->type == &ad_dict_type) return set_update_dict(so, other);
    return set_update_iterable(so, other);
}

static AdSet *make_new_set(AdType *type, AdValue iterable) {
    AdSet *so = (AdSet *)ad_new_instance(type, sizeof(AdSet));
    if (!so) return NULL;
    set_empty_to_minsize(so);
    so->finger = 0;
    if (iterable && set_update_internal(so, iterable)) return NULL;
    return so;
}

/** A new set or frozenset (the builtin base of `type`). */
static AdSet *make_new_set_basetype(AdType *type, AdValue iterable) {
    if (type != &ad_set_type && type != &ad_frozenset_type)
        type = ad_type_is_subtype(type, &ad_set_type) ? &ad_set_type : &ad_frozenset_type;
    return make_new_set(type, iterable);
}

static AdValue set_copy(AdValue so) {
    AdSet *r = make_new_set_basetype(ad_type(so), so);
    return r ? AD_VAL(r) : AD_ERROR;
}

static void set_swap_bodies(AdSet *a, AdSet *b) {
    int64_t t;
    t = a->fill; a->fill = b->fill; b->fill = t;
    t = a->used; a->used = b->used; b->used = t;
    t = a->mask; a->mask = b->mask; b->mask = t;
    AdSetEntry *u = a->table == a->smalltable ? b->smalltable : a->table;
    a->table = b->table == b->smalltable ? a->smalltable : b->table;
    b->table = u;
    if (a->table == a->smalltable || b->table == b->smalltable) {
        AdSetEntry tab[AD_SET_MINSIZE];
        memcpy(tab, a->smalltable, sizeof tab);
        memcpy(a->smalltable, b->smalltable, sizeof tab);
        memcpy(b->smalltable, tab, sizeof tab);
    }
    if (is_frozen(AD_VAL(a)) && is_frozen(AD_VAL(b))) {
        int64_t h = a->hash;
        a->hash = b->hash;
        b->hash = h;
    } else {
        a->hash = -1;
        b->hash = -1;
    }
}

static AdValue set_intersection(AdValue sov, AdValue other) {
    AdSet *so = as_set(sov);
    if (sov == other) return set_copy(sov);
    AdSet *result = make_new_set_basetype(ad_type(sov), 0);
    if (!result) return AD_ERROR;
    if (ad_is_anyset(other)) {
        AdSet *o = as_set(other);
        if (o->used > so->used) {
            AdSet *t = so;
            so = o;
            o = t;
        }
        int64_t pos = 0;
        AdSetEntry *e;
        while (set_next(o, &pos, &e)) {
            AdValue key = e->key;
            int64_t hash = e->hash;
            int rv = set_contains_entry(so, key, hash);
            if (rv < 0) return AD_ERROR;
            if (rv && set_add_entry(result, key, hash)) return AD_ERROR;
        }
        return AD_VAL(result);
    }
    AdValue it = ad_iter(other);
    if (!it) return AD_ERROR;
    for (;;) {
        AdValue key = ad_next(it);
        if (key == AD_STOP) break;
        if (!key) return AD_ERROR;
        int64_t hash = ad_hash_fast(key);
        if (hash == -1) return AD_ERROR;
        int rv = set_contains_entry(so, key, hash);
        if (rv < 0) return AD_ERROR;
        if (rv) {
            if (set_add_entry(result, key, hash)) return AD_ERROR;
            if (result->used >= so->used) break;
        }
    }
    return AD_VAL(result);
}

AdValue ad_set_intersection(AdValue set, AdValue other) { return set_intersection(set, other); }

static int set_difference_update_internal(AdSet *so, AdValue other) {
    if (AD_VAL(so) == other) {
        set_clear_internal(so);
        return 0;
    }
    if (ad_is_anyset(other)) {
        /* Much larger other: walk the (smaller) intersection instead. */
        if ((as_set(other)->used >> 3) > so->used) {
            other = set_intersection(AD_VAL(so), other);
            if (!other) return -1;
        }
        AdSet *o = as_set(other);
        int64_t pos = 0;
        AdSetEntry *e;
        while (set_next(o, &pos, &e))
            if (set_discard_entry(so, e->key, e->hash) < 0) return -1;
    } else {
        AdValue it = ad_iter(other);
        if (!it) return -1;
        for (;;) {
            AdValue key = ad_next(it);
            if (key == AD_STOP) break;
            if (!key || set_discard_key(so, key) < 0) return -1;
        }
    }
    /* More than a quarter dummies: resize them away. */
    if ((uint64_t)(so->fill - so->used) <= (uint64_t)so->mask / 4) return 0;
    return set_table_resize(so, so->used > 50000 ? so->used * 2 : so->used * 4);
}

int ad_set_difference_update(AdValue set, AdValue other) { return set_difference_update_internal(as_set(set), other); }

static AdValue set_copy_and_difference(AdValue so, AdValue other) {
    AdValue result = set_copy(so);
    if (!result || set_difference_update_internal(as_set(result), other) < 0) return AD_ERROR;
    return result;
}

static AdValue set_difference(AdValue sov, AdValue other) {
    AdSet *so = as_set(sov);
    int64_t other_size;
    int other_is_dict = !ad_is_small(other) && AD_OBJ(other)->type == &ad_dict_type;
    if (ad_is_anyset(other)) other_size = as_set(other)->used;
    else if (other_is_dict) other_size = ad_dict_len(other);
    else return set_copy_and_difference(sov, other);
    if ((so->used >> 2) > other_size) return set_copy_and_difference(sov, other);
    AdSet *result = make_new_set_basetype(ad_type(sov), 0);
    if (!result) return AD_ERROR;
    int64_t pos = 0;
    AdSetEntry *e;
    while (set_next(so, &pos, &e)) {
        AdValue key = e->key, v;
        int64_t hash = e->hash;
        int rv = other_is_dict ? ad_dict_lookup_hash(other, key, hash, &v) : set_contains_entry(as_set(other), key, hash);
        if (rv < 0) return AD_ERROR;
        if (!rv && set_add_entry(result, key, hash)) return AD_ERROR;
    }
    return AD_VAL(result);
}

static int set_symmetric_difference_update_set(AdSet *so, AdSet *other) {
    int64_t pos = 0;
    AdSetEntry *e;
    while (set_next(other, &pos, &e)) {
        AdValue key = e->key;
        int64_t hash = e->hash;
        int rv = set_discard_entry(so, key, hash);
        if (rv < 0) return -1;
        if (rv == DISCARD_NOTFOUND && set_add_entry(so, key, hash)) return -1;
    }
    return 0;
}

static int set_symmetric_difference_update_internal(AdSet *so, AdValue other) {
    if (AD_VAL(so) == other) {
        set_clear_internal(so);
        return 0;
    }
    if (!ad_is_small(other) && AD_OBJ(other)->type == &ad_dict_type) {
        int64_t pos = 0, hash;
        AdValue key;
        while (ad_dict_next_hash(other, &pos, &key, NULL, &hash)) {
            int rv = set_discard_entry(so, key, hash);
            if (rv < 0) return -1;
            if (rv == DISCARD_NOTFOUND && set_add_entry(so, key, hash)) return -1;
        }
        return 0;
    }
    AdSet *otherset;
    if (ad_is_anyset(other)) otherset = as_set(other);
    else if (!(otherset = make_new_set_basetype(ad_type(AD_VAL(so)), other))) return -1;
    return set_symmetric_difference_update_set(so, otherset);
}

int ad_set_symmetric_difference_update(AdValue set, AdValue other) {
    return set_symmetric_difference_update_internal(as_set(set), other);
}

static AdValue set_symmetric_difference(AdValue so, AdValue other) {
    AdSet *result = make_new_set_basetype(ad_type(so), other);
    if (!result || set_symmetric_difference_update_set(result, as_set(so)) < 0) return AD_ERROR;
    return AD_VAL(result);
}

/** 1 if every item of `so` is in `other`, 0 if not, -1 on error. */
static int set_issubset_internal(AdValue sov, AdValue other) {
    if (!ad_is_anyset(other)) {
        AdSet *tmp = make_new_set(&ad_set_type, other);
        if (!tmp) return -1;
        other = AD_VAL(tmp);
    }
    AdSet *so = as_set(sov), *o = as_set(other);
    if (so->used > o->used) return 0;
    int64_t pos = 0;
    AdSetEntry *e;
    while (set_next(so, &pos, &e)) {
        int rv = set_contains_entry(o, e->key, e->hash);
        if (rv <= 0) return rv;
    }
    return 1;
}

static int set_issuperset_internal(AdValue so, AdValue other) {
    if (ad_is_anyset(other)) return set_issubset_internal(other, so);
    AdValue it = ad_iter(other);
    if (!it) return -1;
    for (;;) {
        AdValue key = ad_next(it);
        if (key == AD_STOP) return 1;
        if (!key) return -1;
        int rv = set_contains_key(as_set(so), key);
        if (rv <= 0) return rv;
    }
}

/** frozenset's hash (also used to look a set up as if it were a frozenset). */
static uint64_t shuffle_bits(uint64_t h) { return ((h ^ UINT64_C(89869747)) ^ (h << 16)) * UINT64_C(3644798167); }

static int64_t frozenset_hash_compute(AdSet *so) {
    uint64_t hash = 0;
    for (AdSetEntry *e = so->table; e <= &so->table[so->mask]; e++) hash ^= shuffle_bits((uint64_t)e->hash);
    /* Remove the effect of an odd number of unused and of dummy slots. */
    if ((so->mask + 1 - so->fill) & 1) hash ^= shuffle_bits(0);
    if ((so->fill - so->used) & 1) hash ^= shuffle_bits((uint64_t)-1);
    hash ^= ((uint64_t)so->used + 1) * UINT64_C(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + UINT64_C(907133923);
    if (hash == (uint64_t)-1) hash = 590923713U;
    return (int64_t)hash;
}

static int64_t frozenset_hash(AdValue self) {
    AdSet *so = as_set(self);
    if (so->hash != -1) return so->hash;
    so->hash = frozenset_hash_compute(so);
    return so->hash;
}

/** `key in so`, where a set key is looked up as the equal frozenset. Same for remove/discard. */
static int set_contains(AdValue self, AdValue key) {
    int rv = set_contains_key(as_set(self), key);
    if (rv < 0 && ad_isinstance_type(key, &ad_set_type) && ad_err_matches(&ad_TypeError)) {
        ad_err_clear();
        rv = set_contains_entry(as_set(self), key, frozenset_hash_compute(as_set(key)));
    }
    return rv;
}

static int set_discard_any(AdValue self, AdValue key) {
    int rv = set_discard_key(as_set(self), key);
    if (rv < 0 && ad_isinstance_type(key, &ad_set_type) && ad_err_matches(&ad_TypeError)) {
        ad_err_clear();
        rv = set_discard_entry(as_set(self), key, frozenset_hash_compute(as_set(key)));
    }
    return rv;
}

/* ------------------------------------------------------------------------------------------ */
/* The C API                                                                                   */
/* ------------------------------------------------------------------------------------------ */

AdValue ad_set_new(void) {
    AdSet *so = make_new_set(&ad_set_type, 0);
    return so ? AD_VAL(so) : AD_ERROR;
}

AdValue ad_frozenset_new(AdValue iterable) {
    if (iterable && ad_type(iterable) == &ad_frozenset_type) return iterable;
    AdSet *so = make_new_set(&ad_frozenset_type, iterable);
    return so ? AD_VAL(so) : AD_ERROR;
}

int ad_set_add(AdValue set, AdValue v) { return set_add_key(as_set(set), v); }
int ad_set_contains(AdValue set, AdValue v) { return set_contains(set, v); }
int ad_set_update(AdValue set, AdValue iterable) { return set_update_internal(as_set(set), iterable); }

/* ------------------------------------------------------------------------------------------ */
/* Slots                                                                                       */
/* ------------------------------------------------------------------------------------------ */

static int64_t set_len(AdValue self) { return as_set(self)->used; }

static AdValue set_repr(AdValue self) {
    AdSet *so = as_set(self);
    const char *tname = ad_type(self)->name;
    int exact_set = ad_type(self) == &ad_set_type;
    int status = ad_repr_enter(self);
    if (status < 0) return AD_ERROR;
    AdStrBuilder sb;
    ad_sb_init(&sb);
    if (status > 0) {
        ad_sb_append_cstr(&sb, tname);
        ad_sb_append_cstr(&sb, "(...)");
        return ad_sb_finish(&sb);
    }
    if (so->used == 0) {
        ad_repr_leave(self);
        ad_sb_append_cstr(&sb, tname);
        ad_sb_append_cstr(&sb, "()");
        return ad_sb_finish(&sb);
    }
    AdValue keys = ad_list_new(so->used);
    int64_t pos = 0;
    AdSetEntry *e;
    while (keys && set_next(so, &pos, &e)) ad_list_append(keys, e->key);
    AdValue listrepr = keys ? ad_repr(keys) : AD_ERROR;
    ad_repr_leave(self);
    if (!listrepr) return AD_ERROR;
    if (!exact_set) {
        ad_sb_append_cstr(&sb, tname);
        ad_sb_append_char(&sb, '(');
    }
    ad_sb_append_char(&sb, '{');
    int64_t n = ad_str_len(listrepr);
    for (int64_t i = 1; i < n - 1; i++) ad_sb_append_char(&sb, ad_str_char(listrepr, i));
    ad_sb_append_char(&sb, '}');
    if (!exact_set) ad_sb_append_char(&sb, ')');
    return ad_sb_finish(&sb);
}

static AdValue set_richcompare(AdValue v, AdValue w, int op) {
    if (!ad_is_anyset(v) || !ad_is_anyset(w)) return AD_NOTIMPL;
    AdSet *a = as_set(v), *b = as_set(w);
    int r;
    switch (op) {
    case AD_EQ:
    case AD_NE:
        if (a->used != b->used) return ad_bool(op == AD_NE);
        if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return ad_bool(op == AD_NE);
        r = set_issubset_internal(v, w);
        if (r < 0) return AD_ERROR;
        return ad_bool(op == AD_EQ ? r : !r);
    case AD_LE: r = set_issubset_internal(v, w); break;
    case AD_GE: r = set_issuperset_internal(v, w); break;
    case AD_LT:
        if (a->used >= b->used) return AD_FALSE;
        r = set_issubset_internal(v, w);
        break;
    default: /* AD_GT */
        if (a->used <= b->used) return AD_FALSE;
        r = set_issuperset_internal(v, w);
        break;
    }
    return r < 0 ? AD_ERROR : ad_bool(r);
}

static AdValue set_or(AdValue a, AdValue b) {
    if (!ad_is_anyset(a) || !ad_is_anyset(b)) return AD_NOTIMPL;
    AdValue result = set_copy(a);
    if (!result || a == b) return result;
    return set_update_internal(as_set(result), b) ? AD_ERROR : result;
}

static AdValue set_and(AdValue a, AdValue b) {
    if (!ad_is_anyset(a) || !ad_is_anyset(b)) return AD_NOTIMPL;
    return set_intersection(a, b);
}

static AdValue set_sub(AdValue a, AdValue b) {
    if (!ad_is_anyset(a) || !ad_is_anyset(b)) return AD_NOTIMPL;
    return set_difference(a, b);
}

static AdValue set_xor(AdValue a, AdValue b) {
    if (!ad_is_anyset(a) || !ad_is_anyset(b)) return AD_NOTIMPL;
    return set_symmetric_difference(a, b);
}

static AdValue set_ior(AdValue a, AdValue b) {
    if (!ad_is_anyset(b)) return AD_NOTIMPL;
    return set_update_internal(as_set(a), b) ? AD_ERROR : a;
}

static AdValue set_intersection_update(AdValue so, AdValue other) {
    AdValue tmp = set_intersection(so, other);
    if (!tmp) return AD_ERROR;
    set_swap_bodies(as_set(so), as_set(tmp));
    return AD_NONE;
}

static AdValue set_iand(AdValue a, AdValue b) {
    if (!ad_is_anyset(b)) return AD_NOTIMPL;
    return set_intersection_update(a, b) ? a : AD_ERROR;
}

static AdValue set_isub(AdValue a, AdValue b) {
    if (!ad_is_anyset(b)) return AD_NOTIMPL;
    return set_difference_update_internal(as_set(a), b) < 0 ? AD_ERROR : a;
}

static AdValue set_ixor(AdValue a, AdValue b) {
    if (!ad_is_anyset(b)) return AD_NOTIMPL;
    return set_symmetric_difference_update_internal(as_set(a), b) < 0 ? AD_ERROR : a;
}

/* set(iterable). For a subclass this is only __new__: __init__ fills the instance. */
static AdValue set_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (type != &ad_set_type) {
        AdSet *so = make_new_set(type, 0);
        return so ? AD_VAL(so) : AD_ERROR;
    }
    if (ad_cont_nokw("set", kwnames) < 0 || ad_cont_arity("set", nargs, 0, 1) < 0) return AD_ERROR;
    AdSet *so = make_new_set(type, nargs ? args[0] : 0);
    return so ? AD_VAL(so) : AD_ERROR;
}

/* set.__init__(self, iterable=(), /): clears the set, then adds the items. */
static AdValue set_init(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_nokw("set", kwnames) < 0 || ad_cont_arity("set", nargs, 0, 1) < 0) return AD_ERROR;
    AdSet *so = as_set(self);
    if (so->fill) set_clear_internal(so);
    so->hash = -1;
    if (nargs && set_update_internal(so, args[0])) return AD_ERROR;
    return AD_NONE;
}

static AdValue frozenset_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_nokw("frozenset", kwnames) < 0 || ad_cont_arity("frozenset", nargs, 0, 1) < 0) return AD_ERROR;
    AdValue iterable = nargs ? args[0] : 0;
    if (type == &ad_frozenset_type && iterable && ad_type(iterable) == &ad_frozenset_type) return iterable;
    AdSet *so = make_new_set(type, iterable);
    return so ? AD_VAL(so) : AD_ERROR;
}

/* ------------------------------------------------------------------------------------------ */
/* Methods                                                                                     */
/* ------------------------------------------------------------------------------------------ */

/** "set.add" or "frozenset.copy", for messages. */
static const char *qual(AdValue self, const char *set_name, const char *frozen_name) {
    return is_frozen(self) ? frozen_name : set_name;
}

#define ONE_ARG(self, name)                                                                  \
    if (ad_cont_onearg(qual(self, "set." name, "frozenset." name), nargs, kwnames) < 0) \
        return AD_ERROR
#define NO_ARGS(self, name)                                                                  \
    if (ad_cont_noargs(qual(self, "set." name, "frozenset." name), nargs, kwnames) < 0) \
        return AD_ERROR
#define NO_KW(self, name)                                                                 \
    if (ad_cont_nokw(qual(self, "set." name, "frozenset." name), kwnames) < 0) return AD_ERROR

static AdValue m_add(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG(self, "add");
    return set_add_key(as_set(self), args[0]) ? AD_ERROR : AD_NONE;
}

static AdValue m_clear(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NO_ARGS(self, "clear");
    set_clear_internal(as_set(self));
    return AD_NONE;
}

static AdValue m_contains(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG(self, "__contains__");
    int r = set_contains(self, args[0]);
    return r < 0 ? AD_ERROR : ad_bool(r);
}

static AdValue m_copy(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NO_ARGS(self, "copy");
    if (ad_type(self) == &ad_frozenset_type) return self;
    return set_copy(self);
}

static AdValue m_discard(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG(self, "discard");
    return set_discard_any(self, args[0]) < 0 ? AD_ERROR : AD_NONE;
}

static AdValue m_remove(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG(self, "remove");
    int rv = set_discard_any(self, args[0]);
    if (rv < 0) return AD_ERROR;
    if (rv == DISCARD_NOTFOUND) {
        AdValue exc = ad_exception_new(&ad_KeyError, args, 1);
        return exc ? ad_err_set_object(exc) : AD_ERROR;
    }
    return AD_NONE;
}

static AdValue m_pop(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NO_ARGS(self, "pop");
    AdSet *so = as_set(self);
    if (so->used == 0) return ad_err_set(&ad_KeyError, "pop from an empty set");
    AdSetEntry *entry = so->table + (so->finger & so->mask), *limit = so->table + so->mask;
    while (entry->key == 0 || entry->key == DUMMY) {
        entry++;
        if (entry > limit) entry = so->table;
    }
    AdValue key = entry->key;
    entry->key = DUMMY;
    entry->hash = -1;
    so->used--;
    so->finger = entry - so->table + 1;
    return key;
}

static AdValue m_update(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NO_KW(self, "update");
    for (size_t i = 0; i < nargs; i++)
        if (set_update_internal(as_set(self), args[i])) return AD_ERROR;
    return AD_NONE;
}

static AdValue m_union(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NO_KW(self, "union");
    AdValue result = set_copy(self);
    if (!result) return AD_ERROR;
    for (size_t i = 0; i < nargs; i++) {
        if (args[i] == self) continue;
        if (set_update_internal(as_set(result), args[i])) return AD_ERROR;
    }
    return result;
}

static AdValue intersection_multi(AdValue self, const AdValue *args, size_t nargs) {
    if (nargs == 0) return set_copy(self);
    AdValue result = self;
    for (size_t i = 0; i < nargs; i++) {
        result = set_intersection(result, args[i]);
        if (!result) return AD_ERROR;
    }
    return result;
}

static AdValue m_intersection(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NO_KW(self, "intersection");
    return intersection_multi(self, args, nargs);
}

static AdValue m_intersection_update(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NO_KW(self, "intersection_update");
    AdValue tmp = intersection_multi(self, args, nargs);
    if (!tmp) return AD_ERROR;
    set_swap_bodies(as_set(self), as_set(tmp));
    return AD_NONE;
}

static AdValue m_difference(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NO_KW(self, "difference");
    if (nargs == 0) return set_copy(self);
    AdValue result = set_difference(self, args[0]);
    if (!result) return AD_ERROR;
    for (size_t i = 1; i < nargs; i++)
        if (set_difference_update_internal(as_set(result), args[i]) < 0) return AD_ERROR;
    return result;
}

static AdValue m_difference_update(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    NO_KW(self, "difference_update");
    for (size_t i = 0; i < nargs; i++)
        if (set_difference_update_internal(as_set(self), args[i]) < 0) return AD_ERROR;
    return AD_NONE;
}

static AdValue m_symmetric_difference(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG(self, "symmetric_difference");
    return set_symmetric_difference(self, args[0]);
}

static AdValue m_symmetric_difference_update(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG(self, "symmetric_difference_update");
    return set_symmetric_difference_update_internal(as_set(self), args[0]) < 0 ? AD_ERROR : AD_NONE;
}

static AdValue m_issubset(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG(self, "issubset");
    int r = set_issubset_internal(self, args[0]);
    return r < 0 ? AD_ERROR : ad_bool(r);
}

static AdValue m_issuperset(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG(self, "issuperset");
    int r = set_issuperset_internal(self, args[0]);
    return r < 0 ? AD_ERROR : ad_bool(r);
}

static AdValue m_isdisjoint(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    ONE_ARG(self, "isdisjoint");
    AdValue other = args[0];
    AdSet *so = as_set(self);
    if (other == self) return ad_bool(so->used == 0);
    AdType *ot = ad_type(other);
    if (ot == &ad_set_type || ot == &ad_frozenset_type) {
        AdSet *o = as_set(other);
        if (o->used > so->used) {
            AdSet *t = so;
            so = o;
            o = t;
        }
        int64_t pos = 0;
        AdSetEntry *e;
        while (set_next(o, &pos, &e)) {
            int rv = set_contains_entry(so, e->key, e->hash);
            if (rv < 0) return AD_ERROR;
            if (rv) return AD_FALSE;
        }
        return AD_TRUE;
    }
    AdValue it = ad_iter(other);
    if (!it) return AD_ERROR;
    for (;;) {
        AdValue key = ad_next(it);
        if (key == AD_STOP) return AD_TRUE;
        if (!key) return AD_ERROR;
        int rv = set_contains_key(so, key);
        if (rv < 0) return AD_ERROR;
        if (rv) return AD_FALSE;
    }
}

static const AdMethodDef set_methods[] = {
    {"add", m_add, 0},
    {"clear", m_clear, 0},
    {"__contains__", m_contains, 0},
    {"copy", m_copy, 0},
    {"discard", m_discard, 0},
    {"difference", m_difference, 0},
    {"difference_update", m_difference_update, 0},
    {"intersection", m_intersection, 0},
    {"intersection_update", m_intersection_update, 0},
    {"isdisjoint", m_isdisjoint, 0},
    {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0},
    {"pop", m_pop, 0},
    {"remove", m_remove, 0},
    {"symmetric_difference", m_symmetric_difference, 0},
    {"symmetric_difference_update", m_symmetric_difference_update, 0},
    {"union", m_union, 0},
    {"update", m_update, 0},
    {"__init__", set_init, 0},
    {NULL, NULL, 0},
};

static const AdMethodDef frozenset_methods[] = {
    {"__contains__", m_contains, 0},
    {"copy", m_copy, 0},
    {"difference", m_difference, 0},
    {"intersection", m_intersection, 0},
    {"isdisjoint", m_isdisjoint, 0},
    {"issubset", m_issubset, 0},
    {"issuperset", m_issuperset, 0},
    {"symmetric_difference", m_symmetric_difference, 0},
    {"union", m_union, 0},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------------------------------ */
/* The iterator                                                                                */
/* ------------------------------------------------------------------------------------------ */

typedef struct SetIter {
    AdObject ob;
    AdValue set;               /* 0 once exhausted */
    int64_t used;              /* the set's size when the iterator was made (-1: failed) */
    int64_t pos;
    int64_t len;
} SetIter;

static AdValue set_iter(AdValue self) {
    SetIter *it = (SetIter *)ad_new_object(&ad_set_iter_type, sizeof(SetIter));
    if (!it) return AD_ERROR;
    it->set = self;
    it->used = it->len = as_set(self)->used;
    return AD_VAL(it);
}

static AdValue set_iter_next(AdValue self) {
    SetIter *it = AD_AS(SetIter, self);
    if (!it->set) return AD_STOP;
    AdSet *so = as_set(it->set);
    if (it->used != so->used) {
        it->used = -1; /* sticky */
        return ad_err_set(&ad_RuntimeError, "Set changed size during iteration");
    }
    int64_t i = it->pos, mask = so->mask;
    AdSetEntry *table = so->table;
    while (i <= mask && (table[i].key == 0 || table[i].key == DUMMY)) i++;
    it->pos = i + 1;
    if (i > mask) {
        it->set = 0;
        return AD_STOP;
    }
    it->len--;
    return table[i].key;
}

static AdValue iter_self(AdValue self) { return self; }

static AdValue set_iter_length_hint(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    SetIter *it = AD_AS(SetIter, self);
    return ad_small(it->set && it->used == as_set(it->set)->used ? it->len : 0);
}

static const AdMethodDef set_iter_methods[] = {
    {"__length_hint__", set_iter_length_hint, 0},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------------------------------ */
/* Types                                                                                       */
/* ------------------------------------------------------------------------------------------ */

AdType ad_set_type = {
    .ob = {&ad_type_type},
    .name = "set",
    .base = &ad_object_type,
    .flags = AD_TPFLAG_BASETYPE,
    .instance_size = sizeof(AdSet),
    .repr = set_repr,
    .richcompare = set_richcompare,
    .len = set_len,
    .contains = set_contains,
    .iter = set_iter,
    .construct = set_construct,
    .number = {[AD_OP_SUB] = set_sub, [AD_OP_AND] = set_and, [AD_OP_OR] = set_or, [AD_OP_XOR] = set_xor},
    .inplace = {[AD_OP_SUB] = set_isub, [AD_OP_AND] = set_iand, [AD_OP_OR] = set_ior, [AD_OP_XOR] = set_ixor},
};

AdType ad_frozenset_type = {
    .ob = {&ad_type_type},
    .name = "frozenset",
    .base = &ad_object_type,
    .flags = AD_TPFLAG_BASETYPE,
    .instance_size = sizeof(AdSet),
    .repr = set_repr,
    .hash = frozenset_hash,
    .richcompare = set_richcompare,
    .len = set_len,
    .contains = set_contains,
    .iter = set_iter,
    .construct = frozenset_construct,
    .number = {[AD_OP_SUB] = set_sub, [AD_OP_AND] = set_and, [AD_OP_OR] = set_or, [AD_OP_XOR] = set_xor},
};

AdType ad_set_iter_type = {
    .ob = {&ad_type_type},
    .name = "set_iterator",
    .base = &ad_object_type,
    .instance_size = sizeof(SetIter),
    .iter = iter_self,
    .next = set_iter_next,
};

void ad_init_set(void) {
    ad_type_ready(&ad_set_type, set_methods, NULL);
    ad_type_ready(&ad_frozenset_type, frozenset_methods, NULL);
    ad_type_ready(&ad_set_iter_type, set_iter_methods, NULL);
}
