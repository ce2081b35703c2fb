/*
 * randommodule.c — the `_random` module: the Mersenne Twister MT19937 exactly as CPython's
 * _randommodule.c drives it, so that a seeded Adder program draws the same numbers as CPython.
 *
 * What has to match bit for bit:
 *  - Seeding: an int seed becomes the 32-bit words of its absolute value, least significant first
 *    (at least one word, for 0), fed to init_by_array; other objects seed with their hash taken as
 *    an unsigned 64-bit number. None seeds from the system's entropy (N words), or failing that
 *    from the time and pid. (str/bytes seeds are turned into ints by random.py, version 2: the
 *    bytes followed by their SHA-512 digest, read as one big-endian int.)
 *  - random(): two outputs a, b; (a >> 5) * 2**26 + (b >> 6) scaled by 2**-53.
 *  - getrandbits(k): k <= 32 takes the top k bits of one output; larger k fills 32-bit words from
 *    the least significant up, and the last word keeps its top (k mod 32) bits.
 *  - getstate(): a tuple of the 624 state words and the index; setstate() checks it with
 *    CPython's messages.
 *
 * The state lives in pointer-free memory apart from the object, so that the collector neither
 * scans 2.5 KB of random words as possible pointers nor keeps garbage alive through them. A Python
 * class may subclass Random (random.Random does): construction then only allocates, and the
 * subclass's __init__ seeds.
 */
#include "numbers.h"
#include "strings.h"

#include <errno.h>
#include <string.h>
#include <sys/random.h>
#include <time.h>
#include <unistd.h>

#define MT_N 624
#define MT_M 397
#define MATRIX_A 0x9908b0dfU
#define UPPER_MASK 0x80000000U
#define LOWER_MASK 0x7fffffffU

typedef struct MTState {
    uint32_t mt[MT_N];
    int index;
} MTState;

typedef struct RandomObject {
    AdObject ob;
    MTState *st;
} RandomObject;

static AdType random_type;

/* ========================================================================================== */
/* MARK: The generator                                                                         */
/* ========================================================================================== */

static void regenerate(MTState *s) {
    static const uint32_t mag01[2] = {0x0U, MATRIX_A};
    uint32_t *mt = s->mt, y;
    int kk;
    for (kk = 0; kk < MT_N - MT_M; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + MT_M] ^ (y >> 1) ^ mag01[y & 1U];
    }
    for (; kk < MT_N - 1; kk++) {
        y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (MT_M - MT_N)] ^ (y >> 1) ^ mag01[y & 1U];
    }
    y = (mt[MT_N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
    mt[MT_N - 1] = mt[MT_M - 1] ^ (y >> 1) ^ mag01[y & 1U];
    s->index = 0;
}

static inline uint32_t genrand_uint32(MTState *s) {
    if (s->index >= MT_N) regenerate(s);
    uint32_t y = s->mt[s->index++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= (y >> 18);
    return y;
}

static void init_genrand(MTState *s, uint32_t seed) {
    uint32_t *mt = s->mt;
    mt[0] = seed;
    for (int i = 1; i < MT_N; i++) mt[i] = 1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30)) + (uint32_t)i;
    s->index = MT_N;
}

static void init_by_array(MTState *s, const uint32_t *key, size_t key_length) {
    uint32_t *mt = s->mt;
    init_genrand(s, 19650218U);
    size_t i = 1, j = 0;
    for (size_t k = MT_N > key_length ? MT_N : key_length; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint32_t)j;
        i++;
        j++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
        if (j >= key_length) j = 0;
    }
    for (size_t k = MT_N - 1; k; k--) {
        mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint32_t)i;
        i++;
        if (i >= MT_N) {
            mt[0] = mt[MT_N - 1];
            i = 1;
        }
    }
    mt[0] = 0x80000000U;
}

/* ========================================================================================== */
/* MARK: Seeding                                                                               */
/* ========================================================================================== */

/* Fill `buf` from the system's entropy source: 0, or -1 when there is none. */
static int system_entropy(void *buf, size_t len) {
    uint8_t *p = buf;
    while (len) {
        ssize_t n = getrandom(p, len, GRND_NONBLOCK);
        if (n < 0) {
            if (errno == EINTR) continue;
            return -1;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

static void seed_from_system(MTState *s) {
    uint32_t key[MT_N];
    if (system_entropy(key, sizeof key) == 0) {
        init_by_array(s, key, MT_N);
        return;
    }
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t now = (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
    struct timespec mono;
    clock_gettime(CLOCK_MONOTONIC, &mono);
    uint64_t m = (uint64_t)mono.tv_sec * 1000000000u + (uint64_t)mono.tv_nsec;
    uint32_t fallback[5] = {(uint32_t)now, (uint32_t)(now >> 32), (uint32_t)getpid(), (uint32_t)m,
                            (uint32_t)(m >> 32)};
    init_by_array(s, fallback, 5);
}

/* Seed with a non-negative int: its 32-bit words, least significant first. */
static int seed_from_int(MTState *s, AdValue n) {
    AdIntView view;
    ad_int_view(n, &view);
    size_t bits = mpz_sizeinbase(view.z, 2);
    size_t words = mpz_sgn(view.z) == 0 ? 1 : (bits - 1) / 32 + 1;
    uint32_t *key = ad_alloc_atomic(words * sizeof(uint32_t));
    if (!key) return ad_err_set(&ad_MemoryError, ""), -1;
    memset(key, 0, words * sizeof(uint32_t));
    size_t count = 0;
    mpz_export(key, &count, -1, sizeof(uint32_t), 0, 0, view.z);
    init_by_array(s, key, words);
    return 0;
}

/* Random.seed(n): the rules of CPython's random_seed. */
static int seed_object(MTState *s, AdValue arg) {
    if (!arg || arg == AD_NONE) {
        seed_from_system(s);
        return 0;
    }
    AdValue n;
    if (ad_num_is_int(arg)) {
        n = ad_int_sign(arg) < 0 ? ad_neg(ad_int_exact(arg)) : ad_int_exact(arg);
    } else {
        int64_t h = ad_hash(arg);
        if (h == -1 && ad_err_occurred()) return -1;
        n = ad_int_from_u64((uint64_t)h);
    }
    if (!n) return -1;
    return seed_from_int(s, n);
}

/* ========================================================================================== */
/* MARK: Methods                                                                               */
/* ========================================================================================== */

static MTState *state_of(AdValue self) { return AD_AS(RandomObject, self)->st; }

static AdValue random_random(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if ((nargs || kwnames) && ad_num_noargs("Random.random", nargs, kwnames) < 0) return AD_ERROR;
    MTState *s = state_of(self);
    uint32_t a = genrand_uint32(s) >> 5, b = genrand_uint32(s) >> 6;
    return ad_float((a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static AdValue random_seed(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("Random.seed", kwnames) < 0 || ad_check_nargs("seed", nargs, 0, 1) < 0) return AD_ERROR;
    return seed_object(state_of(self), nargs ? args[0] : 0) < 0 ? AD_ERROR : AD_NONE;
}

static AdValue random_getstate(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if ((nargs || kwnames) && ad_num_noargs("Random.getstate", nargs, kwnames) < 0) return AD_ERROR;
    MTState *s = state_of(self);
    AdValue t = ad_tuple_new(MT_N + 1);
    if (!t) return AD_ERROR;
    for (int i = 0; i < MT_N; i++) AD_AS(AdTuple, t)->items[i] = ad_small(s->mt[i]);
    AD_AS(AdTuple, t)->items[MT_N] = ad_small(s->index);
    return t;
}

/* A state word as PyLong_AsUnsignedLong reads it, truncated to 32 bits as CPython stores it. */
static int state_word(AdValue v, uint32_t *out) {
    if (!ad_num_is_int(v)) return ad_err_set(&ad_TypeError, "an integer is required"), -1;
    if (ad_int_sign(v) < 0)
        return ad_err_set(&ad_OverflowError, "can't convert negative value to unsigned int"), -1;
    AdIntView view;
    ad_int_view(v, &view);
    if (mpz_sizeinbase(view.z, 2) > 64)
        return ad_err_set(&ad_OverflowError, "Python int too large to convert to C unsigned long"), -1;
    *out = (uint32_t)mpz_get_ui(view.z);
    return 0;
}

static AdValue random_setstate(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("Random.setstate", kwnames) < 0 || ad_check_nargs("Random.setstate", nargs, 1, 1) < 0)
        return AD_ERROR;
    AdValue state = args[0];
    if (!ad_isinstance_type(state, &ad_tuple_type)) return ad_err_set(&ad_TypeError, "state vector must be a tuple");
    if (ad_tuple_len(state) != MT_N + 1) return ad_err_set(&ad_ValueError, "state vector is the wrong size");
    uint32_t words[MT_N];
    for (int i = 0; i < MT_N; i++)
        if (state_word(ad_tuple_get(state, i), &words[i]) < 0) return AD_ERROR;
    int64_t index = ad_index_value(ad_tuple_get(state, MT_N), &ad_OverflowError);
    if (index == -1 && ad_err_occurred()) {
        if (ad_err_matches(&ad_OverflowError)) {
            ad_err_clear();
            ad_err_set(&ad_OverflowError, "Python int too large to convert to C long");
        }
        return AD_ERROR;
    }
    if (index < 0 || index > MT_N) return ad_err_set(&ad_ValueError, "invalid state");
    MTState *s = state_of(self);
    memcpy(s->mt, words, sizeof words);
    s->index = (int)index;
    return AD_NONE;
}

/* getrandbits(k) with k converted as a C int (Argument Clinic's "i"). */
static AdValue random_getrandbits(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (kwnames && ad_tuple_len(kwnames))
        return ad_err_set(&ad_TypeError, "Random.getrandbits() takes no keyword arguments");
    if (nargs != 1)
        return ad_err_format(&ad_TypeError, "Random.getrandbits() takes exactly one argument (%zu given)", nargs);
    AdValue kv = args[0];
    int64_t k = ad_index_value(kv, &ad_OverflowError);
    if (k == -1 && ad_err_occurred()) {
        if (ad_err_matches(&ad_OverflowError)) {
            ad_err_clear();
            ad_err_set(&ad_OverflowError, "Python int too large to convert to C int");
        }
        return AD_ERROR;
    }
    if (k > INT32_MAX || k < INT32_MIN)
        return ad_err_set(&ad_OverflowError, "Python int too large to convert to C int");
    if (k < 0) return ad_err_set(&ad_ValueError, "number of bits must be non-negative");
    MTState *s = state_of(self);
    if (k == 0) return ad_small(0);
    if (k <= 32) return ad_small(genrand_uint32(s) >> (32 - k));
    size_t words = (size_t)(k - 1) / 32 + 1;
    uint32_t *w = ad_alloc_atomic(words * sizeof(uint32_t));
    if (!w) return ad_err_set(&ad_MemoryError, "");
    for (size_t i = 0; i < words; i++, k -= 32) {
        uint32_t r = genrand_uint32(s);
        if (k < 32) r >>= (32 - k);
        w[i] = r;
    }
    mpz_t z;
    mpz_init(z);
    mpz_import(z, words, -1, sizeof(uint32_t), 0, 0, w);
    return ad_int_from_mpz(z);
}

static const AdMethodDef random_methods[] = {
    {"random", random_random, 0},
    {"seed", random_seed, 0},
    {"getstate", random_getstate, 0},
    {"setstate", random_setstate, 0},
    {"getrandbits", random_getrandbits, 0},
    {NULL, NULL, 0},
};

/* ========================================================================================== */
/* MARK: The type and the module                                                               */
/* ========================================================================================== */

static AdValue random_alloc(AdType *type) {
    RandomObject *r = (RandomObject *)ad_new_object(type, type->instance_size);
    r->st = ad_alloc_atomic(sizeof(MTState));
    memset(r->st, 0, sizeof(MTState));
    return AD_VAL(r);
}

/* Random(x=None): seeds at once. A subclass (random.Random) only allocates: its __init__ seeds,
 * as CPython's tp_init is replaced by the subclass's. */
static AdValue random_construct(AdType *type, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (type != &random_type) return random_alloc(type);
    if (kwnames && ad_tuple_len(kwnames)) return ad_err_set(&ad_TypeError, "Random() takes no keyword arguments");
    if (nargs > 1) return ad_err_set(&ad_TypeError, "Random() requires 0 or 1 argument");
    AdValue r = random_alloc(type);
    if (seed_object(state_of(r), nargs ? args[0] : 0) < 0) return AD_ERROR;
    return r;
}

static AdType random_type = {
    .ob = {&ad_type_type},
    .name = "_random.Random",
    .base = &ad_object_type,
    .flags = AD_TPFLAG_BASETYPE,
    .instance_size = sizeof(RandomObject),
    .construct = random_construct,
};

AdValue ad_random_module_create(void) {
    static int ready;
    if (!ready) {
        ad_type_ready(&random_type, random_methods, NULL);
        ready = 1;
    }
    AdValue m = ad_module_new("_random");
    ad_module_add(m, "Random", AD_VAL(&random_type));
    return m;
}
