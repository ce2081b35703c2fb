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
