# Errors: re.error with msg/pattern/pos/lineno/colno for invalid patterns and templates, and the
# TypeErrors, ValueErrors and IndexErrors of the API.
import re

patterns = [
    '*', 'a**', 'a*+?+', '+a', '?', 'a{2}{3}', '^*', r'\b+', '(?i)*', 'x|*',
    '(', '(a', 'a)', '())', '[a', '[', '[]', '[^]', r'[a-\d]', r'[\d-z]', '[z-a]', r'[\x41-\x40]',
    r'\q', r'\x', r'\x4', r'\u12', r'\U0011ffff', r'\8', r'\400', r'[\400]', r'[\8]', r'[\A]', r'[\B]',
    'a\\', r'(?P<1>a)', r'(?P<a b>x)', r'(?P<>x)', r'(?P<a>x)(?P<a>y)', r'(?P=a)', r'(?P<a>x)(?P=b)',
    r'(?P<a>(?P=a))', r'(?P', r'(?Px)', r'(?<x)', r'(?<', r'(?', r'(?z)', r'(?#abc', r'(?P<a',
    r'\1', r'(a)\2', r'(a\1)', r'(?(1)a|b|c)', r'(?(x)a)', r'(?(0)a)', r'(?(-1)a)', r'(?(a b)x)',
    r'(?(2)a)(b)', r'(?(3)a)', r'(?<=a+)b', r'(?<!ab|c)d', r'(?<=(a)\1)', r'(?<=a(?P=x))',
    'a{3,2}', r'(?i', r'(?i-', r'(?i-z', r'(?-)', r'(?i-i:a)', r'(?a-u:x)', r'(?au)x', r'(?L)x',
    r'(?-a:x)', r'(?t:x)', r'(?-t:x)', r'a(?i)b', r'(?x)a(?s)', r'\N', r'\N{', r'\N{}', r'\N{NO SUCH NAME}',
    'abc\n(\ndef', 'a\nb\n\\q', '(?x)\n#c\n  *',
]
for p in patterns:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p)

for p in [b'\\u1234', b'(?u)x', b'[\\xff-\\x00]', b'a**']:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.pos, e.lineno)

try:
    re.compile('a{4294967296}')
except OverflowError as e:
    print('OverflowError', e)

# replacement templates
for repl in [r'\2', r'\g<2>', r'\g<x>', r'\g<1', r'\g', r'\g<>', r'\g<a b>', r'\g<-1>', r'\q',
             r'\400', '\\', r'\g<99999999999>']:
    try:
        print(repr(repl), re.sub('(a)', repl, 'a'))
    except re.error as e:
        print(repr(repl), 're.error', e, e.pos, e.pattern == repl)
    except IndexError as e:
        print(repr(repl), 'IndexError', e)

# type errors
def attempt(label, fn, *args, **kwargs):
    try:
        print(label, repr(fn(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)

attempt('compile int', re.compile, 1)
attempt('compile list', re.compile, [1])
attempt('compile flags str', re.compile, 'a', 'x')
attempt('match int', re.match, 'a', 1)
attempt('match bytes', re.match, 'a', b'a')
attempt('bytes match str', re.match, b'a', 'a')
attempt('search None', re.compile('a').search, None)
attempt('sub repl int', re.sub, 'a', 1, 'abc')
attempt('sub repl bytes', re.sub, 'a', b'x', 'abc')
attempt('sub bytes repl str', re.sub, b'a', 'x', b'abc')
attempt('sub callable int', re.sub, 'a', lambda m: 1, 'xa')
attempt('sub count str', re.sub, 'a', 'b', 'a', 'x')
attempt('match missing', re.match, 'a')
attempt('match extra', re.match, 'a', 'b', 0, 1)
attempt('match kw', re.match, 'a', string='a', flags=0)
attempt('match bad kw', re.match, 'a', 'a', flag=0)
attempt('match dup', re.match, 'a', 'a', pattern='b')
attempt('sub missing', re.sub, 'a')
attempt('purge args', re.purge, 1)
attempt('pattern match missing', re.compile('a').match)
attempt('pattern match pos str', re.compile('a').match, 'a', 'x')
attempt('pattern match bad kw', re.compile('a').match, 'a', where=1)
attempt('split maxsplit', re.split, ',', 'a,b', 'x')
attempt('escape int', re.escape, 5)
attempt('expand bad', re.match('(a)', 'a').expand, r'\2')
attempt('groups bad kw', re.match('(a)', 'a').groups, fill=1)
attempt('Pattern()', re.Pattern)
attempt('Match()', re.Match)
attempt('error()', re.error, 'msg', 'pat', 1)
attempt('error str', str, re.error('msg', b'a\nb', 2))
attempt('error pos', lambda: (re.error('m').pos, re.error('m').lineno, re.error('m', 'x').pos))
