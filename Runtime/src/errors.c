/*
 * errors.c — the current exception, raising, the handled-exception stack and the exception types.
 *
 * Invariants:
 *  - The current exception is always an instance (never a class plus arguments): ad_err_set and
 *    friends create the instance at once. It lives in the thread state, which is uncollectable
 *    memory pointed to by a thread-local, so the collector always sees it.
 *  - A traceback lives on the exception instance (AdException.traceback, outermost entry first).
 *    ad_traceback_add prepends one entry as the error propagates out of a frame; re-raising keeps
 *    the entries already there, as CPython does.
 *  - `handled` is the exception of the innermost active `except` block (sys.exc_info()). The engines
 *    save the previous value when they enter a handler and restore it on every way out of it. Every
 *    exception set while one is handled gets it as __context__ (implicit chaining), whether it is
 *    raised by Python code or by a runtime function — except re-raises (ad_reraise,
 *    ad_reraise_current), which leave the chain alone.
 *  - Exception types are static AdTypes whose instances are AdException; the attributes specific to
 *    some types (NameError.name, OSError.errno, UnicodeError.start, ...) live in the instance dict.
 *
 * The traceback printer (ad_print_exception, ad_handle_uncaught) is in traceback.c.
 */
#include "core.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

__thread AdThreadState *ad_tstate_ptr;

AdThreadState *ad_thread_state_slow(void) {
    AdThreadState *ts = ad_alloc_uncollectable(sizeof(AdThreadState));
    ad_tstate_ptr = ts;
    return ts;
}

/* ========================================================================================== */
/* MARK: Formatting messages                                                                   */
/* ========================================================================================== */

/* Append the result of snprintf for one numeric conversion `spec` (e.g. "%02x", "%lld"). */
static void append_printf(AdStrBuilder *sb, const char *spec, ...) {
    char buf[64];
    va_list ap;
    va_start(ap, spec);
    vsnprintf(buf, sizeof buf, spec, ap);
    va_end(ap);
    ad_sb_append_cstr(sb, buf);
}

/* Append the str `s` (a repr or a str result), or fail if it is AD_ERROR. */
static int append_value_text(AdStrBuilder *sb, AdValue s) {
    if (!s) return -1;
    ad_sb_append_str(sb, s);
    return 0;
}

/* Handle one conversion at *pp (just after '%'); advances *pp. Returns 0, or -1 on error.
 * Flags, width and length modifiers of the numeric conversions are passed on to snprintf. */
static int format_conversion(AdStrBuilder *sb, const char **pp, va_list *ap) {
    const char *start = *pp - 1, *p = *pp;
    while (*p == '0' || *p == '-' || *p == '+' || *p == ' ' || *p == '#') p++;
    while (*p >= '0' && *p <= '9') p++;
    long precision = -1;
    if (*p == '.') precision = strtol(p + 1, (char **)&p, 10);
    int longs = 0, size_t_mod = 0;
    while (*p == 'l') { longs++; p++; }
    if (*p == 'z') { size_t_mod = 1; p++; }
    char c = *p++;
    *pp = p;
    char spec[32];
    size_t speclen = (size_t)(p - start) < sizeof spec - 1 ? (size_t)(p - start) : sizeof spec - 1;
    memcpy(spec, start, speclen);
    spec[speclen] = 0;
    switch (c) {
    case '%': ad_sb_append_char(sb, '%'); return 0;
    case 'c': ad_sb_append_char(sb, (uint32_t)va_arg(*ap, int)); return 0;
    case 's': {
        const char *s = va_arg(*ap, const char *);
        size_t n = strlen(s);
        if (precision >= 0 && (size_t)precision < n) n = (size_t)precision;
        ad_sb_append_utf8(sb, s, n);
        return 0;
    }
    case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
        if (size_t_mod) append_printf(sb, spec, va_arg(*ap, size_t));
        else if (longs >= 2) append_printf(sb, spec, va_arg(*ap, long long));
        else if (longs == 1) append_printf(sb, spec, va_arg(*ap, long));
        else append_printf(sb, spec, va_arg(*ap, int));
        return 0;
    case 'p': append_printf(sb, "%p", va_arg(*ap, void *)); return 0;
    case 'R': return append_value_text(sb, ad_repr(va_arg(*ap, AdValue)));
    case 'S': return append_value_text(sb, ad_str(va_arg(*ap, AdValue)));
    case 'U': ad_sb_append_str(sb, va_arg(*ap, AdValue)); return 0;
    case 'T': ad_sb_append_cstr(sb, ad_type(va_arg(*ap, AdValue))->name); return 0;
    default:
        ad_sb_append_utf8(sb, spec, speclen);
        return 0;
    }
}

AdValue ad_vsprintf(const char *fmt, va_list ap) {
    AdStrBuilder sb;
    ad_sb_init(&sb);
    va_list args;
    va_copy(args, ap);
    const char *p = fmt;
    while (*p) {
        const char *run = p;
        while (*p && *p != '%') p++;
        if (p > run) ad_sb_append_utf8(&sb, run, (size_t)(p - run));
        if (!*p) break;
        p++;
        if (format_conversion(&sb, &p, &args) < 0) {
            va_end(args);
            return AD_ERROR;
        }
    }
    va_end(args);
    return ad_sb_finish(&sb);
}

AdValue ad_sprintf(const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    AdValue s = ad_vsprintf(fmt, ap);
    va_end(ap);
    return s;
}

/* ========================================================================================== */
/* MARK: The current exception                                                                 */
/* ========================================================================================== */

static inline AdException *exc_of(AdValue v) { return AD_AS(AdException, v); }

static int is_exception_instance(AdValue v) {
    return !ad_is_small(v) && (ad_type(v)->flags & AD_TPFLAG_BASE_EXC_SUBCLASS) &&
           !(ad_type(v)->flags & AD_TPFLAG_TYPE_SUBCLASS);
}

static int is_exception_class(AdValue v) {
    return !ad_is_small(v) && (ad_type(v)->flags & AD_TPFLAG_TYPE_SUBCLASS) &&
           (AD_AS(AdType, v)->flags & AD_TPFLAG_BASE_EXC_SUBCLASS);
}

/* Give `exc` the handled exception as __context__, breaking any cycle that would create. */
static void chain_context(AdThreadState *ts, AdValue exc) {
    AdValue handled = ts->handled;
    if (!handled || handled == exc) return;
    for (AdValue o = handled; o; o = exc_of(o)->context) {
        if (exc_of(o)->context == exc) {
            exc_of(o)->context = 0;
            break;
        }
    }
    exc_of(exc)->context = handled;
}

/* Make `exc` the current exception, chaining it to the handled one. */
static AdValue set_raised(AdValue exc) {
    AdThreadState *ts = ad_tstate();
    chain_context(ts, exc);
    ts->current = exc;
    return AD_ERROR;
}

AdValue ad_err_set_object(AdValue exc) {
    return set_raised(exc);
}

AdValue ad_err_set(AdType *type, const char *msg) {
    AdValue arg = ad_str_from_cstr(msg);
    return set_raised(ad_exception_new(type, &arg, 1));
}

AdValue ad_err_format(AdType *type, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    AdValue msg = ad_vsprintf(fmt, ap);
    va_end(ap);
    if (!msg) return AD_ERROR;   /* a repr or str failed: that exception stands */
    return set_raised(ad_exception_new(type, &msg, 1));
}

int ad_err_occurred(void) { return ad_tstate()->current != 0; }

AdValue ad_err_peek(void) { return ad_tstate()->current; }

AdValue ad_err_fetch(void) {
    AdThreadState *ts = ad_tstate();
    AdValue exc = ts->current;
    ts->current = 0;
    return exc;
}

void ad_err_clear(void) { ad_tstate()->current = 0; }

int ad_err_matches(AdType *type) {
    AdValue exc = ad_tstate()->current;
    return exc && ad_isinstance_type(exc, type);
}

/* ========================================================================================== */
/* MARK: raise                                                                                 */
/* ========================================================================================== */

/* The instance that `raise X` raises: X itself, or X() for a class. Returns 0 with TypeError. */
static AdValue instantiate_for_raise(AdValue x, const char *not_exception_msg) {
    if (is_exception_instance(x)) return x;
    if (!is_exception_class(x)) return ad_err_set(&ad_TypeError, not_exception_msg);
    AdValue inst = ad_call(x, NULL, 0, 0);
    if (!inst) return AD_ERROR;
    if (!is_exception_instance(inst))
        return ad_err_format(&ad_TypeError,
                             "calling %R should have returned an instance of BaseException, not %T", x, inst);
    return inst;
}

AdValue ad_raise(AdValue exc) {
    AdValue inst = instantiate_for_raise(exc, "exceptions must derive from BaseException");
    if (!inst) return AD_ERROR;
    return set_raised(inst);
}

AdValue ad_raise_from(AdValue exc, AdValue cause) {
    AdValue inst = instantiate_for_raise(exc, "exceptions must derive from BaseException");
    if (!inst) return AD_ERROR;
    AdValue cause_inst = 0;
    if (cause != AD_NONE) {
        cause_inst = instantiate_for_raise(cause, "exception causes must derive from BaseException");
        if (!cause_inst) return AD_ERROR;
    }
    exc_of(inst)->cause = cause_inst;
    exc_of(inst)->suppress_context = 1;
    return set_raised(inst);
}

AdValue ad_reraise(AdValue exc) {
    ad_tstate()->current = exc;
    return AD_ERROR;
}

AdValue ad_reraise_current(void) {
    AdThreadState *ts = ad_tstate();
    if (!ts->handled) return ad_err_set(&ad_RuntimeError, "No active exception to reraise");
    ts->current = ts->handled;
    return AD_ERROR;
}

AdValue ad_exc_enter_handler(AdValue exc) {
    AdThreadState *ts = ad_tstate();
    AdValue previous = ts->handled;
    ts->handled = exc;
    return previous;
}

void ad_exc_exit_handler(AdValue previous) { ad_tstate()->handled = previous; }

AdValue ad_exc_handled(void) { return ad_tstate()->handled; }

static int match_one(AdValue exc, AdValue type) {
    if (!is_exception_class(type)) {
        ad_err_set(&ad_TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    return ad_isinstance_type(exc, AD_AS(AdType, type));
}

int ad_exc_matches(AdValue exc, AdValue type) {
    if (!ad_is_small(type) && ad_type(type) == &ad_tuple_type) {
        int found = 0;
        for (int64_t i = 0; i < ad_tuple_len(type); i++) {
            int r = ad_exc_matches(exc, ad_tuple_get(type, i));
            if (r < 0) return -1;
            found |= r;
        }
        return found;
    }
    return match_one(exc, type);
}

/* ========================================================================================== */
/* MARK: Tracebacks                                                                            */
/* ========================================================================================== */

void ad_traceback_add(const AdFrameInfo *frame, int64_t line) {
    AdValue exc = ad_tstate()->current;
    if (!exc) return;
    AdTraceback *tb = (AdTraceback *)ad_new_object(&ad_traceback_type, sizeof(AdTraceback));
    tb->next = exc_of(exc)->traceback;
    tb->frame = frame;
    tb->line = line;
    exc_of(exc)->traceback = AD_VAL(tb);
}

static AdValue tb_get_next(AdValue self) {
    AdValue n = AD_AS(AdTraceback, self)->next;
    return n ? n : AD_NONE;
}
static AdValue tb_get_lineno(AdValue self) { return ad_small(AD_AS(AdTraceback, self)->line); }

static const AdGetSetDef traceback_getsets[] = {
    {"tb_next", tb_get_next, NULL},
    {"tb_lineno", tb_get_lineno, NULL},
    {NULL, NULL, NULL},
};

AdType ad_traceback_type = {
    .ob = {&ad_type_type},
    .name = "traceback",
    .instance_size = sizeof(AdTraceback),
};

/* ========================================================================================== */
/* MARK: Variable errors                                                                       */
/* ========================================================================================== */

static void exc_set_attr(AdValue self, const char *name, AdValue v);

static AdValue raise_with_name(AdType *type, AdValue name, const char *fmt) {
    AdValue msg = ad_sprintf(fmt, name);
    if (!msg) return AD_ERROR;
    AdValue exc = ad_exception_new(type, &msg, 1);
    ad_dict_set_cstr(exc_of(exc)->dict, "name", name);
    return set_raised(exc);
}

AdValue ad_err_name(AdValue name) {
    return raise_with_name(&ad_NameError, name, "name '%U' is not defined");
}

/* The frame's globals and local names ride along in the (otherwise unused) value field, for the
 * "Did you mean" hint of the traceback printer. */
AdValue ad_err_name_in(AdValue name, AdValue globals, AdValue varnames) {
    raise_with_name(&ad_NameError, name, "name '%U' is not defined");
    AdValue exc = ad_tstate()->current;
    AdValue context[2] = {globals ? globals : AD_NONE, varnames ? varnames : AD_NONE};
    if (exc) exc_of(exc)->value = ad_tuple_from_array(context, 2);
    return AD_ERROR;
}

void ad_err_name_context(AdValue globals, AdValue varnames) {
    AdValue exc = ad_tstate()->current;
    if (!exc || !ad_isinstance_type(exc, &ad_NameError)) return;
    AdValue context[2] = {globals ? globals : AD_NONE, varnames ? varnames : AD_NONE};
    exc_of(exc)->value = ad_tuple_from_array(context, 2);
}

void ad_err_attribute_info(AdValue obj, AdValue name) {
    AdValue exc = ad_tstate()->current;
    if (!exc || !ad_isinstance_type(exc, &ad_AttributeError)) return;
    exc_set_attr(exc, "name", name);
    exc_set_attr(exc, "obj", obj);
}

AdValue ad_err_unbound_local(AdValue name) {
    return raise_with_name(&ad_UnboundLocalError, name,
                           "cannot access local variable '%U' where it is not associated with a value");
}

AdValue ad_err_unbound_free(AdValue name) {
    return raise_with_name(&ad_NameError, name,
                           "cannot access free variable '%U' where it is not associated with a value in enclosing scope");
}

/* ========================================================================================== */
/* MARK: Exception objects                                                                     */
/* ========================================================================================== */

/* The instance dict, created on first use. */
static AdValue exc_dict(AdValue self) {
    AdException *e = exc_of(self);
    if (!e->dict) e->dict = ad_dict_new();
    return e->dict;
}

static AdValue exc_attr(AdValue self, const char *name) {
    AdValue d = exc_of(self)->dict;
    AdValue v = d ? ad_dict_get_cstr(d, name) : 0;
    if (!v && ad_err_occurred()) ad_err_clear();
    return v ? v : AD_NONE;
}

static void exc_set_attr(AdValue self, const char *name, AdValue v) {
    ad_dict_set_cstr(exc_dict(self), name, v);
}

static AdValue arg_or_none(const AdValue *args, size_t nargs, size_t i) {
    return i < nargs ? args[i] : AD_NONE;
}

/* ---- OSError and its errno subclasses ---------------------------------------------------------- */

extern AdType ad_BlockingIOError, ad_ChildProcessError, ad_ConnectionError, ad_BrokenPipeError;
extern AdType ad_ConnectionAbortedError, ad_ConnectionRefusedError, ad_ConnectionResetError;
extern AdType ad_FileExistsError, ad_InterruptedError, ad_IsADirectoryError, ad_NotADirectoryError;
extern AdType ad_PermissionError, ad_ProcessLookupError, ad_TimeoutError;

/* OSError(errno, ...) creates the subclass that errno maps to, as CPython does. */
static AdType *oserror_subclass_for(AdValue errnum) {
    int64_t e;
    if (!ad_is_int(errnum) || ad_int_to_i64(errnum, &e) < 0) return NULL;
    switch (e) {
    case EAGAIN: case EALREADY: case EINPROGRESS: return &ad_BlockingIOError;
    case ECHILD: return &ad_ChildProcessError;
    case EPIPE: case ESHUTDOWN: return &ad_BrokenPipeError;
    case ECONNABORTED: return &ad_ConnectionAbortedError;
    case ECONNREFUSED: return &ad_ConnectionRefusedError;
    case ECONNRESET: return &ad_ConnectionResetError;
    case EEXIST: return &ad_FileExistsError;
    case ENOENT: return &ad_FileNotFoundError;
    case EISDIR: return &ad_IsADirectoryError;
    case ENOTDIR: return &ad_NotADirectoryError;
    case EINTR: return &ad_InterruptedError;
    case EACCES: case EPERM: return &ad_PermissionError;
    case ESRCH: return &ad_ProcessLookupError;
    case ETIMEDOUT: return &ad_TimeoutError;
    default: return NULL;
    }
}

static void init_oserror(AdValue self, const AdValue *args, size_t nargs) {
    AdValue none = AD_NONE;
    AdValue errnum = none, strerror = none, filename = none, filename2 = none;
    if (nargs >= 2 && nargs <= 5) {
        errnum = args[0];
        strerror = args[1];
        filename = arg_or_none(args, nargs, 2);
        filename2 = arg_or_none(args, nargs, 4);
        if (nargs >= 3) exc_of(self)->args = ad_tuple_from_array(args, 2);
    }
    exc_set_attr(self, "errno", errnum);
    exc_set_attr(self, "strerror", strerror);
    exc_set_attr(self, "filename", filename);
    exc_set_attr(self, "filename2", filename2);
}

static AdValue oserror_str(AdValue self) {
    AdValue errnum = exc_attr(self, "errno"), strerror = exc_attr(self, "strerror");
    AdValue filename = exc_attr(self, "filename"), filename2 = exc_attr(self, "filename2");
    if (filename != AD_NONE && filename2 != AD_NONE)
        return ad_sprintf("[Errno %S] %S: %R -> %R", errnum, strerror, filename, filename2);
    if (filename != AD_NONE) return ad_sprintf("[Errno %S] %S: %R", errnum, strerror, filename);
    if (errnum != AD_NONE && strerror != AD_NONE) return ad_sprintf("[Errno %S] %S", errnum, strerror);
    return ad_BaseException.str(self);
}

/* ---- SyntaxError ------------------------------------------------------------------------------- */

static int init_syntaxerror(AdValue self, const AdValue *args, size_t nargs) {
    static const char *const fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
    exc_set_attr(self, "msg", arg_or_none(args, nargs, 0));
    AdValue info = nargs == 2 ? ad_tuple_from_iterable(args[1]) : 0;
    if (nargs == 2 && !info) return -1;
    for (int i = 0; i < 6; i++) {
        AdValue v = info && i < ad_tuple_len(info) ? ad_tuple_get(info, i) : AD_NONE;
        exc_set_attr(self, fields[i], v);
    }
    exc_set_attr(self, "print_file_and_line", AD_NONE);
    return 0;
}

/* "msg (file.py, line 3)" — only the file's base name, as CPython prints it. */
static AdValue syntaxerror_str(AdValue self) {
    AdValue msg = exc_attr(self, "msg"), filename = exc_attr(self, "filename");
    AdValue lineno = exc_attr(self, "lineno");
    int has_file = filename != AD_NONE && ad_is_str(filename);
    int has_line = lineno != AD_NONE && ad_is_int(lineno);
    if (has_file) {
        const char *f = ad_str_utf8(filename, NULL), *slash = strrchr(f, '/');
        filename = slash ? ad_str_from_cstr(slash + 1) : filename;
    }
    if (has_file && has_line) return ad_sprintf("%S (%U, line %S)", msg, filename, lineno);
    if (has_file) return ad_sprintf("%S (%U)", msg, filename);
    if (has_line) return ad_sprintf("%S (line %S)", msg, lineno);
    return ad_str(msg);
}

/* ---- Unicode errors ----------------------------------------------------------------------------- */

/* UnicodeEncodeError(encoding, object, start, end, reason); Decode takes bytes as the object. */
static int init_unicode_error(AdValue self, const AdValue *args, size_t nargs, int decode) {
    if (nargs != 5) {
        ad_err_format(&ad_TypeError, "function takes exactly 5 arguments (%zu given)", nargs);
        return -1;
    }
    if (!ad_is_str(args[0])) {
        ad_err_format(&ad_TypeError, "argument 1 must be str, not %T", args[0]);
        return -1;
    }
    const unsigned char *data;
    int64_t len;
    int object_ok = decode ? ad_bytes_like(args[1], &data, &len) : ad_is_str(args[1]);
    if (!object_ok) {
        if (decode) ad_err_format(&ad_TypeError, "a bytes-like object is required, not '%T'", args[1]);
        else ad_err_format(&ad_TypeError, "argument 2 must be str, not %T", args[1]);
        return -1;
    }
    for (int i = 2; i < 4; i++) {
        if (!ad_is_int(args[i])) {
            ad_err_format(&ad_TypeError, "'%T' object cannot be interpreted as an integer", args[i]);
            return -1;
        }
    }
    if (!ad_is_str(args[4])) {
        ad_err_format(&ad_TypeError, "argument 5 must be str, not %T", args[4]);
        return -1;
    }
    /* A bytearray object is kept as bytes, as CPython's UnicodeDecodeError does. */
    AdValue object = args[1];
    if (decode && !ad_isinstance_type(object, &ad_bytes_type)) object = ad_bytes_from(data, (size_t)len);
    static const char *const fields[] = {"encoding", "object", "start", "end", "reason"};
    for (int i = 0; i < 5; i++) exc_set_attr(self, fields[i], i == 1 ? object : args[i]);
    return 0;
}

static AdValue unicode_error_str(AdValue self) {
    AdValue encoding = exc_attr(self, "encoding"), object = exc_attr(self, "object");
    AdValue reason = exc_attr(self, "reason");
    int64_t start, end;
    if (encoding == AD_NONE || ad_int_to_i64(exc_attr(self, "start"), &start) < 0 ||
        ad_int_to_i64(exc_attr(self, "end"), &end) < 0)
        return ad_BaseException.str(self);
    int decode = ad_isinstance_type(self, &ad_UnicodeDecodeError);
    int64_t len = decode ? AD_AS(AdBytes, object)->length : ad_str_len(object);
    if (start < 0) start = 0;
    if (start >= len) start = len ? len - 1 : 0;
    if (end - start == 1 && start < len) {
        if (decode)
            return ad_sprintf("'%U' codec can't decode byte 0x%02x in position %lld: %U", encoding,
                              (unsigned)AD_AS(AdBytes, object)->data[start], (long long)start, reason);
        uint32_t ch = ad_str_char(object, start);
        const char *fmt = ch < 0x100 ? "'%U' codec can't encode character '\\x%02x' in position %lld: %U"
                        : ch < 0x10000 ? "'%U' codec can't encode character '\\u%04x' in position %lld: %U"
                        : "'%U' codec can't encode character '\\U%08x' in position %lld: %U";
        return ad_sprintf(fmt, encoding, ch, (long long)start, reason);
    }
    return ad_sprintf("'%U' codec can't %s in position %lld-%lld: %U", encoding,
                      decode ? "decode bytes" : "encode characters", (long long)start,
                      (long long)(end - 1), reason);
}

/* ---- construction -------------------------------------------------------------------------------- */

/* The per-type initialization of the builtin exceptions (fields derived from the args). */
static int init_fields(AdValue self, const AdValue *args, size_t nargs) {
    AdType *t = ad_type(self);
    AdException *e = exc_of(self);
    if (ad_type_is_subtype(t, &ad_StopIteration)) e->value = nargs ? args[0] : AD_NONE;
    else if (ad_type_is_subtype(t, &ad_SystemExit))
        e->value = nargs == 0 ? AD_NONE : nargs == 1 ? args[0] : e->args;
    else if (ad_type_is_subtype(t, &ad_OSError)) init_oserror(self, args, nargs);
    else if (ad_type_is_subtype(t, &ad_SyntaxError)) return init_syntaxerror(self, args, nargs);
    else if (ad_type_is_subtype(t, &ad_UnicodeEncodeError)) return init_unicode_error(self, args, nargs, 0);
    else if (ad_type_is_subtype(t, &ad_UnicodeDecodeError)) return init_unicode_error(self, args, nargs, 1);
    else if (ad_type_is_subtype(t, &ad_ImportError)) {
        exc_set_attr(self, "msg", nargs == 1 ? args[0] : AD_NONE);
        exc_set_attr(self, "name", AD_NONE);
        exc_set_attr(self, "path", AD_NONE);
    } else if (ad_type_is_subtype(t, &ad_NameError)) exc_set_attr(self, "name", AD_NONE);
    else if (ad_type_is_subtype(t, &ad_AttributeError)) {
        exc_set_attr(self, "name", AD_NONE);
        exc_set_attr(self, "obj", AD_NONE);
    }
    return 0;
}

static AdException *exc_alloc(AdType *type, const AdValue *args, size_t nargs) {
    size_t size = type->instance_size >= sizeof(AdException) ? type->instance_size : sizeof(AdException);
    AdException *e = (AdException *)ad_new_object(type, size);
    e->args = nargs ? ad_tuple_from_array(args, nargs) : ad_empty_tuple;
    return e;
}

AdValue ad_exception_new(AdType *type, const AdValue *args, size_t nargs) {
    AdException *e = exc_alloc(type, args, nargs);
    if (init_fields(AD_VAL(e), args, nargs) < 0) {
        /* Only the Unicode errors reject arguments: fall back to a bare instance. */
        ad_err_clear();
    }
    return AD_VAL(e);
}

/* The keyword arguments some exception types accept (name=, obj=, path=). */
static const char *const *accepted_keywords(AdType *t) {
    static const char *const import_kw[] = {"name", "path", NULL};
    static const char *const name_kw[] = {"name", NULL};
    static const char *const attribute_kw[] = {"name", "obj", NULL};
    if (ad_type_is_subtype(t, &ad_ImportError)) return import_kw;
    if (ad_type_is_subtype(t, &ad_NameError)) return name_kw;
    if (ad_type_is_subtype(t, &ad_AttributeError)) return attribute_kw;
    return NULL;
}

static int apply_keywords(AdType *type, AdValue self, const AdValue *values, AdValue kwnames) {
    const char *const *accepted = accepted_keywords(type);
    int64_t nkw = ad_tuple_len(kwnames);
    if (!accepted) {
        ad_err_format(&ad_TypeError, "%s() takes no keyword arguments", type->name);
        return -1;
    }
    for (int64_t i = 0; i < nkw; i++) {
        AdValue key = ad_tuple_get(kwnames, i);
        const char *const *k = accepted;
        while (*k && !ad_str_eq_cstr(key, *k)) k++;
        if (!*k) {
            ad_err_format(&ad_TypeError, "'%U' is an invalid keyword argument for %s()", key, type->name);
            return -1;
        }
        exc_set_attr(self, *k, values[i]);
    }
    return 0;
}

static AdValue exc_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    AdException *e = exc_alloc(type, args, nargs);
    AdValue self = AD_VAL(e);
    if (init_fields(self, args, nargs) < 0) return AD_ERROR;
    if (kwnames && ad_tuple_len(kwnames) && apply_keywords(type, self, args + nargs, kwnames) < 0)
        return AD_ERROR;
    /* OSError(errno, ...) called on OSError itself picks the errno's subclass. */
    if (type == &ad_OSError && nargs >= 2) {
        AdType *sub = oserror_subclass_for(args[0]);
        if (sub) e->ob.type = sub;
    }
    return self;
}

/* ---- repr, str and attributes --------------------------------------------------------------------- */

static AdValue exc_repr(AdValue self) {
    AdValue args = exc_of(self)->args;
    const char *name = ad_type(self)->name;
    if (ad_tuple_len(args) == 1) return ad_sprintf("%s(%R)", name, ad_tuple_get(args, 0));
    return ad_sprintf("%s%R", name, args);
}

static AdValue exc_str(AdValue self) {
    AdValue args = exc_of(self)->args;
    int64_t n = ad_tuple_len(args);
    if (n == 0) return ad_str_intern_cstr("");
    if (n == 1) return ad_str(ad_tuple_get(args, 0));
    return ad_str(args);
}

static AdValue keyerror_str(AdValue self) {
    AdValue args = exc_of(self)->args;
    if (ad_tuple_len(args) == 1) return ad_repr(ad_tuple_get(args, 0));
    return exc_str(self);
}

static AdValue exc_get_args(AdValue self) { return exc_of(self)->args; }
static int exc_set_args(AdValue self, AdValue value) {
    if (!value) return ad_err_set(&ad_TypeError, "args may not be deleted"), -1;
    AdValue t = ad_tuple_from_iterable(value);
    if (!t) return -1;
    exc_of(self)->args = t;
    return 0;
}

static AdValue or_none(AdValue v) { return v ? v : AD_NONE; }

static AdValue exc_get_traceback(AdValue self) { return or_none(exc_of(self)->traceback); }
static int exc_set_traceback(AdValue self, AdValue value) {
    if (!value) return ad_err_set(&ad_TypeError, "__traceback__ may not be deleted"), -1;
    if (value != AD_NONE && ad_type(value) != &ad_traceback_type)
        return ad_err_set(&ad_TypeError, "__traceback__ must be a traceback or None"), -1;
    exc_of(self)->traceback = value == AD_NONE ? 0 : value;
    return 0;
}

static AdValue exc_get_context(AdValue self) { return or_none(exc_of(self)->context); }
static int exc_set_context(AdValue self, AdValue value) {
    if (!value) return ad_err_set(&ad_TypeError, "__context__ may not be deleted"), -1;
    if (value != AD_NONE && !is_exception_instance(value))
        return ad_err_set(&ad_TypeError, "exception context must be None or derive from BaseException"), -1;
    exc_of(self)->context = value == AD_NONE ? 0 : value;
    return 0;
}

static AdValue exc_get_cause(AdValue self) { return or_none(exc_of(self)->cause); }
static int exc_set_cause(AdValue self, AdValue value) {
    if (!value) return ad_err_set(&ad_TypeError, "__cause__ may not be deleted"), -1;
    if (value != AD_NONE && !is_exception_instance(value))
        return ad_err_set(&ad_TypeError, "exception cause must be None or derive from BaseException"), -1;
    exc_of(self)->cause = value == AD_NONE ? 0 : value;
    exc_of(self)->suppress_context = 1;
    return 0;
}

static AdValue exc_get_suppress(AdValue self) { return ad_bool(exc_of(self)->suppress_context); }
static int exc_set_suppress(AdValue self, AdValue value) {
    if (!value) return ad_err_set(&ad_TypeError, "__suppress_context__ may not be deleted"), -1;
    int t = ad_truth(value);
    if (t < 0) return -1;
    exc_of(self)->suppress_context = t;
    return 0;
}

static AdValue exc_get_dict(AdValue self) { return exc_dict(self); }

static const AdGetSetDef exc_getsets[] = {
    {"args", exc_get_args, exc_set_args},
    {"__traceback__", exc_get_traceback, exc_set_traceback},
    {"__context__", exc_get_context, exc_set_context},
    {"__cause__", exc_get_cause, exc_set_cause},
    {"__suppress_context__", exc_get_suppress, exc_set_suppress},
    {"__dict__", exc_get_dict, NULL},
    {NULL, NULL, NULL},
};

static AdValue exc_with_traceback(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("with_traceback", kwnames) < 0 ||
        ad_check_nargs("with_traceback", nargs, 1, 1) < 0 || exc_set_traceback(self, args[0]) < 0)
        return AD_ERROR;
    return self;
}

static AdValue exc_add_note(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("add_note", kwnames) < 0 || ad_check_nargs("add_note", nargs, 1, 1) < 0)
        return AD_ERROR;
    if (!ad_is_str(args[0]))
        return ad_err_format(&ad_TypeError, "note must be a str, not '%T'", args[0]);
    AdValue notes = ad_dict_get_cstr(exc_dict(self), "__notes__");
    if (!notes) {
        if (ad_err_occurred()) return AD_ERROR;
        notes = ad_list_new(0);
        exc_set_attr(self, "__notes__", notes);
    } else if (ad_type(notes) != &ad_list_type) {
        return ad_err_set(&ad_TypeError, "Cannot add note: __notes__ is not a list");
    }
    if (ad_list_append(notes, args[0]) < 0) return AD_ERROR;
    return AD_NONE;
}

/* BaseException.__init__(self, *args): replaces args (and the fields derived from them). */
static AdValue exc_init_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (kwnames && ad_tuple_len(kwnames))
        return ad_err_format(&ad_TypeError, "%s() takes no keyword arguments", ad_type(self)->name);
    exc_of(self)->args = nargs ? ad_tuple_from_array(args, nargs) : ad_empty_tuple;
    return init_fields(self, args, nargs) < 0 ? AD_ERROR : AD_NONE;
}

/* BaseException.__new__(cls, *args): an instance of cls with those args (a static method). */
static AdValue exc_new_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (nargs < 1) return ad_err_set(&ad_TypeError, "BaseException.__new__(): not enough arguments");
    if (!is_exception_class(args[0]))
        return ad_err_format(&ad_TypeError, "BaseException.__new__(X): X is not a subtype of BaseException");
    AdType *t = AD_AS(AdType, args[0]);
    AdException *e = exc_alloc(t, args + 1, nargs - 1);
    if (init_fields(AD_VAL(e), args + 1, nargs - 1) < 0) ad_err_clear();
    return AD_VAL(e);
}

static const AdMethodDef exc_methods[] = {
    {"__init__", exc_init_method, 0},
    {"__new__", exc_new_method, AD_METH_STATIC},
    {"with_traceback", exc_with_traceback, 0},
    {"add_note", exc_add_note, 0},
    {NULL, NULL, 0},
};

static AdValue stopiteration_get_value(AdValue self) { return or_none(exc_of(self)->value); }
static int stopiteration_set_value(AdValue self, AdValue value) {
    exc_of(self)->value = value ? value : AD_NONE;
    return 0;
}
static const AdGetSetDef stopiteration_getsets[] = {
    {"value", stopiteration_get_value, stopiteration_set_value},
    {NULL, NULL, NULL},
};
static const AdGetSetDef systemexit_getsets[] = {
    {"code", stopiteration_get_value, stopiteration_set_value},
    {NULL, NULL, NULL},
};

/* ========================================================================================== */
/* MARK: The hierarchy                                                                         */
/* ========================================================================================== */

#define EXC_FLAGS (AD_TPFLAG_BASETYPE | AD_TPFLAG_BASE_EXC_SUBCLASS)
#define EXC_TYPE(var, NAME, BASE) \
    AdType var = {.ob = {&ad_type_type}, .name = NAME, .base = &BASE, .flags = EXC_FLAGS, \
                  .instance_size = sizeof(AdException)}
#define EXC_TYPE_STR(var, NAME, BASE, STR) \
    AdType var = {.ob = {&ad_type_type}, .name = NAME, .base = &BASE, .flags = EXC_FLAGS, \
                  .instance_size = sizeof(AdException), .str = STR}

AdType ad_BaseException = {
    .ob = {&ad_type_type},
    .name = "BaseException",
    .base = &ad_object_type,
    .flags = EXC_FLAGS,
    .instance_size = sizeof(AdException),
    .repr = exc_repr,
    .str = exc_str,
    .construct = exc_construct,
    .dict_offset = offsetof(AdException, dict),
};

EXC_TYPE(ad_SystemExit, "SystemExit", ad_BaseException);
EXC_TYPE(ad_KeyboardInterrupt, "KeyboardInterrupt", ad_BaseException);
EXC_TYPE(ad_GeneratorExit, "GeneratorExit", ad_BaseException);
EXC_TYPE(ad_Exception, "Exception", ad_BaseException);
EXC_TYPE(ad_ArithmeticError, "ArithmeticError", ad_Exception);
EXC_TYPE(ad_FloatingPointError, "FloatingPointError", ad_ArithmeticError);
EXC_TYPE(ad_OverflowError, "OverflowError", ad_ArithmeticError);
EXC_TYPE(ad_ZeroDivisionError, "ZeroDivisionError", ad_ArithmeticError);
EXC_TYPE(ad_AssertionError, "AssertionError", ad_Exception);
EXC_TYPE(ad_AttributeError, "AttributeError", ad_Exception);
EXC_TYPE(ad_BufferError, "BufferError", ad_Exception);
EXC_TYPE(ad_EOFError, "EOFError", ad_Exception);
EXC_TYPE(ad_ImportError, "ImportError", ad_Exception);
EXC_TYPE(ad_ModuleNotFoundError, "ModuleNotFoundError", ad_ImportError);
EXC_TYPE(ad_LookupError, "LookupError", ad_Exception);
EXC_TYPE(ad_IndexError, "IndexError", ad_LookupError);
EXC_TYPE_STR(ad_KeyError, "KeyError", ad_LookupError, keyerror_str);
EXC_TYPE(ad_MemoryError, "MemoryError", ad_Exception);
EXC_TYPE(ad_NameError, "NameError", ad_Exception);
EXC_TYPE(ad_UnboundLocalError, "UnboundLocalError", ad_NameError);
EXC_TYPE_STR(ad_OSError, "OSError", ad_Exception, oserror_str);
EXC_TYPE(ad_BlockingIOError, "BlockingIOError", ad_OSError);
EXC_TYPE(ad_ChildProcessError, "ChildProcessError", ad_OSError);
EXC_TYPE(ad_ConnectionError, "ConnectionError", ad_OSError);
EXC_TYPE(ad_BrokenPipeError, "BrokenPipeError", ad_ConnectionError);
EXC_TYPE(ad_ConnectionAbortedError, "ConnectionAbortedError", ad_ConnectionError);
EXC_TYPE(ad_ConnectionRefusedError, "ConnectionRefusedError", ad_ConnectionError);
EXC_TYPE(ad_ConnectionResetError, "ConnectionResetError", ad_ConnectionError);
EXC_TYPE(ad_FileExistsError, "FileExistsError", ad_OSError);
EXC_TYPE(ad_FileNotFoundError, "FileNotFoundError", ad_OSError);
EXC_TYPE(ad_InterruptedError, "InterruptedError", ad_OSError);
EXC_TYPE(ad_IsADirectoryError, "IsADirectoryError", ad_OSError);
EXC_TYPE(ad_NotADirectoryError, "NotADirectoryError", ad_OSError);
EXC_TYPE(ad_PermissionError, "PermissionError", ad_OSError);
EXC_TYPE(ad_ProcessLookupError, "ProcessLookupError", ad_OSError);
EXC_TYPE(ad_TimeoutError, "TimeoutError", ad_OSError);
EXC_TYPE(ad_ReferenceError, "ReferenceError", ad_Exception);
EXC_TYPE(ad_RuntimeError, "RuntimeError", ad_Exception);
EXC_TYPE(ad_NotImplementedError, "NotImplementedError", ad_RuntimeError);
EXC_TYPE(ad_RecursionError, "RecursionError", ad_RuntimeError);
EXC_TYPE(ad_StopAsyncIteration, "StopAsyncIteration", ad_Exception);
EXC_TYPE(ad_StopIteration, "StopIteration", ad_Exception);
EXC_TYPE_STR(ad_SyntaxError, "SyntaxError", ad_Exception, syntaxerror_str);
EXC_TYPE(ad_IndentationError, "IndentationError", ad_SyntaxError);
EXC_TYPE(ad_TabError, "TabError", ad_IndentationError);
EXC_TYPE(ad_SystemError, "SystemError", ad_Exception);
EXC_TYPE(ad_TypeError, "TypeError", ad_Exception);
EXC_TYPE(ad_ValueError, "ValueError", ad_Exception);
EXC_TYPE(ad_UnicodeError, "UnicodeError", ad_ValueError);
EXC_TYPE_STR(ad_UnicodeDecodeError, "UnicodeDecodeError", ad_UnicodeError, unicode_error_str);
EXC_TYPE_STR(ad_UnicodeEncodeError, "UnicodeEncodeError", ad_UnicodeError, unicode_error_str);
EXC_TYPE(ad_UnicodeTranslateError, "UnicodeTranslateError", ad_UnicodeError);
EXC_TYPE(ad_Warning, "Warning", ad_Exception);
EXC_TYPE(ad_BytesWarning, "BytesWarning", ad_Warning);
EXC_TYPE(ad_DeprecationWarning, "DeprecationWarning", ad_Warning);
EXC_TYPE(ad_EncodingWarning, "EncodingWarning", ad_Warning);
EXC_TYPE(ad_FutureWarning, "FutureWarning", ad_Warning);
EXC_TYPE(ad_ImportWarning, "ImportWarning", ad_Warning);
EXC_TYPE(ad_PendingDeprecationWarning, "PendingDeprecationWarning", ad_Warning);
EXC_TYPE(ad_ResourceWarning, "ResourceWarning", ad_Warning);
EXC_TYPE(ad_RuntimeWarning, "RuntimeWarning", ad_Warning);
EXC_TYPE(ad_SyntaxWarning, "SyntaxWarning", ad_Warning);
EXC_TYPE(ad_UnicodeWarning, "UnicodeWarning", ad_Warning);
EXC_TYPE(ad_UserWarning, "UserWarning", ad_Warning);

/* In the order of CPython's builtins module. */
AdType *const ad_exception_types[] = {
    &ad_BaseException, &ad_Exception, &ad_TypeError, &ad_StopAsyncIteration, &ad_StopIteration,
    &ad_GeneratorExit, &ad_SystemExit, &ad_KeyboardInterrupt, &ad_ImportError,
    &ad_ModuleNotFoundError, &ad_OSError, &ad_EOFError, &ad_RuntimeError, &ad_RecursionError,
    &ad_NotImplementedError, &ad_NameError, &ad_UnboundLocalError, &ad_AttributeError,
    &ad_SyntaxError, &ad_IndentationError, &ad_TabError, &ad_LookupError, &ad_IndexError,
    &ad_KeyError, &ad_ValueError, &ad_UnicodeError, &ad_UnicodeEncodeError, &ad_UnicodeDecodeError,
    &ad_UnicodeTranslateError, &ad_AssertionError, &ad_ArithmeticError, &ad_FloatingPointError,
    &ad_OverflowError, &ad_ZeroDivisionError, &ad_SystemError, &ad_ReferenceError, &ad_MemoryError,
    &ad_BufferError, &ad_Warning, &ad_UserWarning, &ad_EncodingWarning, &ad_DeprecationWarning,
    &ad_PendingDeprecationWarning, &ad_SyntaxWarning, &ad_RuntimeWarning, &ad_FutureWarning,
    &ad_ImportWarning, &ad_UnicodeWarning, &ad_BytesWarning, &ad_ResourceWarning,
    &ad_ConnectionError, &ad_BlockingIOError, &ad_BrokenPipeError, &ad_ChildProcessError,
    &ad_ConnectionAbortedError, &ad_ConnectionRefusedError, &ad_ConnectionResetError,
    &ad_FileExistsError, &ad_FileNotFoundError, &ad_IsADirectoryError, &ad_NotADirectoryError,
    &ad_InterruptedError, &ad_PermissionError, &ad_ProcessLookupError, &ad_TimeoutError,
    NULL,
};

AdValue ad_err_from_errno(int errnum, AdValue filename) {
    AdValue args[3] = {ad_small(errnum), ad_str_from_cstr(strerror(errnum)), filename};
    AdValue exc = exc_construct(&ad_OSError, args, filename ? 3 : 2, 0);
    return exc ? ad_err_set_object(exc) : AD_ERROR;
}

void ad_exceptions_bind_aliases(AdValue module) {
    ad_module_add(module, "EnvironmentError", AD_VAL(&ad_OSError));
    ad_module_add(module, "IOError", AD_VAL(&ad_OSError));
}

void ad_init_exceptions(void) {
    /* Strs, numbers and containers are up: finish the types readied before them. */
    ad_core_finish_pending_types();
    ad_type_ready(&ad_traceback_type, NULL, traceback_getsets);
    ad_type_ready(&ad_BaseException, exc_methods, exc_getsets);
    for (AdType *const *t = ad_exception_types; *t; t++) ad_type_ready(*t, NULL, NULL);
    ad_type_ready(&ad_StopIteration, NULL, stopiteration_getsets);
    ad_type_ready(&ad_SystemExit, NULL, systemexit_getsets);
}
