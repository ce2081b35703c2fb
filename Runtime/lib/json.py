"""JSON (JavaScript Object Notation) encoding and decoding: dumps/dump, loads/load, JSONEncoder,
JSONDecoder and JSONDecodeError, with CPython 3.11's output, messages and error positions.

Encoding appends the pieces of the text to a list and joins them once; dump() writes the same
pieces CPython's iterencode yields. Strings are escaped with str.translate over a table that
fills itself in for characters outside ASCII. Decoding is a recursive scanner over the text that
moves with str.find and slices (strings are taken whole between quotes when they hold no escape),
following the C scanner CPython uses: the same accepted syntax, the same "Expecting value: line 1
column 5 (char 4)" errors at the same positions.
"""

__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

__version__ = '2.0.9'

import sys as _sys

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


# ==========================================================================================
# Errors
# ==========================================================================================

class JSONDecodeError(ValueError):
    """A ValueError for a malformed JSON document, with where it went wrong.

    msg: the message without the position; doc: the document; pos: the index in it;
    lineno, colno: the line and column (from 1) of that index.
    """
    # CPython defines the class in the json.decoder submodule, which tracebacks name.
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


# ==========================================================================================
# Encoding strings
# ==========================================================================================

class _EscapeTable(dict):
    """A str.translate table for JSON strings: the entries of ASCII are filled in advance, the
    escape of any other character is computed on first use and kept."""

    def __init__(self, ascii_only):
        dict.__init__(self)
        self.ascii_only = ascii_only
        for c in range(128):
            ch = chr(c)
            if ch == '"':
                self[c] = '\\"'
            elif ch == '\\':
                self[c] = '\\\\'
            elif ch == '\n':
                self[c] = '\\n'
            elif ch == '\r':
                self[c] = '\\r'
            elif ch == '\t':
                self[c] = '\\t'
            elif ch == '\b':
                self[c] = '\\b'
            elif ch == '\f':
                self[c] = '\\f'
            elif c < 0x20 or (c == 0x7f and ascii_only):
                self[c] = '\\u%04x' % c
            else:
                self[c] = ch

    def __missing__(self, c):
        if not self.ascii_only:
            value = chr(c)
        elif c < 0x10000:
            value = '\\u%04x' % c
        else:
            n = c - 0x10000
            value = '\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff))
        self[c] = value
        return value


_ESCAPE_ASCII = _EscapeTable(True)
_ESCAPE = _EscapeTable(False)


def encode_basestring_ascii(s):
    """The JSON text of a str with every character outside printable ASCII escaped."""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + s.translate(_ESCAPE_ASCII) + '"'


def encode_basestring(s):
    """The JSON text of a str, escaping only quotes, backslashes and control characters."""
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + s.translate(_ESCAPE) + '"'


py_encode_basestring_ascii = encode_basestring_ascii
py_encode_basestring = encode_basestring


# ==========================================================================================
# The encoder
# ==========================================================================================

_float_repr = float.__repr__
_int_repr = int.__repr__


def _make_encoder(markers, _default, _encoder, _indent, _key_separator, _item_separator,
                  _sort_keys, _skipkeys, _allow_nan, _c_messages):
    """A function encode(o, chunks) that appends the JSON text of o to the list chunks, piece by
    piece as CPython's iterencode yields them. _c_messages: word errors as CPython's C encoder
    (used by one-shot encoding without indentation) rather than as its Python one. markers:
    None, or a list of the ids of the containers being encoded (the path from the root, short:
    a list is cheaper than CPython's dict here)."""
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def floatstr(o):
        if o != o:
            text = 'NaN'
        elif o == PosInf:
            text = 'Infinity'
        elif o == NegInf:
            text = '-Infinity'
        else:
            return _float_repr(o)
        if not _allow_nan:
            if _c_messages:
                raise ValueError("Out of range float values are not JSON compliant")
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def encode_list(lst, chunks, level):
        if not lst:
            chunks.append('[]')
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers.append(markerid)
        buf = '['
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        append = chunks.append
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            # The exact built-in types first (bool is not int here); subclasses below.
            t = type(value)
            if t is str:
                append(buf + _encoder(value))
            elif t is int:
                append(buf + _int_repr(value))
            elif t is float:
                append(buf + floatstr(value))
            elif t is dict:
                append(buf)
                encode_dict(value, chunks, level)
            elif t is list:
                append(buf)
                encode_list(value, chunks, level)
            elif isinstance(value, str):
                append(buf + _encoder(value))
            elif value is None:
                append(buf + 'null')
            elif value is True:
                append(buf + 'true')
            elif value is False:
                append(buf + 'false')
            elif isinstance(value, int):
                append(buf + _int_repr(value))
            elif isinstance(value, float):
                append(buf + floatstr(value))
            else:
                append(buf)
                if isinstance(value, (list, tuple)):
                    encode_list(value, chunks, level)
                elif isinstance(value, dict):
                    encode_dict(value, chunks, level)
                else:
                    encode(value, chunks, level)
        if newline_indent is not None:
            level -= 1
            append('\n' + _indent * level)
        append(']')
        if markers is not None:
            markers.pop()

    def encode_dict(dct, chunks, level):
        if not dct:
            chunks.append('{}')
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError("Circular reference detected")
            markers.append(markerid)
        append = chunks.append
        append('{')
        if _indent is not None:
            level += 1
            newline_indent = '\n' + _indent * level
            item_separator = _item_separator + newline_indent
            append(newline_indent)
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        if _sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _int_repr(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                append(item_separator)
            append(_encoder(key))
            append(_key_separator)
            t = type(value)
            if t is str:
                append(_encoder(value))
            elif t is int:
                append(_int_repr(value))
            elif t is float:
                append(floatstr(value))
            elif t is dict:
                encode_dict(value, chunks, level)
            elif t is list:
                encode_list(value, chunks, level)
            elif isinstance(value, str):
                append(_encoder(value))
            elif value is None:
                append('null')
            elif value is True:
                append('true')
            elif value is False:
                append('false')
            elif isinstance(value, int):
                append(_int_repr(value))
            elif isinstance(value, float):
                append(floatstr(value))
            elif isinstance(value, (list, tuple)):
                encode_list(value, chunks, level)
            elif isinstance(value, dict):
                encode_dict(value, chunks, level)
            else:
                encode(value, chunks, level)
        if newline_indent is not None:
            level -= 1
            append('\n' + _indent * level)
        append('}')
        if markers is not None:
            markers.pop()

    def encode(o, chunks, level=0):
        if isinstance(o, str):
            chunks.append(_encoder(o))
        elif o is None:
            chunks.append('null')
        elif o is True:
            chunks.append('true')
        elif o is False:
            chunks.append('false')
        elif isinstance(o, int):
            chunks.append(_int_repr(o))
        elif isinstance(o, float):
            chunks.append(floatstr(o))
        elif isinstance(o, (list, tuple)):
            encode_list(o, chunks, level)
        elif isinstance(o, dict):
            encode_dict(o, chunks, level)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError("Circular reference detected")
                markers.append(markerid)
            o = _default(o)
            encode(o, chunks, level)
            if markers is not None:
                markers.pop()

    return encode


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures.

    dict becomes an object; list and tuple arrays; str strings; int and float numbers; True,
    False and None true, false and null. Any other object goes through default(), which a
    subclass overrides (or the `default` argument replaces) to return something encodable.
    """
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        """skipkeys: drop keys that are not str, int, float, bool or None instead of raising
        TypeError. ensure_ascii: escape every non-ASCII character. check_circular: detect
        reference cycles (ValueError) instead of recursing without end. allow_nan: encode NaN
        and the infinities as NaN, Infinity, -Infinity instead of raising ValueError.
        sort_keys: objects in key order. indent: pretty-print with this many spaces (or this
        str) per level. separators: (item_separator, key_separator), by default (', ', ': '),
        or (',', ': ') with an indent. default: called for objects that cannot be encoded.
        """
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return an encodable object for o, or raise TypeError (what this base version does)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of a Python object."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        # Through iterencode, which a subclass may override, as CPython does.
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """The JSON text of a Python object, as an iterator of pieces."""
        if _one_shot and self.indent is None:
            # CPython's C encoder: the whole text at once, in a 1-tuple.
            chunks = []
            self._encoder(True)(o, chunks)
            return (''.join(chunks),)
        return self._iterencode(o)

    def _iterencode(self, o):
        chunks = []
        self._encoder(False)(o, chunks)
        yield from chunks

    def _encoder(self, c_messages):
        return _make_encoder(
            [] if self.check_circular else None, self.default,
            encode_basestring_ascii if self.ensure_ascii else encode_basestring,
            self.indent, self.key_separator, self.item_separator, self.sort_keys,
            self.skipkeys, self.allow_nan, c_messages)


# ==========================================================================================
# The decoder
# ==========================================================================================

_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

_BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

_HEX_DIGITS = '0123456789abcdefABCDEF'
_DIGITS = '0123456789'
_NUMBER_START = '-0123456789'
_WS = ' \t\n\r'


def _control_char_index(s, start, stop):
    """The index of the first character below U+0020 in s[start:stop], or -1."""
    for i in range(start, stop):
        if s[i] < ' ':
            return i
    return -1


def _hex4(s, i):
    """The value of the four hex digits at s[i:i+4], or -1 if one is not a hex digit."""
    esc = s[i:i + 4]
    if len(esc) == 4 and esc[0] in _HEX_DIGITS and esc[1] in _HEX_DIGITS and \
            esc[2] in _HEX_DIGITS and esc[3] in _HEX_DIGITS:
        return int(esc, 16)
    return -1


def scanstring(s, end, strict=True):
    """Scan the JSON string whose text starts at s[end] (just after its opening quote): return
    (the decoded str, the index after its closing quote). strict: control characters are
    errors (otherwise they are kept)."""
    begin = end - 1
    n = len(s)
    quote = s.find('"', end)
    if quote >= 0:
        chunk = s[end:quote]
        if '\\' not in chunk and (chunk.isprintable() or not strict or _control_char_index(s, end, quote) < 0):
            return chunk, quote + 1
    chunks = []
    while True:
        # The next quote or backslash, and control characters before it.
        quote = s.find('"', end)
        backslash = s.find('\\', end, quote if quote >= 0 else n)
        stop = backslash if backslash >= 0 else quote
        if strict:
            bad = _control_char_index(s, end, stop if stop >= 0 else n)
            if bad >= 0:
                raise JSONDecodeError("Invalid control character at", s, bad)
        if stop < 0:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if stop > end:
            chunks.append(s[end:stop])
        if stop == quote:
            return ''.join(chunks), quote + 1
        # An escape sequence at `stop`.
        nxt = stop + 1
        if nxt == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[nxt]
        if esc != 'u':
            char = _BACKSLASH.get(esc)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, stop)
            chunks.append(char)
            end = nxt + 1
            continue
        # \uXXXX, and a following \uXXXX low surrogate that pairs with a high one.
        digits = nxt + 1
        end = digits + 4
        if end >= n:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt)
        uni = _hex4(s, digits)
        if uni < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, nxt)
        if 0xd800 <= uni <= 0xdbff and end + 6 < n and s[end] == '\\' and s[end + 1] == 'u':
            uni2 = _hex4(s, end + 2)
            if uni2 < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            if 0xdc00 <= uni2 <= 0xdfff:
                uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                end += 6
        chunks.append(chr(uni))


py_scanstring = scanstring


def make_scanner(context):
    """The scanner of a JSONDecoder: scan_once(s, idx) -> (value, end), raising
    StopIteration(idx) when no value starts at idx."""
    parse_object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    strict = context.strict
    memo = context.memo
    if parse_float is float:
        parse_float = None
    if parse_int is int:
        parse_int = None

    def skip_ws(s, idx, n):
        while idx < n and s[idx] in _WS:
            idx += 1
        return idx

    def parse_number(s, idx, n):
        start = idx
        if s[idx] == '-':
            idx += 1
            if idx >= n:
                raise StopIteration(start)
        c = s[idx]
        if '1' <= c <= '9':
            idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        elif c == '0':
            idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx + 1 < n and s[idx] == '.' and s[idx + 1] in _DIGITS:
            is_float = True
            idx += 2
            while idx < n and s[idx] in _DIGITS:
                idx += 1
        if idx + 1 < n and (s[idx] == 'e' or s[idx] == 'E'):
            e_start = idx
            idx += 1
            if idx + 1 < n and (s[idx] == '-' or s[idx] == '+'):
                idx += 1
            while idx < n and s[idx] in _DIGITS:
                idx += 1
            if s[idx - 1] in _DIGITS:
                is_float = True
            else:
                idx = e_start
        numstr = s[start:idx]
        if is_float:
            value = parse_float(numstr) if parse_float is not None else float(numstr)
        else:
            value = parse_int(numstr) if parse_int is not None else int(numstr)
        return value, idx

    def parse_object(s, idx, n):
        # idx is just after '{'. A single space (what dumps() writes) is skipped inline, longer
        # whitespace by skip_ws.
        pairs = [] if object_pairs_hook is not None else None
        obj = {}
        if idx < n and s[idx] in _WS:
            idx = skip_ws(s, idx + 1, n)
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError("Expecting property name enclosed in double quotes", s, idx)
                key, idx = scanstring(s, idx + 1, strict)
                key = memo.setdefault(key, key)
                if idx < n and s[idx] in _WS:
                    idx += 1
                    if idx < n and s[idx] in _WS:
                        idx = skip_ws(s, idx + 1, n)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx += 1
                if idx < n and s[idx] in _WS:
                    idx += 1
                    if idx < n and s[idx] in _WS:
                        idx = skip_ws(s, idx + 1, n)
                value, idx = scan_once(s, idx)
                if pairs is None:
                    obj[key] = value
                else:
                    pairs.append((key, value))
                if idx < n and s[idx] in _WS:
                    idx = skip_ws(s, idx + 1, n)
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx += 1
                if idx < n and s[idx] in _WS:
                    idx += 1
                    if idx < n and s[idx] in _WS:
                        idx = skip_ws(s, idx + 1, n)
        if pairs is not None:
            return object_pairs_hook(pairs), idx + 1
        if parse_object_hook is not None:
            obj = parse_object_hook(obj)
        return obj, idx + 1

    def parse_array(s, idx, n):
        # idx is just after '['.
        values = []
        if idx < n and s[idx] in _WS:
            idx = skip_ws(s, idx + 1, n)
        if idx >= n or s[idx] != ']':
            append = values.append
            while True:
                value, idx = scan_once(s, idx)
                append(value)
                if idx < n and s[idx] in _WS:
                    idx = skip_ws(s, idx + 1, n)
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx += 1
                if idx < n and s[idx] in _WS:
                    idx += 1
                    if idx < n and s[idx] in _WS:
                        idx = skip_ws(s, idx + 1, n)
        return values, idx + 1

    def scan_once(s, idx):
        n = len(s)
        if idx >= n:
            raise StopIteration(idx)
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, strict)
        if c in _NUMBER_START:
            if c == '-' and s[idx:idx + 9] == '-Infinity':
                return parse_constant('-Infinity'), idx + 9
            return parse_number(s, idx, n)
        if c == '{':
            return parse_object(s, idx + 1, n)
        if c == '[':
            return parse_array(s, idx + 1, n)
        if c == 'n':
            if s[idx:idx + 4] == 'null':
                return None, idx + 4
        elif c == 't':
            if s[idx:idx + 4] == 'true':
                return True, idx + 4
        elif c == 'f':
            if s[idx:idx + 5] == 'false':
                return False, idx + 5
        elif c == 'N':
            if s[idx:idx + 3] == 'NaN':
                return parse_constant('NaN'), idx + 3
        elif c == 'I':
            if s[idx:idx + 8] == 'Infinity':
                return parse_constant('Infinity'), idx + 8
        raise StopIteration(idx)

    def scan(s, idx):
        if idx < 0:
            raise ValueError('idx cannot be negative')
        try:
            return scan_once(s, idx)
        finally:
            memo.clear()

    return scan


def _skip_whitespace(s, idx):
    n = len(s)
    while idx < n and s[idx] in ' \t\n\r':
        idx += 1
    return idx


class JSONDecoder(object):
    """Simple JSON decoder: objects become dicts, arrays lists, strings str, numbers int or
    float, true/false/null True/False/None; NaN, Infinity and -Infinity are accepted too.
    """
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        """object_hook: called with every decoded dict, its result used instead.
        object_pairs_hook: called with the list of (key, value) pairs of every object instead
        (it wins over object_hook). parse_float / parse_int: called with the text of each float
        / int (default float / int). parse_constant: called with '-Infinity', 'Infinity' or
        'NaN'. strict: control characters inside strings are errors.
        """
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s):
        """The Python value of a JSON document (a str), which must hold nothing else but
        whitespace."""
        obj, end = self.raw_decode(s, idx=_skip_whitespace(s, 0))
        end = _skip_whitespace(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON document starting at s[idx]: (value, index where it ended)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end


# ==========================================================================================
# The module's functions
# ==========================================================================================

_default_encoder = JSONEncoder(
    skipkeys=False,
    ensure_ascii=True,
    check_circular=True,
    allow_nan=True,
    indent=None,
    separators=None,
    default=None,
)

_default_decoder = JSONDecoder(object_hook=None, object_pairs_hook=None)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write the JSON text of obj to fp (an object with a write(str) method), piece by piece.
    The options are those of dumps()."""
    if (not skipkeys and ensure_ascii and
            check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        iterable = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                       check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                       separators=separators,
                       default=default, sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """The JSON text of obj, a str. See JSONEncoder for the options; cls picks a JSONEncoder
    subclass."""
    if (not skipkeys and ensure_ascii and
            check_circular and allow_nan and
            cls is None and indent is None and separators is None and
            default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii,
        check_circular=check_circular, allow_nan=allow_nan, indent=indent,
        separators=separators, default=default, sort_keys=sort_keys,
        **kw).encode(obj)


def detect_encoding(b):
    """The encoding of a JSON document given as bytes: from its BOM, or from where the zero
    bytes are among its first four (JSON text starts with an ASCII character)."""
    if b.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if b.startswith((b'\xfe\xff', b'\xff\xfe')):
        return 'utf-16'
    if b.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of the JSON document read from fp (an object with a read() method).
    The options are those of loads()."""
    return loads(fp.read(),
                 cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


# bytearray is new in Adder's runtime: builds without it accept bytes only.
try:
    _BYTES_TYPES = (bytes, bytearray)
except NameError:
    _BYTES_TYPES = (bytes,)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """The Python value of a JSON document given as str or bytes. See JSONDecoder for the
    options; cls picks a JSONDecoder subclass."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, _BYTES_TYPES):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        encoding = detect_encoding(s)
        if encoding == 'utf-8-sig':
            # The BOM is dropped here and the rest decoded as UTF-8: what the utf-8-sig codec does.
            s = s[3:].decode('utf-8', 'surrogatepass')
        else:
            s = s.decode(encoding, 'surrogatepass')

    if (cls is None and object_hook is None and
            parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


# ==========================================================================================
# The submodules
# ==========================================================================================

# CPython's json is a package: programs name json.decoder.JSONDecodeError and the like. Adder
# has no packages, so these are module objects made here, holding the same objects.
_ModuleType = type(_sys)


def _submodule(name, **attrs):
    module = _ModuleType(name)
    for key, value in attrs.items():
        setattr(module, key, value)
    return module


decoder = _submodule(
    'json.decoder', JSONDecoder=JSONDecoder, JSONDecodeError=JSONDecodeError,
    scanstring=scanstring, py_scanstring=py_scanstring, c_scanstring=None,
    NaN=NaN, PosInf=PosInf, NegInf=NegInf)
encoder = _submodule(
    'json.encoder', JSONEncoder=JSONEncoder, encode_basestring=encode_basestring,
    encode_basestring_ascii=encode_basestring_ascii,
    py_encode_basestring=py_encode_basestring,
    py_encode_basestring_ascii=py_encode_basestring_ascii,
    c_encode_basestring=None, c_encode_basestring_ascii=None, c_make_encoder=None,
    INFINITY=PosInf)
scanner = _submodule('json.scanner', make_scanner=make_scanner, py_make_scanner=make_scanner,
                     c_make_scanner=None)
