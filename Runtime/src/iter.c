/*
 * iter.c — the iterator types that are not tied to one container: the sequence iterator over
 * __getitem__, iter(callable, sentinel), enumerate, zip, map, filter and reversed; and the
 * initialization of the whole containers part.
 *
 * Every iterator here returns itself from iter() and signals exhaustion by returning AD_STOP from
 * its `next` slot with no exception set. Once exhausted, an iterator stays exhausted: it drops its
 * references (seq/iterators set to 0) so that it neither keeps them alive nor calls them again.
 * Calls to Python code go through ad_next / ad_call, so errors propagate unchanged.
 */
#include "containers.h"

static AdValue iter_self(AdValue self) { return self; }

/** next(it) with the slot called directly when there is one. */
static inline AdValue next_of(AdValue it) {
    AdUnaryFn next = ad_type(it)->next;
    return next ? next(it) : ad_next(it);
}

/** Counts for messages: keyword arguments given. */
static inline int64_t nkw(AdValue kwnames) { return (int64_t)ad_kw_count(kwnames); }

/* ------------------------------------------------------------------------------------------ */
/* The sequence iterator: seq[0], seq[1], ... until IndexError or StopIteration                */
/* ------------------------------------------------------------------------------------------ */

typedef struct SeqIter {
    AdObject ob;
    AdValue seq;               /* 0 once exhausted */
    int64_t index;
} SeqIter;

AdValue ad_seq_iter_new(AdValue seq) {
    SeqIter *it = (SeqIter *)ad_new_object(&ad_seq_iter_type, sizeof(SeqIter));
    if (!it) return AD_ERROR;
    it->seq = seq;
    return AD_VAL(it);
}

static AdValue seq_iter_next(AdValue self) {
    SeqIter *it = AD_AS(SeqIter, self);
    if (!it->seq) return AD_STOP;
    AdValue v = ad_getitem(it->seq, ad_int_from_i64(it->index));
    if (v) {
        it->index++;
        return v;
    }
    if (ad_err_matches(&ad_IndexError) || ad_err_matches(&ad_StopIteration)) {
        ad_err_clear();
        it->seq = 0;
        return AD_STOP;
    }
    return AD_ERROR;
}

/* ------------------------------------------------------------------------------------------ */
/* iter(callable, sentinel)                                                                    */
/* ------------------------------------------------------------------------------------------ */

typedef struct CallIter {
    AdObject ob;
    AdValue callable;          /* 0 once exhausted */
    AdValue sentinel;
} CallIter;

AdValue ad_callable_iter_new(AdValue callable, AdValue sentinel) {
    CallIter *it = (CallIter *)ad_new_object(&ad_callable_iter_type, sizeof(CallIter));
    if (!it) return AD_ERROR;
    it->callable = callable;
    it->sentinel = sentinel;
    return AD_VAL(it);
}

static AdValue call_iter_next(AdValue self) {
    CallIter *it = AD_AS(CallIter, self);
    if (!it->callable) return AD_STOP;
    AdValue v = ad_call0(it->callable);
    if (!v) {
        if (ad_err_matches(&ad_StopIteration)) {
            ad_err_clear();
            it->callable = it->sentinel = 0;
            return AD_STOP;
        }
        return AD_ERROR;
    }
    int eq = ad_eq(it->sentinel, v); /* sentinel first, as CPython */
    if (eq < 0) return AD_ERROR;
    if (eq) {
        it->callable = it->sentinel = 0;
        return AD_STOP;
    }
    return v;
}

/* ------------------------------------------------------------------------------------------ */
/* enumerate(iterable, start=0)                                                                */
/* ------------------------------------------------------------------------------------------ */

typedef struct Enumerate {
    AdObject ob;
    AdValue it;
    int64_t index;             /* the next count while it fits */
    AdValue long_index;        /* the next count as an int once it does not (else 0) */
} Enumerate;

/** kwnames[k] must be `name`, else "'x' is an invalid keyword argument for enumerate()". */
static int enumerate_keyword(AdValue kwnames, int64_t k, const char *name) {
    AdValue kw = ad_tuple_get(kwnames, k);
    if (ad_str_eq_cstr(kw, name)) return 0;
    ad_err_format(&ad_TypeError, "%R is an invalid keyword argument for enumerate()", kw);
    return -1;
}

/* enumerate(iterable, start=0), with the argument handling of CPython's enumerate_vectorcall. */
static AdValue enumerate_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    int64_t nk = nkw(kwnames), total = (int64_t)nargs + nk;
    AdValue iterable, start = 0;
    if (total == 2) {
        iterable = args[0];
        start = args[1];
        if (nk == 1 && enumerate_keyword(kwnames, 0, "start") < 0) return AD_ERROR;
        if (nk == 2) {
            if (ad_str_eq_cstr(ad_tuple_get(kwnames, 0), "start")) {
                if (enumerate_keyword(kwnames, 1, "iterable") < 0) return AD_ERROR;
                iterable = args[1];
                start = args[0];
            } else if (enumerate_keyword(kwnames, 0, "iterable") < 0 || enumerate_keyword(kwnames, 1, "start") < 0) {
                return AD_ERROR;
            }
        }
    } else if (total == 1) {
        if (nk == 1 && enumerate_keyword(kwnames, 0, "iterable") < 0) return AD_ERROR;
        iterable = args[0];
    } else if (nargs == 0) {
        return ad_err_set(&ad_TypeError, "enumerate() missing required argument 'iterable'");
    } else {
        return ad_err_format(&ad_TypeError, "enumerate() takes at most 2 arguments (%lld given)", (long long)total);
    }
    Enumerate *e = (Enumerate *)ad_new_instance(type, sizeof(Enumerate));
    if (!e) return AD_ERROR;
    if (start) {
        start = ad_is_small(start) ? start : ad_index(start);
        if (!start) return AD_ERROR;
        if (ad_int_to_i64(start, &e->index) < 0) e->long_index = start;
    }
    e->it = ad_iter(iterable);
    if (!e->it) return AD_ERROR;
    return AD_VAL(e);
}

static AdValue enumerate_next(AdValue self) {
    Enumerate *e = AD_AS(Enumerate, self);
    AdValue v = next_of(e->it);
    if (v == AD_STOP || !v) return v;
    AdValue count;
    if (!e->long_index) {
        count = ad_fits_small(e->index) ? ad_small(e->index) : ad_int_from_i64(e->index);
        if (e->index == INT64_MAX) e->long_index = ad_int_add(count, ad_small(1));
        else e->index++;
    } else {
        count = e->long_index;
        e->long_index = ad_int_add(count, ad_small(1));
        if (!e->long_index) return AD_ERROR;
    }
    if (!count) return AD_ERROR;
    AdValue pair[2] = {count, v};
    return ad_tuple_from_array(pair, 2);
}

/* ------------------------------------------------------------------------------------------ */
/* zip(*iterables, strict=False)                                                               */
/* ------------------------------------------------------------------------------------------ */

typedef struct Zip {
    AdObject ob;
    AdValue iters;             /* tuple of iterators; 0 once exhausted */
    int strict;
} Zip;

static AdValue zip_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    int strict = 0;
    if (nkw(kwnames) > 1)
        return ad_err_format(&ad_TypeError, "zip() takes at most 1 keyword argument (%lld given)", (long long)nkw(kwnames));
    if (nkw(kwnames) == 1) {
        AdValue name = ad_tuple_get(kwnames, 0);
        if (!ad_str_eq_cstr(name, "strict"))
            return ad_err_format(&ad_TypeError, "%R is an invalid keyword argument for zip()", name);
        strict = ad_truth(args[nargs]);
        if (strict < 0) return AD_ERROR;
    }
    AdValue iters = ad_tuple_new((int64_t)nargs);
    if (!iters) return AD_ERROR;
    for (size_t i = 0; i < nargs; i++) {
        AdValue it = ad_iter(args[i]);
        if (!it) return AD_ERROR;
        AD_AS(AdTuple, iters)->items[i] = it;
    }
    Zip *z = (Zip *)ad_new_instance(type, sizeof(Zip));
    if (!z) return AD_ERROR;
    z->iters = nargs ? iters : 0;
    z->strict = strict;
    return AD_VAL(z);
}

/** zip(strict=True) found iterator `i` exhausted: check that all the others are too. */
static AdValue zip_strict_check(Zip *z, int64_t i) {
    AdValue iters = z->iters;
    z->iters = 0;
    const char *plural = i == 1 ? " " : "s 1-";
    if (i > 0)
        return ad_err_format(&ad_ValueError, "zip() argument %lld is shorter than argument%s%lld", (long long)(i + 1),
                             plural, (long long)i);
    for (i = 1; i < ad_tuple_len(iters); i++) {
        AdValue v = next_of(ad_tuple_get(iters, i));
        if (!v) return AD_ERROR;
        if (v != AD_STOP) {
            plural = i == 1 ? " " : "s 1-";
            return ad_err_format(&ad_ValueError, "zip() argument %lld is longer than argument%s%lld", (long long)(i + 1),
                                 plural, (long long)i);
        }
    }
    return AD_STOP;
}

static AdValue zip_next(AdValue self) {
    Zip *z = AD_AS(Zip, self);
    if (!z->iters) return AD_STOP;
    int64_t n = ad_tuple_len(z->iters);
    AdValue result = ad_tuple_new(n);
    if (!result) return AD_ERROR;
    for (int64_t i = 0; i < n; i++) {
        AdValue v = next_of(ad_tuple_get(z->iters, i));
        if (!v) return AD_ERROR;
        if (v == AD_STOP) {
            if (z->strict) return zip_strict_check(z, i);
            z->iters = 0;
            return AD_STOP;
        }
        AD_AS(AdTuple, result)->items[i] = v;
    }
    return result;
}

/* ------------------------------------------------------------------------------------------ */
/* map(function, *iterables)                                                                   */
/* ------------------------------------------------------------------------------------------ */

typedef struct Map {
    AdObject ob;
    AdValue func;
    AdValue iters;             /* tuple of iterators */
} Map;

static AdValue map_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (type == &ad_map_type && ad_cont_nokw("map", kwnames) < 0) return AD_ERROR;
    if (nargs < 2) return ad_err_set(&ad_TypeError, "map() must have at least two arguments.");
    AdValue iters = ad_tuple_new((int64_t)nargs - 1);
    if (!iters) return AD_ERROR;
    for (size_t i = 1; i < nargs; i++) {
        AdValue it = ad_iter(args[i]);
        if (!it) return AD_ERROR;
        AD_AS(AdTuple, iters)->items[i - 1] = it;
    }
    Map *m = (Map *)ad_new_instance(type, sizeof(Map));
    if (!m) return AD_ERROR;
    m->func = args[0];
    m->iters = iters;
    return AD_VAL(m);
}

static AdValue map_next(AdValue self) {
    Map *m = AD_AS(Map, self);
    int64_t n = ad_tuple_len(m->iters);
    AdValue small[8], *argv = n <= 8 ? small : ad_alloc((size_t)n * sizeof(AdValue));
    if (!argv) return AD_ERROR;
    for (int64_t i = 0; i < n; i++) {
        AdValue v = next_of(ad_tuple_get(m->iters, i));
        if (v == AD_STOP || !v) return v;
        argv[i] = v;
    }
    return ad_call(m->func, argv, (size_t)n, 0);
}

/* ------------------------------------------------------------------------------------------ */
/* filter(function or None, iterable)                                                          */
/* ------------------------------------------------------------------------------------------ */

typedef struct Filter {
    AdObject ob;
    AdValue func;              /* None: the items' own truth */
    AdValue it;
} Filter;

static AdValue filter_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (type == &ad_filter_type && ad_cont_nokw("filter", kwnames) < 0) return AD_ERROR;
    if (ad_cont_arity("filter", nargs, 2, 2) < 0) return AD_ERROR;
    AdValue it = ad_iter(args[1]);
    if (!it) return AD_ERROR;
    Filter *f = (Filter *)ad_new_instance(type, sizeof(Filter));
    if (!f) return AD_ERROR;
    f->func = args[0];
    f->it = it;
    return AD_VAL(f);
}

static AdValue filter_next(AdValue self) {
    Filter *f = AD_AS(Filter, self);
    int use_truth = f->func == AD_NONE || f->func == AD_VAL(&ad_bool_type);
    for (;;) {
        AdValue v = next_of(f->it);
        if (v == AD_STOP || !v) return v;
        int ok;
        if (use_truth) {
            ok = ad_truth(v);
        } else {
            AdValue r = ad_call1(f->func, v);
            ok = r ? ad_truth(r) : -1;
        }
        if (ok < 0) return AD_ERROR;
        if (ok) return v;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* reversed(sequence)                                                                          */
/* ------------------------------------------------------------------------------------------ */

typedef struct Reversed {
    AdObject ob;
    AdValue seq;               /* 0 once exhausted */
    int64_t index;
} Reversed;

static AdValue reversed_new(AdType *type, AdValue seq) {
    AdType *t = ad_type(seq);
    AdValue meth = ad_type_lookup(t, ad_str_intern_cstr("__reversed__"));
    if (meth == AD_NONE) return ad_err_format(&ad_TypeError, "'%s' object is not reversible", t->name);
    if (meth) return ad_call_method(seq, ad_str_intern_cstr("__reversed__"), NULL, 0, 0);
    if (!t->getitem || (t->flags & AD_TPFLAG_DICT_SUBCLASS))
        return ad_err_format(&ad_TypeError, "'%s' object is not reversible", t->name);
    int64_t n = ad_len(seq);
    if (n < 0) return AD_ERROR;
    Reversed *r = (Reversed *)ad_new_instance(type, sizeof(Reversed));
    if (!r) return AD_ERROR;
    r->seq = seq;
    r->index = n - 1;
    return AD_VAL(r);
}

AdValue ad_reversed(AdValue seq) { return reversed_new(&ad_reversed_type, seq); }

static AdValue reversed_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (type == &ad_reversed_type && ad_cont_nokw("reversed", kwnames) < 0) return AD_ERROR;
    if (ad_cont_arity("reversed", nargs, 1, 1) < 0) return AD_ERROR;
    return reversed_new(type, args[0]);
}

static AdValue reversed_next(AdValue self) {
    Reversed *r = AD_AS(Reversed, self);
    if (r->seq && r->index >= 0) {
        AdValue v = ad_getitem(r->seq, ad_int_from_i64(r->index));
        if (v) {
            r->index--;
            return v;
        }
        if (!ad_err_matches(&ad_IndexError) && !ad_err_matches(&ad_StopIteration)) return AD_ERROR;
        ad_err_clear();
    }
    r->index = -1;
    r->seq = 0;
    return AD_STOP;
}

static AdValue reversed_length_hint(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    Reversed *r = AD_AS(Reversed, self);
    if (!r->seq) return ad_small(0);
    int64_t n = ad_len(r->seq);
    if (n < 0) return AD_ERROR;
    return ad_small(n < r->index + 1 ? 0 : r->index + 1);
}

static const AdMethodDef reversed_methods[] = {
    {"__length_hint__", reversed_length_hint, 0},
    {NULL, NULL, 0},
};

/* ------------------------------------------------------------------------------------------ */
/* Types and initialization                                                                    */
/* ------------------------------------------------------------------------------------------ */

#define ITERATOR_TYPE(var, tname, size, nextfn, ctor, flags_)                                    \
    AdType var = {                                                                               \
        .ob = {&ad_type_type},                                                                   \
        .name = tname,                                                                           \
        .base = &ad_object_type,                                                                 \
        .flags = flags_,                                                                         \
        .instance_size = sizeof(size),                                                           \
        .iter = iter_self,                                                                       \
        .next = nextfn,                                                                          \
        .construct = ctor,                                                                       \
    };

ITERATOR_TYPE(ad_seq_iter_type, "iterator", SeqIter, seq_iter_next, NULL, 0)
ITERATOR_TYPE(ad_callable_iter_type, "callable_iterator", CallIter, call_iter_next, NULL, 0)
ITERATOR_TYPE(ad_enumerate_type, "enumerate", Enumerate, enumerate_next, enumerate_construct, AD_TPFLAG_BASETYPE)
ITERATOR_TYPE(ad_zip_type, "zip", Zip, zip_next, zip_construct, AD_TPFLAG_BASETYPE)
ITERATOR_TYPE(ad_map_type, "map", Map, map_next, map_construct, AD_TPFLAG_BASETYPE)
ITERATOR_TYPE(ad_filter_type, "filter", Filter, filter_next, filter_construct, AD_TPFLAG_BASETYPE)
ITERATOR_TYPE(ad_reversed_type, "reversed", Reversed, reversed_next, reversed_construct, AD_TPFLAG_BASETYPE)

void ad_init_containers(void) {
    ad_init_tuple();
    ad_init_list();
    ad_init_dict();
    ad_init_set();
    ad_init_range();
    ad_init_slice();
    ad_type_ready(&ad_seq_iter_type, NULL, NULL);
    ad_type_ready(&ad_callable_iter_type, NULL, NULL);
    ad_type_ready(&ad_enumerate_type, NULL, NULL);
    ad_type_ready(&ad_zip_type, NULL, NULL);
    ad_type_ready(&ad_map_type, NULL, NULL);
    ad_type_ready(&ad_filter_type, NULL, NULL);
    ad_type_ready(&ad_reversed_type, reversed_methods, NULL);
}
