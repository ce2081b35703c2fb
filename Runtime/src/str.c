/*
 * str.c — the str type: creation, interning, hashing, comparison, indexing, iteration, the
 * operators and the string builder.
 *
 * Representation (adder.h): kind 1 holds one byte per code point and is used iff the text is
 * ASCII; kind 4 holds uint32_t code points. Because the kind is canonical, equal strs have equal
 * kinds and equal bytes, so equality is a memcmp and the hash is a hash of the raw data.
 *
 * Sharing: the empty str and the strs of one code point below 256 are created once and cached
 * (CPython does the same, and `s[i]` on ASCII text then allocates nothing). Interned strs live in
 * a table in uncollectable memory and are never freed; identity is the fast path of equality.
 *
 * Everything here works before ad_init_str runs: ad_init_objects names the first types with
 * interned strs, so the caches and the intern table are created lazily.
 */
#include "strings.h"

#include <gc/gc.h>
#include <stddef.h>
#include <stdlib.h>

/* ========================================================================================== */
/* MARK: Allocation and the shared small strs                                                  */
/* ========================================================================================== */

static AdValue raise_memory_error(void) {
    return ad_err_set_object(ad_exception_new(&ad_MemoryError, NULL, 0));
}

void *ad_alloc_text(size_t size) {
    /* Huge requests go to the collector directly so that failure is a MemoryError, as in
     * CPython ('a' * 2**40), rather than the fatal error of ad_alloc_atomic. */
    if (size < ((size_t)1 << 24)) return ad_alloc_atomic(size);
    if (size > ((size_t)1 << 46)) return NULL;
    return GC_MALLOC_ATOMIC(size);
}

AdStr *ad_str_alloc(int kind, int64_t len) {
    if (len < 0 || (uint64_t)len > (UINT64_C(1) << 60) / 4) {
        raise_memory_error();
        return NULL;
    }
    size_t data = kind == 1 ? (size_t)len + 1 : (size_t)len * 4;
    AdStr *s = ad_alloc_text(sizeof(AdStr) + data);
    if (!s) {
        raise_memory_error();
        return NULL;
    }
    s->ob.type = &ad_str_type;
    s->length = len;
    s->hash = -1;
    s->kind = (uint8_t)kind;
    s->interned = 0;
    if (kind == 1) s->data[len] = 0;
    return s;
}

static AdValue empty_str;
static AdValue char_strs[256];

AdValue ad_str_empty(void) {
    if (!empty_str) {
        AdStr *s = ad_str_alloc(1, 0);
        empty_str = ad_str_intern(AD_VAL(s));
    }
    return empty_str;
}

AdValue ad_str_from_char(uint32_t cp) {
    if (cp < 256) {
        AdValue v = char_strs[cp];
        if (v) return v;
    }
    AdStr *s = ad_str_alloc(cp < 128 ? 1 : 4, 1);
    if (cp < 128) s->data[0] = (uint8_t)cp;
    else ((uint32_t *)s->data)[0] = cp;
    AdValue v = AD_VAL(s);
    if (cp < 256) char_strs[cp] = v = ad_str_intern(v);
    return v;
}

AdValue ad_str_from_ascii(const char *p, size_t len) {
    if (len <= 1) return len ? ad_str_from_char((uint8_t)p[0]) : ad_str_empty();
    AdStr *s = ad_str_alloc(1, (int64_t)len);
    if (!s) return AD_ERROR;
    memcpy(s->data, p, len);
    return AD_VAL(s);
}

static uint32_t max_char_ucs4(const uint32_t *cps, size_t len) {
    uint32_t m = 0;
    for (size_t i = 0; i < len; i++) m |= cps[i];
    return m;
}

AdValue ad_str_from_ucs4(const uint32_t *cps, size_t len) {
    if (len <= 1) return len ? ad_str_from_char(cps[0]) : ad_str_empty();
    int ascii = max_char_ucs4(cps, len) < 128;
    AdStr *s = ad_str_alloc(ascii ? 1 : 4, (int64_t)len);
    if (!s) return AD_ERROR;
    if (ascii) {
        for (size_t i = 0; i < len; i++) s->data[i] = (uint8_t)cps[i];
    } else {
        memcpy(s->data, cps, len * 4);
    }
    return AD_VAL(s);
}

AdValue ad_str_from_latin1(const unsigned char *p, size_t len) {
    int ascii = 1;
    for (size_t i = 0; i < len; i++)
        if (p[i] >= 128) { ascii = 0; break; }
    if (ascii) return ad_str_from_ascii((const char *)p, len);
    if (len == 1) return ad_str_from_char(p[0]);
    AdStr *s = ad_str_alloc(4, (int64_t)len);
    if (!s) return AD_ERROR;
    uint32_t *d = (uint32_t *)s->data;
    for (size_t i = 0; i < len; i++) d[i] = p[i];
    return AD_VAL(s);
}

AdValue ad_str_canonical(AdStr *s) {
    if (s->kind == 1) return AD_VAL(s);
    const uint32_t *d = (const uint32_t *)s->data;
    if (s->length <= 1 || max_char_ucs4(d, (size_t)s->length) < 128)
        return ad_str_from_ucs4(d, (size_t)s->length);
    return AD_VAL(s);
}

uint32_t ad_str_max_char(AdValue s) {
    AdStr *p = AD_STR(s);
    if (p->kind == 1) return p->length ? 127 : 0;
    uint32_t m = 0;
    const uint32_t *d = (const uint32_t *)p->data;
    for (int64_t i = 0; i < p->length; i++)
        if (d[i] > m) m = d[i];
    return m;
}

AdValue ad_str_substr(AdValue s, int64_t start, int64_t end) {
    AdStr *p = AD_STR(s);
    int64_t n = end - start;
    if (n == p->length && p->ob.type == &ad_str_type) return ad_str_shared(s);
    if (n <= 0) return ad_str_empty();
    if (p->kind == 1) return ad_str_from_ascii((const char *)p->data + start, (size_t)n);
    return ad_str_from_ucs4((const uint32_t *)p->data + start, (size_t)n);
}

uint32_t *ad_str_to_ucs4(AdValue s) {
    AdStr *p = AD_STR(s);
    uint32_t *out = ad_alloc_atomic((size_t)(p->length ? p->length : 1) * 4);
    if (p->kind == 4) {
        memcpy(out, p->data, (size_t)p->length * 4);
    } else {
        for (int64_t i = 0; i < p->length; i++) out[i] = p->data[i];
    }
    return out;
}

AdValue ad_str_exact(AdValue s) {
    if (AD_OBJ(s)->type == &ad_str_type) return ad_str_shared(s);
    AdStr *p = AD_STR(s);
    AdStr *c = ad_str_alloc(p->kind, p->length);
    if (!c) return AD_ERROR;
    memcpy(c->data, p->data, p->kind == 1 ? (size_t)p->length : (size_t)p->length * 4);
    return AD_VAL(c);
}

/* ========================================================================================== */
/* MARK: UTF-8                                                                                 */
/* ========================================================================================== */

/** 1 if the n bytes at p are all ASCII; checks eight bytes at a time. */
static int all_ascii(const unsigned char *p, size_t n) {
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        if (w & UINT64_C(0x8080808080808080)) return 0;
    }
    for (; i < n; i++)
        if (p[i] & 0x80) return 0;
    return 1;
}

/**
 * Decode one UTF-8 (or WTF-8) sequence at p (n bytes available) into *cp; returns its length, or
 * 0 when it is malformed. Overlong forms and code points above U+10FFFF are malformed;
 * surrogates are accepted (WTF-8), which is how the front end passes lone surrogates.
 */
static int utf8_decode_one(const unsigned char *p, size_t n, uint32_t *cp) {
    unsigned c = p[0];
    if (c < 0x80) { *cp = c; return 1; }
    if (c < 0xC2) return 0;
    if (c < 0xE0) {
        if (n < 2 || (p[1] & 0xC0) != 0x80) return 0;
        *cp = ((c & 0x1F) << 6) | (p[1] & 0x3F);
        return 2;
    }
    if (c < 0xF0) {
        if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
        uint32_t v = ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
        if (v < 0x800) return 0;
        *cp = v;
        return 3;
    }
    if (c < 0xF5) {
        if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80) return 0;
        uint32_t v = ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
                     ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
        if (v < 0x10000 || v > 0x10FFFF) return 0;
        *cp = v;
        return 4;
    }
    return 0;
}

AdValue ad_str_from_utf8(const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s;
    if (all_ascii(p, len)) return ad_str_from_ascii(s, len);
    uint32_t stackbuf[256];
    uint32_t *cps = len <= 256 ? stackbuf : ad_alloc_atomic(len * 4);
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        int k = utf8_decode_one(p + i, len - i, &cp);
        if (k == 0) { cp = 0xFFFD; k = 1; }   /* malformed input: U+FFFD per byte */
        cps[n++] = cp;
        i += (size_t)k;
    }
    return ad_str_from_ucs4(cps, n);
}

AdValue ad_str_from_cstr(const char *s) { return ad_str_from_utf8(s, strlen(s)); }

/** Bytes needed to encode code point cp in UTF-8 (surrogates included, as WTF-8). */
static inline size_t utf8_len(uint32_t cp) {
    return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

static inline unsigned char *utf8_put(unsigned char *o, uint32_t cp) {
    if (cp < 0x80) {
        *o++ = (unsigned char)cp;
    } else if (cp < 0x800) {
        *o++ = (unsigned char)(0xC0 | (cp >> 6));
        *o++ = (unsigned char)(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *o++ = (unsigned char)(0xE0 | (cp >> 12));
        *o++ = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (unsigned char)(0x80 | (cp & 0x3F));
    } else {
        *o++ = (unsigned char)(0xF0 | (cp >> 18));
        *o++ = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        *o++ = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        *o++ = (unsigned char)(0x80 | (cp & 0x3F));
    }
    return o;
}

const char *ad_str_utf8(AdValue s, size_t *lenp) {
    AdStr *p = AD_STR(s);
    if (p->kind == 1) {
        if (lenp) *lenp = (size_t)p->length;
        return (const char *)p->data;
    }
    const uint32_t *d = (const uint32_t *)p->data;
    size_t total = 0;
    for (int64_t i = 0; i < p->length; i++) total += utf8_len(d[i]);
    unsigned char *out = ad_alloc_atomic(total + 1);
    unsigned char *o = out;
    for (int64_t i = 0; i < p->length; i++) o = utf8_put(o, d[i]);
    *o = 0;
    if (lenp) *lenp = total;
    return (const char *)out;
}

/* ========================================================================================== */
/* MARK: Hashing and interning                                                                 */
/* ========================================================================================== */

static inline uint64_t mix64(uint64_t h) {
    h ^= h >> 33;
    h *= UINT64_C(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h *= UINT64_C(0xc4ceb9fe1a85ec53);
    h ^= h >> 33;
    return h;
}

/** A fast 64-bit hash of raw bytes (eight at a time, then a final avalanche). */
uint64_t ad_hash_bytes(const void *data, size_t n) {
    const unsigned char *p = data;
    uint64_t h = UINT64_C(0x9E3779B97F4A7C15) ^ (n * UINT64_C(0x100000001B3));
    while (n >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ mix64(w)) * UINT64_C(0x9FB21C651E98DF25);
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    uint64_t w = 0;
    for (size_t i = 0; i < n; i++) w |= (uint64_t)p[i] << (8 * i);
    h ^= w;
    return mix64(h);
}

static inline int64_t finish_hash(uint64_t h) {
    int64_t r = (int64_t)h;
    return r == -1 ? -2 : r;
}

static inline size_t str_data_size(const AdStr *p) {
    return p->kind == 1 ? (size_t)p->length : (size_t)p->length * 4;
}

int64_t ad_str_hash(AdValue s) {
    AdStr *p = AD_STR(s);
    if (p->hash != -1) return p->hash;
    return p->hash = finish_hash(ad_hash_bytes(p->data, str_data_size(p)));
}

/*
 * The intern table: open addressing with linear probing over a power-of-two array of strs, in
 * uncollectable memory so that it keeps its strs alive. It only grows.
 */
static AdValue *intern_slots;
static size_t intern_cap, intern_count;

static void intern_insert_raw(AdValue v) {
    size_t mask = intern_cap - 1;
    size_t i = (size_t)ad_str_hash(v) & mask;
    while (intern_slots[i]) i = (i + 1) & mask;
    intern_slots[i] = v;
    intern_count++;
}

static void intern_grow(void) {
    AdValue *old = intern_slots;
    size_t oldcap = intern_cap;
    intern_cap = oldcap ? oldcap * 2 : 1024;
    intern_slots = ad_alloc_uncollectable(intern_cap * sizeof(AdValue));
    intern_count = 0;
    for (size_t i = 0; i < oldcap; i++)
        if (old[i]) intern_insert_raw(old[i]);
    if (old) ad_free_uncollectable(old);
}

/** The interned str with this kind and data, or 0. */
static AdValue intern_find(int64_t hash, int kind, const void *data, int64_t len) {
    if (!intern_slots) return 0;
    size_t mask = intern_cap - 1;
    size_t size = kind == 1 ? (size_t)len : (size_t)len * 4;
    for (size_t i = (size_t)hash & mask; intern_slots[i]; i = (i + 1) & mask) {
        AdStr *p = AD_STR(intern_slots[i]);
        if (p->hash == hash && p->length == len && p->kind == kind && memcmp(p->data, data, size) == 0)
            return intern_slots[i];
    }
    return 0;
}

static AdValue intern_add(AdValue s) {
    if ((intern_count + 1) * 2 > intern_cap) intern_grow();
    AD_STR(s)->interned = 1;
    intern_insert_raw(s);
    return s;
}

AdValue ad_str_intern(AdValue s) {
    AdStr *p = AD_STR(s);
    if (p->interned == 1) return s;
    int64_t h = ad_str_hash(s);
    AdValue found = intern_find(h, p->kind, p->data, p->length);
    if (found) return found;
    if (p->ob.type != &ad_str_type) s = ad_str_exact(s);
    return intern_add(s);
}

AdValue ad_str_intern_cstr(const char *c) {
    size_t n = strlen(c);
    if (!all_ascii((const unsigned char *)c, n)) return ad_str_intern(ad_str_from_utf8(c, n));
    int64_t h = finish_hash(ad_hash_bytes(c, n));
    AdValue found = intern_find(h, 1, c, (int64_t)n);
    if (found) return found;
    AdStr *s = ad_str_alloc(1, (int64_t)n);
    memcpy(s->data, c, n);
    s->hash = h;
    return intern_add(AD_VAL(s));
}

/* ========================================================================================== */
/* MARK: Equality and order                                                                    */
/* ========================================================================================== */

int ad_str_eq(AdValue a, AdValue b) {
    if (a == b) return 1;
    AdStr *p = AD_STR(a), *q = AD_STR(b);
    if (p->length != q->length || p->kind != q->kind) return 0;
    if (p->hash != -1 && q->hash != -1 && p->hash != q->hash) return 0;
    if (p->interned == 1 && q->interned == 1) return 0;
    return memcmp(p->data, q->data, str_data_size(p)) == 0;
}

int ad_str_eq_cstr(AdValue s, const char *c) {
    AdStr *p = AD_STR(s);
    if (p->kind == 1) {
        size_t n = strlen(c);
        return (size_t)p->length == n && memcmp(p->data, c, n) == 0;
    }
    return strcmp(ad_str_utf8(s, NULL), c) == 0;
}

int ad_str_cmp(AdValue a, AdValue b) {
    if (a == b) return 0;
    AdStr *p = AD_STR(a), *q = AD_STR(b);
    int64_t n = p->length < q->length ? p->length : q->length;
    if (p->kind == 1 && q->kind == 1) {
        int c = memcmp(p->data, q->data, (size_t)n);
        if (c) return c < 0 ? -1 : 1;
    } else {
        for (int64_t i = 0; i < n; i++) {
            uint32_t x = ad_str_char(a, i), y = ad_str_char(b, i);
            if (x != y) return x < y ? -1 : 1;
        }
    }
    return p->length < q->length ? -1 : p->length > q->length ? 1 : 0;
}

static AdValue str_richcompare(AdValue a, AdValue b, int op) {
    if (!ad_is_str(a) || !ad_is_str(b)) return AD_NOTIMPL;
    if (op == AD_EQ || op == AD_NE) {
        int eq = ad_str_eq(a, b);
        return ad_bool(op == AD_EQ ? eq : !eq);
    }
    int c = ad_str_cmp(a, b);
    switch (op) {
    case AD_LT: return ad_bool(c < 0);
    case AD_LE: return ad_bool(c <= 0);
    case AD_GT: return ad_bool(c > 0);
    default:    return ad_bool(c >= 0);
    }
}

/* ========================================================================================== */
/* MARK: Concatenation and repetition                                                          */
/* ========================================================================================== */

/** Copy the code points of s into a kind-`kind` destination at index `at`. */
static void copy_into(AdStr *dst, int64_t at, AdValue s) {
    AdStr *p = AD_STR(s);
    if (dst->kind == 1) {
        memcpy(dst->data + at, p->data, (size_t)p->length);
    } else if (p->kind == 4) {
        memcpy((uint32_t *)dst->data + at, p->data, (size_t)p->length * 4);
    } else {
        uint32_t *d = (uint32_t *)dst->data + at;
        for (int64_t i = 0; i < p->length; i++) d[i] = p->data[i];
    }
}

AdValue ad_str_concat(AdValue a, AdValue b) {
    AdStr *p = AD_STR(a), *q = AD_STR(b);
    if (q->length == 0 && p->ob.type == &ad_str_type) return ad_str_shared(a);
    if (p->length == 0 && q->ob.type == &ad_str_type) return ad_str_shared(b);
    if (p->length > INT64_MAX / 8 - q->length)
        return ad_err_set(&ad_OverflowError, "strings are too large to concat");
    int kind = p->kind > q->kind ? p->kind : q->kind;
    AdStr *r = ad_str_alloc(kind, p->length + q->length);
    if (!r) return AD_ERROR;
    copy_into(r, 0, a);
    copy_into(r, p->length, b);
    return AD_VAL(r);
}

/*
 * In-place appends. A str made by ad_str_concat_unique is marked interned == AD_STR_EXTENDABLE
 * and lives in a block with spare room (the collector knows the block's real size). Appending
 * to such a str writes into that room and updates its length: the caller promised that nothing
 * else refers to it. Interning (or any other use of the flag) ends extendability.
 */
static size_t block_capacity(AdStr *p) {
    size_t block = GC_size(p), header = offsetof(AdStr, data);
    size_t room = block > header ? block - header : 0;
    return p->kind == 1 ? (room ? room - 1 : 0) : room / 4;
}

AdValue ad_str_concat_unique(AdValue a, AdValue b) {
    AdStr *p = AD_STR(a), *q = AD_STR(b);
    if (p->ob.type != &ad_str_type || q->ob.type != &ad_str_type) return ad_str_concat(a, b);
    if (q->length == 0) return a;
    int64_t n = p->length + q->length;
    if (p->interned == AD_STR_EXTENDABLE && p->kind >= q->kind && (size_t)n <= block_capacity(p)) {
        copy_into(p, p->length, b);
        p->length = n;
        p->hash = -1;
        if (p->kind == 1) p->data[n] = 0;
        return a;
    }
    if (p->length == 0) return ad_str_shared(b);
    int kind = p->kind > q->kind ? p->kind : q->kind;
    int64_t cap = n < 16 ? 32 : n + n / 2;
    AdStr *r = ad_str_alloc(kind, cap);
    if (!r) return AD_ERROR;
    copy_into(r, 0, a);
    copy_into(r, p->length, b);
    r->length = n;
    if (kind == 1) r->data[n] = 0;
    r->interned = AD_STR_EXTENDABLE;
    return AD_VAL(r);
}

AdValue ad_str_join_array(const AdValue *parts, size_t n) {
    if (n == 1 && AD_OBJ(parts[0])->type == &ad_str_type) return ad_str_shared(parts[0]);
    int64_t total = 0;
    int kind = 1;
    for (size_t i = 0; i < n; i++) {
        AdStr *p = AD_STR(parts[i]);
        total += p->length;
        if (p->kind > kind) kind = p->kind;
    }
    if (total == 0) return ad_str_empty();
    AdStr *r = ad_str_alloc(kind, total);
    if (!r) return AD_ERROR;
    int64_t at = 0;
    for (size_t i = 0; i < n; i++) {
        copy_into(r, at, parts[i]);
        at += AD_STR(parts[i])->length;
    }
    return AD_VAL(r);
}

AdValue ad_str_repeat(AdValue s, int64_t n) {
    AdStr *p = AD_STR(s);
    if (n <= 0 || p->length == 0) return ad_str_empty();
    if (n == 1 && p->ob.type == &ad_str_type) return ad_str_shared(s);
    if (p->length > INT64_MAX / n) return ad_err_set(&ad_OverflowError, "repeated string is too long");
    AdStr *r = ad_str_alloc(p->kind, p->length * n);
    if (!r) return AD_ERROR;
    size_t unit = str_data_size(p), total = unit * (size_t)n;
    if (p->length == 1 && p->kind == 1) {
        memset(r->data, p->data[0], (size_t)n);
        return AD_VAL(r);
    }
    /* Doubling copies: log(n) memcpy calls. */
    memcpy(r->data, p->data, unit);
    size_t done = unit;
    while (done < total) {
        size_t chunk = done <= total - done ? done : total - done;
        memcpy(r->data + done, r->data, chunk);
        done += chunk;
    }
    return AD_VAL(r);
}

static AdValue str_add(AdValue a, AdValue b) {
    if (!ad_is_str(a)) return AD_NOTIMPL;
    if (ad_is_str(b)) return ad_str_concat(a, b);
    /* CPython tries the right operand's __radd__ before str's sequence concatenation fails. */
    AdBinaryFn other = ad_type(b)->number[AD_OP_ADD];
    if (other) {
        AdValue r = other(a, b);
        if (r != AD_NOTIMPL) return r;
    }
    return ad_err_format(&ad_TypeError, "can only concatenate str (not \"%s\") to str", ad_type(b)->name);
}

/** 1 if v can be a repetition count (an int or has __index__). */
static int is_index_like(AdValue v) {
    return ad_is_small(v) || ad_is_int(v) || ad_type(v)->index != NULL;
}

static AdValue str_mul(AdValue a, AdValue b) {
    AdValue s = a, n = b;
    if (!ad_is_str(a)) { s = b; n = a; }
    if (!ad_is_str(s)) return AD_NOTIMPL;
    if (!is_index_like(n)) {
        /* Give the other operand's own multiplication (__rmul__ / __mul__) its chance first. */
        AdBinaryFn other = ad_type(n)->number[AD_OP_MUL];
        if (other && other != str_mul) {
            AdValue r = other(a, b);
            if (r != AD_NOTIMPL) return r;
        }
        return ad_err_format(&ad_TypeError, "can't multiply sequence by non-int of type '%s'",
                             ad_type(n)->name);
    }
    int64_t count;
    if (ad_is_small(n)) {
        count = ad_small_val(n);
    } else {
        count = ad_index_value(n, &ad_OverflowError);
        if (count == -1 && ad_err_occurred()) return AD_ERROR;
    }
    return ad_str_repeat(s, count);
}

static AdValue str_mod(AdValue a, AdValue b) {
    if (!ad_is_str(a)) return AD_NOTIMPL;
    return ad_str_mod(a, b);
}

/* ========================================================================================== */
/* MARK: repr                                                                                  */
/* ========================================================================================== */

static const char hexdigits[] = "0123456789abcdef";

/** Append the escaped form of cp (as repr writes it) to the builder. */
static void repr_char(AdStrBuilder *sb, uint32_t cp, uint32_t quote) {
    if (cp == quote || cp == '\\') {
        ad_sb_append_char(sb, '\\');
        ad_sb_append_char(sb, cp);
    } else if (cp == '\t') {
        ad_sb_append_ascii(sb, "\\t", 2);
    } else if (cp == '\n') {
        ad_sb_append_ascii(sb, "\\n", 2);
    } else if (cp == '\r') {
        ad_sb_append_ascii(sb, "\\r", 2);
    } else if (cp < 0x20 || cp == 0x7F) {
        char e[4] = {'\\', 'x', hexdigits[cp >> 4], hexdigits[cp & 15]};
        ad_sb_append_ascii(sb, e, 4);
    } else if (cp < 0x7F || ad_uni_isprintable(cp)) {
        ad_sb_append_char(sb, cp);
    } else {
        char e[10];
        int n;
        if (cp < 0x100) { e[1] = 'x'; n = 2; }
        else if (cp < 0x10000) { e[1] = 'u'; n = 4; }
        else { e[1] = 'U'; n = 8; }
        e[0] = '\\';
        for (int i = 0; i < n; i++) e[2 + i] = hexdigits[(cp >> (4 * (n - 1 - i))) & 15];
        ad_sb_append_ascii(sb, e, (size_t)n + 2);
    }
}

/** The quote repr uses: ' unless the text has ' and no ". */
static uint32_t repr_quote(AdValue s) {
    int single = 0, dbl = 0;
    int64_t n = ad_str_len(s);
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = ad_str_char(s, i);
        if (c == '\'') single = 1;
        else if (c == '"') dbl = 1;
    }
    return single && !dbl ? '"' : '\'';
}

/** 1 if an ASCII str needs no escapes at all in its repr with quote q. */
static int ascii_plain(AdStr *p, uint32_t q) {
    for (int64_t i = 0; i < p->length; i++) {
        unsigned char c = p->data[i];
        if (c < 0x20 || c == 0x7F || c == '\\' || c == q) return 0;
    }
    return 1;
}

AdValue ad_str_repr(AdValue s) {
    AdStr *p = AD_STR(s);
    uint32_t q = repr_quote(s);
    if (p->kind == 1 && ascii_plain(p, q)) {
        AdStr *r = ad_str_alloc(1, p->length + 2);
        if (!r) return AD_ERROR;
        r->data[0] = (uint8_t)q;
        memcpy(r->data + 1, p->data, (size_t)p->length);
        r->data[p->length + 1] = (uint8_t)q;
        return AD_VAL(r);
    }
    AdStrBuilder sb;
    ad_sb_init(&sb);
    ad_sb_reserve(&sb, (size_t)p->length + 2);
    ad_sb_append_char(&sb, q);
    for (int64_t i = 0; i < p->length; i++) repr_char(&sb, ad_str_char(s, i), q);
    ad_sb_append_char(&sb, q);
    return ad_sb_finish(&sb);
}

static AdValue str_str(AdValue s) { return ad_str_exact(s); }

static int64_t str_hash_slot(AdValue s) { return ad_str_hash(s); }

static int64_t str_len_slot(AdValue s) { return AD_STR(s)->length; }

/* ========================================================================================== */
/* MARK: Indexing, slicing, containment                                                        */
/* ========================================================================================== */

static AdValue str_index_at(AdValue s, int64_t i) {
    int64_t n = AD_STR(s)->length;
    if (i < 0) i += n;
    if (i < 0 || i >= n) return ad_err_set(&ad_IndexError, "string index out of range");
    return ad_str_from_char(ad_str_char(s, i));
}

static AdValue str_slice(AdValue s, AdValue slice) {
    int64_t start, stop, step;
    int64_t n = ad_slice_indices(slice, AD_STR(s)->length, &start, &stop, &step);
    if (n < 0) return AD_ERROR;
    if (step == 1) return ad_str_substr(s, start, start + n);
    if (n == 0) return ad_str_empty();
    AdStr *p = AD_STR(s);
    AdStr *r = ad_str_alloc(p->kind, n);
    if (!r) return AD_ERROR;
    if (p->kind == 1) {
        for (int64_t i = 0, j = start; i < n; i++, j += step) r->data[i] = p->data[j];
        return AD_VAL(r);
    }
    uint32_t *d = (uint32_t *)r->data;
    const uint32_t *src = (const uint32_t *)p->data;
    for (int64_t i = 0, j = start; i < n; i++, j += step) d[i] = src[j];
    return ad_str_canonical(r);
}

static AdValue str_getitem(AdValue s, AdValue key) {
    if (ad_is_small(key)) return str_index_at(s, ad_small_val(key));
    AdType *kt = ad_type(key);
    if (kt == &ad_slice_type) return str_slice(s, key);
    if (ad_is_int(key) || kt->index) {
        int64_t i = ad_index_value(key, &ad_IndexError);
        if (i == -1 && ad_err_occurred()) return AD_ERROR;
        return str_index_at(s, i);
    }
    return ad_err_format(&ad_TypeError, "string indices must be integers, not '%s'", kt->name);
}

static int str_contains(AdValue s, AdValue item) {
    if (!ad_is_str(item)) {
        ad_err_format(&ad_TypeError, "'in <string>' requires string as left operand, not %s",
                      ad_type(item)->name);
        return -1;
    }
    return ad_str_find_sub(s, item, 0, AD_STR(s)->length, 1) >= 0;
}

/* ========================================================================================== */
/* MARK: Substring search                                                                      */
/* ========================================================================================== */

void ad_adjust_indices(int64_t *start, int64_t *end, int64_t len) {
    if (*end > len) *end = len;
    else if (*end < 0) { *end += len; if (*end < 0) *end = 0; }
    if (*start < 0) { *start += len; if (*start < 0) *start = 0; }
}

/** Search a uint32 needle in a uint32 haystack (Horspool on the low byte of code points). */
static int64_t find_ucs4(const uint32_t *h, int64_t hn, const uint32_t *nd, int64_t nn, int dir) {
    if (nn == 1) {
        uint32_t c = nd[0];
        if (dir > 0) {
            for (int64_t i = 0; i < hn; i++) if (h[i] == c) return i;
        } else {
            for (int64_t i = hn - 1; i >= 0; i--) if (h[i] == c) return i;
        }
        return -1;
    }
    if (dir > 0 && hn < 512) {
        for (int64_t i = 0; i + nn <= hn; i++)
            if (h[i] == nd[0] && memcmp(h + i, nd, (size_t)nn * 4) == 0) return i;
        return -1;
    }
    if (dir > 0) {
        int64_t skip[256];
        for (int i = 0; i < 256; i++) skip[i] = nn;
        for (int64_t i = 0; i < nn - 1; i++) skip[nd[i] & 255] = nn - 1 - i;
        uint32_t last = nd[nn - 1];
        for (int64_t i = 0; i + nn <= hn;) {
            uint32_t c = h[i + nn - 1];
            if (c == last && memcmp(h + i, nd, (size_t)(nn - 1) * 4) == 0) return i;
            i += skip[c & 255];
        }
        return -1;
    }
    for (int64_t i = hn - nn; i >= 0; i--)
        if (h[i] == nd[0] && memcmp(h + i, nd, (size_t)nn * 4) == 0) return i;
    return -1;
}

/** Search ASCII needle bytes in ASCII haystack bytes. */
static int64_t find_bytes(const unsigned char *h, int64_t hn, const unsigned char *nd, int64_t nn, int dir) {
    if (dir > 0) {
        const unsigned char *r = nn == 1 ? memchr(h, nd[0], (size_t)hn)
                                         : memmem(h, (size_t)hn, nd, (size_t)nn);
        return r ? r - h : -1;
    }
    if (nn == 1) {
        const unsigned char *r = memrchr(h, nd[0], (size_t)hn);
        return r ? r - h : -1;
    }
    for (int64_t i = hn - nn; i >= 0; i--)
        if (h[i] == nd[0] && memcmp(h + i, nd, (size_t)nn) == 0) return i;
    return -1;
}

int64_t ad_find_bytes(const unsigned char *h, int64_t hn, const unsigned char *nd, int64_t nn, int dir) {
    if (nn == 0) return dir > 0 ? 0 : hn;
    if (nn > hn) return -1;
    return find_bytes(h, hn, nd, nn, dir);
}

int64_t ad_str_find_sub(AdValue s, AdValue sub, int64_t start, int64_t end, int dir) {
    AdStr *p = AD_STR(s), *q = AD_STR(sub);
    int64_t hn = end - start, nn = q->length;
    if (hn < nn || start > p->length) return -1;
    if (nn == 0) return dir > 0 ? start : end;
    if (q->kind > p->kind) return -1;   /* a non-ASCII needle is never in ASCII text */
    int64_t r;
    if (p->kind == 1) {
        r = find_bytes(p->data + start, hn, q->data, nn, dir);
    } else if (q->kind == 4) {
        r = find_ucs4((const uint32_t *)p->data + start, hn, (const uint32_t *)q->data, nn, dir);
    } else if (nn <= 64) {
        uint32_t wide[64];   /* short ASCII needles are widened on the stack: no allocation */
        for (int64_t i = 0; i < nn; i++) wide[i] = q->data[i];
        r = find_ucs4((const uint32_t *)p->data + start, hn, wide, nn, dir);
    } else {
        r = find_ucs4((const uint32_t *)p->data + start, hn, ad_str_to_ucs4(sub), nn, dir);
    }
    return r < 0 ? -1 : r + start;
}

int64_t ad_str_count_sub(AdValue s, AdValue sub, int64_t start, int64_t end, int64_t maxcount) {
    int64_t nn = AD_STR(sub)->length;
    if (end - start < nn || start > AD_STR(s)->length) return 0;
    if (nn == 0) return end - start + 1 < maxcount ? end - start + 1 : maxcount;
    int64_t count = 0;
    while (count < maxcount) {
        int64_t i = ad_str_find_sub(s, sub, start, end, 1);
        if (i < 0) break;
        count++;
        start = i + nn;
    }
    return count;
}

int ad_parse_slice_index(AdValue v, int64_t *out) {
    if (v == 0 || v == AD_NONE) return 0;
    if (ad_is_small(v)) {
        *out = ad_small_val(v);
        return 0;
    }
    if (!ad_is_int(v) && !ad_type(v)->index) {
        ad_err_set(&ad_TypeError,
                   "slice indices must be integers or None or have an __index__ method");
        return -1;
    }
    int64_t i = ad_index_value(v, NULL);
    if (i == -1 && ad_err_occurred()) return -1;
    *out = i;
    return 0;
}

/* ========================================================================================== */
/* MARK: Iteration                                                                             */
/* ========================================================================================== */

typedef struct AdStrIter {
    AdObject ob;
    AdValue s;
    int64_t i;
} AdStrIter;

static AdValue str_iter_self(AdValue it) { return it; }

static AdValue str_iter_next(AdValue it) {
    AdStrIter *p = AD_AS(AdStrIter, it);
    if (!p->s) return AD_STOP;
    if (p->i >= AD_STR(p->s)->length) {
        p->s = 0;
        return AD_STOP;
    }
    return ad_str_from_char(ad_str_char(p->s, p->i++));
}

static AdType ad_str_ascii_iterator_type = {
    .ob = {&ad_type_type},
    .name = "str_ascii_iterator",
    .base = &ad_object_type,
    .instance_size = sizeof(AdStrIter),
    .iter = str_iter_self,
    .next = str_iter_next,
};

static AdType ad_str_iterator_type = {
    .ob = {&ad_type_type},
    .name = "str_iterator",
    .base = &ad_object_type,
    .instance_size = sizeof(AdStrIter),
    .iter = str_iter_self,
    .next = str_iter_next,
};

static AdValue str_iter(AdValue s) {
    AdType *t = AD_STR(s)->kind == 1 ? &ad_str_ascii_iterator_type : &ad_str_iterator_type;
    AdStrIter *it = (AdStrIter *)ad_new_object(t, sizeof(AdStrIter));
    it->s = ad_str_shared(s);
    it->i = 0;
    return AD_VAL(it);
}

static AdValue str_iter_length_hint(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdStrIter *p = AD_AS(AdStrIter, self);
    return ad_small(p->s ? AD_STR(p->s)->length - p->i : 0);
}

static AdValue str_iter_next_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue v = str_iter_next(self);
    if (v == AD_STOP) return ad_err_set_object(ad_exception_new(&ad_StopIteration, NULL, 0));
    return v;
}

static AdValue str_iter_iter_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return self;
}

static const AdMethodDef str_iter_methods[] = {
    {"__next__", str_iter_next_method, 0},
    {"__iter__", str_iter_iter_method, 0},
    {"__length_hint__", str_iter_length_hint, 0},
    {NULL, NULL, 0},
};

/* ========================================================================================== */
/* MARK: str(...)                                                                              */
/* ========================================================================================== */

/** A str instance of a subtype with the text of the exact str s. */
static AdValue str_subtype_new(AdType *type, AdValue s) {
    AdStr *p = AD_STR(s);
    size_t size = sizeof(AdStr) + (p->kind == 1 ? (size_t)p->length + 1 : (size_t)p->length * 4);
    AdStr *r = ad_alloc(size);
    memcpy(r, p, size);
    r->ob.type = type;
    r->interned = 0;
    return AD_VAL(r);
}

static const char *const str_new_kw[] = {"object", "encoding", "errors", NULL};

static AdValue str_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[3] = {0, 0, 0};
    if (kwnames == 0 && nargs <= 1) {
        a[0] = nargs ? args[0] : 0;
    } else if (ad_method_args("str", "str", AD_ARGS_KW, args, nargs, kwnames, 0, 3, str_new_kw, a) < 0) {
        return AD_ERROR;
    }
    AdValue r;
    if (a[1] == 0 && a[2] == 0) {
        r = a[0] ? ad_str(a[0]) : ad_str_empty();
    } else {
        r = ad_str_decode_args(a[0] ? a[0] : ad_bytes_from("", 0), a[1], a[2]);
    }
    if (!r || type == &ad_str_type) return r;
    return str_subtype_new(type, r);
}

/** str(obj, encoding, errors): validate the arguments and decode. */
AdValue ad_str_decode_args(AdValue obj, AdValue encoding, AdValue errors) {
    if (encoding && !ad_is_str(encoding))
        return ad_err_format(&ad_TypeError, "str() argument 'encoding' must be str, not %s",
                             ad_type(encoding)->name);
    if (errors && !ad_is_str(errors))
        return ad_err_format(&ad_TypeError, "str() argument 'errors' must be str, not %s",
                             ad_type(errors)->name);
    if (ad_is_str(obj)) return ad_err_set(&ad_TypeError, "decoding str is not supported");
    if (!ad_is_byteslike(obj))
        return ad_err_format(&ad_TypeError, "decoding to str: need a bytes-like object, %s found",
                             ad_type(obj)->name);
    return ad_decode(ad_blike_data(obj), (size_t)ad_blike_len(obj), encoding ? ad_str_utf8(encoding, NULL) : "utf-8",
                     errors ? ad_str_utf8(errors, NULL) : NULL);
}

/* ========================================================================================== */
/* MARK: The string builder                                                                    */
/* ========================================================================================== */

/*
 * The builder stores bytes while everything appended is ASCII (max_char < 128) — `buf` then
 * points at bytes and len/cap count bytes — and switches to uint32_t code points at the first
 * non-ASCII one. Most built text is ASCII, so it costs a memcpy per piece and one final copy.
 */
static inline int sb_wide(const AdStrBuilder *sb) { return sb->max_char >= 128; }
static inline unsigned char *sb_bytes(const AdStrBuilder *sb) { return (unsigned char *)sb->buf; }

void ad_sb_init(AdStrBuilder *sb) {
    sb->buf = NULL;
    sb->len = sb->cap = 0;
    sb->max_char = 0;
}

void ad_sb_init_stack(AdStrBuilder *sb, void *buf, size_t bytes) {
    sb->buf = buf;
    sb->len = 0;
    sb->cap = bytes;
    sb->max_char = 0;
}

void ad_sb_append_i64(AdStrBuilder *sb, int64_t v) {
    char tmp[24];
    size_t n = ad_format_i64(v, tmp);
    ad_sb_append_ascii(sb, tmp, n);
}

size_t ad_format_i64(int64_t v, char *out) {
    static const char pairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
        "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
        "8081828384858687888990919293949596979899";
    char tmp[24];
    char *p = tmp + sizeof tmp;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    while (u >= 100) {
        unsigned k = (unsigned)(u % 100) * 2;
        u /= 100;
        *--p = pairs[k + 1];
        *--p = pairs[k];
    }
    if (u >= 10) {
        *--p = pairs[u * 2 + 1];
        *--p = pairs[u * 2];
    } else {
        *--p = (char)('0' + u);
    }
    if (v < 0) *--p = '-';
    size_t n = (size_t)(tmp + sizeof tmp - p);
    memcpy(out, p, n);
    return n;
}

void ad_sb_reserve(AdStrBuilder *sb, size_t extra) {
    if (sb->len + extra <= sb->cap) return;
    size_t cap = sb->cap ? sb->cap * 2 : 64;
    while (cap < sb->len + extra) cap *= 2;
    size_t unit = sb_wide(sb) ? 4 : 1;
    void *buf = ad_alloc_atomic(cap * unit);
    if (sb->len) memcpy(buf, sb->buf, sb->len * unit);
    sb->buf = buf;
    sb->cap = cap;
}

/** Switch from bytes to code points, with room for `extra` more. */
static void sb_widen(AdStrBuilder *sb, size_t extra) {
    size_t cap = sb->len + extra > sb->cap ? sb->len + extra : sb->cap;
    if (cap < 16) cap = 16;
    uint32_t *buf = ad_alloc_atomic(cap * 4);
    const unsigned char *old = sb_bytes(sb);
    for (size_t i = 0; i < sb->len; i++) buf[i] = old[i];
    sb->buf = buf;
    sb->cap = cap;
    sb->max_char |= 0x80;
}

void ad_sb_append_char(AdStrBuilder *sb, uint32_t cp) {
    if (cp >= 128 && !sb_wide(sb)) sb_widen(sb, 1);
    if (sb->len == sb->cap) ad_sb_reserve(sb, 1);
    if (sb_wide(sb)) sb->buf[sb->len++] = cp;
    else sb_bytes(sb)[sb->len++] = (unsigned char)cp;
    sb->max_char |= cp;
}

void ad_sb_append_repeat(AdStrBuilder *sb, uint32_t cp, size_t n) {
    if (n == 0) return;
    if (cp >= 128 && !sb_wide(sb)) sb_widen(sb, n);
    ad_sb_reserve(sb, n);
    if (sb_wide(sb)) {
        for (size_t i = 0; i < n; i++) sb->buf[sb->len + i] = cp;
    } else {
        memset(sb_bytes(sb) + sb->len, (int)cp, n);
    }
    sb->len += n;
    sb->max_char |= cp;
}

void ad_sb_append_ascii(AdStrBuilder *sb, const char *s, size_t len) {
    ad_sb_reserve(sb, len);
    if (sb_wide(sb)) {
        uint32_t *d = sb->buf + sb->len;
        for (size_t i = 0; i < len; i++) d[i] = (unsigned char)s[i];
    } else {
        memcpy(sb_bytes(sb) + sb->len, s, len);
    }
    sb->len += len;
}

void ad_sb_append_utf8(AdStrBuilder *sb, const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s;
    if (all_ascii(p, len)) {
        ad_sb_append_ascii(sb, s, len);
        return;
    }
    if (!sb_wide(sb)) sb_widen(sb, len);
    ad_sb_reserve(sb, len);
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        int k = utf8_decode_one(p + i, len - i, &cp);
        if (k == 0) { cp = 0xFFFD; k = 1; }
        sb->buf[sb->len++] = cp;
        sb->max_char |= cp;
        i += (size_t)k;
    }
}

void ad_sb_append_cstr(AdStrBuilder *sb, const char *s) { ad_sb_append_utf8(sb, s, strlen(s)); }

void ad_sb_append_substr(AdStrBuilder *sb, AdValue s, int64_t start, int64_t end) {
    AdStr *p = AD_STR(s);
    if (end <= start) return;
    size_t n = (size_t)(end - start);
    if (p->kind == 1) {
        ad_sb_append_ascii(sb, (const char *)p->data + start, n);
        return;
    }
    const uint32_t *src = (const uint32_t *)p->data + start;
    if (!sb_wide(sb)) {
        if (max_char_ucs4(src, n) < 128) {
            ad_sb_reserve(sb, n);
            for (size_t i = 0; i < n; i++) sb_bytes(sb)[sb->len + i] = (unsigned char)src[i];
            sb->len += n;
            return;
        }
        sb_widen(sb, n);
    }
    ad_sb_reserve(sb, n);
    memcpy(sb->buf + sb->len, src, n * 4);
    sb->len += n;
}

void ad_sb_append_str(AdStrBuilder *sb, AdValue s) { ad_sb_append_substr(sb, s, 0, AD_STR(s)->length); }

AdValue ad_sb_finish(AdStrBuilder *sb) {
    AdValue r = sb_wide(sb) ? ad_str_from_ucs4(sb->buf, sb->len)
                            : ad_str_from_ascii((const char *)sb_bytes(sb), sb->len);
    ad_sb_init(sb);
    return r;
}

/* ---- byte buffers ---- */

void ad_bb_init(AdByteBuf *bb, size_t cap) {
    bb->cap = cap ? cap : 16;
    bb->buf = ad_alloc_atomic(bb->cap + 1);
    bb->len = 0;
}

void ad_bb_reserve(AdByteBuf *bb, size_t extra) {
    if (bb->len + extra <= bb->cap) return;
    size_t cap = bb->cap * 2;
    while (cap < bb->len + extra) cap *= 2;
    unsigned char *buf = ad_alloc_atomic(cap + 1);
    memcpy(buf, bb->buf, bb->len);
    bb->buf = buf;
    bb->cap = cap;
}

void ad_bb_append(AdByteBuf *bb, const void *data, size_t len) {
    ad_bb_reserve(bb, len);
    memcpy(bb->buf + bb->len, data, len);
    bb->len += len;
}

AdValue ad_bb_finish_bytes(AdByteBuf *bb) { return ad_bytes_from(bb->buf, bb->len); }

AdValue ad_bb_finish_str_ascii(AdByteBuf *bb) { return ad_str_from_ascii((const char *)bb->buf, bb->len); }

/* ========================================================================================== */
/* MARK: UTF-8 encoding for str.encode                                                         */
/* ========================================================================================== */

AdValue ad_str_encode_utf8(AdValue s, const char *errors) {
    AdStr *p = AD_STR(s);
    if (p->kind == 1) return ad_bytes_from(p->data, (size_t)p->length);
    const uint32_t *d = (const uint32_t *)p->data;
    AdByteBuf bb;
    ad_bb_init(&bb, (size_t)p->length * 2);
    for (int64_t i = 0; i < p->length; i++) {
        uint32_t cp = d[i];
        if (cp >= 0xD800 && cp < 0xE000 && !(errors && strcmp(errors, "surrogatepass") == 0)) {
            int r = ad_encode_handle_error(&bb, errors, cp);
            if (r == -2) return AD_ERROR;
            if (r == 0) continue;
            int64_t end = i + 1;
            while (end < p->length && d[end] >= 0xD800 && d[end] < 0xE000) end++;
            return ad_unicode_encode_error("utf-8", s, i, end, "surrogates not allowed");
        }
        unsigned char tmp[4];
        size_t n = (size_t)(utf8_put(tmp, cp) - tmp);
        ad_bb_append(&bb, tmp, n);
    }
    return ad_bb_finish_bytes(&bb);
}

/* ========================================================================================== */
/* MARK: The type                                                                              */
/* ========================================================================================== */

static AdValue str_format_slot(AdValue self, AdValue spec) { return ad_format_str(self, spec); }

AdType ad_str_type = {
    .ob = {&ad_type_type},
    .name = "str",
    .base = &ad_object_type,
    .flags = AD_TPFLAG_BASETYPE | AD_TPFLAG_STR_SUBCLASS,
    .instance_size = sizeof(AdStr),
    .repr = ad_str_repr,
    .str = str_str,
    .hash = str_hash_slot,
    .richcompare = str_richcompare,
    .len = str_len_slot,
    .getitem = str_getitem,
    .contains = str_contains,
    .iter = str_iter,
    .construct = str_construct,
    .number = {[AD_OP_ADD] = str_add, [AD_OP_MUL] = str_mul, [AD_OP_MOD] = str_mod},
    .format = str_format_slot,
};

void ad_init_str(void) {
    ad_str_empty();
    for (uint32_t c = 0; c < 256; c++) ad_str_from_char(c);
    ad_type_ready(&ad_str_type, ad_str_methods, NULL);
    ad_type_ready(&ad_str_ascii_iterator_type, str_iter_methods, NULL);
    ad_type_ready(&ad_str_iterator_type, str_iter_methods, NULL);
    ad_init_bytes();
}
