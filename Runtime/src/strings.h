/*
 * strings.h — private interface between the files of the str and bytes implementation
 * (str.c, str_methods.c, format.c, str_mod.c, bytes.c, unicode.c).
 *
 * Invariants (see also the public section "Strings and bytes" of adder.h):
 *  - A str's kind is canonical: kind 1 iff every code point is below 128. Every constructor goes
 *    through ad_str_alloc + a fill + (for kind 4) a check of the maximum, so two equal strs always
 *    have the same kind, the same bytes, and therefore the same hash.
 *  - Kind-1 data is NUL-terminated (length + 1 bytes); kind-4 data is not.
 *  - Strs and bytes are allocated atomic (their only pointer is the type, which is static for the
 *    exact types): the collector never scans their text.
 *  - The empty str and the strs of one code point below 256 are shared singletons.
 *  - Strs are immutable, with one exception: a str marked AD_STR_EXTENDABLE (made by
 *    ad_str_concat_unique, which engines call only on unaliased values) may be grown in place.
 *    Whatever hands such a str out a second time (an operation returning its operand, an
 *    iterator) clears the mark first with ad_str_shared.
 */
#ifndef ADDER_STRINGS_H
#define ADDER_STRINGS_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1   /* memmem, memrchr */
#endif
#include "adder.h"
#include <string.h>

#define AD_STR(v) AD_AS(AdStr, v)
#define AD_BYTES(v) AD_AS(AdBytes, v)

static inline const uint8_t *ad_str_d1(AdValue s) { return AD_STR(s)->data; }
static inline const uint32_t *ad_str_d4(AdValue s) { return (const uint32_t *)AD_STR(s)->data; }
static inline int ad_str_kind(AdValue s) { return AD_STR(s)->kind; }
/** 1 if v is exactly a str (not a subclass): the fast check before ad_is_str. */
static inline int ad_is_exact_str(AdValue v) { return !ad_is_small(v) && AD_OBJ(v)->type == &ad_str_type; }
static inline int ad_is_bytes(AdValue v) {
    return !ad_is_small(v) && ad_isinstance_type(v, &ad_bytes_type);
}

/** interned == 2: a str being grown in place by ad_str_concat_unique (see str.c). */
#define AD_STR_EXTENDABLE 2

/**
 * Mark that a str is about to get a second reference from the runtime itself (an operation that
 * returns its operand unchanged, an iterator over it): it must not be extended in place anymore.
 */
static inline AdValue ad_str_shared(AdValue s) {
    if (AD_STR(s)->interned == AD_STR_EXTENDABLE) AD_STR(s)->interned = 0;
    return s;
}

/* ---- str.c: creation ---------------------------------------------------------------------- */

/** Atomic memory for text; NULL (no exception set) when a huge request cannot be met. */
void *ad_alloc_text(size_t size);
/** A new exact str of `len` code points of `kind`, data uninitialized (kind 1: NUL set).
 *  NULL with MemoryError set when it cannot be allocated. */
AdStr *ad_str_alloc(int kind, int64_t len);
/** From bytes known to be ASCII. */
AdValue ad_str_from_ascii(const char *s, size_t len);
/** From code points that may all be ASCII (picks the canonical kind). */
AdValue ad_str_from_ucs4(const uint32_t *cps, size_t len);
/** From Latin-1 bytes (each byte one code point). */
AdValue ad_str_from_latin1(const unsigned char *s, size_t len);
/** The str of one code point (shared for code points below 256). */
AdValue ad_str_from_char(uint32_t cp);
/** The empty str. */
AdValue ad_str_empty(void);
/** s[start:end] with 0 <= start <= end <= len (no checks). */
AdValue ad_str_substr(AdValue s, int64_t start, int64_t end);
/** Give a kind-4 str whose code points might all be ASCII its canonical form. */
AdValue ad_str_canonical(AdStr *s);
/** The largest code point of a str (0 for empty). */
uint32_t ad_str_max_char(AdValue s);
/** hash(s), never -1, cached in the object. */
int64_t ad_str_hash(AdValue s);
/** Three-way code point order comparison. */
int ad_str_cmp(AdValue a, AdValue b);
/** The code points of s copied into a new (collected) array; for mixed-kind algorithms. */
uint32_t *ad_str_to_ucs4(AdValue s);
/** An exact str with the same text as `s` (s itself when it already is one). */
AdValue ad_str_exact(AdValue s);
/** s * n, n >= 0. */
AdValue ad_str_repeat(AdValue s, int64_t n);
/** Find `sub` in s[start:end] (already clamped): index or -1. `dir` > 0 forward, < 0 backward. */
int64_t ad_str_find_sub(AdValue s, AdValue sub, int64_t start, int64_t end, int dir);
/** Non-overlapping occurrences of sub in s[start:end], at most maxcount. */
int64_t ad_str_count_sub(AdValue s, AdValue sub, int64_t start, int64_t end, int64_t maxcount);
/** Clamp start/end arguments as slice indices (CPython's ADJUST_INDICES). */
void ad_adjust_indices(int64_t *start, int64_t *end, int64_t len);
/** Parse an optional start/end argument (None or an index). Returns 0 or -1. */
int ad_parse_slice_index(AdValue v, int64_t *out);
/** str.encode('utf-8', errors). */
AdValue ad_str_encode_utf8(AdValue s, const char *errors);
/** str(obj, encoding, errors) after the arguments are parsed (encoding/errors may be 0). */
AdValue ad_str_decode_args(AdValue obj, AdValue encoding, AdValue errors);
/** A fast 64-bit hash of raw bytes (strs and bytes). */
uint64_t ad_hash_bytes(const void *data, size_t n);
/** memmem/memrchr-style search of bytes; `dir` > 0 forward. Index or -1. */
int64_t ad_find_bytes(const unsigned char *h, int64_t hn, const unsigned char *nd, int64_t nn, int dir);
/** Raise UnicodeEncodeError for s[start:end] ("'ascii' codec can't encode character ..."). */
AdValue ad_unicode_encode_error(const char *encoding, AdValue s, int64_t start, int64_t end,
                                const char *reason);
/** Raise UnicodeDecodeError for data[start:end]. */
AdValue ad_unicode_decode_error(const char *encoding, const unsigned char *data, int64_t start,
                                int64_t end, const char *reason);

/* ---- str.c: the string builder ------------------------------------------------------------ */

/** Start a builder on caller-provided memory (stack; 4-byte aligned); it moves to the heap when
 *  it outgrows it. The result of ad_sb_finish never points into that memory. */
void ad_sb_init_stack(AdStrBuilder *sb, void *buf, size_t bytes);
/** Append the decimal text of v. */
void ad_sb_append_i64(AdStrBuilder *sb, int64_t v);
/** Decimal text of v into out (at least 21 bytes, not NUL-terminated); returns its length. */
size_t ad_format_i64(int64_t v, char *out);
/** Make room for `extra` more code points. */
void ad_sb_reserve(AdStrBuilder *sb, size_t extra);
/** Append `n` copies of a code point. */
void ad_sb_append_repeat(AdStrBuilder *sb, uint32_t cp, size_t n);
/** Append ASCII bytes (a fast path of append_utf8). */
void ad_sb_append_ascii(AdStrBuilder *sb, const char *s, size_t len);
/** Append s[start:end]. */
void ad_sb_append_substr(AdStrBuilder *sb, AdValue s, int64_t start, int64_t end);

/** A growable byte buffer (bytes building, UTF-8 encoding). */
typedef struct AdByteBuf {
    unsigned char *buf;
    size_t len, cap;
} AdByteBuf;
void ad_bb_init(AdByteBuf *bb, size_t cap);
void ad_bb_reserve(AdByteBuf *bb, size_t extra);
void ad_bb_append(AdByteBuf *bb, const void *data, size_t len);
static inline void ad_bb_append_byte(AdByteBuf *bb, unsigned char c) {
    if (bb->len == bb->cap) ad_bb_reserve(bb, 1);
    bb->buf[bb->len++] = c;
}
AdValue ad_bb_finish_bytes(AdByteBuf *bb);
AdValue ad_bb_finish_str_ascii(AdByteBuf *bb);

/* ---- unicode.c: character properties and case mapping (exactly CPython 3.11's, Unicode 14) -- */

int ad_uni_isspace(uint32_t cp);
int ad_uni_isalpha(uint32_t cp);
int ad_uni_isdecimal(uint32_t cp);
int ad_uni_isdigit(uint32_t cp);
int ad_uni_isnumeric(uint32_t cp);
int ad_uni_isalnum(uint32_t cp);
int ad_uni_isprintable(uint32_t cp);
int ad_uni_islower(uint32_t cp);
int ad_uni_isupper(uint32_t cp);
int ad_uni_istitle(uint32_t cp);
int ad_uni_iscased(uint32_t cp);
int ad_uni_iscaseignorable(uint32_t cp);
int ad_uni_islinebreak(uint32_t cp);
int ad_uni_isxidstart(uint32_t cp);
int ad_uni_isxidcontinue(uint32_t cp);
/** The decimal digit value of cp (0..9), or -1. */
int ad_uni_decimal(uint32_t cp);
/** Full case mappings: write up to 3 code points to out, return how many. */
int ad_uni_lower_full(uint32_t cp, uint32_t *out);
int ad_uni_upper_full(uint32_t cp, uint32_t *out);
int ad_uni_title_full(uint32_t cp, uint32_t *out);
int ad_uni_fold_full(uint32_t cp, uint32_t *out);

/* ---- str_methods.c ------------------------------------------------------------------------ */

extern const AdMethodDef ad_str_methods[];
/** sep.join(iterable). */
AdValue ad_str_join(AdValue sep, AdValue iterable);
AdValue ad_str_lower(AdValue s);
AdValue ad_str_upper(AdValue s);
int ad_str_isidentifier(AdValue s);

/** The argument-parsing styles of CPython's str and bytes methods, each with its own messages. */
enum {
    AD_ARGS_NONE,      /* "str.upper() takes no arguments (1 given)" */
    AD_ARGS_ONE,       /* "str.join() takes exactly one argument (0 given)" */
    AD_ARGS_POS,       /* "center expected at most 2 arguments, got 3" */
    AD_ARGS_OLD,       /* "find() takes at least 1 argument (0 given)" */
    AD_ARGS_KW,        /* "split() takes at most 2 arguments (3 given)", keywords from kwlist */
    AD_ARGS_WRAPPER,   /* "expected 1 argument, got 0" (slot wrappers such as __len__) */
};
/** Check and unpack method arguments into out[0..max-1] (0 where not given). 0 or -1. */
int ad_method_args(const char *tname, const char *name, int style, const AdValue *args, size_t nargs,
                   AdValue kwnames, int min, int max, const char *const *kwlist, AdValue *out);

/* ---- format.c ----------------------------------------------------------------------------- */

/** str.format(*args, **kwargs) in the method calling convention. */
AdValue ad_str_format_call(AdValue fmt, const AdValue *args, size_t nargs, AdValue kwnames);
/** str.format_map(mapping). */
AdValue ad_str_format_map(AdValue fmt, AdValue mapping);
/** CPython's PyOS_double_to_string for codes e E f F g G r (flags: 1 '#', 2 add ".0" to integral
 *  values, 4 'z'): NUL-terminated ASCII text in *out (buf when it fits in cap bytes, else a new
 *  block); returns its length. */
int ad_float_to_text(double d, int code, int precision, int flags, char *buf, size_t cap, char **out);

/* ---- bytes.c ------------------------------------------------------------------------------ */

void ad_init_bytes(void);
/** Decode bytes as `encoding` with `errors` (NULL: strict). */
AdValue ad_decode(const unsigned char *data, size_t len, const char *encoding, const char *errors);
/** Encode a str. */
AdValue ad_encode(AdValue s, const char *encoding, const char *errors);
/** Apply the `errors` handler of an encoder to the unencodable code point cp: 0 when the
 *  handler appended its replacement, -1 when it is strict (the caller raises), -2 with
 *  LookupError set for an unknown handler name. */
int ad_encode_handle_error(AdByteBuf *bb, const char *errors, uint32_t cp);
/** `fmt % args` for bytes. */
AdValue ad_bytes_mod(AdValue fmt, AdValue args);
/** repr of bytes ("b'...'") or of a bytearray ("bytearray(b'...')", with its class's name). */
AdValue ad_bytes_repr(AdValue b);
/** The methods bytes and bytearray share (bytes.c); results have self's kind: a bytearray's
 *  methods make new bytearrays. */
extern const AdMethodDef ad_bytes_shared_methods[];
/** The slots bytes and bytearray share: comparison of any two bytes-like objects, `in` (an int
 *  byte or a bytes-like object), iteration, `+`, `*` and `%` (results of the left operand's kind). */
AdValue ad_bytes_richcompare(AdValue a, AdValue b, int op);
int ad_bytes_contains(AdValue b, AdValue item);
AdValue ad_bytes_iter(AdValue b);
AdValue ad_bytes_concat(AdValue a, AdValue b);
AdValue ad_bytes_mul(AdValue a, AdValue b);
AdValue ad_bytes_mod_slot(AdValue a, AdValue b);
/** An int argument that must be a byte: its value, or -1 with "byte must be in range(0, 256)"
 *  (or the TypeError of a non-integer). */
int ad_byte_arg(AdValue v);

/* ---- bytearray.c -------------------------------------------------------------------------- */

/**
 * A bytearray. `data` holds capacity + 1 bytes of atomic collector memory with data[length] == 0
 * (a shared static empty buffer while capacity is 0). Growth replaces the buffer and never frees
 * the old one, so a data pointer read before a call out to Python code stays readable (if stale).
 */
typedef struct AdByteArray {
    AdObject ob;
    int64_t length;
    int64_t capacity;
    unsigned char *data;
} AdByteArray;
#define AD_BYTEARRAY(v) AD_AS(AdByteArray, v)

static inline int ad_is_bytearray(AdValue v) {
    return !ad_is_small(v) && ad_isinstance_type(v, &ad_bytearray_type);
}
/** bytes, bytearray or a subclass: what the bytes methods accept as a buffer. */
static inline int ad_is_byteslike(AdValue v) { return ad_is_bytes(v) || ad_is_bytearray(v); }
/** The data and length of a value known to be bytes-like. */
static inline const unsigned char *ad_blike_data(AdValue v) {
    return (AD_OBJ(v)->type->flags & AD_TPFLAG_BYTES_SUBCLASS) ? AD_BYTES(v)->data : AD_BYTEARRAY(v)->data;
}
static inline int64_t ad_blike_len(AdValue v) {
    return (AD_OBJ(v)->type->flags & AD_TPFLAG_BYTES_SUBCLASS) ? AD_BYTES(v)->length : AD_BYTEARRAY(v)->length;
}
/** A new exact bytearray holding a copy of data[0..len). */
AdValue ad_bytearray_from(const void *data, size_t len);
/** A new exact bytearray of `len` bytes, uninitialized, its data in *out. */
AdValue ad_bytearray_alloc(int64_t len, unsigned char **out);
/** A new exact bytearray that takes over a byte buffer's memory (bb must not be used after). */
AdValue ad_bytearray_from_buf(AdByteBuf *bb);
void ad_init_bytearray(void);

#endif /* ADDER_STRINGS_H */
