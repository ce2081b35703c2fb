/*
 * bytearray.c — the mutable byte sequence: storage, construction, indexing, item and slice
 * assignment and deletion, the mutating methods and the in-place operators.
 *
 * Everything bytearray shares with bytes lives in bytes.c and works on either kind: the
 * non-mutating methods (find, split, strip, decode, hex, ...; ad_bytes_shared_methods build their
 * results with self's kind, so bytearray's return new bytearrays), comparison, `in`, iteration,
 * repr and the `+ * %` operators.
 *
 * Invariants (the layout is AdByteArray in strings.h):
 *  - data[length] == 0 and length <= capacity. With capacity 0, data is a static empty buffer
 *    that is never written except for that NUL; otherwise it is atomic collector memory of
 *    capacity + 1 bytes.
 *  - Every change of capacity installs a new buffer and leaves the old one to the collector, never
 *    freeing it: code that read `data` and then called out to Python (an __index__, an iterator of
 *    an argument) may read stale bytes but never freed memory. Such code re-reads length and data
 *    after the call, as list.c does.
 *  - Growth over-allocates as CPython's bytearray does (an eighth plus a few bytes), so a loop of
 *    appends is amortized linear; a buffer shrinks when it becomes less than half used.
 *  - Slice assignment takes its source as CPython's does: a bytes-like object directly (copied
 *    first when it is the target itself), anything else through bytearray(source) — but numbers
 *    and strs are refused ("can assign only bytes, buffers, or iterables of ints in range(0, 256)").
 */
#include "strings.h"

/* ========================================================================================== */
/* MARK: Storage                                                                               */
/* ========================================================================================== */

static unsigned char empty_buffer[1];

#define BA_MAX ((int64_t)1 << 46)   /* beyond this a request is a MemoryError, as ad_alloc_text's */

static inline AdByteArray *as_ba(AdValue v) { return AD_BYTEARRAY(v); }

static int memory_error(void) {
    ad_err_set_object(ad_exception_new(&ad_MemoryError, NULL, 0));
    return -1;
}

/** Install a buffer of exactly `cap` usable bytes, keeping the first min(length, cap) bytes.
 *  The length is not changed: the caller sets it. */
static int ba_set_capacity(AdByteArray *b, int64_t cap) {
    if (cap < 0 || cap > BA_MAX) return memory_error();
    unsigned char *d = empty_buffer;
    if (cap) {
        d = ad_alloc_text((size_t)cap + 1);
        if (!d) return memory_error();
        int64_t keep = b->length < cap ? b->length : cap;
        memcpy(d, b->data, (size_t)keep);
    }
    b->data = d;
    b->capacity = cap;
    return 0;
}

/** Set the length to n; bytes past the old length are uninitialized. */
static int ba_resize(AdByteArray *b, int64_t n) {
    /* CPython's PyByteArray_Resize, in its terms: alloc counts the NUL (0 with no buffer). A
     * moderate growth over-allocates by an eighth, a big one gets exact room; a buffer less than
     * half used shrinks to exact size. */
    int64_t alloc = b->capacity ? b->capacity + 1 : 0;
    if (n + 1 <= alloc) {
        if (n < alloc / 2) {
            if (b->length > n) b->length = n;
            if (ba_set_capacity(b, n) < 0) return -1;
        }
    } else {
        int64_t cap = n <= alloc + (alloc >> 3) ? n + (n >> 3) + (n < 9 ? 3 : 6) - 1 : n;
        if (ba_set_capacity(b, cap) < 0) return -1;
    }
    b->length = n;
    b->data[n] = 0;
    return 0;
}

/** Append n bytes (which may lie inside the bytearray's own buffer). */
static int ba_append_bytes(AdByteArray *b, const unsigned char *src, int64_t n) {
    if (n == 0) return 0;
    int64_t old = b->length;
    if (src >= b->data && src < b->data + b->length) {   /* b.extend(b): the buffer may move */
        int64_t offset = src - b->data;
        if (ba_resize(b, old + n) < 0) return -1;
        memmove(b->data + old, b->data + offset, (size_t)n);
        return 0;
    }
    if (ba_resize(b, old + n) < 0) return -1;
    memcpy(b->data + old, src, (size_t)n);
    return 0;
}

static AdByteArray *ba_new(AdType *type) {
    size_t size = type->instance_size > sizeof(AdByteArray) ? type->instance_size : sizeof(AdByteArray);
    AdByteArray *b = (AdByteArray *)ad_new_object(type, size);
    if (!b) return NULL;
    b->length = b->capacity = 0;
    b->data = empty_buffer;
    return b;
}

AdValue ad_bytearray_alloc(int64_t len, unsigned char **out) {
    AdByteArray *b = ba_new(&ad_bytearray_type);
    if (!b) return AD_ERROR;
    if (len > 0 && (ba_set_capacity(b, len) < 0 || ba_resize(b, len) < 0)) return AD_ERROR;
    *out = b->data;
    return AD_VAL(b);
}

AdValue ad_bytearray_from(const void *data, size_t len) {
    unsigned char *out;
    AdValue r = ad_bytearray_alloc((int64_t)len, &out);
    if (r && len) memcpy(out, data, len);
    return r;
}

AdValue ad_bytearray_from_buf(AdByteBuf *bb) {
    AdByteArray *b = ba_new(&ad_bytearray_type);
    if (!b) return AD_ERROR;
    if (bb->len) {   /* the buffer has cap + 1 bytes: room for the NUL */
        b->data = bb->buf;
        b->capacity = (int64_t)bb->cap;
        b->length = (int64_t)bb->len;
        b->data[b->length] = 0;
    }
    bb->buf = NULL;
    bb->len = bb->cap = 0;
    return AD_VAL(b);
}

/* ========================================================================================== */
/* MARK: Construction: bytearray(source, encoding, errors)                                     */
/* ========================================================================================== */

/** Append the ints of an iterable (each a byte) to a buffer; errors name bytearray. */
static int bytes_of_iterable(AdValue src, AdByteBuf *bb, const char *not_iterable_fmt) {
    AdValue it = ad_iter(src);
    if (!it) {
        if (ad_err_matches(&ad_TypeError)) {
            ad_err_clear();
            ad_err_format(&ad_TypeError, not_iterable_fmt, ad_type(src)->name);
        }
        return -1;
    }
    for (;;) {
        AdValue v = ad_next(it);
        if (v == AD_STOP) return 0;
        if (!v) return -1;
        int c = ad_byte_arg(v);
        if (c < 0) return -1;
        ad_bb_append_byte(bb, (unsigned char)c);
    }
}

/** The bytes of a source that is an int (a count of zeros), a bytes-like object or an iterable
 *  of ints, appended to an empty bytearray. */
static int ba_fill(AdByteArray *b, AdValue src) {
    if (ad_is_str(src)) {
        ad_err_set(&ad_TypeError, "string argument without an encoding");
        return -1;
    }
    if (ad_is_int(src) || ad_type(src)->index) {
        int64_t n = ad_is_small(src) ? ad_small_val(src) : ad_index_value(src, &ad_OverflowError);
        if (n == -1 && ad_err_occurred()) return -1;
        if (n < 0) {
            ad_err_set(&ad_ValueError, "negative count");
            return -1;
        }
        if (ba_resize(b, n) < 0) return -1;
        memset(b->data, 0, (size_t)n);
        return 0;
    }
    const unsigned char *data;
    int64_t len;
    if (ad_bytes_like(src, &data, &len)) return ba_append_bytes(b, data, len);
    AdByteBuf bb;
    ad_bb_init(&bb, 16);
    if (bytes_of_iterable(src, &bb, "cannot convert '%s' object to bytearray") < 0) return -1;
    return ba_append_bytes(b, bb.buf, (int64_t)bb.len);
}

static const char *const init_kw[] = {"source", "encoding", "errors", NULL};

/** bytearray.__init__: empty the bytearray, then fill it from the arguments. */
static int ba_init_args(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[3];
    if (ad_method_args("bytearray", "bytearray", AD_ARGS_KW, args, nargs, kwnames, 0, 3, init_kw, a) < 0) return -1;
    static const char *const names[] = {"encoding", "errors"};
    for (int i = 1; i < 3; i++) {
        if (a[i] && !ad_is_str(a[i])) {
            ad_err_format(&ad_TypeError, "bytearray() argument '%s' must be str, not %s", names[i - 1],
                          ad_type(a[i])->name);
            return -1;
        }
    }
    AdByteArray *b = as_ba(self);
    if (ba_resize(b, 0) < 0) return -1;
    if (a[1] || a[2]) {
        if (!a[0] || !ad_is_str(a[0])) {
            ad_err_set(&ad_TypeError, a[1] ? "encoding without a string argument" : "errors without a string argument");
            return -1;
        }
        AdValue encoded = ad_encode(a[0], a[1] ? ad_str_utf8(a[1], NULL) : "utf-8",
                                    a[2] ? ad_str_utf8(a[2], NULL) : NULL);
        if (!encoded) return -1;
        return ba_append_bytes(b, AD_BYTES(encoded)->data, AD_BYTES(encoded)->length);
    }
    return a[0] ? ba_fill(b, a[0]) : 0;
}

/* Calling bytearray makes and fills one; a subclass gets an empty instance here and is filled by
 * its __init__ (bytearray.__init__ unless overridden), as in CPython. */
static AdValue ba_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdByteArray *b = ba_new(type);
    if (!b) return AD_ERROR;
    if (type == &ad_bytearray_type && ba_init_args(AD_VAL(b), args, nargs, kwnames) < 0) return AD_ERROR;
    return AD_VAL(b);
}

/* ========================================================================================== */
/* MARK: Indexing, slicing, assignment                                                         */
/* ========================================================================================== */

static int64_t ba_len(AdValue self) { return as_ba(self)->length; }

/** The int value of a subscript that is not a slice: 0, or -1 with CPython's TypeError. */
static int index_key(AdValue key, int64_t *i) {
    if (ad_is_small(key)) {
        *i = ad_small_val(key);
        return 0;
    }
    if (!ad_is_int(key) && !ad_type(key)->index) {
        ad_err_format(&ad_TypeError, "bytearray indices must be integers or slices, not %s", ad_type(key)->name);
        return -1;
    }
    *i = ad_index_value(key, &ad_IndexError);
    return *i == -1 && ad_err_occurred() ? -1 : 0;
}

/** A position of the bytearray from an index (negative from the end), or -1 with IndexError. */
static int64_t checked_position(AdByteArray *b, int64_t i) {
    if (i < 0) i += b->length;
    if (i < 0 || i >= b->length) {
        ad_err_set(&ad_IndexError, "bytearray index out of range");
        return -1;
    }
    return i;
}

static AdValue ba_getitem(AdValue self, AdValue key) {
    AdByteArray *b = as_ba(self);
    if (ad_type(key) == &ad_slice_type) {
        int64_t start, stop, step;
        int64_t n = ad_slice_indices(key, b->length, &start, &stop, &step);
        if (n < 0) return AD_ERROR;
        if (step == 1) return ad_bytearray_from(b->data + start, (size_t)n);
        unsigned char *out;
        AdValue r = ad_bytearray_alloc(n, &out);
        if (!r) return AD_ERROR;
        for (int64_t k = 0, j = start; k < n; k++, j += step) out[k] = b->data[j];
        return r;
    }
    int64_t i;
    if (index_key(key, &i) < 0 || (i = checked_position(b, i)) < 0) return AD_ERROR;
    return ad_small(b->data[i]);
}

/** b[lo:hi] = src[0..n) for a contiguous range (lo <= hi, both within the bytearray). */
static int replace_range(AdByteArray *b, int64_t lo, int64_t hi, const unsigned char *src, int64_t n) {
    int64_t old = b->length, tail = old - hi, delta = n - (hi - lo);
    if (delta > 0) {
        if (ba_resize(b, old + delta) < 0) return -1;
        memmove(b->data + hi + delta, b->data + hi, (size_t)tail);
    } else if (delta < 0) {
        memmove(b->data + hi + delta, b->data + hi, (size_t)tail);
        if (ba_resize(b, old + delta) < 0) return -1;
    }
    if (n) memcpy(b->data + lo, src, (size_t)n);
    return 0;
}

/** del b[start::step] for count items (step != 1). */
static int delete_extended(AdByteArray *b, int64_t start, int64_t step, int64_t count) {
    if (count <= 0) return 0;
    if (step < 0) {   /* the same positions, walked upwards */
        start += step * (count - 1);
        step = -step;
    }
    int64_t out = start, k = 0;
    for (int64_t in = start; in < b->length; in++) {
        if (k < count && in == start + k * step) {
            k++;
            continue;
        }
        b->data[out++] = b->data[in];
    }
    return ba_resize(b, out);
}

/** 1 if v is a number in CPython's PyNumber_Check sense (refused as a slice's source). */
static int is_number(AdValue v) {
    AdType *t = ad_type(v);
    return ad_is_int(v) || t->index || t->to_int || t->to_float || ad_isinstance_type(v, &ad_float_type) ||
           ad_isinstance_type(v, &ad_complex_type);
}

/** The bytes to store by a slice assignment: a bytes-like value's own data (a copy when it is
 *  the target), else the contents of bytearray(value). */
static int slice_source(AdValue self, AdValue v, const unsigned char **data, int64_t *n) {
    if (ad_is_bytearray(v) && v != self) {
        *data = as_ba(v)->data;
        *n = as_ba(v)->length;
        return 0;
    }
    if (is_number(v) || ad_is_str(v)) {
        ad_err_set(&ad_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
    }
    if (v == self) {
        AdValue copy = ad_bytearray_from(as_ba(v)->data, (size_t)as_ba(v)->length);
        if (!copy) return -1;
        v = copy;
    } else if (!ad_is_byteslike(v)) {
        AdByteArray *tmp = ba_new(&ad_bytearray_type);
        if (!tmp || ba_fill(tmp, v) < 0) return -1;
        v = AD_VAL(tmp);
    }
    ad_bytes_like(v, data, n);
    return 0;
}

static int assign_slice(AdValue self, AdValue slice, AdValue value) {
    AdByteArray *b = as_ba(self);
    int64_t start, stop, step;
    int64_t count = ad_slice_indices(slice, b->length, &start, &stop, &step);
    if (count < 0) return -1;
    const unsigned char *src = NULL;
    int64_t n = 0;
    if (value && slice_source(self, value, &src, &n) < 0) return -1;
    /* Converting the source may have run Python code that changed the bytearray: resolve again. */
    count = ad_slice_indices(slice, b->length, &start, &stop, &step);
    if (count < 0) return -1;
    if (step == 1) {
        if (stop < start) stop = start;   /* b[5:2] = x inserts at 5 */
        return replace_range(b, start, stop, src, n);
    }
    if (n == 0) return delete_extended(b, start, step, count);   /* CPython: b[::2] = b'' deletes */
    if (n != count) {
        ad_err_format(&ad_ValueError, "attempt to assign bytes of size %lld to extended slice of size %lld",
                      (long long)n, (long long)count);
        return -1;
    }
    for (int64_t k = 0, j = start; k < count; k++, j += step) b->data[j] = src[k];
    return 0;
}

/* b[key] = value; value 0: del b[key]. */
static int ba_setitem(AdValue self, AdValue key, AdValue value) {
    if (ad_type(key) == &ad_slice_type) return assign_slice(self, key, value);
    AdByteArray *b = as_ba(self);
    int64_t i;
    if (index_key(key, &i) < 0) return -1;
    /* The value first, then the bounds (its __index__ may change the bytearray), as CPython. */
    int c = value ? ad_byte_arg(value) : 0;
    if (c < 0 || (i = checked_position(b, i)) < 0) return -1;
    if (!value) return replace_range(b, i, i + 1, NULL, 0);
    b->data[i] = (unsigned char)c;
    return 0;
}

/* ========================================================================================== */
/* MARK: In-place operators                                                                    */
/* ========================================================================================== */

static AdValue ba_iadd(AdValue self, AdValue other) {
    const unsigned char *data;
    int64_t n;
    if (!ad_bytes_like(other, &data, &n)) {
        /* The other operand's own + (its __radd__) comes first, as in CPython's binary_iop. */
        AdBinaryFn fn = ad_type(other)->number[AD_OP_ADD];
        if (fn && fn != ad_bytes_concat) {
            AdValue r = fn(self, other);
            if (r != AD_NOTIMPL) return r;
        }
        return ad_err_format(&ad_TypeError, "can't concat %s to %s", ad_type(other)->name, ad_type(self)->name);
    }
    /* CPython holds a buffer export of the operand while it resizes: `b += b` fails. */
    if (other == self) return ad_err_set(&ad_BufferError, "Existing exports of data: object cannot be re-sized");
    return ba_append_bytes(as_ba(self), data, n) < 0 ? AD_ERROR : self;
}

static AdValue ba_imul(AdValue self, AdValue other) {
    if (!ad_is_int(other) && !ad_type(other)->index) return ad_bytes_mul(self, other);   /* its errors */
    int64_t count = ad_is_small(other) ? ad_small_val(other) : ad_index_value(other, &ad_OverflowError);
    if (count == -1 && ad_err_occurred()) return AD_ERROR;
    AdByteArray *b = as_ba(self);
    int64_t len = b->length;
    if (count <= 0 || len == 0) return ba_resize(b, 0) < 0 ? AD_ERROR : self;
    if (len > BA_MAX / count) return memory_error(), AD_ERROR;
    if (ba_resize(b, len * count) < 0) return AD_ERROR;
    for (int64_t k = 1; k < count; k++) memcpy(b->data + k * len, b->data, (size_t)len);
    return self;
}

/* ========================================================================================== */
/* MARK: Methods                                                                               */
/* ========================================================================================== */

#define BA_ARGS(name, style, min, max, out) \
    ad_method_args("bytearray", name, style, args, nargs, kwnames, min, max, NULL, out)
#define METHOD(fname) static AdValue fname(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames)

METHOD(ba_append) {
    if (BA_ARGS("append", AD_ARGS_ONE, 1, 1, NULL) < 0) return AD_ERROR;
    int c = ad_byte_arg(args[0]);
    if (c < 0) return AD_ERROR;
    AdByteArray *b = as_ba(self);
    if (ba_resize(b, b->length + 1) < 0) return AD_ERROR;
    b->data[b->length - 1] = (unsigned char)c;
    return AD_NONE;
}

METHOD(ba_extend) {
    if (BA_ARGS("extend", AD_ARGS_ONE, 1, 1, NULL) < 0) return AD_ERROR;
    const unsigned char *data;
    int64_t n;
    if (ad_bytes_like(args[0], &data, &n)) return ba_append_bytes(as_ba(self), data, n) < 0 ? AD_ERROR : AD_NONE;
    /* Collect first: on an error the bytearray is unchanged. */
    AdByteBuf bb;
    ad_bb_init(&bb, 16);
    if (bytes_of_iterable(args[0], &bb, "can't extend bytearray with %s") < 0) return AD_ERROR;
    return ba_append_bytes(as_ba(self), bb.buf, (int64_t)bb.len) < 0 ? AD_ERROR : AD_NONE;
}

METHOD(ba_insert) {
    AdValue a[2];
    int64_t i;
    if (BA_ARGS("insert", AD_ARGS_POS, 2, 2, a) < 0 || ad_ssize_arg(a[0], &i) < 0) return AD_ERROR;
    int c = ad_byte_arg(a[1]);
    if (c < 0) return AD_ERROR;
    AdByteArray *b = as_ba(self);
    if (i < 0 && (i += b->length) < 0) i = 0;
    if (i > b->length) i = b->length;
    unsigned char byte = (unsigned char)c;
    return replace_range(b, i, i, &byte, 1) < 0 ? AD_ERROR : AD_NONE;
}

METHOD(ba_pop) {
    AdValue a[1];
    int64_t i = -1;
    if (BA_ARGS("pop", AD_ARGS_POS, 0, 1, a) < 0 || (a[0] && ad_ssize_arg(a[0], &i) < 0)) return AD_ERROR;
    AdByteArray *b = as_ba(self);
    if (b->length == 0) return ad_err_set(&ad_IndexError, "pop from empty bytearray");
    if (i < 0) i += b->length;
    if (i < 0 || i >= b->length) return ad_err_set(&ad_IndexError, "pop index out of range");
    unsigned char c = b->data[i];
    return replace_range(b, i, i + 1, NULL, 0) < 0 ? AD_ERROR : ad_small(c);
}

METHOD(ba_remove) {
    if (BA_ARGS("remove", AD_ARGS_ONE, 1, 1, NULL) < 0) return AD_ERROR;
    int c = ad_byte_arg(args[0]);
    if (c < 0) return AD_ERROR;
    AdByteArray *b = as_ba(self);
    const unsigned char *at = memchr(b->data, c, (size_t)b->length);
    if (!at) return ad_err_set(&ad_ValueError, "value not found in bytearray");
    int64_t i = at - b->data;
    return replace_range(b, i, i + 1, NULL, 0) < 0 ? AD_ERROR : AD_NONE;
}

METHOD(ba_clear) {
    if (BA_ARGS("clear", AD_ARGS_NONE, 0, 0, NULL) < 0) return AD_ERROR;
    AdByteArray *b = as_ba(self);
    b->length = 0;
    return ba_set_capacity(b, 0) < 0 ? AD_ERROR : AD_NONE;
}

METHOD(ba_copy) {
    if (BA_ARGS("copy", AD_ARGS_NONE, 0, 0, NULL) < 0) return AD_ERROR;
    return ad_bytearray_from(as_ba(self)->data, (size_t)as_ba(self)->length);
}

METHOD(ba_reverse) {
    if (BA_ARGS("reverse", AD_ARGS_NONE, 0, 0, NULL) < 0) return AD_ERROR;
    AdByteArray *b = as_ba(self);
    for (int64_t i = 0, j = b->length - 1; i < j; i++, j--) {
        unsigned char t = b->data[i];
        b->data[i] = b->data[j];
        b->data[j] = t;
    }
    return AD_NONE;
}

METHOD(ba_init_method) {
    return ba_init_args(self, args, nargs, kwnames) < 0 ? AD_ERROR : AD_NONE;
}

/* bytearray.__new__(cls, *args, **kwargs): an empty instance; __init__ fills it. */
static AdValue ba_new_method(AdValue unused, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (nargs < 1) return ad_err_set(&ad_TypeError, "bytearray.__new__(): not enough arguments");
    AdValue cls = args[0];
    if (ad_is_small(cls) || !ad_isinstance_type(cls, &ad_type_type))
        return ad_err_format(&ad_TypeError, "bytearray.__new__(X): X is not a type object (%s)", ad_type(cls)->name);
    AdType *t = AD_AS(AdType, cls);
    if (!ad_type_is_subtype(t, &ad_bytearray_type))
        return ad_err_format(&ad_TypeError, "bytearray.__new__(%s): %s is not a subtype of bytearray", t->name,
                             t->name);
    AdByteArray *b = ba_new(t);
    return b ? AD_VAL(b) : AD_ERROR;
}

/* The allocated size CPython reports: the buffer with its NUL, 0 when nothing is allocated. */
METHOD(ba_alloc_method) {
    if (BA_ARGS("__alloc__", AD_ARGS_NONE, 0, 0, NULL) < 0) return AD_ERROR;
    int64_t cap = as_ba(self)->capacity;
    return ad_small(cap ? cap + 1 : 0);
}

/* (type, (latin-1 text, 'latin-1'), None), or (type, (), None) when empty: what copy and pickle
 * rebuild it from. (The instance dict of a subclass is not included.) */
static AdValue reduce(AdValue self) {
    AdByteArray *b = as_ba(self);
    AdValue ctor_args;
    if (b->length == 0) {
        ctor_args = ad_tuple_from_array(NULL, 0);
    } else {
        AdValue items[2] = {ad_str_from_latin1(b->data, (size_t)b->length), ad_str_from_cstr("latin-1")};
        if (!items[0] || !items[1]) return AD_ERROR;
        ctor_args = ad_tuple_from_array(items, 2);
    }
    if (!ctor_args) return AD_ERROR;
    AdValue r[3] = {AD_VAL(ad_type(self)), ctor_args, AD_NONE};
    return ad_tuple_from_array(r, 3);
}

METHOD(ba_reduce) {
    if (BA_ARGS("__reduce__", AD_ARGS_NONE, 0, 0, NULL) < 0) return AD_ERROR;
    return reduce(self);
}

METHOD(ba_reduce_ex) {
    AdValue a[1];
    if (BA_ARGS("__reduce_ex__", AD_ARGS_POS, 0, 1, a) < 0) return AD_ERROR;
    return reduce(self);
}

static const AdMethodDef ba_methods[] = {
    {"append", ba_append, 0},
    {"clear", ba_clear, 0},
    {"copy", ba_copy, 0},
    {"extend", ba_extend, 0},
    {"insert", ba_insert, 0},
    {"pop", ba_pop, 0},
    {"remove", ba_remove, 0},
    {"reverse", ba_reverse, 0},
    {"__init__", ba_init_method, 0},
    {"__new__", ba_new_method, AD_METH_STATIC},
    {"__alloc__", ba_alloc_method, 0},
    {"__reduce__", ba_reduce, 0},
    {"__reduce_ex__", ba_reduce_ex, 0},
    {NULL, NULL, 0},
};

/* ========================================================================================== */
/* MARK: The type                                                                              */
/* ========================================================================================== */

AdType ad_bytearray_type = {
    .ob = {&ad_type_type},
    .name = "bytearray",
    .base = &ad_object_type,
    .flags = AD_TPFLAG_BASETYPE | AD_TPFLAG_SEQUENCE,
    .instance_size = sizeof(AdByteArray),
    .repr = ad_bytes_repr,
    .str = ad_bytes_repr,                  /* str() ignores a subclass's __repr__, as CPython's */
    .richcompare = ad_bytes_richcompare,   /* no hash: unhashable */
    .len = ba_len,
    .getitem = ba_getitem,
    .setitem = ba_setitem,
    .contains = ad_bytes_contains,
    .iter = ad_bytes_iter,
    .construct = ba_construct,
    .number = {[AD_OP_ADD] = ad_bytes_concat, [AD_OP_MUL] = ad_bytes_mul, [AD_OP_MOD] = ad_bytes_mod_slot},
    .inplace = {[AD_OP_ADD] = ba_iadd, [AD_OP_MUL] = ba_imul},
};

void ad_init_bytearray(void) {
    ad_type_ready(&ad_bytearray_type, ba_methods, NULL);
    ad_type_ready(&ad_bytearray_type, ad_bytes_shared_methods, NULL);
}
