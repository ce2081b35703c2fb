"""A collection of string constants and classes (Template, Formatter), as CPython 3.11's string.

Adder has no `_string` C module, so the two parsers that CPython delegates to it are written here by hand and follow the C code's rules and error messages exactly:
the format-string parser (`Formatter.parse`, CPython's MarkupIterator) and the field-name splitter
(`Formatter.get_field`, CPython's FieldNameIterator). `Template` scans for its delimiter directly
when a subclass keeps the default identifier patterns; a subclass that customizes `idpattern`,
`braceidpattern`, `flags` or `pattern` is matched with the `re` module instead, as CPython does.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import re as _re

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s by sep, capitalize each word, join them again with sep (or a single space)."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


# ---- Template -----------------------------------------------------------------------------------

_IDENT_START = frozenset('_' + ascii_letters)
_IDENT_CHARS = frozenset('_' + ascii_letters + digits)

_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


class _ChainLookup:
    """The keyword arguments first, then the mapping (what CPython gets from a ChainMap)."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


_sentinel_dict = {}


class _TemplateMatch:
    """One delimiter occurrence: kind is 'escaped', 'named', 'braced' or 'invalid'."""

    def __init__(self, kind, name, start, end, invalid_at):
        self.kind = kind
        self.name = name
        self.start = start
        self.end = end
        self.invalid_at = invalid_at


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _re.IGNORECASE
    _regex = None       # a compiled pattern when a subclass customizes the matching

    def __init_subclass__(cls):
        super().__init_subclass__()
        custom = ('pattern' in cls.__dict__ or cls.idpattern != _DEFAULT_IDPATTERN
                  or cls.braceidpattern is not None or cls.flags != _re.IGNORECASE)
        re = _re
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            delim = re.escape(cls.delimiter)
            id = cls.idpattern
            bid = cls.braceidpattern or cls.idpattern
            pattern = fr"""
            {delim}(?:
              (?P<escaped>{delim})  |   # Escape sequence of two delimiters
              (?P<named>{id})       |   # delimiter and a Python identifier
              {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """
        regex = re.compile(pattern, cls.flags | re.VERBOSE)
        cls.pattern = regex
        # The hand-written scanner does what the default patterns do, faster.
        cls._regex = regex if custom else None

    def __init__(self, template):
        self.template = template

    # The scanner for the default patterns: every occurrence of the delimiter, in order.
    def _matches(self):
        regex = type(self)._regex
        if regex is not None:
            for mo in regex.finditer(self.template):
                yield self._from_re(mo)
            return
        text = self.template
        delim = self.delimiter
        dlen = len(delim)
        n = len(text)
        i = text.find(delim)
        while i >= 0:
            j = i + dlen
            if text.startswith(delim, j):
                m = _TemplateMatch('escaped', None, i, j + dlen, -1)
            elif j < n and text[j] in _IDENT_START:
                k = j + 1
                while k < n and text[k] in _IDENT_CHARS:
                    k += 1
                m = _TemplateMatch('named', text[j:k], i, k, -1)
            else:
                m = None
                if j < n and text[j] == '{' and j + 1 < n and text[j + 1] in _IDENT_START:
                    k = j + 2
                    while k < n and text[k] in _IDENT_CHARS:
                        k += 1
                    if k < n and text[k] == '}':
                        m = _TemplateMatch('braced', text[j + 1:k], i, k + 1, -1)
                if m is None:
                    m = _TemplateMatch('invalid', None, i, j, j)
            yield m
            i = text.find(delim, m.end)

    def _from_re(self, mo):
        named = mo.group('named')
        if named is not None:
            return _TemplateMatch('named', named, mo.start(), mo.end(), -1)
        braced = mo.group('braced')
        if braced is not None:
            return _TemplateMatch('braced', braced, mo.start(), mo.end(), -1)
        if mo.group('escaped') is not None:
            return _TemplateMatch('escaped', None, mo.start(), mo.end(), -1)
        if mo.group('invalid') is not None:
            return _TemplateMatch('invalid', None, mo.start(), mo.end(), mo.start('invalid'))
        return _TemplateMatch(None, None, mo.start(), mo.end(), -1)

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _unrecognized(self):
        return ValueError('Unrecognized named group in pattern', self.pattern)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        text = self.template
        parts = []
        pos = 0
        for m in self._matches():
            parts.append(text[pos:m.start])
            pos = m.end
            kind = m.kind
            if kind == 'named' or kind == 'braced':
                parts.append(str(mapping[m.name]))
            elif kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                self._invalid(m.invalid_at)
            else:
                raise self._unrecognized()
        parts.append(text[pos:])
        return ''.join(parts)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            mapping = _ChainLookup(kws, mapping)
        text = self.template
        parts = []
        pos = 0
        for m in self._matches():
            parts.append(text[pos:m.start])
            pos = m.end
            kind = m.kind
            if kind == 'named' or kind == 'braced':
                try:
                    parts.append(str(mapping[m.name]))
                except KeyError:
                    parts.append(text[m.start:m.end])
            elif kind == 'escaped':
                parts.append(self.delimiter)
            elif kind == 'invalid':
                parts.append(text[m.start:m.end])
            else:
                raise self._unrecognized()
        parts.append(text[pos:])
        return ''.join(parts)

    def is_valid(self):
        for m in self._matches():
            if m.kind == 'invalid':
                return False
            if m.kind is None:
                raise self._unrecognized()
        return True

    def get_identifiers(self):
        ids = []
        for m in self._matches():
            if m.kind == 'named' or m.kind == 'braced':
                if m.name not in ids:
                    ids.append(m.name)
            elif m.kind is None:
                raise self._unrecognized()
        return ids


# The default pattern, for programs that print or inspect it (matching does not use it).
Template.pattern = _re.compile(r"""
            \$(?:
              (?P<escaped>\$)  |   # Escape sequence of two delimiters
              (?P<named>(?a:[_a-z][_a-z0-9]*))       |   # delimiter and a Python identifier
              {(?P<braced>(?a:[_a-z][_a-z0-9]*))} |   # delimiter and a braced identifier
              (?P<invalid>)             # Other ill-formed delimiter exprs
            )
            """, _re.IGNORECASE | _re.VERBOSE)


# ---- Formatter ----------------------------------------------------------------------------------

def _format_parse(s):
    """CPython's MarkupIterator: (literal, field_name, format_spec, conversion) tuples."""
    n = len(s)
    i = 0
    while i < n:
        start = i
        c = ''
        markup = False
        while i < n:
            c = s[i]
            i += 1
            if c == '{' or c == '}':
                markup = True
                break
        at_end = i >= n
        length = i - start
        if c == '}' and markup and (at_end or s[i] != '}'):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == '{' and markup:
            raise ValueError("Single '{' encountered in format string")
        if not at_end and markup:
            if s[i] == c:
                i += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield (literal, None, None, None)
            continue
        i, field_name, spec, conversion = _parse_field(s, i, n)
        yield (literal, field_name, spec, conversion)


def _parse_field(s, i, n):
    """One replacement field after its '{': (next index, field_name, format_spec, conversion)."""
    name_start = i
    c = ''
    while i < n:
        c = s[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and s[i] != ']':
                i += 1
            continue
        if c == '}' or c == ':' or c == '!':
            break
    else:
        c = ''      # the name ran to the end of the string: no '}'
    field_name = s[name_start:i - 1]
    conversion = None
    if c == '!' or c == ':':
        if c == '!':
            if i >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[i]
            i += 1
            if i < n:
                c = s[i]
                i += 1
                if c == '}':
                    return i, field_name, '', conversion
                if c != ':':
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = i
        count = 1
        while i < n:
            c = s[i]
            i += 1
            if c == '{':
                count += 1
            elif c == '}':
                count -= 1
                if count == 0:
                    return i, field_name, s[spec_start:i - 1], conversion
        raise ValueError("unmatched '{' in format spec")
    if c != '}':
        raise ValueError("expected '}' before end of string")
    return i, field_name, '', None


def _decimal_index(s):
    """The integer a field name of decimal digits stands for, or -1 when it is not one."""
    if not s:
        return -1
    value = 0
    for ch in s:
        if not ch.isdecimal():
            return -1
        value = value * 10 + int(ch)
    return value


def _field_rest(s, i):
    n = len(s)
    while i < n:
        c = s[i]
        i += 1
        if c == '.':
            start = i
            while i < n and s[i] != '[' and s[i] != '.':
                i += 1
            name = s[start:i]
            if not name:
                raise ValueError("Empty attribute in format string")
            yield (True, name)
        elif c == '[':
            start = i
            while i < n and s[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            name = s[start:i]
            i += 1
            if not name:
                raise ValueError("Empty attribute in format string")
            index = _decimal_index(name)
            yield (False, name if index == -1 else index)
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _field_name_split(s):
    """CPython's FieldNameIterator: (first, iterator of (is_attribute, key))."""
    i = 0
    n = len(s)
    while i < n and s[i] != '.' and s[i] != '[':
        i += 1
    first = s[:i]
    index = _decimal_index(first)
    return (first if index == -1 else index), _field_rest(s, i)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in self.parse(format_string):
            if literal_text:
                result.append(literal_text)
            if field_name is not None:
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False
                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)
                obj = self.convert_field(obj, conversion)
                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)
                result.append(self.format_field(obj, format_spec))
        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _format_parse(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _field_name_split(field_name)
        obj = self.get_value(first, args, kwargs)
        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]
        return obj, first
