"""Pretty printing of Python data structures (CPython's pprint module).

The output is CPython's, character for character.  An object whose one-line representation fits
in the space left on the line (width minus the indentation, minus `allowance`: the closing
brackets and comma that must follow it) is written as that line.  Otherwise a dict, list, tuple,
set, frozenset, str or bytes (whose type keeps the builtin __repr__) is broken up: one element
per line, aligned after its opening bracket, each element formatted by the same rule; strings
and bytes become several adjacent literals split at word boundaries (bytes: every 4 bytes).
Other objects are written with repr() even when too long.

The one-line form is "safe": dict items are sorted (unless sort_dicts is false), containers
nested deeper than `depth` become "...", and a container inside itself becomes
"<Recursion on TYPE with id=N>".  It also tells whether the text is readable (eval() would give
the object back) and whether it is recursive.
"""

import sys as _sys
import collections as _collections

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object"""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _safe_key:
    """A sort key that orders values of unrelated types (by type name, then id) instead of failing."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _safe_tuple(t):
    return _safe_key(t[0]), _safe_key(t[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


class _Text:
    """A stream that collects what is written to it."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def getvalue(self):
        return "".join(self.parts)


_SCALARS = (str, bytes, bytearray, float, complex, bool, type(None))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream if stream is not None else _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _Text()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """(text, readable, recursive) for object on one line; subclasses may override."""
        return self._safe_repr(object, context, maxlevels, level)

    # ---- the multi-line layout -----------------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            layout = self._layout_for(object)
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    @staticmethod
    def _layout_for(object):
        r = type(object).__repr__
        if r is dict.__repr__:
            return PrettyPrinter._pprint_dict
        if r is list.__repr__:
            return PrettyPrinter._pprint_list
        if r is tuple.__repr__:
            return PrettyPrinter._pprint_tuple
        if r is set.__repr__ or r is frozenset.__repr__:
            return PrettyPrinter._pprint_set
        if r is str.__repr__:
            return PrettyPrinter._pprint_str
        if r is bytes.__repr__:
            return PrettyPrinter._pprint_bytes
        if r is _collections.OrderedDict.__repr__:
            return PrettyPrinter._pprint_ordered_dict
        if r is _collections.defaultdict.__repr__:
            return PrettyPrinter._pprint_default_dict
        if r is _collections.Counter.__repr__:
            return PrettyPrinter._pprint_counter
        if r is _collections.deque.__repr__:
            return PrettyPrinter._pprint_deque
        return None

    def _open_pad(self, stream):
        if self._indent_per_level > 1:
            stream.write(' ' * (self._indent_per_level - 1))

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._open_pad(stream)
        if len(object):
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            self._format_dict_items(items, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        close = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if type(object) is set:
            stream.write('{')
            close = '}'
        else:
            name = type(object).__name__
            stream.write(name + '({')
            close = '})'
            indent += len(name) + 1
        items = sorted(object, key=_safe_key)
        self._format_items(items, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            # At the top a split string is parenthesized, one column further in.
            indent += 1
            allowance += 1
        chunks = self._string_chunks(object, self._width - indent, allowance)
        if len(chunks) == 1:
            stream.write(chunks[0])
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(chunks))
        if level == 1:
            stream.write(')')

    @staticmethod
    def _string_chunks(text, width, allowance):
        """The literals a long string is written as: its lines, those too long split after spaces."""
        chunks = []
        lines = text.splitlines(True)
        last_line = len(lines) - 1
        for i, line in enumerate(lines):
            literal = repr(line)
            limit = width - allowance if i == last_line else width
            if len(literal) <= limit:
                chunks.append(literal)
                continue
            words = _words(line)
            current = ''
            for j, word in enumerate(words):
                candidate = current + word
                limit = width - allowance if (i == last_line and j == len(words) - 1) else width
                if len(repr(candidate)) > limit:
                    if current:
                        chunks.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        return chunks

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(_bytes_chunks(object, self._width - indent, allowance)))
        if top:
            stream.write(')')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '({')
        self._open_pad(stream)
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write('})')

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            maxlen = self._repr(object.maxlen, context, level)
            stream.write('],\n%smaxlen=%s)' % (' ' * indent, maxlen))

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ',\n' + ' ' * indent
        items = list(items)
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            key_text = self._repr(key, context, level)
            stream.write(key_text)
            stream.write(': ')
            self._format(value, stream, indent + len(key_text) + 2, allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        self._open_pad(stream)
        separator = ',\n' + ' ' * indent
        items = list(items)
        if not items:
            return
        delimiter = ''
        width = max_width = self._width - indent + 1
        last_index = len(items) - 1
        for i, item in enumerate(items):
            last = i == last_index
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                # Pack as many one-line items per line as fit.
                text = self._repr(item, context, level)
                needed = len(text) + 2
                if width < needed:
                    width = max_width
                    if delimiter:
                        delimiter = separator
                if width >= needed:
                    width -= needed
                    stream.write(delimiter)
                    delimiter = ', '
                    stream.write(text)
                    continue
            stream.write(delimiter)
            delimiter = separator
            self._format(item, stream, indent, allowance if last else 1, context, level)

    # ---- the one-line form ---------------------------------------------------------------------

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in _SCALARS:
            return repr(object), True, False
        r = typ.__repr__
        if issubclass(typ, int) and r is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(typ, dict) and r is dict.__repr__:
            if not object:
                return "{}", True, False
            key = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable, recursive = True, False
            parts = []
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            for k, v in items:
                ktext, kreadable, krecursive = self.format(k, context, maxlevels, level + 1)
                vtext, vreadable, vrecursive = self.format(v, context, maxlevels, level + 1)
                parts.append("%s: %s" % (ktext, vtext))
                readable = readable and kreadable and vreadable
                if krecursive or vrecursive:
                    recursive = True
            del context[key]
            return "{%s}" % ", ".join(parts), readable, recursive
        is_list = issubclass(typ, list) and r is list.__repr__
        if is_list or (issubclass(typ, tuple) and r is tuple.__repr__):
            if is_list:
                if not object:
                    return "[]", True, False
                pattern = "[%s]"
            elif len(object) == 1:
                pattern = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                pattern = "(%s)"
            key = id(object)
            if maxlevels and level >= maxlevels:
                return pattern % "...", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable, recursive = True, False
            parts = []
            for item in object:
                text, item_readable, item_recursive = self.format(item, context, maxlevels, level + 1)
                parts.append(text)
                if not item_readable:
                    readable = False
                if item_recursive:
                    recursive = True
            del context[key]
            return pattern % ", ".join(parts), readable, recursive
        text = repr(object)
        return text, bool(text and not text.startswith('<')), False


def _words(line):
    """line cut after each run of whitespace: 'a b  c' -> ['a ', 'b  ', 'c']."""
    words = []
    start = 0
    n = len(line)
    i = 0
    while i < n:
        while i < n and not line[i].isspace():
            i += 1
        while i < n and line[i].isspace():
            i += 1
        words.append(line[start:i])
        start = i
    return words


def _bytes_chunks(data, width, allowance):
    """The literals long bytes are written as, 4 bytes at a time."""
    chunks = []
    current = b''
    last = len(data) // 4 * 4
    for i in range(0, len(data), 4):
        part = data[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                chunks.append(repr(current))
            current = part
        else:
            current = candidate
    if current:
        chunks.append(repr(current))
    return chunks
