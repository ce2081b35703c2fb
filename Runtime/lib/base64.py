"""Base16, Base32 and Base64 data encodings (CPython's base64 module, RFC 4648).

Decoding follows CPython's binascii: without validate=True, characters outside the alphabet
are skipped and padding ends the data once a group has at least two characters; errors are
binascii.Error (a ValueError) with binascii's messages.
"""

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes', 'b64encode', 'b64decode', 'b32encode',
           'b32decode', 'b16encode', 'b16decode', 'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']


class Error(ValueError):
    __module__ = 'binascii'


_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
_B64_VALUE = {c: i for i, c in enumerate(_B64)}
_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_VALUE = {c: i for i, c in enumerate(_B32)}
MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _input_bytes(s):
    """Encoder input: bytes-like only."""
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    if hasattr(type(s), 'tobytes'):
        return s.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(s).__name__)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    if hasattr(type(s), 'tobytes'):
        return s.tobytes()
    raise TypeError("argument should be a bytes-like object or ASCII string, not %r" % s.__class__.__name__)


def _encode64(data):
    out = []
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63])))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out.append(bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b'==')
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out.append(bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b'=')
    return b''.join(out)


def _decode64(data, strict):
    out = []
    quad_pos = 0
    left = 0
    pads = 0
    count = 0
    padding_started = False
    n = len(data)
    for i in range(n):
        c = data[i]
        if c == 61:   # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        value = _B64_VALUE.get(c)
        if value is None:
            if strict:
                raise Error('Only base64 data is allowed')
            continue
        if strict and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        count += 1
        if quad_pos == 0:
            quad_pos = 1
            left = value
        elif quad_pos == 1:
            quad_pos = 2
            out.append(((left << 2) | (value >> 4)) & 0xFF)
            left = value & 0x0F
        elif quad_pos == 2:
            quad_pos = 3
            out.append(((left << 4) | (value >> 2)) & 0xFF)
            left = value & 0x03
        else:
            quad_pos = 0
            out.append(((left << 6) | value) & 0xFF)
            left = 0
    if quad_pos != 0:
        if quad_pos == 1:
            raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more '
                        'than a multiple of 4' % count)
        raise Error('Incorrect padding')
    return bytes(out)


def b64encode(s, altchars=None):
    """Encode the bytes-like object s using Base64 and return a bytes object."""
    encoded = _encode64(_input_bytes(s))
    if altchars is not None:
        altchars = _input_bytes(altchars)
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b'+/', altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode the Base64 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b'+/'))
    return _decode64(s, validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).translate(bytes.maketrans(b'+/', b'-_'))


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    s = s.translate(bytes.maketrans(b'-_', b'+/'))
    return b64decode(s)


def b32encode(s):
    """Encode the bytes-like object s using Base32 and return a bytes object."""
    s = _input_bytes(s)
    out = []
    for i in range(0, len(s), 5):
        chunk = s[i:i + 5]
        n = int.from_bytes(chunk + b'\x00' * (5 - len(chunk)), 'big')
        chars = bytes(_B32[(n >> shift) & 31] for shift in range(35, -1, -5))
        keep = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}[len(chunk)]
        out.append(chars[:keep] + b'=' * (8 - keep))
    return b''.join(out)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b'=')
    padchars = len(s) - len(stripped)
    out = []
    for i in range(0, len(stripped), 8):
        quanta = stripped[i:i + 8]
        n = 0
        for c in quanta:
            value = _B32_VALUE.get(c)
            if value is None:
                raise Error('Non-base32 digit found')
            n = (n << 5) | value
        n <<= 5 * (8 - len(quanta))
        out.append(n.to_bytes(5, 'big'))
    decoded = b''.join(out)
    if padchars:
        if padchars not in (1, 3, 4, 6):
            raise Error('Incorrect padding')
        keep = {1: 4, 3: 3, 4: 2, 6: 1}[padchars]
        decoded = decoded[:len(decoded) - 5 + keep]
    return decoded


def b16encode(s):
    """Encode the bytes-like object s using Base16 and return a bytes object."""
    return _input_bytes(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    """Decode the Base16 encoded bytes-like object or ASCII string s."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if not (48 <= c <= 57 or 65 <= c <= 70):
            raise Error('Non-base16 digit found')
    if len(s) % 2:
        raise Error('Odd-length string')
    return bytes.fromhex(s.decode('ascii'))


def encodebytes(s):
    """Encode a bytestring into a bytes object containing multiple lines of base-64 data."""
    s = _input_bytes(s)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(_encode64(s[i:i + MAXBINSIZE]) + b'\n')
    return b''.join(pieces)


def decodebytes(s):
    """Decode a bytestring of base-64 data into a bytes object."""
    return _decode64(_input_bytes(s), False)
