/*
 * adder.h — the Adder runtime: the object model and builtins that the interpreter, the JIT and
 * native executables all call. This header is the ABI; it is the single source of truth.
 *
 * Invariants every part of the runtime relies on:
 *
 *  - A Python value is one machine word, AdValue. Low bit 1: a small int, the value shifted left by
 *    one (63-bit range). Otherwise: a pointer to a heap or static object whose first field is its
 *    type. An int that fits the small range is ALWAYS small: big ints are normalized.
 *  - The word 0 (AD_ERROR) is not a value: a function returning AdValue returns it after setting the
 *    current exception. Functions returning int return -1 on error (0/1 for predicates); functions
 *    returning int64_t lengths or hashes return -1 on error. AD_STOP (2) is returned by ad_next and
 *    the `next` slot when an iterator is exhausted, with no exception set.
 *  - The Boehm collector owns every object. Memory from malloc (and Swift) is not scanned: a value
 *    kept there must be in memory from ad_alloc_uncollectable or otherwise rooted. Static data of
 *    the runtime and of native executables is scanned.
 *  - One Python thread: the call-depth counter is a plain global so that generated code can reach
 *    it by address; the current exception is thread-local and reached through functions only.
 *  - Messages of exceptions are CPython 3.11's, word for word.
 */
#ifndef ADDER_H
#define ADDER_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ========================================================================================== */
/* MARK: Values                                                                                */
/* ========================================================================================== */

typedef uint64_t AdValue;

#define AD_ERROR ((AdValue)0)
#define AD_STOP ((AdValue)2)

#define AD_SMALL_MIN (-(INT64_C(1) << 62))
#define AD_SMALL_MAX ((INT64_C(1) << 62) - 1)

static inline int ad_is_small(AdValue v) { return (int)(v & 1); }
static inline int64_t ad_small_val(AdValue v) { return (int64_t)v >> 1; }
static inline AdValue ad_small(int64_t i) { return ((uint64_t)i << 1) | 1; }
static inline int ad_fits_small(int64_t i) { return i >= AD_SMALL_MIN && i <= AD_SMALL_MAX; }

typedef struct AdType AdType;

/** Every heap object starts with its type. */
typedef struct AdObject {
    AdType *type;
} AdObject;

#define AD_OBJ(v) ((AdObject *)(uintptr_t)(v))
#define AD_VAL(p) ((AdValue)(uintptr_t)(p))
#define AD_AS(T, v) ((T *)(uintptr_t)(v))

/* ========================================================================================== */
/* MARK: Types and their slots                                                                 */
/* ========================================================================================== */

/** Binary operators, in the order of the number slots. */
enum AdBinOp {
    AD_OP_ADD, AD_OP_SUB, AD_OP_MUL, AD_OP_MATMUL, AD_OP_TRUEDIV, AD_OP_FLOORDIV, AD_OP_MOD,
    AD_OP_POW, AD_OP_LSHIFT, AD_OP_RSHIFT, AD_OP_AND, AD_OP_OR, AD_OP_XOR,
    AD_OP_COUNT
};

/** Rich comparison operators, numbered as CPython's Py_LT … Py_GE. */
enum AdCmpOp { AD_LT = 0, AD_LE = 1, AD_EQ = 2, AD_NE = 3, AD_GT = 4, AD_GE = 5 };

typedef AdValue (*AdUnaryFn)(AdValue self);
typedef AdValue (*AdBinaryFn)(AdValue a, AdValue b);
/** Returns -1 on error. */
typedef int64_t (*AdHashFn)(AdValue self);
/** Returns 1, 0, or -1 on error. */
typedef int (*AdPredicateFn)(AdValue self);
/** Returns a length, or -1 on error. */
typedef int64_t (*AdLenFn)(AdValue self);
/** Returns the result object, AD_NOTIMPL when the operand types are not supported, or AD_ERROR. */
typedef AdValue (*AdCompareFn)(AdValue a, AdValue b, int op);
/** Returns 1, 0, or -1 on error. */
typedef int (*AdContainsFn)(AdValue container, AdValue item);
/** `value` AD_ERROR (0) means delete. Returns 0, or -1 on error. */
typedef int (*AdSetItemFn)(AdValue self, AdValue key, AdValue value);
typedef AdValue (*AdGetAttrFn)(AdValue self, AdValue name);
/** `value` AD_ERROR (0) means delete. Returns 0, or -1 on error. */
typedef int (*AdSetAttrFn)(AdValue self, AdValue name, AdValue value);
/**
 * The calling convention of every callable (vectorcall): `args` holds the positional arguments and
 * then the values of the keyword arguments, whose names are the tuple `kwnames` (0 when there are
 * none). `nargs` counts the positional arguments only.
 */
typedef AdValue (*AdCallFn)(AdValue callable, const AdValue *args, size_t nargs, AdValue kwnames);
/** Calling a type: create (and initialize) an instance of `type`. Same argument convention. */
typedef AdValue (*AdConstructFn)(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames);
/** A method implemented in C: `self` is the bound object (or the module, or the type). */
typedef AdValue (*AdCFunction)(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames);
/** Descriptor protocol (__get__), for attribute lookup through types. `obj` is 0 when the
 *  attribute is looked up on the class itself (`C.f`), the instance otherwise. */
typedef AdValue (*AdDescrGetFn)(AdValue descr, AdValue obj, AdValue type);

/** Type flags: fast subclass tests and properties. */
enum {
    AD_TPFLAG_HEAPTYPE = 1u << 0,       /* created at run time (a user class) */
    AD_TPFLAG_BASETYPE = 1u << 1,       /* may be subclassed */
    AD_TPFLAG_INT_SUBCLASS = 1u << 2,
    AD_TPFLAG_FLOAT_SUBCLASS = 1u << 3,
    AD_TPFLAG_STR_SUBCLASS = 1u << 4,
    AD_TPFLAG_BYTES_SUBCLASS = 1u << 5,
    AD_TPFLAG_LIST_SUBCLASS = 1u << 6,
    AD_TPFLAG_TUPLE_SUBCLASS = 1u << 7,
    AD_TPFLAG_DICT_SUBCLASS = 1u << 8,
    AD_TPFLAG_BASE_EXC_SUBCLASS = 1u << 9,
    AD_TPFLAG_TYPE_SUBCLASS = 1u << 10,
    AD_TPFLAG_SEQUENCE = 1u << 11,      /* matches sequence patterns in `match` */
    AD_TPFLAG_MAPPING = 1u << 12,       /* matches mapping patterns in `match` */
};

/**
 * A type object. Builtin types are static structs; the slots hold their C implementations and are
 * NULL where the operation is not supported. Number slots follow CPython's convention: the slot of
 * either operand's type may be called with (a, b) in source order, and returns AD_NOTIMPL when it
 * does not handle the pair. `dict` (attributes and methods), `mro`, `bases` and `name_str` are
 * filled by ad_type_ready at start-up.
 */
struct AdType {
    AdObject ob;
    const char *name;          /* "int", "ZeroDivisionError" */
    AdType *base;              /* NULL for `object` only */
    uint32_t flags;
    uint32_t instance_size;    /* bytes of a plain instance (for subclasses created at run time) */
    AdValue dict;
    AdValue mro;               /* tuple of types, self first */
    AdValue bases;             /* tuple of types */
    AdValue name_str;          /* str: __name__ */
    AdValue qualname;          /* str: __qualname__ */
    AdValue module;            /* str: __module__ ("builtins" for builtin types) */

    AdUnaryFn repr;
    AdUnaryFn str;             /* NULL: use repr */
    AdHashFn hash;             /* NULL: unhashable */
    AdCompareFn richcompare;
    AdPredicateFn truth;       /* NULL: use len, else always true */
    AdLenFn len;
    AdBinaryFn getitem;
    AdSetItemFn setitem;
    AdContainsFn contains;     /* NULL: iterate and compare */
    AdUnaryFn iter;
    AdUnaryFn next;            /* returns AD_STOP when exhausted */
    AdCallFn call;             /* calling an instance */
    AdConstructFn construct;   /* calling the type */
    AdGetAttrFn getattr;       /* NULL: ad_generic_getattr */
    AdSetAttrFn setattr;       /* NULL: ad_generic_setattr (read-only unless dict_offset / descriptors) */
    AdDescrGetFn descr_get;    /* for objects stored in a type's dict: how they bind */

    AdBinaryFn number[AD_OP_COUNT];
    AdBinaryFn inplace[AD_OP_COUNT];   /* NULL: fall back to number[] */
    AdUnaryFn neg, pos, invert, abs;
    AdUnaryFn to_int;          /* __int__ */
    AdUnaryFn to_float;        /* __float__ */
    AdUnaryFn index;           /* __index__ */
    AdBinaryFn format;         /* __format__(self, spec) */

    /* Added by the core after the slots above, so that existing initializers stay valid. */
    /** __set__ (value) / __delete__ (value 0) for data descriptors; NULL for non-data ones.
     *  Returns 0, or -1 on error. A data descriptor in a type wins over the instance dict. */
    int (*descr_set)(AdValue descr, AdValue obj, AdValue value);
    /** Byte offset of the instance's attribute dict (an AdValue field, 0 until first used), or 0
     *  when instances have no dict. Filled for exceptions, functions and modules by the core. */
    uint32_t dict_offset;
};

/** A method of a builtin type or module, as listed in its method table (ended by a NULL name). */
typedef struct AdMethodDef {
    const char *name;
    AdCFunction fn;
    int flags;                 /* AD_METH_* */
} AdMethodDef;

enum {
    AD_METH_CLASS = 1,         /* classmethod: receives the type as self */
    AD_METH_STATIC = 2,        /* staticmethod: receives AD_ERROR as self */
};

/** A computed attribute of a builtin type (`.real`, `.start`, `.args`). `set` may be NULL. */
typedef struct AdGetSetDef {
    const char *name;
    AdValue (*get)(AdValue self);
    int (*set)(AdValue self, AdValue value);
} AdGetSetDef;

/* The builtin types. */
extern AdType ad_type_type, ad_object_type, ad_none_type, ad_notimpl_type, ad_ellipsis_type;
extern AdType ad_int_type, ad_bool_type, ad_float_type, ad_complex_type;
extern AdType ad_str_type, ad_bytes_type, ad_bytearray_type;
extern AdType ad_list_type, ad_tuple_type, ad_dict_type, ad_set_type, ad_frozenset_type;
extern AdType ad_range_type, ad_slice_type;
extern AdType ad_dict_keys_type, ad_dict_values_type, ad_dict_items_type;
extern AdType ad_function_type, ad_builtin_function_type, ad_method_descr_type, ad_getset_descr_type;
extern AdType ad_bound_method_type, ad_classmethod_type, ad_staticmethod_type, ad_property_type;
extern AdType ad_cell_type, ad_module_type, ad_traceback_type;

/** The type of a value (small ints are ints). */
static inline AdType *ad_type(AdValue v) { return ad_is_small(v) ? &ad_int_type : AD_OBJ(v)->type; }

/* Singletons. */
extern AdObject ad_None, ad_NotImplemented, ad_Ellipsis;
#define AD_NONE AD_VAL(&ad_None)
#define AD_NOTIMPL AD_VAL(&ad_NotImplemented)
#define AD_ELLIPSIS AD_VAL(&ad_Ellipsis)

/** bool is a subclass of int: True and False are its only two instances. */
typedef struct AdBool {
    AdObject ob;
    int64_t value;
} AdBool;
extern AdBool ad_True, ad_False;
#define AD_TRUE AD_VAL(&ad_True)
#define AD_FALSE AD_VAL(&ad_False)
static inline AdValue ad_bool(int b) { return b ? AD_TRUE : AD_FALSE; }

/**
 * Fill a builtin type's dict, MRO and names; register methods and getsets. Slots left NULL are
 * inherited (hash and richcompare only as a pair; construct not from `object`, so a type that
 * defines no constructor cannot be instantiated), and the dunder methods of the type's own slots
 * appear in its dict (`int.__add__`). May be called again to add more methods.
 *
 * A class created at run time sets AD_TPFLAG_HEAPTYPE, name (C string), name_str, qualname,
 * module, base (its solid base), bases, dict, mro (from ad_type_compute_mro), construct and
 * instance_size/dict_offset before calling; its slots are then inherited along the MRO.
 */
void ad_type_ready(AdType *type, const AdMethodDef *methods, const AdGetSetDef *getsets);
/** The C3 linearization of a class with the tuple `bases`: a tuple starting with `type`, or AD_ERROR
 *  with TypeError "Cannot create a consistent method resolution order (MRO) for bases A, B". */
AdValue ad_type_compute_mro(AdType *type, AdValue bases);
/** isinstance / issubclass on types (walks the MRO). */
int ad_type_is_subtype(AdType *sub, AdType *base);
/** Look a name up along a type's MRO; returns the value or 0 (no exception set). Results are
 *  cached (misses too): after changing a type's dict other than through ad_setattr on the type,
 *  call ad_type_modified. */
AdValue ad_type_lookup(AdType *type, AdValue name);
/** Invalidate cached lookups after a type's dict (or its MRO) changed. */
void ad_type_modified(AdType *type);

/* ========================================================================================== */
/* MARK: Memory                                                                                */
/* ========================================================================================== */

/*
 * Roots the collector scans: thread stacks (of threads it knows), the interpreter's register
 * stack, uncollectable memory, and the static data of the MAIN EXECUTABLE and of the image that
 * holds this runtime — not the data of other shared libraries (Swift runtime, Foundation, LLVM),
 * which would make every collection rescan megabytes. Values in malloc'd memory (Swift arrays)
 * are invisible to it: unit tests that pass `[ad_x(...), ad_y(...)]` can lose the first value
 * when the second allocation collects (as under ADDER_GC_STRESS).
 */

/** Collected memory that may hold pointers (zeroed). */
void *ad_alloc(size_t size);
/** Collected memory that holds no pointers (not zeroed): string data, floats, limbs. */
void *ad_alloc_atomic(size_t size);
/** Memory that is scanned but never collected: roots kept by the engines (zeroed). */
void *ad_alloc_uncollectable(size_t size);
void ad_free_uncollectable(void *p);
/** Make the memory [start, start + size) a root of the collector (data the JIT linked). */
void ad_gc_add_roots(void *start, size_t size);
/** Allocate an object of `size` bytes with its type field set. */
AdObject *ad_new_object(AdType *type, size_t size);

/* ========================================================================================== */
/* MARK: Start-up and shutdown                                                                 */
/* ========================================================================================== */

/**
 * Initialize the collector and every builtin type and module. `argv` becomes sys.argv. Reads
 * ADDER_GC_STRESS: when set to N > 0, a collection is forced every N allocations.
 */
void ad_runtime_init(int argc, char **argv);
/** Flush sys.stdout and sys.stderr. */
void ad_runtime_flush(void);
/**
 * Run fn(arg) on a thread with a large stack (registered with the collector), so that deep Python
 * recursion up to the recursion limit never overflows the C stack. Returns fn's result.
 */
int ad_run_main(int (*fn)(void *), void *arg);
/** Register / unregister a thread not started by the runtime (e.g. a Swift background thread) with
 *  the collector, before it touches any object / before it exits. */
void ad_register_thread(void);
void ad_unregister_thread(void);

/* ========================================================================================== */
/* MARK: Errors, exceptions, tracebacks                                                        */
/* ========================================================================================== */

/**
 * An exception instance. `traceback` is a linked list of AdTraceback, outermost frame first.
 * `context` and `cause` are exceptions or 0; `dict` holds extra attributes (0 until needed).
 */
typedef struct AdException {
    AdObject ob;
    AdValue args;              /* tuple */
    AdValue traceback;         /* AdTraceback or 0 */
    AdValue context;
    AdValue cause;
    AdValue dict;
    AdValue value;             /* StopIteration.value, SystemExit.code */
    int suppress_context;
} AdException;

/** Where a traceback entry points: the function's name (`<module>`, `f`) and the file. */
typedef struct AdFrameInfo {
    const char *name;
    const char *filename;
} AdFrameInfo;

typedef struct AdTraceback {
    AdObject ob;
    AdValue next;              /* the next inner entry, or 0 */
    const AdFrameInfo *frame;
    int64_t line;
} AdTraceback;

/* The exception hierarchy of CPython 3.11 (each an AdType whose instances are AdException). */
extern AdType ad_BaseException, ad_SystemExit, ad_KeyboardInterrupt, ad_GeneratorExit, ad_Exception;
extern AdType ad_StopIteration, ad_StopAsyncIteration, ad_ArithmeticError, ad_FloatingPointError;
extern AdType ad_OverflowError, ad_ZeroDivisionError, ad_AssertionError, ad_AttributeError;
extern AdType ad_BufferError, ad_EOFError, ad_ImportError, ad_ModuleNotFoundError, ad_LookupError;
extern AdType ad_IndexError, ad_KeyError, ad_MemoryError, ad_NameError, ad_UnboundLocalError;
extern AdType ad_OSError, ad_FileNotFoundError, ad_ReferenceError, ad_RuntimeError;
extern AdType ad_NotImplementedError, ad_RecursionError, ad_SyntaxError, ad_IndentationError;
extern AdType ad_TabError, ad_SystemError, ad_TypeError, ad_ValueError, ad_UnicodeError;
extern AdType ad_UnicodeDecodeError, ad_UnicodeEncodeError, ad_Warning, ad_UserWarning;
extern AdType ad_DeprecationWarning, ad_RuntimeWarning;

/** Raise `type(msg)`. Returns AD_ERROR so that callers can `return ad_err_set(...)`. */
AdValue ad_err_set(AdType *type, const char *msg);
/**
 * Raise `type(message)` with a printf-like format: %s (C string), %d, %ld, %lld, %zd, %zu, %c,
 * %% and three Python ones: %R (repr of an AdValue), %S (str of an AdValue), %T (the type name of
 * an AdValue, as in "'int' object is not callable"). Returns AD_ERROR.
 */
AdValue ad_err_format(AdType *type, const char *fmt, ...);
/** Build a str with ad_err_format's conversions, plus %U (a str AdValue as-is), %p, %u and %x;
 *  %.Ns truncates a C string. Returns AD_ERROR if a repr or str fails. */
AdValue ad_sprintf(const char *fmt, ...);
/** Raise an exception instance as-is. Returns AD_ERROR. */
AdValue ad_err_set_object(AdValue exc);
/** Raise OSError(errnum, strerror(errnum)[, filename]) as the errno's subclass (FileNotFoundError,
 *  BrokenPipeError, ...); `filename` may be 0. Returns AD_ERROR. */
AdValue ad_err_from_errno(int errnum, AdValue filename);
/** 1 if an exception is set. */
int ad_err_occurred(void);
/** The current exception instance (0 if none); the exception stays set. */
AdValue ad_err_peek(void);
/** Take the current exception instance and clear it (0 if none). */
AdValue ad_err_fetch(void);
void ad_err_clear(void);
/** 1 if the current exception is an instance of `type`. */
int ad_err_matches(AdType *type);

/** `raise X`: X is an exception class (instantiated with no arguments) or instance. Returns AD_ERROR. */
AdValue ad_raise(AdValue exc);
/** `raise X from Y`. Returns AD_ERROR. */
AdValue ad_raise_from(AdValue exc, AdValue cause);
/** Re-raise an exception object without adding a traceback entry (end of `finally`). Returns AD_ERROR. */
AdValue ad_reraise(AdValue exc);
/** Bare `raise`: re-raise the exception being handled, or RuntimeError. Returns AD_ERROR. */
AdValue ad_reraise_current(void);

/**
 * The stack of exceptions being handled (sys.exc_info). Entering an `except` block pushes the
 * caught exception and returns the previous one (0 if none); leaving it restores that value.
 * A new exception raised while one is handled gets it as __context__ (also when a runtime
 * function raises it).
 *
 * How the engines drive this (CPython 3.11's semantics):
 *  - An operation fails at line L of frame F: ad_traceback_add(F, L), then go to the innermost
 *    handler of F or return 0. A bare `raise` (ad_reraise_current) and the re-raise at the end of
 *    a `finally` or of an `except` chain that did not match (ad_reraise) add NO entry there.
 *  - Handler: exc = ad_err_fetch(); for each clause, ad_exc_matches(exc, T); if none matches,
 *    ad_reraise(exc). On a match: prev = ad_exc_enter_handler(exc), run the body, and restore
 *    with ad_exc_exit_handler(prev) on EVERY way out of it — falling off the end, return, break,
 *    continue, and an exception propagating out of the body (restore before propagating).
 *  - A `finally` body that runs because of an exception also runs with that exception entered
 *    (so an exception raised in it gets __context__), then ad_exc_exit_handler and ad_reraise.
 *  - `except T as e` deletes `e` at the end of the block, as Python does; the runtime keeps no
 *    reference that matters.
 */
AdValue ad_exc_enter_handler(AdValue exc);
void ad_exc_exit_handler(AdValue previous);
/** The exception being handled, or 0. */
AdValue ad_exc_handled(void);

/** isinstance(exc, type) for `except type:`; validates that `type` is an exception class or a
 *  tuple of them ("catching classes that do not inherit from BaseException is not allowed").
 *  Returns 1, 0, or -1 on error. */
int ad_exc_matches(AdValue exc, AdValue type);

/** Prepend a traceback entry for `frame` at `line` to the current exception. */
void ad_traceback_add(const AdFrameInfo *frame, int64_t line);
/** Print an exception with its traceback and chained exceptions to stderr, as CPython does. */
void ad_print_exception(AdValue exc);
/**
 * Handle the uncaught current exception at program end: SystemExit gives its code (printing a
 * non-int code to stderr); anything else is printed with its traceback and gives 1. Flushes
 * stdout first. Returns the process exit status.
 */
int ad_handle_uncaught(void);

/** Create an instance of an exception type with the given args (no exception is set). */
AdValue ad_exception_new(AdType *type, const AdValue *args, size_t nargs);

/* The three "variable" errors with CPython's messages; each returns AD_ERROR. */
AdValue ad_err_name(AdValue name);          /* NameError: name 'x' is not defined */
AdValue ad_err_unbound_local(AdValue name); /* UnboundLocalError: cannot access local variable … */
AdValue ad_err_unbound_free(AdValue name);  /* NameError: cannot access free variable … */
/** NameError as ad_err_name, with what CPython's "Did you mean: 'print'?" hint on the uncaught
 *  traceback searches: the frame's local variable names (a tuple of strs, or 0), then its
 *  globals (a dict, or any iterable of the names bound in the module, or 0); the builtins are
 *  searched last. */
AdValue ad_err_name_in(AdValue name, AdValue globals, AdValue varnames);
/** The same context attached to the pending NameError after the fact: call it on the error path
 *  when ad_err_name or ad_load_global_fallback failed. Does nothing for other exceptions. */
void ad_err_name_context(AdValue globals, AdValue varnames);
/** After raising an AttributeError for `obj.name`: record name and obj on it (AttributeError.name
 *  and .obj, which also give the traceback its "Did you mean" hint). */
void ad_err_attribute_info(AdValue obj, AdValue name);

/* ========================================================================================== */
/* MARK: Abstract object protocols                                                             */
/* ========================================================================================== */

AdValue ad_repr(AdValue v);
AdValue ad_str(AdValue v);
AdValue ad_ascii(AdValue v);
/** format(v, spec): `spec` is a str (possibly empty). */
AdValue ad_format(AdValue v, AdValue spec);
/** hash(v), or -1 with TypeError "unhashable type: 'list'". */
int64_t ad_hash(AdValue v);
/** Truth value: 1, 0, or -1 on error. */
int ad_truth(AdValue v);

/** a OP b for an AdBinOp, with CPython's dispatch (reflected operands, subclasses first) and its
 *  message "unsupported operand type(s) for +: 'int' and 'str'". */
AdValue ad_binop(int op, AdValue a, AdValue b);
/** a OP= b: the in-place slot if there is one, else ad_binop. */
AdValue ad_inplace(int op, AdValue a, AdValue b);
AdValue ad_add(AdValue a, AdValue b);
AdValue ad_sub(AdValue a, AdValue b);
AdValue ad_mul(AdValue a, AdValue b);
AdValue ad_truediv(AdValue a, AdValue b);
AdValue ad_floordiv(AdValue a, AdValue b);
AdValue ad_mod(AdValue a, AdValue b);
AdValue ad_pow(AdValue a, AdValue b);
AdValue ad_neg(AdValue v);
AdValue ad_pos(AdValue v);
AdValue ad_invert(AdValue v);
AdValue ad_abs(AdValue v);
/** `not v` as a bool object. */
AdValue ad_not(AdValue v);

/** a OP b for an AdCmpOp: the result object (usually a bool). */
AdValue ad_compare(AdValue a, AdValue b, int op);
/** The truth of a OP b: 1, 0, or -1 on error. Equal to ad_truth(ad_compare(...)). */
int ad_compare_bool(AdValue a, AdValue b, int op);
/** a == b as containers compare: identity first, then __eq__. 1, 0, or -1. */
int ad_eq(AdValue a, AdValue b);
/** `item in container`: 1, 0, or -1. */
int ad_contains(AdValue container, AdValue item);

AdValue ad_getitem(AdValue obj, AdValue key);
int ad_setitem(AdValue obj, AdValue key, AdValue value);
int ad_delitem(AdValue obj, AdValue key);
/** len(v), or -1 ("object of type 'int' has no len()"). */
int64_t ad_len(AdValue v);

/** Attribute access. `name` is a str. */
AdValue ad_getattr(AdValue obj, AdValue name);
AdValue ad_getattr_cstr(AdValue obj, const char *name);
int ad_setattr(AdValue obj, AdValue name, AdValue value);
int ad_delattr(AdValue obj, AdValue name);
/** Like ad_getattr but returns 0 with no exception when the attribute does not exist. */
AdValue ad_getattr_opt(AdValue obj, AdValue name);
/** The default attribute lookup: type MRO (descriptors), then the instance dict. */
AdValue ad_generic_getattr(AdValue obj, AdValue name);
/** The default attribute assignment (value 0: deletion): a data descriptor of the type, else the
 *  instance dict (when the type has dict_offset), else AttributeError. The setattr slot NULL means
 *  this. */
int ad_generic_setattr(AdValue obj, AdValue name, AdValue value);

/** iter(v) ("'int' object is not iterable"). */
AdValue ad_iter(AdValue v);
/** next(it): a value, AD_STOP when exhausted (no exception set), or AD_ERROR. */
AdValue ad_next(AdValue it);

/** The integer value of an index (__index__), clamped into int64 or raising `overflow_type`
 *  (NULL: clamp silently). Returns -1 with an exception set on error (check ad_err_occurred). */
int64_t ad_index_value(AdValue v, AdType *overflow_type);
/** operator.index(v): an int, or TypeError "'float' object cannot be interpreted as an integer". */
AdValue ad_index(AdValue v);
/** A Py_ssize_t argument of a builtin method as Argument Clinic converts it (str.center(width),
 *  list.pop(i)): OverflowError "Python int too large to convert to C ssize_t" where
 *  ad_index_value would say "cannot fit 'int' into an index-sized integer". Returns 0 or -1. */
int ad_ssize_arg(AdValue v, int64_t *out);

/** isinstance(v, t) for a type t (no tuples). */
static inline int ad_isinstance_type(AdValue v, AdType *t) {
    AdType *vt = ad_type(v);
    return vt == t || ad_type_is_subtype(vt, t);
}
/** isinstance(v, cls) where cls is a type or a tuple of types: 1, 0, or -1. */
int ad_isinstance(AdValue v, AdValue cls);
int ad_issubclass(AdValue sub, AdValue cls);

/* ========================================================================================== */
/* MARK: Calls, functions and argument binding                                                 */
/* ========================================================================================== */

/** callable(*args, **kw) in the vectorcall convention ("'int' object is not callable"). */
AdValue ad_call(AdValue callable, const AdValue *args, size_t nargs, AdValue kwnames);
/** obj.name(*args, **kw) without creating a bound method when the attribute is a method. */
AdValue ad_call_method(AdValue obj, AdValue name, const AdValue *args, size_t nargs, AdValue kwnames);
/**
 * CPython's LOAD_METHOD, for engines that keep a free slot before the arguments: when obj.name is a
 * method found on the type (a Python function or a C method descriptor, not shadowed by the
 * instance dict), returns that unbound callable and sets *self_out = obj — call it with obj
 * prepended. Otherwise returns the attribute itself (already bound) and sets *self_out = 0.
 * AD_ERROR on error.
 */
AdValue ad_load_method(AdValue obj, AdValue name, AdValue *self_out);
/** callable(*args, **kwdict): `args` is a tuple, or any iterable ("__main__.f() argument after *
 *  must be an iterable, not int"); `kwargs` a dict of str keys or 0. */
AdValue ad_call_ex(AdValue callable, AdValue args, AdValue kwargs);
/** How CPython names a callable in call errors: "__main__.f()", "len()", "list.append()". */
AdValue ad_function_str(AdValue callable);
/** Convenience: call with 0, 1 or 2 positional arguments. */
AdValue ad_call0(AdValue callable);
AdValue ad_call1(AdValue callable, AdValue a);
AdValue ad_call2(AdValue callable, AdValue a, AdValue b);

/** The recursion depth (frames entered) and its limit; a plain global so generated code can reach
 *  it. ad_function_call counts each call; an engine running the module body counts that frame too
 *  (depth 1 while the module runs), so that CPython's 1000-frame limit falls at the same call.
 *  repr, str and rich comparisons of containers also count, as in CPython 3.11. */
extern int64_t ad_call_depth;
extern int64_t ad_recursion_limit;
/** Raise RecursionError ("maximum recursion depth exceeded"). Returns AD_ERROR. */
AdValue ad_err_recursion(void);

typedef struct AdFunction AdFunction;
/**
 * The entry point of a compiled function: `params` holds exactly `code->nparams` values — the
 * positional parameters, then the keyword-only ones, then the *args tuple and the **kwargs dict if
 * the function has them — already bound and defaulted.
 */
typedef AdValue (*AdEntryFn)(AdFunction *fn, const AdValue *params);

enum {
    AD_CODE_VARARGS = 1,       /* has *args */
    AD_CODE_VARKEYWORDS = 2,   /* has **kwargs */
    AD_CODE_GENERATOR = 4,     /* contains yield: calling it makes a generator (generators.c) */
};

/* A generator's frame (code->frame_size values): the parameters, then these, then engine storage. */
enum {
    AD_GEN_STATE = 0,          /* frame[nparams + 0]: 0 not started, a resume point, or FINISHED */
    AD_GEN_SENT = 1,           /* frame[nparams + 1]: the value sent in (None for next) */
    AD_GEN_THROWN = 2,         /* frame[nparams + 2]: the exception thrown in, or 0 */
    AD_GEN_HEADER = 3,         /* values before the engine's storage */
    AD_GEN_FINISHED = -1,
};

/** The static description of a compiled function: its parameters and its entry point. */
typedef struct AdCode {
    AdFrameInfo frame;         /* name (co_name) and file, for tracebacks */
    const char *qualname;      /* for argument errors: "f", "outer.<locals>.g" */
    int32_t firstlineno;
    int32_t nposonly;          /* positional-only parameters (a prefix of the positional ones) */
    int32_t npositional;       /* positional parameters, including positional-only */
    int32_t nkwonly;           /* keyword-only parameters */
    int32_t nparams;           /* npositional + nkwonly + (varargs) + (varkw) */
    uint32_t flags;            /* AD_CODE_* */
    AdValue *param_names;      /* nparams interned strs, in uncollectable memory */
    AdEntryFn entry;
    void *engine_data;         /* the engine's own code object (the interpreter's bytecode) */
    int64_t frame_size;        /* generators: the values of a suspended frame (see AD_GEN_*) */
} AdCode;

/** A Python function object (`def`, `lambda`). */
struct AdFunction {
    AdObject ob;
    AdCode *code;
    AdValue defaults;          /* tuple of defaults for the last positional parameters, or 0 */
    AdValue kwdefaults;        /* dict of keyword-only defaults, or 0 */
    AdValue closure;           /* tuple of cells, or 0 */
    AdValue name;              /* str: __name__ */
    AdValue qualname;          /* str: __qualname__ */
    AdValue doc;               /* __doc__, or 0 */
    AdValue dict;              /* __dict__, or 0 */
    AdValue module;            /* __module__ once assigned, or 0 (then: the defining module's name) */
    AdValue annotations;       /* __annotations__ (a dict) once read or assigned, or 0 */
};

/** The name of the imported module compiled from `filename`, or 0 (e.g. the main program's file). */
AdValue ad_module_name_of_file(const char *filename);
/** Create a function object (`defaults`, `kwdefaults`, `closure` may be 0). */
AdValue ad_function_new(AdCode *code, AdValue defaults, AdValue kwdefaults, AdValue closure);
/**
 * Bind call arguments to `fn`'s parameters into `params` (code->nparams slots), applying defaults
 * and collecting *args / **kwargs, with CPython's TypeErrors ("f() missing 1 required positional
 * argument: 'x'", "f() takes 2 positional arguments but 3 were given", …). Returns 0 or -1.
 */
int ad_bind_arguments(AdFunction *fn, const AdValue *args, size_t nargs, AdValue kwnames, AdValue *params);
/** Call a function object: binds the arguments, counts the depth, and calls the entry. */
AdValue ad_function_call(AdValue fn, const AdValue *args, size_t nargs, AdValue kwnames);

/** A builtin function or a method bound to `self`. */
typedef struct AdBuiltin {
    AdObject ob;
    const AdMethodDef *def;
    AdValue self;
} AdBuiltin;
AdValue ad_builtin_new(const AdMethodDef *def, AdValue self);

/**
 * Argument parsing for C functions. `spec` names the parameters: "name1,name2|name3,$kw1,$kw2":
 * names before `|` are required, `$` marks keyword-only, a leading `/`-terminated group
 * ("a,b/,c") is positional-only. On success `out[i]` holds each parameter's value, or 0 when an
 * optional one was not given. Raises CPython-style TypeErrors naming `fname`. Returns 0 or -1.
 */
int ad_parse_args(const char *fname, const AdValue *args, size_t nargs, AdValue kwnames,
                  const char *spec, AdValue *out);
/** For functions that take no keywords: "f() takes no keyword arguments". Returns 0 or -1. */
int ad_check_no_kwargs(const char *fname, AdValue kwnames);
/** For positional-only arity: CPython's "f expected at most 2 arguments, got 3" family. 0 or -1. */
int ad_check_nargs(const char *fname, size_t nargs, size_t min, size_t max);

/* ========================================================================================== */
/* MARK: Cells, globals and the support the engines need                                       */
/* ========================================================================================== */

/** A closure cell: `value` is 0 while the variable is unbound. */
typedef struct AdCell {
    AdObject ob;
    AdValue value;
} AdCell;
AdValue ad_cell_new(AdValue value);

/** Look a name up in the builtins; returns the value or 0 (no exception set). */
AdValue ad_builtin_lookup(AdValue name);
/** A global that is unbound in the module: the builtin of that name, or NameError. */
AdValue ad_load_global_fallback(AdValue name);

/** Unpack exactly `n` values from an iterable into a tuple ("not enough values to unpack
 *  (expected 3, got 2)", "too many values to unpack (expected 2)"). A tuple of length n is
 *  returned as-is. */
AdValue ad_unpack(AdValue v, int64_t n);
/** Unpack with a starred target: a tuple of `before` values, a list, then `after` values. */
AdValue ad_unpack_star(AdValue v, int64_t before, int64_t after);

/** Pattern-matching checks: 1 if `v` is a sequence / mapping for `match` purposes, else 0. */
int ad_match_is_sequence(AdValue v);
int ad_match_is_mapping(AdValue v);

/** import NAME (builtin modules only for now): the module, or ModuleNotFoundError. */
AdValue ad_import(AdValue name);
/** from MODULE import NAME ("cannot import name 'x' from 'math' (unknown location)"). */
AdValue ad_import_from(AdValue module, AdValue name);

/** A module object. */
typedef struct AdModule {
    AdObject ob;
    AdValue name;
    AdValue dict;
} AdModule;
AdValue ad_module_new(const char *name);
/** Add the methods of a table to a module's dict. */
void ad_module_add_functions(AdValue module, const AdMethodDef *methods);
int ad_module_add(AdValue module, const char *name, AdValue value);

/** The builtins module and its dict. */
extern AdValue ad_builtins_module;

/** Write to sys.stdout / sys.stderr (buffered; flushed at exit and by flush()). */
int ad_write_stdout(const char *s, size_t len);
int ad_write_stderr(const char *s, size_t len);
/** print(*args, sep=, end=, file=, flush=) as a C function (the builtin's implementation). */
AdValue ad_builtin_print(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames);

/* ========================================================================================== */
/* MARK: Numbers: int, bool, float, complex                                                    */
/* ========================================================================================== */

/** Ints: small (tagged) or big (GMP, opaque). Every function accepts bools as 0 and 1. */
AdValue ad_int_from_i64(int64_t i);
AdValue ad_int_from_u64(uint64_t i);
/** From decimal digits with an optional leading '-' (constants of the program). */
AdValue ad_int_from_decimal(const char *digits);
/** int(str, base) parsing: Python's literal rules (underscores, whitespace, base 0 prefixes),
 *  "invalid literal for int() with base 10: 'x'". */
AdValue ad_int_from_str(AdValue s, int base);
/** int(float): OverflowError for infinities, ValueError for NaN. */
AdValue ad_int_from_double(double d);
/** 1 if v is an int (small, big or bool). */
int ad_is_int(AdValue v);
/** Convert an int to int64: 0 on success, -1 if it does not fit (no exception set). */
int ad_int_to_i64(AdValue v, int64_t *out);
/** int to double ("int too large to convert to float" OverflowError): -1.0 and error set on failure. */
double ad_int_to_double(AdValue v);
/** Decimal (or other base 2..36) text of an int, as a str ("Exceeds the limit (4300 digits) …"). */
AdValue ad_int_to_str(AdValue v, int base);
/** Sign: -1, 0, 1. */
int ad_int_sign(AdValue v);

/* Slow paths for the inline small-int fast paths of generated code: both operands are ints. */
AdValue ad_int_add(AdValue a, AdValue b);
AdValue ad_int_sub(AdValue a, AdValue b);
AdValue ad_int_mul(AdValue a, AdValue b);
AdValue ad_int_floordiv(AdValue a, AdValue b);
AdValue ad_int_mod(AdValue a, AdValue b);
int ad_int_compare(AdValue a, AdValue b);   /* -1, 0, 1 */

/** hex()/oct()/bin() text of an int: base 16, 8 or 2 with its prefix after the sign ("-0x1f"). */
AdValue ad_int_to_prefixed_str(AdValue v, int base);
/** pow(a, b, m) for three ints ("pow() 3rd argument cannot be 0", "base is not invertible for
 *  the given modulus"); the result has the sign of m. */
AdValue ad_int_pow3(AdValue a, AdValue b, AdValue m);
/** divmod(a, b) when both are ints or floats (a tuple, with CPython's errors "integer division or
 *  modulo by zero" / "float divmod()"); AD_NOTIMPL for any other operands. */
AdValue ad_num_divmod(AdValue a, AdValue b);
/** The int max str digits limit (sys.get_int_max_str_digits / set_int_max_str_digits: 0 or
 *  >= 640, else ValueError "maxdigits must be 0 or larger than 640"; returns 0 or -1). */
int64_t ad_int_get_max_str_digits(void);
int ad_int_set_max_str_digits(int64_t n);

/** Boxed floats. */
typedef struct AdFloat {
    AdObject ob;
    double value;
} AdFloat;
AdValue ad_float(double d);
static inline double ad_float_val(AdValue v) { return AD_AS(AdFloat, v)->value; }
/** float(x) conversion of any number or string: -1.0 with an error set on failure (check ad_err_occurred). */
double ad_as_double(AdValue v);
/** A number (float, int, __float__, __index__; not a str) as a double, as the math functions
 *  take their arguments: TypeError "must be real number, not str". -1.0 with an error set on failure. */
double ad_num_as_double(AdValue v);
/** The shortest repr of a double that round-trips, as CPython prints it ("0.1", "1e+16", "inf").
 *  `buf` must hold 32 bytes; returns the length. */
int ad_double_repr(double d, char *buf);
/** CPython's hash of a double. */
int64_t ad_double_hash(double d);

/** Complex numbers. */
typedef struct AdComplex {
    AdObject ob;
    double real, imag;
} AdComplex;
AdValue ad_complex(double real, double imag);

/** The `math` module, created on first import. */
AdValue ad_math_module_create(void);

/* ========================================================================================== */
/* MARK: Strings and bytes                                                                     */
/* ========================================================================================== */

/**
 * A str is a sequence of code points. `kind` 1: every code point is below 128 and `data` holds
 * one byte each, NUL-terminated (so ASCII text is also valid UTF-8 and a C string). `kind` 4:
 * `data` holds uint32_t code points. The kind is canonical: a str is kind 1 iff it is ASCII.
 */
typedef struct AdStr {
    AdObject ob;
    int64_t length;            /* in code points */
    int64_t hash;              /* -1 until computed */
    uint8_t kind;              /* 1 or 4 */
    uint8_t interned;          /* 1: in the intern table; other values are private to str.c */
    _Alignas(8) unsigned char data[];
} AdStr;

static inline int64_t ad_str_len(AdValue s) { return AD_AS(AdStr, s)->length; }
static inline uint32_t ad_str_char(AdValue s, int64_t i) {
    AdStr *p = AD_AS(AdStr, s);
    return p->kind == 1 ? p->data[i] : ((const uint32_t *)p->data)[i];
}
static inline int ad_is_str(AdValue v) { return !ad_is_small(v) && ad_isinstance_type(v, &ad_str_type); }

/** From UTF-8 (WTF-8 accepted: lone surrogates are kept as code points). */
AdValue ad_str_from_utf8(const char *s, size_t len);
AdValue ad_str_from_cstr(const char *s);
/** From code points. */
AdValue ad_str_from_ucs4(const uint32_t *cps, size_t len);
/** The interned str for a C string: the same object for the same text. */
AdValue ad_str_intern_cstr(const char *s);
AdValue ad_str_intern(AdValue s);
/** The UTF-8 encoding of a str (surrogates encoded as WTF-8); NUL-terminated; `len` may be NULL.
 *  For ASCII strs this is the str's own data (do not modify). */
const char *ad_str_utf8(AdValue s, size_t *len);
AdValue ad_str_concat(AdValue a, AdValue b);
/**
 * `s += t` / `s = s + t` for strs, amortized linear over a loop of appends as in CPython: results
 * get spare capacity and the next call extends them in place. Only strs made by this function
 * are ever extended, and the runtime itself stops extending one as soon as it hands it out a
 * second time (str operations that return their operand unchanged, iterators over it). The
 * caller must guarantee the rest: since the previous ad_str_concat_unique produced the value of
 * `s`, it was not stored anywhere else (another variable, a container, an attribute, a global, a
 * closure cell, a call argument that may keep it, a bound method `s.m` that outlives the call).
 */
AdValue ad_str_concat_unique(AdValue s, AdValue t);
/** Concatenate `n` strs. */
AdValue ad_str_join_array(const AdValue *parts, size_t n);
/** Equality of two strs (not subclasses): 1 or 0. */
int ad_str_eq(AdValue a, AdValue b);
int ad_str_eq_cstr(AdValue s, const char *c);
/** The repr of a str ('...' with CPython's quote choice and escapes). */
AdValue ad_str_repr(AdValue s);

/** A growable buffer for building strs. The fields are private to str.c (the buffer holds bytes
 *  while the text is ASCII, code points after that); use the functions. */
typedef struct AdStrBuilder {
    uint32_t *buf;
    size_t len, cap;
    uint32_t max_char;
} AdStrBuilder;
void ad_sb_init(AdStrBuilder *sb);
void ad_sb_append_char(AdStrBuilder *sb, uint32_t cp);
void ad_sb_append_utf8(AdStrBuilder *sb, const char *s, size_t len);
void ad_sb_append_cstr(AdStrBuilder *sb, const char *s);
void ad_sb_append_str(AdStrBuilder *sb, AdValue s);
AdValue ad_sb_finish(AdStrBuilder *sb);

/** `fmt % args` for strs. */
AdValue ad_str_mod(AdValue fmt, AdValue args);
/** Format-spec mini-language helpers used by int/float/complex/str __format__. */
AdValue ad_format_int(AdValue v, AdValue spec);
AdValue ad_format_float(double d, AdValue spec);
AdValue ad_format_str(AdValue s, AdValue spec);

/** Bytes. */
typedef struct AdBytes {
    AdObject ob;
    int64_t length;
    int64_t hash;
    _Alignas(8) unsigned char data[];
} AdBytes;
AdValue ad_bytes_from(const void *data, size_t len);
/** The contents of a bytes-like object (bytes, bytearray and their subclasses): 1 with *data and
 *  *len set, else 0. A bytearray's data may move when it changes. */
int ad_bytes_like(AdValue v, const unsigned char **data, int64_t *len);

/* ========================================================================================== */
/* MARK: Containers and iterators                                                              */
/* ========================================================================================== */

typedef struct AdList {
    AdObject ob;
    int64_t len;
    int64_t cap;
    AdValue *items;
} AdList;

typedef struct AdTuple {
    AdObject ob;
    int64_t len;
    AdValue items[];
} AdTuple;

static inline int64_t ad_tuple_len(AdValue t) { return AD_AS(AdTuple, t)->len; }
static inline AdValue ad_tuple_get(AdValue t, int64_t i) { return AD_AS(AdTuple, t)->items[i]; }

AdValue ad_list_new(int64_t capacity);
AdValue ad_list_from_array(const AdValue *items, size_t n);
/** list(iterable). */
AdValue ad_list_from_iterable(AdValue iterable);
int ad_list_append(AdValue list, AdValue v);
/** list.extend(iterable); for `[*x]` the error is "Value after * must be an iterable, not int". */
int ad_list_extend(AdValue list, AdValue iterable);
/** Stable sort with optional key function (0 for none), as list.sort. Returns 0 or -1. */
int ad_list_sort(AdValue list, AdValue key, int reverse);

/** A tuple with `n` slots to be filled by the caller (all 0 until then). */
AdValue ad_tuple_new(int64_t n);
AdValue ad_tuple_from_array(const AdValue *items, size_t n);
AdValue ad_tuple_from_iterable(AdValue iterable);
extern AdValue ad_empty_tuple;

AdValue ad_dict_new(void);
/** Lookup: 1 and *out set if found, 0 if missing, -1 on error (unhashable key). */
int ad_dict_lookup(AdValue dict, AdValue key, AdValue *out);
int ad_dict_set(AdValue dict, AdValue key, AdValue value);
/** Delete: 1 deleted, 0 missing (no exception), -1 error. */
int ad_dict_del(AdValue dict, AdValue key);
AdValue ad_dict_get_cstr(AdValue dict, const char *key);
int ad_dict_set_cstr(AdValue dict, const char *key, AdValue value);
int64_t ad_dict_len(AdValue dict);
/** Iterate: start with *pos = 0; returns 1 with key and value set, or 0 at the end. */
int ad_dict_next(AdValue dict, int64_t *pos, AdValue *key, AdValue *value);
/** dict.update(other) for a mapping or an iterable of pairs. */
int ad_dict_update(AdValue dict, AdValue other);
/** `{**m}` in a display ("'int' object is not a mapping"). */
int ad_dict_merge(AdValue dict, AdValue mapping);
/** `f(**m)`: merge keyword arguments, rejecting duplicates as CPython does for calls. */
int ad_dict_merge_kwargs(AdValue dict, AdValue mapping, AdValue callable);

AdValue ad_set_new(void);
AdValue ad_frozenset_new(AdValue iterable_or_0);
int ad_set_add(AdValue set, AdValue v);
/** 1, 0, or -1. */
int ad_set_contains(AdValue set, AdValue v);
int ad_set_update(AdValue set, AdValue iterable);

/** The guard of recursive reprs ("[...]", "{...}"): returns 1 if `v` is already being printed by
 *  an enclosing repr (print the ellipsis form), 0 after marking it (call ad_repr_leave when done),
 *  -1 on error. */
int ad_repr_enter(AdValue v);
void ad_repr_leave(AdValue v);

/** The iterator types the builtins module binds (enumerate, zip, map, filter, reversed) and the
 *  ones iter() makes. */
extern AdType ad_enumerate_type, ad_zip_type, ad_map_type, ad_filter_type, ad_reversed_type;
extern AdType ad_seq_iter_type, ad_callable_iter_type;
/** iter(seq) for a type with __getitem__ but no __iter__: seq[0], seq[1], … until IndexError. */
AdValue ad_seq_iter_new(AdValue seq);
/** iter(callable, sentinel). */
AdValue ad_callable_iter_new(AdValue callable, AdValue sentinel);
/** reversed(seq): seq.__reversed__() or a reverse iterator over len/getitem
 *  ("'set' object is not reversible"). */
AdValue ad_reversed(AdValue seq);

/** The list and range iterators, public so that engines can step them inline (ad_fast_iter_next). */
typedef struct AdListIter {
    AdObject ob;
    AdValue seq;               /* the list; 0 once exhausted */
    int64_t index;
} AdListIter;
typedef struct AdRangeIter {
    AdObject ob;
    int64_t next;              /* the next value */
    int64_t step;
    int64_t remaining;         /* values left */
} AdRangeIter;
extern AdType ad_list_iter_type, ad_range_iter_type;

/** next(it) inline for list and range iterators: the value or AD_STOP; 0 (no exception) when the
 *  fast path does not apply (another iterator, or a value outside the small-int range). */
static inline AdValue ad_fast_iter_next(AdValue it) {
    if (ad_is_small(it)) return 0;
    AdType *t = AD_OBJ(it)->type;
    if (t == &ad_range_iter_type) {
        AdRangeIter *r = AD_AS(AdRangeIter, it);
        if (r->remaining <= 0) return AD_STOP;
        int64_t v = r->next;
        if (!ad_fits_small(v)) return 0;
        r->remaining--;
        r->next = (int64_t)((uint64_t)v + (uint64_t)r->step); /* may wrap after the last value */
        return ad_small(v);
    }
    if (t == &ad_list_iter_type) {
        AdListIter *li = AD_AS(AdListIter, it);
        if (!li->seq) return AD_STOP;
        AdList *l = AD_AS(AdList, li->seq);
        if (li->index < l->len) return l->items[li->index++];
        li->seq = 0;
        return AD_STOP;
    }
    return 0;
}

/** range(start, stop, step) with CPython's argument checks; `start` 0 means 0 and `step` 0 means 1. */
AdValue ad_range_new(AdValue start, AdValue stop, AdValue step);
AdValue ad_slice_new(AdValue start, AdValue stop, AdValue step);
/** Resolve a slice against a sequence length (as PySlice_GetIndicesEx); returns the slice length,
 *  or -1 on error. */
int64_t ad_slice_indices(AdValue slice, int64_t length, int64_t *start, int64_t *stop, int64_t *step);

/* ========================================================================================== */
/* MARK: Classes (classes.c)                                                                   */
/* ========================================================================================== */

/** Generators (generators.c). */
extern AdType ad_generator_type;
/** A generator for a call of `function` whose frame (code->frame_size values, collected memory)
 *  already holds the bound parameters. */
AdValue ad_generator_new(AdValue function, AdValue *frame);
/** One step of `yield from iterator`: send `sent` (None: next) — the next value, or AD_STOP when
 *  it finished, after which ad_yield_from_result gives its return value. */
AdValue ad_yield_from_step(AdValue iterator, AdValue sent);
AdValue ad_yield_from_result(void);

/** The super type (its instances search the MRO after a class). */
extern AdType ad_super_type;
/** type.__new__(meta, name, bases, namespace): a class. */
AdValue ad_class_new(AdType *meta, AdValue name, AdValue bases, AdValue ns);
/** After `name` was set on (or deleted from) a class: route its slot to the dunder if `name` is one. */
void ad_class_update_slot(AdType *type, AdValue name);
/** `with manager:` — look up __enter__ and __exit__ (CPython's "does not support the context
 *  manager protocol" errors), call __enter__; returns the tuple (bound __exit__, __enter__'s value). */
AdValue ad_with_enter(AdValue manager);
/** Call a bound __exit__: with (None, None, None) when `exc` is 0, else with the exception's type,
 *  value and traceback. Returns its result. */
AdValue ad_with_exit(AdValue exit, AdValue exc);

/* ========================================================================================== */
/* MARK: Engine support: fast paths and the interpreter's register stack                       */
/* ========================================================================================== */

/* Fast paths shared by the engines. Each returns AD_ERROR (0) *without* setting an exception when
 * it does not apply (an operand is not a small int / exact float, or the result overflows), and
 * the caller then calls the generic function (ad_add, ad_compare_bool, …). */

static inline int ad_is_exact(AdValue v, AdType *t) { return !ad_is_small(v) && AD_OBJ(v)->type == t; }

/* The singletons as functions, for languages that cannot use the macros (Swift). */
static inline AdValue ad_none_value(void) { return AD_NONE; }
static inline AdValue ad_true_value(void) { return AD_TRUE; }
static inline AdValue ad_false_value(void) { return AD_FALSE; }
static inline AdValue ad_ellipsis_value(void) { return AD_ELLIPSIS; }
static inline AdValue ad_notimpl_value(void) { return AD_NOTIMPL; }
static inline AdType *ad_function_type_ptr(void) { return &ad_function_type; }

static inline AdValue ad_fast_add(AdValue a, AdValue b) {
    int64_t r;
    if ((a & b & 1) && !__builtin_add_overflow((int64_t)a, (int64_t)(b - 1), &r)) return (AdValue)r;
    if (ad_is_exact(a, &ad_float_type) && ad_is_exact(b, &ad_float_type)) return ad_float(ad_float_val(a) + ad_float_val(b));
    return 0;
}

static inline AdValue ad_fast_sub(AdValue a, AdValue b) {
    int64_t r;
    if ((a & b & 1) && !__builtin_sub_overflow((int64_t)a, (int64_t)(b - 1), &r)) return (AdValue)r;
    if (ad_is_exact(a, &ad_float_type) && ad_is_exact(b, &ad_float_type)) return ad_float(ad_float_val(a) - ad_float_val(b));
    return 0;
}

static inline AdValue ad_fast_mul(AdValue a, AdValue b) {
    int64_t r;
    if ((a & b & 1) && !__builtin_mul_overflow(ad_small_val(a), (int64_t)(b - 1), &r)) return (AdValue)(r + 1);
    if (ad_is_exact(a, &ad_float_type) && ad_is_exact(b, &ad_float_type)) return ad_float(ad_float_val(a) * ad_float_val(b));
    return 0;
}

/* True division of floats, and of small ints both below 2**53 in magnitude (exact as doubles, so
 * one IEEE division rounds correctly); 0 for a zero divisor and for other operands. */
static inline AdValue ad_fast_truediv(AdValue a, AdValue b) {
    if (ad_is_exact(a, &ad_float_type) && ad_is_exact(b, &ad_float_type)) {
        double y = ad_float_val(b);
        return y != 0.0 ? ad_float(ad_float_val(a) / y) : 0;
    }
    if (a & b & 1) {
        int64_t x = ad_small_val(a), y = ad_small_val(b);
        const int64_t exact = INT64_C(1) << 53;
        if (y != 0 && x > -exact && x < exact && y > -exact && y < exact) return ad_float((double)x / (double)y);
    }
    return 0;
}

/* Floor division and modulo of small ints (Python's signs); 0 for a zero divisor (the generic
 * path raises) and for anything but two small ints. */
static inline AdValue ad_fast_floordiv(AdValue a, AdValue b) {
    if (!(a & b & 1) || b == ad_small(0)) return 0;
    int64_t x = ad_small_val(a), y = ad_small_val(b);
    int64_t q = x / y;
    if ((x % y != 0) && ((x < 0) != (y < 0))) q -= 1;
    return ad_fits_small(q) ? ad_small(q) : 0;
}

static inline AdValue ad_fast_mod(AdValue a, AdValue b) {
    if (!(a & b & 1) || b == ad_small(0)) return 0;
    int64_t x = ad_small_val(a), y = ad_small_val(b);
    int64_t m = x % y;
    if (m != 0 && ((m < 0) != (y < 0))) m += y;
    return ad_small(m);
}

/* Comparison of two small ints or two exact floats: 1 or 0, or -1 when the fast path does not apply. */
static inline int ad_fast_compare(AdValue a, AdValue b, int op) {
    if (a & b & 1) {
        int64_t x = (int64_t)a, y = (int64_t)b;
        switch (op) {
        case AD_LT: return x < y;
        case AD_LE: return x <= y;
        case AD_EQ: return x == y;
        case AD_NE: return x != y;
        case AD_GT: return x > y;
        default: return x >= y;
        }
    }
    if (ad_is_exact(a, &ad_float_type) && ad_is_exact(b, &ad_float_type)) {
        double x = ad_float_val(a), y = ad_float_val(b);
        switch (op) {
        case AD_LT: return x < y;
        case AD_LE: return x <= y;
        case AD_EQ: return x == y;
        case AD_NE: return x != y;
        case AD_GT: return x > y;
        default: return x >= y;
        }
    }
    return -1;
}

/* Truth of bools, None and small ints: 1 or 0, or -1 when the fast path does not apply. */
static inline int ad_fast_truth(AdValue v) {
    if (v == AD_TRUE) return 1;
    if (v == AD_FALSE || v == AD_NONE) return 0;
    if (ad_is_small(v)) return v != ad_small(0);
    return -1;
}

/* list[i] for a list and a small int index in range; 0 otherwise. */
static inline AdValue ad_fast_list_getitem(AdValue list, AdValue index) {
    if (!(index & 1) || !ad_is_exact(list, &ad_list_type)) return 0;
    AdList *l = AD_AS(AdList, list);
    int64_t i = ad_small_val(index);
    if (i < 0) i += l->len;
    if ((uint64_t)i >= (uint64_t)l->len) return 0;
    return l->items[i];
}

/** Mapping patterns: the values of `keys` (a tuple) in `subject` as a tuple, or None if one is
 *  missing ("mapping pattern checks duplicate key ('a')"); and a dict of the other items. */
AdValue ad_match_keys(AdValue subject, AdValue keys);
AdValue ad_match_rest(AdValue subject, AdValue keys);
/** Class patterns: if `subject` is an instance of `cls`, a tuple of the values its `positional`
 *  sub-patterns (by __match_args__, or the subject itself for bool, bytes, dict, float, frozenset,
 *  int, list, set, str and tuple) and keyword sub-patterns (attributes named by the tuple
 *  `kwnames`, or 0) match against; None if it is not an instance or an attribute is missing. */
AdValue ad_match_class(AdValue subject, AdValue cls, int64_t positional, AdValue kwnames);

/* list[i] = v for a list and a small int index in range: 1 done, 0 when the fast path does not apply. */
static inline int ad_fast_list_setitem(AdValue list, AdValue index, AdValue value) {
    if (!(index & 1) || !ad_is_exact(list, &ad_list_type)) return 0;
    AdList *l = AD_AS(AdList, list);
    int64_t i = ad_small_val(index);
    if (i < 0) i += l->len;
    if ((uint64_t)i >= (uint64_t)l->len) return 0;
    l->items[i] = value;
    return 1;
}

/* Compiled programs (compiled.c). */

/** Materialize constants from a blob in the format of the bytecode cache's constant section
 *  (u32 count, then tagged constants) into `out`, which the collector must scan. 0 or -1. */
int ad_load_constants(const uint8_t *blob, size_t len, AdValue *out);
/** {a, b, …} and {k: v, …} from staged items (n values; n/2 pairs for dicts). */
AdValue ad_build_set(const AdValue *items, size_t n);
AdValue ad_build_dict(const AdValue *items, size_t n);
/** tuple(list) (any iterable works). */
AdValue ad_list_as_tuple(AdValue list);
/** `a + b` (inplace 0) or `a += b` (inplace 1) where a str `a` may be extended in place. */
AdValue ad_concat_unique_or_add(AdValue a, AdValue b, int inplace);
/** Raise the error of an unbound variable: kind 0 local, 1 free, 2 name. Returns AD_ERROR. */
AdValue ad_raise_unbound(AdValue name, int kind);
/** A name in a class body's namespace: its value, or 0 (no exception) when it is not there; and
 *  `del name` there (NameError "name 'x' is not defined" when missing; 0 or -1). */
AdValue ad_ns_get(AdValue ns, AdValue name);
int ad_ns_del(AdValue ns, AdValue name);
/** A module compiled into the program: `import name` runs its body (the function of `body`) once;
 *  its variables are the slots slots[i] of the program's `globals`, named global_names[slots[i]]. */
void ad_register_module(const char *name, const char *filename, AdCode *body, AdValue *globals,
                        const AdValue *global_names, const int64_t *slots, int64_t count);
/** The module object of a registered compiled module, running its body on first import (put in
 *  `sys_modules` first); 0 with no exception if `name` is not registered. */
AdValue ad_import_compiled(AdValue name, AdValue sys_modules);
extern AdType ad_compiled_module_type;
/** SystemError for control reaching code marked unreachable. Returns AD_ERROR. */
AdValue ad_unreachable(void);
/** After a NameError for a global: attach CPython's "Did you mean" context, the names bound in the
 *  module (globals[i] != 0 names names[i]) and the function's local names (a tuple, or 0). */
void ad_name_error_context(const AdValue *globals, const AdValue *names, int64_t count, AdValue varnames);
/** Run a compiled module on the current thread: `init` fills its pools (0 or -1), then the module
 *  body runs; returns the exit status (uncaught exceptions printed as CPython does). */
int ad_run_compiled(int (*init)(void), AdCode *module_code);
/** The `main` of a native executable: start the runtime, run the module on the big-stack thread,
 *  flush, return the exit status. */
int ad_aot_main(int argc, char **argv, int (*init)(void), AdCode *module_code);

/**
 * The interpreter's register stack: one region of `slots` values outside the collected heap,
 * scanned by the collector from its base up to *ad_vm_stack_top at every collection.
 * Returns the base (created once; later calls return the same region).
 */
AdValue *ad_vm_stack_create(size_t slots);
extern AdValue *ad_vm_stack_top;
extern AdValue *ad_vm_stack_limit;

/* ========================================================================================== */
/* MARK: Per-part initialization (called by ad_runtime_init in this order)                     */
/* ========================================================================================== */

void ad_init_objects(void);     /* core: object, type, None, NotImplemented, Ellipsis, bool */
void ad_init_str(void);
void ad_init_numbers(void);
void ad_init_containers(void);
void ad_init_exceptions(void);
void ad_init_functions(void);
void ad_init_modules(void);     /* builtins, sys, math */
void ad_init_classes(void);     /* type(name, bases, dict), __build_class__, super */
void ad_init_generators(void);

#ifdef __cplusplus
}
#endif
#endif /* ADDER_H */
