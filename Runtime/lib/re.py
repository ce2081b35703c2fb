"""Support for regular expressions (RE).

Adder's re: CPython 3.11's interface and behaviour. The matching engine is PCRE2, reached through
the builtin module _re (Runtime/src/remodule.c), which translates Python's pattern syntax, checks it
as CPython's parser does and implements Pattern and Match objects, the module functions and the
compile cache. This file adds what CPython writes in Python: the error class, the RegexFlag flags
and Scanner.
"""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


_re._register_error(error)

# --------------------------------------------------------------------
# flags: an IntFlag as enum.IntFlag would make it (boundary KEEP, global repr)

_FLAG_MEMBERS = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32), ("MULTILINE", 8),
    ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1), ("DEBUG", 128),
)
_FLAG_MASK = 511


class _FlagType(type):
    def __iter__(cls):
        return iter(cls._members_)

    def __len__(cls):
        return len(cls._members_)

    def __getitem__(cls, name):
        return cls._by_name_[name]

    def __contains__(cls, value):
        if not isinstance(value, cls):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and 'EnumType'" % type(value).__name__)
        return int(value) in cls._by_value_

    def __repr__(cls):
        return "<flag 'RegexFlag'>"

    def __call__(cls, value=0):
        member = cls._by_value_.get(value) if isinstance(value, int) else None
        if member is not None:
            return member
        if not isinstance(value, int):
            raise ValueError("%r is not a valid RegexFlag" % (value,))
        if value < 0:
            value = _FLAG_MASK & value
            member = cls._by_value_.get(value)
            if member is not None:
                return member
        return int.__new__(cls, value)


class RegexFlag(int, metaclass=_FlagType):
    _members_ = []
    _by_name_ = {}
    _by_value_ = {}

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        value = int(self)
        if value == 0:
            return "NOFLAG"
        parts = []
        rest = value
        for name, bit in _FLAG_MEMBERS:
            if value & bit:
                parts.append(name)
                rest &= ~bit
        if not parts:
            return None
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        parts = []
        rest = value
        for name, bit in _FLAG_MEMBERS:
            if value & bit:
                parts.append("re." + name)
                rest &= ~bit
        if not parts:
            return "re.RegexFlag(%d)" % value
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        if spec == "":
            return repr(self)
        return format(int(self), spec)

    def __iter__(self):
        value = int(self)
        return iter([m for m in RegexFlag._members_ if value & int(m)])

    def __len__(self):
        value = int(self)
        return len([m for m in RegexFlag._members_ if value & int(m)])

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(other).__name__, type(self).__name__))
        return int(other) & int(self) == int(other)

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        value = int(self)
        mask = _FLAG_MASK
        while mask < value:
            mask = mask * 2 + 1
        return RegexFlag(mask ^ value)


def _make_flags():
    for name, bit in _FLAG_MEMBERS:
        member = int.__new__(RegexFlag, bit)
        RegexFlag._members_.append(member)
        RegexFlag._by_name_[name] = member
        RegexFlag._by_value_[bit] = member
    noflag = int.__new__(RegexFlag, 0)
    RegexFlag._by_name_["NOFLAG"] = noflag
    RegexFlag._by_value_[0] = noflag


_make_flags()

NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)

for _name, _value in (("NOFLAG", NOFLAG), ("ASCII", A), ("A", A), ("IGNORECASE", I), ("I", I),
                      ("LOCALE", L), ("L", L), ("UNICODE", U), ("U", U), ("MULTILINE", M), ("M", M),
                      ("DOTALL", S), ("S", S), ("VERBOSE", X), ("X", X), ("TEMPLATE", T), ("T", T),
                      ("DEBUG", DEBUG)):
    setattr(RegexFlag, _name, _value)
del _name, _value

# --------------------------------------------------------------------
# public interface (in C)

compile = _re.compile
match = _re.match
fullmatch = _re.fullmatch
search = _re.search
sub = _re.sub
subn = _re.subn
split = _re.split
findall = _re.findall
finditer = _re.finditer
purge = _re.purge
template = _re.template
escape = _re.escape

Pattern = _re.Pattern
Match = _re.Match

_MAXCACHE = 512


class Scanner:
    """Tokenize a string with a lexicon of (phrase, action) pairs (CPython's experimental class).

    At each position the phrases are tried in order, as the alternation CPython builds from them
    would: the first one that matches there wins."""

    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        self._patterns = [_re.compile(phrase, flags) for phrase, action in lexicon]

    def scan(self, string):
        result = []
        append = result.append
        patterns = self._patterns
        lexicon = self.lexicon
        i = 0
        while True:
            m = None
            k = 0
            for p in patterns:
                m = p.match(string, i)
                if m is not None:
                    break
                k += 1
            if m is None:
                break
            j = m.end()
            if i == j:
                break
            action = lexicon[k][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
