"""Text wrapping and filling, as CPython 3.11's textwrap.

CPython splits text into chunks with a verbose regular expression (`TextWrapper.wordsep_re`);
this module scans for the same chunks by hand, which is faster. The regular expressions are still
there as class attributes, and used when a subclass or an instance replaces one. A chunk is one of:
- a run of whitespace (the six ASCII whitespace characters);
- an em-dash between words: two or more '-' after a word character or one of !"'&.,? and
  before a word character;
- a word, the shortest run of non-whitespace that ends
  (a) with a hyphen that joins letters (two letters before it, or letter-hyphen-letter before it)
      and is followed by letter, optional hyphen, letter;
  (b) before whitespace or at the end of the text; or
  (c) before an em-dash, when its last character is a word character or one of !"'&.,?.
The alternatives are tried in that order at each length, which is what the regex engine does with
its lazy `+?`. "Letters" are word characters that are not decimal digits (`[^\\d\\W]`).
"""

import re as _re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '
_WHITESPACE = frozenset(_whitespace)
_PUNCT = frozenset('!"\'&.,?')


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_letter(c):
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _word_or_punct(c):
    return c.isalnum() or c == '_' or c in _PUNCT


def _em_dash_at(text, k, n):
    """Whether text[k:] starts with two or more '-' followed by a word character."""
    j = k
    while j < n and text[j] == '-':
        j += 1
    return j - k >= 2 and j < n and _is_word(text[j])


def _hyphen_joins(text, k, n):
    """Whether the '-' at text[k] ends a hyphenated word part (alternative (a) above)."""
    if k >= 2 and _is_letter(text[k - 1]) and _is_letter(text[k - 2]):
        pass
    elif k >= 3 and _is_letter(text[k - 1]) and text[k - 2] == '-' and _is_letter(text[k - 3]):
        pass
    else:
        return False
    if k + 2 >= n or not _is_letter(text[k + 1]):
        return False
    if _is_letter(text[k + 2]):
        return True
    return text[k + 2] == '-' and k + 3 < n and _is_letter(text[k + 3])


def _split_hyphenated(text):
    chunks = []
    n = len(text)
    i = 0
    ws = _WHITESPACE
    while i < n:
        c = text[i]
        if c in ws:
            j = i + 1
            while j < n and text[j] in ws:
                j += 1
        elif c == '-' and i > 0 and _word_or_punct(text[i - 1]) and _em_dash_at(text, i, n):
            j = i
            while text[j] == '-':
                j += 1
        else:
            k = i + 1
            while True:
                if k < n and text[k] == '-' and _hyphen_joins(text, k, n):
                    j = k + 1
                    break
                if k >= n or text[k] in ws:
                    j = k
                    break
                if text[k] == '-' and _word_or_punct(text[k - 1]) and _em_dash_at(text, k, n):
                    j = k
                    break
                k += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _split_simple(text):
    chunks = []
    n = len(text)
    i = 0
    ws = _WHITESPACE
    while i < n:
        in_ws = text[i] in ws
        j = i + 1
        while j < n and (text[j] in ws) == in_ws:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks


def _ends_sentence(chunk):
    """CPython's sentence_end_re: [a-z][.!?]["']? at the end of the chunk."""
    n = len(chunk)
    if n and chunk[-1] in '"\'':
        n -= 1
    return n >= 2 and chunk[n - 1] in '.!?' and 'a' <= chunk[n - 2] <= 'z'


def _wordsep_patterns():
    """CPython's three patterns: (wordsep_re, wordsep_simple_re, sentence_end_re)."""
    word_punct = r'[\w!"\'&.,?]'
    letter = r'[^\d\W]'
    whitespace = r'[%s]' % _re.escape(_whitespace)
    nowhitespace = '[^' + whitespace[1:]
    wordsep = _re.compile(r'''
        ( # any whitespace
          %(ws)s+
        | # em-dash between words
          (?<=%(wp)s) -{2,} (?=\w)
        | # word, possibly hyphenated
          %(nws)s+? (?:
            # hyphenated word
              -(?: (?<=%(lt)s{2}-) | (?<=%(lt)s-%(lt)s-))
              (?= %(lt)s -? %(lt)s)
            | # end of word
              (?=%(ws)s|\Z)
            | # em-dash
              (?<=%(wp)s) (?=-{2,}\w)
            )
        )''' % {'wp': word_punct, 'lt': letter, 'ws': whitespace, 'nws': nowhitespace},
        _re.VERBOSE)
    simple = _re.compile(r'(%s+)' % whitespace)
    sentence_end = _re.compile(r'[a-z][\.\!\?][\"\']?\Z')
    return wordsep, simple, sentence_end


_WORDSEP_RE, _WORDSEP_SIMPLE_RE, _SENTENCE_END_RE = _wordsep_patterns()


class TextWrapper:
    """Object for wrapping/filling text.  The public interface consists of the wrap() and fill()
    methods; the other methods are just there for subclasses to override in order to tweak the
    default behaviour."""

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))
    wordsep_re = _WORDSEP_RE
    wordsep_simple_re = _WORDSEP_SIMPLE_RE
    sentence_end_re = _SENTENCE_END_RE

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        """Expand tabs and turn every other whitespace character into a space."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split the text into indivisible chunks: words and runs of whitespace."""
        if self.break_on_hyphens is True:
            if self.wordsep_re is not _WORDSEP_RE:
                return [c for c in self.wordsep_re.split(text) if c]
            return _split_hyphenated(text)
        if self.wordsep_simple_re is not _WORDSEP_SIMPLE_RE:
            return [c for c in self.wordsep_simple_re.split(text) if c]
        return _split_simple(text)

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence end (a lowercase letter, then . ! or ?, maybe a quote)."""
        i = 0
        pattern = self.sentence_end_re
        ends_sentence = _ends_sentence if pattern is _SENTENCE_END_RE else pattern.search
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Put as much of a chunk too long for any line as fits (or all of it, alone)."""
        # Take at least one character per pass even when the indent is wider than the line.
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                # Break after the last hyphen that fits, when something other than hyphens
                # precedes it.
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and chunk[:hyphen].strip('-'):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Lay the chunks out in lines of at most self.width characters."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        max_lines = self.max_lines
        placeholder = self.placeholder
        drop_whitespace = self.drop_whitespace
        if max_lines is not None:
            indent = self.subsequent_indent if max_lines > 1 else self.initial_indent
            if len(indent) + len(placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        chunks.reverse()    # a stack: the next chunk is at the end
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # Whitespace at the start of a line goes, except at the very start of the text.
            if drop_whitespace and lines and chunks[-1].strip() == '':
                del chunks[-1]

            while chunks:
                size = len(chunks[-1])
                if cur_len + size > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += size

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            if drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            if (max_lines is None or len(lines) + 1 < max_lines
                    or (not chunks
                        or drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                    and cur_len <= width):
                lines.append(indent + ''.join(cur_line))
                continue
            # The last line allowed: end it with the placeholder, dropping chunks to make room.
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(placeholder) <= width:
                    cur_line.append(placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(placeholder) <= self.width:
                        lines[-1] = prev_line + placeholder
                        break
                lines.append(indent + placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    def wrap(self, text):
        """Split text into lines of at most self.width characters, without final newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The wrapped lines of text joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines."""
    w = TextWrapper(width=width, **kwargs)
    return w.wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string."""
    w = TextWrapper(width=width, **kwargs)
    return w.fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def _blank_or_spaces(line):
    """Whether a line is non-empty and made only of spaces and tabs."""
    return line != '' and line.strip(' \t') == ''


def dedent(text):
    """Remove any common leading whitespace (spaces and tabs) from every line in text.

    Lines made only of spaces and tabs become empty and do not count toward the margin."""
    lines = text.split('\n')
    margin = None
    for idx, line in enumerate(lines):
        if line == '':
            continue
        if _blank_or_spaces(line):
            lines[idx] = ''
            continue
        stripped = line.lstrip(' \t')
        ind = line[:len(line) - len(stripped)]
        if margin is None:
            margin = ind
        elif ind.startswith(margin):
            pass
        elif margin.startswith(ind):
            margin = ind
        else:
            for i in range(min(len(margin), len(ind))):
                if margin[i] != ind[i]:
                    margin = margin[:i]
                    break
    if margin:
        cut = len(margin)
        for idx, line in enumerate(lines):
            if line.startswith(margin):
                lines[idx] = line[cut:]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text' (by default, the lines that are
    not empty or whitespace only)."""
    out = []
    if predicate is None:
        for line in text.splitlines(True):
            out.append(prefix + line if line.strip() else line)
    else:
        for line in text.splitlines(True):
            out.append(prefix + line if predicate(line) else line)
    return ''.join(out)
