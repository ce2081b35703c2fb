/*
 * unicode.c — character properties and case mappings, exactly as CPython 3.11 has them.
 *
 * CPython 3.11 uses the Unicode 14.0.0 database; libutf8proc on the build machines is newer and
 * lacks several properties str needs (numeric types, Other_Lowercase, Case_Ignorable,
 * XID_Start/XID_Continue), so the data comes from a table generated from CPython itself by
 * tools/gen_unicode_db.py (unicode_db.h). A two-level index maps a code point to one of a few
 * hundred records; code points whose full case mappings expand (ß → SS) are in a small sorted
 * table. ASCII, by far the most common input, takes inline shortcuts where they matter
 * (space, case mapping); otherwise the first blocks of the index stay hot in the cache.
 */
#include "strings.h"
#include "unicode_db.h"

static inline const UniRecord *record(uint32_t cp) {
    if (cp >= 0x110000) return &uni_records[0];
    unsigned block = uni_index1[cp >> UNI_SHIFT];
    return &uni_records[uni_index2[(block << UNI_SHIFT) | (cp & ((1u << UNI_SHIFT) - 1))]];
}

static inline int has(uint32_t cp, unsigned flag) { return (record(cp)->flags & flag) != 0; }

int ad_uni_isspace(uint32_t cp) {
    if (cp < 128) return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 28 && cp <= 31);
    return has(cp, UNI_SPACE);
}
int ad_uni_isalpha(uint32_t cp) { return has(cp, UNI_ALPHA); }
int ad_uni_isdecimal(uint32_t cp) { return has(cp, UNI_DECIMAL); }
int ad_uni_isdigit(uint32_t cp) { return has(cp, UNI_DIGIT); }
int ad_uni_isnumeric(uint32_t cp) { return has(cp, UNI_NUMERIC); }
int ad_uni_isalnum(uint32_t cp) { return has(cp, UNI_ALPHA | UNI_DECIMAL | UNI_DIGIT | UNI_NUMERIC); }
int ad_uni_isprintable(uint32_t cp) { return has(cp, UNI_PRINTABLE); }
int ad_uni_islower(uint32_t cp) { return has(cp, UNI_LOWER); }
int ad_uni_isupper(uint32_t cp) { return has(cp, UNI_UPPER); }
int ad_uni_istitle(uint32_t cp) { return has(cp, UNI_TITLE); }
int ad_uni_iscased(uint32_t cp) { return has(cp, UNI_CASED); }
int ad_uni_iscaseignorable(uint32_t cp) { return has(cp, UNI_CASE_IGNORABLE); }
int ad_uni_islinebreak(uint32_t cp) { return has(cp, UNI_LINEBREAK); }
int ad_uni_isxidstart(uint32_t cp) { return has(cp, UNI_XID_START); }
int ad_uni_isxidcontinue(uint32_t cp) { return has(cp, UNI_XID_CONTINUE); }

int ad_uni_decimal(uint32_t cp) {
    const UniRecord *r = record(cp);
    return (r->flags & UNI_DECIMAL) ? r->decimal : -1;
}

/** The entry of the full-mapping table for cp (which has the EXT flag). */
static const UniExtCase *ext_case(uint32_t cp) {
    size_t lo = 0, hi = sizeof uni_ext_cases / sizeof uni_ext_cases[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (uni_ext_cases[mid].cp < cp) lo = mid + 1;
        else hi = mid;
    }
    return &uni_ext_cases[lo];
}

/** Mapping `which` (0 lower, 1 upper, 2 title, 3 fold) of cp into out; returns the count. */
static int map_full(uint32_t cp, int which, uint32_t *out) {
    const UniRecord *r = record(cp);
    if (r->flags & UNI_EXT) {
        const uint32_t *m = ext_case(cp)->map[which];
        int n = 0;
        while (n < 3 && m[n]) { out[n] = m[n]; n++; }
        return n;
    }
    int32_t delta = which == 1 ? r->upper : which == 2 ? r->title : r->lower;
    out[0] = (uint32_t)((int32_t)cp + delta);
    return 1;
}

int ad_uni_lower_full(uint32_t cp, uint32_t *out) {
    if (cp < 128) { out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp; return 1; }
    return map_full(cp, 0, out);
}
int ad_uni_upper_full(uint32_t cp, uint32_t *out) {
    if (cp < 128) { out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp; return 1; }
    return map_full(cp, 1, out);
}
int ad_uni_title_full(uint32_t cp, uint32_t *out) {
    if (cp < 128) { out[0] = cp >= 'a' && cp <= 'z' ? cp - 32 : cp; return 1; }
    return map_full(cp, 2, out);
}
int ad_uni_fold_full(uint32_t cp, uint32_t *out) {
    if (cp < 128) { out[0] = cp >= 'A' && cp <= 'Z' ? cp + 32 : cp; return 1; }
    return map_full(cp, 3, out);
}
