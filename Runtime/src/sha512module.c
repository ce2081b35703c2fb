/*
 * sha512module.c — SHA-512 and SHA-384 (FIPS 180-4) and the `_sha512` module that exposes them as
 * CPython's does: `_sha512.sha512(string=b'')` / `_sha512.sha384(...)` objects with update(),
 * digest(), hexdigest(), copy(), name, digest_size and block_size.
 *
 * random.seed(str or bytes) hashes its seed with SHA-512 (version 2 seeding, in random.py), which
 * is why this exists in the runtime.
 *
 * The round constants and initial hash values are not transcribed: FIPS 180-4 defines them as the
 * first 64 bits of the fractional parts of the cube roots (K) and square roots (H) of the first
 * primes, so they are computed once with GMP's exact integer roots — floor(cbrt(p) * 2**64) is the
 * integer cube root of p * 2**192, and its low 64 bits are the fractional part.
 *
 * Invariants: a hash state holds the chaining value, the total length in bytes, and a partial
 * block of fewer than 128 bytes; digest() finalizes a copy, so an object can keep being updated.
 */
#include "numbers.h"
#include "strings.h"

#include <string.h>

/* ========================================================================================== */
/* MARK: The hash function                                                                     */
/* ========================================================================================== */

typedef struct Sha512State {
    uint64_t h[8];
    uint64_t length;           /* bytes hashed so far (2**64 bytes is far beyond reach) */
    uint8_t block[128];
    size_t used;               /* bytes in `block` */
} Sha512State;

static uint64_t round_k[80];
static uint64_t sha512_iv[8], sha384_iv[8];
static int constants_ready;

/* The low 64 bits of floor(p ** (1/root) * 2**64) for a prime p. */
static uint64_t fractional_root_bits(unsigned long p, unsigned long root) {
    mpz_t x;
    mpz_init_set_ui(x, p);
    mpz_mul_2exp(x, x, 64 * root);
    mpz_root(x, x, root);
    mpz_tdiv_r_2exp(x, x, 64);
    uint64_t bits = (uint64_t)mpz_get_ui(x);
    mpz_clear(x);
    return bits;
}

static void compute_constants(void) {
    if (constants_ready) return;
    unsigned long primes[80];
    int n = 0;
    for (unsigned long c = 2; n < 80; c++) {
        int prime = 1;
        for (int i = 0; i < n && primes[i] * primes[i] <= c; i++)
            if (c % primes[i] == 0) prime = 0;
        if (prime) primes[n++] = c;
    }
    for (int i = 0; i < 80; i++) round_k[i] = fractional_root_bits(primes[i], 3);
    for (int i = 0; i < 8; i++) sha512_iv[i] = fractional_root_bits(primes[i], 2);
    for (int i = 0; i < 8; i++) sha384_iv[i] = fractional_root_bits(primes[8 + i], 2);
    constants_ready = 1;
}

static inline uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

static uint64_t load_be64(const uint8_t *p) {
    uint64_t v = 0;
    for (int i = 0; i < 8; i++) v = v << 8 | p[i];
    return v;
}

static void store_be64(uint8_t *p, uint64_t v) {
    for (int i = 7; i >= 0; i--, v >>= 8) p[i] = (uint8_t)v;
}

/* One 128-byte block into the chaining value. */
static void compress(uint64_t h[8], const uint8_t *block) {
    uint64_t w[80];
    for (int t = 0; t < 16; t++) w[t] = load_be64(block + 8 * t);
    for (int t = 16; t < 80; t++) {
        uint64_t s0 = rotr(w[t - 15], 1) ^ rotr(w[t - 15], 8) ^ (w[t - 15] >> 7);
        uint64_t s1 = rotr(w[t - 2], 19) ^ rotr(w[t - 2], 61) ^ (w[t - 2] >> 6);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (int t = 0; t < 80; t++) {
        uint64_t big_s1 = rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41);
        uint64_t ch = (e & f) ^ (~e & g);
        uint64_t t1 = k + big_s1 + ch + round_k[t] + w[t];
        uint64_t big_s0 = rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39);
        uint64_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint64_t t2 = big_s0 + maj;
        k = g; g = f; f = e; e = d + t1;
        d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d;
    h[4] += e; h[5] += f; h[6] += g; h[7] += k;
}

static void sha_init(Sha512State *s, const uint64_t iv[8]) {
    compute_constants();
    memcpy(s->h, iv, sizeof s->h);
    s->length = 0;
    s->used = 0;
}

static void sha_update(Sha512State *s, const uint8_t *data, size_t len) {
    s->length += len;
    if (s->used) {
        size_t take = 128 - s->used < len ? 128 - s->used : len;
        memcpy(s->block + s->used, data, take);
        s->used += take;
        data += take;
        len -= take;
        if (s->used < 128) return;
        compress(s->h, s->block);
        s->used = 0;
    }
    for (; len >= 128; data += 128, len -= 128) compress(s->h, data);
    memcpy(s->block, data, len);
    s->used = len;
}

/* The 64-byte digest of a state (the state itself is left as it was). */
static void sha_final(const Sha512State *state, uint8_t out[64]) {
    Sha512State s = *state;
    uint64_t bits = s.length * 8, high = s.length >> 61;
    s.block[s.used++] = 0x80;
    if (s.used > 112) {
        memset(s.block + s.used, 0, 128 - s.used);
        compress(s.h, s.block);
        s.used = 0;
    }
    memset(s.block + s.used, 0, 112 - s.used);
    store_be64(s.block + 112, high);
    store_be64(s.block + 120, bits);
    compress(s.h, s.block);
    for (int i = 0; i < 8; i++) store_be64(out + 8 * i, s.h[i]);
}

/* ========================================================================================== */
/* MARK: The sha512 and sha384 objects                                                         */
/* ========================================================================================== */

typedef struct ShaObject {
    AdObject ob;
    Sha512State *state;        /* pointer-free memory */
    int digest_size;           /* 64 or 48 */
} ShaObject;

static AdType sha512_type, sha384_type;

/* The bytes of a hashable argument: bytes, bytearray (and subclasses); str and others are
 * refused as CPython's GET_BUFFER_VIEW_OR_ERROUT refuses them. */
static int buffer_of(AdValue v, const uint8_t **data, size_t *len) {
    int64_t n = 0;
    int ok = ad_bytes_like(v, data, &n);   /* bytes, bytearray */
    *len = (size_t)n;
    if (ok) return 0;
    if (ad_is_str(v)) ad_err_set(&ad_TypeError, "Strings must be encoded before hashing");
    else ad_err_format(&ad_TypeError, "object supporting the buffer API required");
    return -1;
}

static AdValue sha_new_object(AdType *type, int digest_size) {
    ShaObject *o = (ShaObject *)ad_new_object(type, sizeof(ShaObject));
    o->state = ad_alloc_atomic(sizeof(Sha512State));
    o->digest_size = digest_size;
    compute_constants();
    sha_init(o->state, digest_size == 64 ? sha512_iv : sha384_iv);
    return AD_VAL(o);
}

/* sha512(string=b'', *, usedforsecurity=True) */
static AdValue sha_construct_common(const char *name, AdType *type, int digest_size, const AdValue *args,
                                    size_t nargs, AdValue kwnames) {
    AdValue a[2];
    if (ad_parse_args(name, args, nargs, kwnames, "|string,$usedforsecurity", a) < 0) return AD_ERROR;
    const uint8_t *data = NULL;
    size_t len = 0;
    if (a[0] && buffer_of(a[0], &data, &len) < 0) return AD_ERROR;
    AdValue o = sha_new_object(type, digest_size);
    if (len) sha_update(AD_AS(ShaObject, o)->state, data, len);
    return o;
}

static AdValue sha512_fn(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    return sha_construct_common("sha512", &sha512_type, 64, args, nargs, kwnames);
}

static AdValue sha384_fn(AdValue m, const AdValue *args, size_t nargs, AdValue kwnames) {
    return sha_construct_common("sha384", &sha384_type, 48, args, nargs, kwnames);
}

static AdValue sha_update_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("update", kwnames) < 0 || ad_check_nargs("update", nargs, 1, 1) < 0) return AD_ERROR;
    const uint8_t *data;
    size_t len;
    if (buffer_of(args[0], &data, &len) < 0) return AD_ERROR;
    sha_update(AD_AS(ShaObject, self)->state, data, len);
    return AD_NONE;
}

static AdValue sha_digest_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("digest", kwnames) < 0 || ad_check_nargs("digest", nargs, 0, 0) < 0) return AD_ERROR;
    uint8_t out[64];
    sha_final(AD_AS(ShaObject, self)->state, out);
    return ad_bytes_from(out, (size_t)AD_AS(ShaObject, self)->digest_size);
}

static AdValue sha_hexdigest_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("hexdigest", kwnames) < 0 || ad_check_nargs("hexdigest", nargs, 0, 0) < 0)
        return AD_ERROR;
    uint8_t out[64];
    char hex[129];
    static const char digits[] = "0123456789abcdef";
    int n = AD_AS(ShaObject, self)->digest_size;
    sha_final(AD_AS(ShaObject, self)->state, out);
    for (int i = 0; i < n; i++) {
        hex[2 * i] = digits[out[i] >> 4];
        hex[2 * i + 1] = digits[out[i] & 15];
    }
    return ad_str_from_utf8(hex, (size_t)(2 * n));
}

static AdValue sha_copy_method(AdValue self, const AdValue *args, size_t nargs, AdValue kwnames) {
    if (ad_check_no_kwargs("copy", kwnames) < 0 || ad_check_nargs("copy", nargs, 0, 0) < 0) return AD_ERROR;
    ShaObject *src = AD_AS(ShaObject, self);
    AdValue o = sha_new_object(ad_type(self), src->digest_size);
    *AD_AS(ShaObject, o)->state = *src->state;
    return o;
}

static AdValue sha_get_name(AdValue self) {
    return ad_str_intern_cstr(AD_AS(ShaObject, self)->digest_size == 64 ? "sha512" : "sha384");
}
static AdValue sha_get_digest_size(AdValue self) { return ad_small(AD_AS(ShaObject, self)->digest_size); }
static AdValue sha_get_block_size(AdValue self) { return ad_small(128); }

static const AdMethodDef sha_methods[] = {
    {"update", sha_update_method, 0},
    {"digest", sha_digest_method, 0},
    {"hexdigest", sha_hexdigest_method, 0},
    {"copy", sha_copy_method, 0},
    {NULL, NULL, 0},
};

static const AdGetSetDef sha_getsets[] = {
    {"name", sha_get_name, NULL},
    {"digest_size", sha_get_digest_size, NULL},
    {"block_size", sha_get_block_size, NULL},
    {NULL, NULL, NULL},
};

static AdType sha512_type = {
    .ob = {&ad_type_type},
    .name = "_sha512.sha512",
    .base = &ad_object_type,
    .instance_size = sizeof(ShaObject),
};

static AdType sha384_type = {
    .ob = {&ad_type_type},
    .name = "_sha512.sha384",
    .base = &ad_object_type,
    .instance_size = sizeof(ShaObject),
};

static const AdMethodDef sha512_module_functions[] = {
    {"sha512", sha512_fn, 0},
    {"sha384", sha384_fn, 0},
    {NULL, NULL, 0},
};

AdValue ad_sha512_module_create(void) {
    static int ready;
    if (!ready) {
        ad_type_ready(&sha512_type, sha_methods, sha_getsets);
        ad_type_ready(&sha384_type, sha_methods, sha_getsets);
        ready = 1;
    }
    compute_constants();
    AdValue m = ad_module_new("_sha512");
    ad_module_add_functions(m, sha512_module_functions);
    ad_module_add(m, "SHA512Type", AD_VAL(&sha512_type));
    ad_module_add(m, "SHA384Type", AD_VAL(&sha384_type));
    return m;
}
