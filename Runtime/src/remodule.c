/*
 * remodule.c — the `re` module: Python's regular expressions, CPython 3.11's interface and
 * behaviour, on top of PCRE2 and its JIT. The whole module is C (including what CPython writes in
 * Python: re.error, RegexFlag, Scanner, the compile cache), so that importing it compiles no
 * Python code.
 *
 * The design, and the invariants the rest of the file relies on:
 *  - Python's pattern syntax is translated to PCRE2's by a parser that follows CPython's own
 *    (re/_parser.py) step by step, so that every pattern CPython rejects is rejected here with the
 *    same re.error message and position, and every accepted pattern becomes a PCRE2 pattern with
 *    the same meaning. Where the two engines' semantics differ the translation spells Python's out
 *    explicitly: \Z is \z; \s is Python's str.isspace() set; \B never matches an empty string;
 *    four groups of characters that Python's IGNORECASE equates beyond Unicode simple case folding
 *    (i/I/İ/ı, and three Greek and ligature pairs) become classes; local (?a:...) / (?u:...)
 *    groups get explicit ASCII or Unicode classes. The rest agrees exactly (checked over every
 *    code point for \w, \d, \s and case-insensitive literals).
 *  - Group names never reach PCRE2: groups are plain numbered groups and names live in the
 *    Pattern's groupindex. Group numbering is the same in both engines (no branch reset).
 *  - Positions are code-point indices. A str is stored as ASCII bytes (kind 1) or as UCS-4 (kind
 *    4): kind-4 strs are matched by the 32-bit library in non-UTF mode with PCRE2_UCP (so that
 *    lone surrogates are plain characters), kind-1 strs by the 8-bit library in UTF-8 mode on
 *    their own bytes (an ASCII byte offset is a code-point index); bytes by the 8-bit library in
 *    non-UTF mode. A pattern the 8-bit library cannot compile (a surrogate or, under re.ASCII, a
 *    character above 0xff) matches ASCII strs widened to 32 bits.
 *  - Each (width, anchoring) variant is compiled on first use and JIT-compiled. match() and
 *    fullmatch() use variants compiled with PCRE2_ANCHORED (and ENDANCHORED), because the JIT
 *    does not honour those options at match time. PCRE2's code is malloc'd: a finalizer on the
 *    Pattern frees it.
 *  - Iterating matches (findall, finditer, sub, split) follows CPython 3.7+: after an empty match
 *    the next one may not be empty at the same position (PCRE2_NOTEMPTY_ATSTART), but a non-empty
 *    one may start there.
 *  - Matching never calls Python code; match data and the JIT stack are shared and only read
 *    right after each pcre2_match call.
 */
#include "strings.h"
#include "core.h"

#include <gc/gc.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#define PCRE2_CODE_UNIT_WIDTH 0
#include <pcre2.h>

/* ========================================================================================== */
/* MARK: Translating Python's pattern syntax to PCRE2's                                        */
/* ========================================================================================== */

/*
 * The translator is a port of the structure of CPython's re/_parser.py: a tokenizer with one
 * token of lookahead (a character, or a backslash with the character after it), _parse_sub for
 * alternations, _parse for sequences, and the escape functions. It checks what the parser checks,
 * at the same positions, with the same messages, and computes the (min, max) width of every
 * subpattern the way SubPattern.getwidth does (for the look-behind check of the compiler). While
 * it parses, it writes the PCRE2 pattern: every item of the Python pattern becomes exactly one
 * PCRE2 atom (a character, an escape, a class or a group), so that a quantifier can follow it.
 * The PCRE2 text is pure ASCII (other characters are written \x{...}), usable by the 8-bit and
 * the 32-bit libraries alike.
 *
 * Errors unwind with longjmp to translate(): the parser calls no Python code except the
 * unicodedata lookup of \N{...}, which returns normally before any jump.
 */

enum {
    F_TEMPLATE = 1, F_IGNORECASE = 2, F_LOCALE = 4, F_MULTILINE = 8, F_DOTALL = 16,
    F_UNICODE = 32, F_VERBOSE = 64, F_DEBUG = 128, F_ASCII = 256,
    F_TYPE = F_ASCII | F_LOCALE | F_UNICODE,
    F_GLOBAL = F_DEBUG | F_TEMPLATE,
};

#define MAXREPEAT INT64_C(4294967295)
#define MAXGROUPS INT64_C(1073741823)
/* PCRE2 counts repeats in 16 bits. */
#define PCRE_MAXREPEAT 65535

/* Tokens: TOK_END, a code point, or TOK_ESC | the code point after a backslash. */
#define TOK_END ((int64_t)-1)
#define TOK_ESC ((int64_t)1 << 32)

typedef struct Width {
    int64_t lo, hi;
} Width;

/* The effective flags inside scoped groups: flags -> (flags & keep) | set. */
typedef struct Scope {
    int64_t keep, set;
} Scope;

/* Class items. */
enum { CI_LIT, CI_RANGE, CI_CAT };
/* Categories, in CPython's order. */
enum { CAT_DIGIT, CAT_NOT_DIGIT, CAT_SPACE, CAT_NOT_SPACE, CAT_WORD, CAT_NOT_WORD };

typedef struct ClassItem {
    int kind;
    uint32_t lo, hi;           /* CI_CAT: lo is the category */
} ClassItem;

typedef struct GroupName {
    AdValue name;              /* str */
    int64_t gid;
} GroupName;

typedef struct GroupRefPos {
    int64_t gid, pos;
} GroupRefPos;

enum { ERR_RE, ERR_RE_NOPOS, ERR_OVERFLOW, ERR_VALUE, ERR_SET };

typedef struct Translator {
    const uint32_t *src;       /* the pattern's code points (bytes: 0..255) */
    int64_t n;
    int is_text;
    /* the tokenizer */
    int64_t index;             /* just after the lookahead token */
    int64_t next;              /* the lookahead token */
    /* the parser's State */
    int64_t flags;
    int64_t groups;            /* opened groups + 1 */
    Width *gwidth;             /* per group; closed[] says whether it is known */
    uint8_t *closed;
    int32_t *parent;           /* the capturing group enclosing each group (0: none) */
    int64_t gcap, ccap, pcap;
    int64_t lookbehindgroups;  /* -1: None */
    int64_t cur_group;         /* the innermost open capturing group, 0 at top level */
    GroupName *names;
    int64_t nnames, names_cap;
    GroupRefPos *refpos;
    int64_t nrefpos, refpos_cap;
    int lookbehind_bad;        /* a look-behind of variable width (reported after parsing) */
    const char *template_op;   /* the first repeat under re.TEMPLATE (reported after parsing) */
    int caseless_backref;      /* a back reference under IGNORECASE */
    /* the PCRE2 text */
    char *out;
    size_t len, cap;
    /* the error */
    jmp_buf jb;
    int err_kind;
    AdValue err_msg;
    int64_t err_pos;
} Translator;

/* ---- memory of the translator: collected, so that an error unwinding past it leaks nothing -- */

static void *tr_grow(Translator *t, void *p, int64_t *cap, int64_t need, size_t item, int scanned) {
    if (need <= *cap) return p;
    int64_t c = *cap ? *cap * 2 : 16;
    while (c < need) c *= 2;
    void *q = scanned ? ad_alloc((size_t)c * item) : ad_alloc_atomic((size_t)c * item);
    if (p) memcpy(q, p, (size_t)*cap * item);
    memset((char *)q + (size_t)*cap * item, 0, (size_t)(c - *cap) * item);
    *cap = c;
    return q;
}

/* ---- errors --------------------------------------------------------------------------------- */

static _Noreturn void fail_at(Translator *t, AdValue msg, int64_t pos) {
    t->err_kind = msg ? ERR_RE : ERR_SET;
    t->err_msg = msg;
    t->err_pos = pos;
    longjmp(t->jb, 1);
}

static int64_t tok_tell(Translator *t);

/* source.error(msg, offset) */
static _Noreturn void fail(Translator *t, AdValue msg, int64_t offset) {
    fail_at(t, msg, tok_tell(t) - offset);
}

static _Noreturn void failc(Translator *t, const char *msg, int64_t offset) {
    fail(t, ad_str_from_cstr(msg), offset);
}

static _Noreturn void fail_kind(Translator *t, int kind, const char *msg) {
    t->err_kind = kind;
    t->err_msg = ad_str_from_cstr(msg);
    t->err_pos = -1;
    longjmp(t->jb, 1);
}

/* ---- the tokenizer -------------------------------------------------------------------------- */

static inline int tok_len(int64_t tok) { return tok == TOK_END ? 0 : (tok & TOK_ESC) ? 2 : 1; }

static void tok_advance(Translator *t) {
    int64_t i = t->index;
    if (i >= t->n) {
        t->next = TOK_END;
        return;
    }
    uint32_t c = t->src[i];
    if (c == '\\') {
        if (i + 1 >= t->n) fail_at(t, ad_str_from_cstr("bad escape (end of pattern)"), t->n - 1);
        t->next = TOK_ESC | t->src[i + 1];
        t->index = i + 2;
    } else {
        t->next = c;
        t->index = i + 1;
    }
}

static int64_t tok_tell(Translator *t) { return t->index - tok_len(t->next); }

static int64_t tok_get(Translator *t) {
    int64_t this = t->next;
    tok_advance(t);
    return this;
}

static int tok_match(Translator *t, uint32_t c) {
    if (t->next != (int64_t)c) return 0;
    tok_advance(t);
    return 1;
}

static void tok_seek(Translator *t, int64_t index) {
    t->index = index;
    tok_advance(t);
}

/* The text of a token, appended to a code point buffer; returns the new length. */
static int tok_text(int64_t tok, uint32_t *buf, int len) {
    if (tok == TOK_END) return len;
    if (tok & TOK_ESC) {
        buf[len++] = '\\';
        buf[len++] = (uint32_t)(tok & 0xFFFFFFFF);
    } else {
        buf[len++] = (uint32_t)tok;
    }
    return len;
}

/* A str of a token's text. */
static AdValue tok_str(int64_t tok) {
    uint32_t buf[2];
    int n = tok_text(tok, buf, 0);
    return ad_str_from_ucs4(buf, (size_t)n);
}

static inline int is_digit_tok(int64_t tok) { return tok >= '0' && tok <= '9'; }
static inline int is_octdigit_tok(int64_t tok) { return tok >= '0' && tok <= '7'; }
static inline int is_hexdigit_tok(int64_t tok) {
    return (tok >= '0' && tok <= '9') || (tok >= 'a' && tok <= 'f') || (tok >= 'A' && tok <= 'F');
}
static inline int is_ascii_letter(uint32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static inline int hex_value(uint32_t c) {
    return c <= '9' ? (int)(c - '0') : (int)((c | 0x20) - 'a' + 10);
}

/* A growable code point buffer for names and escapes. */
typedef struct CpBuf {
    uint32_t *p;
    int64_t len, cap;
    uint32_t small[64];
} CpBuf;

static void cp_init(CpBuf *b) {
    b->p = b->small;
    b->len = 0;
    b->cap = 64;
}

static void cp_push(Translator *t, CpBuf *b, uint32_t c) {
    if (b->len == b->cap) {
        /* Collected memory: a longjmp past this frame must not leak it. */
        uint32_t *q = ad_alloc_atomic((size_t)b->cap * 2 * 4);
        memcpy(q, b->p, (size_t)b->len * 4);
        b->p = q;
        b->cap *= 2;
    }
    b->p[b->len++] = c;
}

static void cp_push_tok(Translator *t, CpBuf *b, int64_t tok) {
    if (tok & TOK_ESC) cp_push(t, b, '\\');
    cp_push(t, b, (uint32_t)(tok & 0xFFFFFFFF));
}

static AdValue cp_str(CpBuf *b) { return ad_str_from_ucs4(b->p, (size_t)b->len); }

/* source.getwhile(n, charset) for the digit sets: appends to b, returns how many were read. */
static int getwhile(Translator *t, CpBuf *b, int n, int (*in_set)(int64_t)) {
    int k = 0;
    for (; k < n; k++) {
        if (!in_set(t->next)) break;
        cp_push(t, b, (uint32_t)tok_get(t));
    }
    return k;
}

/* source.getuntil(terminator, name) */
static void getuntil(Translator *t, CpBuf *b, uint32_t terminator, const char *what) {
    for (;;) {
        int64_t c = t->next;
        tok_advance(t);
        if (c == TOK_END) {
            if (!b->len) fail(t, ad_sprintf("missing %s", what), 0);
            fail(t, ad_sprintf("missing %c, unterminated name", (int)terminator), b->len);
        }
        if (c == (int64_t)terminator) {
            if (!b->len) fail(t, ad_sprintf("missing %s", what), 1);
            return;
        }
        cp_push_tok(t, b, c);
    }
}

/* source.checkgroupname(name, offset) (the DeprecationWarning for bytes is not issued). */
static void checkgroupname(Translator *t, AdValue name, int64_t offset) {
    if (!ad_str_isidentifier(name))
        fail(t, ad_sprintf("bad character in group name %R", name), ad_str_len(name) + offset);
}

/* ---- widths ----------------------------------------------------------------------------------- */

#define WIDTH_SAT (INT64_C(1) << 62)

static inline int64_t sat_add(int64_t a, int64_t b) { return a + b > WIDTH_SAT ? WIDTH_SAT : a + b; }
static inline int64_t sat_mul(int64_t a, int64_t b) {
    if (a == 0 || b == 0) return 0;
    return a > WIDTH_SAT / b ? WIDTH_SAT : a * b;
}
/* The cap of SubPattern.getwidth. */
static inline Width width_cap(Width w) {
    if (w.lo > MAXREPEAT - 1) w.lo = MAXREPEAT - 1;
    if (w.hi > MAXREPEAT) w.hi = MAXREPEAT;
    return w;
}

/* ---- the State ---------------------------------------------------------------------------- */

static int64_t opengroup(Translator *t, AdValue name, int64_t name_len) {
    int64_t gid = t->groups;
    t->gwidth = tr_grow(t, t->gwidth, &t->gcap, gid + 1, sizeof(Width), 0);
    t->closed = tr_grow(t, t->closed, &t->ccap, gid + 1, 1, 0);
    t->parent = tr_grow(t, t->parent, &t->pcap, gid + 1, sizeof(int32_t), 0);
    t->groups++;
    if (t->groups > MAXGROUPS) fail(t, ad_str_from_cstr("too many groups"), name_len + 1);
    if (name) {
        for (int64_t i = 0; i < t->nnames; i++) {
            if (ad_str_eq(t->names[i].name, name))
                fail(t, ad_sprintf("redefinition of group name %R as group %lld; was group %lld", name,
                                   (long long)gid, (long long)t->names[i].gid),
                     name_len + 1);
        }
        t->names = tr_grow(t, t->names, &t->names_cap, t->nnames + 1, sizeof(GroupName), 1);
        t->names[t->nnames].name = name;
        t->names[t->nnames].gid = gid;
        t->nnames++;
    }
    return gid;
}

static int checkgroup(Translator *t, int64_t gid) { return gid < t->groups && t->closed[gid]; }

static void checklookbehindgroup(Translator *t, int64_t gid) {
    if (t->lookbehindgroups < 0) return;
    if (!checkgroup(t, gid)) failc(t, "cannot refer to an open group", 0);
    if (gid >= t->lookbehindgroups) failc(t, "cannot refer to group defined in the same lookbehind subpattern", 0);
}

static int64_t lookup_group_name(Translator *t, AdValue name) {
    for (int64_t i = 0; i < t->nnames; i++)
        if (ad_str_eq(t->names[i].name, name)) return t->names[i].gid;
    return -1;
}

/* ---- output ----------------------------------------------------------------------------------- */

static void out_reserve(Translator *t, size_t extra) {
    if (t->len + extra <= t->cap) return;
    size_t c = t->cap ? t->cap * 2 : 256;
    while (c < t->len + extra) c *= 2;
    char *q = ad_alloc_atomic(c + 1);
    if (t->len) memcpy(q, t->out, t->len);
    t->out = q;
    t->cap = c;
}

static void out_c(Translator *t, char c) {
    out_reserve(t, 1);
    t->out[t->len++] = c;
}

static void out_s(Translator *t, const char *s) {
    size_t n = strlen(s);
    out_reserve(t, n);
    memcpy(t->out + t->len, s, n);
    t->len += n;
}

static void out_i(Translator *t, int64_t v) {
    char buf[32];
    snprintf(buf, sizeof buf, "%lld", (long long)v);
    out_s(t, buf);
}

/* One character as a PCRE2 literal, in or out of a class. */
static void out_char(Translator *t, uint32_t c) {
    if ((c >= '0' && c <= '9') || is_ascii_letter(c)) {
        out_c(t, (char)c);
    } else if (c > 0x20 && c < 0x7f) {
        out_c(t, '\\');
        out_c(t, (char)c);
    } else {
        char buf[24];
        snprintf(buf, sizeof buf, "\\x{%x}", c);
        out_s(t, buf);
    }
}

/* ---- what the flags mean at a point of the pattern ------------------------------------------ */

static inline int64_t eff_flags(Translator *t, Scope sc) { return (t->flags & sc.keep) | sc.set; }

/* Unicode semantics for \w, \d, \s, \b and case: str patterns without ASCII (or LOCALE). */
static inline int is_unicode(Translator *t, int64_t flags) { return t->is_text && !(flags & (F_ASCII | F_LOCALE)); }

/* The whole pattern's mode (PCRE2_UCP), fixed once the global flags at the start are read. */
static inline int global_unicode(Translator *t) { return is_unicode(t, t->flags); }

/*
 * Python's case-insensitive matching of str patterns agrees with PCRE2's Unicode caseless matching
 * except for these sets of characters, which Python also treats as equal (checked over every code
 * point). A literal in one of them becomes a class of all of them.
 */
static const uint32_t fold_sets[][5] = {
    {0x49, 0x69, 0x130, 0x131, 0},
    {0x390, 0x1fd3, 0},
    {0x3b0, 0x1fe3, 0},
    {0xfb05, 0xfb06, 0},
};
#define NFOLD_SETS ((int)(sizeof fold_sets / sizeof fold_sets[0]))

static int fold_set_of(uint32_t c) {
    for (int i = 0; i < NFOLD_SETS; i++)
        for (const uint32_t *p = fold_sets[i]; *p; p++)
            if (*p == c) return i;
    return -1;
}

/* Python's str.isspace() set, as class contents: PCRE2's \s differs (0x1c-0x1f, 0x180e). */
static const char SPACE_UNICODE[] =
    "\\x{9}-\\x{d}\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}"
    "\\x{202f}\\x{205f}\\x{3000}";
static const char SPACE_ASCII[] = "\\x{9}-\\x{d}\\x{20}";
static const char WORD_ASCII[] = "0-9A-Z_a-z";
static const char WORD_UNICODE[] = "\\p{L}\\p{N}_";
static const char DIGIT_ASCII[] = "0-9";
static const char DIGIT_UNICODE[] = "\\p{Nd}";

/*
 * How a category reads where the local mode (a (?a:...) or (?u:...) group) may differ from the
 * mode the pattern is compiled in. `native` is the PCRE2 escape when the modes agree; otherwise
 * the category is a set of class contents (`set`), negated when `negated`.
 */
typedef struct CatForm {
    const char *native;
    const char *set;
    int negated;
} CatForm;

static CatForm category_form(Translator *t, int cat, int64_t flags) {
    int local = is_unicode(t, flags), global = global_unicode(t);
    static const char *const natives[] = {"\\d", "\\D", NULL, NULL, "\\w", "\\W"};
    CatForm f = {NULL, NULL, cat & 1};
    if (local == global && natives[cat]) {
        f.native = natives[cat];
        return f;
    }
    if (!local && !global && (cat == CAT_SPACE || cat == CAT_NOT_SPACE)) {
        /* PCRE2's ASCII \s is Python's ASCII \s. */
        f.native = cat == CAT_SPACE ? "\\s" : "\\S";
        return f;
    }
    switch (cat >> 1) {
    case 0: f.set = local ? DIGIT_UNICODE : DIGIT_ASCII; break;
    case 1: f.set = local ? SPACE_UNICODE : SPACE_ASCII; break;
    default: f.set = local ? WORD_UNICODE : WORD_ASCII; break;
    }
    return f;
}

/*
 * IGNORECASE in a (?a:...) group of a Unicode pattern: Python folds ASCII letters only (and never
 * changes what \w means), while PCRE2_UCP folds everything (ſ and the Kelvin sign are s and k).
 * Such items are written case-sensitively, with the ASCII case pairs spelled out.
 */
static inline int ascii_fold(Translator *t, int64_t flags) {
    return (flags & F_IGNORECASE) && !is_unicode(t, flags) && global_unicode(t);
}

/* A category outside a class: one atom. */
static void out_category(Translator *t, int cat, int64_t flags) {
    CatForm f = category_form(t, cat, flags);
    if (f.native) {
        out_s(t, f.native);
        return;
    }
    int nofold = ascii_fold(t, flags);
    if (nofold) out_s(t, "(?-i:");
    out_s(t, f.negated ? "[^" : "[");
    out_s(t, f.set);
    out_c(t, ']');
    if (nofold) out_c(t, ')');
}

/* \b and \B. Python's \B never matches in an empty string; PCRE2's does. */
static void out_boundary(Translator *t, int negated, int64_t flags) {
    int local = is_unicode(t, flags);
    if (negated) out_s(t, "(?!\\A\\z)");
    if (local == global_unicode(t)) {
        out_s(t, negated ? "\\B" : "\\b");
        return;
    }
    const char *w = local ? WORD_UNICODE : WORD_ASCII;
    char buf[256];
    if (negated)
        snprintf(buf, sizeof buf, "(?-i:(?<=[%s])(?=[%s])|(?<![%s])(?![%s]))", w, w, w, w);
    else
        snprintf(buf, sizeof buf, "(?-i:(?<=[%s])(?![%s])|(?<![%s])(?=[%s]))", w, w, w, w);
    out_s(t, buf);
}

/* A literal character outside a class. */
static void out_literal(Translator *t, uint32_t c, int64_t flags) {
    int fs;
    if ((flags & F_IGNORECASE) && is_unicode(t, flags) && (fs = fold_set_of(c)) >= 0) {
        out_c(t, '[');
        for (const uint32_t *p = fold_sets[fs]; *p; p++) out_char(t, *p);
        out_c(t, ']');
        return;
    }
    if (ascii_fold(t, flags) && !(c < 128 && !is_ascii_letter(c))) {
        out_s(t, "(?-i:");
        if (is_ascii_letter(c)) {
            out_c(t, '[');
            out_char(t, c);
            out_char(t, c ^ 0x20);
            out_c(t, ']');
        } else {
            out_char(t, c);
        }
        out_c(t, ')');
        return;
    }
    out_char(t, c);
}

/* The ASCII case counterparts of the letters in [lo, hi], as class contents. */
static void out_ascii_swapcase(Translator *t, uint32_t lo, uint32_t hi) {
    static const uint32_t ranges[2][2] = {{'A', 'Z'}, {'a', 'z'}};
    for (int r = 0; r < 2; r++) {
        uint32_t a = lo > ranges[r][0] ? lo : ranges[r][0], b = hi < ranges[r][1] ? hi : ranges[r][1];
        if (a > b) continue;
        out_char(t, a ^ 0x20);
        if (b > a) {
            out_c(t, '-');
            out_char(t, b ^ 0x20);
        }
    }
}

static void out_class_body(Translator *t, ClassItem *items, int64_t n, int negate, int64_t flags, int fold,
                           int swapcase);

/* A character class. Categories whose form is a negated set cannot go inside a PCRE2 class: the
 * class then becomes a group, [R] | [^N1] | ... or, negated, (?![R])(?=[N1])...[Nk]. */
static void out_class(Translator *t, ClassItem *items, int64_t n, int negate, int64_t flags) {
    int fold = (flags & F_IGNORECASE) && is_unicode(t, flags);
    int nofold = ascii_fold(t, flags);
    if (nofold) {
        out_s(t, "(?-i:");
        out_class_body(t, items, n, negate, flags, 0, 1);
        out_c(t, ')');
    } else {
        out_class_body(t, items, n, negate, flags, fold, 0);
    }
}

static void out_class_body(Translator *t, ClassItem *items, int64_t n, int negate, int64_t flags, int fold,
                           int swapcase) {
    int nneg = 0;
    for (int64_t i = 0; i < n; i++)
        if (items[i].kind == CI_CAT) {
            CatForm f = category_form(t, (int)items[i].lo, flags);
            if (!f.native && f.negated) nneg++;
        }
    /* The positive part R. */
    size_t mark = t->len;
    int rcount = 0;
    for (int64_t i = 0; i < n; i++) {
        ClassItem *it = &items[i];
        if (it->kind == CI_LIT) {
            out_char(t, it->lo);
            if (swapcase) out_ascii_swapcase(t, it->lo, it->lo);
            rcount++;
        } else if (it->kind == CI_RANGE) {
            out_char(t, it->lo);
            out_c(t, '-');
            out_char(t, it->hi);
            if (swapcase) out_ascii_swapcase(t, it->lo, it->hi);
            rcount++;
        } else {
            CatForm f = category_form(t, (int)it->lo, flags);
            if (f.native) out_s(t, f.native), rcount++;
            else if (!f.negated) out_s(t, f.set), rcount++;
        }
    }
    if (fold) {
        for (int s = 0; s < NFOLD_SETS; s++) {
            int hit = 0;
            for (const uint32_t *p = fold_sets[s]; *p && !hit; p++)
                for (int64_t i = 0; i < n && !hit; i++)
                    if (items[i].kind != CI_CAT && items[i].lo <= *p && *p <= (items[i].kind == CI_RANGE ? items[i].hi : items[i].lo))
                        hit = 1;
            if (hit)
                for (const uint32_t *p = fold_sets[s]; *p; p++) out_char(t, *p), rcount++;
        }
    }
    size_t rlen = t->len - mark;
    if (!nneg) {
        /* Move R into brackets. */
        out_reserve(t, 3);
        memmove(t->out + mark + (negate ? 2 : 1), t->out + mark, rlen);
        t->out[mark] = '[';
        if (negate) t->out[mark + 1] = '^';
        t->len += negate ? 2 : 1;
        out_c(t, ']');
        return;
    }
    char *r = ad_alloc_atomic(rlen + 1);
    memcpy(r, t->out + mark, rlen);
    r[rlen] = 0;
    t->len = mark;
    out_s(t, "(?:");
    if (!negate) {
        int first = 1;
        if (rcount) {
            out_c(t, '[');
            out_s(t, r);
            out_c(t, ']');
            first = 0;
        }
        for (int64_t i = 0; i < n; i++) {
            if (items[i].kind != CI_CAT) continue;
            CatForm f = category_form(t, (int)items[i].lo, flags);
            if (f.native || !f.negated) continue;
            if (!first) out_c(t, '|');
            first = 0;
            out_s(t, "[^");
            out_s(t, f.set);
            out_c(t, ']');
        }
    } else {
        if (rcount) {
            out_s(t, "(?![");
            out_s(t, r);
            out_s(t, "])");
        }
        int left = nneg;
        for (int64_t i = 0; i < n; i++) {
            if (items[i].kind != CI_CAT) continue;
            CatForm f = category_form(t, (int)items[i].lo, flags);
            if (f.native || !f.negated) continue;
            out_s(t, --left ? "(?=[" : "[");
            out_s(t, f.set);
            out_s(t, left ? "])" : "]");
        }
    }
    out_c(t, ')');
}

/* ---- escapes ---------------------------------------------------------------------------------- */

/* What an escape or a class member parsed to. */
enum { ES_LITERAL, ES_CATEGORY, ES_AT, ES_GROUPREF };
enum { AT_BEGIN_STRING, AT_BOUNDARY, AT_NON_BOUNDARY, AT_END_STRING };

typedef struct Escape {
    int kind;
    int64_t value;             /* the code point, category, AT code or group */
} Escape;

static int cat_of_letter(uint32_t c) {
    switch (c) {
    case 'd': return CAT_DIGIT;
    case 'D': return CAT_NOT_DIGIT;
    case 's': return CAT_SPACE;
    case 'S': return CAT_NOT_SPACE;
    case 'w': return CAT_WORD;
    case 'W': return CAT_NOT_WORD;
    default: return -1;
    }
}

static int simple_escape(uint32_t c) {
    switch (c) {
    case 'a': return 7;
    case 'b': return 8;
    case 'f': return 12;
    case 'n': return 10;
    case 'r': return 13;
    case 't': return 9;
    case 'v': return 11;
    case '\\': return '\\';
    default: return -1;
    }
}

static _Noreturn void bad_escape(Translator *t, CpBuf *esc) {
    AdValue e = cp_str(esc);
    fail(t, ad_sprintf("bad escape %U", e), esc->len);
}

static int64_t parse_hex(const uint32_t *p, int64_t n) {
    int64_t v = 0;
    for (int64_t i = 0; i < n; i++) v = v * 16 + hex_value(p[i]);
    return v;
}

static int64_t parse_oct(const uint32_t *p, int64_t n) {
    int64_t v = 0;
    for (int64_t i = 0; i < n; i++) v = v * 8 + (p[i] - '0');
    return v;
}

/* \N{name}: the character from unicodedata.lookup, as CPython's parser does it. */
static uint32_t named_char(Translator *t) {
    if (!tok_match(t, '{')) failc(t, "missing {", 0);
    CpBuf name;
    cp_init(&name);
    getuntil(t, &name, '}', "character name");
    AdValue charname = cp_str(&name);
    AdValue module = ad_import(ad_str_intern_cstr("unicodedata"));
    AdValue r = module ? ad_call_method(module, ad_str_intern_cstr("lookup"), &charname, 1, 0) : 0;
    if (!r) {
        /* Without a unicodedata module no name is known. */
        if (ad_err_matches(&ad_KeyError) || ad_err_matches(&ad_TypeError) || ad_err_matches(&ad_ImportError)) {
            ad_err_clear();
            fail(t, ad_sprintf("undefined character name %R", charname), name.len + 4);
        }
        fail_at(t, 0, 0);
    }
    if (!ad_is_str(r) || ad_str_len(r) != 1) fail_at(t, ad_str_from_cstr("bad \\N{...} lookup result"), 0);
    return ad_str_char(r, 0);
}

/* The escapes shared by _escape and _class_escape: \x, \u, \U, \N. Returns 1 when handled. */
static int common_escape(Translator *t, uint32_t c, CpBuf *esc, Escape *out) {
    if (c == 'x') {
        getwhile(t, esc, 2, is_hexdigit_tok);
        if (esc->len != 4) fail(t, ad_sprintf("incomplete escape %U", cp_str(esc)), esc->len);
        *out = (Escape){ES_LITERAL, parse_hex(esc->p + 2, 2)};
        return 1;
    }
    if (c == 'u' && t->is_text) {
        getwhile(t, esc, 4, is_hexdigit_tok);
        if (esc->len != 6) fail(t, ad_sprintf("incomplete escape %U", cp_str(esc)), esc->len);
        *out = (Escape){ES_LITERAL, parse_hex(esc->p + 2, 4)};
        return 1;
    }
    if (c == 'U' && t->is_text) {
        getwhile(t, esc, 8, is_hexdigit_tok);
        if (esc->len != 10) fail(t, ad_sprintf("incomplete escape %U", cp_str(esc)), esc->len);
        int64_t v = parse_hex(esc->p + 2, 8);
        if (v > 0x10FFFF) bad_escape(t, esc);
        *out = (Escape){ES_LITERAL, v};
        return 1;
    }
    if (c == 'N' && t->is_text) {
        *out = (Escape){ES_LITERAL, named_char(t)};
        return 1;
    }
    return 0;
}

/* _class_escape: an escape inside [...]. */
static Escape class_escape(Translator *t, int64_t tok) {
    uint32_t c = (uint32_t)(tok & 0xFFFFFFFF);
    int v = simple_escape(c);
    if (v >= 0) return (Escape){ES_LITERAL, v};
    int cat = cat_of_letter(c);
    if (cat >= 0) return (Escape){ES_CATEGORY, cat};
    CpBuf esc;
    cp_init(&esc);
    cp_push(t, &esc, '\\');
    cp_push(t, &esc, c);
    Escape e;
    if (common_escape(t, c, &esc, &e)) return e;
    if (c >= '0' && c <= '7') {
        getwhile(t, &esc, 2, is_octdigit_tok);
        int64_t o = parse_oct(esc.p + 1, esc.len - 1);
        if (o > 0377)
            fail(t, ad_sprintf("octal escape value %U outside of range 0-0o377", cp_str(&esc)), esc.len);
        return (Escape){ES_LITERAL, o};
    }
    if (c == '8' || c == '9') bad_escape(t, &esc);
    if (is_ascii_letter(c)) bad_escape(t, &esc);
    return (Escape){ES_LITERAL, c};
}

/* _escape: an escape outside a class. */
static Escape parse_escape(Translator *t, int64_t tok) {
    uint32_t c = (uint32_t)(tok & 0xFFFFFFFF);
    switch (c) {
    case 'A': return (Escape){ES_AT, AT_BEGIN_STRING};
    case 'b': return (Escape){ES_AT, AT_BOUNDARY};
    case 'B': return (Escape){ES_AT, AT_NON_BOUNDARY};
    case 'Z': return (Escape){ES_AT, AT_END_STRING};
    default: break;
    }
    int cat = cat_of_letter(c);
    if (cat >= 0) return (Escape){ES_CATEGORY, cat};
    int v = simple_escape(c);
    if (v >= 0) return (Escape){ES_LITERAL, v};
    CpBuf esc;
    cp_init(&esc);
    cp_push(t, &esc, '\\');
    cp_push(t, &esc, c);
    Escape e;
    if (common_escape(t, c, &esc, &e)) return e;
    if (c == '0') {
        getwhile(t, &esc, 2, is_octdigit_tok);
        return (Escape){ES_LITERAL, parse_oct(esc.p + 1, esc.len - 1)};
    }
    if (c >= '1' && c <= '9') {
        /* An octal escape or a group reference. */
        if (is_digit_tok(t->next)) {
            cp_push(t, &esc, (uint32_t)tok_get(t));
            if (esc.p[1] <= '7' && esc.p[2] <= '7' && is_octdigit_tok(t->next)) {
                cp_push(t, &esc, (uint32_t)tok_get(t));
                int64_t o = parse_oct(esc.p + 1, 3);
                if (o > 0377)
                    fail(t, ad_sprintf("octal escape value %U outside of range 0-0o377", cp_str(&esc)), esc.len);
                return (Escape){ES_LITERAL, o};
            }
        }
        int64_t group = 0;
        for (int64_t i = 1; i < esc.len; i++) group = group * 10 + (esc.p[i] - '0');
        if (group < t->groups) {
            if (!checkgroup(t, group)) failc(t, "cannot refer to an open group", esc.len);
            checklookbehindgroup(t, group);
            return (Escape){ES_GROUPREF, group};
        }
        fail(t, ad_sprintf("invalid group reference %lld", (long long)group), esc.len - 1);
    }
    if (is_ascii_letter(c)) bad_escape(t, &esc);
    return (Escape){ES_LITERAL, c};
}

/* ---- the parser --------------------------------------------------------------------------- */

/* The last item of a sequence, for the quantifier that may follow it. */
enum { IT_NONE, IT_AT, IT_REPEAT, IT_OTHER };

static Width parse_sub(Translator *t, int verbose, int nested, Scope sc);
static Width parse_seq(Translator *t, int verbose, int nested, int first, Scope sc);

static inline int is_whitespace_tok(int64_t tok) {
    return tok == ' ' || tok == '\t' || tok == '\n' || tok == '\r' || tok == '\v' || tok == '\f';
}

static int is_special(int64_t tok) {
    if (tok & TOK_ESC) return 0;
    switch (tok) {
    case '.': case '\\': case '[': case '{': case '(': case ')': case '*': case '+': case '?':
    case '^': case '$': case '|':
        return 1;
    default:
        return 0;
    }
}

static Width parse_sub(Translator *t, int verbose, int nested, Scope sc) {
    Width total = {MAXREPEAT - 1, 0}, w = {0, 0};
    int count = 0;
    for (;;) {
        w = parse_seq(t, verbose, nested + 1, !nested && count == 0, sc);
        if (w.lo < total.lo) total.lo = w.lo;
        if (w.hi > total.hi) total.hi = w.hi;
        count++;
        if (!tok_match(t, '|')) break;
        out_c(t, '|');
        if (!nested) verbose = (t->flags & F_VERBOSE) != 0;
    }
    return count == 1 ? w : width_cap(total);
}

/* A class: [...] after the '['. */
static void parse_class(Translator *t, int64_t flags) {
    int64_t here = tok_tell(t) - 1;
    int negate = tok_match(t, '^');
    ClassItem small[32], *items = small;
    int64_t n = 0, cap = 32;
    for (;;) {
        int64_t this = tok_get(t);
        if (this == TOK_END) failc(t, "unterminated character set", tok_tell(t) - here);
        if (this == ']' && n) break;
        Escape code1;
        if (this & TOK_ESC) code1 = class_escape(t, this);
        else code1 = (Escape){ES_LITERAL, this};
        ClassItem item;
        if (tok_match(t, '-')) {
            int64_t that = tok_get(t);
            if (that == TOK_END) failc(t, "unterminated character set", tok_tell(t) - here);
            if (that == ']') {
                if (n + 2 > cap) {
                    ClassItem *q = ad_alloc_atomic((size_t)cap * 2 * sizeof(ClassItem));
                    memcpy(q, items, (size_t)n * sizeof(ClassItem));
                    items = q;
                    cap *= 2;
                }
                items[n++] = code1.kind == ES_CATEGORY ? (ClassItem){CI_CAT, (uint32_t)code1.value, 0}
                                                       : (ClassItem){CI_LIT, (uint32_t)code1.value, 0};
                items[n++] = (ClassItem){CI_LIT, '-', 0};
                break;
            }
            Escape code2;
            if (that & TOK_ESC) code2 = class_escape(t, that);
            else code2 = (Escape){ES_LITERAL, that};
            if (code1.kind != ES_LITERAL || code2.kind != ES_LITERAL || code2.value < code1.value) {
                AdValue a = tok_str(this), b = tok_str(that);
                fail(t, ad_sprintf("bad character range %U-%U", a, b), tok_len(this) + 1 + tok_len(that));
            }
            item = (ClassItem){CI_RANGE, (uint32_t)code1.value, (uint32_t)code2.value};
        } else {
            item = code1.kind == ES_CATEGORY ? (ClassItem){CI_CAT, (uint32_t)code1.value, 0}
                                             : (ClassItem){CI_LIT, (uint32_t)code1.value, 0};
        }
        if (n + 1 > cap) {
            ClassItem *q = ad_alloc_atomic((size_t)cap * 2 * sizeof(ClassItem));
            memcpy(q, items, (size_t)n * sizeof(ClassItem));
            items = q;
            cap *= 2;
        }
        items[n++] = item;
    }
    out_class(t, items, n, negate, flags);
}

/* The digits of a {m,n} bound, saturated above MAXREPEAT. */
static int64_t read_count(Translator *t, int *any) {
    int64_t v = 0;
    *any = 0;
    while (is_digit_tok(t->next)) {
        int64_t d = tok_get(t) - '0';
        v = v > MAXREPEAT ? v : v * 10 + d;
        *any = 1;
    }
    return v;
}

/* Python's int() of a group name in a conditional ('1', ' 1', '+1', '1_0'): an int value, or 0
 * when it is not an integer. */
static AdValue name_as_int(AdValue name) {
    AdValue v = ad_int_from_str(name, 10);
    if (!v) ad_err_clear();
    return v;
}

/* _parse_flags: after "(?" and the first flag character. Returns 1 for global flags "(?i)". */
static int parse_flags(Translator *t, int64_t ch, int64_t *add_out, int64_t *del_out) {
    static const char letters[] = "iLmsxatu";
    static const int64_t values[] = {F_IGNORECASE, F_LOCALE, F_MULTILINE, F_DOTALL, F_VERBOSE, F_ASCII,
                                     F_TEMPLATE, F_UNICODE};
#define FLAG_OF(c) ((c) > 0 && (c) < 128 && strchr(letters, (int)(c)) ? values[strchr(letters, (int)(c)) - letters] : 0)
    int64_t add = 0, del = 0;
    if (ch != '-') {
        for (;;) {
            int64_t flag = FLAG_OF(ch);
            if (t->is_text) {
                if (ch == 'L') failc(t, "bad inline flags: cannot use 'L' flag with a str pattern", 0);
            } else if (ch == 'u') {
                failc(t, "bad inline flags: cannot use 'u' flag with a bytes pattern", 0);
            }
            add |= flag;
            if ((flag & F_TYPE) && (add & F_TYPE) != flag)
                failc(t, "bad inline flags: flags 'a', 'u' and 'L' are incompatible", 0);
            ch = tok_get(t);
            if (ch == TOK_END) failc(t, "missing -, : or )", 0);
            if (ch == ')' || ch == '-' || ch == ':') break;
            if (!FLAG_OF(ch)) {
                int alpha = !(ch & TOK_ESC) && ad_uni_isalpha((uint32_t)ch);
                failc(t, alpha ? "unknown flag" : "missing -, : or )", tok_len(ch));
            }
        }
    }
    if (ch == ')') {
        t->flags |= add;
        return 1;
    }
    if (add & F_GLOBAL) failc(t, "bad inline flags: cannot turn on global flag", 1);
    if (ch == '-') {
        ch = tok_get(t);
        if (ch == TOK_END) failc(t, "missing flag", 0);
        if (!FLAG_OF(ch)) {
            int alpha = !(ch & TOK_ESC) && ad_uni_isalpha((uint32_t)ch);
            failc(t, alpha ? "unknown flag" : "missing flag", tok_len(ch));
        }
        for (;;) {
            int64_t flag = FLAG_OF(ch);
            if (flag & F_TYPE) failc(t, "bad inline flags: cannot turn off flags 'a', 'u' and 'L'", 0);
            del |= flag;
            ch = tok_get(t);
            if (ch == TOK_END) failc(t, "missing :", 0);
            if (ch == ':') break;
            if (!FLAG_OF(ch)) {
                int alpha = !(ch & TOK_ESC) && ad_uni_isalpha((uint32_t)ch);
                failc(t, alpha ? "unknown flag" : "missing :", tok_len(ch));
            }
        }
    }
    if (del & F_GLOBAL) failc(t, "bad inline flags: cannot turn off global flag", 1);
    if (add & del) failc(t, "bad inline flags: flag turned on and off", 1);
#undef FLAG_OF
    *add_out = add;
    *del_out = del;
    return 0;
}

/* _combine_flags as a composition of scopes. */
static Scope scope_combine(Scope sc, int64_t add, int64_t del) {
    int64_t k = (add & F_TYPE) ? ~(int64_t)F_TYPE : ~(int64_t)0;
    Scope r;
    r.keep = sc.keep & k & ~del;
    r.set = (sc.set & k & ~del) | (add & ~del);
    return r;
}

/* The PCRE2 group opener of a scoped-flags group: only i, m and s mean something to PCRE2. */
static void out_flag_group(Translator *t, int64_t add, int64_t del) {
    static const struct { int64_t flag; char c; } pf[] = {{F_IGNORECASE, 'i'}, {F_MULTILINE, 'm'}, {F_DOTALL, 's'}};
    out_s(t, "(?");
    for (int i = 0; i < 3; i++)
        if (add & pf[i].flag) out_c(t, pf[i].c);
    if (del & (F_IGNORECASE | F_MULTILINE | F_DOTALL)) {
        out_c(t, '-');
        for (int i = 0; i < 3; i++)
            if (del & pf[i].flag) out_c(t, pf[i].c);
    }
    out_c(t, ':');
}

/* The quantifier after an item. */
static void out_repeat(Translator *t, int64_t min, int64_t max, int lazy, int possessive) {
    if (min > PCRE_MAXREPEAT || (max != MAXREPEAT && max > PCRE_MAXREPEAT))
        fail_kind(t, ERR_RE_NOPOS, "the repetition number is too large for PCRE2 (at most 65535)");
    if (min == 0 && max == MAXREPEAT) out_c(t, '*');
    else if (min == 1 && max == MAXREPEAT) out_c(t, '+');
    else if (min == 0 && max == 1) out_c(t, '?');
    else {
        out_c(t, '{');
        out_i(t, min);
        if (max != min) {
            out_c(t, ',');
            if (max != MAXREPEAT) out_i(t, max);
        }
        out_c(t, '}');
    }
    if (lazy) out_c(t, '?');
    else if (possessive) out_c(t, '+');
}

/* An optional item of width 0 (with groups, so it cannot just go): an alternation with the
 * empty string, which PCRE2 accepts in look-behinds. */
static void out_optional_zero_width(Translator *t, size_t start, int lazy, int possessive) {
    size_t n = t->len - start;
    out_reserve(t, 8);
    memmove(t->out + start + 3, t->out + start, n);
    memcpy(t->out + start, possessive ? "(?>" : "(?:", 3);
    t->len += 3;
    if (lazy) {
        /* (?:|ITEM): the empty branch first. */
        memmove(t->out + start + 4, t->out + start + 3, n);
        t->out[start + 3] = '|';
        t->len += 1;
        out_c(t, ')');
    } else {
        out_s(t, "|)");
    }
}

/* _parse: a sequence of items, up to '|' or ')' or the end. */
static Width parse_seq(Translator *t, int verbose, int nested, int first, Scope sc) {
    Width sum = {0, 0};        /* the items before the last one */
    Width last = {0, 0};
    int last_kind = IT_NONE;
    size_t last_start = t->len, item_start;
    int64_t last_groups = t->groups, item_groups;
    int64_t nitems = 0;
    for (;;) {
        int64_t this = t->next;
        if (this == TOK_END || this == '|' || this == ')') break;
        tok_advance(t);
        if (verbose) {
            if (is_whitespace_tok(this)) continue;
            if (this == '#') {
                for (;;) {
                    this = tok_get(t);
                    if (this == TOK_END || this == '\n') break;
                }
                continue;
            }
        }
        int64_t flags = eff_flags(t, sc);
        item_start = t->len;
        item_groups = t->groups;
        Width w = {1, 1};
        int kind = IT_OTHER;
        if (this & TOK_ESC) {
            Escape e = parse_escape(t, this);
            switch (e.kind) {
            case ES_LITERAL: out_literal(t, (uint32_t)e.value, flags); break;
            case ES_CATEGORY: out_category(t, (int)e.value, flags); break;
            case ES_GROUPREF:
                if (flags & F_IGNORECASE) t->caseless_backref = 1;
                out_s(t, "\\g{");
                out_i(t, e.value);
                out_c(t, '}');
                w = t->gwidth[e.value];
                break;
            default:
                kind = IT_AT;
                w = (Width){0, 0};
                if (e.value == AT_BEGIN_STRING) out_s(t, "\\A");
                else if (e.value == AT_END_STRING) out_s(t, "\\z");
                else out_boundary(t, e.value == AT_NON_BOUNDARY, flags);
                break;
            }
        } else if (!is_special(this)) {
            out_literal(t, (uint32_t)this, flags);
        } else if (this == '[') {
            parse_class(t, flags);
        } else if (this == '*' || this == '+' || this == '?' || this == '{') {
            int64_t here = tok_tell(t);
            int64_t min, max;
            if (this == '?') min = 0, max = 1;
            else if (this == '*') min = 0, max = MAXREPEAT;
            else if (this == '+') min = 1, max = MAXREPEAT;
            else {
                if (t->next == '}') {
                    out_literal(t, '{', flags);
                    sum.lo = sat_add(sum.lo, last.lo), sum.hi = sat_add(sum.hi, last.hi);
                    last = (Width){1, 1};
                    last_kind = IT_OTHER;
                    last_start = item_start;
                    last_groups = item_groups;
                    nitems++;
                    continue;
                }
                min = 0, max = MAXREPEAT;
                int have_lo, have_hi;
                int64_t lo = read_count(t, &have_lo), hi = 0;
                if (tok_match(t, ',')) hi = read_count(t, &have_hi);
                else hi = lo, have_hi = have_lo;
                if (!tok_match(t, '}')) {
                    out_literal(t, '{', flags);
                    sum.lo = sat_add(sum.lo, last.lo), sum.hi = sat_add(sum.hi, last.hi);
                    last = (Width){1, 1};
                    last_kind = IT_OTHER;
                    last_start = item_start;
                    last_groups = item_groups;
                    nitems++;
                    tok_seek(t, here);
                    continue;
                }
                if (have_lo) {
                    min = lo;
                    if (min >= MAXREPEAT) fail_kind(t, ERR_OVERFLOW, "the repetition number is too large");
                }
                if (have_hi) {
                    max = hi;
                    if (max >= MAXREPEAT) fail_kind(t, ERR_OVERFLOW, "the repetition number is too large");
                    if (max < min) failc(t, "min repeat greater than max repeat", tok_tell(t) - here);
                }
            }
            if (last_kind == IT_NONE || last_kind == IT_AT)
                failc(t, "nothing to repeat", tok_tell(t) - here + 1);
            if (last_kind == IT_REPEAT) failc(t, "multiple repeat", tok_tell(t) - here + 1);
            int lazy = 0, possessive = 0;
            if (tok_match(t, '?')) lazy = 1;
            else if (tok_match(t, '+')) possessive = 1;
            if ((flags & F_TEMPLATE) && !t->template_op)
                t->template_op = lazy ? "MIN_REPEAT" : possessive ? "POSSESSIVE_REPEAT" : "MAX_REPEAT";
            last = width_cap(last);
            /* Repeating something of width 0 more than once changes nothing, and an optional one
             * without groups is no constraint at all; PCRE2 would call such repeats inside a
             * look-behind variable-length. */
            if (last.hi == 0 && min == 0 && t->groups == last_groups) t->len = last_start;
            else if (last.hi == 0 && min == 0) out_optional_zero_width(t, last_start, lazy, possessive);
            else if (last.hi == 0) out_repeat(t, min ? 1 : 0, max ? 1 : 0, lazy, possessive);
            else out_repeat(t, min, max, lazy, possessive);
            last = (Width){sat_mul(last.lo, min), sat_mul(last.hi, max)};
            last_kind = IT_REPEAT;
            continue;
        } else if (this == '.') {
            out_c(t, '.');
        } else if (this == '(') {
            int64_t start = tok_tell(t) - 1;
            int capture = 1, atomic = 0;
            AdValue name = 0;
            int64_t name_len = 0;
            int64_t add = 0, del = 0;
            if (tok_match(t, '?')) {
                int64_t ch = tok_get(t);
                if (ch == TOK_END) failc(t, "unexpected end of pattern", 0);
                if (ch == 'P') {
                    if (tok_match(t, '<')) {
                        CpBuf nb;
                        cp_init(&nb);
                        getuntil(t, &nb, '>', "group name");
                        name = cp_str(&nb);
                        name_len = nb.len;
                        checkgroupname(t, name, 1);
                    } else if (tok_match(t, '=')) {
                        CpBuf nb;
                        cp_init(&nb);
                        getuntil(t, &nb, ')', "group name");
                        name = cp_str(&nb);
                        checkgroupname(t, name, 1);
                        int64_t gid = lookup_group_name(t, name);
                        if (gid < 0) fail(t, ad_sprintf("unknown group name %R", name), nb.len + 1);
                        if (!checkgroup(t, gid)) failc(t, "cannot refer to an open group", nb.len + 1);
                        checklookbehindgroup(t, gid);
                        if (flags & F_IGNORECASE) t->caseless_backref = 1;
                        out_s(t, "\\g{");
                        out_i(t, gid);
                        out_c(t, '}');
                        w = t->gwidth[gid];
                        goto append;
                    } else {
                        ch = tok_get(t);
                        if (ch == TOK_END) failc(t, "unexpected end of pattern", 0);
                        fail(t, ad_sprintf("unknown extension ?P%U", tok_str(ch)), tok_len(ch) + 2);
                    }
                } else if (ch == ':') {
                    capture = 0;
                } else if (ch == '#') {
                    for (;;) {
                        if (t->next == TOK_END)
                            failc(t, "missing ), unterminated comment", tok_tell(t) - start);
                        if (tok_get(t) == ')') break;
                    }
                    continue;
                } else if (ch == '=' || ch == '!' || ch == '<') {
                    int dir = 1;
                    int64_t saved_lbg = -2;
                    if (ch == '<') {
                        ch = tok_get(t);
                        if (ch == TOK_END) failc(t, "unexpected end of pattern", 0);
                        if (ch != '=' && ch != '!')
                            fail(t, ad_sprintf("unknown extension ?<%U", tok_str(ch)), tok_len(ch) + 2);
                        dir = -1;
                        saved_lbg = t->lookbehindgroups;
                        if (saved_lbg < 0) t->lookbehindgroups = t->groups;
                    }
                    out_s(t, dir > 0 ? (ch == '=' ? "(?=" : "(?!") : (ch == '=' ? "(?<=" : "(?<!"));
                    Width p = parse_sub(t, verbose, nested + 1, sc);
                    if (dir < 0 && saved_lbg < 0) t->lookbehindgroups = -1;
                    if (!tok_match(t, ')')) failc(t, "missing ), unterminated subpattern", tok_tell(t) - start);
                    out_c(t, ')');
                    if (dir < 0 && p.lo != p.hi) t->lookbehind_bad = 1;
                    w = (Width){0, 0};
                    goto append;
                } else if (ch == '(') {
                    CpBuf nb;
                    cp_init(&nb);
                    getuntil(t, &nb, ')', "group name");
                    AdValue condname = cp_str(&nb);
                    int64_t condgroup;
                    if (ad_str_isidentifier(condname)) {
                        condgroup = lookup_group_name(t, condname);
                        if (condgroup < 0) fail(t, ad_sprintf("unknown group name %R", condname), nb.len + 1);
                    } else {
                        AdValue iv = name_as_int(condname);
                        if (!iv || ad_int_sign(iv) < 0)
                            fail(t, ad_sprintf("bad character in group name %R", condname), nb.len + 1);
                        if (ad_int_sign(iv) == 0) failc(t, "bad group number", nb.len + 1);
                        if (ad_int_to_i64(iv, &condgroup) < 0 || condgroup >= MAXGROUPS)
                            fail(t, ad_sprintf("invalid group reference %S", iv), nb.len + 1);
                        int known = 0;
                        for (int64_t i = 0; i < t->nrefpos; i++)
                            if (t->refpos[i].gid == condgroup) known = 1;
                        if (!known) {
                            t->refpos = tr_grow(t, t->refpos, &t->refpos_cap, t->nrefpos + 1, sizeof(GroupRefPos), 0);
                            t->refpos[t->nrefpos++] = (GroupRefPos){condgroup, tok_tell(t) - nb.len - 1};
                        }
                    }
                    checklookbehindgroup(t, condgroup);
                    out_s(t, "(?(");
                    out_i(t, condgroup);
                    out_c(t, ')');
                    Width yes = parse_seq(t, verbose, nested + 1, 0, sc);
                    if (tok_match(t, '|')) {
                        out_c(t, '|');
                        Width no = parse_seq(t, verbose, nested + 1, 0, sc);
                        if (t->next == '|') failc(t, "conditional backref with more than two branches", 0);
                        w = (Width){yes.lo < no.lo ? yes.lo : no.lo, yes.hi > no.hi ? yes.hi : no.hi};
                    } else {
                        w = (Width){0, yes.hi};
                    }
                    if (!tok_match(t, ')')) failc(t, "missing ), unterminated subpattern", tok_tell(t) - start);
                    out_c(t, ')');
                    goto append;
                } else if (ch == '>') {
                    capture = 0;
                    atomic = 1;
                } else if (!(ch & TOK_ESC) && ch < 128 && ch > 0 && (strchr("iLmsxatu-", (int)ch))) {
                    if (parse_flags(t, ch, &add, &del)) {
                        if (!first || nitems)
                            failc(t, "global flags not at the start of the expression", tok_tell(t) - start);
                        verbose = (t->flags & F_VERBOSE) != 0;
                        continue;
                    }
                    capture = 0;
                } else {
                    fail(t, ad_sprintf("unknown extension ?%U", tok_str(ch)), tok_len(ch) + 1);
                }
            }
            int64_t group = 0;
            if (capture) group = opengroup(t, name, name_len);
            int sub_verbose = (verbose || (add & F_VERBOSE)) && !(del & F_VERBOSE);
            Scope inner = sc;
            if (capture) {
                out_c(t, '(');
            } else if (atomic) {
                out_s(t, "(?>");
            } else if (add || del) {
                out_flag_group(t, add, del);
                inner = scope_combine(sc, add, del);
            } else {
                out_s(t, "(?:");
            }
            int64_t saved_group = t->cur_group;
            if (capture) {
                t->parent[group] = (int32_t)saved_group;
                t->cur_group = group;
            }
            Width p = parse_sub(t, sub_verbose, nested + 1, inner);
            t->cur_group = saved_group;
            if (!tok_match(t, ')')) failc(t, "missing ), unterminated subpattern", tok_tell(t) - start);
            out_c(t, ')');
            if (capture) {
                t->gwidth[group] = p;
                t->closed[group] = 1;
            }
            w = p;
        } else if (this == '^') {
            out_c(t, '^');
            kind = IT_AT;
            w = (Width){0, 0};
        } else if (this == '$') {
            out_c(t, '$');
            kind = IT_AT;
            w = (Width){0, 0};
        }
    append:
        sum.lo = sat_add(sum.lo, last.lo), sum.hi = sat_add(sum.hi, last.hi);
        last = w;
        last_kind = kind;
        last_start = item_start;
        last_groups = item_groups;
        nitems++;
    }
    Width total = {sat_add(sum.lo, last.lo), sat_add(sum.hi, last.hi)};
    return width_cap(total);
}
/* ========================================================================================== */
/* MARK: re.error                                                                              */
/* ========================================================================================== */

/*
 * CPython writes these in Python (re/_constants.py, re/__init__.py); they are C here so that
 * `import re` compiles no Python code. Their names are the Python classes' names ("error",
 * "RegexFlag", "Scanner" in module "re"), as messages and tracebacks show them.
 */

static AdType re_error_type;

/* error.__init__(msg, pattern=None, pos=None): the attributes and the formatted message. */
static int re_error_fill(AdValue self, AdValue msg, AdValue pattern, AdValue pos) {
    if (!pattern) pattern = AD_NONE;
    if (!pos) pos = AD_NONE;
    AdValue text = msg, lineno = AD_NONE, colno = AD_NONE;
    if (pattern != AD_NONE && pos != AD_NONE) {
        AdValue pair[2] = {msg, pos};
        text = ad_str_mod(ad_str_from_cstr("%s at position %d"), ad_tuple_from_array(pair, 2));
        if (!text) return -1;
        AdValue newline = ad_is_str(pattern) ? ad_str_from_cstr("\n") : ad_bytes_from("\n", 1);
        AdValue cargs[3] = {newline, ad_small(0), pos};
        AdValue count = ad_call_method(pattern, ad_str_intern_cstr("count"), cargs, 3, 0);
        if (!count || !(lineno = ad_add(count, ad_small(1)))) return -1;
        AdValue found = ad_call_method(pattern, ad_str_intern_cstr("rfind"), cargs, 3, 0);
        if (!found || !(colno = ad_sub(pos, found))) return -1;
        int has = ad_contains(pattern, newline);
        if (has < 0) return -1;
        if (has) {
            AdValue three[3] = {text, lineno, colno};
            text = ad_str_mod(ad_str_from_cstr("%s (line %d, column %d)"), ad_tuple_from_array(three, 3));
            if (!text) return -1;
        }
    }
    if (ad_setattr(self, ad_str_intern_cstr("msg"), msg) < 0 ||
        ad_setattr(self, ad_str_intern_cstr("pattern"), pattern) < 0 ||
        ad_setattr(self, ad_str_intern_cstr("pos"), pos) < 0 ||
        ad_setattr(self, ad_str_intern_cstr("lineno"), lineno) < 0 ||
        ad_setattr(self, ad_str_intern_cstr("colno"), colno) < 0)
        return -1;
    AD_AS(AdException, self)->args = ad_tuple_from_array(&text, 1);
    return 0;
}

static int bind_args(const char *fname, const char *const *names, int nparams, int required, const AdValue *args,
                     size_t nargs, AdValue kwnames, AdValue *out);
static const char *const re_error_params[] = {"msg", "pattern", "pos"};

static AdValue re_error_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[3];
    if (bind_args("error.__init__", re_error_params, 3, 1, args, nargs, kwnames, a) < 0) return AD_ERROR;
    AdValue self = ad_exception_new(type, &a[0], 1);
    if (!self || re_error_fill(self, a[0], a[1], a[2]) < 0) return AD_ERROR;
    return self;
}

static AdValue re_error_init(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue a[3];
    if (bind_args("error.__init__", re_error_params, 3, 1, args, nargs, kwnames, a) < 0) return AD_ERROR;
    return re_error_fill(self, a[0], a[1], a[2]) < 0 ? AD_ERROR : AD_NONE;
}

static const AdMethodDef re_error_methods[] = {
    {"__init__", re_error_init, 0},
    {NULL, NULL, 0},
};

static AdType re_error_type = {
    .ob = {&ad_type_type},
    .name = "error",
    .base = &ad_Exception,
    .flags = AD_TPFLAG_BASETYPE | AD_TPFLAG_BASE_EXC_SUBCLASS,
    .instance_size = sizeof(AdException),
    .construct = re_error_construct,
};

/* ---- the driver ------------------------------------------------------------------------------ */

/* What a successful translation gives the Pattern. */
typedef struct Translation {
    const char *text;          /* the PCRE2 pattern, NUL-terminated ASCII */
    size_t len;
    int64_t flags;             /* after fix_flags */
    int64_t groups;            /* capturing groups */
    GroupName *names;
    int64_t nnames;
    int32_t *parent;           /* [groups + 1] */
    int caseless_backref;
} Translation;


/* Bytes patterns report messages as ASCII with backslash escapes (msg.encode('ascii',
 * 'backslashreplace')). */
static AdValue ascii_backslashreplace(AdValue msg) {
    if (AD_AS(AdStr, msg)->kind == 1) return msg;
    AdStrBuilder sb;
    ad_sb_init(&sb);
    for (int64_t i = 0; i < ad_str_len(msg); i++) {
        uint32_t c = ad_str_char(msg, i);
        char buf[16];
        if (c < 128) ad_sb_append_char(&sb, c);
        else {
            if (c < 0x100) snprintf(buf, sizeof buf, "\\x%02x", c);
            else if (c < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", c);
            else snprintf(buf, sizeof buf, "\\U%08x", c);
            ad_sb_append_cstr(&sb, buf);
        }
    }
    return ad_sb_finish(&sb);
}

/* Raise re.error(msg, pattern, pos); pattern 0 for an error without a position. */
static AdValue raise_re_error(AdValue msg, AdValue pattern, int64_t pos) {
    if (!msg) return AD_ERROR;
    AdValue args[3] = {msg, pattern, ad_int_from_i64(pos)};
    AdValue exc = re_error_construct(&re_error_type, args, pattern ? 3 : 1, 0);
    return exc ? ad_err_set_object(exc) : AD_ERROR;
}

/* The code points of a str or bytes pattern. */
static uint32_t *pattern_code_points(AdValue pattern, int64_t *n) {
    if (ad_is_str(pattern)) {
        *n = ad_str_len(pattern);
        return ad_str_to_ucs4(pattern);
    }
    AdBytes *b = AD_AS(AdBytes, pattern);
    uint32_t *cps = ad_alloc_atomic((size_t)(b->length + 1) * 4);
    for (int64_t i = 0; i < b->length; i++) cps[i] = b->data[i];
    *n = b->length;
    return cps;
}

/* _parser.parse + the checks of _compiler: the PCRE2 text of a pattern, or AD_ERROR. */
static int translate(AdValue pattern, int64_t flags, Translation *out) {
    Translator *t = ad_alloc(sizeof(Translator));
    t->is_text = ad_is_str(pattern);
    t->src = pattern_code_points(pattern, &t->n);
    t->flags = flags;
    t->groups = 1;
    t->lookbehindgroups = -1;
    t->gwidth = tr_grow(t, NULL, &t->gcap, 1, sizeof(Width), 0);
    t->closed = tr_grow(t, NULL, &t->ccap, 1, 1, 0);
    t->parent = tr_grow(t, NULL, &t->pcap, 1, sizeof(int32_t), 0);
    if (setjmp(t->jb)) {
        switch (t->err_kind) {
        case ERR_RE:
            raise_re_error(t->is_text ? t->err_msg : ascii_backslashreplace(t->err_msg), pattern, t->err_pos);
            break;
        case ERR_RE_NOPOS: raise_re_error(t->err_msg, 0, 0); break;
        case ERR_OVERFLOW: ad_err_format(&ad_OverflowError, "%U", t->err_msg); break;
        case ERR_VALUE: ad_err_format(&ad_ValueError, "%U", t->err_msg); break;
        default: break;  /* already set */
        }
        return -1;
    }
    tok_advance(t);
    Scope identity = {~(int64_t)0, 0};
    parse_sub(t, (t->flags & F_VERBOSE) != 0, 0, identity);
    /* fix_flags */
    if (t->is_text) {
        if (t->flags & F_LOCALE) fail_kind(t, ERR_VALUE, "cannot use LOCALE flag with a str pattern");
        if (!(t->flags & F_ASCII)) t->flags |= F_UNICODE;
        else if (t->flags & F_UNICODE) fail_kind(t, ERR_VALUE, "ASCII and UNICODE flags are incompatible");
    } else {
        if (t->flags & F_UNICODE) fail_kind(t, ERR_VALUE, "cannot use UNICODE flag with a bytes pattern");
        if ((t->flags & F_LOCALE) && (t->flags & F_ASCII))
            fail_kind(t, ERR_VALUE, "ASCII and LOCALE flags are incompatible");
    }
    if (t->next != TOK_END) failc(t, "unbalanced parenthesis", 0);
    for (int64_t i = 0; i < t->nrefpos; i++)
        if (t->refpos[i].gid >= t->groups)
            fail_at(t, ad_sprintf("invalid group reference %lld", (long long)t->refpos[i].gid), t->refpos[i].pos);
    if (t->lookbehind_bad) fail_kind(t, ERR_RE_NOPOS, "look-behind requires fixed-width pattern");
    if (t->template_op) {
        t->err_kind = ERR_RE_NOPOS;
        t->err_msg = ad_sprintf("internal: unsupported template operator %s", t->template_op);
        longjmp(t->jb, 1);
    }
    out_reserve(t, 1);
    t->out[t->len] = 0;
    out->text = t->out;
    out->len = t->len;
    out->flags = t->flags;
    out->groups = t->groups - 1;
    out->names = t->names;
    out->nnames = t->nnames;
    out->parent = t->parent;
    out->caseless_backref = t->caseless_backref;
    return 0;
}
/* ========================================================================================== */
/* MARK: PCRE2: compiled variants and matching                                                 */
/* ========================================================================================== */

/*
 * Widths: W8 is the 8-bit library, W32 the 32-bit one. Anchors: the search variant, the match
 * variant (PCRE2_ANCHORED at compile time, because the JIT ignores it at match time) and the
 * fullmatch variant (ANCHORED | ENDANCHORED).
 */
enum { W8, W32 };
enum { A_SEARCH, A_MATCH, A_FULL };

enum { CODE_UNTRIED = 0, CODE_INTERP = 1, CODE_JIT = 2, CODE_FAILED = -1 };

typedef struct PatternObject {
    AdObject ob;
    AdValue pattern;           /* the str or bytes */
    AdValue groupindex;        /* dict name -> group number */
    AdValue indexgroup;        /* tuple group number -> name or None; 0 when no group has a name */
    int64_t flags;
    int64_t groups;
    int is_bytes;
    int unicode;               /* PCRE2_UCP: Unicode \w, \d, \b and case */
    int utf32;                 /* the 32-bit variants in UTF mode (see compile_options) */
    const char *text;          /* the PCRE2 pattern */
    size_t text_len;
    const int32_t *parent;     /* enclosing group of each group, for lastindex */
    AdValue repl_key;          /* the last replacement template parsed, and its parse */
    AdValue repl_template;
    void *code[2][3];          /* pcre2_code_8 / pcre2_code_32, malloc'd by PCRE2 */
    int8_t state[2][3];
} PatternObject;

static pcre2_compile_context_8 *cctx8;
static pcre2_compile_context_32 *cctx32;
static pcre2_match_context_8 *mctx8;
static pcre2_match_context_32 *mctx32;
static pcre2_match_data_8 *md8;
static pcre2_match_data_32 *md32;
static uint32_t md8_pairs, md32_pairs;

static int pcre_setup(void) {
    if (cctx8) return 0;
    cctx8 = pcre2_compile_context_create_8(NULL);
    cctx32 = pcre2_compile_context_create_32(NULL);
    mctx8 = pcre2_match_context_create_8(NULL);
    mctx32 = pcre2_match_context_create_32(NULL);
    if (!cctx8 || !cctx32 || !mctx8 || !mctx32) return -1;
    pcre2_set_newline_8(cctx8, PCRE2_NEWLINE_LF);
    pcre2_set_newline_32(cctx32, PCRE2_NEWLINE_LF);
    pcre2_set_parens_nest_limit_8(cctx8, 5000);
    pcre2_set_parens_nest_limit_32(cctx32, 5000);
    /* Python's engine has no backtracking limits. */
    pcre2_set_match_limit_8(mctx8, UINT32_MAX);
    pcre2_set_match_limit_32(mctx32, UINT32_MAX);
    pcre2_set_depth_limit_8(mctx8, UINT32_MAX);
    pcre2_set_depth_limit_32(mctx32, UINT32_MAX);
    pcre2_jit_stack_8 *js8 = pcre2_jit_stack_create_8(32 * 1024, 256 * 1024 * 1024, NULL);
    pcre2_jit_stack_32 *js32 = pcre2_jit_stack_create_32(32 * 1024, 256 * 1024 * 1024, NULL);
    if (js8) pcre2_jit_stack_assign_8(mctx8, NULL, js8);
    if (js32) pcre2_jit_stack_assign_32(mctx32, NULL, js32);
    return 0;
}

static void pattern_finalize(void *obj, void *data) {
    PatternObject *p = obj;
    for (int a = 0; a < 3; a++) {
        if (p->code[W8][a]) pcre2_code_free_8(p->code[W8][a]);
        if (p->code[W32][a]) pcre2_code_free_32(p->code[W32][a]);
        p->code[W8][a] = p->code[W32][a] = NULL;
    }
}

static uint32_t compile_options(PatternObject *p, int w, int anchor) {
    uint32_t o = PCRE2_ALT_CIRCUMFLEX;
    if (p->flags & F_IGNORECASE) o |= PCRE2_CASELESS;
    if (p->flags & F_MULTILINE) o |= PCRE2_MULTILINE;
    if (p->flags & F_DOTALL) o |= PCRE2_DOTALL;
    /* The 8-bit library serves bytes, and ASCII strs (UTF-8 mode, for patterns with characters
     * beyond ASCII); the 32-bit one serves every str, in non-UTF mode so that lone surrogates
     * are ordinary characters. */
    if (p->unicode) o |= PCRE2_UCP | (w == W8 || p->utf32 ? PCRE2_UTF : 0);
    /* Non-UTF mode compares back references without Unicode case folding: patterns with a
     * case-insensitive back reference run the 32-bit library in UTF mode, where lone surrogates
     * in the subject are invalid and never match. */
    if (w == W32 && p->utf32) o |= PCRE2_MATCH_INVALID_UTF;
    if (anchor != A_SEARCH) o |= PCRE2_ANCHORED;
    if (anchor == A_FULL) o |= PCRE2_ENDANCHORED;
    return o;
}

/* Compile one variant: 0, or -1 with *errcode and *erroffset set. */
static int compile_variant(PatternObject *p, int w, int anchor, int *errcode, PCRE2_SIZE *erroffset) {
    uint32_t opts = compile_options(p, w, anchor);
    void *code;
    if (w == W8) {
        code = pcre2_compile_8((PCRE2_SPTR8)p->text, p->text_len, opts, errcode, erroffset, cctx8);
    } else {
        uint32_t *wide = ad_alloc_atomic((p->text_len + 1) * 4);
        for (size_t i = 0; i < p->text_len; i++) wide[i] = (uint8_t)p->text[i];
        code = pcre2_compile_32((PCRE2_SPTR32)wide, p->text_len, opts, errcode, erroffset, cctx32);
    }
    if (!code) {
        p->state[w][anchor] = CODE_FAILED;
        return -1;
    }
    p->code[w][anchor] = code;
    int jit = w == W8 ? pcre2_jit_compile_8(code, PCRE2_JIT_COMPLETE) : pcre2_jit_compile_32(code, PCRE2_JIT_COMPLETE);
    p->state[w][anchor] = jit == 0 ? CODE_JIT : CODE_INTERP;
    return 0;
}

static AdValue pcre_error_message(int errcode) {
    PCRE2_UCHAR8 buf[256];
    if (pcre2_get_error_message_8(errcode, buf, sizeof buf) < 0) return ad_sprintf("PCRE2 error %d", errcode);
    return ad_str_from_utf8((const char *)buf, strlen((const char *)buf));
}

/* The compiled code of a variant, compiling it on first use; NULL with an error set. */
static void *get_code(PatternObject *p, int w, int anchor) {
    if (AD_LIKELY(p->state[w][anchor] > 0)) return p->code[w][anchor];
    int errcode;
    PCRE2_SIZE off;
    if (p->state[w][anchor] == CODE_FAILED || compile_variant(p, w, anchor, &errcode, &off) < 0) {
        ad_err_format(&ad_RuntimeError, "internal error: PCRE2 cannot compile the translated pattern %s", p->text);
        return NULL;
    }
    return p->code[w][anchor];
}

/* A subject: the text as code units of one width. */
typedef struct Subject {
    AdValue obj;
    const void *data;
    int64_t len;
    int width;                 /* W8 or W32 */
} Subject;

/* The last ASCII str widened to 32 bits (for patterns that the 8-bit library cannot compile). */
static AdValue widened_str;
static uint32_t *widened_data;

static const uint32_t *widen_ascii(AdValue s) {
    if (widened_str == s) return widened_data;
    int64_t n = ad_str_len(s);
    uint32_t *d = ad_alloc_atomic((size_t)(n + 1) * 4);
    const uint8_t *src = AD_AS(AdStr, s)->data;
    for (int64_t i = 0; i < n; i++) d[i] = src[i];
    widened_str = s;
    widened_data = d;
    return d;
}

/* Whether the 8-bit library can run this pattern (compiled on first use). */
static int width8_usable(PatternObject *p) {
    int8_t st = p->state[W8][A_SEARCH];
    if (st > 0) return 1;
    if (st == CODE_FAILED) return 0;
    int errcode;
    PCRE2_SIZE off;
    return compile_variant(p, W8, A_SEARCH, &errcode, &off) == 0;
}

/* getstring + the type checks of state_init. 0, or -1 with TypeError set. */
static int get_subject(PatternObject *p, AdValue string, Subject *s) {
    s->obj = string;
    if (AD_LIKELY(!ad_is_small(string) && ad_isinstance_type(string, &ad_str_type))) {
        /* The Match hands the str out again: it must not grow in place (see ad_str_shared). */
        ad_str_shared(string);
        if (AD_UNLIKELY(p->is_bytes)) {
            ad_err_set(&ad_TypeError, "cannot use a bytes pattern on a string-like object");
            return -1;
        }
        AdStr *str = AD_AS(AdStr, string);
        s->len = str->length;
        if (str->kind == 4) {
            s->data = str->data;
            s->width = W32;
        } else if (width8_usable(p)) {
            s->data = str->data;
            s->width = W8;
        } else {
            s->data = widen_ascii(string);
            s->width = W32;
        }
        return 0;
    }
    if (ad_is_byteslike(string)) {   /* bytes, bytearray */
        if (!p->is_bytes) {
            ad_err_set(&ad_TypeError, "cannot use a string pattern on a bytes-like object");
            return -1;
        }
        s->data = (void *)ad_blike_data(string);
        s->len = ad_blike_len(string);
        s->width = W8;
        return 0;
    }
    ad_err_format(&ad_TypeError, "expected string or bytes-like object, got '%s'", ad_type(string)->name);
    return -1;
}

static int ensure_match_data(int w, uint32_t pairs) {
    if (w == W8) {
        if (md8_pairs >= pairs) return 0;
        if (md8) pcre2_match_data_free_8(md8);
        uint32_t n = pairs < 16 ? 16 : pairs;
        md8 = pcre2_match_data_create_8(n, NULL);
        md8_pairs = md8 ? n : 0;
        return md8 ? 0 : -1;
    }
    if (md32_pairs >= pairs) return 0;
    if (md32) pcre2_match_data_free_32(md32);
    uint32_t n = pairs < 16 ? 16 : pairs;
    md32 = pcre2_match_data_create_32(n, NULL);
    md32_pairs = md32 ? n : 0;
    return md32 ? 0 : -1;
}

/*
 * One attempt: match at or search from `pos` in s[:endpos]. `notempty` forbids an empty match at
 * pos (the must_advance of CPython's scanner after an empty match). Writes the spans of groups 0..
 * groups into `spans` (-1 for unset) and returns 1; 0 when there is no match; -1 on error.
 */
static int run_match(PatternObject *p, const Subject *s, int64_t pos, int64_t endpos, int anchor, int notempty,
                     int64_t *spans) {
    if (pos > endpos) return 0;
    void *code = get_code(p, s->width, anchor);
    if (!code) return -1;
    uint32_t pairs = (uint32_t)p->groups + 1;
    if (ensure_match_data(s->width, pairs) < 0) {
        ad_err_set_object(ad_exception_new(&ad_MemoryError, NULL, 0));
        return -1;
    }
    uint32_t opts = notempty ? PCRE2_NOTEMPTY_ATSTART : 0;
    int rc;
    PCRE2_SIZE *ov;
    int jit = p->state[s->width][anchor] == CODE_JIT;
    if (s->width == W8) {
        rc = jit ? pcre2_jit_match_8(code, s->data, (PCRE2_SIZE)endpos, (PCRE2_SIZE)pos, opts, md8, mctx8)
                 : pcre2_match_8(code, s->data, (PCRE2_SIZE)endpos, (PCRE2_SIZE)pos, opts | PCRE2_NO_UTF_CHECK, md8, mctx8);
        if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
            rc = pcre2_match_8(code, s->data, (PCRE2_SIZE)endpos, (PCRE2_SIZE)pos, opts | PCRE2_NO_UTF_CHECK | PCRE2_NO_JIT,
                               md8, mctx8);
        ov = pcre2_get_ovector_pointer_8(md8);
    } else {
        rc = jit ? pcre2_jit_match_32(code, s->data, (PCRE2_SIZE)endpos, (PCRE2_SIZE)pos, opts, md32, mctx32)
                 : pcre2_match_32(code, s->data, (PCRE2_SIZE)endpos, (PCRE2_SIZE)pos, opts, md32, mctx32);
        if (rc == PCRE2_ERROR_JIT_STACKLIMIT)
            rc = pcre2_match_32(code, s->data, (PCRE2_SIZE)endpos, (PCRE2_SIZE)pos, opts | PCRE2_NO_JIT, md32, mctx32);
        ov = pcre2_get_ovector_pointer_32(md32);
    }
    if (rc == PCRE2_ERROR_NOMATCH) return 0;
    if (rc <= 0) {
        ad_err_format(&ad_RuntimeError, "regular expression matching failed: %U", pcre_error_message(rc));
        return -1;
    }
    uint32_t set = (uint32_t)rc;
    for (uint32_t i = 0; i < pairs; i++) {
        if (i < set && ov[2 * i] != PCRE2_UNSET) {
            spans[2 * i] = (int64_t)ov[2 * i];
            spans[2 * i + 1] = (int64_t)ov[2 * i + 1];
        } else {
            spans[2 * i] = spans[2 * i + 1] = -1;
        }
    }
    return 1;
}

/* Clamp pos/endpos as state_init does. */
static void adjust_bounds(int64_t len, int64_t *pos, int64_t *endpos) {
    if (*pos < 0) *pos = 0;
    else if (*pos > len) *pos = len;
    if (*endpos < 0) *endpos = 0;
    else if (*endpos > len) *endpos = len;
}
/* ========================================================================================== */
/* MARK: Match objects                                                                         */
/* ========================================================================================== */

typedef struct MatchObject {
    AdObject ob;
    AdValue string;
    PatternObject *pattern;
    int64_t pos, endpos;
    int64_t lastindex;         /* -2 until computed, -1 for None */
    int64_t ngroups;           /* groups + 1 */
    int64_t spans[];           /* start, end of each group; -1 when unset */
} MatchObject;

static AdType match_type, pattern_type, scanner_type, finditer_type;

static AdValue match_new(PatternObject *p, const Subject *s, int64_t pos, int64_t endpos, const int64_t *spans) {
    int64_t n = p->groups + 1;
    MatchObject *m = (MatchObject *)ad_new_object(&match_type, sizeof(MatchObject) + (size_t)n * 16);
    if (!m) return AD_ERROR;
    m->string = s->obj;
    m->pattern = p;
    m->pos = pos;
    m->endpos = endpos;
    m->lastindex = -2;
    m->ngroups = n;
    memcpy(m->spans, spans, (size_t)n * 16);
    return AD_VAL(m);
}

/* string[a:b] as a str, or as bytes for a bytes-like subject (a bytearray's too, as CPython). */
static AdValue subject_slice(AdValue string, int64_t a, int64_t b) {
    if (AD_LIKELY(ad_isinstance_type(string, &ad_str_type))) return ad_str_substr(string, a, b);
    if (a == 0 && b == ad_blike_len(string) && AD_OBJ(string)->type == &ad_bytes_type) return string;
    return ad_bytes_from(ad_blike_data(string) + a, (size_t)(b - a));
}

static AdValue empty_like(AdValue string) {
    return ad_isinstance_type(string, &ad_str_type) ? ad_str_empty() : ad_bytes_from("", 0);
}

/* The value of group i: its text, or `dflt` when it did not participate. */
static inline AdValue match_group_value(MatchObject *m, int64_t i, AdValue dflt) {
    int64_t a = m->spans[2 * i];
    if (a < 0) return dflt;
    return subject_slice(m->string, a, m->spans[2 * i + 1]);
}

/* match_getindex: a group number from an int or a name; -1 with IndexError set. */
static int64_t match_index(MatchObject *m, AdValue index) {
    if (AD_LIKELY(ad_is_small(index))) {
        int64_t i = ad_small_val(index);
        if (i >= 0 && i < m->ngroups) return i;
    } else if (ad_is_int(index) || (ad_type(index)->index && !ad_is_str(index))) {
        int64_t i;
        if (ad_is_int(index)) {
            if (ad_int_to_i64(index, &i) < 0) i = -1;
        } else {
            i = ad_index_value(index, NULL);
            if (i == -1 && ad_err_occurred()) return -1;
        }
        if (i >= 0 && i < m->ngroups) return i;
    } else if (m->pattern->groupindex) {
        AdValue v = 0;
        int found = ad_dict_lookup(m->pattern->groupindex, index, &v);
        if (found < 0) {
            ad_err_clear();
        } else if (found && ad_is_small(v)) {
            return ad_small_val(v);
        }
    }
    ad_err_set(&ad_IndexError, "no such group");
    return -1;
}

static AdValue match_group(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    MatchObject *m = AD_AS(MatchObject, self);
    if (kwnames && ad_tuple_len(kwnames)) return ad_err_set(&ad_TypeError, "group() takes no keyword arguments");
    if (nargs == 0) return match_group_value(m, 0, AD_NONE);
    if (nargs == 1) {
        int64_t i = match_index(m, args[0]);
        return i < 0 ? AD_ERROR : match_group_value(m, i, AD_NONE);
    }
    AdValue t = ad_tuple_new((int64_t)nargs);
    for (size_t k = 0; k < nargs; k++) {
        int64_t i = match_index(m, args[k]);
        if (i < 0) return AD_ERROR;
        AdValue v = match_group_value(m, i, AD_NONE);
        if (!v) return AD_ERROR;
        AD_AS(AdTuple, t)->items[k] = v;
    }
    return t;
}

static AdValue match_getitem(AdValue self, AdValue key) {
    MatchObject *m = AD_AS(MatchObject, self);
    int64_t i = match_index(m, key);
    return i < 0 ? AD_ERROR : match_group_value(m, i, AD_NONE);
}

static AdValue match_groups(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    MatchObject *m = AD_AS(MatchObject, self);
    AdValue dflt = AD_NONE;
    if (nargs || kwnames) {
        AdValue out[1];
        if (ad_parse_args("groups", args, nargs, kwnames, "|default", out) < 0) return AD_ERROR;
        if (out[0]) dflt = out[0];
    }
    AdValue t = ad_tuple_new(m->ngroups - 1);
    for (int64_t i = 1; i < m->ngroups; i++) {
        AdValue v = match_group_value(m, i, dflt);
        if (!v) return AD_ERROR;
        AD_AS(AdTuple, t)->items[i - 1] = v;
    }
    return t;
}

static AdValue match_groupdict(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    MatchObject *m = AD_AS(MatchObject, self);
    AdValue dflt = AD_NONE;
    if (nargs || kwnames) {
        AdValue out[1];
        if (ad_parse_args("groupdict", args, nargs, kwnames, "|default", out) < 0) return AD_ERROR;
        if (out[0]) dflt = out[0];
    }
    AdValue d = ad_dict_new();
    AdValue gi = m->pattern->groupindex;
    int64_t pos = 0;
    AdValue key, value;
    while (gi && ad_dict_next(gi, &pos, &key, &value)) {
        AdValue v = match_group_value(m, ad_small_val(value), dflt);
        if (!v || ad_dict_set(d, key, v) < 0) return AD_ERROR;
    }
    return d;
}

/* start/end/span take one optional positional group. */
static int64_t match_group_arg(MatchObject *m, const char *name, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (kwnames && ad_tuple_len(kwnames)) {
        ad_err_format(&ad_TypeError, "%s() takes no keyword arguments", name);
        return -1;
    }
    if (nargs > 1) {
        ad_err_format(&ad_TypeError, "%s expected at most 1 argument, got %zu", name, nargs);
        return -1;
    }
    return nargs ? match_index(m, args[0]) : 0;
}

static AdValue match_start(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    MatchObject *m = AD_AS(MatchObject, self);
    int64_t i = match_group_arg(m, "start", args, nargs, kwnames);
    return i < 0 ? AD_ERROR : ad_int_from_i64(m->spans[2 * i]);
}

static AdValue match_end(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    MatchObject *m = AD_AS(MatchObject, self);
    int64_t i = match_group_arg(m, "end", args, nargs, kwnames);
    return i < 0 ? AD_ERROR : ad_int_from_i64(m->spans[2 * i + 1]);
}

static AdValue span_tuple(int64_t a, int64_t b) {
    AdValue items[2] = {ad_int_from_i64(a), ad_int_from_i64(b)};
    return ad_tuple_from_array(items, 2);
}

static AdValue match_span(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    MatchObject *m = AD_AS(MatchObject, self);
    int64_t i = match_group_arg(m, "span", args, nargs, kwnames);
    return i < 0 ? AD_ERROR : span_tuple(m->spans[2 * i], m->spans[2 * i + 1]);
}

static AdValue parse_template(PatternObject *p, AdValue repl);
static int expand_into(PatternObject *p, AdValue tmpl, AdValue string, const int64_t *spans, void *builder, int is_bytes);

static AdValue match_expand(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    MatchObject *m = AD_AS(MatchObject, self);
    AdValue out[1];
    if (ad_parse_args("expand", args, nargs, kwnames, "template", out) < 0) return AD_ERROR;
    AdValue tmpl = parse_template(m->pattern, out[0]);
    if (!tmpl) return AD_ERROR;
    if (m->pattern->is_bytes) {
        AdByteBuf bb;
        ad_bb_init(&bb, 64);
        if (expand_into(m->pattern, tmpl, m->string, m->spans, &bb, 1) < 0) return AD_ERROR;
        return ad_bb_finish_bytes(&bb);
    }
    AdStrBuilder sb;
    ad_sb_init(&sb);
    if (expand_into(m->pattern, tmpl, m->string, m->spans, &sb, 0) < 0) return AD_ERROR;
    return ad_sb_finish(&sb);
}

/* The group whose closing parenthesis the match passed last (sre's lastindex): the one that ends
 * last; of groups ending at the same place, an enclosing group before the groups inside it, and
 * otherwise the later group. */
static int64_t compute_lastindex(MatchObject *m) {
    int64_t best = -1;
    const int32_t *parent = m->pattern->parent;
    for (int64_t i = 1; i < m->ngroups; i++) {
        int64_t e = m->spans[2 * i + 1];
        if (m->spans[2 * i] < 0) continue;
        if (best < 0 || e > m->spans[2 * best + 1]) {
            best = i;
            continue;
        }
        if (e < m->spans[2 * best + 1]) continue;
        /* Same end: is best an ancestor of i? Then best closed later. */
        int ancestor = 0;
        for (int64_t g = parent[i]; g > 0; g = parent[g])
            if (g == best) ancestor = 1;
        if (!ancestor) best = i;
    }
    return best;
}

static AdValue match_get_lastindex(AdValue self) {
    MatchObject *m = AD_AS(MatchObject, self);
    if (m->lastindex == -2) m->lastindex = compute_lastindex(m);
    return m->lastindex < 0 ? AD_NONE : ad_int_from_i64(m->lastindex);
}

static AdValue match_get_lastgroup(AdValue self) {
    MatchObject *m = AD_AS(MatchObject, self);
    if (m->lastindex == -2) m->lastindex = compute_lastindex(m);
    if (m->lastindex < 0 || !m->pattern->indexgroup) return AD_NONE;
    return ad_tuple_get(m->pattern->indexgroup, m->lastindex);
}

static AdValue match_get_string(AdValue self) { return AD_AS(MatchObject, self)->string; }
static AdValue match_get_re(AdValue self) { return AD_VAL(AD_AS(MatchObject, self)->pattern); }
static AdValue match_get_pos(AdValue self) { return ad_int_from_i64(AD_AS(MatchObject, self)->pos); }
static AdValue match_get_endpos(AdValue self) { return ad_int_from_i64(AD_AS(MatchObject, self)->endpos); }

static AdValue match_get_regs(AdValue self) {
    MatchObject *m = AD_AS(MatchObject, self);
    AdValue t = ad_tuple_new(m->ngroups);
    for (int64_t i = 0; i < m->ngroups; i++) AD_AS(AdTuple, t)->items[i] = span_tuple(m->spans[2 * i], m->spans[2 * i + 1]);
    return t;
}

static AdValue match_repr(AdValue self) {
    MatchObject *m = AD_AS(MatchObject, self);
    AdValue g = match_group_value(m, 0, AD_NONE);
    if (!g) return AD_ERROR;
    AdValue r = ad_repr(g);
    if (!r) return AD_ERROR;
    if (ad_str_len(r) > 50) r = ad_str_substr(r, 0, 50);
    return ad_sprintf("<re.Match object; span=(%lld, %lld), match=%U>", (long long)m->spans[0], (long long)m->spans[1], r);
}

static AdValue return_self(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) { return self; }

static AdValue class_getitem(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (nargs != 1) return ad_err_format(&ad_TypeError, "__class_getitem__ expected 1 argument, got %zu", nargs);
    return ad_generic_alias_new(self, args[0]);
}

static const AdMethodDef match_methods[] = {
    {"group", match_group, 0},
    {"groups", match_groups, 0},
    {"groupdict", match_groupdict, 0},
    {"start", match_start, 0},
    {"end", match_end, 0},
    {"span", match_span, 0},
    {"expand", match_expand, 0},
    {"__copy__", return_self, 0},
    {"__deepcopy__", return_self, 0},
    {"__class_getitem__", class_getitem, AD_METH_CLASS},
    {NULL, NULL, 0},
};

/* CPython's read-only members (as opposed to its getsets) refuse assignment with this message. */
static int readonly_member(AdValue self, AdValue value) {
    ad_err_set(&ad_AttributeError, "readonly attribute");
    return -1;
}

static const AdGetSetDef match_getsets[] = {
    {"string", match_get_string, readonly_member},
    {"re", match_get_re, readonly_member},
    {"pos", match_get_pos, readonly_member},
    {"endpos", match_get_endpos, readonly_member},
    {"lastindex", match_get_lastindex, NULL},
    {"lastgroup", match_get_lastgroup, NULL},
    {"regs", match_get_regs, NULL},
    {NULL, NULL, NULL},
};

static AdType match_type = {
    .ob = {&ad_type_type},
    .name = "re.Match",
    .instance_size = sizeof(MatchObject),
    .repr = match_repr,
    .getitem = match_getitem,
};

/* ========================================================================================== */
/* MARK: Replacement templates                                                                 */
/* ========================================================================================== */

/*
 * _parser.parse_template: a template is a tuple of literal chunks (str, or bytes for bytes
 * templates) and group numbers (ints). Parse errors are re.error with the template as pattern.
 */
static AdValue parse_template_uncached(PatternObject *p, AdValue repl) {
    if (!ad_is_str(repl) && !ad_is_bytes(repl))
        return ad_err_format(&ad_TypeError, "decoding to str: need a bytes-like object, %T found", repl);
    int is_text = ad_is_str(repl);
    Translator *t = ad_alloc(sizeof(Translator));
    t->is_text = is_text;
    t->src = pattern_code_points(repl, &t->n);
    AdValue items = ad_list_new(4);
    CpBuf lit;
    cp_init(&lit);
    if (setjmp(t->jb)) {
        if (t->err_kind == ERR_RE)
            raise_re_error(is_text ? t->err_msg : ascii_backslashreplace(t->err_msg), repl, t->err_pos);
        else if (t->err_kind == ERR_VALUE)
            ad_err_format(&ad_IndexError, "%U", t->err_msg);
        return AD_ERROR;
    }
    tok_advance(t);
#define FLUSH_LITERAL()                                                                               \
    do {                                                                                             \
        if (lit.len) {                                                                               \
            AdValue chunk = ad_str_from_ucs4(lit.p, (size_t)lit.len);                                \
            if (!is_text) chunk = ad_encode(chunk, "latin-1", NULL);                                 \
            ad_list_append(items, chunk);                                                            \
            lit.len = 0;                                                                             \
        }                                                                                            \
    } while (0)
#define ADD_GROUP(index, offset)                                                                      \
    do {                                                                                             \
        if ((index) > p->groups) fail(t, ad_sprintf("invalid group reference %lld", (long long)(index)), offset); \
        FLUSH_LITERAL();                                                                             \
        ad_list_append(items, ad_small(index));                                                      \
    } while (0)
    for (;;) {
        int64_t this = tok_get(t);
        if (this == TOK_END) break;
        if (!(this & TOK_ESC)) {
            cp_push(t, &lit, (uint32_t)this);
            continue;
        }
        uint32_t c = (uint32_t)(this & 0xFFFFFFFF);
        if (c == 'g') {
            if (!tok_match(t, '<')) failc(t, "missing <", 0);
            CpBuf nb;
            cp_init(&nb);
            getuntil(t, &nb, '>', "group name");
            AdValue name = cp_str(&nb);
            int64_t index;
            if (ad_str_isidentifier(name)) {
                AdValue v = 0;
                if (!p->groupindex || ad_dict_lookup(p->groupindex, name, &v) != 1) {
                    t->err_kind = ERR_VALUE;
                    t->err_msg = ad_sprintf("unknown group name %R", name);
                    longjmp(t->jb, 1);
                }
                index = ad_small_val(v);
            } else {
                AdValue iv = name_as_int(name);
                if (!iv || ad_int_sign(iv) < 0)
                    fail(t, ad_sprintf("bad character in group name %R", name), nb.len + 1);
                if (ad_int_to_i64(iv, &index) < 0 || index >= MAXGROUPS)
                    fail(t, ad_sprintf("invalid group reference %S", iv), nb.len + 1);
            }
            ADD_GROUP(index, nb.len + 1);
        } else if (c == '0') {
            int64_t v = 0;
            for (int k = 0; k < 2 && is_octdigit_tok(t->next); k++) v = v * 8 + (tok_get(t) - '0');
            cp_push(t, &lit, (uint32_t)(v & 0xff));
        } else if (c >= '1' && c <= '9') {
            int64_t digits[3] = {c, 0, 0};
            int nd = 1, isoctal = 0;
            if (is_digit_tok(t->next)) {
                digits[nd++] = tok_get(t);
                if (c <= '7' && digits[1] <= '7' && is_octdigit_tok(t->next)) {
                    digits[nd++] = tok_get(t);
                    isoctal = 1;
                    int64_t v = (digits[0] - '0') * 64 + (digits[1] - '0') * 8 + (digits[2] - '0');
                    if (v > 0377) {
                        uint32_t txt[4] = {'\\', (uint32_t)digits[0], (uint32_t)digits[1], (uint32_t)digits[2]};
                        fail(t, ad_sprintf("octal escape value %U outside of range 0-0o377", ad_str_from_ucs4(txt, 4)), 4);
                    }
                    cp_push(t, &lit, (uint32_t)v);
                }
            }
            if (!isoctal) {
                int64_t index = 0;
                for (int k = 0; k < nd; k++) index = index * 10 + (digits[k] - '0');
                ADD_GROUP(index, nd);
            }
        } else {
            int v = simple_escape(c);
            if (v >= 0) {
                cp_push(t, &lit, (uint32_t)v);
            } else {
                if (is_ascii_letter(c)) {
                    uint32_t txt[2] = {'\\', c};
                    fail(t, ad_sprintf("bad escape %U", ad_str_from_ucs4(txt, 2)), 2);
                }
                cp_push(t, &lit, '\\');
                cp_push(t, &lit, c);
            }
        }
    }
    FLUSH_LITERAL();
#undef FLUSH_LITERAL
#undef ADD_GROUP
    return ad_list_as_tuple(items);
}

static AdValue parse_template(PatternObject *p, AdValue repl) {
    if (p->repl_key == repl) return p->repl_template;
    AdValue t = parse_template_uncached(p, repl);
    if (t) {
        p->repl_key = repl;
        p->repl_template = t;
    }
    return t;
}

/* Append a template's expansion for one match. */
static int expand_into(PatternObject *p, AdValue tmpl, AdValue string, const int64_t *spans, void *builder, int is_bytes) {
    AdTuple *items = AD_AS(AdTuple, tmpl);
    for (int64_t k = 0; k < items->len; k++) {
        AdValue it = items->items[k];
        if (ad_is_small(it)) {
            int64_t g = ad_small_val(it);
            int64_t a = spans[2 * g], b = spans[2 * g + 1];
            if (a < 0) continue;
            if (is_bytes) ad_bb_append(builder, ad_blike_data(string) + a, (size_t)(b - a));
            else ad_sb_append_substr(builder, string, a, b);
        } else if (is_bytes) {
            if (!ad_is_bytes(it)) {
                ad_err_format(&ad_TypeError, "sequence item %lld: expected a bytes-like object, %T found", (long long)k, it);
                return -1;
            }
            ad_bb_append(builder, AD_AS(AdBytes, it)->data, (size_t)AD_AS(AdBytes, it)->length);
        } else {
            if (!ad_is_str(it)) {
                ad_err_format(&ad_TypeError, "sequence item %lld: expected str instance, %T found", (long long)k, it);
                return -1;
            }
            ad_sb_append_str(builder, it);
        }
    }
    return 0;
}
/* ========================================================================================== */
/* MARK: Pattern objects                                                                       */
/* ========================================================================================== */

static AdValue pattern_new(AdValue pattern, int64_t flags) {
    Translation tr;
    if (pcre_setup() < 0) return ad_err_set_object(ad_exception_new(&ad_MemoryError, NULL, 0));
    if (translate(pattern, flags, &tr) < 0) return AD_ERROR;
    PatternObject *p = (PatternObject *)ad_new_object(&pattern_type, sizeof(PatternObject));
    if (!p) return AD_ERROR;
    p->pattern = pattern;
    p->flags = tr.flags;
    p->groups = tr.groups;
    p->is_bytes = !ad_is_str(pattern);
    p->unicode = !p->is_bytes && !(tr.flags & (F_ASCII | F_LOCALE));
    p->utf32 = p->unicode && tr.caseless_backref;
    p->text = tr.text;
    p->text_len = tr.len;
    p->parent = tr.parent;
    p->groupindex = ad_dict_new();
    if (tr.nnames) {
        AdValue ig = ad_tuple_new(tr.groups + 1);
        for (int64_t i = 0; i <= tr.groups; i++) AD_AS(AdTuple, ig)->items[i] = AD_NONE;
        for (int64_t i = 0; i < tr.nnames; i++) {
            ad_dict_set(p->groupindex, tr.names[i].name, ad_small(tr.names[i].gid));
            AD_AS(AdTuple, ig)->items[tr.names[i].gid] = tr.names[i].name;
        }
        p->indexgroup = ig;
    }
    GC_register_finalizer_no_order(p, pattern_finalize, NULL, NULL, NULL);
    /* Compile now, so that what PCRE2 rejects is reported by re.compile: the 8-bit variant first
     * (ASCII subjects are the common case), the 32-bit one when that cannot be used. */
    int errcode;
    PCRE2_SIZE off;
    if (compile_variant(p, W8, A_SEARCH, &errcode, &off) < 0 &&
        (p->is_bytes || compile_variant(p, W32, A_SEARCH, &errcode, &off) < 0)) {
        AdValue msg = pcre_error_message(errcode);
        return raise_re_error(msg, 0, 0);
    }
    return AD_VAL(p);
}

/* Arguments (string, pos=0, endpos=sys.maxsize) of match/search/fullmatch/findall/finditer. */
static int string_pos_args(const char *name, const AdValue *args, size_t nargs, AdValue kwnames, AdValue *string,
                           int64_t *pos, int64_t *endpos) {
    AdValue out[3] = {0, 0, 0};
    if (AD_LIKELY(!kwnames && nargs >= 1 && nargs <= 3)) {
        for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    } else if (ad_parse_args(name, args, nargs, kwnames, "string|pos,endpos", out) < 0) {
        return -1;
    }
    *string = out[0];
    *pos = 0;
    *endpos = INT64_MAX;
    if (out[1] && ad_ssize_arg(out[1], pos) < 0) return -1;
    if (out[2] && ad_ssize_arg(out[2], endpos) < 0) return -1;
    return 0;
}

static AdValue pattern_match_common(AdValue self, const char *name, int anchor, const AdValue *args, size_t nargs,
                                    AdValue kwnames) {
    PatternObject *p = AD_AS(PatternObject, self);
    AdValue string;
    int64_t pos, endpos;
    if (string_pos_args(name, args, nargs, kwnames, &string, &pos, &endpos) < 0) return AD_ERROR;
    Subject s;
    if (get_subject(p, string, &s) < 0) return AD_ERROR;
    adjust_bounds(s.len, &pos, &endpos);
    int64_t small[32];
    int64_t *spans = p->groups < 16 ? small : ad_alloc_atomic((size_t)(p->groups + 1) * 16);
    int r = run_match(p, &s, pos, endpos, anchor, 0, spans);
    if (r <= 0) return r < 0 ? AD_ERROR : AD_NONE;
    return match_new(p, &s, pos, endpos, spans);
}

static AdValue pattern_match(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return pattern_match_common(self, "match", A_MATCH, args, nargs, kwnames);
}

static AdValue pattern_fullmatch(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return pattern_match_common(self, "fullmatch", A_FULL, args, nargs, kwnames);
}

static AdValue pattern_search(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return pattern_match_common(self, "search", A_SEARCH, args, nargs, kwnames);
}

/* state_getslice for findall and split: group i's text, or `empty` (findall) / None (split). */
static AdValue group_slice(AdValue string, const int64_t *spans, int64_t i, AdValue unmatched) {
    int64_t a = spans[2 * i];
    if (a < 0) return unmatched;
    return subject_slice(string, a, spans[2 * i + 1]);
}

static AdValue pattern_findall(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    PatternObject *p = AD_AS(PatternObject, self);
    AdValue string;
    int64_t pos, endpos;
    if (string_pos_args("findall", args, nargs, kwnames, &string, &pos, &endpos) < 0) return AD_ERROR;
    Subject s;
    if (get_subject(p, string, &s) < 0) return AD_ERROR;
    adjust_bounds(s.len, &pos, &endpos);
    int64_t small[32];
    int64_t *spans = p->groups < 16 ? small : ad_alloc_atomic((size_t)(p->groups + 1) * 16);
    AdValue list = ad_list_new(0);
    AdValue empty = p->groups ? empty_like(string) : 0;
    int notempty = 0;
    while (pos <= endpos) {
        int r = run_match(p, &s, pos, endpos, A_SEARCH, notempty, spans);
        if (r < 0) return AD_ERROR;
        if (!r) break;
        AdValue item;
        if (p->groups == 0) {
            item = subject_slice(string, spans[0], spans[1]);
        } else if (p->groups == 1) {
            item = group_slice(string, spans, 1, empty);
        } else {
            item = ad_tuple_new(p->groups);
            for (int64_t i = 0; i < p->groups; i++) AD_AS(AdTuple, item)->items[i] = group_slice(string, spans, i + 1, empty);
        }
        if (!item || ad_list_append(list, item) < 0) return AD_ERROR;
        notempty = spans[1] == spans[0];
        pos = spans[1];
    }
    return list;
}

static AdValue pattern_split(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    PatternObject *p = AD_AS(PatternObject, self);
    AdValue out[2] = {0, 0};
    if (ad_parse_args("split", args, nargs, kwnames, "string|maxsplit", out) < 0) return AD_ERROR;
    int64_t maxsplit = 0;
    if (out[1] && ad_ssize_arg(out[1], &maxsplit) < 0) return AD_ERROR;
    AdValue string = out[0];
    Subject s;
    if (get_subject(p, string, &s) < 0) return AD_ERROR;
    int64_t small[32];
    int64_t *spans = p->groups < 16 ? small : ad_alloc_atomic((size_t)(p->groups + 1) * 16);
    AdValue list = ad_list_new(0);
    int64_t last = 0, pos = 0, n = 0;
    int notempty = 0;
    while (!maxsplit || n < maxsplit) {
        int r = run_match(p, &s, pos, s.len, A_SEARCH, notempty, spans);
        if (r < 0) return AD_ERROR;
        if (!r) break;
        if (ad_list_append(list, subject_slice(string, last, spans[0])) < 0) return AD_ERROR;
        for (int64_t i = 1; i <= p->groups; i++)
            if (ad_list_append(list, group_slice(string, spans, i, AD_NONE)) < 0) return AD_ERROR;
        n++;
        notempty = spans[1] == spans[0];
        last = pos = spans[1];
    }
    if (ad_list_append(list, subject_slice(string, last, s.len)) < 0) return AD_ERROR;
    return list;
}

/* A piece of sub's result: the join of CPython's list, with its type errors. */
typedef struct Joiner {
    int is_bytes;
    int64_t items;             /* list items so far, for the messages */
    AdStrBuilder sb;
    AdByteBuf bb;
} Joiner;

static int join_append(Joiner *j, AdValue item) {
    if (j->is_bytes) {
        if (!ad_is_bytes(item)) {
            ad_err_format(&ad_TypeError, "sequence item %lld: expected a bytes-like object, %T found", (long long)j->items, item);
            return -1;
        }
        ad_bb_append(&j->bb, AD_AS(AdBytes, item)->data, (size_t)AD_AS(AdBytes, item)->length);
    } else {
        if (!ad_is_str(item)) {
            ad_err_format(&ad_TypeError, "sequence item %lld: expected str instance, %T found", (long long)j->items, item);
            return -1;
        }
        ad_sb_append_str(&j->sb, item);
    }
    j->items++;
    return 0;
}

static void join_append_slice(Joiner *j, AdValue string, int64_t a, int64_t b) {
    if (j->is_bytes) ad_bb_append(&j->bb, ad_blike_data(string) + a, (size_t)(b - a));
    else ad_sb_append_substr(&j->sb, string, a, b);
    j->items++;
}

/* Whether a str or bytes contains a backslash. */
static int has_backslash(AdValue v) {
    if (ad_is_bytes(v)) return memchr(AD_AS(AdBytes, v)->data, '\\', (size_t)AD_AS(AdBytes, v)->length) != NULL;
    AdStr *s = AD_AS(AdStr, v);
    if (s->kind == 1) return memchr(s->data, '\\', (size_t)s->length) != NULL;
    const uint32_t *d = (const uint32_t *)s->data;
    for (int64_t i = 0; i < s->length; i++)
        if (d[i] == '\\') return 1;
    return 0;
}

static AdValue pattern_subx(PatternObject *p, AdValue repl, AdValue string, int64_t count, int subn) {
    enum { LITERAL, TEMPLATE, CALLABLE } kind;
    AdValue tmpl = 0;
    if (ad_is_str(repl) || ad_is_bytes(repl)) {
        kind = has_backslash(repl) ? TEMPLATE : LITERAL;
    } else {
        AdType *rt = ad_type(repl);
        kind = (rt->call || rt == &ad_type_type || ad_type_is_subtype(rt, &ad_type_type)) ? CALLABLE : TEMPLATE;
    }
    if (kind == TEMPLATE && !(tmpl = parse_template(p, repl))) return AD_ERROR;
    if (kind == TEMPLATE && ad_tuple_len(tmpl) == 1 && !ad_is_small(ad_tuple_get(tmpl, 0))) {
        /* A template without group references is its one literal (CPython's _subx). */
        kind = LITERAL;
        repl = ad_tuple_get(tmpl, 0);
    }
    Subject s;
    if (get_subject(p, string, &s) < 0) return AD_ERROR;
    int64_t small[32];
    int64_t *spans = p->groups < 16 ? small : ad_alloc_atomic((size_t)(p->groups + 1) * 16);
    Joiner j;
    j.is_bytes = p->is_bytes;
    j.items = 0;
    if (j.is_bytes) ad_bb_init(&j.bb, (size_t)s.len + 16);
    else ad_sb_init(&j.sb);
    int64_t i = 0, n = 0, pos = 0;
    int notempty = 0;
    while (!count || n < count) {
        int r = run_match(p, &s, pos, s.len, A_SEARCH, notempty, spans);
        if (r < 0) return AD_ERROR;
        if (!r) break;
        int64_t b = spans[0], e = spans[1];
        if (i < b) join_append_slice(&j, string, i, b);
        if (kind == LITERAL) {
            if (join_append(&j, repl) < 0) return AD_ERROR;
        } else if (kind == TEMPLATE) {
            if (expand_into(p, tmpl, string, spans, j.is_bytes ? (void *)&j.bb : (void *)&j.sb, j.is_bytes) < 0)
                return AD_ERROR;
            j.items++;
        } else {
            AdValue m = match_new(p, &s, 0, s.len, spans);
            if (!m) return AD_ERROR;
            AdValue item = ad_call1(repl, m);
            if (!item) return AD_ERROR;
            if (item != AD_NONE && join_append(&j, item) < 0) return AD_ERROR;
        }
        i = e;
        n++;
        notempty = e == b;
        pos = e;
    }
    AdValue result;
    if (n == 0 && (AD_OBJ(string)->type == &ad_str_type || AD_OBJ(string)->type == &ad_bytes_type)) {
        result = string;
    } else {
        if (i < s.len) join_append_slice(&j, string, i, s.len);
        result = j.is_bytes ? ad_bb_finish_bytes(&j.bb) : ad_sb_finish(&j.sb);
    }
    if (!result) return AD_ERROR;
    if (!subn) return result;
    AdValue pair[2] = {result, ad_int_from_i64(n)};
    return ad_tuple_from_array(pair, 2);
}

static AdValue pattern_sub_common(AdValue self, const char *name, int subn, const AdValue *args, size_t nargs,
                                  AdValue kwnames) {
    AdValue out[3] = {0, 0, 0};
    if (AD_LIKELY(!kwnames && nargs >= 2 && nargs <= 3)) {
        for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    } else if (ad_parse_args(name, args, nargs, kwnames, "repl,string|count", out) < 0) {
        return AD_ERROR;
    }
    int64_t count = 0;
    if (out[2] && ad_ssize_arg(out[2], &count) < 0) return AD_ERROR;
    return pattern_subx(AD_AS(PatternObject, self), out[0], out[1], count, subn);
}

static AdValue pattern_sub(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return pattern_sub_common(self, "sub", 0, args, nargs, kwnames);
}

static AdValue pattern_subn(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return pattern_sub_common(self, "subn", 1, args, nargs, kwnames);
}

/* ---- scanners and finditer ---------------------------------------------------------------- */

typedef struct ScannerObject {
    AdObject ob;
    PatternObject *pattern;
    Subject s;
    int64_t pos, endpos;       /* pos < 0: exhausted */
    int notempty;
} ScannerObject;

static AdValue scanner_new(AdType *type, AdValue self, const char *name, const AdValue *args, size_t nargs,
                           AdValue kwnames) {
    PatternObject *p = AD_AS(PatternObject, self);
    AdValue string;
    int64_t pos, endpos;
    if (string_pos_args(name, args, nargs, kwnames, &string, &pos, &endpos) < 0) return AD_ERROR;
    ScannerObject *sc = (ScannerObject *)ad_new_object(type, sizeof(ScannerObject));
    if (!sc) return AD_ERROR;
    if (get_subject(p, string, &sc->s) < 0) return AD_ERROR;
    adjust_bounds(sc->s.len, &pos, &endpos);
    sc->pattern = p;
    sc->pos = pos;
    sc->endpos = endpos;
    return AD_VAL(sc);
}

/* One step of a scanner: the next Match, or None when done. */
static AdValue scanner_step(ScannerObject *sc, int anchor) {
    if (sc->pos < 0) return AD_NONE;
    PatternObject *p = sc->pattern;
    int64_t small[32];
    int64_t *spans = p->groups < 16 ? small : ad_alloc_atomic((size_t)(p->groups + 1) * 16);
    /* The subject's data may have moved if it was a widened ASCII str: refresh it. */
    if (sc->s.width == W32 && AD_AS(AdStr, sc->s.obj)->kind == 1 && !ad_is_bytes(sc->s.obj))
        sc->s.data = widen_ascii(sc->s.obj);
    int r = run_match(p, &sc->s, sc->pos, sc->endpos, anchor, sc->notempty, spans);
    if (r < 0) return AD_ERROR;
    if (!r) {
        sc->pos = -1;
        return AD_NONE;
    }
    AdValue m = match_new(p, &sc->s, sc->pos, sc->endpos, spans);
    sc->notempty = spans[1] == spans[0];
    sc->pos = spans[1];
    return m;
}

static AdValue scanner_match(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_nargs("match", nargs, 0, 0) < 0) return AD_ERROR;
    return scanner_step(AD_AS(ScannerObject, self), A_MATCH);
}

static AdValue scanner_search(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_nargs("search", nargs, 0, 0) < 0) return AD_ERROR;
    return scanner_step(AD_AS(ScannerObject, self), A_SEARCH);
}

static AdValue scanner_get_pattern(AdValue self) { return AD_VAL(AD_AS(ScannerObject, self)->pattern); }

static const AdMethodDef scanner_methods[] = {
    {"match", scanner_match, 0},
    {"search", scanner_search, 0},
    {NULL, NULL, 0},
};

static const AdGetSetDef scanner_getsets[] = {
    {"pattern", scanner_get_pattern, readonly_member},
    {NULL, NULL, NULL},
};

static AdType scanner_type = {
    .ob = {&ad_type_type},
    .name = "_sre.SRE_Scanner",
    .instance_size = sizeof(ScannerObject),
};

/* finditer's iterator: iter(scanner.search, None) without the bound method in between. */
static AdValue iter_self(AdValue self) { return self; }

static AdValue finditer_next(AdValue self) {
    AdValue m = scanner_step(AD_AS(ScannerObject, self), A_SEARCH);
    return m == AD_NONE ? AD_STOP : m;
}

static AdType finditer_type = {
    .ob = {&ad_type_type},
    .name = "callable_iterator",
    .instance_size = sizeof(ScannerObject),
    .iter = iter_self,
    .next = finditer_next,
};

static AdValue pattern_scanner(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return scanner_new(&scanner_type, self, "scanner", args, nargs, kwnames);
}

static AdValue pattern_finditer(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return scanner_new(&finditer_type, self, "finditer", args, nargs, kwnames);
}

/* ---- attributes, repr, comparison --------------------------------------------------------- */

static AdValue pattern_get_pattern(AdValue self) { return AD_AS(PatternObject, self)->pattern; }
static AdValue pattern_get_flags(AdValue self) { return ad_int_from_i64(AD_AS(PatternObject, self)->flags); }
static AdValue pattern_get_groups(AdValue self) { return ad_int_from_i64(AD_AS(PatternObject, self)->groups); }

static AdValue pattern_get_groupindex(AdValue self) {
    return ad_mappingproxy_new(AD_AS(PatternObject, self)->groupindex);
}

static AdValue pattern_repr(AdValue self) {
    PatternObject *p = AD_AS(PatternObject, self);
    static const struct { const char *name; int64_t value; } names[] = {
        {"re.TEMPLATE", F_TEMPLATE}, {"re.IGNORECASE", F_IGNORECASE}, {"re.LOCALE", F_LOCALE},
        {"re.MULTILINE", F_MULTILINE}, {"re.DOTALL", F_DOTALL}, {"re.UNICODE", F_UNICODE},
        {"re.VERBOSE", F_VERBOSE}, {"re.DEBUG", F_DEBUG}, {"re.ASCII", F_ASCII},
    };
    AdValue r = ad_repr(p->pattern);
    if (!r) return AD_ERROR;
    if (ad_str_len(r) > 200) r = ad_str_substr(r, 0, 200);
    int64_t flags = p->flags;
    if (!p->is_bytes && (flags & (F_LOCALE | F_UNICODE | F_ASCII)) == F_UNICODE) flags &= ~(int64_t)F_UNICODE;
    if (!flags) return ad_sprintf("re.compile(%U)", r);
    AdStrBuilder sb;
    ad_sb_init(&sb);
    ad_sb_append_cstr(&sb, "re.compile(");
    ad_sb_append_str(&sb, r);
    ad_sb_append_cstr(&sb, ", ");
    int first = 1;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (!(flags & names[i].value)) continue;
        if (!first) ad_sb_append_char(&sb, '|');
        ad_sb_append_cstr(&sb, names[i].name);
        flags &= ~names[i].value;
        first = 0;
    }
    if (flags) {
        char buf[32];
        snprintf(buf, sizeof buf, "%s0x%llx", first ? "" : "|", (unsigned long long)flags);
        ad_sb_append_cstr(&sb, buf);
    }
    ad_sb_append_char(&sb, ')');
    return ad_sb_finish(&sb);
}

static int64_t pattern_hash(AdValue self) {
    PatternObject *p = AD_AS(PatternObject, self);
    int64_t h = ad_hash(p->pattern);
    if (h == -1) return -1;
    h ^= p->flags ^ p->is_bytes;
    return h == -1 ? -2 : h;
}

static AdValue pattern_richcompare(AdValue a, AdValue b, int op) {
    if ((op != AD_EQ && op != AD_NE) || ad_type(a) != &pattern_type || ad_type(b) != &pattern_type) return AD_NOTIMPL;
    PatternObject *x = AD_AS(PatternObject, a), *y = AD_AS(PatternObject, b);
    int eq = 1;
    if (a != b) {
        eq = x->flags == y->flags && x->is_bytes == y->is_bytes;
        if (eq) {
            eq = ad_eq(x->pattern, y->pattern);
            if (eq < 0) return AD_ERROR;
        }
    }
    return ad_bool(op == AD_EQ ? eq : !eq);
}

static const AdMethodDef pattern_methods[] = {
    {"match", pattern_match, 0},
    {"fullmatch", pattern_fullmatch, 0},
    {"search", pattern_search, 0},
    {"sub", pattern_sub, 0},
    {"subn", pattern_subn, 0},
    {"split", pattern_split, 0},
    {"findall", pattern_findall, 0},
    {"finditer", pattern_finditer, 0},
    {"scanner", pattern_scanner, 0},
    {"__copy__", return_self, 0},
    {"__deepcopy__", return_self, 0},
    {"__class_getitem__", class_getitem, AD_METH_CLASS},
    {NULL, NULL, 0},
};

static const AdGetSetDef pattern_getsets[] = {
    {"pattern", pattern_get_pattern, readonly_member},
    {"flags", pattern_get_flags, readonly_member},
    {"groups", pattern_get_groups, readonly_member},
    {"groupindex", pattern_get_groupindex, NULL},
    {NULL, NULL, NULL},
};

static AdType pattern_type = {
    .ob = {&ad_type_type},
    .name = "re.Pattern",
    .instance_size = sizeof(PatternObject),
    .repr = pattern_repr,
    .hash = pattern_hash,
    .richcompare = pattern_richcompare,
};
/* ========================================================================================== */
/* MARK: RegexFlag                                                                             */
/* ========================================================================================== */

/* enum.IntFlag's behaviour for RegexFlag: members in definition order, boundary KEEP, global
 * reprs (re.IGNORECASE|re.MULTILINE), str() equal to repr(), and int arithmetic otherwise. */
static const struct { const char *name; int64_t value; } flag_members[] = {
    {"ASCII", F_ASCII}, {"IGNORECASE", F_IGNORECASE}, {"LOCALE", F_LOCALE}, {"UNICODE", F_UNICODE},
    {"MULTILINE", F_MULTILINE}, {"DOTALL", F_DOTALL}, {"VERBOSE", F_VERBOSE}, {"TEMPLATE", F_TEMPLATE},
    {"DEBUG", F_DEBUG},
};
#define NFLAGS 9
#define FLAG_MASK 511

static AdType flag_meta_type, regexflag_type;
static AdValue flag_member_values[NFLAGS];
static AdValue flag_noflag;

static int64_t flag_int(AdValue v) {
    int64_t x = 0;
    if (ad_int_to_i64(v, &x) < 0) x = 0;
    return x;
}

/* RegexFlag(value): the member for a member's value, else a new pseudo-member. */
static AdValue flag_from_value(int64_t v) {
    if (v == 0) return flag_noflag;
    for (int i = 0; i < NFLAGS; i++)
        if (flag_members[i].value == v) return flag_member_values[i];
    if (v < 0) return flag_from_value(v & FLAG_MASK);
    AdValue iv = ad_int_from_i64(v);
    return ad_int_type.construct(&regexflag_type, &iv, 1, 0);
}

static AdValue flag_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (kwnames && ad_tuple_len(kwnames)) return ad_err_set(&ad_TypeError, "RegexFlag() takes no keyword arguments");
    if (nargs != 1) return ad_err_format(&ad_TypeError, "EnumType.__call__() missing 1 required positional argument: 'value'");
    if (!ad_is_int(args[0])) {
        AdValue r = ad_repr(args[0]);
        return r ? ad_err_format(&ad_ValueError, "%U is not a valid RegexFlag", r) : AD_ERROR;
    }
    int64_t v;
    if (ad_int_to_i64(args[0], &v) < 0) return ad_err_set(&ad_OverflowError, "Python int too large to convert to C int");
    return flag_from_value(v);
}

/* The member names of a value joined by '|' with `prefix`, and the bits left over in *rest. */
static AdValue flag_names(int64_t v, const char *prefix, int64_t *rest, int *count) {
    AdStrBuilder sb;
    ad_sb_init(&sb);
    *count = 0;
    *rest = v;
    for (int i = 0; i < NFLAGS; i++) {
        if (!(v & flag_members[i].value)) continue;
        if ((*count)++) ad_sb_append_char(&sb, '|');
        ad_sb_append_cstr(&sb, prefix);
        ad_sb_append_cstr(&sb, flag_members[i].name);
        *rest &= ~flag_members[i].value;
    }
    if (*count && *rest) {
        char buf[32];
        snprintf(buf, sizeof buf, "|0x%llx", (unsigned long long)*rest);
        ad_sb_append_cstr(&sb, buf);
    }
    return ad_sb_finish(&sb);
}

static AdValue flag_repr(AdValue self) {
    int64_t v = flag_int(self), rest;
    int count;
    if (v == 0) return ad_str_from_cstr("re.NOFLAG");
    AdValue names = flag_names(v, "re.", &rest, &count);
    if (!count) return ad_sprintf("re.RegexFlag(%lld)", (long long)v);
    return names;
}

static AdValue flag_get_name(AdValue self) {
    int64_t v = flag_int(self), rest;
    int count;
    if (v == 0) return ad_str_from_cstr("NOFLAG");
    AdValue names = flag_names(v, "", &rest, &count);
    return count ? names : AD_NONE;
}

static AdValue flag_get_value(AdValue self) { return ad_int_from_i64(flag_int(self)); }

static AdValue flag_format(AdValue self, AdValue spec) {
    if (ad_is_str(spec) && ad_str_len(spec) == 0) return flag_repr(self);
    return ad_format(ad_int_from_i64(flag_int(self)), spec);
}

static int flag_truth(AdValue self) { return flag_int(self) != 0; }

static AdValue flag_binary(AdValue a, AdValue b, int op) {
    if (!ad_is_int(a) || !ad_is_int(b)) return AD_NOTIMPL;
    int64_t x, y;
    if (ad_int_to_i64(a, &x) < 0 || ad_int_to_i64(b, &y) < 0) return AD_NOTIMPL;
    return flag_from_value(op == AD_OP_OR ? (x | y) : op == AD_OP_AND ? (x & y) : (x ^ y));
}

static AdValue flag_or(AdValue a, AdValue b) { return flag_binary(a, b, AD_OP_OR); }
static AdValue flag_and(AdValue a, AdValue b) { return flag_binary(a, b, AD_OP_AND); }
static AdValue flag_xor(AdValue a, AdValue b) { return flag_binary(a, b, AD_OP_XOR); }

static AdValue flag_invert(AdValue self) {
    int64_t v = flag_int(self), mask = FLAG_MASK;
    while (mask < v) mask = mask * 2 + 1;
    return flag_from_value(mask ^ v);
}

/* The members contained in a value, as a list. */
static AdValue flag_member_list(int64_t v) {
    AdValue list = ad_list_new(0);
    for (int i = 0; i < NFLAGS; i++)
        if (v & flag_members[i].value) ad_list_append(list, flag_member_values[i]);
    return list;
}

static AdValue flag_iter(AdValue self) { return ad_iter(flag_member_list(flag_int(self))); }
static int64_t flag_len(AdValue self) { return ad_len(flag_member_list(flag_int(self))); }

static int flag_contains(AdValue self, AdValue other) {
    if (!ad_isinstance_type(other, &regexflag_type)) {
        ad_err_format(&ad_TypeError, "unsupported operand type(s) for 'in': '%s' and 'RegexFlag'", ad_type(other)->name);
        return -1;
    }
    int64_t o = flag_int(other);
    return (o & flag_int(self)) == o;
}

static const AdGetSetDef flag_getsets[] = {
    {"name", flag_get_name, NULL},
    {"value", flag_get_value, NULL},
    {NULL, NULL, NULL},
};

static AdType regexflag_type = {
    .ob = {&flag_meta_type},
    .name = "RegexFlag",
    .base = &ad_int_type,
    .flags = AD_TPFLAG_INT_SUBCLASS,
    .repr = flag_repr,
    .str = flag_repr,
    .format = flag_format,
    .truth = flag_truth,
    .iter = flag_iter,
    .len = flag_len,
    .contains = flag_contains,
    .construct = flag_construct,
    .number = {[AD_OP_OR] = flag_or, [AD_OP_AND] = flag_and, [AD_OP_XOR] = flag_xor},
    .invert = flag_invert,
};

/* The metaclass: iteration, len, [name] and `in` over the class, as enum.EnumType gives them. */
static AdValue flag_meta_repr(AdValue self) {
    if (self == AD_VAL(&regexflag_type)) return ad_str_from_cstr("<flag 'RegexFlag'>");
    return ad_sprintf("<flag %R>", AD_AS(AdType, self)->name_str);
}

static AdValue flag_meta_iter(AdValue self) { return ad_iter(flag_member_list(FLAG_MASK)); }
static int64_t flag_meta_len(AdValue self) { return NFLAGS; }

static AdValue flag_meta_getitem(AdValue self, AdValue key) {
    if (ad_is_str(key)) {
        if (ad_str_eq_cstr(key, "NOFLAG")) return flag_noflag;
        for (int i = 0; i < NFLAGS; i++)
            if (ad_str_eq_cstr(key, flag_members[i].name)) return flag_member_values[i];
    }
    return ad_err_set_object(ad_exception_new(&ad_KeyError, &key, 1));
}

static int flag_meta_contains(AdValue self, AdValue value) {
    if (!ad_isinstance_type(value, &regexflag_type)) {
        ad_err_format(&ad_TypeError, "unsupported operand type(s) for 'in': '%s' and 'EnumType'", ad_type(value)->name);
        return -1;
    }
    int64_t v = flag_int(value);
    if (v == 0) return 1;
    for (int i = 0; i < NFLAGS; i++)
        if (flag_members[i].value == v) return 1;
    return 0;
}

static AdType flag_meta_type = {
    .ob = {&ad_type_type},
    .name = "enum.EnumType",
    .base = &ad_type_type,
    .flags = AD_TPFLAG_TYPE_SUBCLASS,
    .repr = flag_meta_repr,
    .iter = flag_meta_iter,
    .len = flag_meta_len,
    .getitem = flag_meta_getitem,
    .contains = flag_meta_contains,
};

static void flags_ready(AdValue module) {
    regexflag_type.module = ad_str_intern_cstr("re");
    ad_type_ready(&flag_meta_type, NULL, NULL);
    ad_type_ready(&regexflag_type, NULL, flag_getsets);
    AdValue zero = ad_small(0);
    flag_noflag = ad_int_type.construct(&regexflag_type, &zero, 1, 0);
    for (int i = 0; i < NFLAGS; i++) {
        AdValue v = ad_small(flag_members[i].value);
        flag_member_values[i] = ad_int_type.construct(&regexflag_type, &v, 1, 0);
    }
    static const char *const short_names[NFLAGS] = {"A", "I", "L", "U", "M", "S", "X", "T", NULL};
    ad_dict_set_cstr(regexflag_type.dict, "NOFLAG", flag_noflag);
    ad_module_add(module, "NOFLAG", flag_noflag);
    for (int i = 0; i < NFLAGS; i++) {
        ad_dict_set_cstr(regexflag_type.dict, flag_members[i].name, flag_member_values[i]);
        ad_module_add(module, flag_members[i].name, flag_member_values[i]);
        if (short_names[i]) {
            ad_dict_set_cstr(regexflag_type.dict, short_names[i], flag_member_values[i]);
            ad_module_add(module, short_names[i], flag_member_values[i]);
        }
    }
    ad_type_modified(&regexflag_type);
}

/* ========================================================================================== */
/* MARK: Scanner                                                                               */
/* ========================================================================================== */

/*
 * re.Scanner(lexicon, flags): CPython joins the phrases into one alternation of groups and scans
 * with it; trying the phrases' own patterns in order at each position matches the same thing.
 */
typedef struct ScannerLex {
    AdObject ob;
    AdValue dict;
    AdValue patterns;          /* tuple of compiled phrases */
} ScannerLex;

static AdType lex_scanner_type;

static AdValue re_compile_internal(AdValue pattern, AdValue flags_obj);

static AdValue lex_scanner_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    static const char *const names[] = {"lexicon", "flags"};
    AdValue a[2];
    if (bind_args("Scanner.__init__", names, 2, 1, args, nargs, kwnames, a) < 0) return AD_ERROR;
    ScannerLex *s = (ScannerLex *)ad_new_object(type, type->instance_size);
    if (!s) return AD_ERROR;
    AdValue self = AD_VAL(s);
    if (ad_setattr(self, ad_str_intern_cstr("lexicon"), a[0]) < 0) return AD_ERROR;
    AdValue patterns = ad_list_new(0);
    AdValue it = ad_iter(a[0]);
    if (!it) return AD_ERROR;
    for (;;) {
        AdValue entry = ad_next(it);
        if (!entry) return AD_ERROR;
        if (entry == AD_STOP) break;
        AdValue pair = ad_unpack(entry, 2);
        if (!pair) return AD_ERROR;
        AdValue p = re_compile_internal(ad_tuple_get(pair, 0), a[1]);
        if (!p || ad_list_append(patterns, p) < 0) return AD_ERROR;
    }
    s->patterns = ad_list_as_tuple(patterns);
    return self;
}

static AdValue lex_scanner_scan(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    static const char *const names[] = {"string"};
    AdValue a[1];
    if (bind_args("scan", names, 1, 1, args, nargs, kwnames, a) < 0) return AD_ERROR;
    AdValue string = a[0];
    ScannerLex *s = AD_AS(ScannerLex, self);
    AdValue lexicon = ad_getattr(self, ad_str_intern_cstr("lexicon"));
    if (!lexicon) return AD_ERROR;
    AdValue result = ad_list_new(0);
    int64_t i = 0, np = ad_tuple_len(s->patterns);
    for (;;) {
        AdValue m = AD_NONE;
        int64_t k = 0;
        for (; k < np; k++) {
            AdValue margs[2] = {string, ad_int_from_i64(i)};
            m = pattern_match(ad_tuple_get(s->patterns, k), margs, 2, 0);
            if (!m) return AD_ERROR;
            if (m != AD_NONE) break;
        }
        if (m == AD_NONE) break;
        int64_t j = AD_AS(MatchObject, m)->spans[1];
        if (i == j) break;
        AdValue entry = ad_getitem(lexicon, ad_int_from_i64(k));
        AdValue action = entry ? ad_getitem(entry, ad_small(1)) : 0;
        if (!action) return AD_ERROR;
        if (action != AD_NONE && (ad_type(action)->call || ad_isinstance_type(action, &ad_type_type))) {
            if (ad_setattr(self, ad_str_intern_cstr("match"), m) < 0) return AD_ERROR;
            AdValue text = match_group_value(AD_AS(MatchObject, m), 0, AD_NONE);
            AdValue cargs[2] = {self, text};
            action = text ? ad_call(action, cargs, 2, 0) : 0;
            if (!action) return AD_ERROR;
        }
        if (action != AD_NONE && ad_list_append(result, action) < 0) return AD_ERROR;
        i = j;
    }
    AdValue len = ad_int_from_i64(ad_len(string));
    AdValue slice = ad_slice_new(ad_int_from_i64(i), AD_NONE, AD_NONE);
    AdValue rest = slice && len ? ad_getitem(string, slice) : 0;
    if (!rest) return AD_ERROR;
    AdValue pair[2] = {result, rest};
    return ad_tuple_from_array(pair, 2);
}

static const AdMethodDef lex_scanner_methods[] = {
    {"scan", lex_scanner_scan, 0},
    {NULL, NULL, 0},
};

static AdType lex_scanner_type = {
    .ob = {&ad_type_type},
    .name = "Scanner",
    .flags = AD_TPFLAG_BASETYPE,
    .instance_size = sizeof(ScannerLex),
    .construct = lex_scanner_construct,
    .dict_offset = offsetof(ScannerLex, dict),
};

/* ========================================================================================== */
/* MARK: The module functions                                                                  */
/* ========================================================================================== */

/*
 * re._compile's cache: direct-mapped on (pattern, flags), for exact strs and bytes. Entries live
 * in static data, which the collector scans; purge() empties it.
 */
#define CACHE_SIZE 512

typedef struct CacheEntry {
    AdValue key;
    int64_t flags;
    AdValue pattern;
} CacheEntry;

static CacheEntry cache[CACHE_SIZE];

static int same_key(AdValue a, AdValue b) {
    if (a == b) return 1;
    if (AD_OBJ(a)->type != AD_OBJ(b)->type) return 0;
    if (AD_OBJ(a)->type == &ad_str_type) return ad_str_eq(a, b);
    AdBytes *x = AD_AS(AdBytes, a), *y = AD_AS(AdBytes, b);
    return x->length == y->length && memcmp(x->data, y->data, (size_t)x->length) == 0;
}

/* The int value of a flags argument (a RegexFlag is an int). */
static int flags_value(AdValue flags, int64_t *out) {
    if (AD_LIKELY(ad_is_small(flags))) {
        *out = ad_small_val(flags);
        return 0;
    }
    if (ad_is_int(flags)) {
        if (ad_int_to_i64(flags, out) == 0) return 0;
        ad_err_set(&ad_OverflowError, "Python int too large to convert to C int");
        return -1;
    }
    ad_err_format(&ad_TypeError, "unsupported operand type(s) for &: '%s' and 'RegexFlag'", ad_type(flags)->name);
    return -1;
}

/* re._compile(pattern, flags) */
static AdValue re_compile_internal(AdValue pattern, AdValue flags_obj) {
    int64_t flags = 0;
    if (flags_obj && flags_value(flags_obj, &flags) < 0) return AD_ERROR;
    if (!ad_is_small(pattern)) {
        AdType *t = AD_OBJ(pattern)->type;
        if (AD_LIKELY(t == &ad_str_type || t == &ad_bytes_type)) {
            uint64_t h = (uint64_t)(t == &ad_str_type ? ad_str_hash(pattern) : ad_hash(pattern));
            CacheEntry *e = &cache[(h ^ (uint64_t)flags * 0x9E3779B97F4A7C15ull) % CACHE_SIZE];
            if (e->key && e->flags == flags && same_key(e->key, pattern)) return e->pattern;
            AdValue p = pattern_new(pattern, flags);
            if (!p) return AD_ERROR;
            if (!(flags & F_DEBUG)) {
                e->key = pattern;
                e->flags = flags;
                e->pattern = p;
            }
            return p;
        }
        if (t == &pattern_type) {
            if (flags) return ad_err_set(&ad_ValueError, "cannot process flags argument with a compiled pattern");
            return pattern;
        }
    }
    if (ad_is_str(pattern) || ad_is_bytes(pattern)) return pattern_new(pattern, flags);
    if (ad_hash(pattern) == -1 && ad_err_occurred()) return AD_ERROR;
    return ad_err_set(&ad_TypeError, "first argument must be string or compiled pattern");
}

/*
 * Arguments of the module functions, which CPython writes in Python: its messages for calls of
 * Python functions. `names` lists the parameters, the first `required` of them without default.
 */
static int bind_args(const char *fname, const char *const *names, int nparams, int required, const AdValue *args,
                     size_t nargs, AdValue kwnames, AdValue *out) {
    for (int i = 0; i < nparams; i++) out[i] = 0;
    if (nargs > (size_t)nparams) {
        if (required == nparams)
            ad_err_format(&ad_TypeError, "%s() takes %d positional argument%s but %zu %s given", fname, nparams,
                          nparams == 1 ? "" : "s", nargs, nargs == 1 ? "was" : "were");
        else
            ad_err_format(&ad_TypeError, "%s() takes from %d to %d positional arguments but %zu %s given", fname,
                          required, nparams, nargs, nargs == 1 ? "was" : "were");
        return -1;
    }
    for (size_t i = 0; i < nargs; i++) out[i] = args[i];
    int64_t nkw = kwnames ? ad_tuple_len(kwnames) : 0;
    for (int64_t k = 0; k < nkw; k++) {
        AdValue key = ad_tuple_get(kwnames, k);
        int found = -1;
        for (int i = 0; i < nparams && found < 0; i++)
            if (ad_str_eq_cstr(key, names[i])) found = i;
        if (found < 0) {
            ad_err_format(&ad_TypeError, "%s() got an unexpected keyword argument '%U'", fname, key);
            return -1;
        }
        if (out[found]) {
            ad_err_format(&ad_TypeError, "%s() got multiple values for argument '%U'", fname, key);
            return -1;
        }
        out[found] = args[nargs + (size_t)k];
    }
    int missing = 0;
    for (int i = 0; i < required; i++)
        if (!out[i]) missing++;
    if (!missing) return 0;
    AdStrBuilder sb;
    ad_sb_init(&sb);
    int seen = 0;
    for (int i = 0; i < required; i++) {
        if (out[i]) continue;
        seen++;
        if (seen > 1) ad_sb_append_cstr(&sb, missing == 2 ? " and " : seen == missing ? ", and " : ", ");
        ad_sb_append_char(&sb, '\'');
        ad_sb_append_cstr(&sb, names[i]);
        ad_sb_append_char(&sb, '\'');
    }
    AdValue list = ad_sb_finish(&sb);
    ad_err_format(&ad_TypeError, "%s() missing %d required positional argument%s: %U", fname, missing,
                  missing == 1 ? "" : "s", list);
    return -1;
}

static const char *const names_pattern_string_flags[] = {"pattern", "string", "flags"};

/* match / fullmatch / search / findall / finditer (pattern, string, flags=0). */
static AdValue module_call_with_string(const char *fname, AdCFunction method, const AdValue *args, size_t nargs,
                                       AdValue kwnames) {
    AdValue a[3];
    if (AD_LIKELY(!kwnames && nargs >= 2 && nargs <= 3)) {
        a[0] = args[0], a[1] = args[1], a[2] = nargs == 3 ? args[2] : 0;
    } else if (bind_args(fname, names_pattern_string_flags, 3, 2, args, nargs, kwnames, a) < 0) {
        return AD_ERROR;
    }
    AdValue p = re_compile_internal(a[0], a[2]);
    if (!p) return AD_ERROR;
    return method(p, &a[1], 1, 0);
}

static AdValue re_match(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return module_call_with_string("match", pattern_match, args, nargs, kwnames);
}

static AdValue re_fullmatch(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return module_call_with_string("fullmatch", pattern_fullmatch, args, nargs, kwnames);
}

static AdValue re_search(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return module_call_with_string("search", pattern_search, args, nargs, kwnames);
}

static AdValue re_findall(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return module_call_with_string("findall", pattern_findall, args, nargs, kwnames);
}

static AdValue re_finditer(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return module_call_with_string("finditer", pattern_finditer, args, nargs, kwnames);
}

static AdValue re_sub_common(const char *fname, int subn, const AdValue *args, size_t nargs, AdValue kwnames) {
    static const char *const names[] = {"pattern", "repl", "string", "count", "flags"};
    AdValue a[5];
    if (AD_LIKELY(!kwnames && nargs == 3)) {
        a[0] = args[0], a[1] = args[1], a[2] = args[2], a[3] = a[4] = 0;
    } else if (bind_args(fname, names, 5, 3, args, nargs, kwnames, a) < 0) {
        return AD_ERROR;
    }
    AdValue p = re_compile_internal(a[0], a[4]);
    if (!p) return AD_ERROR;
    int64_t count = 0;
    if (a[3] && ad_ssize_arg(a[3], &count) < 0) return AD_ERROR;
    return pattern_subx(AD_AS(PatternObject, p), a[1], a[2], count, subn);
}

static AdValue re_sub(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return re_sub_common("sub", 0, args, nargs, kwnames);
}

static AdValue re_subn(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    return re_sub_common("subn", 1, args, nargs, kwnames);
}

static AdValue re_split(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    static const char *const names[] = {"pattern", "string", "maxsplit", "flags"};
    AdValue a[4];
    if (bind_args("split", names, 4, 2, args, nargs, kwnames, a) < 0) return AD_ERROR;
    AdValue p = re_compile_internal(a[0], a[3]);
    if (!p) return AD_ERROR;
    AdValue margs[2] = {a[1], a[2] ? a[2] : ad_small(0)};
    return pattern_split(p, margs, 2, 0);
}

static AdValue re_compile(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    static const char *const names[] = {"pattern", "flags"};
    AdValue a[2];
    if (AD_LIKELY(!kwnames && nargs >= 1 && nargs <= 2)) {
        a[0] = args[0], a[1] = nargs == 2 ? args[1] : 0;
    } else if (bind_args("compile", names, 2, 1, args, nargs, kwnames, a) < 0) {
        return AD_ERROR;
    }
    return re_compile_internal(a[0], a[1]);
}

static AdValue re_template(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    static const char *const names[] = {"pattern", "flags"};
    AdValue a[2];
    if (bind_args("template", names, 2, 1, args, nargs, kwnames, a) < 0) return AD_ERROR;
    int64_t flags = 0;
    if (a[1] && flags_value(a[1], &flags) < 0) return AD_ERROR;
    return re_compile_internal(a[0], ad_int_from_i64(flags | F_TEMPLATE));
}

static AdValue re_purge(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (bind_args("purge", NULL, 0, 0, args, nargs, kwnames, NULL) < 0) return AD_ERROR;
    memset(cache, 0, sizeof cache);
    return AD_NONE;
}

/* The characters re.escape puts a backslash before. */
static int escape_needed(uint32_t c) {
    return c < 128 && c && strchr("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", (int)c) != NULL;
}

static AdValue re_escape(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    static const char *const names[] = {"pattern"};
    AdValue a[1];
    if (bind_args("escape", names, 1, 1, args, nargs, kwnames, a) < 0) return AD_ERROR;
    AdValue s = a[0];
    if (ad_is_str(s)) {
        int64_t n = ad_str_len(s);
        AdStrBuilder sb;
        ad_sb_init(&sb);
        for (int64_t i = 0; i < n; i++) {
            uint32_t c = ad_str_char(s, i);
            if (escape_needed(c)) ad_sb_append_char(&sb, '\\');
            ad_sb_append_char(&sb, c);
        }
        return ad_sb_finish(&sb);
    }
    if (ad_is_byteslike(s)) {   /* bytes, bytearray: the result is bytes */
        const unsigned char *data = ad_blike_data(s);
        int64_t len = ad_blike_len(s);
        AdByteBuf bb;
        ad_bb_init(&bb, (size_t)len + 16);
        for (int64_t i = 0; i < len; i++) {
            if (escape_needed(data[i])) ad_bb_append_byte(&bb, '\\');
            ad_bb_append_byte(&bb, data[i]);
        }
        return ad_bb_finish_bytes(&bb);
    }
    return ad_err_format(&ad_TypeError, "decoding to str: need a bytes-like object, %T found", s);
}

static const AdMethodDef re_functions[] = {
    {"compile", re_compile, 0},
    {"match", re_match, 0},
    {"fullmatch", re_fullmatch, 0},
    {"search", re_search, 0},
    {"sub", re_sub, 0},
    {"subn", re_subn, 0},
    {"split", re_split, 0},
    {"findall", re_findall, 0},
    {"finditer", re_finditer, 0},
    {"purge", re_purge, 0},
    {"template", re_template, 0},
    {"escape", re_escape, 0},
    {NULL, NULL, 0},
};

AdValue ad_re_module_create(void) {
    static int ready;
    if (!ready) {
        ad_type_ready(&pattern_type, pattern_methods, pattern_getsets);
        ad_type_ready(&match_type, match_methods, match_getsets);
        ad_type_ready(&scanner_type, scanner_methods, scanner_getsets);
        ad_type_ready(&finditer_type, NULL, NULL);
        re_error_type.module = ad_str_intern_cstr("re");
        ad_type_ready(&re_error_type, re_error_methods, NULL);
        lex_scanner_type.module = ad_str_intern_cstr("re");
        ad_type_ready(&lex_scanner_type, lex_scanner_methods, NULL);
        ready = 1;
    }
    AdValue m = ad_module_new("re");
    ad_module_add_functions(m, re_functions);
    flags_ready(m);
    ad_module_add(m, "RegexFlag", AD_VAL(&regexflag_type));
    ad_module_add(m, "error", AD_VAL(&re_error_type));
    ad_module_add(m, "Pattern", AD_VAL(&pattern_type));
    ad_module_add(m, "Match", AD_VAL(&match_type));
    ad_module_add(m, "Scanner", AD_VAL(&lex_scanner_type));
    ad_module_add(m, "__version__", ad_str_from_cstr("2.2.1"));
    static const char *const all[] = {
        "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile", "purge",
        "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U", "ASCII",
        "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
    };
    AdValue list = ad_list_new(0);
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) ad_list_append(list, ad_str_intern_cstr(all[i]));
    ad_module_add(m, "__all__", list);
    ad_module_add(m, "_MAXCACHE", ad_small(CACHE_SIZE));
    return m;
}
