/*
 * bytes.c — the immutable bytes type, and the codecs str.encode / bytes.decode use
 * (utf-8, ascii, latin-1 with the strict / ignore / replace / … error handlers).
 *
 * Invariants: data is NUL-terminated (length + 1 bytes) so that it can be handed to C; the hash
 * is cached (-1 until computed); the empty bytes and the one-byte values are shared.
 */
#include "strings.h"

#include <stdlib.h>

/* ========================================================================================== */
/* MARK: Creation                                                                              */
/* ========================================================================================== */

static AdValue empty_bytes;
static AdValue byte_values[256];

static AdBytes *bytes_alloc(int64_t len) {
    AdBytes *b = ad_alloc_atomic(sizeof(AdBytes) + (size_t)len + 1);
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

/** Append the replacement for undecodable bytes data[start:end] per the error mode. */
static void decode_replacement(AdStrBuilder *sb, enum ErrorMode mode, const unsigned char *data,
                               int64_t start, int64_t end) {
    static const char hex[] = "0123456789abcdef";
    for (int64_t i = start; i < end; i++) {
        switch (mode) {
        case ERR_REPLACE:
            ad_sb_append_char(sb, 0xFFFD);
            return;   /* one U+FFFD per malformed sequence */
        case ERR_BACKSLASH: {
            char e[4] = {'\\', 'x', hex[data[i] >> 4], hex[data[i] & 15]};
            ad_sb_append_ascii(sb, e, 4);
            break;
        }
        case ERR_SURROGATEESCAPE:
            ad_sb_append_char(sb, 0xDC00 + data[i]);
            break;
        default:
            return;
        }
    }
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
        if (mode == ERR_STRICT || mode == ERR_SURROGATEPASS || mode == ERR_XMLCHARREF ||
            mode == ERR_NAMEREPLACE)
            return ad_unicode_decode_error("utf-8", data, (int64_t)i, (int64_t)i + bad, reason);
        if (mode == ERR_UNKNOWN) return unknown_error_handler(errors);
        decode_replacement(&sb, mode, data, (int64_t)i, (int64_t)i + bad);
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
        if (mode == ERR_UNKNOWN) return unknown_error_handler(errors);
        if (mode == ERR_STRICT || mode == ERR_SURROGATEPASS || mode == ERR_XMLCHARREF ||
            mode == ERR_NAMEREPLACE)
            return ad_unicode_decode_error("ascii", data, (int64_t)i, (int64_t)i + 1,
                                           "ordinal not in range(128)");
        decode_replacement(&sb, mode, data, (int64_t)i, (int64_t)i + 1);
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

AdValue ad_decode(const unsigned char *data, size_t len, const char *encoding, const char *errors) {
    if (!encoding || encoding_is(encoding, utf8_names)) return decode_utf8(data, len, errors);
    if (encoding_is(encoding, ascii_names)) return decode_ascii(data, len, errors);
    if (encoding_is(encoding, latin1_names)) return ad_str_from_latin1(data, len);
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

AdValue ad_encode(AdValue s, const char *encoding, const char *errors) {
    if (!encoding || encoding_is(encoding, utf8_names)) return ad_str_encode_utf8(s, errors);
    if (encoding_is(encoding, ascii_names)) return encode_charmap(s, 128, "ascii", errors);
    if (encoding_is(encoding, latin1_names)) return encode_charmap(s, 256, "latin-1", errors);
    return ad_err_format(&ad_LookupError, "unknown encoding: %s", encoding);
}

/* ========================================================================================== */
/* MARK: repr, hash, compare                                                                   */
/* ========================================================================================== */

AdValue ad_bytes_repr(AdValue v) {
    static const char hex[] = "0123456789abcdef";
    AdBytes *b = AD_BYTES(v);
    int single = memchr(b->data, '\'', (size_t)b->length) != NULL;
    int dbl = memchr(b->data, '"', (size_t)b->length) != NULL;
    char quote = single && !dbl ? '"' : '\'';
    AdByteBuf bb;
    ad_bb_init(&bb, (size_t)b->length + 3);
    ad_bb_append_byte(&bb, 'b');
    ad_bb_append_byte(&bb, (unsigned char)quote);
    for (int64_t i = 0; i < b->length; i++) {
        unsigned char c = b->data[i];
        if (c == quote || c == '\\') {
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
    return ad_bb_finish_str_ascii(&bb);
}

static int64_t bytes_hash(AdValue v) {
    AdBytes *b = AD_BYTES(v);
    if (b->hash != -1) return b->hash;
    int64_t h = (int64_t)ad_hash_bytes(b->data, (size_t)b->length);
    if (h == -1) h = -2;
    return b->hash = h;
}

static int64_t bytes_len(AdValue v) { return AD_BYTES(v)->length; }

static int bytes_cmp(AdBytes *a, AdBytes *b) {
    int64_t n = a->length < b->length ? a->length : b->length;
    int c = memcmp(a->data, b->data, (size_t)n);
    if (c) return c < 0 ? -1 : 1;
    return a->length < b->length ? -1 : a->length > b->length ? 1 : 0;
}

static AdValue bytes_richcompare(AdValue a, AdValue b, int op) {
    if (!ad_is_bytes(a) || !ad_is_bytes(b)) return AD_NOTIMPL;
    AdBytes *p = AD_BYTES(a), *q = AD_BYTES(b);
    if (op == AD_EQ || op == AD_NE) {
        int eq = p->length == q->length && memcmp(p->data, q->data, (size_t)p->length) == 0;
        return ad_bool(op == AD_EQ ? eq : !eq);
    }
    int c = bytes_cmp(p, q);
    switch (op) {
    case AD_LT: return ad_bool(c < 0);
    case AD_LE: return ad_bool(c <= 0);
    case AD_GT: return ad_bool(c > 0);
    default:    return ad_bool(c >= 0);
    }
}

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
    .hash = bytes_hash,
    .richcompare = bytes_richcompare,
    .len = bytes_len,
};

static const AdMethodDef bytes_methods[] = {
    {NULL, NULL, 0},
};

void ad_init_bytes(void) {
    ad_type_ready(&ad_bytes_type, bytes_methods, NULL);
}
