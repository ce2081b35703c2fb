"""Secure hashes and message digests (CPython's hashlib: md5, sha1, sha224, sha256, sha384, sha512).

sha384 and sha512 come from the runtime's C module _sha512; md5, sha1, sha224 and sha256 are
written here from their specifications (RFC 1321, FIPS 180-4): each object keeps its chaining
state, the bytes not yet filling a 64-byte block, and the message length, so update() may be
called any number of times and copy() forks the computation.
"""

from _sha512 import sha512, sha384

__all__ = ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'new', 'algorithms_guaranteed',
           'algorithms_available')

algorithms_guaranteed = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'}
algorithms_available = set(algorithms_guaranteed)

_MASK = 0xFFFFFFFF


def _as_bytes(data):
    if isinstance(data, str):
        raise TypeError("Strings must be encoded before hashing")
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    try:
        return bytes(data)
    except TypeError:
        raise TypeError("object supporting the buffer API required") from None


def _rotl(x, n):
    return ((x << n) | (x >> (32 - n))) & _MASK


def _rotr(x, n):
    return ((x >> n) | (x << (32 - n))) & _MASK


class _BlockHash:
    """The Merkle-Damgard frame shared by md5 and the sha1/sha2 family: 64-byte blocks."""

    block_size = 64

    def __init__(self, data=b'', *, usedforsecurity=True):
        self._state = list(self._INITIAL)
        self._pending = b''
        self._length = 0
        if data:
            self.update(data)

    def update(self, data):
        data = self._pending + _as_bytes(data)
        self._length += len(data) - len(self._pending)
        full = len(data) - len(data) % 64
        for i in range(0, full, 64):
            self._compress(data[i:i + 64])
        self._pending = data[full:]

    def copy(self):
        other = object.__new__(type(self))
        other._state = list(self._state)
        other._pending = self._pending
        other._length = self._length
        return other

    def _final_state(self):
        saved = (list(self._state), self._pending, self._length)
        bit_length = self._length * 8
        tail = b'\x80' + b'\x00' * ((55 - self._length) % 64)
        tail += bit_length.to_bytes(8, self._LENGTH_ORDER)
        data = self._pending + tail
        for i in range(0, len(data), 64):
            self._compress(data[i:i + 64])
        state = self._state
        self._state, self._pending, self._length = saved
        return state

    def digest(self):
        state = self._final_state()
        out = b''.join(w.to_bytes(4, self._WORD_ORDER) for w in state)
        return out[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def __repr__(self):
        return '<%s _hashlib.HASH object @ %s>' % (self.name, hex(id(self)))


_MD5_SHIFTS = [7, 12, 17, 22] * 4 + [5, 9, 14, 20] * 4 + [4, 11, 16, 23] * 4 + [6, 10, 15, 21] * 4


def _md5_constants():
    import math
    return [int(abs(math.sin(i + 1)) * 4294967296) & _MASK for i in range(64)]


_MD5_K = _md5_constants()


class _MD5(_BlockHash):
    name = 'md5'
    digest_size = 16
    _INITIAL = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476)
    _LENGTH_ORDER = 'little'
    _WORD_ORDER = 'little'

    def _compress(self, block):
        m = [int.from_bytes(block[i:i + 4], 'little') for i in range(0, 64, 4)]
        a, b, c, d = self._state
        for i in range(64):
            if i < 16:
                f = (b & c) | (~b & d)
                g = i
            elif i < 32:
                f = (d & b) | (~d & c)
                g = (5 * i + 1) % 16
            elif i < 48:
                f = b ^ c ^ d
                g = (3 * i + 5) % 16
            else:
                f = c ^ (b | (~d & _MASK))
                g = (7 * i) % 16
            f = (f + a + _MD5_K[i] + m[g]) & _MASK
            a, d, c = d, c, b
            b = (b + _rotl(f, _MD5_SHIFTS[i])) & _MASK
        s = self._state
        self._state = [(s[0] + a) & _MASK, (s[1] + b) & _MASK, (s[2] + c) & _MASK, (s[3] + d) & _MASK]


class _SHA1(_BlockHash):
    name = 'sha1'
    digest_size = 20
    _INITIAL = (0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0)
    _LENGTH_ORDER = 'big'
    _WORD_ORDER = 'big'

    def _compress(self, block):
        w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
        for i in range(16, 80):
            w.append(_rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1))
        a, b, c, d, e = self._state
        for i in range(80):
            if i < 20:
                f = (b & c) | (~b & d)
                k = 0x5A827999
            elif i < 40:
                f = b ^ c ^ d
                k = 0x6ED9EBA1
            elif i < 60:
                f = (b & c) | (b & d) | (c & d)
                k = 0x8F1BBCDC
            else:
                f = b ^ c ^ d
                k = 0xCA62C1D6
            temp = (_rotl(a, 5) + (f & _MASK) + e + k + w[i]) & _MASK
            e, d, c, b, a = d, c, _rotl(b, 30), a, temp
        s = self._state
        self._state = [(x + y) & _MASK for x, y in zip(s, (a, b, c, d, e))]


def _sha256_constants():
    """The first 32 bits of the fractional parts of the cube roots of the first 64 primes."""
    primes = []
    n = 2
    while len(primes) < 64:
        if all(n % p for p in primes if p * p <= n):
            primes.append(n)
        n += 1
    return [_icbrt_frac32(p) for p in primes]


def _icbrt_frac32(p):
    # floor(cbrt(p) * 2**32) mod 2**32, exactly, by integer cube root.
    target = p << 96
    x = int(round(p ** (1.0 / 3.0) * 2**32))
    while x ** 3 > target:
        x -= 1
    while (x + 1) ** 3 <= target:
        x += 1
    return x & _MASK


_SHA256_K = _sha256_constants()


class _SHA256(_BlockHash):
    name = 'sha256'
    digest_size = 32
    _INITIAL = (0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19)
    _LENGTH_ORDER = 'big'
    _WORD_ORDER = 'big'

    def _compress(self, block):
        w = [int.from_bytes(block[i:i + 4], 'big') for i in range(0, 64, 4)]
        for i in range(16, 64):
            s0 = _rotr(w[i - 15], 7) ^ _rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            s1 = _rotr(w[i - 2], 17) ^ _rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w.append((w[i - 16] + s0 + w[i - 7] + s1) & _MASK)
        a, b, c, d, e, f, g, h = self._state
        for i in range(64):
            s1 = _rotr(e, 6) ^ _rotr(e, 11) ^ _rotr(e, 25)
            ch = (e & f) ^ (~e & g)
            t1 = (h + s1 + ch + _SHA256_K[i] + w[i]) & _MASK
            s0 = _rotr(a, 2) ^ _rotr(a, 13) ^ _rotr(a, 22)
            maj = (a & b) ^ (a & c) ^ (b & c)
            t2 = (s0 + maj) & _MASK
            h, g, f, e, d, c, b, a = g, f, e, (d + t1) & _MASK, c, b, a, (t1 + t2) & _MASK
        s = self._state
        self._state = [(x + y) & _MASK for x, y in zip(s, (a, b, c, d, e, f, g, h))]


class _SHA224(_SHA256):
    name = 'sha224'
    digest_size = 28
    _INITIAL = (0xC1059ED8, 0x367CD507, 0x3070DD17, 0xF70E5939, 0xFFC00B31, 0x68581511, 0x64F98FA7, 0xBEFA4FA4)


def md5(data=b'', *, usedforsecurity=True):
    return _MD5(data)


def sha1(data=b'', *, usedforsecurity=True):
    return _SHA1(data)


def sha224(data=b'', *, usedforsecurity=True):
    return _SHA224(data)


def sha256(data=b'', *, usedforsecurity=True):
    return _SHA256(data)


_CONSTRUCTORS = {'md5': md5, 'sha1': sha1, 'sha224': sha224, 'sha256': sha256, 'sha384': sha384,
                 'sha512': sha512}


def new(name, data=b'', **kwargs):
    """A new hashing object using the named algorithm."""
    constructor = _CONSTRUCTORS.get(name.lower() if isinstance(name, str) else name)
    if constructor is None:
        raise ValueError('unsupported hash type ' + str(name))
    return constructor(data)
