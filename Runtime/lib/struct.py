"""Conversion between Python values and C structs as bytes (CPython's struct module).

A format is an optional byte order character ('@' native with alignment, the default; '='
native order, standard sizes; '<' little-endian; '>' and '!' big-endian) followed by items,
each an optional count and a code.  Sizes, native alignment (x86-64 Linux), the packing of
ints, bools, chars, strings ('s', 'p') and IEEE floats (half, single and double precision, with
correct rounding) and the error messages are CPython's.
"""

import math

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    __module__ = 'struct'


# code: (native size, standard size, signed) for the integer codes
_INT_CODES = {
    'b': (1, 1, True), 'B': (1, 1, False), 'h': (2, 2, True), 'H': (2, 2, False),
    'i': (4, 4, True), 'I': (4, 4, False), 'l': (8, 4, True), 'L': (8, 4, False),
    'q': (8, 8, True), 'Q': (8, 8, False), 'n': (8, None, True), 'N': (8, None, False),
    'P': (8, None, False),
}
_NAMED_RANGE = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
_OTHER_SIZES = {'x': 1, 'c': 1, '?': 1, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}


def _parse(fmt):
    """(byte order, native?, [(code, count, offset)], size) of a format."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('latin-1')
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    order = '@'
    i = 0
    if fmt and fmt[0] in '@=<>!':
        order = fmt[0]
        i = 1
    native = order == '@'
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            if j >= n:
                raise error("repeat count given without format specifier")
            i = j
            c = fmt[i]
        i += 1
        if c in _INT_CODES:
            native_size, std_size, _ = _INT_CODES[c]
            if not native and std_size is None:
                raise error("bad char in struct format")
            size = native_size if native else std_size
        elif c in _OTHER_SIZES:
            size = _OTHER_SIZES[c]
        else:
            raise error("bad char in struct format")
        if native and c not in 'xcsp?b' and c != 'B':
            offset = (offset + size - 1) // size * size
        if c in 'sp':
            items.append((c, 1 if count is None else count, offset))
            offset += 1 if count is None else count
        else:
            reps = 1 if count is None else count
            for _ in range(reps):
                items.append((c, 1, offset))
                offset += size
    return order, native, items, offset


def _item_size(code, native):
    if code in _INT_CODES:
        return _INT_CODES[code][0] if native else _INT_CODES[code][1]
    return _OTHER_SIZES[code]


def _as_int(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise error("required argument is not an integer")
    return index(value)


def _check_int(code, value, size, signed):
    if size * 8 == 64 or code in 'qQnNP':
        lo, hi = (-(1 << 63), (1 << 63) - 1) if signed else (0, (1 << 64) - 1)
        if not lo <= value <= hi:
            raise error("argument out of range")
        return
    lo, hi = (-(1 << (size * 8 - 1)), (1 << (size * 8 - 1)) - 1) if signed else (0, (1 << (size * 8)) - 1)
    if lo <= value <= hi:
        return
    name = _NAMED_RANGE.get(code)
    if name is not None:
        raise error("%s format requires %d <= number <= %d" % (name, lo, hi))
    if not -(1 << 63) <= value < (1 << 64) or (not signed and value < 0):
        raise error("argument out of range")
    raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))


def _round_to_bits(x, exponent_bits, fraction_bits):
    """The IEEE bit pattern of the float nearest x in a format with these field widths."""
    bias = (1 << (exponent_bits - 1)) - 1
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    top = (1 << exponent_bits) - 1
    total = exponent_bits + fraction_bits
    if x != x:
        return (top << fraction_bits) | (1 << (fraction_bits - 1))
    ax = abs(x)
    if ax == math.inf:
        return (sign << total) | (top << fraction_bits)
    if ax == 0.0:
        return sign << total
    mantissa, exponent = math.frexp(ax)      # ax = mantissa * 2**exponent, 0.5 <= mantissa < 1
    e = exponent - 1                         # ax = 1.f * 2**e
    if e < 1 - bias:                         # subnormal: fraction counts units of 2**(1-bias-fraction_bits)
        fraction = round(math.ldexp(ax, bias - 1 + fraction_bits))
        if fraction >> fraction_bits:        # rounded up into the normal range
            return (sign << total) | (1 << fraction_bits)
        return (sign << total) | fraction
    significand = round(math.ldexp(mantissa, fraction_bits + 1))
    if significand >> (fraction_bits + 1):   # rounding carried into a new binade
        significand >>= 1
        e += 1
    if e + bias >= top:
        return None
    return (sign << total) | ((e + bias) << fraction_bits) | (significand - (1 << fraction_bits))


def _bits_to_float(bits, exponent_bits, fraction_bits):
    sign = -1.0 if bits >> (exponent_bits + fraction_bits) else 1.0
    biased = (bits >> fraction_bits) & ((1 << exponent_bits) - 1)
    fraction = bits & ((1 << fraction_bits) - 1)
    bias = (1 << (exponent_bits - 1)) - 1
    if biased == (1 << exponent_bits) - 1:
        return sign * math.inf if fraction == 0 else math.nan
    if biased == 0:
        return sign * math.ldexp(fraction, 1 - bias - fraction_bits)
    return sign * math.ldexp(fraction + (1 << fraction_bits), biased - bias - fraction_bits)


_FLOAT_FIELDS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}


def _as_float(value):
    if isinstance(value, float):
        return value
    if isinstance(value, int):
        return float(value)
    if hasattr(type(value), '__float__') or hasattr(type(value), '__index__'):
        return float(value)
    raise error("required argument is not a float")


def _pack_items(order, native, items, size, args):
    expected = sum(1 for code, count, offset in items if code != 'x')
    if len(args) != expected:
        raise error("pack expected %d items for packing (got %d)" % (expected, len(args)))
    pieces = []
    position = 0
    big = order in '>!'
    k = 0
    for code, count, offset in items:
        if code == 'x':
            continue
        value = args[k]
        k += 1
        if code in _INT_CODES:
            isize = _item_size(code, native)
            signed = _INT_CODES[code][2]
            v = _as_int(value)
            if code == 'P' and v < 0:
                v &= (1 << 64) - 1
            _check_int(code, v, isize, signed)
            data = v.to_bytes(isize, 'big' if big else 'little', signed=signed)
        elif code == '?':
            data = b'\x01' if value else b'\x00'
        elif code == 'c':
            if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
                raise error("char format requires a bytes object of length 1")
            data = bytes(value)
        elif code in 'sp':
            if not isinstance(value, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % code)
            value = bytes(value)
            if code == 's':
                data = value[:count] + b'\x00' * (count - len(value[:count]))
            else:
                if count == 0:
                    data = b''
                else:
                    body = value[:count - 1]
                    data = bytes([min(len(body), 255)]) + body + b'\x00' * (count - 1 - len(body))
        else:
            x = _as_float(value)
            exponent_bits, fraction_bits = _FLOAT_FIELDS[code]
            if code == 'd':
                bits = _round_to_bits(x, exponent_bits, fraction_bits)
            else:
                bits = _round_to_bits(x, exponent_bits, fraction_bits)
                if bits is None:
                    raise OverflowError("float too large to pack with %s format" % code)
            data = bits.to_bytes((exponent_bits + fraction_bits + 1) // 8, 'big' if big else 'little')
        if offset > position:
            pieces.append(b'\x00' * (offset - position))
        pieces.append(data)
        position = offset + len(data)
    if size > position:
        pieces.append(b'\x00' * (size - position))
    return b''.join(pieces)


def _unpack_items(order, native, items, size, buffer, start=0):
    big = order in '>!'
    result = []
    for code, count, offset in items:
        if code == 'x':
            continue
        at = start + offset
        if code in _INT_CODES:
            isize = _item_size(code, native)
            result.append(int.from_bytes(buffer[at:at + isize], 'big' if big else 'little',
                                         signed=_INT_CODES[code][2]))
        elif code == '?':
            result.append(buffer[at] != 0)
        elif code == 'c':
            result.append(bytes(buffer[at:at + 1]))
        elif code == 's':
            result.append(bytes(buffer[at:at + count]))
        elif code == 'p':
            if count == 0:
                result.append(b'')
            else:
                n = min(buffer[at], count - 1)
                result.append(bytes(buffer[at + 1:at + 1 + n]))
        else:
            exponent_bits, fraction_bits = _FLOAT_FIELDS[code]
            nbytes = (exponent_bits + fraction_bits + 1) // 8
            bits = int.from_bytes(buffer[at:at + nbytes], 'big' if big else 'little')
            result.append(_bits_to_float(bits, exponent_bits, fraction_bits))
    return tuple(result)


class Struct:
    """A compiled struct format."""

    def __init__(self, format):
        self._order, self._native, self._items, self.size = _parse(format)
        self.format = format.decode('latin-1') if isinstance(format, bytes) else format

    def pack(self, *args):
        return _pack_items(self._order, self._native, self._items, self.size, args)

    def pack_into(self, buffer, offset, *args):
        data = self.pack(*args)
        if offset < 0:
            offset += len(buffer)
        if offset + len(data) > len(buffer):
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at "
                        "offset %d (actual buffer size is %d)" % (offset + len(data), len(data), offset,
                                                                   len(buffer)))
        buffer[offset:offset + len(data)] = data

    def unpack(self, buffer):
        if len(buffer) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return _unpack_items(self._order, self._native, self._items, self.size, bytes(buffer))

    def unpack_from(self, buffer, offset=0):
        if offset < 0:
            offset += len(buffer)
        if len(buffer) - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at "
                        "offset %d (actual buffer size is %d)" % (self.size + offset, self.size, offset,
                                                                   len(buffer)))
        return _unpack_items(self._order, self._native, self._items, self.size, bytes(buffer), offset)

    def iter_unpack(self, buffer):
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(buffer) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % self.size)
        data = bytes(buffer)
        return (_unpack_items(self._order, self._native, self._items, self.size, data, i)
                for i in range(0, len(data), self.size))


_cache = {}


def _struct(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = Struct(fmt)
        if len(_cache) > 100:
            _cache.clear()
        _cache[fmt] = s
    return s


def calcsize(format):
    return _struct(format).size


def pack(format, *args):
    return _struct(format).pack(*args)


def pack_into(format, buffer, offset, *args):
    return _struct(format).pack_into(buffer, offset, *args)


def unpack(format, buffer):
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    return _struct(format).iter_unpack(buffer)
