/*
 * containers.h — private layouts and helpers shared by the container files (list.c, tuple.c,
 * dict.c, set.c, range.c, slice.c, iter.c, sort.c, unpack.c). Nothing here is ABI: engines use the
 * functions of adder.h.
 *
 * Invariants:
 *  - Hashes are CPython's: a small int hashes to itself reduced modulo 2**61 - 1 (with -1 mapped to
 *    -2), a str caches its hash in AdStr.hash. ad_hash_fast takes both shortcuts and otherwise asks
 *    the type (ad_hash); every table in this part stores the hash next to the key so that a resize
 *    or a set operation never hashes again, exactly as CPython does — this is what makes the
 *    iteration order of sets match CPython's.
 *  - A dict or set entry whose key is 0 is free (never used, or deleted in a dict).
 *  - Lengths and indexes are int64_t; a sequence never holds more than INT64_MAX / 16 items.
 */
#ifndef ADDER_CONTAINERS_H
#define ADDER_CONTAINERS_H

#include "adder.h"
#include <string.h>

/* ------------------------------------------------------------------------------------------ */
/* Hashing and equality shortcuts                                                              */
/* ------------------------------------------------------------------------------------------ */

#define AD_HASH_MODULUS ((UINT64_C(1) << 61) - 1)

/** CPython's hash of an int that fits in 63 bits. */
static inline int64_t ad_small_int_hash(int64_t v) {
    uint64_t x = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    if (x >= AD_HASH_MODULUS) x %= AD_HASH_MODULUS;
    int64_t h = v < 0 ? -(int64_t)x : (int64_t)x;
    return h == -1 ? -2 : h;
}

/** hash(v) with the small-int and cached-str shortcuts; -1 on error. */
static inline int64_t ad_hash_fast(AdValue v) {
    if (ad_is_small(v)) return ad_small_int_hash(ad_small_val(v));
    AdObject *o = AD_OBJ(v);
    if (o->type == &ad_str_type) {
        int64_t h = ((AdStr *)o)->hash;
        if (h != -1) return h;
    }
    return ad_hash(v);
}

static inline int ad_is_exact_str(AdValue v) { return !ad_is_small(v) && AD_OBJ(v)->type == &ad_str_type; }

/* ------------------------------------------------------------------------------------------ */
/* Layouts                                                                                     */
/* ------------------------------------------------------------------------------------------ */

typedef struct AdSlice {
    AdObject ob;
    AdValue start, stop, step;
} AdSlice;

/** One entry of a dict, in insertion order. `key` 0: deleted. */
typedef struct AdDictEntry {
    int64_t hash;
    AdValue key;
    AdValue value;
} AdDictEntry;

/**
 * A compact dict, as CPython's: `indices` is an open-addressing table of 2**log2_size slots
 * holding positions into `entries` (-1 empty, -2 deleted), in 1, 2, 4 or 8 bytes each depending on
 * the size. `entries` is dense in insertion order. Both live in one block; `indices` is NULL for a
 * dict that never held anything.
 */
typedef struct AdDict {
    AdObject ob;
    int64_t used;              /* live entries */
    int64_t nentries;          /* entries[0..nentries) used, live or deleted */
    int64_t usable;            /* entries still free before a resize */
    uint64_t version;          /* bumped on every change of keys (for iterators and lookups) */
    uint8_t log2_size;
    void *indices;
    AdDictEntry *entries;
} AdDict;

#define AD_SET_MINSIZE 8

/** One slot of a set's table: key 0 and hash 0 is unused; the dummy key marks a deleted slot. */
typedef struct AdSetEntry {
    AdValue key;
    int64_t hash;
} AdSetEntry;

/** A set or frozenset, laid out as CPython's (open addressing with linear probes, a small table
 *  inside the object). */
typedef struct AdSet {
    AdObject ob;
    int64_t fill;              /* active + dummy slots */
    int64_t used;              /* active slots */
    int64_t mask;              /* table size - 1 */
    int64_t finger;            /* where pop() searches next */
    int64_t hash;              /* frozenset: -1 until computed */
    AdSetEntry *table;
    AdSetEntry smalltable[AD_SET_MINSIZE];
} AdSet;

/**
 * A range. `start`, `stop`, `step`, `length` are ints (possibly big); when all of them fit in
 * int64 (`small` set), the i-fields mirror them for the fast paths.
 */
typedef struct AdRange {
    AdObject ob;
    AdValue start, stop, step, length;
    int small;
    int64_t istart, istop, istep, ilength;
} AdRange;

/* ------------------------------------------------------------------------------------------ */
/* Shared helpers (defined in the file named)                                                  */
/* ------------------------------------------------------------------------------------------ */

/** slice.c: the integer value of a sequence subscript. Returns 1 with *out set for an index
 *  (ints, bools, __index__), 0 if `key` is not an index (no exception), -1 on error. Out of range
 *  values raise IndexError "cannot fit 'int' into an index-sized integer". */
int ad_seq_index_arg(AdValue key, int64_t *out);
/** slice.c: a slice resolved against a length with int objects, as CPython's
 *  _PySlice_GetLongIndices (for ranges and slice.indices, whose values may be big). 0 or -1. */
int ad_slice_long_indices(AdValue slice, AdValue length, AdValue *start, AdValue *stop, AdValue *step);
/** slice.c: the slice length for start/stop/step already resolved by ad_slice_indices. */
int64_t ad_seq_adjust_indices(int64_t length, int64_t *start, int64_t *stop, int64_t step);
/** slice.c: the optional start/stop arguments of index() (ints or __index__, clamped):
 *  "slice indices must be integers or have an __index__ method". Returns 0 or -1. */
int ad_seq_clamp_arg(AdValue v, int64_t *out);

/** slice.c: argument checks with CPython's messages for builtin methods. `qualname` is the
 *  method's qualified name ("list.append"), `name` the short one used by arity messages ("insert").
 *  Each returns 0 or -1. */
int ad_cont_noargs(const char *qualname, size_t nargs, AdValue kwnames);     /* "takes no arguments (1 given)" */
int ad_cont_onearg(const char *qualname, size_t nargs, AdValue kwnames);     /* "takes exactly one argument (0 given)" */
int ad_cont_nokw(const char *qualname, AdValue kwnames);                      /* "takes no keyword arguments" */
int ad_cont_arity(const char *name, size_t nargs, size_t min, size_t max);   /* "insert expected 2 arguments, got 1" */
/** slice.c: a Py_ssize_t argument as Argument Clinic converts it ("'str' object cannot be
 *  interpreted as an integer", "Python int too large to convert to C ssize_t"). 0 or -1. */
int ad_cont_ssize_arg(AdValue v, int64_t *out);
/** slice.c: operator.index(v) as an exact int (a bool or int subclass becomes a plain int). */
AdValue ad_cont_exact_index(AdValue v);
static inline size_t ad_kw_count(AdValue kwnames) { return kwnames ? (size_t)ad_tuple_len(kwnames) : 0; }

/** slice.c: the `+` and `*` slots of sequences, with CPython's fallbacks and messages. For `+`,
 *  when `b` is not of the sequence's kind: the other operand's own slot is tried, then
 *  'can only concatenate list (not "tuple") to list'. For `*`: returns 1 with the sequence and the
 *  count set, or 0 with *result set (the other operand's answer, or AD_ERROR with "can't multiply
 *  sequence by non-int of type 'float'"). `self_type` is the sequence's type. */
AdValue ad_seq_concat_fallback(AdType *self_type, AdValue a, AdValue b, const char *kind);
int ad_seq_repeat_args(AdType *self_type, AdValue a, AdValue b, AdValue *seq, int64_t *count, AdValue *result);
/** slice.c: lexicographic rich comparison of two arrays, re-reading lengths and item pointers
 *  after each comparison (a list may change under a user __eq__). */
AdValue ad_seq_compare(const int64_t *alen, AdValue *const *aitems, const int64_t *blen, AdValue *const *bitems, int op);

/** list.c / tuple.c: the iterators' types (ad_list_iter_type is in adder.h). */
extern AdType ad_list_reviter_type, ad_tuple_iter_type;
/** dict.c */
extern AdType ad_dict_keyiter_type, ad_dict_valueiter_type, ad_dict_itemiter_type;
extern AdType ad_dict_revkeyiter_type, ad_dict_revvalueiter_type, ad_dict_revitemiter_type;
/** set.c */
extern AdType ad_set_iter_type;
/** range.c (ad_range_iter_type is in adder.h) */
extern AdType ad_longrange_iter_type;

/** tuple.c: a new tuple holding items[lo..hi) of a C array. */
AdValue ad_tuple_slice_array(const AdValue *items, int64_t lo, int64_t hi);
/** tuple.c: tuple hash of an array (CPython's xxHash lanes); -1 on error. */
int64_t ad_tuple_hash_array(const AdValue *items, int64_t n);

/** list.c: make room for `n` items (capacity only). Returns 0 or -1 (MemoryError). */
int ad_list_reserve(AdList *list, int64_t n);

/** dict.c: lookup with a known hash; 1 found, 0 missing, -1 error. */
int ad_dict_lookup_hash(AdValue dict, AdValue key, int64_t hash, AdValue *out);
int ad_dict_set_hash(AdValue dict, AdValue key, int64_t hash, AdValue value);
/** dict.c: iterate with the stored hashes. */
int ad_dict_next_hash(AdValue dict, int64_t *pos, AdValue *key, AdValue *value, int64_t *hash);
/** set.c: the operations dict views build on (as the set methods of those names). */
int ad_set_difference_update(AdValue set, AdValue other);
int ad_set_symmetric_difference_update(AdValue set, AdValue other);
AdValue ad_set_intersection(AdValue set, AdValue other);

/** 1 if v is a dict or a subclass. */
static inline int ad_is_dict(AdValue v) {
    return !ad_is_small(v) && (AD_OBJ(v)->type == &ad_dict_type || (AD_OBJ(v)->type->flags & AD_TPFLAG_DICT_SUBCLASS));
}
static inline int ad_is_list(AdValue v) {
    return !ad_is_small(v) && (AD_OBJ(v)->type == &ad_list_type || (AD_OBJ(v)->type->flags & AD_TPFLAG_LIST_SUBCLASS));
}
static inline int ad_is_tuple(AdValue v) {
    return !ad_is_small(v) && (AD_OBJ(v)->type == &ad_tuple_type || (AD_OBJ(v)->type->flags & AD_TPFLAG_TUPLE_SUBCLASS));
}
static inline int ad_is_anyset(AdValue v) {
    if (ad_is_small(v)) return 0;
    AdType *t = AD_OBJ(v)->type;
    return t == &ad_set_type || t == &ad_frozenset_type || ad_type_is_subtype(t, &ad_set_type) ||
           ad_type_is_subtype(t, &ad_frozenset_type);
}

/** Per-file initialization, called by ad_init_containers (in iter.c). */
void ad_init_list(void);
void ad_init_tuple(void);
void ad_init_dict(void);
void ad_init_set(void);
void ad_init_range(void);
void ad_init_slice(void);

/** Allocation of an instance of a container type or of a subclass of it. */
static inline AdObject *ad_new_instance(AdType *type, size_t base_size) {
    size_t size = type->instance_size > base_size ? type->instance_size : base_size;
    return ad_new_object(type, size);
}

#endif /* ADDER_CONTAINERS_H */
