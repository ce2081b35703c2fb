/*
 * io.c — the standard streams: sys.stdout, sys.stderr and sys.stdin, their buffers, and print().
 *
 * Output goes through our own buffers straight to file descriptors 1 and 2 (no C stdio, whose
 * buffers would interleave unpredictably with ours). As CPython does: stdout is line-buffered on a
 * terminal and fully buffered (64 KiB) otherwise; stderr is line-buffered always. Both are flushed
 * by ad_runtime_flush (at exit) and by flush().
 *
 * Text is written as UTF-8. A str holding lone surrogates cannot be encoded: writing it raises
 * UnicodeEncodeError for the first run of surrogates, and nothing of that str is written (the
 * earlier writes stay buffered), which is what CPython's TextIOWrapper does.
 *
 * sys.stdin reads through its own buffer from file descriptor 0; readline() and input() decode
 * each line as UTF-8.
 */
#include "core.h"

#include <errno.h>
#include <string.h>
#include <unistd.h>

/* ========================================================================================== */
/* MARK: Output buffers                                                                        */
/* ========================================================================================== */

#define OUT_BUFFER_SIZE (64 * 1024)

typedef struct OutStream {
    int fd;
    int line_buffered;
    int mode_known;            /* line_buffered decided (isatty asked once) */
    size_t len;
    char buf[OUT_BUFFER_SIZE];
} OutStream;

static OutStream out_streams[2] = {{.fd = 1}, {.fd = 2, .line_buffered = 1, .mode_known = 1}};

static int write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

static int stream_flush(OutStream *s) {
    if (s->len == 0) return 0;
    size_t n = s->len;
    s->len = 0;
    return write_all(s->fd, s->buf, n);
}

static int stream_write(OutStream *s, const char *p, size_t n) {
    if (AD_UNLIKELY(!s->mode_known)) {
        s->line_buffered = isatty(s->fd);
        s->mode_known = 1;
    }
    if (s->len + n > OUT_BUFFER_SIZE) {
        if (stream_flush(s) < 0) return -1;
        if (n > OUT_BUFFER_SIZE) return write_all(s->fd, p, n);
    }
    memcpy(s->buf + s->len, p, n);
    s->len += n;
    if (s->line_buffered && memchr(p, '\n', n)) return stream_flush(s);
    return 0;
}

int ad_write_stdout(const char *s, size_t len) { return stream_write(&out_streams[0], s, len); }
int ad_write_stderr(const char *s, size_t len) { return stream_write(&out_streams[1], s, len); }

void ad_io_flush_all(void) {
    stream_flush(&out_streams[0]);
    stream_flush(&out_streams[1]);
}

void ad_runtime_flush(void) {
    ad_io_files_flush();   /* files opened by open() (iomodule.c) */
    ad_io_flush_all();
}

/* ========================================================================================== */
/* MARK: Encoding                                                                              */
/* ========================================================================================== */

static int is_surrogate(uint32_t c) { return c >= 0xD800 && c <= 0xDFFF; }

/* UnicodeEncodeError for the first run of surrogates in `s`, or 0 if it has none. */
static int check_encodable(AdValue s) {
    AdStr *p = AD_AS(AdStr, s);
    if (p->kind == 1) return 0;
    for (int64_t i = 0; i < p->length; i++) {
        if (!is_surrogate(ad_str_char(s, i))) continue;
        int64_t end = i + 1;
        while (end < p->length && is_surrogate(ad_str_char(s, end))) end++;
        AdValue args[5] = {ad_str_intern_cstr("utf-8"), s, ad_small(i), ad_small(end),
                           ad_str_intern_cstr("surrogates not allowed")};
        ad_err_set_object(ad_exception_new(&ad_UnicodeEncodeError, args, 5));
        return -1;
    }
    return 0;
}

static int write_str_to(OutStream *stream, AdValue s) {
    if (check_encodable(s) < 0) return -1;
    size_t len;
    const char *bytes = ad_str_utf8(s, &len);
    if (stream_write(stream, bytes, len) < 0) {
        ad_err_from_errno(errno, 0);
        return -1;
    }
    return 0;
}

/* ========================================================================================== */
/* MARK: The stream objects (sys.stdout, sys.stderr, sys.stdin)                                */
/* ========================================================================================== */

typedef struct AdStream {
    AdObject ob;
    OutStream *out;            /* NULL for stdin */
    int fd;
    const char *name;          /* "<stdout>" */
    const char *mode;
    AdValue dict;
} AdStream;

static AdType stream_type;

static AdValue stream_new(OutStream *out, int fd, const char *name, const char *mode) {
    AdStream *s = (AdStream *)ad_new_object(&stream_type, sizeof(AdStream));
    s->out = out;
    s->fd = fd;
    s->name = name;
    s->mode = mode;
    return AD_VAL(s);
}

static AdValue stream_repr(AdValue self) {
    AdStream *s = AD_AS(AdStream, self);
    return ad_sprintf("<_io.TextIOWrapper name='%s' mode='%s' encoding='utf-8'>", s->name, s->mode);
}

/* CPython raises io.UnsupportedOperation, an OSError. */
static AdValue unsupported(const char *what) {
    return ad_err_set(&ad_OSError, what);
}

static AdValue stream_write_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdStream *s = AD_AS(AdStream, self);
    if (ad_check_no_kwargs("write", kwnames) < 0 || ad_check_nargs("write", nargs, 1, 1) < 0) return AD_ERROR;
    if (!s->out) return unsupported("not writable");
    if (!ad_is_str(args[0]))
        return ad_err_format(&ad_TypeError, "write() argument must be str, not %T", args[0]);
    if (write_str_to(s->out, args[0]) < 0) return AD_ERROR;
    return ad_int_from_i64(ad_str_len(args[0]));
}

static AdValue stream_flush_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdStream *s = AD_AS(AdStream, self);
    if (ad_check_no_kwargs("flush", kwnames) < 0 || ad_check_nargs("flush", nargs, 0, 0) < 0) return AD_ERROR;
    if (s->out && stream_flush(s->out) < 0) return ad_err_from_errno(errno, 0);
    return AD_NONE;
}

static AdValue stream_fileno(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("fileno", kwnames) < 0 || ad_check_nargs("fileno", nargs, 0, 0) < 0) return AD_ERROR;
    return ad_small(AD_AS(AdStream, self)->fd);
}

static AdValue stream_isatty(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("isatty", kwnames) < 0 || ad_check_nargs("isatty", nargs, 0, 0) < 0) return AD_ERROR;
    return ad_bool(isatty(AD_AS(AdStream, self)->fd));
}

static AdValue stream_writable(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_nargs("writable", nargs, 0, 0) < 0) return AD_ERROR;
    return ad_bool(AD_AS(AdStream, self)->out != NULL);
}

static AdValue stream_readable(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_nargs("readable", nargs, 0, 0) < 0) return AD_ERROR;
    return ad_bool(AD_AS(AdStream, self)->out == NULL);
}

/* ---- stdin ---------------------------------------------------------------------------------- */

typedef struct InBuffer {
    char buf[64 * 1024];
    size_t pos, len;
    int eof;
} InBuffer;

static InBuffer stdin_buffer;

static int fill_stdin(void) {
    InBuffer *b = &stdin_buffer;
    if (b->eof) return 0;
    for (;;) {
        ssize_t n = read(0, b->buf, sizeof b->buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            b->eof = 1;
            return 0;
        }
        b->pos = 0;
        b->len = (size_t)n;
        return 1;
    }
}

/* Read one line including its '\n' (or what is left at EOF) into a growing byte buffer. */
static char *read_line_bytes(size_t *out_len) {
    InBuffer *b = &stdin_buffer;
    size_t cap = 128, len = 0;
    char *line = ad_alloc_atomic(cap);
    for (;;) {
        if (b->pos >= b->len && !fill_stdin()) break;
        char *start = b->buf + b->pos;
        size_t avail = b->len - b->pos;
        char *nl = memchr(start, '\n', avail);
        size_t take = nl ? (size_t)(nl - start) + 1 : avail;
        if (len + take + 1 > cap) {
            while (len + take + 1 > cap) cap *= 2;
            char *bigger = ad_alloc_atomic(cap);
            memcpy(bigger, line, len);
            line = bigger;
        }
        memcpy(line + len, start, take);
        len += take;
        b->pos += take;
        if (nl) break;
    }
    line[len] = 0;
    *out_len = len;
    return line;
}

AdValue ad_read_stdin_line(int *at_eof) {
    size_t len;
    char *line = read_line_bytes(&len);
    *at_eof = len == 0;
    return ad_str_from_utf8(line, len);
}

static AdValue stream_readline(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("readline", kwnames) < 0 || ad_check_nargs("readline", nargs, 0, 1) < 0) return AD_ERROR;
    if (AD_AS(AdStream, self)->out) return unsupported("not readable");
    ad_io_flush_all();
    int eof;
    return ad_read_stdin_line(&eof);
}

static AdValue stream_read(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("read", kwnames) < 0 || ad_check_nargs("read", nargs, 0, 1) < 0) return AD_ERROR;
    if (AD_AS(AdStream, self)->out) return unsupported("not readable");
    ad_io_flush_all();
    AdStrBuilder sb;
    ad_sb_init(&sb);
    for (;;) {
        size_t len;
        char *line = read_line_bytes(&len);
        if (len == 0) break;
        ad_sb_append_utf8(&sb, line, len);
    }
    return ad_sb_finish(&sb);
}

static AdValue stream_readlines(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("readlines", kwnames) < 0 || ad_check_nargs("readlines", nargs, 0, 1) < 0) return AD_ERROR;
    if (AD_AS(AdStream, self)->out) return unsupported("not readable");
    AdValue list = ad_list_new(0);
    for (;;) {
        int eof;
        AdValue line = ad_read_stdin_line(&eof);
        if (eof) return list;
        if (ad_list_append(list, line) < 0) return AD_ERROR;
    }
}

/* Iterating sys.stdin yields its lines. */
static AdValue stream_iter(AdValue self) {
    if (AD_AS(AdStream, self)->out) return ad_err_format(&ad_OSError, "not readable");
    return self;
}

static AdValue stream_next(AdValue self) {
    int eof;
    AdValue line = ad_read_stdin_line(&eof);
    return eof ? AD_STOP : line;
}

static const AdMethodDef stream_methods[] = {
    {"write", stream_write_method, 0},
    {"flush", stream_flush_method, 0},
    {"fileno", stream_fileno, 0},
    {"isatty", stream_isatty, 0},
    {"writable", stream_writable, 0},
    {"readable", stream_readable, 0},
    {"readline", stream_readline, 0},
    {"readlines", stream_readlines, 0},
    {"read", stream_read, 0},
    {NULL, NULL, 0},
};

static AdValue stream_get_name(AdValue self) { return ad_str_from_cstr(AD_AS(AdStream, self)->name); }
static AdValue stream_get_mode(AdValue self) { return ad_str_from_cstr(AD_AS(AdStream, self)->mode); }
static AdValue stream_get_encoding(AdValue self) { return ad_str_intern_cstr("utf-8"); }
static AdValue stream_get_errors(AdValue self) { return ad_str_intern_cstr("strict"); }
static AdValue stream_get_closed(AdValue self) { return AD_FALSE; }

static const AdGetSetDef stream_getsets[] = {
    {"name", stream_get_name, NULL},
    {"mode", stream_get_mode, NULL},
    {"encoding", stream_get_encoding, NULL},
    {"errors", stream_get_errors, NULL},
    {"closed", stream_get_closed, NULL},
    {NULL, NULL, NULL},
};

static AdType stream_type = {
    .ob = {&ad_type_type},
    .name = "_io.TextIOWrapper",
    .instance_size = sizeof(AdStream),
    .repr = stream_repr,
    .iter = stream_iter,
    .next = stream_next,
    .dict_offset = offsetof(AdStream, dict),
};

static AdValue stdout_object, stderr_object, stdin_object;

AdValue ad_io_stdout_object(void) { return stdout_object; }
AdValue ad_io_stderr_object(void) { return stderr_object; }
AdValue ad_io_stdin_object(void) { return stdin_object; }

void ad_init_io(void) {
    ad_type_ready(&stream_type, stream_methods, stream_getsets);
    stdout_object = stream_new(&out_streams[0], 1, "<stdout>", "w");
    stderr_object = stream_new(&out_streams[1], 2, "<stderr>", "w");
    stdin_object = stream_new(NULL, 0, "<stdin>", "r");
}

/* ========================================================================================== */
/* MARK: Writing to any file object                                                            */
/* ========================================================================================== */

/* Write the str `s` to `file`: straight into our buffer for our own streams, else file.write(s). */
int ad_file_write_str(AdValue file, AdValue s) {
    if (!ad_is_small(file) && ad_type(file) == &stream_type && AD_AS(AdStream, file)->out)
        return write_str_to(AD_AS(AdStream, file)->out, s);
    AdValue r = ad_call_method(file, ad_str_intern_cstr("write"), &s, 1, 0);
    return r ? 0 : -1;
}

int ad_file_flush(AdValue file) {
    if (!ad_is_small(file) && ad_type(file) == &stream_type) {
        AdStream *st = AD_AS(AdStream, file);
        if (st->out && stream_flush(st->out) < 0) {
            ad_err_from_errno(errno, 0);
            return -1;
        }
        return 0;
    }
    return ad_call_method(file, ad_str_intern_cstr("flush"), NULL, 0, 0) ? 0 : -1;
}

/* ========================================================================================== */
/* MARK: print                                                                                 */
/* ========================================================================================== */

/* sep= and end=: None means the default; anything else must be a str. */
static int print_text_arg(AdValue v, const char *what, AdValue *out) {
    if (!v || v == AD_NONE) return 0;
    if (!ad_is_str(v)) {
        ad_err_format(&ad_TypeError, "%s must be None or a string, not %T", what, v);
        return -1;
    }
    *out = v;
    return 0;
}

AdValue ad_builtin_print(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdValue kw[4] = {0, 0, 0, 0};
    size_t nkw = kwnames ? (size_t)ad_tuple_len(kwnames) : 0;
    static const char *const names[4] = {"sep", "end", "file", "flush"};
    for (size_t k = 0; k < nkw; k++) {
        AdValue key = ad_tuple_get(kwnames, (int64_t)k);
        int i = 0;
        while (i < 4 && !ad_str_eq_cstr(key, names[i])) i++;
        if (i == 4) return ad_err_format(&ad_TypeError, "'%U' is an invalid keyword argument for print()", key);
        kw[i] = args[nargs + k];
    }
    AdValue sep = 0, end = 0;
    if (print_text_arg(kw[0], "sep", &sep) < 0 || print_text_arg(kw[1], "end", &end) < 0) return AD_ERROR;
    AdValue file = kw[2] && kw[2] != AD_NONE ? kw[2] : ad_sys_get("stdout");
    if (!file || file == AD_NONE) return AD_NONE;
    for (size_t i = 0; i < nargs; i++) {
        if (i > 0 && (sep ? ad_file_write_str(file, sep) : ad_file_write_str(file, ad_str_intern_cstr(" "))) < 0)
            return AD_ERROR;
        AdValue s = ad_str(args[i]);
        if (!s || ad_file_write_str(file, s) < 0) return AD_ERROR;
    }
    if ((end ? ad_file_write_str(file, end) : ad_file_write_str(file, ad_str_intern_cstr("\n"))) < 0)
        return AD_ERROR;
    if (kw[3]) {
        int t = ad_truth(kw[3]);
        if (t < 0 || (t && ad_file_flush(file) < 0)) return AD_ERROR;
    }
    return AD_NONE;
}
