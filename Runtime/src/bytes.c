/*
 * bytes.c — the immutable bytes type and its methods, and the codecs str.encode / bytes.decode
 * use (utf-8, ascii, latin-1, utf-16 and utf-32 with the strict / ignore / replace /
 * backslashreplace / surrogateescape / surrogatepass / xmlcharrefreplace error handlers).
 *
 * Invariants: data is NUL-terminated (length + 1 bytes) so that it can be handed to C; the hash
 * is cached (-1 until computed); the empty bytes and the one-byte values are shared.
 *
 * The methods and most slots here serve bytearray too (bytearray.c holds only what mutates): they
 * read either layout through bdata/blen, accept any bytes-like argument where CPython accepts a
 * buffer, and build results of self's kind (like_alloc, like_sub, like_copy, like_finish), so a
 * bytearray's methods return new bytearrays and never self.
 */
#include "strings.h"

#include <stdlib.h>

/* ========================================================================================== */
/* MARK: Creation                                                                              */
/* ========================================================================================== */

static AdValue empty_bytes;
static AdValue byte_values[256];

static AdBytes *bytes_alloc(int64_t len) {
    AdBytes *b = len < 0 || (uint64_t)len > (UINT64_C(1) << 60) ? NULL
                                                                 : ad_alloc_text(sizeof(AdBytes) + (size_t)len + 1);
    if (!b) {
        ad_err_set_object(ad_exception_new(&ad_MemoryError, NULL, 0));
        return NULL;
    }
    b->ob.type = &ad_bytes_type;
    b->length = len;
    b->hash = -1;
    b->data[len] = 0;
    return b;
}

AdValue ad_bytes_from(const void *data, size_t len) {
    if (len <= 1) {
        AdValue *slot = len ? &byte_values[*(const unsigned char *)data] : &empty_bytes;
        if (!*slot) {
            AdBytes *b = bytes_alloc((int64_t)len);
            if (len) b->data[0] = *(const unsigned char *)data;
            *slot = AD_VAL(b);
        }
        return *slot;
    }
    AdBytes *b = bytes_alloc((int64_t)len);
    if (!b) return AD_ERROR;
    memcpy(b->data, data, len);
    return AD_VAL(b);
}

/* ========================================================================================== */
/* MARK: Codec errors                                                                          */
/* ========================================================================================== */

AdValue ad_unicode_encode_error(const char *encoding, AdValue s, int64_t start, int64_t end,
                                const char *reason) {
    if (end - start == 1) {
        uint32_t cp = ad_str_char(s, start);
        char esc[16];
        if (cp < 0x100) snprintf(esc, sizeof esc, "\\x%02x", cp);
        else if (cp < 0x10000) snprintf(esc, sizeof esc, "\\u%04x", cp);
        else snprintf(esc, sizeof esc, "\\U%08x", cp);
        return ad_err_format(&ad_UnicodeEncodeError,
                             "'%s' codec can't encode character '%s' in position %lld: %s",
                             encoding, esc, (long long)start, reason);
    }
    return ad_err_format(&ad_UnicodeEncodeError,
                         "'%s' codec can't encode characters in position %lld-%lld: %s", encoding,
                         (long long)start, (long long)(end - 1), reason);
}

AdValue ad_unicode_decode_error(const char *encoding, const unsigned char *data, int64_t start,
                                int64_t end, const char *reason) {
    if (end - start == 1) {
        char byte[8];
        snprintf(byte, sizeof byte, "0x%02x", data[start]);
        return ad_err_format(&ad_UnicodeDecodeError,
                             "'%s' codec can't decode byte %s in position %lld: %s", encoding,
                             byte, (long long)start, reason);
    }
    return ad_err_format(&ad_UnicodeDecodeError,
                         "'%s' codec can't decode bytes in position %lld-%lld: %s", encoding,
                         (long long)start, (long long)(end - 1), reason);
}

/* ========================================================================================== */
/* MARK: Decoding                                                                              */
/* ========================================================================================== */

enum ErrorMode { ERR_STRICT, ERR_IGNORE, ERR_REPLACE, ERR_BACKSLASH, ERR_SURROGATEESCAPE,
                 ERR_SURROGATEPASS, ERR_XMLCHARREF, ERR_NAMEREPLACE, ERR_UNKNOWN };

static enum ErrorMode error_mode(const char *errors) {
    if (!errors || strcmp(errors, "strict") == 0) return ERR_STRICT;
    if (strcmp(errors, "ignore") == 0) return ERR_IGNORE;
    if (strcmp(errors, "replace") == 0) return ERR_REPLACE;
    if (strcmp(errors, "backslashreplace") == 0) return ERR_BACKSLASH;
    if (strcmp(errors, "surrogateescape") == 0) return ERR_SURROGATEESCAPE;
    if (strcmp(errors, "surrogatepass") == 0) return ERR_SURROGATEPASS;
    if (strcmp(errors, "xmlcharrefreplace") == 0) return ERR_XMLCHARREF;
    if (strcmp(errors, "namereplace") == 0) return ERR_NAMEREPLACE;
    return ERR_UNKNOWN;
}

static AdValue unknown_error_handler(const char *errors) {
    return ad_err_format(&ad_LookupError, "unknown error handler name '%s'", errors);
}

/**
 * A decoding error over data[start:end] under the error mode: append the replacement and
 * return 0, or raise (strict, an unknown handler, a handler that cannot decode, surrogateescape
 * of an ASCII byte) and return -1. `wrap` names the codec when CPython reports handler type
 * errors as "decoding with 'utf-16-le' codec failed (...)", else NULL.
 */
static int decode_error(AdStrBuilder *sb, enum ErrorMode mode, const char *errors, const char *codec,
                        const char *wrap, const unsigned char *data, int64_t start, int64_t end,
                        const char *reason) {
    static const char hex[] = "0123456789abcdef";
    switch (mode) {
    case ERR_UNKNOWN:
        unknown_error_handler(errors);
        return -1;
    case ERR_XMLCHARREF:
    case ERR_NAMEREPLACE:
        if (wrap)
            ad_err_format(&ad_TypeError, "decoding with '%s' codec failed (TypeError: don't know how to "
                          "handle UnicodeDecodeError in error callback)", wrap);
        else
            ad_err_set(&ad_TypeError, "don't know how to handle UnicodeDecodeError in error callback");
        return -1;
    case ERR_REPLACE:
        ad_sb_append_char(sb, 0xFFFD);   /* one U+FFFD per malformed sequence */
        return 0;
    case ERR_IGNORE:
        return 0;
    case ERR_BACKSLASH:
        for (int64_t i = start; i < end; i++) {
            char e[4] = {'\\', 'x', hex[data[i] >> 4], hex[data[i] & 15]};
            ad_sb_append_ascii(sb, e, 4);
        }
        return 0;
    case ERR_SURROGATEESCAPE: {
        int64_t i = start;
        while (i < end && data[i] >= 128) i++;
        if (i == end) {
            for (i = start; i < end; i++) ad_sb_append_char(sb, 0xDC00 + data[i]);
            return 0;
        }
        break;   /* ASCII bytes cannot be escaped: the original error stands */
    }
    default:
        break;
    }
    ad_unicode_decode_error(codec, data, start, end, reason);
    return -1;
}

/**
 * The length of the maximal malformed prefix at p (CPython reports "invalid start byte",
 * "invalid continuation byte" or "unexpected end of data" and the span of bytes it covers).
 */
static int64_t utf8_error_span(const unsigned char *p, int64_t n, const char **reason) {
    unsigned c = p[0];
    int need;
    uint8_t lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) need = 1;
    else if (c >= 0xE0 && c <= 0xEF) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        *reason = "invalid start byte";
        return 1;
    }
    for (int k = 1; k <= need; k++) {
        if (k >= n) {
            *reason = "unexpected end of data";
            return n;
        }
        uint8_t b = p[k];
        uint8_t l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (b < l || b > h) {
            *reason = "invalid continuation byte";
            return k;
        }
    }
    return 0;   /* not malformed */
}

static AdValue decode_utf8(const unsigned char *data, size_t len, const char *errors) {
    size_t i = 0;
    while (i < len && data[i] < 0x80) i++;
    if (i == len) return ad_str_from_ascii((const char *)data, len);
    enum ErrorMode mode = error_mode(errors);
    AdStrBuilder sb;
    ad_sb_init(&sb);
    ad_sb_append_ascii(&sb, (const char *)data, i);
    while (i < len) {
        unsigned c = data[i];
        if (c < 0x80) {
            ad_sb_append_char(&sb, c);
            i++;
            continue;
        }
        const char *reason = NULL;
        int64_t bad = utf8_error_span(data + i, (int64_t)(len - i), &reason);
        if (bad == 0) {
            int need = c < 0xE0 ? 1 : c < 0xF0 ? 2 : 3;
            uint32_t cp = c & (0x3F >> need);
            for (int k = 1; k <= need; k++) cp = (cp << 6) | (data[i + k] & 0x3F);
            ad_sb_append_char(&sb, cp);
            i += (size_t)need + 1;
            continue;
        }
        if (mode == ERR_SURROGATEPASS && c == 0xED && len - i >= 3 && (data[i + 1] & 0xE0) == 0xA0 &&
            (data[i + 2] & 0xC0) == 0x80) {
            ad_sb_append_char(&sb, 0xD000 | ((uint32_t)(data[i + 1] & 0x3F) << 6) | (data[i + 2] & 0x3F));
            i += 3;
            continue;
        }
        if (decode_error(&sb, mode, errors, "utf-8", NULL, data, (int64_t)i, (int64_t)i + bad, reason) < 0)
            return AD_ERROR;
        i += (size_t)bad;
    }
    return ad_sb_finish(&sb);
}

static AdValue decode_ascii(const unsigned char *data, size_t len, const char *errors) {
    size_t i = 0;
    while (i < len && data[i] < 0x80) i++;
    if (i == len) return ad_str_from_ascii((const char *)data, len);
    enum ErrorMode mode = error_mode(errors);
    AdStrBuilder sb;
    ad_sb_init(&sb);
    for (i = 0; i < len; i++) {
        if (data[i] < 0x80) {
            ad_sb_append_char(&sb, data[i]);
            continue;
        }
        if (decode_error(&sb, mode, errors, "ascii", NULL, data, (int64_t)i, (int64_t)i + 1,
                         "ordinal not in range(128)") < 0)
            return AD_ERROR;
    }
    return ad_sb_finish(&sb);
}

/** Normalize an encoding name as CPython's codec lookup does ("UTF_8" → "utf-8" family). */
static int encoding_is(const char *enc, const char *const *names) {
    char norm[32];
    size_t n = 0;
    for (const char *p = enc; *p && n < sizeof norm - 1; p++) {
        char c = *p;
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c == '_' || c == ' ') c = '-';
        norm[n++] = c;
    }
    norm[n] = 0;
    for (; *names; names++)
        if (strcmp(norm, *names) == 0) return 1;
    return 0;
}

static const char *const utf8_names[] = {"utf-8", "utf8", "u8", "utf", "cp65001", NULL};
static const char *const ascii_names[] = {"ascii", "us-ascii", "646", "us", NULL};
static const char *const latin1_names[] = {"latin-1", "latin1", "iso-8859-1", "iso8859-1", "8859",
                                           "cp819", "latin", "l1", "iso-ir-100", NULL};

static const char *const utf16_names[] = {"utf-16", "utf16", "u16", NULL};
static const char *const utf16le_names[] = {"utf-16-le", "utf-16le", NULL};
static const char *const utf16be_names[] = {"utf-16-be", "utf-16be", NULL};
static const char *const utf32_names[] = {"utf-32", "utf32", "u32", NULL};
static const char *const utf32le_names[] = {"utf-32-le", "utf-32le", NULL};
static const char *const utf32be_names[] = {"utf-32-be", "utf-32be", NULL};

/** A UTF-16 or UTF-32 codec: its unit width (2 or 4) and byte order (0 from the BOM). */
typedef struct WideCodec {
    int width;
    int order;             /* 1 little-endian, 2 big-endian, 0 detect a BOM (default little) */
} WideCodec;

static int wide_codec(const char *encoding, WideCodec *c) {
    if (encoding_is(encoding, utf16_names)) *c = (WideCodec){2, 0};
    else if (encoding_is(encoding, utf16le_names)) *c = (WideCodec){2, 1};
    else if (encoding_is(encoding, utf16be_names)) *c = (WideCodec){2, 2};
    else if (encoding_is(encoding, utf32_names)) *c = (WideCodec){4, 0};
    else if (encoding_is(encoding, utf32le_names)) *c = (WideCodec){4, 1};
    else if (encoding_is(encoding, utf32be_names)) *c = (WideCodec){4, 2};
    else return 0;
    return 1;
}

static uint32_t read_unit(const unsigned char *p, int width, int little) {
    uint32_t v = 0;
    for (int k = 0; k < width; k++) v |= (uint32_t)p[k] << (8 * (little ? k : width - 1 - k));
    return v;
}

/** UTF-16 / UTF-32 decoding with CPython's BOM rules, error spans and reasons. */
static AdValue decode_wide(const unsigned char *data, size_t len, WideCodec c, const char *encoding,
                           const char *errors) {
    int w = c.width, little = c.order != 2;
    size_t i = 0;
    if (c.order == 0 && len >= (size_t)w) {
        uint32_t bom = read_unit(data, w, 1);
        if (bom == 0xFEFF) i = (size_t)w;
        else if (bom == (w == 2 ? 0xFFFEu : 0xFFFE0000u)) { i = (size_t)w; little = 0; }
    }
    const char *name = w == 2 ? (little ? "utf-16-le" : "utf-16-be") : (little ? "utf-32-le" : "utf-32-be");
    enum ErrorMode mode = error_mode(errors);
    AdStrBuilder sb;
    ad_sb_init(&sb);
    while (i < len) {
        const char *reason = NULL;
        size_t span = 0;
        if (len - i < (size_t)w) {
            reason = "truncated data";
            span = len - i;
        } else {
            uint32_t u = read_unit(data + i, w, little);
            if (w == 4) {
                if (u > 0x10FFFF) reason = "code point not in range(0x110000)";
                else if (u >= 0xD800 && u < 0xE000 && mode != ERR_SURROGATEPASS)
                    reason = "code point in surrogate code point range(0xd800, 0xe000)";
                span = 4;
                if (!reason) { ad_sb_append_char(&sb, u); i += 4; continue; }
            } else if (u < 0xD800 || u > 0xDFFF) {
                ad_sb_append_char(&sb, u);
                i += 2;
                continue;
            } else if (u >= 0xDC00) {
                reason = "illegal encoding";
                span = 2;
            } else if (len - i < 4) {
                if (mode == ERR_SURROGATEPASS) {
                    ad_sb_append_char(&sb, u);
                    i += 2;
                    continue;
                }
                reason = "unexpected end of data";
                span = len - i;
            } else {
                uint32_t u2 = read_unit(data + i + 2, 2, little);
                if (u2 >= 0xDC00 && u2 <= 0xDFFF) {
                    ad_sb_append_char(&sb, 0x10000 + ((u - 0xD800) << 10) + (u2 - 0xDC00));
                    i += 4;
                    continue;
                }
                reason = "illegal UTF-16 surrogate";
                span = 2;
            }
            if (mode == ERR_SURROGATEPASS && span == (size_t)w && w == 2) {
                ad_sb_append_char(&sb, u);
                i += 2;
                continue;
            }
        }
        if (decode_error(&sb, mode, errors, name, c.order ? encoding : NULL, data, (int64_t)i,
                         (int64_t)(i + span), reason) < 0)
            return AD_ERROR;
        i += span;
    }
    return ad_sb_finish(&sb);
}

AdValue ad_decode(const unsigned char *data, size_t len, const char *encoding, const char *errors) {
    if (len == 0) return ad_str_empty();   /* CPython does not even look the codec up */
    if (!encoding || encoding_is(encoding, utf8_names)) return decode_utf8(data, len, errors);
    if (encoding_is(encoding, ascii_names)) return decode_ascii(data, len, errors);
    if (encoding_is(encoding, latin1_names)) return ad_str_from_latin1(data, len);
    WideCodec c;
    if (wide_codec(encoding, &c)) return decode_wide(data, len, c, encoding, errors);
    return ad_err_format(&ad_LookupError, "unknown encoding: %s", encoding);
}

/* ========================================================================================== */
/* MARK: Encoding                                                                              */
/* ========================================================================================== */

/** Append the replacement for the unencodable s[i] per the error mode; 0 or -1 for strict. */
static int encode_replacement(AdByteBuf *bb, enum ErrorMode mode, uint32_t cp) {
    char tmp[32];
    int n;
    switch (mode) {
    case ERR_IGNORE:
        return 0;
    case ERR_REPLACE:
        ad_bb_append_byte(bb, '?');
        return 0;
    case ERR_BACKSLASH:
        if (cp < 0x100) n = snprintf(tmp, sizeof tmp, "\\x%02x", cp);
        else if (cp < 0x10000) n = snprintf(tmp, sizeof tmp, "\\u%04x", cp);
        else n = snprintf(tmp, sizeof tmp, "\\U%08x", cp);
        ad_bb_append(bb, tmp, (size_t)n);
        return 0;
    case ERR_XMLCHARREF:
        n = snprintf(tmp, sizeof tmp, "&#%u;", cp);
        ad_bb_append(bb, tmp, (size_t)n);
        return 0;
    case ERR_SURROGATEESCAPE:
        if (cp >= 0xDC80 && cp <= 0xDCFF) {
            ad_bb_append_byte(bb, (unsigned char)(cp - 0xDC00));
            return 0;
        }
        return -1;
    default:
        return -1;
    }
}

/** Encode to a single-byte charset whose code points are those below `limit`. */
static AdValue encode_charmap(AdValue s, uint32_t limit, const char *encoding, const char *errors) {
    int64_t n = ad_str_len(s);
    if (AD_STR(s)->kind == 1) return ad_bytes_from(AD_STR(s)->data, (size_t)n);
    enum ErrorMode mode = error_mode(errors);
    AdByteBuf bb;
    ad_bb_init(&bb, (size_t)n);
    for (int64_t i = 0; i < n; i++) {
        uint32_t cp = ad_str_char(s, i);
        if (cp < limit) {
            ad_bb_append_byte(&bb, (unsigned char)cp);
            continue;
        }
        if (mode == ERR_UNKNOWN) return unknown_error_handler(errors);
        if (encode_replacement(&bb, mode, cp) < 0) {
            int64_t end = i + 1;
            while (end < n && ad_str_char(s, end) >= limit) end++;
            return ad_unicode_encode_error(encoding, s, i, end,
                                           limit == 128 ? "ordinal not in range(128)"
                                                        : "ordinal not in range(256)");
        }
    }
    return ad_bb_finish_bytes(&bb);
}

int ad_encode_handle_error(AdByteBuf *bb, const char *errors, uint32_t cp) {
    enum ErrorMode mode = error_mode(errors);
    if (mode == ERR_UNKNOWN) {
        unknown_error_handler(errors);
        return -2;
    }
    return encode_replacement(bb, mode, cp);
}

static void put_unit(AdByteBuf *bb, uint32_t v, int width, int little) {
    for (int k = 0; k < width; k++) {
        int shift = 8 * (little ? k : width - 1 - k);
        ad_bb_append_byte(bb, (unsigned char)(v >> shift));
    }
}

/** UTF-16 / UTF-32 encoding; surrogates in the text go through the error handler. */
static AdValue encode_wide(AdValue s, WideCodec c, const char *encoding_name, const char *errors) {
    int w = c.width, little = c.order != 2;
    int64_t n = ad_str_len(s);
    enum ErrorMode mode = error_mode(errors);
    AdByteBuf bb;
    ad_bb_init(&bb, (size_t)(n + 1) * (size_t)w);
    if (c.order == 0) put_unit(&bb, 0xFEFF, w, 1);
    for (int64_t i = 0; i < n; i++) {
        uint32_t cp = ad_str_char(s, i);
        if (cp >= 0xD800 && cp < 0xE000 && mode != ERR_SURROGATEPASS) {
            if (mode == ERR_UNKNOWN) return unknown_error_handler(errors);
            AdByteBuf rep;
            ad_bb_init(&rep, 16);
            if (encode_replacement(&rep, mode, cp) < 0) {
                int64_t end = i + 1;
                while (end < n && ad_str_char(s, end) >= 0xD800 && ad_str_char(s, end) < 0xE000) end++;
                return ad_unicode_encode_error(encoding_name, s, i, end, "surrogates not allowed");
            }
            for (size_t k = 0; k < rep.len; k++) put_unit(&bb, rep.buf[k], w, little);
            continue;
        }
        if (w == 2 && cp >= 0x10000) {
            put_unit(&bb, 0xD800 + ((cp - 0x10000) >> 10), 2, little);
            put_unit(&bb, 0xDC00 + ((cp - 0x10000) & 0x3FF), 2, little);
        } else {
            put_unit(&bb, cp, w, little);
        }
    }
    return ad_bb_finish_bytes(&bb);
}

AdValue ad_encode(AdValue s, const char *encoding, const char *errors) {
    if (!encoding || encoding_is(encoding, utf8_names)) return ad_str_encode_utf8(s, errors);
    if (encoding_is(encoding, ascii_names)) return encode_charmap(s, 128, "ascii", errors);
    if (encoding_is(encoding, latin1_names)) return encode_charmap(s, 256, "latin-1", errors);
    WideCodec c;
    if (wide_codec(encoding, &c)) {
        static const char *const names[2][3] = {{"utf-16", "utf-16-le", "utf-16-be"},
                                                {"utf-32", "utf-32-le", "utf-32-be"}};
        return encode_wide(s, c, names[c.width == 4][c.order], errors);
    }
    return ad_err_format(&ad_LookupError, "unknown encoding: %s", encoding);
}

/* ========================================================================================== */
/* MARK: Data of bytes-like values, results of self's kind                                     */
/* ========================================================================================== */

/* Everything below works on bytes and bytearray alike: bdata/blen read either layout, and a
 * method's result has the kind of its self (a bytearray's methods make new bytearrays, never
 * returning self). Arguments may be of either kind wherever CPython accepts a buffer. */

static inline const unsigned char *bdata(AdValue b) { return ad_blike_data(b); }
static inline int64_t blen(AdValue b) { return ad_blike_len(b); }
/** 1 when a bytes-like value is a bytearray (not a bytes). */
static inline int is_ba(AdValue b) { return !(AD_OBJ(b)->type->flags & AD_TPFLAG_BYTES_SUBCLASS); }

/** An exact bytes with the contents of b (b itself when it is one). */
static AdValue bytes_exact(AdValue b) {
    if (AD_OBJ(b)->type == &ad_bytes_type) return b;
    return ad_bytes_from(bdata(b), (size_t)blen(b));
}

static AdValue bytes_sub(AdValue b, int64_t start, int64_t end) {
    if (start == 0 && end == blen(b)) return bytes_exact(b);
    return ad_bytes_from(bdata(b) + start, (size_t)(end > start ? end - start : 0));
}

/** A new result of self's kind with n bytes, uninitialized; its data in *out. */
static AdValue like_alloc(AdValue self, int64_t n, unsigned char **out) {
    if (is_ba(self)) return ad_bytearray_alloc(n, out);
    AdBytes *b = bytes_alloc(n);
    if (!b) return AD_ERROR;
    *out = b->data;
    return AD_VAL(b);
}

/** self's contents as a result: an exact bytes (self when it is one) or a new bytearray. */
static AdValue like_copy(AdValue self) {
    return is_ba(self) ? ad_bytearray_from(bdata(self), (size_t)blen(self)) : bytes_exact(self);
}

/** self[start:end] (bounds already clamped) as a result of self's kind. */
static AdValue like_sub(AdValue self, int64_t start, int64_t end) {
    if (!is_ba(self)) return bytes_sub(self, start, end);
    return ad_bytearray_from(bdata(self) + start, (size_t)(end > start ? end - start : 0));
}

static AdValue like_finish(AdValue self, AdByteBuf *bb) {
    return is_ba(self) ? ad_bytearray_from_buf(bb) : ad_bb_finish_bytes(bb);
}

int ad_bytes_like(AdValue v, const unsigned char **data, int64_t *len) {
    if (!ad_is_byteslike(v)) return 0;
    *data = bdata(v);
    *len = blen(v);
    return 1;
}

/* ========================================================================================== */
/* MARK: repr, hash, compare                                                                   */
/* ========================================================================================== */

AdValue ad_bytes_repr(AdValue v) {
    static const char hex[] = "0123456789abcdef";
    const unsigned char *d = bdata(v);
    int64_t n = blen(v);
    int single = memchr(d, '\'', (size_t)n) != NULL;
    int dbl = memchr(d, '"', (size_t)n) != NULL;
    char quote = single && !dbl ? '"' : '\'';
    const char *tname = is_ba(v) ? AD_OBJ(v)->type->name : NULL;   /* bytearray(b'...'): the class's name */
    AdByteBuf bb;
    ad_bb_init(&bb, (size_t)n + 3 + (tname ? strlen(tname) + 2 : 0));
    if (tname) {
        ad_bb_append(&bb, tname, strlen(tname));
        ad_bb_append_byte(&bb, '(');
    }
    ad_bb_append_byte(&bb, 'b');
    ad_bb_append_byte(&bb, (unsigned char)quote);
    /* bytearray's repr escapes a single quote even inside double quotes, as CPython's does. */
    char escaped = tname ? '\'' : quote;
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = d[i];
        if (c == escaped || c == '\\') {
            ad_bb_append_byte(&bb, '\\');
            ad_bb_append_byte(&bb, c);
        } else if (c == '\t') {
            ad_bb_append(&bb, "\\t", 2);
        } else if (c == '\n') {
            ad_bb_append(&bb, "\\n", 2);
        } else if (c == '\r') {
            ad_bb_append(&bb, "\\r", 2);
        } else if (c < 0x20 || c >= 0x7F) {
            char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
            ad_bb_append(&bb, e, 4);
        } else {
            ad_bb_append_byte(&bb, c);
        }
    }
    ad_bb_append_byte(&bb, (unsigned char)quote);
    if (tname) ad_bb_append_byte(&bb, ')');
    if (!tname) return ad_bb_finish_str_ascii(&bb);
    return ad_str_from_utf8((const char *)bb.buf, bb.len);   /* a class name may be non-ASCII */
}

static int64_t bytes_hash(AdValue v) {
    AdBytes *b = AD_BYTES(v);
    if (b->hash != -1) return b->hash;
    int64_t h = (int64_t)ad_hash_bytes(b->data, (size_t)b->length);
    if (h == -1) h = -2;
    return b->hash = h;
}

static int64_t bytes_len(AdValue v) { return AD_BYTES(v)->length; }

static int bytes_cmp(AdValue a, AdValue b) {
    int64_t la = blen(a), lb = blen(b);
    int64_t n = la < lb ? la : lb;
    int c = memcmp(bdata(a), bdata(b), (size_t)n);
    if (c) return c < 0 ? -1 : 1;
    return la < lb ? -1 : la > lb ? 1 : 0;
}

AdValue ad_bytes_richcompare(AdValue a, AdValue b, int op) {
    if (!ad_is_byteslike(a) || !ad_is_byteslike(b)) return AD_NOTIMPL;
    if (op == AD_EQ || op == AD_NE) {
        int eq = blen(a) == blen(b) && memcmp(bdata(a), bdata(b), (size_t)blen(a)) == 0;
        return ad_bool(op == AD_EQ ? eq : !eq);
    }
    int c = bytes_cmp(a, b);
    switch (op) {
    case AD_LT: return ad_bool(c < 0);
    case AD_LE: return ad_bool(c <= 0);
    case AD_GT: return ad_bool(c > 0);
    default:    return ad_bool(c >= 0);
    }
}

/* ========================================================================================== */
/* MARK: Operators: +, *, [], in, iteration                                                    */
/* ========================================================================================== */

static AdValue need_bytes_error(AdValue v) {
    return ad_err_format(&ad_TypeError, "a bytes-like object is required, not '%s'", ad_type(v)->name);
}

static int is_builtin_sequence(AdValue v) {
    return ad_is_str(v) || ad_is_byteslike(v) || ad_isinstance_type(v, &ad_list_type) ||
           ad_isinstance_type(v, &ad_tuple_type);
}

AdValue ad_bytes_concat(AdValue a, AdValue b) {
    if (!ad_is_byteslike(a)) return AD_NOTIMPL;
    if (!ad_is_byteslike(b)) {
        AdBinaryFn other = ad_type(b)->number[AD_OP_ADD];
        if (other && other != ad_bytes_concat) {
            AdValue r = other(a, b);
            if (r != AD_NOTIMPL) return r;
        }
        return ad_err_format(&ad_TypeError, "can't concat %s to %s", ad_type(b)->name, ad_type(a)->name);
    }
    int64_t n = blen(a), m = blen(b);
    if (!is_ba(a)) {
        if (m == 0) return bytes_exact(a);
        if (n == 0 && !is_ba(b)) return bytes_exact(b);
    }
    unsigned char *out;
    AdValue r = like_alloc(a, n + m, &out);
    if (!r) return AD_ERROR;
    memcpy(out, bdata(a), (size_t)n);
    memcpy(out + n, bdata(b), (size_t)m);
    return r;
}

static AdValue bytes_repeat(AdValue b, int64_t n) {
    int64_t len = blen(b);
    if (!is_ba(b)) {
        if (n <= 0 || len == 0) return ad_bytes_from("", 0);
        if (n == 1) return bytes_exact(b);
    }
    if (n <= 0 || len == 0) n = len = 0;
    if (len && n > INT64_MAX / len) return ad_err_set_object(ad_exception_new(&ad_MemoryError, NULL, 0));
    unsigned char *out;
    AdValue r = like_alloc(b, len * n, &out);
    if (!r) return AD_ERROR;
    for (int64_t i = 0; i < n; i++) memcpy(out + i * len, bdata(b), (size_t)len);
    return r;
}

AdValue ad_bytes_mul(AdValue a, AdValue b) {
    AdValue s = a, n = b;
    if (!ad_is_byteslike(a)) { s = b; n = a; }
    if (!ad_is_byteslike(s)) return AD_NOTIMPL;
    if (!ad_is_int(n) && !ad_type(n)->index) {
        /* Two builtin sequences: the left one's slot reports the error (naming the right one),
         * so on the right answer NotImplemented, and on the left do not ask the other's slot,
         * which would only bounce back here. Else the other operand's own * (__rmul__) first. */
        if (is_builtin_sequence(n)) {
            if (s == b) return AD_NOTIMPL;
        } else {
            AdBinaryFn other = ad_type(n)->number[AD_OP_MUL];
            AdValue r = other && other != ad_bytes_mul ? other(a, b) : AD_NOTIMPL;
            if (r != AD_NOTIMPL) return r;
        }
        return ad_err_format(&ad_TypeError, "can't multiply sequence by non-int of type '%s'", ad_type(n)->name);
    }
    int64_t count = ad_index_value(n, &ad_OverflowError);
    if (count == -1 && ad_err_occurred()) return AD_ERROR;
    return bytes_repeat(s, count);
}

AdValue ad_bytes_mod_slot(AdValue a, AdValue b) {
    if (!ad_is_byteslike(a)) return AD_NOTIMPL;
    AdValue r = ad_bytes_mod(a, b);
    if (!r || !is_ba(a)) return r;
    return ad_bytearray_from(bdata(r), (size_t)blen(r));
}

static AdValue bytes_getitem(AdValue b, AdValue key) {
    int64_t n = blen(b);
    if (ad_type(key) == &ad_slice_type) {
        int64_t start, stop, step;
        int64_t len = ad_slice_indices(key, n, &start, &stop, &step);
        if (len < 0) return AD_ERROR;
        if (step == 1) return bytes_sub(b, start, start + len);
        AdBytes *r = bytes_alloc(len);
        if (!r) return AD_ERROR;
        for (int64_t i = 0, j = start; i < len; i++, j += step) r->data[i] = bdata(b)[j];
        return AD_VAL(r);
    }
    if (!ad_is_int(key) && !ad_type(key)->index)
        return ad_err_format(&ad_TypeError, "byte indices must be integers or slices, not %s", ad_type(key)->name);
    int64_t i = ad_is_small(key) ? ad_small_val(key) : ad_index_value(key, &ad_IndexError);
    if (i == -1 && ad_err_occurred()) return AD_ERROR;
    if (i < 0) i += n;
    if (i < 0 || i >= n) return ad_err_set(&ad_IndexError, "index out of range");
    return ad_small(bdata(b)[i]);
}

int ad_byte_arg(AdValue v) {
    int64_t x = ad_is_small(v) ? ad_small_val(v) : ad_index_value(v, NULL);   /* huge ints clamp */
    if (x == -1 && ad_err_occurred()) return -1;
    if (x < 0 || x > 255) {
        ad_err_set(&ad_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    return (int)x;
}

int ad_bytes_contains(AdValue b, AdValue item) {
    if (ad_is_byteslike(item))
        return ad_find_bytes(bdata(b), blen(b), bdata(item), blen(item), 1) >= 0;
    if (ad_is_int(item) || ad_type(item)->index) {
        int c = ad_byte_arg(item);
        if (c < 0) return -1;
        return memchr(bdata(b), c, (size_t)blen(b)) != NULL;
    }
    need_bytes_error(item);
    return -1;
}

/* The iterators of bytes and bytearray: one layout, two type names. A bytearray may change
 * during the iteration; each step re-reads its length. */
typedef struct AdBytesIter {
    AdObject ob;
    AdValue b;
    int64_t i;
} AdBytesIter;

static AdValue bytes_iter_self(AdValue it) { return it; }

static AdValue bytes_iter_next(AdValue it) {
    AdBytesIter *p = AD_AS(AdBytesIter, it);
    if (!p->b) return AD_STOP;
    if (p->i >= blen(p->b)) {
        p->b = 0;
        return AD_STOP;
    }
    return ad_small(bdata(p->b)[p->i++]);
}

static AdValue bytes_iter_next_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue v = bytes_iter_next(self);
    if (v == AD_STOP) return ad_err_set_object(ad_exception_new(&ad_StopIteration, NULL, 0));
    return v;
}

static AdValue bytes_iter_iter_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return self;
}

static AdValue bytes_iter_length_hint(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdBytesIter *p = AD_AS(AdBytesIter, self);
    int64_t n = p->b ? blen(p->b) - p->i : 0;
    return ad_small(n < 0 ? 0 : n);
}

static const AdMethodDef bytes_iter_methods[] = {
    {"__next__", bytes_iter_next_method, 0},
    {"__iter__", bytes_iter_iter_method, 0},
    {"__length_hint__", bytes_iter_length_hint, 0},
    {NULL, NULL, 0},
};

static AdType bytes_iterator_type = {
    .ob = {&ad_type_type},
    .name = "bytes_iterator",
    .base = &ad_object_type,
    .instance_size = sizeof(AdBytesIter),
    .iter = bytes_iter_self,
    .next = bytes_iter_next,
};

static AdType bytearray_iterator_type = {
    .ob = {&ad_type_type},
    .name = "bytearray_iterator",
    .base = &ad_object_type,
    .instance_size = sizeof(AdBytesIter),
    .iter = bytes_iter_self,
    .next = bytes_iter_next,
};

AdValue ad_bytes_iter(AdValue b) {
    AdType *t = is_ba(b) ? &bytearray_iterator_type : &bytes_iterator_type;
    AdBytesIter *it = (AdBytesIter *)ad_new_object(t, sizeof(AdBytesIter));
    it->b = b;
    it->i = 0;
    return AD_VAL(it);
}

/* ========================================================================================== */
/* MARK: bytes(...)                                                                            */
/* ========================================================================================== */

static AdValue bytes_from_iterable(AdValue src) {
    AdValue it = ad_iter(src);
    if (!it) {
        if (ad_err_matches(&ad_TypeError)) {
            ad_err_clear();
            return ad_err_format(&ad_TypeError, "cannot convert '%s' object to bytes", ad_type(src)->name);
        }
        return AD_ERROR;
    }
    AdByteBuf bb;
    ad_bb_init(&bb, 16);
    for (;;) {
        AdValue v = ad_next(it);
        if (v == AD_STOP) break;
        if (!v) return AD_ERROR;
        int64_t x;
        if (ad_ssize_arg(v, &x) < 0) return AD_ERROR;
        if (x < 0 || x > 255) return ad_err_set(&ad_ValueError, "bytes must be in range(0, 256)");
        ad_bb_append_byte(&bb, (unsigned char)x);
    }
    return ad_bb_finish_bytes(&bb);
}

static const char *const bytes_new_kw[] = {"source", "encoding", "errors", NULL};

static AdValue bytes_new(AdValue src, AdValue encoding, AdValue errors) {
    if (encoding || errors) {
        if (!src || !ad_is_str(src))
            return ad_err_set(&ad_TypeError, encoding ? "encoding without a string argument"
                                                      : "errors without a string argument");
        if (encoding && !ad_is_str(encoding))
            return ad_err_format(&ad_TypeError, "bytes() argument 'encoding' must be str, not %s",
                                 ad_type(encoding)->name);
        if (errors && !ad_is_str(errors))
            return ad_err_format(&ad_TypeError, "bytes() argument 'errors' must be str, not %s",
                                 ad_type(errors)->name);
        return ad_encode(src, encoding ? ad_str_utf8(encoding, NULL) : "utf-8",
                         errors ? ad_str_utf8(errors, NULL) : NULL);
    }
    if (!src) return ad_bytes_from("", 0);
    if (ad_type(src)->flags & AD_TPFLAG_HEAPTYPE) {
        /* A class of the program converts itself with __bytes__ (looked up on the type, as
         * CPython's _PyObject_LookupSpecial), before any of the rules for builtin sources. */
        AdValue name = ad_str_intern_cstr("__bytes__");
        if (ad_type_lookup(ad_type(src), name)) {
            AdValue r = ad_call_method(src, name, NULL, 0, 0);
            if (r && !ad_is_bytes(r))
                return ad_err_format(&ad_TypeError, "__bytes__ returned non-bytes (type %s)", ad_type(r)->name);
            return r;
        }
    }
    if (ad_is_byteslike(src)) return bytes_exact(src);
    if (ad_is_str(src)) return ad_err_set(&ad_TypeError, "string argument without an encoding");
    if (ad_is_int(src) || ad_type(src)->index) {
        int64_t n = ad_index_value(src, &ad_OverflowError);   /* "cannot fit 'int' into an index-sized integer" */
        if (n == -1 && ad_err_occurred()) return AD_ERROR;
        if (n < 0) return ad_err_set(&ad_ValueError, "negative count");
        AdBytes *r = bytes_alloc(n);
        if (!r) return AD_ERROR;
        memset(r->data, 0, (size_t)n);
        return AD_VAL(r);
    }
    return bytes_from_iterable(src);
}

static AdValue bytes_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[3];
    if (ad_method_args("bytes", "bytes", AD_ARGS_KW, args, nargs, kwnames, 0, 3, bytes_new_kw, a) < 0)
        return AD_ERROR;
    AdValue r = bytes_new(a[0], a[1], a[2]);
    if (!r || type == &ad_bytes_type) return r;
    size_t size = sizeof(AdBytes) + (size_t)blen(r) + 1;
    AdBytes *sub = ad_alloc(size);
    memcpy(sub, AD_BYTES(r), size);
    sub->ob.type = type;
    return AD_VAL(sub);
}

/* ========================================================================================== */
/* MARK: Methods                                                                               */
/* ========================================================================================== */

/** The type name argument messages use: "bytearray" for bytearrays and their class. `self` is
 *  the instance, the class (classmethods) or 0 (staticmethods). */
static const char *self_name(AdValue self) {
    if (!self || ad_is_small(self)) return "bytes";
    AdType *t = AD_OBJ(self)->type;
    if (t->flags & AD_TPFLAG_BYTES_SUBCLASS) return "bytes";
    if (t->flags & AD_TPFLAG_TYPE_SUBCLASS)
        return ad_type_is_subtype(AD_AS(AdType, self), &ad_bytearray_type) ? "bytearray" : "bytes";
    return "bytearray";
}

#define BYTES_ARGS(name, style, min, max, kwlist, out) \
    ad_method_args(self_name(self), name, style, args, nargs, kwnames, min, max, kwlist, out)
#define METHOD(fname) static AdValue fname(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames)

static inline int is_ascii_space(unsigned char c) { return c == ' ' || (c >= 9 && c <= 13); }
static inline int is_ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
static inline int is_ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
static inline int is_ascii_alpha(unsigned char c) { return is_ascii_lower(c) || is_ascii_upper(c); }
static inline int is_ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }

/** A bytes argument, or an error "a bytes-like object is required, not 'str'". */
static int need_bytes(AdValue v) {
    if (ad_is_byteslike(v)) return 0;
    need_bytes_error(v);
    return -1;
}

static AdValue list_append_sub(AdValue list, AdValue b, int64_t i, int64_t j) {
    AdValue part = like_sub(b, i, j);
    if (!part || ad_list_append(list, part) < 0) return AD_ERROR;
    return list;
}

static void reverse_list(AdValue list) {
    AdList *l = AD_AS(AdList, list);
    for (int64_t i = 0, j = l->len - 1; i < j; i++, j--) {
        AdValue t = l->items[i];
        l->items[i] = l->items[j];
        l->items[j] = t;
    }
}

static const char *const split_kw[] = {"sep", "maxsplit", NULL};

static AdValue do_split(const char *name, AdValue self, const AdValue *args, size_t nargs, AdValue kwnames,
                        int right) {
    AdValue a[2];
    if (BYTES_ARGS(name, AD_ARGS_KW, 0, 2, split_kw, a) < 0) return AD_ERROR;
    int64_t maxsplit = -1;
    if (a[1] && ad_ssize_arg(a[1], &maxsplit) < 0) return AD_ERROR;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    const unsigned char *d = bdata(self);
    int64_t n = blen(self);
    AdValue list = ad_list_new(0);
    if (a[0] == 0 || a[0] == AD_NONE) {
        if (!right) {
            int64_t i = 0;
            while (maxsplit-- > 0) {
                while (i < n && is_ascii_space(d[i])) i++;
                if (i == n) return list;
                int64_t j = i++;
                while (i < n && !is_ascii_space(d[i])) i++;
                if (!list_append_sub(list, self, j, i)) return AD_ERROR;
            }
            while (i < n && is_ascii_space(d[i])) i++;
            if (i < n && !list_append_sub(list, self, i, n)) return AD_ERROR;
            return list;
        }
        int64_t i = n - 1;
        while (maxsplit-- > 0) {
            while (i >= 0 && is_ascii_space(d[i])) i--;
            if (i < 0) break;
            int64_t j = i--;
            while (i >= 0 && !is_ascii_space(d[i])) i--;
            if (!list_append_sub(list, self, i + 1, j + 1)) return AD_ERROR;
        }
        if (i >= 0) {
            while (i >= 0 && is_ascii_space(d[i])) i--;
            if (i >= 0 && !list_append_sub(list, self, 0, i + 1)) return AD_ERROR;
        }
        reverse_list(list);
        return list;
    }
    if (need_bytes(a[0]) < 0) return AD_ERROR;
    int64_t m = blen(a[0]);
    if (m == 0) return ad_err_set(&ad_ValueError, "empty separator");
    if (!right) {
        int64_t i = 0;
        while (maxsplit-- > 0) {
            int64_t pos = ad_find_bytes(d + i, n - i, bdata(a[0]), m, 1);
            if (pos < 0) break;
            if (!list_append_sub(list, self, i, i + pos)) return AD_ERROR;
            i += pos + m;
        }
        return list_append_sub(list, self, i, n);
    }
    int64_t j = n;
    while (maxsplit-- > 0) {
        int64_t pos = ad_find_bytes(d, j, bdata(a[0]), m, -1);
        if (pos < 0) break;
        if (!list_append_sub(list, self, pos + m, j)) return AD_ERROR;
        j = pos;
    }
    if (!list_append_sub(list, self, 0, j)) return AD_ERROR;
    reverse_list(list);
    return list;
}

METHOD(bytes_split) { return do_split("split", self, args, nargs, kwnames, 0); }
METHOD(bytes_rsplit) { return do_split("rsplit", self, args, nargs, kwnames, 1); }

static const char *const splitlines_kw[] = {"keepends", NULL};

METHOD(bytes_splitlines) {
    AdValue a[1];
    if (BYTES_ARGS("splitlines", AD_ARGS_KW, 0, 1, splitlines_kw, a) < 0) return AD_ERROR;
    int64_t keepends = 0;
    if (a[0] && ad_ssize_arg(a[0], &keepends) < 0) return AD_ERROR;
    const unsigned char *d = bdata(self);
    int64_t n = blen(self), i = 0;
    AdValue list = ad_list_new(0);
    while (i < n) {
        int64_t j = i;
        while (i < n && d[i] != '\n' && d[i] != '\r') i++;
        int64_t eol = i;
        if (i < n) {
            i += d[i] == '\r' && i + 1 < n && d[i + 1] == '\n' ? 2 : 1;
            if (keepends) eol = i;
        }
        if (!list_append_sub(list, self, j, eol)) return AD_ERROR;
    }
    return list;
}

static AdValue join_items(AdValue sep, const AdValue *items, int64_t n) {
    int64_t total = n > 0 ? blen(sep) * (n - 1) : 0;
    for (int64_t i = 0; i < n; i++) {
        if (!ad_is_byteslike(items[i]))
            return ad_err_format(&ad_TypeError, "sequence item %lld: expected a bytes-like object, %s found",
                                 (long long)i, ad_type(items[i])->name);
        total += blen(items[i]);
    }
    unsigned char *o;
    AdValue r = like_alloc(sep, total, &o);
    if (!r) return AD_ERROR;
    for (int64_t i = 0; i < n; i++) {
        if (i) { memcpy(o, bdata(sep), (size_t)blen(sep)); o += blen(sep); }
        memcpy(o, bdata(items[i]), (size_t)blen(items[i]));
        o += blen(items[i]);
    }
    return r;
}

METHOD(bytes_join) {
    if (BYTES_ARGS("join", AD_ARGS_ONE, 1, 1, NULL, NULL) < 0) return AD_ERROR;
    AdValue src = args[0];
    if (ad_type(src) == &ad_list_type) return join_items(self, AD_AS(AdList, src)->items, AD_AS(AdList, src)->len);
    if (ad_type(src) == &ad_tuple_type) return join_items(self, AD_AS(AdTuple, src)->items, ad_tuple_len(src));
    AdValue it = ad_iter(src);
    if (!it) {
        if (ad_err_matches(&ad_TypeError)) {
            ad_err_clear();
            ad_err_set(&ad_TypeError, "can only join an iterable");
        }
        return AD_ERROR;
    }
    AdValue list = ad_list_from_iterable(it);
    if (!list) return AD_ERROR;
    return join_items(self, AD_AS(AdList, list)->items, AD_AS(AdList, list)->len);
}

static AdValue do_strip(const char *name, AdValue self, const AdValue *args, size_t nargs, AdValue kwnames,
                        int left, int right) {
    AdValue a[1];
    if (BYTES_ARGS(name, AD_ARGS_POS, 0, 1, NULL, a) < 0) return AD_ERROR;
    if (a[0] == AD_NONE) a[0] = 0;
    if (a[0] && need_bytes(a[0]) < 0) return AD_ERROR;
    const unsigned char *d = bdata(self);
    int64_t i = 0, j = blen(self);
#define STRIPPED(c) (a[0] ? memchr(bdata(a[0]), (c), (size_t)blen(a[0])) != NULL : is_ascii_space(c))
    if (left) while (i < j && STRIPPED(d[i])) i++;
    if (right) while (j > i && STRIPPED(d[j - 1])) j--;
#undef STRIPPED
    return like_sub(self, i, j);
}

METHOD(bytes_strip) { return do_strip("strip", self, args, nargs, kwnames, 1, 1); }
METHOD(bytes_lstrip) { return do_strip("lstrip", self, args, nargs, kwnames, 1, 0); }
METHOD(bytes_rstrip) { return do_strip("rstrip", self, args, nargs, kwnames, 0, 1); }

/** (sub[, start[, end]]) where sub is bytes or an int byte: the needle and the clamped bounds. */
static int find_args(const char *name, AdValue self, const AdValue *args, size_t nargs, AdValue kwnames,
                     unsigned char *byte, const unsigned char **needle, int64_t *nlen, int64_t *start,
                     int64_t *end) {
    AdValue a[3];
    if (BYTES_ARGS(name, AD_ARGS_OLD, 1, 3, NULL, a) < 0) return -1;
    if (ad_is_byteslike(a[0])) {
        *needle = bdata(a[0]);
        *nlen = blen(a[0]);
    } else if (ad_is_int(a[0]) || ad_type(a[0])->index) {
        int c = ad_byte_arg(a[0]);
        if (c < 0) return -1;
        *byte = (unsigned char)c;
        *needle = byte;
        *nlen = 1;
    } else {
        ad_err_format(&ad_TypeError, "argument should be integer or bytes-like object, not '%s'",
                      ad_type(a[0])->name);
        return -1;
    }
    *start = 0;
    *end = INT64_MAX;
    if (ad_parse_slice_index(a[1], start) < 0 || ad_parse_slice_index(a[2], end) < 0) return -1;
    ad_adjust_indices(start, end, blen(self));
    return 0;
}

static AdValue do_find(const char *name, AdValue self, const AdValue *args, size_t nargs, AdValue kwnames,
                       int dir, int raise) {
    unsigned char byte;
    const unsigned char *nd;
    int64_t nn, start, end;
    if (find_args(name, self, args, nargs, kwnames, &byte, &nd, &nn, &start, &end) < 0) return AD_ERROR;
    int64_t r = -1;
    if (end - start >= nn && start <= blen(self)) {
        r = ad_find_bytes(bdata(self) + start, end - start, nd, nn, dir);
        if (r >= 0) r += start;
    }
    if (r < 0 && raise) return ad_err_set(&ad_ValueError, "subsection not found");
    return ad_small(r);
}

METHOD(bytes_find) { return do_find("find", self, args, nargs, kwnames, 1, 0); }
METHOD(bytes_rfind) { return do_find("rfind", self, args, nargs, kwnames, -1, 0); }
METHOD(bytes_index) { return do_find("index", self, args, nargs, kwnames, 1, 1); }
METHOD(bytes_rindex) { return do_find("rindex", self, args, nargs, kwnames, -1, 1); }

METHOD(bytes_count) {
    unsigned char byte;
    const unsigned char *nd;
    int64_t nn, start, end;
    if (find_args("count", self, args, nargs, kwnames, &byte, &nd, &nn, &start, &end) < 0) return AD_ERROR;
    if (end - start < nn || start > blen(self)) return ad_small(0);
    if (nn == 0) return ad_small(end - start + 1);
    int64_t count = 0;
    while (start <= end - nn) {
        int64_t r = ad_find_bytes(bdata(self) + start, end - start, nd, nn, 1);
        if (r < 0) break;
        count++;
        start += r + nn;
    }
    return ad_small(count);
}

static int tailmatch(AdValue self, AdValue sub, int64_t start, int64_t end, int dir) {
    int64_t m = blen(sub);
    end -= m;
    if (end < start) return 0;
    return memcmp(bdata(self) + (dir < 0 ? start : end), bdata(sub), (size_t)m) == 0;
}

static AdValue do_startswith(const char *name, AdValue self, const AdValue *args, size_t nargs,
                             AdValue kwnames, int dir) {
    AdValue a[3];
    if (BYTES_ARGS(name, AD_ARGS_OLD, 1, 3, NULL, a) < 0) return AD_ERROR;
    int64_t start = 0, end = INT64_MAX;
    if (ad_parse_slice_index(a[1], &start) < 0 || ad_parse_slice_index(a[2], &end) < 0) return AD_ERROR;
    ad_adjust_indices(&start, &end, blen(self));
    if (ad_isinstance_type(a[0], &ad_tuple_type)) {
        for (int64_t i = 0; i < ad_tuple_len(a[0]); i++) {
            AdValue sub = ad_tuple_get(a[0], i);
            if (need_bytes(sub) < 0) return AD_ERROR;
            if (tailmatch(self, sub, start, end, dir)) return AD_TRUE;
        }
        return AD_FALSE;
    }
    if (!ad_is_byteslike(a[0]))
        return ad_err_format(&ad_TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                             ad_type(a[0])->name);
    return ad_bool(tailmatch(self, a[0], start, end, dir));
}

METHOD(bytes_startswith) { return do_startswith("startswith", self, args, nargs, kwnames, -1); }
METHOD(bytes_endswith) { return do_startswith("endswith", self, args, nargs, kwnames, 1); }

METHOD(bytes_replace) {
    AdValue a[3];
    if (BYTES_ARGS("replace", AD_ARGS_POS, 2, 3, NULL, a) < 0) return AD_ERROR;
    if (need_bytes(a[0]) < 0 || need_bytes(a[1]) < 0) return AD_ERROR;
    int64_t count = -1;
    if (a[2] && ad_ssize_arg(a[2], &count) < 0) return AD_ERROR;
    if (count < 0) count = INT64_MAX;
    const unsigned char *d = bdata(self), *old = bdata(a[0]), *new = bdata(a[1]);
    int64_t n = blen(self), m = blen(a[0]), k = blen(a[1]);
    AdByteBuf bb;
    ad_bb_init(&bb, (size_t)n + 16);
    if (m == 0) {
        int64_t done = 0;
        for (int64_t i = 0; i <= n; i++) {
            if (done < count) { ad_bb_append(&bb, new, (size_t)k); done++; }
            if (i < n) ad_bb_append_byte(&bb, d[i]);
        }
        return like_finish(self, &bb);
    }
    int64_t i = 0, done = 0;
    while (done < count) {
        int64_t pos = ad_find_bytes(d + i, n - i, old, m, 1);
        if (pos < 0) break;
        ad_bb_append(&bb, d + i, (size_t)pos);
        ad_bb_append(&bb, new, (size_t)k);
        i += pos + m;
        done++;
    }
    if (done == 0) return like_copy(self);
    ad_bb_append(&bb, d + i, (size_t)(n - i));
    return like_finish(self, &bb);
}

static AdValue do_removefix(const char *name, AdValue self, const AdValue *args, size_t nargs,
                            AdValue kwnames, int suffix) {
    if (BYTES_ARGS(name, AD_ARGS_ONE, 1, 1, NULL, NULL) < 0 || need_bytes(args[0]) < 0) return AD_ERROR;
    int64_t n = blen(self), m = blen(args[0]);
    if (m == 0 || !tailmatch(self, args[0], 0, n, suffix ? 1 : -1)) return like_copy(self);
    return suffix ? like_sub(self, 0, n - m) : like_sub(self, m, n);
}

METHOD(bytes_removeprefix) { return do_removefix("removeprefix", self, args, nargs, kwnames, 0); }
METHOD(bytes_removesuffix) { return do_removefix("removesuffix", self, args, nargs, kwnames, 1); }

static AdValue do_partition(const char *name, AdValue self, const AdValue *args, size_t nargs,
                            AdValue kwnames, int dir) {
    if (BYTES_ARGS(name, AD_ARGS_ONE, 1, 1, NULL, NULL) < 0 || need_bytes(args[0]) < 0) return AD_ERROR;
    AdValue sep = args[0];
    int64_t n = blen(self), m = blen(sep);
    if (m == 0) return ad_err_set(&ad_ValueError, "empty separator");
    int64_t pos = ad_find_bytes(bdata(self), n, bdata(sep), m, dir);
    AdValue items[3];
    if (pos < 0) {
        /* A bytearray's parts are distinct new objects, the empty ones included. */
        items[0] = dir > 0 ? like_copy(self) : like_sub(self, 0, 0);
        items[1] = like_sub(self, 0, 0);
        items[2] = dir > 0 ? like_sub(self, 0, 0) : like_copy(self);
    } else {
        items[0] = like_sub(self, 0, pos);
        /* bytes returns the separator object itself, bytearray a new bytearray of it */
        items[1] = is_ba(self) ? ad_bytearray_from(bdata(sep), (size_t)m) : sep;
        items[2] = like_sub(self, pos + m, n);
    }
    return ad_tuple_from_array(items, 3);
}

METHOD(bytes_partition) { return do_partition("partition", self, args, nargs, kwnames, 1); }
METHOD(bytes_rpartition) { return do_partition("rpartition", self, args, nargs, kwnames, -1); }

/* ---- case mapping and predicates (ASCII only, as CPython's bytes) ---- */

enum { BCASE_LOWER, BCASE_UPPER, BCASE_SWAP, BCASE_CAPITALIZE, BCASE_TITLE };

static AdValue bytes_case(AdValue self, int op) {
    int64_t n = blen(self);
    unsigned char *out;
    AdValue r = like_alloc(self, n, &out);
    if (!r) return AD_ERROR;
    const unsigned char *d = bdata(self);
    int prev_cased = 0;
    for (int64_t i = 0; i < n; i++) {
        unsigned char c = d[i], o = c;
        switch (op) {
        case BCASE_LOWER: if (is_ascii_upper(c)) o = c + 32; break;
        case BCASE_UPPER: if (is_ascii_lower(c)) o = c - 32; break;
        case BCASE_SWAP: if (is_ascii_alpha(c)) o = c ^ 32; break;
        case BCASE_CAPITALIZE:
            if (i == 0 ? is_ascii_lower(c) : is_ascii_upper(c)) o = c ^ 32;
            break;
        default:
            if (prev_cased ? is_ascii_upper(c) : is_ascii_lower(c)) o = c ^ 32;
            prev_cased = is_ascii_alpha(c);
            break;
        }
        out[i] = o;
    }
    return r;
}

#define BCASE_METHOD(fname, pyname, op)                                                     \
    METHOD(fname) {                                                                         \
        if (BYTES_ARGS(pyname, AD_ARGS_NONE, 0, 0, NULL, NULL) < 0) return AD_ERROR;        \
        return bytes_case(self, op);                                                        \
    }
BCASE_METHOD(bytes_lower, "lower", BCASE_LOWER)
BCASE_METHOD(bytes_upper, "upper", BCASE_UPPER)
BCASE_METHOD(bytes_swapcase, "swapcase", BCASE_SWAP)
BCASE_METHOD(bytes_capitalize, "capitalize", BCASE_CAPITALIZE)
BCASE_METHOD(bytes_title, "title", BCASE_TITLE)

static int ascii_alnum(unsigned char c) { return is_ascii_alpha(c) || is_ascii_digit(c); }
static int ascii_alpha(unsigned char c) { return is_ascii_alpha(c); }
static int ascii_digit(unsigned char c) { return is_ascii_digit(c); }
static int ascii_space(unsigned char c) { return is_ascii_space(c); }

static AdValue all_bytes(AdValue self, int (*pred)(unsigned char)) {
    int64_t n = blen(self);
    if (n == 0) return AD_FALSE;
    for (int64_t i = 0; i < n; i++)
        if (!pred(bdata(self)[i])) return AD_FALSE;
    return AD_TRUE;
}

#define BPRED(fname, pyname, ...)                                                           \
    METHOD(fname) {                                                                         \
        if (BYTES_ARGS(pyname, AD_ARGS_NONE, 0, 0, NULL, NULL) < 0) return AD_ERROR;        \
        __VA_ARGS__                                                                         \
    }
BPRED(bytes_isalnum, "isalnum", return all_bytes(self, ascii_alnum);)
BPRED(bytes_isalpha, "isalpha", return all_bytes(self, ascii_alpha);)
BPRED(bytes_isdigit, "isdigit", return all_bytes(self, ascii_digit);)
BPRED(bytes_isspace, "isspace", return all_bytes(self, ascii_space);)
BPRED(bytes_isascii, "isascii", {
    for (int64_t i = 0; i < blen(self); i++)
        if (bdata(self)[i] >= 128) return AD_FALSE;
    return AD_TRUE;
})
BPRED(bytes_islower, "islower", {
    int cased = 0;
    for (int64_t i = 0; i < blen(self); i++) {
        if (is_ascii_upper(bdata(self)[i])) return AD_FALSE;
        if (is_ascii_lower(bdata(self)[i])) cased = 1;
    }
    return ad_bool(cased);
})
BPRED(bytes_isupper, "isupper", {
    int cased = 0;
    for (int64_t i = 0; i < blen(self); i++) {
        if (is_ascii_lower(bdata(self)[i])) return AD_FALSE;
        if (is_ascii_upper(bdata(self)[i])) cased = 1;
    }
    return ad_bool(cased);
})
BPRED(bytes_istitle, "istitle", {
    int cased = 0, prev = 0;
    for (int64_t i = 0; i < blen(self); i++) {
        unsigned char c = bdata(self)[i];
        if (is_ascii_upper(c)) {
            if (prev) return AD_FALSE;
            prev = cased = 1;
        } else if (is_ascii_lower(c)) {
            if (!prev) return AD_FALSE;
            prev = cased = 1;
        } else {
            prev = 0;
        }
    }
    return ad_bool(cased);
})

/* ---- padding ---- */

static AdValue bytes_pad(AdValue self, int64_t left, int64_t right, unsigned char fill) {
    if (left < 0) left = 0;
    if (right < 0) right = 0;
    if (!left && !right) return like_copy(self);
    int64_t n = blen(self);
    unsigned char *out;
    AdValue r = like_alloc(self, left + n + right, &out);
    if (!r) return AD_ERROR;
    memset(out, fill, (size_t)left);
    memcpy(out + left, bdata(self), (size_t)n);
    memset(out + left + n, fill, (size_t)right);
    return r;
}

static int justify_args(const char *name, AdValue self, const AdValue *args, size_t nargs, AdValue kwnames, int64_t *width,
                        unsigned char *fill) {
    AdValue a[2];
    if (BYTES_ARGS(name, AD_ARGS_POS, 1, 2, NULL, a) < 0 || ad_ssize_arg(a[0], width) < 0) return -1;
    *fill = ' ';
    if (a[1]) {
        if (!ad_is_byteslike(a[1]) || blen(a[1]) != 1) {
            ad_err_format(&ad_TypeError, "%s() argument 2 must be a byte string of length 1, not %s", name,
                          ad_type(a[1])->name);
            return -1;
        }
        *fill = bdata(a[1])[0];
    }
    return 0;
}

METHOD(bytes_center) {
    int64_t width;
    unsigned char fill;
    if (justify_args("center", self, args, nargs, kwnames, &width, &fill) < 0) return AD_ERROR;
    int64_t n = blen(self);
    if (n >= width) return like_copy(self);
    int64_t marg = width - n, left = marg / 2 + (marg & width & 1);
    return bytes_pad(self, left, marg - left, fill);
}

METHOD(bytes_ljust) {
    int64_t width;
    unsigned char fill;
    if (justify_args("ljust", self, args, nargs, kwnames, &width, &fill) < 0) return AD_ERROR;
    return bytes_pad(self, 0, width - blen(self), fill);
}

METHOD(bytes_rjust) {
    int64_t width;
    unsigned char fill;
    if (justify_args("rjust", self, args, nargs, kwnames, &width, &fill) < 0) return AD_ERROR;
    return bytes_pad(self, width - blen(self), 0, fill);
}

METHOD(bytes_zfill) {
    int64_t width;
    if (BYTES_ARGS("zfill", AD_ARGS_ONE, 1, 1, NULL, NULL) < 0 || ad_ssize_arg(args[0], &width) < 0)
        return AD_ERROR;
    int64_t n = blen(self);
    if (n >= width) return like_copy(self);
    AdValue r = bytes_pad(self, width - n, 0, '0');
    if (!r) return AD_ERROR;
    unsigned char first = n ? bdata(self)[0] : 0;
    if (first == '+' || first == '-') {
        unsigned char *out = (unsigned char *)bdata(r);   /* r is new: writable */
        out[0] = first;
        out[width - n] = '0';
    }
    return r;
}

static const char *const expandtabs_kw[] = {"tabsize", NULL};

METHOD(bytes_expandtabs) {
    AdValue a[1];
    if (BYTES_ARGS("expandtabs", AD_ARGS_KW, 0, 1, expandtabs_kw, a) < 0) return AD_ERROR;
    int64_t tabsize = 8;
    if (a[0] && ad_ssize_arg(a[0], &tabsize) < 0) return AD_ERROR;
    AdByteBuf bb;
    ad_bb_init(&bb, (size_t)blen(self) + 16);
    int64_t col = 0;
    for (int64_t i = 0; i < blen(self); i++) {
        unsigned char c = bdata(self)[i];
        if (c == '\t') {
            if (tabsize > 0) {
                int64_t incr = tabsize - col % tabsize;
                col += incr;
                for (int64_t k = 0; k < incr; k++) ad_bb_append_byte(&bb, ' ');
            }
        } else {
            col++;
            ad_bb_append_byte(&bb, c);
            if (c == '\n' || c == '\r') col = 0;
        }
    }
    return like_finish(self, &bb);
}

/* ---- decode, hex, fromhex, translate, maketrans ---- */

static const char *const decode_kw[] = {"encoding", "errors", NULL};

METHOD(bytes_decode) {
    AdValue a[2];
    if (BYTES_ARGS("decode", AD_ARGS_KW, 0, 2, decode_kw, a) < 0) return AD_ERROR;
    for (int i = 0; i < 2; i++)
        if (a[i] && !ad_is_str(a[i]))
            return ad_err_format(&ad_TypeError, "decode() argument '%s' must be str, not %s", decode_kw[i],
                                 ad_type(a[i])->name);
    return ad_decode(bdata(self), (size_t)blen(self), a[0] ? ad_str_utf8(a[0], NULL) : "utf-8",
                     a[1] ? ad_str_utf8(a[1], NULL) : NULL);
}

static const char *const hex_kw[] = {"sep", "bytes_per_sep", NULL};

METHOD(bytes_hex) {
    static const char digits[] = "0123456789abcdef";
    AdValue a[2];
    if (BYTES_ARGS("hex", AD_ARGS_KW, 0, 2, hex_kw, a) < 0) return AD_ERROR;
    int64_t per = 1;
    int sep = 0;
    if (a[0]) {
        AdValue s = a[0];
        if (ad_is_str(s)) {
            if (ad_str_len(s) != 1) return ad_err_set(&ad_ValueError, "sep must be length 1.");
            uint32_t c = ad_str_char(s, 0);
            if (c >= 128) return ad_err_set(&ad_ValueError, "sep must be ASCII.");
            sep = (int)c;
        } else if (ad_is_bytes(s)) {
            if (blen(s) != 1) return ad_err_set(&ad_ValueError, "sep must be length 1.");
            sep = bdata(s)[0];
        } else {
            /* CPython takes len(sep) first, then wants a str or bytes (not even a bytearray). */
            int64_t len = ad_len(s);
            if (len < 0) return AD_ERROR;
            if (len != 1) return ad_err_set(&ad_ValueError, "sep must be length 1.");
            return ad_err_set(&ad_TypeError, "sep must be str or bytes.");
        }
        if (a[1] && ad_ssize_arg(a[1], &per) < 0) return AD_ERROR;
    }
    int64_t n = blen(self);
    AdByteBuf bb;
    ad_bb_init(&bb, (size_t)n * 3 + 1);
    int64_t group = per < 0 ? -per : per;
    for (int64_t i = 0; i < n; i++) {
        if (sep && group && i > 0) {
            /* Positive bytes_per_sep counts groups from the right, negative from the left. */
            int64_t from = per > 0 ? n - i : i;
            if (from % group == 0) ad_bb_append_byte(&bb, (unsigned char)sep);
        }
        unsigned char c = bdata(self)[i];
        ad_bb_append_byte(&bb, (unsigned char)digits[c >> 4]);
        ad_bb_append_byte(&bb, (unsigned char)digits[c & 15]);
    }
    return ad_bb_finish_str_ascii(&bb);
}

static int hex_value(uint32_t c) {
    if (c >= '0' && c <= '9') return (int)(c - '0');
    if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
    return -1;
}

METHOD(bytes_fromhex) {
    if (BYTES_ARGS("fromhex", AD_ARGS_ONE, 1, 1, NULL, NULL) < 0) return AD_ERROR;
    AdValue s = args[0];
    if (!ad_is_str(s))
        return ad_err_format(&ad_TypeError, "fromhex() argument must be str, not %s", ad_type(s)->name);
    int64_t n = ad_str_len(s), i = 0;
    AdByteBuf bb;
    ad_bb_init(&bb, (size_t)n / 2 + 1);
    for (;;) {
        while (i < n && ad_uni_isspace(ad_str_char(s, i)) && ad_str_char(s, i) < 128) i++;
        if (i >= n) break;
        int hi = hex_value(ad_str_char(s, i));
        int lo = i + 1 < n ? hex_value(ad_str_char(s, i + 1)) : -1;
        if (hi < 0 || lo < 0) {
            int64_t at = hi < 0 ? i : i + 1;
            return ad_err_format(&ad_ValueError, "non-hexadecimal number found in fromhex() arg at position %lld",
                                 (long long)at);
        }
        ad_bb_append_byte(&bb, (unsigned char)(hi * 16 + lo));
        i += 2;
    }
    AdValue r = strcmp(self_name(self), "bytearray") == 0 ? ad_bytearray_from_buf(&bb) : ad_bb_finish_bytes(&bb);
    /* A subclass gets cls(result), as CPython's fromhex does. */
    if (self && self != AD_VAL(&ad_bytes_type) && self != AD_VAL(&ad_bytearray_type) && r) return ad_call1(self, r);
    return r;
}

static const char *const translate_kw[] = {"", "delete", NULL};

METHOD(bytes_translate) {
    AdValue a[2];
    size_t nkw = kwnames ? (size_t)ad_tuple_len(kwnames) : 0;
    if (nargs == 0) {
        return ad_err_format(&ad_TypeError, "translate() takes at least 1 positional argument (%zu given)", nargs);
    }
    if (BYTES_ARGS("translate", AD_ARGS_KW, 1, 2, translate_kw, a) < 0) return AD_ERROR;
    (void)nkw;
    AdValue table = a[0];
    if (table != AD_NONE) {
        if (need_bytes(table) < 0) return AD_ERROR;
        if (blen(table) != 256) return ad_err_set(&ad_ValueError, "translation table must be 256 characters long");
    }
    if (a[1] && need_bytes(a[1]) < 0) return AD_ERROR;
    AdByteBuf bb;
    ad_bb_init(&bb, (size_t)blen(self) + 1);
    for (int64_t i = 0; i < blen(self); i++) {
        unsigned char c = bdata(self)[i];
        if (a[1] && memchr(bdata(a[1]), c, (size_t)blen(a[1]))) continue;
        ad_bb_append_byte(&bb, table == AD_NONE ? c : bdata(table)[c]);
    }
    return like_finish(self, &bb);
}

METHOD(bytes_maketrans) {
    AdValue a[2];
    if (BYTES_ARGS("maketrans", AD_ARGS_POS, 2, 2, NULL, a) < 0) return AD_ERROR;
    if (need_bytes(a[0]) < 0 || need_bytes(a[1]) < 0) return AD_ERROR;
    if (blen(a[0]) != blen(a[1]))
        return ad_err_set(&ad_ValueError, "maketrans arguments must have same length");
    AdBytes *r = bytes_alloc(256);
    if (!r) return AD_ERROR;
    for (int i = 0; i < 256; i++) r->data[i] = (unsigned char)i;
    for (int64_t i = 0; i < blen(a[0]); i++) r->data[bdata(a[0])[i]] = bdata(a[1])[i];
    return AD_VAL(r);
}

/* ---- dunders ---- */

#define BWRAPPER(name, n) \
    if (ad_method_args("bytes", name, AD_ARGS_WRAPPER, args, nargs, kwnames, n, n, NULL, NULL) < 0) return AD_ERROR

METHOD(bytes_dunder_getitem) { BWRAPPER("__getitem__", 1); return bytes_getitem(self, args[0]); }
METHOD(bytes_dunder_len) { BWRAPPER("__len__", 0); return ad_small(blen(self)); }
METHOD(bytes_dunder_contains) {
    BWRAPPER("__contains__", 1);
    int r = ad_bytes_contains(self, args[0]);
    return r < 0 ? AD_ERROR : ad_bool(r);
}
METHOD(bytes_dunder_add) {
    BWRAPPER("__add__", 1);
    if (!ad_is_byteslike(args[0]))
        return ad_err_format(&ad_TypeError, "can't concat %s to bytes", ad_type(args[0])->name);
    return ad_bytes_concat(self, args[0]);
}
METHOD(bytes_dunder_mul) {
    BWRAPPER("__mul__", 1);
    int64_t n = ad_index_value(args[0], &ad_OverflowError);
    if (n == -1 && ad_err_occurred()) return AD_ERROR;
    return bytes_repeat(self, n);
}
METHOD(bytes_dunder_mod) { BWRAPPER("__mod__", 1); return ad_bytes_mod(self, args[0]); }
METHOD(bytes_dunder_rmod) {
    BWRAPPER("__rmod__", 1);
    return ad_is_bytes(args[0]) ? ad_bytes_mod(args[0], self) : AD_NOTIMPL;
}
METHOD(bytes_dunder_iter) { BWRAPPER("__iter__", 0); return ad_bytes_iter(self); }
METHOD(bytes_dunder_hash) { BWRAPPER("__hash__", 0); return ad_int_from_i64(ad_type(self)->hash(self)); }
METHOD(bytes_getnewargs) {
    if (BYTES_ARGS("__getnewargs__", AD_ARGS_NONE, 0, 0, NULL, NULL) < 0) return AD_ERROR;
    AdValue copy = bytes_exact(self);
    return ad_tuple_from_array(&copy, 1);
}

static AdValue bytes_compare_wrapper(const char *name, AdValue self, const AdValue *args, size_t nargs,
                                     AdValue kwnames, int op) {
    BWRAPPER(name, 1);
    return ad_bytes_richcompare(self, args[0], op);
}
METHOD(bytes_dunder_eq) { return bytes_compare_wrapper("__eq__", self, args, nargs, kwnames, AD_EQ); }
METHOD(bytes_dunder_ne) { return bytes_compare_wrapper("__ne__", self, args, nargs, kwnames, AD_NE); }
METHOD(bytes_dunder_lt) { return bytes_compare_wrapper("__lt__", self, args, nargs, kwnames, AD_LT); }
METHOD(bytes_dunder_le) { return bytes_compare_wrapper("__le__", self, args, nargs, kwnames, AD_LE); }
METHOD(bytes_dunder_gt) { return bytes_compare_wrapper("__gt__", self, args, nargs, kwnames, AD_GT); }
METHOD(bytes_dunder_ge) { return bytes_compare_wrapper("__ge__", self, args, nargs, kwnames, AD_GE); }

const AdMethodDef ad_bytes_shared_methods[] = {
    {"capitalize", bytes_capitalize, 0},
    {"center", bytes_center, 0},
    {"count", bytes_count, 0},
    {"decode", bytes_decode, 0},
    {"endswith", bytes_endswith, 0},
    {"expandtabs", bytes_expandtabs, 0},
    {"find", bytes_find, 0},
    {"fromhex", bytes_fromhex, AD_METH_CLASS},
    {"hex", bytes_hex, 0},
    {"index", bytes_index, 0},
    {"isalnum", bytes_isalnum, 0},
    {"isalpha", bytes_isalpha, 0},
    {"isascii", bytes_isascii, 0},
    {"isdigit", bytes_isdigit, 0},
    {"islower", bytes_islower, 0},
    {"isspace", bytes_isspace, 0},
    {"istitle", bytes_istitle, 0},
    {"isupper", bytes_isupper, 0},
    {"join", bytes_join, 0},
    {"ljust", bytes_ljust, 0},
    {"lower", bytes_lower, 0},
    {"lstrip", bytes_lstrip, 0},
    {"maketrans", bytes_maketrans, AD_METH_STATIC},
    {"partition", bytes_partition, 0},
    {"removeprefix", bytes_removeprefix, 0},
    {"removesuffix", bytes_removesuffix, 0},
    {"replace", bytes_replace, 0},
    {"rfind", bytes_rfind, 0},
    {"rindex", bytes_rindex, 0},
    {"rjust", bytes_rjust, 0},
    {"rpartition", bytes_rpartition, 0},
    {"rsplit", bytes_rsplit, 0},
    {"rstrip", bytes_rstrip, 0},
    {"split", bytes_split, 0},
    {"splitlines", bytes_splitlines, 0},
    {"startswith", bytes_startswith, 0},
    {"strip", bytes_strip, 0},
    {"swapcase", bytes_swapcase, 0},
    {"title", bytes_title, 0},
    {"translate", bytes_translate, 0},
    {"upper", bytes_upper, 0},
    {"zfill", bytes_zfill, 0},
    {NULL, NULL, 0},
};

/* bytes' own dunders (bytearray's are the slot wrappers of its own slots). */
static const AdMethodDef bytes_only_methods[] = {
    {"__getitem__", bytes_dunder_getitem, 0},
    {"__len__", bytes_dunder_len, 0},
    {"__contains__", bytes_dunder_contains, 0},
    {"__add__", bytes_dunder_add, 0},
    {"__mul__", bytes_dunder_mul, 0},
    {"__rmul__", bytes_dunder_mul, 0},
    {"__mod__", bytes_dunder_mod, 0},
    {"__rmod__", bytes_dunder_rmod, 0},
    {"__iter__", bytes_dunder_iter, 0},
    {"__hash__", bytes_dunder_hash, 0},
    {"__eq__", bytes_dunder_eq, 0},
    {"__ne__", bytes_dunder_ne, 0},
    {"__lt__", bytes_dunder_lt, 0},
    {"__le__", bytes_dunder_le, 0},
    {"__gt__", bytes_dunder_gt, 0},
    {"__ge__", bytes_dunder_ge, 0},
    {"__getnewargs__", bytes_getnewargs, 0},
    {NULL, NULL, 0},
};

/* ========================================================================================== */
/* MARK: The type                                                                              */
/* ========================================================================================== */

AdType ad_bytes_type = {
    .ob = {&ad_type_type},
    .name = "bytes",
    .base = &ad_object_type,
    .flags = AD_TPFLAG_BASETYPE | AD_TPFLAG_BYTES_SUBCLASS,
    .instance_size = sizeof(AdBytes),
    .repr = ad_bytes_repr,
    .str = ad_bytes_repr,          /* str() ignores a subclass's __repr__, as CPython's bytes_str */
    .hash = bytes_hash,
    .richcompare = ad_bytes_richcompare,
    .len = bytes_len,
    .getitem = bytes_getitem,
    .contains = ad_bytes_contains,
    .iter = ad_bytes_iter,
    .construct = bytes_construct,
    .number = {[AD_OP_ADD] = ad_bytes_concat, [AD_OP_MUL] = ad_bytes_mul, [AD_OP_MOD] = ad_bytes_mod_slot},
};

void ad_init_bytes(void) {
    ad_type_ready(&ad_bytes_type, bytes_only_methods, NULL);
    ad_type_ready(&ad_bytes_type, ad_bytes_shared_methods, NULL);
    ad_type_ready(&bytes_iterator_type, bytes_iter_methods, NULL);
    ad_type_ready(&bytearray_iterator_type, bytes_iter_methods, NULL);
    ad_init_bytearray();
}
