"""Generating secure random numbers for managing secrets (CPython's secrets module).

Everything draws from random.SystemRandom, that is from the operating system (os.urandom).
"""

from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes', 'token_hex',
           'token_urlsafe', 'compare_digest']

_sysrand = SystemRandom()

randbits = _sysrand.getrandbits
choice = _sysrand.choice

DEFAULT_ENTROPY = 32

_URLSAFE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'


def randbelow(exclusive_upper_bound):
    """Return a random int in the range [0, n)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """Return a random byte string containing *nbytes* bytes."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _sysrand.randbytes(nbytes)


def token_hex(nbytes=None):
    """Return a random text string, in hexadecimal."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """Return a random URL-safe text string, in Base64 encoding (without '=' padding)."""
    data = token_bytes(nbytes)
    out = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk + b'\x00' * (3 - len(chunk)), 'big')
        chars = [_URLSAFE[(n >> shift) & 63] for shift in (18, 12, 6, 0)]
        out.append(''.join(chars[:len(chunk) + 1]))
    return ''.join(out)


def compare_digest(a, b):
    """Return 'a == b', in time independent of where they differ (for str or bytes)."""
    if isinstance(a, str) and isinstance(b, str):
        try:
            a = a.encode('ascii')
            b = b.encode('ascii')
        except UnicodeEncodeError:
            raise TypeError("comparing strings with non-ASCII characters is not supported")
    else:
        a_bytes = isinstance(a, (bytes, bytearray))
        b_bytes = isinstance(b, (bytes, bytearray))
        if not a_bytes and not b_bytes:
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        if not a_bytes or not b_bytes:
            other = b if a_bytes else a
            raise TypeError("a bytes-like object is required, not '%s'" % type(other).__name__)
    result = len(a) ^ len(b)
    if len(a) == len(b):
        for x, y in zip(a, b):
            result |= x ^ y
    return result == 0
