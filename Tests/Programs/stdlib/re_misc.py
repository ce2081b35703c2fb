# escape, purge, the compile cache, Scanner, copying, equality and hashing of patterns.
import re


print(re.escape('a.b*c?d+e(f)g[h]i{j}k|l^m$n\\o-p&q~r#s t\tu\nv'), re.escape(''), re.escape('\u00e9_1'))
print(re.escape(b'1.5*2'), re.match(re.escape('a.b'), 'a.b'), re.match(re.escape('a.b'), 'axb'))
for s in ['[x]', '{1,2}', '^$', 'a|b', '\\d', '# not a comment', ' spaced ']:
    assert re.fullmatch(re.escape(s), s) and re.fullmatch(re.escape(s), s, re.X), s
print('escape round-trips')

p1 = re.compile('abc')
print(p1 is re.compile('abc'), re.compile('abc', re.I) is re.compile('abc', re.I))
re.purge()
p2 = re.compile('abc')
print(p1 == p2, p1 != p2, hash(p1) == hash(p2), p1 == re.compile('abc', re.I), p1 == re.compile(b'abc'), p1 == 'abc')
print(p1.__copy__() is p1, p1.__deepcopy__({}) is p1)
m = p1.match('abc')
print(m.__copy__() is m, m.__deepcopy__(None) is m)
print(len({re.compile('x'), re.compile('x'), re.compile('y')}))
print(isinstance(p1, re.Pattern), isinstance(m, re.Match), re.Pattern.__name__, re.Match.__module__)

scanner = re.Scanner([
    (r'[a-zA-Z_]\w*', lambda s, tok: ('NAME', tok)),
    (r'\d+(\.\d*)?', lambda s, tok: ('NUMBER', float(tok) if '.' in tok else int(tok))),
    (r'[-+*/=()]', lambda s, tok: ('OP', tok)),
    (r'\s+', None),
])
print(scanner.scan('x = 3 * (y1 + 4.5)'))
print(scanner.scan('a + $b'))

# many distinct patterns through the cache
total = 0
for i in range(1200):
    total += len(re.findall('%d' % (i % 700), '0123456789' * 3))
print(total)

# a compiled pattern used as a module-level argument
num = re.compile(r'\d+')
print(re.findall(num, 'a1b22'), re.sub(num, '#', 'a1b22'), re.split(num, 'a1b22'), re.fullmatch(num, '42'))
print(re.search(num, 'x7').group(), [m.group() for m in re.finditer(num, '1 2 3')], re.subn(num, '', '1a2'))

# templates through Match.expand and sub with bytes
m = re.match(rb'(?P<a>\w)(\w)', b'xy')
print(m.expand(rb'\2\g<a>\n'), re.sub(rb'(\w)', rb'\1\1', b'ab'))
print(re.compile('(a)(b)').sub(r'\2\1', 'abab'), re.compile('(a)(b)').sub(r'\2\1', 'abab'))
