/*
 * traceback.c — printing exceptions as CPython 3.11 does, and the end of a program that raised.
 *
 * The output of ad_print_exception is CPython's PyErr_Display byte for byte, minus the `^^^^`
 * markers under the failing expression (AdTraceback records lines, not columns):
 *
 *     Traceback (most recent call last):
 *       File "x.py", line 3, in f
 *         source line, stripped of its indentation
 *       [Previous line repeated 996 more times]
 *     ValueError: message
 *
 * preceded, for chained exceptions, by the cause or context and the sentence that links them.
 * Runs of more than three identical entries are folded as CPython folds them, and only the last
 * 1000 entries are printed (CPython's default traceback limit). The text is collected in a str
 * builder and written to sys.stderr in one piece.
 */
#include "core.h"

#include <string.h>

#define TB_RECURSIVE_CUTOFF 3
#define TB_LIMIT 1000

/* ========================================================================================== */
/* MARK: Source lines                                                                          */
/* ========================================================================================== */

/* Append "    <line>\n" for line `lineno` of `filename`, without its indentation; nothing if the
 * file or the line cannot be read. */
static void append_source_line(AdStrBuilder *sb, const char *filename, int64_t lineno) {
    if (!filename || lineno < 1) return;
    FILE *f = fopen(filename, "rb");
    if (!f) return;
    char buf[4096];
    int64_t current = 1;
    size_t cap = 256, len = 0;
    char *line = NULL;
    while (fgets(buf, sizeof buf, f)) {
        size_t n = strlen(buf);
        if (current == lineno) {
            if (!line) line = ad_alloc_atomic(cap);
            while (len + n + 1 > cap) {
                char *bigger = ad_alloc_atomic(cap * 2);
                memcpy(bigger, line, len);
                line = bigger;
                cap *= 2;
            }
            memcpy(line + len, buf, n);
            len += n;
        }
        if (n > 0 && buf[n - 1] == '\n') {
            if (current == lineno) break;
            current++;
        }
    }
    fclose(f);
    if (!line) return;
    while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) len--;
    size_t start = 0;
    while (start < len && (line[start] == ' ' || line[start] == '\t' || line[start] == '\f')) start++;
    ad_sb_append_cstr(sb, "    ");
    ad_sb_append_utf8(sb, line + start, len - start);
    ad_sb_append_char(sb, '\n');
}

/* ========================================================================================== */
/* MARK: Traceback entries                                                                     */
/* ========================================================================================== */

static void append_entry(AdStrBuilder *sb, const AdTraceback *tb) {
    const char *file = tb->frame && tb->frame->filename ? tb->frame->filename : "<unknown>";
    const char *name = tb->frame && tb->frame->name ? tb->frame->name : "<unknown>";
    ad_sb_append_cstr(sb, "  File \"");
    ad_sb_append_cstr(sb, file);
    ad_sb_append_cstr(sb, "\", line ");
    char num[32];
    snprintf(num, sizeof num, "%lld", (long long)tb->line);
    ad_sb_append_cstr(sb, num);
    ad_sb_append_cstr(sb, ", in ");
    ad_sb_append_cstr(sb, name);
    ad_sb_append_char(sb, '\n');
    append_source_line(sb, tb->frame ? tb->frame->filename : NULL, tb->line);
}

static void append_repeated(AdStrBuilder *sb, int64_t count) {
    count -= TB_RECURSIVE_CUTOFF;
    char text[96];
    snprintf(text, sizeof text, "  [Previous line repeated %lld more time%s]\n", (long long)count,
             count > 1 ? "s" : "");
    ad_sb_append_cstr(sb, text);
}

static int same_place(const AdTraceback *a, const AdTraceback *b) {
    if (!a || a->line != b->line) return 0;
    if (a->frame == b->frame) return 1;
    if (!a->frame || !b->frame) return 0;
    return strcmp(a->frame->name, b->frame->name) == 0 && strcmp(a->frame->filename, b->frame->filename) == 0;
}

static void append_traceback(AdStrBuilder *sb, AdValue tbv) {
    int64_t depth = 0;
    for (AdValue t = tbv; t; t = AD_AS(AdTraceback, t)->next) depth++;
    while (tbv && depth > TB_LIMIT) {
        depth--;
        tbv = AD_AS(AdTraceback, tbv)->next;
    }
    ad_sb_append_cstr(sb, "Traceback (most recent call last):\n");
    const AdTraceback *last = NULL;
    int64_t count = 0;
    for (AdValue t = tbv; t; t = AD_AS(AdTraceback, t)->next) {
        const AdTraceback *tb = AD_AS(AdTraceback, t);
        if (!same_place(last, tb)) {
            if (count > TB_RECURSIVE_CUTOFF) append_repeated(sb, count);
            last = tb;
            count = 0;
        }
        count++;
        if (count <= TB_RECURSIVE_CUTOFF) append_entry(sb, tb);
    }
    if (count > TB_RECURSIVE_CUTOFF) append_repeated(sb, count);
}

/* ========================================================================================== */
/* MARK: The exception line                                                                    */
/* ========================================================================================== */

/* The type's name as CPython prints it: qualified by its module unless builtins or __main__. */
static void append_type_name(AdStrBuilder *sb, AdType *t) {
    AdValue module = t->module;
    if (module && ad_is_str(module) && !ad_str_eq_cstr(module, "builtins") && !ad_str_eq_cstr(module, "__main__")) {
        ad_sb_append_str(sb, module);
        ad_sb_append_char(sb, '.');
    }
    if (t->qualname) ad_sb_append_str(sb, t->qualname);
    else ad_sb_append_cstr(sb, t->name);
}

static AdValue instance_attr(AdValue exc, const char *name) {
    AdValue v = ad_getattr_opt(exc, ad_str_intern_cstr(name));
    if (!v) ad_err_clear();
    return v;
}

/* SyntaxError shows where: the file and line, the text, and a caret under the offset. */
static AdValue append_syntax_error_location(AdStrBuilder *sb, AdValue exc) {
    AdValue filename = instance_attr(exc, "filename"), lineno = instance_attr(exc, "lineno");
    AdValue text = instance_attr(exc, "text"), offset = instance_attr(exc, "offset");
    AdValue msg = instance_attr(exc, "msg");
    int64_t line, off;
    if (!filename || !ad_is_str(filename) || !lineno || ad_int_to_i64(lineno, &line) < 0) return 0;
    AdValue head = ad_sprintf("  File \"%U\", line %lld\n", filename, (long long)line);
    if (head) ad_sb_append_str(sb, head);
    if (text && ad_is_str(text)) {
        size_t len;
        const char *s = ad_str_utf8(text, &len);
        size_t start = 0;
        while (start < len && (s[start] == ' ' || s[start] == '\t' || s[start] == '\f')) start++;
        while (len > start && (s[len - 1] == '\n' || s[len - 1] == '\r')) len--;
        ad_sb_append_cstr(sb, "    ");
        ad_sb_append_utf8(sb, s + start, len - start);
        ad_sb_append_char(sb, '\n');
        if (offset && ad_int_to_i64(offset, &off) == 0 && off >= 1) {
            int64_t col = off - 1 - (int64_t)start;
            if (col < 0) col = 0;
            ad_sb_append_cstr(sb, "    ");
            for (int64_t i = 0; i < col; i++) ad_sb_append_char(sb, ' ');
            ad_sb_append_cstr(sb, "^\n");
        }
    }
    return msg && msg != AD_NONE ? msg : 0;
}

static void append_notes(AdStrBuilder *sb, AdValue exc) {
    AdValue dict = AD_AS(AdException, exc)->dict;
    AdValue notes = dict ? ad_dict_get_cstr(dict, "__notes__") : 0;
    if (!notes) {
        ad_err_clear();
        return;
    }
    if (ad_type(notes) != &ad_list_type && ad_type(notes) != &ad_tuple_type) {
        AdValue r = ad_repr(notes);
        if (r) ad_sb_append_str(sb, r);
        else ad_err_clear();
        ad_sb_append_char(sb, '\n');
        return;
    }
    AdValue it = ad_iter(notes);
    for (AdValue note; it && (note = ad_next(it)) != AD_STOP && note;) {
        AdValue s = ad_is_str(note) ? note : ad_str(note);
        if (s) ad_sb_append_str(sb, s);
        else { ad_err_clear(); ad_sb_append_cstr(sb, "<note str() failed>"); }
        ad_sb_append_char(sb, '\n');
    }
    ad_err_clear();
}

/* ---- "Did you mean" hints for AttributeError and NameError, as CPython 3.11 computes them ---- */

#define SUGGEST_MAX_CANDIDATES 750
#define SUGGEST_MAX_LEN 40
#define MOVE_COST 2
#define CASE_COST 1

/* Same letter: free; same letter in another case: cheap; anything else: a full move. */
static size_t substitution_cost(char a, char b) {
    if ((a & 31) != (b & 31)) return MOVE_COST;
    if (a == b) return 0;
    if (a >= 'A' && a <= 'Z') a = (char)(a + 32);
    if (b >= 'A' && b <= 'Z') b = (char)(b + 32);
    return a == b ? CASE_COST : MOVE_COST;
}

/* Weighted Levenshtein distance of two byte strings, or max_cost + 1 once it must exceed max_cost. */
static size_t edit_distance(const char *a, size_t na, const char *b, size_t nb, size_t max_cost) {
    while (na && nb && a[0] == b[0]) { a++; b++; na--; nb--; }
    while (na && nb && a[na - 1] == b[nb - 1]) { na--; nb--; }
    if (na == 0 || nb == 0) return (na + nb) * MOVE_COST;
    if (na > SUGGEST_MAX_LEN || nb > SUGGEST_MAX_LEN) return max_cost + 1;
    if (nb < na) {
        const char *t = a; a = b; b = t;
        size_t n = na; na = nb; nb = n;
    }
    if ((nb - na) * MOVE_COST > max_cost) return max_cost + 1;
    size_t row[SUGGEST_MAX_LEN];          /* row[i - 1]: cost of a[:i] -> b[:j] */
    for (size_t i = 0; i < na; i++) row[i] = (i + 1) * MOVE_COST;
    for (size_t j = 1; j <= nb; j++) {
        size_t diagonal = (j - 1) * MOVE_COST, left = j * MOVE_COST, row_min = SIZE_MAX;
        for (size_t i = 1; i <= na; i++) {
            size_t up = row[i - 1];
            size_t best = diagonal + substitution_cost(a[i - 1], b[j - 1]);
            if (left + MOVE_COST < best) best = left + MOVE_COST;
            if (up + MOVE_COST < best) best = up + MOVE_COST;
            diagonal = up;
            row[i - 1] = left = best;
            if (best < row_min) row_min = best;
        }
        if (row_min > max_cost) return max_cost + 1;
    }
    return row[na - 1];
}

/* The closest candidate to `name` (strs from an iterable), or 0. */
static AdValue closest_name(AdValue candidates, AdValue name) {
    AdValue list = ad_list_from_iterable(candidates);
    if (!list) { ad_err_clear(); return 0; }
    int64_t n = ad_len(list);
    if (n >= SUGGEST_MAX_CANDIDATES) return 0;
    size_t name_len;
    const char *name_text = ad_str_utf8(name, &name_len);
    AdValue best = 0;
    size_t best_distance = SIZE_MAX;
    for (int64_t i = 0; i < n; i++) {
        AdValue item = AD_AS(AdList, list)->items[i];
        if (!ad_is_str(item)) continue;
        size_t item_len;
        const char *item_text = ad_str_utf8(item, &item_len);
        if (item_len == name_len && memcmp(item_text, name_text, name_len) == 0) continue;
        size_t max_distance = (name_len + item_len + 3) * MOVE_COST / 6;
        if (best_distance - 1 < max_distance) max_distance = best_distance - 1;
        size_t d = edit_distance(name_text, name_len, item_text, item_len, max_distance);
        if (d > max_distance) continue;
        if (!best || d < best_distance) {
            best = item;
            best_distance = d;
        }
    }
    return best;
}

static AdValue attribute_suggestion(AdValue exc) {
    AdValue d = AD_AS(AdException, exc)->dict, name = 0, obj = 0;
    if (d) {
        name = ad_dict_get_cstr(d, "name");
        obj = ad_dict_get_cstr(d, "obj");
    }
    ad_err_clear();
    if (!name || !obj || ad_type(name) != &ad_str_type) return 0;
    AdValue dir = ad_core_dir(obj);
    if (!dir) { ad_err_clear(); return 0; }
    return closest_name(dir, name);
}

static AdValue name_suggestion(AdValue exc) {
    AdValue d = AD_AS(AdException, exc)->dict;
    AdValue name = d ? ad_dict_get_cstr(d, "name") : 0;
    ad_err_clear();
    if (!name || ad_type(name) != &ad_str_type || !AD_AS(AdException, exc)->traceback) return 0;
    AdValue context = AD_AS(AdException, exc)->value, found = 0;
    if (context && ad_type(context) == &ad_tuple_type && ad_tuple_len(context) == 2) {
        AdValue globals = ad_tuple_get(context, 0), varnames = ad_tuple_get(context, 1);
        if (varnames != AD_NONE) found = closest_name(varnames, name);
        if (!found && globals != AD_NONE) found = closest_name(globals, name);
    }
    if (!found) found = closest_name(AD_AS(AdModule, ad_builtins_module)->dict, name);
    return found;
}

/* CPython offers hints for exact AttributeError and NameError instances only. */
static AdValue suggestion_for(AdValue exc) {
    AdType *t = ad_type(exc);
    if (t == &ad_AttributeError) return attribute_suggestion(exc);
    if (t == &ad_NameError) return name_suggestion(exc);
    return 0;
}

static void append_exception_line(AdStrBuilder *sb, AdValue exc) {
    AdValue msg = 0;
    if (ad_isinstance_type(exc, &ad_SyntaxError)) {
        AdValue smsg = append_syntax_error_location(sb, exc);
        if (smsg) msg = ad_str(smsg);
    }
    append_type_name(sb, ad_type(exc));
    if (!msg) msg = ad_str(exc);
    if (!msg) {
        ad_err_clear();
        ad_sb_append_cstr(sb, ": <exception str() failed>");
    } else if (ad_str_len(msg) > 0) {
        ad_sb_append_cstr(sb, ": ");
        ad_sb_append_str(sb, msg);
    }
    AdValue hint = suggestion_for(exc);
    AdValue hint_repr = hint ? ad_repr(hint) : 0;
    if (hint_repr) {
        ad_sb_append_cstr(sb, ". Did you mean: ");
        ad_sb_append_str(sb, hint_repr);
        ad_sb_append_char(sb, '?');
    }
    ad_err_clear();
    ad_sb_append_char(sb, '\n');
    if (AD_AS(AdException, exc)->dict) append_notes(sb, exc);
}

/* ========================================================================================== */
/* MARK: Chains                                                                                */
/* ========================================================================================== */

typedef struct Seen {
    AdValue items[64];
    int n;
} Seen;

static int seen_contains(Seen *seen, AdValue exc) {
    for (int i = 0; i < seen->n; i++)
        if (seen->items[i] == exc) return 1;
    return 0;
}

static void append_chain(AdStrBuilder *sb, AdValue exc, Seen *seen) {
    if (seen->n < 64) seen->items[seen->n++] = exc;
    AdException *e = AD_AS(AdException, exc);
    if (e->cause) {
        if (!seen_contains(seen, e->cause)) {
            append_chain(sb, e->cause, seen);
            ad_sb_append_cstr(sb, "\nThe above exception was the direct cause of the following exception:\n\n");
        }
    } else if (e->context && !e->suppress_context) {
        if (!seen_contains(seen, e->context)) {
            append_chain(sb, e->context, seen);
            ad_sb_append_cstr(sb, "\nDuring handling of the above exception, another exception occurred:\n\n");
        }
    }
    if (e->traceback) append_traceback(sb, e->traceback);
    append_exception_line(sb, exc);
}

static void write_to_stderr(AdValue text) {
    AdValue err = ad_sys_get("stderr");
    if (!err || err == AD_NONE || ad_file_write_str(err, text) < 0) {
        ad_err_clear();
        size_t len;
        const char *s = ad_str_utf8(text, &len);
        ad_write_stderr(s, len);
    }
    if (err && err != AD_NONE && ad_file_flush(err) < 0) ad_err_clear();
}

void ad_print_exception(AdValue exc) {
    AdValue saved = ad_err_fetch();
    AdStrBuilder sb;
    ad_sb_init(&sb);
    Seen seen = {.n = 0};
    if (exc && (ad_type(exc)->flags & AD_TPFLAG_BASE_EXC_SUBCLASS)) append_chain(&sb, exc, &seen);
    else if (exc) {
        ad_sb_append_cstr(&sb, "TypeError: print_exception(): Exception expected for value, ");
        ad_sb_append_cstr(&sb, ad_type(exc)->name);
        ad_sb_append_cstr(&sb, " found\n");
    }
    write_to_stderr(ad_sb_finish(&sb));
    ad_err_clear();
    if (saved) ad_reraise(saved);
}

/* ========================================================================================== */
/* MARK: The end of a program                                                                  */
/* ========================================================================================== */

/* SystemExit: None is 0, an int is the status, anything else is printed and gives 1. */
static int system_exit_status(AdValue exc) {
    AdValue code = AD_AS(AdException, exc)->value;
    if (!code || code == AD_NONE) return 0;
    if (ad_is_int(code)) {
        int64_t status;
        if (ad_int_to_i64(code, &status) == 0) return (int)status;
        return -1;
    }
    AdValue s = ad_str(code);
    if (!s) {
        ad_err_clear();
        return 1;
    }
    write_to_stderr(ad_sprintf("%U\n", s));
    return 1;
}

int ad_handle_uncaught(void) {
    AdValue exc = ad_err_fetch();
    AdValue out = ad_sys_get("stdout");
    if (out && out != AD_NONE && ad_file_flush(out) < 0) ad_err_clear();
    if (!exc) return 0;
    if (ad_isinstance_type(exc, &ad_SystemExit)) return system_exit_status(exc);
    ad_print_exception(exc);
    return 1;
}
