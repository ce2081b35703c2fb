/*
 * dict.c — the insertion-ordered hash table, its views and iterators.
 *
 * The layout is CPython's compact dict. `entries` holds (hash, key, value) triples densely, in
 * insertion order; `indices` is the open-addressing table, 2**log2_size slots whose values are
 * positions in `entries` (-1: empty, -2: a deleted entry was there). Probing is CPython's:
 * i = hash & mask, then i = (5*i + 1 + perturb) & mask with perturb shifted right 5 bits each step.
 * Invariants:
 *  - At most 2/3 of the index slots are used: `usable` counts the entries that may still be
 *    appended; when it reaches 0 the table is rebuilt for 3*used items (dropping deleted entries).
 *  - A deleted entry keeps its place in `entries` with key 0, and its index slot says -2, so that
 *    probe chains through it stay intact. Iteration skips entries whose key is 0.
 *  - Updating the value of an existing key keeps the key object that was first inserted.
 *  - A lookup that calls __eq__ re-checks that the table and the entry did not change during the
 *    call, and starts over if they did (Python code may mutate the dict from __eq__).
 *  - A dict that never held anything has no table (indices == NULL): empty dicts are cheap.
 *
 * Fast paths: a str key carries its hash, and equal strs are usually the same object (interned
 * names), so a hit costs one hash load and one compare; small ints hash to themselves and are
 * compared by identity (two different small ints are never equal).
 */
#include "containers.h"

#define DKIX_EMPTY (-1)
#define DKIX_DUMMY (-2)
#define DKIX_ERROR (-3)
#define PERTURB_SHIFT 5
#define DICT_LOG_MINSIZE 3
#define USABLE_FRACTION(n) (((n) << 1) / 3)

static inline AdDict *as_dict(AdValue v) { return AD_AS(AdDict, v); }

/* ------------------------------------------------------------------------------------------ */
/* The index table                                                                             */
/* ------------------------------------------------------------------------------------------ */

static inline int64_t index_get(const AdDict *d, uint64_t i) {
    uint8_t l = d->log2_size;
    if (l < 8) return ((const int8_t *)d->indices)[i];
    if (l < 16) return ((const int16_t *)d->indices)[i];
    if (l < 32) return ((const int32_t *)d->indices)[i];
    return ((const int64_t *)d->indices)[i];
}

static inline void index_set(AdDict *d, uint64_t i, int64_t ix) {
    uint8_t l = d->log2_size;
    if (l < 8) ((int8_t *)d->indices)[i] = (int8_t)ix;
    else if (l < 16) ((int16_t *)d->indices)[i] = (int16_t)ix;
    else if (l < 32) ((int32_t *)d->indices)[i] = (int32_t)ix;
    else ((int64_t *)d->indices)[i] = ix;
}

static inline uint64_t dict_mask(const AdDict *d) { return ((uint64_t)1 << d->log2_size) - 1; }

/** The smallest table (log2) with at least `minsize` slots. */
static uint8_t log2_keysize(int64_t minsize) {
    uint8_t l = DICT_LOG_MINSIZE;
    while (((int64_t)1 << l) < minsize) l++;
    return l;
}

/** The table for `n` items without a resize on the way (as CPython's estimate_log2_keysize). */
static uint8_t log2_for_items(int64_t n) { return log2_keysize((n * 3 + 1) / 2); }

/** Install a fresh, empty table of 2**log2 slots (entries are not copied). */
static int table_alloc(AdDict *d, uint8_t log2) {
    if (log2 > 58) {
        ad_err_set(&ad_MemoryError, "");
        return -1;
    }
    uint64_t size = (uint64_t)1 << log2;
    size_t width = log2 < 8 ? 1 : log2 < 16 ? 2 : log2 < 32 ? 4 : 8;
    size_t index_bytes = (size * width + 7) & ~(size_t)7;
    int64_t capacity = USABLE_FRACTION((int64_t)size);
    char *block = ad_alloc(index_bytes + (size_t)capacity * sizeof(AdDictEntry));
    if (!block) return -1;
    memset(block, 0xff, index_bytes); /* -1 (empty) in every width */
    d->indices = block;
    d->entries = (AdDictEntry *)(block + index_bytes);
    d->log2_size = log2;
    d->usable = capacity;
    d->nentries = 0;
    return 0;
}

/** The first empty or deleted slot on `hash`'s probe chain. */
static uint64_t find_empty_slot(const AdDict *d, int64_t hash) {
    uint64_t mask = dict_mask(d), perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    while (index_get(d, i) >= 0) {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

/** Rebuild the table with 2**log2 slots, keeping the live entries in order. */
static int dict_resize(AdDict *d, uint8_t log2) {
    AdDictEntry *old = d->entries;
    int64_t n = d->nentries;
    if (table_alloc(d, log2) < 0) return -1;
    AdDictEntry *dst = d->entries;
    int64_t j = 0;
    for (int64_t i = 0; i < n; i++) {
        if (!old[i].key) continue;
        dst[j] = old[i];
        index_set(d, find_empty_slot(d, dst[j].hash), j);
        j++;
    }
    d->nentries = j;
    d->usable -= j;
    return 0;
}

/** Make room for one more entry. */
static int dict_grow(AdDict *d) {
    if (!d->indices) return table_alloc(d, DICT_LOG_MINSIZE);
    return dict_resize(d, log2_keysize(d->used * 3));
}

/* ------------------------------------------------------------------------------------------ */
/* Lookup, insertion, deletion                                                                 */
/* ------------------------------------------------------------------------------------------ */

/**
 * The position in `entries` of `key`, DKIX_EMPTY if it is absent, or DKIX_ERROR. `*slot` receives
 * the index slot that points to the entry.
 */
static int64_t dict_find(AdDict *d, AdValue key, int64_t hash, uint64_t *slot) {
restart:
    if (!d->indices) return DKIX_EMPTY;
    uint64_t mask = dict_mask(d), perturb = (uint64_t)hash, i = (uint64_t)hash & mask;
    for (;;) {
        int64_t ix = index_get(d, i);
        if (ix == DKIX_EMPTY) return DKIX_EMPTY;
        if (ix >= 0) {
            AdDictEntry *e = &d->entries[ix];
            AdValue startkey = e->key;
            if (startkey == key) {
                *slot = i;
                return ix;
            }
            if (e->hash == hash && !(ad_is_small(startkey) && ad_is_small(key))) {
                if (ad_is_exact_str(startkey) && ad_is_exact_str(key)) {
                    if (ad_str_eq(startkey, key)) {
                        *slot = i;
                        return ix;
                    }
                } else {
                    AdDictEntry *entries = d->entries;
                    int cmp = ad_eq(startkey, key);
                    if (cmp < 0) return DKIX_ERROR;
                    if (entries != d->entries || e->key != startkey) goto restart;
                    if (cmp) {
                        *slot = i;
                        return ix;
                    }
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/** Append a key known to be absent. */
static int insert_new(AdDict *d, AdValue key, int64_t hash, AdValue value) {
    if (d->usable <= 0 && dict_grow(d) < 0) return -1;
    index_set(d, find_empty_slot(d, hash), d->nentries);
    AdDictEntry *e = &d->entries[d->nentries++];
    e->hash = hash;
    e->key = key;
    e->value = value;
    d->used++;
    d->usable--;
    d->version++;
    return 0;
}

int ad_dict_lookup_hash(AdValue dict, AdValue key, int64_t hash, AdValue *out) {
    AdDict *d = as_dict(dict);
    uint64_t slot;
    int64_t ix = dict_find(d, key, hash, &slot);
    if (ix < 0) return ix == DKIX_ERROR ? -1 : 0;
    *out = d->entries[ix].value;
    return 1;
}

int ad_dict_lookup(AdValue dict, AdValue key, AdValue *out) {
    int64_t hash = ad_hash_fast(key);
    if (hash == -1) return -1;
    return ad_dict_lookup_hash(dict, key, hash, out);
}

int ad_dict_set_hash(AdValue dict, AdValue key, int64_t hash, AdValue value) {
    AdDict *d = as_dict(dict);
    uint64_t slot;
    int64_t ix = dict_find(d, key, hash, &slot);
    if (ix == DKIX_ERROR) return -1;
    if (ix >= 0) {
        d->entries[ix].value = value;
        d->version++;
        return 0;
    }
    return insert_new(d, key, hash, value);
}

int ad_dict_set(AdValue dict, AdValue key, AdValue value) {
    int64_t hash = ad_hash_fast(key);
    if (hash == -1) return -1;
    return ad_dict_set_hash(dict, key, hash, value);
}

/** Remove the entry at `ix` whose index slot is `slot`. */
static void delete_entry(AdDict *d, uint64_t slot, int64_t ix) {
    index_set(d, slot, DKIX_DUMMY);
    d->entries[ix].key = 0;
    d->entries[ix].value = 0;
    d->used--;
    d->version++;
}

static int dict_del_hash(AdValue dict, AdValue key, int64_t hash, AdValue *old) {
    AdDict *d = as_dict(dict);
    uint64_t slot;
    int64_t ix = dict_find(d, key, hash, &slot);
    if (ix < 0) return ix == DKIX_ERROR ? -1 : 0;
    if (old) *old = d->entries[ix].value;
    delete_entry(d, slot, ix);
    return 1;
}

int ad_dict_del(AdValue dict, AdValue key) {
    int64_t hash = ad_hash_fast(key);
    if (hash == -1) return -1;
    return dict_del_hash(dict, key, hash, NULL);
}

AdValue ad_dict_get_cstr(AdValue dict, const char *key) {
    AdValue k = ad_str_intern_cstr(key), v;
    if (!k) return AD_ERROR;
    int r = ad_dict_lookup(dict, k, &v);
    if (r < 0) ad_err_clear();
    return r > 0 ? v : AD_ERROR;
}

int ad_dict_set_cstr(AdValue dict, const char *key, AdValue value) {
    AdValue k = ad_str_intern_cstr(key);
    if (!k) return -1;
    return ad_dict_set(dict, k, value);
}

int64_t ad_dict_len(AdValue dict) { return as_dict(dict)->used; }

int ad_dict_next_hash(AdValue dict, int64_t *pos, AdValue *key, AdValue *value, int64_t *hash) {
    AdDict *d = as_dict(dict);
    int64_t i = *pos;
    while (i < d->nentries && !d->entries[i].key) i++;
    if (i >= d->nentries) {
        *pos = i;
        return 0;
    }
    AdDictEntry *e = &d->entries[i];
    if (key) *key = e->key;
    if (value) *value = e->value;
    if (hash) *hash = e->hash;
    *pos = i + 1;
    return 1;
}

int ad_dict_next(AdValue dict, int64_t *pos, AdValue *key, AdValue *value) {
    return ad_dict_next_hash(dict, pos, key, value, NULL);
}

AdValue ad_dict_new(void) {
    AdDict *d = (AdDict *)ad_new_object(&ad_dict_type, sizeof(AdDict));
    return d ? AD_VAL(d) : AD_ERROR;
}

static void dict_clear_all(AdDict *d) {
    d->indices = NULL;
    d->entries = NULL;
    d->log2_size = 0;
    d->used = d->nentries = d->usable = 0;
    d->version++;
}

/** A new plain dict with the same items in the same order. */
static AdValue dict_copy(AdValue src) {
    AdDict *s = as_dict(src);
    AdValue r = ad_dict_new();
    if (!r || s->used == 0) return r;
    AdDict *d = as_dict(r);
    if (table_alloc(d, s->nentries == s->used ? s->log2_size : log2_for_items(s->used)) < 0) return AD_ERROR;
    int64_t j = 0;
    for (int64_t i = 0; i < s->nentries; i++) {
        if (!s->entries[i].key) continue;
        d->entries[j] = s->entries[i];
        index_set(d, find_empty_slot(d, d->entries[j].hash), j);
        j++;
    }
    d->nentries = d->used = j;
    d->usable -= j;
    return r;
}

static AdValue key_error(AdValue key) {
    AdValue exc = ad_exception_new(&ad_KeyError, &key, 1);
    return exc ? ad_err_set_object(exc) : AD_ERROR;
}

/* ------------------------------------------------------------------------------------------ */
/* Merging: update, {**m}, f(**m)                                                              */
/* ------------------------------------------------------------------------------------------ */

enum { MERGE_KEEP = 0, MERGE_OVERRIDE = 1, MERGE_ERROR_ON_DUP = 2 };

static AdValue dict_iter(AdValue self);

/** Store one (key, value) of a merge according to `mode`. */
static int merge_one(AdValue dict, AdValue key, int64_t hash, AdValue value, int mode) {
    if (mode != MERGE_OVERRIDE) {
        AdValue old;
        int found = ad_dict_lookup_hash(dict, key, hash, &old);
        if (found < 0) return -1;
        if (found) {
            if (mode == MERGE_KEEP) return 0;
            key_error(key);
            return -1;
        }
    }
    return ad_dict_set_hash(dict, key, hash, value);
}

/** Merge a dict whose iteration is the dict's own (the fast path, with the stored hashes). */
static int merge_from_dict(AdValue dict, AdValue other, int mode) {
    AdDict *a = as_dict(dict), *b = as_dict(other);
    if (dict == other || b->used == 0) return 0;
    if (a->used == 0 && mode == MERGE_OVERRIDE && b->nentries == b->used && b->log2_size >= DICT_LOG_MINSIZE) {
        AdValue copy = dict_copy(other);
        if (!copy) return -1;
        AdDict *c = as_dict(copy);
        a->indices = c->indices;
        a->entries = c->entries;
        a->log2_size = c->log2_size;
        a->used = c->used;
        a->nentries = c->nentries;
        a->usable = c->usable;
        a->version++;
        return 0;
    }
    if (USABLE_FRACTION((int64_t)1 << a->log2_size) < b->used || !a->indices) {
        if (dict_resize(a, log2_for_items(a->used + b->used)) < 0) return -1;
    }
    int64_t n = b->used;
    for (int64_t i = 0; i < b->nentries; i++) {
        AdDictEntry e = b->entries[i];
        if (!e.key) continue;
        if (merge_one(dict, e.key, e.hash, e.value, mode) < 0) return -1;
        if (b->used != n) {
            ad_err_set(&ad_RuntimeError, "dict mutated during update");
            return -1;
        }
    }
    return 0;
}

/** Merge any mapping through keys() and __getitem__. */
static int merge_from_mapping(AdValue dict, AdValue other, int mode) {
    AdValue keys = ad_call_method(other, ad_str_intern_cstr("keys"), NULL, 0, 0);
    if (!keys) return -1;
    AdValue it = ad_iter(keys);
    if (!it) return -1;
    for (;;) {
        AdValue key = ad_next(it);
        if (key == AD_STOP) return 0;
        if (!key) return -1;
        int64_t hash = ad_hash_fast(key);
        if (hash == -1) return -1;
        if (mode != MERGE_OVERRIDE) {
            AdValue old;
            int found = ad_dict_lookup_hash(dict, key, hash, &old);
            if (found < 0) return -1;
            if (found && mode == MERGE_KEEP) continue;
            if (found) {
                key_error(key);
                return -1;
            }
        }
        AdValue value = ad_getitem(other, key);
        if (!value || ad_dict_set_hash(dict, key, hash, value) < 0) return -1;
    }
}

static int dict_merge(AdValue dict, AdValue other, int mode) {
    if (ad_is_dict(other) && ad_type(other)->iter == dict_iter) return merge_from_dict(dict, other, mode);
    return merge_from_mapping(dict, other, mode);
}

/** dict.update's positional argument: an iterable of pairs (PyDict_MergeFromSeq2). */
static int merge_from_pairs(AdValue dict, AdValue seq) {
    AdValue it = ad_iter(seq);
    if (!it) return -1;
    for (int64_t i = 0;; i++) {
        AdValue item = ad_next(it);
        if (item == AD_STOP) return 0;
        if (!item) return -1;
        AdValue pair = item;
        if (!ad_is_tuple(item) && !ad_is_list(item)) {
            AdValue iter = ad_iter(item);
            if (!iter) {
                if (ad_err_matches(&ad_TypeError)) {
                    ad_err_clear();
                    ad_err_format(&ad_TypeError, "cannot convert dictionary update sequence element #%lld to a sequence",
                                  (long long)i);
                }
                return -1;
            }
            pair = ad_list_from_iterable(iter);
            if (!pair) return -1;
        }
        int64_t n = ad_is_tuple(pair) ? ad_tuple_len(pair) : AD_AS(AdList, pair)->len;
        if (n != 2) {
            ad_err_format(&ad_ValueError, "dictionary update sequence element #%lld has length %lld; 2 is required",
                          (long long)i, (long long)n);
            return -1;
        }
        const AdValue *kv = ad_is_tuple(pair) ? AD_AS(AdTuple, pair)->items : AD_AS(AdList, pair)->items;
        if (ad_dict_set(dict, kv[0], kv[1]) < 0) return -1;
    }
}

/** dict.update(arg): a dict, anything with keys(), or an iterable of pairs. */
static int dict_update_arg(AdValue dict, AdValue arg) {
    if (ad_is_dict(arg) && ad_type(arg)->iter == dict_iter) return merge_from_dict(dict, arg, MERGE_OVERRIDE);
    AdValue keys = ad_getattr_opt(arg, ad_str_intern_cstr("keys"));
    if (!keys && ad_err_occurred()) return -1;
    if (keys) return merge_from_mapping(dict, arg, MERGE_OVERRIDE);
    return merge_from_pairs(dict, arg);
}

int ad_dict_update(AdValue dict, AdValue other) { return dict_update_arg(dict, other); }

int ad_dict_merge(AdValue dict, AdValue mapping) {
    if (dict_merge(dict, mapping, MERGE_OVERRIDE) == 0) return 0;
    if (ad_err_matches(&ad_AttributeError)) {
        ad_err_clear();
        ad_err_format(&ad_TypeError, "'%s' object is not a mapping", ad_type(mapping)->name);
    }
    return -1;
}

/** "f()" / "__main__.f()" / "list.append()" for messages about a call, as CPython's
 *  _PyObject_FunctionStr: the qualname, prefixed by the module unless it is builtins. */
static AdValue function_str(AdValue callable) {
    AdValue qualname = ad_getattr_opt(callable, ad_str_intern_cstr("__qualname__"));
    if (!qualname) {
        ad_err_clear();
        if (ad_type(callable) == &ad_function_type) {
            qualname = AD_AS(AdFunction, callable)->qualname;
        } else if (ad_type(callable) == &ad_builtin_function_type) {
            qualname = ad_str_from_cstr(AD_AS(AdBuiltin, callable)->def->name);
        } else {
            return ad_str(callable);
        }
    }
    AdValue module = ad_getattr_opt(callable, ad_str_intern_cstr("__module__"));
    if (!module) ad_err_clear();
    AdValue parts[3] = {0, qualname, ad_str_from_cstr("()")};
    if (module && module != AD_NONE && !(ad_is_str(module) && ad_str_eq_cstr(module, "builtins"))) {
        AdValue m = ad_str(module);
        if (!m) return AD_ERROR;
        parts[0] = ad_str_concat(m, ad_str_from_cstr("."));
        return ad_str_join_array(parts, 3);
    }
    qualname = ad_str(qualname);
    if (!qualname) return AD_ERROR;
    parts[1] = qualname;
    return ad_str_join_array(parts + 1, 2);
}

int ad_dict_merge_kwargs(AdValue dict, AdValue mapping, AdValue callable) {
    if (dict_merge(dict, mapping, MERGE_ERROR_ON_DUP) == 0) return 0;
    if (ad_err_matches(&ad_AttributeError)) {
        ad_err_clear();
        AdValue fs = function_str(callable);
        if (fs) ad_err_format(&ad_TypeError, "%S argument after ** must be a mapping, not %T", fs, mapping);
    } else if (ad_err_matches(&ad_KeyError)) {
        AdValue exc = ad_err_fetch();
        AdValue args = AD_AS(AdException, exc)->args;
        if (args && ad_is_tuple(args) && ad_tuple_len(args) == 1) {
            AdValue fs = function_str(callable);
            if (fs) ad_err_format(&ad_TypeError, "%S got multiple values for keyword argument '%S'", fs, ad_tuple_get(args, 0));
        } else {
            ad_err_set_object(exc);
        }
    }
    return -1;
}

/* ------------------------------------------------------------------------------------------ */
/* Slots                                                                                       */
/* ------------------------------------------------------------------------------------------ */

static int64_t dict_len(AdValue self) { return as_dict(self)->used; }

static AdValue dict_getitem(AdValue self, AdValue key) {
    int64_t hash = ad_hash_fast(key);
    if (hash == -1) return AD_ERROR;
    AdDict *d = as_dict(self);
    uint64_t slot;
    int64_t ix = dict_find(d, key, hash, &slot);
    if (ix >= 0) return d->entries[ix].value;
    if (ix == DKIX_ERROR) return AD_ERROR;
    if (AD_OBJ(self)->type != &ad_dict_type) { /* a subclass may define __missing__ */
        AdValue missing = ad_type_lookup(AD_OBJ(self)->type, ad_str_intern_cstr("__missing__"));
        if (missing) {
            AdValue args[2] = {self, key};
            return ad_call(missing, args, 2, 0);
        }
    }
    return key_error(key);
}

static int dict_setitem(AdValue self, AdValue key, AdValue value) {
    if (value) return ad_dict_set(self, key, value);
    int r = ad_dict_del(self, key);
    if (r == 0) key_error(key);
    return r > 0 ? 0 : -1;
}

static int dict_contains(AdValue self, AdValue key) {
    AdValue v;
    return ad_dict_lookup(self, key, &v);
}

/** dict == dict: same length, and every key of `a` maps to an equal value in `b`. */
static int dict_equal(AdDict *a, AdValue b) {
    if (a->used != as_dict(b)->used) return 0;
    for (int64_t i = 0; i < a->nentries; i++) {
        AdDictEntry e = a->entries[i];
        if (!e.key) continue;
        AdValue bval;
        int found = ad_dict_lookup_hash(b, e.key, e.hash, &bval);
        if (found <= 0) return found;
        int cmp = e.value == bval ? 1 : ad_eq(e.value, bval);
        if (cmp <= 0) return cmp;
    }
    return 1;
}

static AdValue dict_richcompare(AdValue a, AdValue b, int op) {
    if (!ad_is_dict(a) || !ad_is_dict(b) || (op != AD_EQ && op != AD_NE)) return AD_NOTIMPL;
    int eq = dict_equal(as_dict(a), b);
    if (eq < 0) return AD_ERROR;
    return ad_bool(eq == (op == AD_EQ));
}

static AdValue dict_repr(AdValue self) {
    AdDict *d = as_dict(self);
    if (d->used == 0) return ad_str_from_cstr("{}");
    int r = ad_repr_enter(self);
    if (r < 0) return AD_ERROR;
    if (r > 0) return ad_str_from_cstr("{...}");
    AdStrBuilder sb;
    ad_sb_init(&sb);
    ad_sb_append_char(&sb, '{');
    int first = 1;
    for (int64_t i = 0; i < d->nentries; i++) { /* reprs may change the dict: re-read each time */
        AdDictEntry e = d->entries[i];
        if (!e.key) continue;
        if (!first) ad_sb_append_cstr(&sb, ", ");
        first = 0;
        AdValue k = ad_repr(e.key);
        AdValue v = k ? ad_repr(e.value) : AD_ERROR;
        if (!v) {
            ad_repr_leave(self);
            return AD_ERROR;
        }
        ad_sb_append_str(&sb, k);
        ad_sb_append_cstr(&sb, ": ");
        ad_sb_append_str(&sb, v);
    }
    ad_sb_append_char(&sb, '}');
    ad_repr_leave(self);
    return ad_sb_finish(&sb);
}

/** Store keyword arguments (names from kwnames, values from args) into a dict. */
static int dict_set_keywords(AdValue dict, const AdValue *values, AdValue kwnames) {
    size_t n = ad_kw_count(kwnames);
    for (size_t i = 0; i < n; i++)
        if (ad_dict_set(dict, ad_tuple_get(kwnames, (int64_t)i), values[i]) < 0) return -1;
    return 0;
}

/* dict.__init__: update from an optional positional argument, then from the keywords. */
static int dict_init_args(AdValue dict, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_arity("dict", nargs, 0, 1) < 0) return -1;
    if (nargs && dict_update_arg(dict, args[0]) < 0) return -1;
    return dict_set_keywords(dict, args + nargs, kwnames);
}

/* dict(), dict(mapping_or_pairs), dict(**kw), dict(mapping_or_pairs, **kw). For a subclass this
 * is only __new__: __init__ fills the instance. */
static AdValue dict_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdDict *d = (AdDict *)ad_new_instance(type, sizeof(AdDict));
    if (!d) return AD_ERROR;
    if (type != &ad_dict_type) return AD_VAL(d);
    return dict_init_args(AD_VAL(d), args, nargs, kwnames) < 0 ? AD_ERROR : AD_VAL(d);
}

static AdValue dict_init(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return dict_init_args(self, args, nargs, kwnames) < 0 ? AD_ERROR : AD_NONE;
}

static AdValue dict_or(AdValue a, AdValue b) {
    if (!ad_is_dict(a) || !ad_is_dict(b)) return AD_NOTIMPL;
    AdValue r = dict_copy(a);
    if (!r || dict_update_arg(r, b) < 0) return AD_ERROR;
    return r;
}

static AdValue dict_ior(AdValue a, AdValue b) {
    if (dict_update_arg(a, b) < 0) return AD_ERROR;
    return a;
}

/* ------------------------------------------------------------------------------------------ */
/* Methods                                                                                     */
/* ------------------------------------------------------------------------------------------ */

static AdValue view_new(AdType *type, AdValue dict);

static AdValue dict_keys_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_noargs("dict.keys", nargs, kwnames) < 0) return AD_ERROR;
    return view_new(&ad_dict_keys_type, self);
}

static AdValue dict_values_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_noargs("dict.values", nargs, kwnames) < 0) return AD_ERROR;
    return view_new(&ad_dict_values_type, self);
}

static AdValue dict_items_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_noargs("dict.items", nargs, kwnames) < 0) return AD_ERROR;
    return view_new(&ad_dict_items_type, self);
}

static AdValue dict_get(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_nokw("dict.get", kwnames) < 0 || ad_cont_arity("get", nargs, 1, 2) < 0) return AD_ERROR;
    AdValue v;
    int r = ad_dict_lookup(self, args[0], &v);
    if (r < 0) return AD_ERROR;
    return r ? v : nargs > 1 ? args[1] : AD_NONE;
}

static AdValue dict_setdefault(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_nokw("dict.setdefault", kwnames) < 0 || ad_cont_arity("setdefault", nargs, 1, 2) < 0) return AD_ERROR;
    AdValue key = args[0], dflt = nargs > 1 ? args[1] : AD_NONE, v;
    int64_t hash = ad_hash_fast(key);
    if (hash == -1) return AD_ERROR;
    int r = ad_dict_lookup_hash(self, key, hash, &v);
    if (r < 0) return AD_ERROR;
    if (r) return v;
    return ad_dict_set_hash(self, key, hash, dflt) < 0 ? AD_ERROR : dflt;
}

static AdValue dict_pop(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_nokw("dict.pop", kwnames) < 0 || ad_cont_arity("pop", nargs, 1, 2) < 0) return AD_ERROR;
    int64_t hash = ad_hash_fast(args[0]);
    if (hash == -1) return AD_ERROR;
    AdValue old;
    int r = dict_del_hash(self, args[0], hash, &old);
    if (r < 0) return AD_ERROR;
    if (r) return old;
    if (nargs > 1) return args[1];
    return key_error(args[0]);
}

static AdValue dict_popitem(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_noargs("dict.popitem", nargs, kwnames) < 0) return AD_ERROR;
    AdDict *d = as_dict(self);
    if (d->used == 0) return ad_err_set(&ad_KeyError, "popitem(): dictionary is empty");
    int64_t i = d->nentries - 1;
    while (!d->entries[i].key) i--;
    AdDictEntry e = d->entries[i];
    AdValue pair[2] = {e.key, e.value};
    AdValue result = ad_tuple_from_array(pair, 2);
    if (!result) return AD_ERROR;
    /* Find the index slot that points at entry i (identity: no comparisons needed). */
    uint64_t mask = dict_mask(d), perturb = (uint64_t)e.hash, slot = (uint64_t)e.hash & mask;
    while (index_get(d, slot) != i) {
        perturb >>= PERTURB_SHIFT;
        slot = (slot * 5 + perturb + 1) & mask;
    }
    delete_entry(d, slot, i);
    d->nentries = i; /* LIFO: the next insertion reuses the place (usable stays: the slot is a dummy) */
    return result;
}

static AdValue dict_update_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_arity("update", nargs, 0, 1) < 0) return AD_ERROR;
    if (nargs && dict_update_arg(self, args[0]) < 0) return AD_ERROR;
    if (dict_set_keywords(self, args + nargs, kwnames) < 0) return AD_ERROR;
    return AD_NONE;
}

static AdValue dict_clear_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_noargs("dict.clear", nargs, kwnames) < 0) return AD_ERROR;
    dict_clear_all(as_dict(self));
    return AD_NONE;
}

static AdValue dict_copy_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_noargs("dict.copy", nargs, kwnames) < 0) return AD_ERROR;
    return dict_copy(self);
}

/* dict.fromkeys(iterable, value=None), a classmethod: self is the class. */
static AdValue dict_fromkeys(AdValue cls, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_nokw("dict.fromkeys", kwnames) < 0 || ad_cont_arity("fromkeys", nargs, 1, 2) < 0) return AD_ERROR;
    AdValue value = nargs > 1 ? args[1] : AD_NONE;
    AdValue d = cls == AD_VAL(&ad_dict_type) ? ad_dict_new() : ad_call0(cls);
    if (!d) return AD_ERROR;
    int exact = ad_type(d) == &ad_dict_type;
    AdValue it = ad_iter(args[0]);
    if (!it) return AD_ERROR;
    for (;;) {
        AdValue key = ad_next(it);
        if (key == AD_STOP) return d;
        if (!key) return AD_ERROR;
        if ((exact ? ad_dict_set(d, key, value) : ad_setitem(d, key, value)) < 0) return AD_ERROR;
    }
}

static AdValue dict_contains_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_onearg("dict.__contains__", nargs, kwnames) < 0) return AD_ERROR;
    int r = dict_contains(self, args[0]);
    return r < 0 ? AD_ERROR : ad_bool(r);
}

static AdValue dict_reversed_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames);

static AdValue dict_getitem_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_onearg("dict.__getitem__", nargs, kwnames) < 0) return AD_ERROR;
    return dict_getitem(self, args[0]);
}

static const AdMethodDef dict_methods[] = {
    {"keys", dict_keys_method, 0},
    {"values", dict_values_method, 0},
    {"items", dict_items_method, 0},
    {"get", dict_get, 0},
    {"setdefault", dict_setdefault, 0},
    {"pop", dict_pop, 0},
    {"popitem", dict_popitem, 0},
    {"update", dict_update_method, 0},
    {"clear", dict_clear_method, 0},
    {"copy", dict_copy_method, 0},
    {"fromkeys", dict_fromkeys, AD_METH_CLASS},
    {"__contains__", dict_contains_method, 0},
    {"__reversed__", dict_reversed_method, 0},
    {"__init__", dict_init, 0},
    {"__getitem__", dict_getitem_method, 0},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------------------------------ */
/* Iterators                                                                                   */
/* ------------------------------------------------------------------------------------------ */

typedef struct DictIter {
    AdObject ob;
    AdValue dict;              /* 0 once exhausted */
    int64_t used;              /* the dict's size when the iterator was made (-1: failed) */
    int64_t pos;               /* the next entry to look at */
    int64_t len;               /* items still expected */
} DictIter;

static AdValue dict_iter_new(AdType *type, AdValue dict, int reverse) {
    DictIter *it = (DictIter *)ad_new_object(type, sizeof(DictIter));
    if (!it) return AD_ERROR;
    AdDict *d = as_dict(dict);
    it->dict = dict;
    it->used = d->used;
    it->len = d->used;
    it->pos = reverse ? d->nentries - 1 : 0;
    return AD_VAL(it);
}

static AdValue dict_iter(AdValue self) { return dict_iter_new(&ad_dict_keyiter_type, self, 0); }

/** The next live entry, or NULL at the end / on error (with `*err` set). */
static AdDictEntry *dict_iter_step(DictIter *it, int *err) {
    *err = 0;
    if (!it->dict) return NULL;
    AdDict *d = as_dict(it->dict);
    if (it->used != d->used) {
        ad_err_set(&ad_RuntimeError, "dictionary changed size during iteration");
        it->used = -1; /* sticky */
        *err = 1;
        return NULL;
    }
    int64_t i = it->pos;
    while (i < d->nentries && !d->entries[i].key) i++;
    if (i >= d->nentries) {
        it->dict = 0;
        return NULL;
    }
    if (it->len == 0) {
        ad_err_set(&ad_RuntimeError, "dictionary keys changed during iteration");
        it->dict = 0;
        *err = 1;
        return NULL;
    }
    it->pos = i + 1;
    it->len--;
    return &d->entries[i];
}

static AdDictEntry *dict_reviter_step(DictIter *it, int *err) {
    *err = 0;
    if (!it->dict) return NULL;
    AdDict *d = as_dict(it->dict);
    if (it->used != d->used) {
        ad_err_set(&ad_RuntimeError, "dictionary changed size during iteration");
        it->used = -1;
        *err = 1;
        return NULL;
    }
    int64_t i = it->pos;
    if (i >= d->nentries) i = d->nentries - 1;
    while (i >= 0 && !d->entries[i].key) i--;
    if (i < 0) {
        it->dict = 0;
        return NULL;
    }
    it->pos = i - 1;
    it->len--;
    return &d->entries[i];
}

static AdValue pair_of(AdDictEntry *e) {
    AdValue kv[2] = {e->key, e->value};
    return ad_tuple_from_array(kv, 2);
}

#define DICT_ITER_NEXT(fname, step, expr)                   \
    static AdValue fname(AdValue self) {                    \
        int err;                                            \
        AdDictEntry *e = step(AD_AS(DictIter, self), &err); \
        if (!e) return err ? AD_ERROR : AD_STOP;            \
        return expr;                                        \
    }

DICT_ITER_NEXT(dict_keyiter_next, dict_iter_step, e->key)
DICT_ITER_NEXT(dict_valueiter_next, dict_iter_step, e->value)
DICT_ITER_NEXT(dict_itemiter_next, dict_iter_step, pair_of(e))
DICT_ITER_NEXT(dict_revkeyiter_next, dict_reviter_step, e->key)
DICT_ITER_NEXT(dict_revvalueiter_next, dict_reviter_step, e->value)
DICT_ITER_NEXT(dict_revitemiter_next, dict_reviter_step, pair_of(e))

static AdValue dict_reversed_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_noargs("dict.__reversed__", nargs, kwnames) < 0) return AD_ERROR;
    return dict_iter_new(&ad_dict_revkeyiter_type, self, 1);
}

static AdValue iter_self(AdValue self) { return self; }

static AdValue dict_iter_length_hint(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    DictIter *it = AD_AS(DictIter, self);
    return ad_small(it->dict && it->used == as_dict(it->dict)->used ? it->len : 0);
}

static const AdMethodDef dict_iter_methods[] = {
    {"__length_hint__", dict_iter_length_hint, 0},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------------------------------ */
/* Views                                                                                       */
/* ------------------------------------------------------------------------------------------ */

typedef struct DictView {
    AdObject ob;
    AdValue dict;
} DictView;

static AdValue view_new(AdType *type, AdValue dict) {
    DictView *v = (DictView *)ad_new_object(type, sizeof(DictView));
    if (!v) return AD_ERROR;
    v->dict = dict;
    return AD_VAL(v);
}

static inline AdValue view_dict(AdValue view) { return AD_AS(DictView, view)->dict; }

static int is_set_view(AdValue v) {
    AdType *t = ad_type(v);
    return t == &ad_dict_keys_type || t == &ad_dict_items_type;
}

static int64_t view_len(AdValue self) { return as_dict(view_dict(self))->used; }

static AdValue keys_iter(AdValue self) { return dict_iter_new(&ad_dict_keyiter_type, view_dict(self), 0); }
static AdValue values_iter(AdValue self) { return dict_iter_new(&ad_dict_valueiter_type, view_dict(self), 0); }
static AdValue items_iter(AdValue self) { return dict_iter_new(&ad_dict_itemiter_type, view_dict(self), 0); }

static int keys_contains(AdValue self, AdValue key) { return dict_contains(view_dict(self), key); }

static int items_contains(AdValue self, AdValue item) {
    if (!ad_is_tuple(item) || ad_tuple_len(item) != 2) return 0;
    AdValue found;
    int r = ad_dict_lookup(view_dict(self), ad_tuple_get(item, 0), &found);
    if (r <= 0) return r;
    return ad_eq(found, ad_tuple_get(item, 1));
}

static AdValue view_repr(AdValue self) {
    int r = ad_repr_enter(self);
    if (r < 0) return AD_ERROR;
    if (r > 0) return ad_str_from_cstr("...");
    AdValue list = ad_list_from_iterable(self);
    AdValue s = list ? ad_repr(list) : AD_ERROR;
    ad_repr_leave(self);
    if (!s) return AD_ERROR;
    AdValue parts[4] = {ad_str_from_cstr(ad_type(self)->name), ad_str_from_cstr("("), s, ad_str_from_cstr(")")};
    return ad_str_join_array(parts, 4);
}

/** 1 if every item of `a` is in `b`. */
static int all_contained_in(AdValue a, AdValue b) {
    AdValue it = ad_iter(a);
    if (!it) return -1;
    for (;;) {
        AdValue x = ad_next(it);
        if (x == AD_STOP) return 1;
        if (!x) return -1;
        int r = ad_contains(b, x);
        if (r <= 0) return r;
    }
}

static AdValue view_richcompare(AdValue a, AdValue b, int op) {
    if (!is_set_view(a) || (!ad_is_anyset(b) && !is_set_view(b))) return AD_NOTIMPL;
    int64_t la = ad_len(a), lb = ad_len(b);
    if (la < 0 || lb < 0) return AD_ERROR;
    int ok = 0;
    switch (op) {
    case AD_EQ:
    case AD_NE:
        if (la == lb) ok = all_contained_in(a, b);
        if (op == AD_NE && ok >= 0) ok = !ok;
        break;
    case AD_LT: if (la < lb) ok = all_contained_in(a, b); break;
    case AD_LE: if (la <= lb) ok = all_contained_in(a, b); break;
    case AD_GT: if (la > lb) ok = all_contained_in(b, a); break;
    case AD_GE: if (la >= lb) ok = all_contained_in(b, a); break;
    }
    return ok < 0 ? AD_ERROR : ad_bool(ok);
}

/** A new set from a view (keys: straight from the dict, with the stored hashes) or any iterable. */
static AdValue view_to_set(AdValue v) {
    AdValue src = ad_type(v) == &ad_dict_keys_type && ad_type(view_dict(v)) == &ad_dict_type ? view_dict(v) : v;
    AdValue s = ad_set_new();
    if (!s || ad_set_update(s, src) < 0) return AD_ERROR;
    return s;
}

static AdValue views_or(AdValue a, AdValue b) {
    AdValue s = view_to_set(a);
    if (!s || ad_set_update(s, b) < 0) return AD_ERROR;
    return s;
}

static AdValue views_sub(AdValue a, AdValue b) {
    AdValue s = view_to_set(a);
    if (!s || ad_set_difference_update(s, b) < 0) return AD_ERROR;
    return s;
}

/** d1.items() ^ d2.items(): pairs in exactly one of them, without hashing the values. */
static AdValue items_xor(AdValue a, AdValue b) {
    AdValue remaining = dict_copy(view_dict(a));
    AdValue result = ad_set_new();
    if (!remaining || !result) return AD_ERROR;
    AdValue d2 = view_dict(b);
    int64_t pos = 0, hash;
    AdValue key, v2;
    while (ad_dict_next_hash(d2, &pos, &key, &v2, &hash)) {
        AdValue v1;
        int found = ad_dict_lookup_hash(remaining, key, hash, &v1);
        if (found < 0) return AD_ERROR;
        int same = found ? ad_eq(v1, v2) : 0;
        if (same < 0) return AD_ERROR;
        if (same) {
            if (dict_del_hash(remaining, key, hash, NULL) < 0) return AD_ERROR;
        } else {
            AdValue kv[2] = {key, v2};
            AdValue pair = ad_tuple_from_array(kv, 2);
            if (!pair || ad_set_add(result, pair) < 0) return AD_ERROR;
        }
    }
    AdValue rest = view_new(&ad_dict_items_type, remaining);
    if (!rest || ad_set_update(result, rest) < 0) return AD_ERROR;
    return result;
}

static AdValue views_xor(AdValue a, AdValue b) {
    if (ad_type(a) == &ad_dict_items_type && ad_type(b) == &ad_dict_items_type) return items_xor(a, b);
    AdValue s = view_to_set(a);
    if (!s || ad_set_symmetric_difference_update(s, b) < 0) return AD_ERROR;
    return s;
}

/* view & other (the view may be either operand), as CPython's _PyDictView_Intersect. */
static AdValue views_and(AdValue a, AdValue b) {
    if (!is_set_view(a)) {
        AdValue t = a;
        a = b;
        b = t;
    }
    int64_t la = view_len(a);
    if (ad_type(b) == &ad_set_type) {
        int64_t lb = ad_len(b);
        if (la <= lb) return ad_set_intersection(b, a);
    }
    if (is_set_view(b) && view_len(b) > la) {
        AdValue t = a;
        a = b;
        b = t;
    }
    AdValue result = ad_set_new();
    AdValue it = result ? ad_iter(b) : AD_ERROR;
    if (!it) return AD_ERROR;
    int keys = ad_type(a) == &ad_dict_keys_type;
    for (;;) {
        AdValue x = ad_next(it);
        if (x == AD_STOP) return result;
        if (!x) return AD_ERROR;
        int r = keys ? keys_contains(a, x) : items_contains(a, x);
        if (r < 0) return AD_ERROR;
        if (r && ad_set_add(result, x) < 0) return AD_ERROR;
    }
}

static AdValue view_isdisjoint(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_onearg(ad_type(self) == &ad_dict_keys_type ? "dict_keys.isdisjoint" : "dict_items.isdisjoint",
                       nargs, kwnames) < 0)
        return AD_ERROR;
    AdValue other = args[0];
    if (other == self) return ad_bool(view_len(self) == 0);
    if (ad_is_anyset(other) || is_set_view(other)) {
        int64_t lo = ad_len(other);
        if (lo < 0) return AD_ERROR;
        if (lo > view_len(self)) {
            AdValue t = other;
            other = self;
            self = t;
        }
    }
    AdValue it = ad_iter(other);
    if (!it) return AD_ERROR;
    for (;;) {
        AdValue x = ad_next(it);
        if (x == AD_STOP) return AD_TRUE;
        if (!x) return AD_ERROR;
        int r = ad_contains(self, x);
        if (r < 0) return AD_ERROR;
        if (r) return AD_FALSE;
    }
}

static AdValue keys_reversed(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_noargs("dict_keys.__reversed__", nargs, kwnames) < 0) return AD_ERROR;
    return dict_iter_new(&ad_dict_revkeyiter_type, view_dict(self), 1);
}

static AdValue values_reversed(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_noargs("dict_values.__reversed__", nargs, kwnames) < 0) return AD_ERROR;
    return dict_iter_new(&ad_dict_revvalueiter_type, view_dict(self), 1);
}

static AdValue items_reversed(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_cont_noargs("dict_items.__reversed__", nargs, kwnames) < 0) return AD_ERROR;
    return dict_iter_new(&ad_dict_revitemiter_type, view_dict(self), 1);
}

static const AdMethodDef keys_methods[] = {
    {"isdisjoint", view_isdisjoint, 0},
    {"__reversed__", keys_reversed, 0},
    {NULL, NULL, 0},
};
static const AdMethodDef items_methods[] = {
    {"isdisjoint", view_isdisjoint, 0},
    {"__reversed__", items_reversed, 0},
    {NULL, NULL, 0},
};
static const AdMethodDef values_methods[] = {
    {"__reversed__", values_reversed, 0},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------------------------------ */
/* Types                                                                                       */
/* ------------------------------------------------------------------------------------------ */

AdType ad_dict_type = {
    .ob = {&ad_type_type},
    .name = "dict",
    .base = &ad_object_type,
    .flags = AD_TPFLAG_BASETYPE | AD_TPFLAG_DICT_SUBCLASS | AD_TPFLAG_MAPPING,
    .instance_size = sizeof(AdDict),
    .repr = dict_repr,
    .richcompare = dict_richcompare,
    .len = dict_len,
    .getitem = dict_getitem,
    .setitem = dict_setitem,
    .contains = dict_contains,
    .iter = dict_iter,
    .construct = dict_construct,
    .number = {[AD_OP_OR] = dict_or},
    .inplace = {[AD_OP_OR] = dict_ior},
};

#define VIEW_TYPE(var, tname, iterfn, containsfn, cmp, ops)                                             \
    AdType var = {                                                                                      \
        .ob = {&ad_type_type},                                                                          \
        .name = tname,                                                                                  \
        .base = &ad_object_type,                                                                        \
        .instance_size = sizeof(DictView),                                                              \
        .repr = view_repr,                                                                              \
        .richcompare = cmp,                                                                             \
        .len = view_len,                                                                                \
        .contains = containsfn,                                                                         \
        .iter = iterfn,                                                                                 \
        ops                                                                                             \
    };

#define SET_OPS                                                                                         \
    .number = {[AD_OP_SUB] = views_sub, [AD_OP_AND] = views_and, [AD_OP_OR] = views_or,                 \
               [AD_OP_XOR] = views_xor},

VIEW_TYPE(ad_dict_keys_type, "dict_keys", keys_iter, keys_contains, view_richcompare, SET_OPS)
VIEW_TYPE(ad_dict_items_type, "dict_items", items_iter, items_contains, view_richcompare, SET_OPS)
VIEW_TYPE(ad_dict_values_type, "dict_values", values_iter, NULL, NULL, )

#define ITER_TYPE(var, tname, nextfn)                                                                   \
    AdType var = {                                                                                      \
        .ob = {&ad_type_type},                                                                          \
        .name = tname,                                                                                  \
        .base = &ad_object_type,                                                                        \
        .instance_size = sizeof(DictIter),                                                              \
        .iter = iter_self,                                                                              \
        .next = nextfn,                                                                                 \
    };

ITER_TYPE(ad_dict_keyiter_type, "dict_keyiterator", dict_keyiter_next)
ITER_TYPE(ad_dict_valueiter_type, "dict_valueiterator", dict_valueiter_next)
ITER_TYPE(ad_dict_itemiter_type, "dict_itemiterator", dict_itemiter_next)
ITER_TYPE(ad_dict_revkeyiter_type, "dict_reversekeyiterator", dict_revkeyiter_next)
ITER_TYPE(ad_dict_revvalueiter_type, "dict_reversevalueiterator", dict_revvalueiter_next)
ITER_TYPE(ad_dict_revitemiter_type, "dict_reverseitemiterator", dict_revitemiter_next)

void ad_init_dict(void) {
    ad_type_ready(&ad_dict_type, dict_methods, NULL);
    ad_type_ready(&ad_dict_keys_type, keys_methods, NULL);
    ad_type_ready(&ad_dict_items_type, items_methods, NULL);
    ad_type_ready(&ad_dict_values_type, values_methods, NULL);
    AdType *iters[] = {&ad_dict_keyiter_type, &ad_dict_valueiter_type, &ad_dict_itemiter_type,
                       &ad_dict_revkeyiter_type, &ad_dict_revvalueiter_type, &ad_dict_revitemiter_type};
    for (size_t i = 0; i < sizeof iters / sizeof iters[0]; i++) ad_type_ready(iters[i], dict_iter_methods, NULL);
}
