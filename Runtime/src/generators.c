/*
 * generators.c — generator objects: what calling a function that contains `yield` returns.
 *
 * A generator owns its function's frame, a collected array of code->frame_size values laid out as
 * every engine agrees (AD_GEN_* below): the parameters, then the resume state, the value sent in
 * and the exception thrown in, then the engine's own storage (the interpreter's registers, the
 * compiled code's slots). Resuming calls the function's entry with that frame; the entry continues
 * where the state says, and returns either at a `yield` (the state then names the resume point) or
 * at the end of the body (the state is then AD_GEN_FINISHED). The frame lives in the collector's
 * heap, so everything the suspended function holds stays alive.
 */
#include "core.h"

#include <string.h>

typedef struct AdGenerator {
    AdObject ob;
    AdValue function;
    AdValue *frame;
    AdValue name, qualname;
    int running;
} AdGenerator;

static AdValue *state_of(AdGenerator *g) {
    return &g->frame[AD_AS(AdFunction, g->function)->code->nparams + AD_GEN_STATE];
}

AdValue ad_generator_new(AdValue function, AdValue *frame) {
    AdGenerator *g = (AdGenerator *)ad_new_object(&ad_generator_type, sizeof(AdGenerator));
    AdFunction *fn = AD_AS(AdFunction, function);
    g->function = function;
    g->frame = frame;
    g->name = fn->name;
    g->qualname = fn->qualname;
    frame[fn->code->nparams + AD_GEN_STATE] = ad_small(0);
    return AD_VAL(g);
}

static int finished(AdGenerator *g) { return *state_of(g) == ad_small(AD_GEN_FINISHED); }

/*
 * Run the generator until it yields or finishes, with `sent` (0 means None) sent in or `thrown`
 * raised at the suspended yield. Returns the yielded value; AD_STOP (with *result set to the
 * return value) when the body finished; AD_ERROR with the exception set.
 */
static AdValue resume(AdGenerator *g, AdValue sent, AdValue thrown, AdValue *result) {
    AdFunction *fn = AD_AS(AdFunction, g->function);
    int64_t n = fn->code->nparams;
    if (g->running) return ad_err_set(&ad_ValueError, "generator already executing");
    if (finished(g)) {
        if (thrown) return ad_err_set_object(thrown);
        *result = AD_NONE;
        return AD_STOP;
    }
    if (*state_of(g) == ad_small(0) && sent && sent != AD_NONE && !thrown)
        return ad_err_set(&ad_TypeError, "can't send non-None value to a just-started generator");
    if (AD_UNLIKELY(++ad_call_depth > ad_recursion_limit)) {
        ad_call_depth--;
        return ad_err_recursion();
    }
    g->frame[n + AD_GEN_SENT] = sent ? sent : AD_NONE;
    g->frame[n + AD_GEN_THROWN] = thrown;
    g->running = 1;
    AdValue r = fn->code->entry(fn, g->frame);
    g->running = 0;
    ad_call_depth--;
    g->frame[n + AD_GEN_THROWN] = 0;
    if (!r) {
        *state_of(g) = ad_small(AD_GEN_FINISHED);
        /* PEP 479: a StopIteration escaping the body becomes a RuntimeError. */
        if (ad_err_matches(&ad_StopIteration)) {
            AdValue stop = ad_err_fetch();
            ad_err_set(&ad_RuntimeError, "generator raised StopIteration");
            AdValue error = ad_err_fetch();
            AD_AS(AdException, error)->cause = stop;
            AD_AS(AdException, error)->context = stop;
            AD_AS(AdException, error)->suppress_context = 1;
            ad_err_set_object(error);
        }
        return AD_ERROR;
    }
    if (finished(g)) {
        *result = r;
        return AD_STOP;
    }
    return r;
}

/* StopIteration(value), raised. */
static AdValue raise_stop(AdValue value) {
    AdValue args[1] = {value};
    AdValue exc = ad_exception_new(&ad_StopIteration, args, value == AD_NONE ? 0 : 1);
    if (!exc) return AD_ERROR;
    AD_AS(AdException, exc)->value = value;
    return ad_err_set_object(exc);
}

/* The value the last finished generator returned (for `yield from`). */
static AdValue last_return_value;

static AdValue generator_next(AdValue self) {
    AdValue result;
    AdValue r = resume(AD_AS(AdGenerator, self), 0, 0, &result);
    if (r == AD_STOP) last_return_value = result;
    return r;
}

static AdValue generator_send(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("generator.send", kwnames) < 0) return AD_ERROR;
    if (nargs != 1) return ad_err_format(&ad_TypeError, "generator.send() takes exactly one argument (%zu given)", nargs);
    AdValue result;
    AdValue r = resume(AD_AS(AdGenerator, self), args[0], 0, &result);
    return r == AD_STOP ? raise_stop(result) : r;
}

/* The exception that throw(type[, value]) raises. */
static AdValue exception_to_throw(const AdValue *args, size_t nargs) {
    AdValue type = args[0], value = nargs > 1 ? args[1] : AD_NONE;
    if (!ad_is_small(type) && ad_isinstance_type(type, &ad_type_type) &&
        ad_type_is_subtype(AD_AS(AdType, type), &ad_BaseException)) {
        if (value != AD_NONE && ad_isinstance(value, type) == 1) return value;
        return value == AD_NONE ? ad_call0(type) : ad_call1(type, value);
    }
    if (ad_isinstance_type(type, &ad_BaseException)) {
        if (value != AD_NONE)
            return ad_err_set(&ad_TypeError, "instance exception may not have a separate value");
        return type;
    }
    return ad_err_format(&ad_TypeError, "exceptions must be classes or instances deriving from BaseException, not %T",
                         type);
}

static AdValue generator_throw(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("generator.throw", kwnames) < 0 || ad_check_nargs("throw", nargs, 1, 3) < 0)
        return AD_ERROR;
    AdValue exc = exception_to_throw(args, nargs);
    if (!exc) return AD_ERROR;
    AdGenerator *g = AD_AS(AdGenerator, self);
    if (*state_of(g) == ad_small(0)) {
        /* Thrown into a generator that never started: it finishes without running. */
        *state_of(g) = ad_small(AD_GEN_FINISHED);
        return ad_err_set_object(exc);
    }
    AdValue result;
    AdValue r = resume(g, 0, exc, &result);
    return r == AD_STOP ? raise_stop(result) : r;
}

static AdValue generator_close(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("generator.close", kwnames) < 0 || ad_check_nargs("close", nargs, 0, 0) < 0)
        return AD_ERROR;
    AdGenerator *g = AD_AS(AdGenerator, self);
    if (finished(g)) return AD_NONE;
    if (*state_of(g) == ad_small(0)) {
        *state_of(g) = ad_small(AD_GEN_FINISHED);
        return AD_NONE;
    }
    AdValue exit = ad_call0(AD_VAL(&ad_GeneratorExit));
    if (!exit) return AD_ERROR;
    AdValue result;
    AdValue r = resume(g, 0, exit, &result);
    if (r == AD_STOP) return AD_NONE;
    if (r) {
        *state_of(g) = ad_small(AD_GEN_FINISHED);
        return ad_err_set(&ad_RuntimeError, "generator ignored GeneratorExit");
    }
    if (ad_err_matches(&ad_GeneratorExit) || ad_err_matches(&ad_StopIteration)) {
        ad_err_clear();
        return AD_NONE;
    }
    return AD_ERROR;
}

static AdValue generator_iter(AdValue self) { return self; }

static AdValue generator_repr(AdValue self) {
    return ad_sprintf("<generator object %U at %p>", AD_AS(AdGenerator, self)->qualname, (void *)AD_OBJ(self));
}

static AdValue generator_get_name(AdValue self) { return AD_AS(AdGenerator, self)->name; }
static AdValue generator_get_qualname(AdValue self) { return AD_AS(AdGenerator, self)->qualname; }
static AdValue generator_get_running(AdValue self) { return ad_bool(AD_AS(AdGenerator, self)->running); }

static const AdMethodDef generator_methods[] = {
    {"send", generator_send, 0},
    {"throw", generator_throw, 0},
    {"close", generator_close, 0},
    {NULL, NULL, 0},
};

static const AdGetSetDef generator_getsets[] = {
    {"__name__", generator_get_name, NULL},
    {"__qualname__", generator_get_qualname, NULL},
    {"gi_running", generator_get_running, NULL},
    {NULL, NULL, NULL},
};

AdType ad_generator_type = {
    .ob = {&ad_type_type},
    .name = "generator",
    .instance_size = sizeof(AdGenerator),
    .repr = generator_repr,
    .iter = generator_iter,
    .next = generator_next,
};

/* ========================================================================================== */
/* MARK: yield from                                                                            */
/* ========================================================================================== */

AdValue ad_yield_from_step(AdValue iterator, AdValue sent) {
    if (ad_type(iterator) == &ad_generator_type) {
        AdValue result;
        AdValue r = resume(AD_AS(AdGenerator, iterator), sent == AD_NONE ? 0 : sent, 0, &result);
        if (r == AD_STOP) last_return_value = result;
        return r;
    }
    AdValue r;
    if (!sent || sent == AD_NONE) {
        r = ad_next(iterator);
        if (r == AD_STOP) last_return_value = AD_NONE;
        return r;
    }
    r = ad_call_method(iterator, ad_str_intern_cstr("send"), &sent, 1, 0);
    if (!r && ad_err_matches(&ad_StopIteration)) {
        AdValue stop = ad_err_fetch();
        AdValue value = AD_AS(AdException, stop)->value;
        last_return_value = value ? value : AD_NONE;
        return AD_STOP;
    }
    return r;
}

AdValue ad_yield_from_result(void) {
    AdValue v = last_return_value ? last_return_value : AD_NONE;
    last_return_value = 0;
    return v;
}

void ad_init_generators(void) {
    ad_type_ready(&ad_generator_type, generator_methods, generator_getsets);
}
