# Match objects and Pattern attributes: group/groups/groupdict, spans, lastindex/lastgroup,
# expand, indexing, pos/endpos, reprs.
import re

p = re.compile(r'(?P<key>\w+)=(?P<value>\w*)(;)?')
m = p.search('  color=red; size=')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('value'), m.group(3))
print(m.group(1, 'value', 0))
print(m.groups(), m.groups('-'), m.groups(default=0))
print(m.groupdict(), m.groupdict('?'))
print(m.start(), m.end(), m.span(), m.start(1), m.end('value'), m.span(3))
print(m[0], m[1], m['key'], m[2])
print(m.lastindex, m.lastgroup, m.pos, m.endpos)
print(m.string, m.re is p, m.re.pattern)
print(m.regs)
print(m.expand(r'\g<value>:\1 [\g<0>] \\n'))
print(bool(m), type(m).__name__, type(m).__module__)

m2 = p.search('x=; y=2', 3)
print(m2, m2.groups(), m2.span(3), m2.start(3), m2.lastindex, m2.lastgroup)

print(p.pattern, p.flags, p.groups, sorted(p.groupindex.items()))
print(p, type(p).__name__, type(p).__module__)

# unmatched groups
m = re.match(r'(a)|(b)', 'b')
print(m.groups(), m.group(1), m.span(1), m.lastindex, m.lastgroup, m.regs)
m = re.match(r'(a)(b)?', 'a')
print(m.groups(), m.groups(''), m.groupdict(), m.expand(r'[\2]'))

# lastindex: the group that closed last
for pat, text in [(r'(a)(b)', 'ab'), (r'((a)b)', 'ab'), (r'(a)(b)?', 'a'), (r'(?:(a)|b)*', 'ab'),
                  (r'((a)|(b))+', 'ab'), (r'(a)()', 'a'), (r'(a())', 'a'), (r'x', 'x'),
                  (r'(?P<outer>(?P<inner>a))', 'a'), (r'(?P<one>a)(?P<two>b)?', 'a')]:
    m = re.match(pat, text)
    print(pat, m.lastindex, m.lastgroup)

# pos and endpos
p = re.compile(r'\w+')
print(p.match('ab cd', 3), p.match('ab cd', 3, 4), p.search('ab cd', 1, 2))
print(p.match('abc', -5).pos, p.match('abc', 0, 100).endpos, p.search('abc', 5))
print(p.fullmatch('ab cd', 3), p.fullmatch('ab cd', 0, 2))
print(re.compile('^b').search('ab', 1), re.compile('(?m)^b').search('a\nb', 2))
print(re.compile(r'\bb').search('ab', 1), re.compile(r'(?<=a)b').search('ab', 1))
print(re.compile('a$').search('ab', 0, 1), re.compile(r'a\Z').search('ab', 0, 1))
print(p.match(string='xy', pos=1), p.search('xy', endpos=1))
print(p.findall('ab cd ef', 2, 7), [m.span() for m in p.finditer('ab cd ef', 2, 7)])

# match repr truncation and bytes
print(re.match(r'.*', 'x' * 80))
print(re.match(rb'(\w+)', b'bytes!'), re.match(rb'(\w+)', b'bytes!').group(1))
print(re.match(r'.+', 'quote\'s "x"'))

# indexing errors
m = re.match(r'(a)(?P<n>b)', 'ab')
for bad in [3, -1, 'nope', 1.5, None]:
    try:
        m.group(bad)
    except IndexError as e:
        print('group', repr(bad), 'IndexError', e)
for fn in (m.start, m.end, m.span):
    try:
        fn(5)
    except IndexError as e:
        print(fn.__name__, 'IndexError', e)
try:
    m['x']
except IndexError as e:
    print('getitem IndexError', e)
print(m.group(True), m.start(False))

# scanner
sc = re.compile(r'\d').scanner('a1b2')
print(sc.match(), sc.search(), sc.search(), sc.search(), sc.pattern.pattern)
sc = re.compile(r'\d').scanner('12a')
print(sc.match(), sc.match(), sc.match())

# many groups
p = re.compile(''.join('(%s)' % c for c in 'abcdefghijklmnopqrst'))
m = p.match('abcdefghijklmnopqrst')
print(m.groups(), m.lastindex, m.span(20), m[15])
