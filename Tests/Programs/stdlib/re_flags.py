# Flags: values, RegexFlag reprs and operations, inline and scoped flags, Pattern reprs.
import re

for f in (re.I, re.IGNORECASE, re.M, re.S, re.X, re.A, re.U, re.L, re.T, re.DEBUG, re.NOFLAG):
    print(repr(f), str(f), int(f), f.name, f.value, type(f).__name__)
print(re.I | re.M, re.I | re.M | re.S, re.A | re.I | re.X)
print(repr(re.I & re.M), repr(re.I ^ re.I), repr(re.I | 1024), repr(re.RegexFlag(1536)))
print(repr(~re.I), repr(~re.NOFLAG), re.I + 1, -re.I, re.I * 2, type(re.I + 1).__name__)
print(f'{re.I}', f'{re.I:d}', format(re.I | re.M, '>5'), '%s %d %r' % (re.I, re.I, re.I))
print(re.I == 2, re.I == re.IGNORECASE, re.I is re.IGNORECASE, re.RegexFlag(2) is re.I, hash(re.I) == hash(2))
print(isinstance(re.I, int), re.I in (re.I | re.M), re.M in re.I, bool(re.NOFLAG), bool(re.I))
print(list(re.I | re.A), len(re.I | re.M), list(re.RegexFlag)[:3], len(re.RegexFlag))
print(re.RegexFlag['MULTILINE'], re.RegexFlag.DOTALL, re.RegexFlag.S, (re.I | re.M).name, (re.I | 1024).name)
print(re.RegexFlag, re.RegexFlag(0))

# the flags of compiled patterns
print(re.compile('a').flags, re.compile(b'a').flags, re.compile('a', re.I).flags, re.compile('(?i)a').flags)
print(re.compile('(?s)(?m)a').flags, re.compile('(?x)a', re.A).flags, re.compile(b'(?L)a').flags)
print(re.compile('a', re.I | re.M | re.S | re.X))
print(re.compile('a', re.A), re.compile('a', re.U), re.compile(b'a'), re.compile(b'a', re.L | re.I))
print(re.compile('a', re.T | 1024), re.compile('(?i)a'), re.compile('x' * 300, re.I))

# IGNORECASE
print(re.findall('abc', 'ABC abc AbC', re.I), re.findall('[a-c]+', 'xABCx', re.I), re.findall('[^a]', 'aAb', re.I))
print(re.match(r'(a)\1', 'aA', re.I), re.findall('(?i)k', 'kK\u212a'), re.findall('(?i)s', 'sS\u017f'))
# MULTILINE, DOTALL
print(re.findall('^.', 'ab\ncd', re.M), re.findall('.$', 'ab\ncd', re.M), re.findall('a.b', 'a\nb', re.S))
print(re.findall('(?ms)^a.', 'a\nb\na\n'))
# VERBOSE
print(re.findall(r'''(\d+)   # digits
                     \s* , \s*  # comma
                     (\d+)''', '1 , 2 and 3,4', re.VERBOSE))
print(re.findall('[ #]x', ' x#x', re.X), re.findall(r'a\#b', 'a#b', re.X), re.findall('a b', 'ab', re.X))
# scoped flags
print(re.findall('(?i:a)b', 'Ab AB ab'), re.findall('a(?-i:b)', 'ab aB AB', re.I))
print(re.findall('(?s:.)(?-s:.)', 'a\n\nb'), re.findall('(?m:^a)|^b', 'b\na\nb'))
print(re.findall('(?x: a b ) c', 'ab c'), re.findall(r'(?a:\w+)', 'caf\u00e9'), re.findall(r'(?u:\w+)', 'caf\u00e9', re.A))
print(re.findall(r'(?a:\b)x', '\u00e9x ax'), re.findall(r'(?a:[\w]+)', 'ab\u00e9cd'), re.findall(r'(?a:[^\s]+)', 'a\u2003b'))
print(re.findall(r'(?a:\S+)', 'a\u2003b c'), re.findall(r'(?a:[\S]+)', 'a\u2003b c'), re.findall(r'(?a:\d)', '1\u0661'))
# ASCII
print(re.findall(r'\w+', 'caf\u00e9 \u00fcber', re.A), re.findall(r'\d', '1\u0661', re.ASCII), re.findall(r'\s', 'a\u2003b\tc', re.A))
print(re.findall(r'\b\w', '\u00e9a b', re.A), re.findall('(?ai)k', 'kK\u212a'), re.findall('(?a)[a-z]+', 'abcABC', re.I))
# flags given to a compiled pattern
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
print(re.compile(re.compile('a')).pattern, re.match(re.compile('a'), 'a'))
for pattern, flags in [('a', re.L), (b'a', re.U), ('(?a)a', re.U), (b'a', re.A | re.L)]:
    try:
        re.compile(pattern, flags)
    except ValueError as e:
        print('ValueError', e)
