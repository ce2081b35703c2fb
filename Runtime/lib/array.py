"""Typed arrays of numbers (CPython's array module).

An array keeps its items in a list of Python values that are always what the C array would
read back: ints within the typecode's range (checked on every store, with CPython's
OverflowError messages) and, for 'f', floats rounded to single precision; 'd' holds floats and
'u' one-character strings.  Bytes conversions (tobytes, frombytes) use the machine's layout:
little-endian, IEEE 754, and the item sizes of x86-64 Linux.
"""

import math

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuhHiIlLqQfd'

# typecode: (itemsize, minimum, maximum, message below minimum, message above maximum)
_INT_CODES = {
    'b': (1, -128, 127, "signed char is less than minimum", "signed char is greater than maximum"),
    'B': (1, 0, 255, "unsigned byte integer is less than minimum",
          "unsigned byte integer is greater than maximum"),
    'h': (2, -32768, 32767, "signed short integer is less than minimum",
          "signed short integer is greater than maximum"),
    'H': (2, 0, 65535, "unsigned short is less than minimum", "unsigned short is greater than maximum"),
    'i': (4, -2**31, 2**31 - 1, "signed integer is less than minimum", "signed integer is greater than maximum"),
    'I': (4, 0, 2**32 - 1, "can't convert negative value to unsigned int", "unsigned int is greater than maximum"),
    'l': (8, -2**63, 2**63 - 1, "Python int too large to convert to C long",
          "Python int too large to convert to C long"),
    'L': (8, 0, 2**64 - 1, "can't convert negative value to unsigned int",
          "Python int too large to convert to C unsigned long"),
    'q': (8, -2**63, 2**63 - 1, "int too big to convert", "int too big to convert"),
    'Q': (8, 0, 2**64 - 1, "can't convert negative int to unsigned", "int too big to convert"),
}
_ITEMSIZE = {'u': 4, 'f': 4, 'd': 8}
for _code in _INT_CODES:
    _ITEMSIZE[_code] = _INT_CODES[_code][0]


def _index(value):
    if isinstance(value, int):
        return int(value)
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


def _real(value):
    if isinstance(value, float):
        return float(value)
    if isinstance(value, int):
        return float(value)
    if hasattr(type(value), '__float__') or hasattr(type(value), '__index__'):
        return float(value)
    raise TypeError("must be real number, not %s" % type(value).__name__)


def _single(x):
    """x rounded to the nearest IEEE single-precision value (as a C cast from double does)."""
    if x != x or x in (math.inf, -math.inf) or x == 0.0:
        return x
    mantissa, exponent = math.frexp(x)       # x = mantissa * 2**exponent, 0.5 <= |mantissa| < 1
    bits = 24 if exponent >= -125 else 24 - (-125 - exponent)
    if bits <= 0:
        scaled = round(math.ldexp(mantissa, bits))
        return math.copysign(math.ldexp(scaled, exponent - bits), x) if scaled else math.copysign(0.0, x)
    scaled = round(math.ldexp(mantissa, bits))   # exact, then rounded half to even
    result = math.ldexp(scaled, exponent - bits)
    if abs(result) > 3.4028234663852886e38:
        return math.copysign(math.inf, x)
    return result


def _float_bits(x, exponent_bits, fraction_bits):
    """The IEEE 754 bit pattern of x (already representable in that format)."""
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    bias = (1 << (exponent_bits - 1)) - 1
    top = (1 << exponent_bits) - 1
    if x != x:
        return (top << fraction_bits) | (1 << (fraction_bits - 1))
    x = abs(x)
    if x == math.inf:
        return (sign << (exponent_bits + fraction_bits)) | (top << fraction_bits)
    if x == 0.0:
        return sign << (exponent_bits + fraction_bits)
    mantissa, exponent = math.frexp(x)
    biased = exponent - 1 + bias
    if biased <= 0:          # subnormal
        fraction = int(math.ldexp(x, bias - 1 + fraction_bits))
        biased = 0
    else:
        fraction = int(math.ldexp(mantissa, fraction_bits + 1)) - (1 << fraction_bits)
    return (sign << (exponent_bits + fraction_bits)) | (biased << fraction_bits) | fraction


def _bits_float(bits, exponent_bits, fraction_bits):
    sign = -1.0 if bits >> (exponent_bits + fraction_bits) else 1.0
    biased = (bits >> fraction_bits) & ((1 << exponent_bits) - 1)
    fraction = bits & ((1 << fraction_bits) - 1)
    bias = (1 << (exponent_bits - 1)) - 1
    if biased == (1 << exponent_bits) - 1:
        return sign * math.inf if fraction == 0 else math.nan
    if biased == 0:
        return sign * math.ldexp(fraction, 1 - bias - fraction_bits)
    return sign * math.ldexp(fraction + (1 << fraction_bits), biased - bias - fraction_bits)


class array:
    """array(typecode [, initializer]) -> array"""

    __adder_tp_name__ = 'array.array'

    __slots__ = ('_code', '_items')

    def __init__(self, *args):
        if not args:
            raise TypeError("array() takes at least 1 argument (0 given)")
        if len(args) > 2:
            raise TypeError("array() takes at most 2 arguments (%d given)" % len(args))
        typecode = args[0]
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
        if typecode not in _ITEMSIZE:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self._code = typecode
        self._items = []
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if typecode != 'u':
                    raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
                self._items = list(init)
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            elif isinstance(init, array) and init._code == 'u' and typecode != 'u':
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            elif isinstance(init, array):
                self._items = [self._check(v) for v in init._items]
            else:
                self.extend(init)

    # ---- storing ------------------------------------------------------------------------------

    def _check(self, value):
        """value as this array stores it, or TypeError/OverflowError."""
        code = self._code
        limits = _INT_CODES.get(code)
        if limits is not None:
            v = _index(value)
            if v < limits[1]:
                raise OverflowError(limits[3])
            if v > limits[2]:
                raise OverflowError(limits[4])
            return v
        if code == 'd':
            return _real(value)
        if code == 'f':
            return _single(_real(value))
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError("array item must be unicode character")
        return value

    @property
    def typecode(self):
        return self._code

    @property
    def itemsize(self):
        return _ITEMSIZE[self._code]

    def _same_kind(self, other, message):
        if not isinstance(other, array) or other._code != self._code:
            raise TypeError(message)

    def append(self, value):
        self._items.append(self._check(value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            self._same_kind(iterable, "can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        check = self._check
        for value in iterable:
            self._items.append(check(value))

    def insert(self, i, value):
        self._items.insert(i, self._check(value))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, value):
        for i, item in enumerate(self._items):
            if item == value:
                del self._items[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, value, start=0, stop=None):
        n = len(self._items)
        if stop is None:
            stop = n
        for i in range(*slice(start, stop).indices(n)):
            if self._items[i] == value:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, value):
        return sum(1 for item in self._items if item == value)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, values):
        if not isinstance(values, list):
            raise TypeError("arg must be list")
        checked = [self._check(v) for v in values]
        self._items.extend(checked)

    def tounicode(self):
        if self._code != 'u':
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, text):
        if self._code != 'u':
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(text)

    def buffer_info(self):
        return (id(self), len(self._items))

    def byteswap(self):
        size = self.itemsize
        if size == 1:
            return
        data = self.tobytes()
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        del self._items[:]
        self.frombytes(swapped)

    def tobytes(self):
        code = self._code
        size = _ITEMSIZE[code]
        parts = []
        if code in _INT_CODES:
            signed = _INT_CODES[code][1] < 0
            for v in self._items:
                parts.append(v.to_bytes(size, 'little', signed=signed))
        elif code == 'd':
            for v in self._items:
                parts.append(_float_bits(v, 11, 52).to_bytes(8, 'little'))
        elif code == 'f':
            for v in self._items:
                parts.append(_float_bits(v, 8, 23).to_bytes(4, 'little'))
        else:
            for v in self._items:
                parts.append(ord(v).to_bytes(4, 'little'))
        return b"".join(parts)

    def frombytes(self, data):
        data = bytes(data)
        size = _ITEMSIZE[self._code]
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        code = self._code
        items = self._items
        for i in range(0, len(data), size):
            chunk = data[i:i + size]
            if code in _INT_CODES:
                items.append(int.from_bytes(chunk, 'little', signed=_INT_CODES[code][1] < 0))
            elif code == 'd':
                items.append(_bits_float(int.from_bytes(chunk, 'little'), 11, 52))
            elif code == 'f':
                items.append(_bits_float(int.from_bytes(chunk, 'little'), 8, 23))
            else:
                items.append(chr(int.from_bytes(chunk, 'little')))

    # ---- the sequence protocol ----------------------------------------------------------------

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def _new(self, items):
        result = array(self._code)
        result._items = items
        return result

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self._new(self._items[i])
        try:
            return self._items[_index(i)]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(value).__name__)
            if value._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            self._items[i] = value._items
            return
        value = self._check(value)
        try:
            self._items[_index(i)] = value
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, i):
        if isinstance(i, slice):
            del self._items[i]
            return
        try:
            del self._items[_index(i)]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self._same_kind(other, "can only extend with array of same kind")
        self._items.extend(other._items)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._code
        if self._code == 'u':
            return "array('u', %r)" % "".join(self._items)
        return "array('%s', %r)" % (self._code, self._items)

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))


ArrayType = array
