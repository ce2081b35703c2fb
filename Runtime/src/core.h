/*
 * core.h — private declarations shared by the core files of the runtime (object.c, errors.c,
 * abstract.c, call.c, modules.c, builtins.c, io.c). Nothing here is ABI: the engines and the other
 * parts of the runtime use adder.h only.
 */
#ifndef ADDER_CORE_H
#define ADDER_CORE_H

#include "adder.h"
#include <stdarg.h>

#define AD_LIKELY(x) __builtin_expect(!!(x), 1)
#define AD_UNLIKELY(x) __builtin_expect(!!(x), 0)

/* ---- recursion guards for C-level recursion (shared with Python frames, as in CPython 3.11) ---- */

/** Enter a recursive C operation: RecursionError "maximum recursion depth exceeded<where>" when
 *  the depth would pass the limit. Returns 0, or -1 with the error set. */
static inline int ad_enter_recursive(const char *where) {
    if (AD_UNLIKELY(++ad_call_depth > ad_recursion_limit)) {
        --ad_call_depth;
        ad_err_format(&ad_RecursionError, "maximum recursion depth exceeded%s", where);
        return -1;
    }
    return 0;
}
static inline void ad_leave_recursive(void) { --ad_call_depth; }

/* ---- object.c ---------------------------------------------------------------------------- */

/** Set by ad_runtime_init: the program's arguments, for sys.argv. */
extern int ad_core_argc;
extern char **ad_core_argv;

/** 1 once strs, tuples and dicts can be created (types readied before that are finished later). */
extern int ad_core_objects_usable;
/** Finish every type readied before strs and dicts existed (called from ad_init_exceptions). */
void ad_core_finish_pending_types(void);

/** The pointer hash CPython uses for objects without their own hash. */
int64_t ad_hash_pointer(const void *p);
/** `__module__.__qualname__`, or just the qualname for builtins, as a str. */
AdValue ad_type_qualified_name(AdType *t);

/* ---- genericalias.c ---------------------------------------------------------------------- */

extern AdType ad_generic_alias_type, ad_union_type;
/** `origin[args]` as a types.GenericAlias (args: a tuple, or one argument). */
AdValue ad_generic_alias_new(AdValue origin, AdValue args);
/** `a | b` for types, None, aliases and unions (types.UnionType), else AD_NOTIMPL. */
AdValue ad_union_or(AdValue a, AdValue b);
int ad_is_union(AdValue v);
/** isinstance (subclass 0) / issubclass (1) against a union's members. */
int ad_union_isinstance(AdValue v, AdValue u, int subclass);
/** `C[key]` for a class C: type[...] aliases, else C.__class_getitem__(key). */
AdValue ad_type_subscript(AdValue cls, AdValue key);
void ad_init_generic_alias(void);

/* ---- mappingproxy.c ------------------------------------------------------------------------ */

extern AdType ad_mappingproxy_type;
/** A read-only view of `mapping` that follows its changes (what `C.__dict__` returns). */
AdValue ad_mappingproxy_new(AdValue mapping);
void ad_init_mappingproxy(void);

/* ---- slots.c ------------------------------------------------------------------------------- */

/** Put the dunder methods of a builtin type's own slots in its dict (`int.__add__`, ...). */
void ad_core_add_slot_wrappers(AdType *t);
void ad_init_slot_wrappers(void);

/* ---- errors.c ---------------------------------------------------------------------------- */

/** Thread-local interpreter state, kept in uncollectable memory so the collector sees it. */
typedef struct AdThreadState {
    AdValue current;           /* the exception being raised (propagating), or 0 */
    AdValue handled;           /* the exception being handled (innermost except block), or 0 */
} AdThreadState;

AdThreadState *ad_thread_state_slow(void);
extern __thread AdThreadState *ad_tstate_ptr;
static inline AdThreadState *ad_tstate(void) {
    AdThreadState *ts = ad_tstate_ptr;
    return AD_LIKELY(ts != 0) ? ts : ad_thread_state_slow();
}

/** Format into a str: %s %d %ld %lld %zd %zu %c %p %% and %R (repr), %S (str), %T (type name of a
 *  value), %U (a str value as-is). Returns AD_ERROR if a repr or str fails. */
AdValue ad_vsprintf(const char *fmt, va_list ap);


/** Every builtin exception type, in the order `builtins` binds them; ended by NULL. */
extern AdType *const ad_exception_types[];
/** Extra names bound to exception types in builtins (EnvironmentError, IOError). */
void ad_exceptions_bind_aliases(AdValue module);

/* ---- call.c ------------------------------------------------------------------------------ */

/** The descriptor a type's dict holds for a method of its method table. */
AdValue ad_method_descr_new(AdType *owner, const AdMethodDef *def);
/** The descriptor a type's dict holds for a getset. */
AdValue ad_getset_descr_new(AdType *owner, const AdGetSetDef *def);

/** A getset descriptor: `def` on instances of `owner`. */
typedef struct AdGetSetDescr {
    AdObject ob;
    const AdGetSetDef *def;
    AdType *owner;
} AdGetSetDescr;

/** A bound method of a Python function (or any callable) to `self`. */
typedef struct AdBoundMethod {
    AdObject ob;
    AdValue func;
    AdValue self;
} AdBoundMethod;

/** classmethod / staticmethod objects wrapping a callable. */
typedef struct AdWrapper {
    AdObject ob;
    AdValue callable;
    AdValue dict;
} AdWrapper;

extern AdType ad_classmethod_descr_type;

/* ---- io.c -------------------------------------------------------------------------------- */

void ad_init_io(void);
/** sys.stdout, sys.stderr, sys.stdin as first created. */
AdValue ad_io_stdout_object(void);
AdValue ad_io_stderr_object(void);
AdValue ad_io_stdin_object(void);
/** Flush the buffers of stdout and stderr. */
void ad_io_flush_all(void);
/** Write a str to a file object (our streams directly, others through .write). 0 or -1. */
int ad_file_write_str(AdValue file, AdValue s);
int ad_file_flush(AdValue file);
/** One line of stdin with its newline; *at_eof is set when nothing was left. */
AdValue ad_read_stdin_line(int *at_eof);

/* ---- modules.c ----------------------------------------------------------------------------- */

/** The re module (remodule.c), created on first import. */
AdValue ad_re_module_create(void);
/** An attribute of sys (0 if missing, no exception). */
AdValue ad_sys_get(const char *name);
/** dir(obj) as a sorted list (builtins.c). */
AdValue ad_core_dir(AdValue obj);
/** The builtin type whose instance layout a class's instances have (object, or the builtin base). */
AdType *ad_solid_base(AdType *t);
/** The table of builtin functions (builtins.c). */
extern const AdMethodDef ad_builtin_functions[];
/** Builtin modules created on first import: _random, _sha512, time, _os. */
AdValue ad_random_module_create(void);
AdValue ad_sha512_module_create(void);
AdValue ad_time_module_create(void);
AdValue ad_os_module_create(void);
/** iomodule.c: the builtin open(), the io module, and the flush of every open file (at exit). */
AdValue ad_io_open(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames);
AdValue ad_io_module_create(void);
void ad_io_files_flush(void);

#endif /* ADDER_CORE_H */
