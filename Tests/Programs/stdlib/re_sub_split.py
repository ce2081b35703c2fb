# sub/subn (templates, callables, counts, empty matches), split, findall, finditer.
import re

# templates
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'a bc'))
print(re.sub(r'\w+', r'[\g<0>]', 'a bc'))
print(re.sub(r'(\w)', r'\g<1>0', 'ab'))
print(re.sub(r'x', r'\n\t\\', 'axb'))
print(repr(re.sub(r'x', r'\0\01\101', 'x')))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'x', r'\.\-', 'x'))
print(re.sub('a', 'b', 'aaa', 2), re.sub('a', 'b', 'aaa', count=1), re.sub('a', 'b', 'aaa', -1))
print(re.subn(r'\d', '#', 'a1b2c3'), re.subn(r'\d', '#', 'abc'), re.subn('a', 'b', 'aaa', 2))
print(re.compile(r'\s+').sub(' ', 'a   b \n c'))
print(re.compile(r'o').subn('0', 'foo boo', count=3))

# callables
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'\w+', lambda m: m.group().upper() if len(m.group()) > 2 else None, 'ab cde f ghij'))
print(re.sub(r'(?P<n>\d)', lambda m: '<%s@%d>' % (m['n'], m.start()), 'x1y2'))
calls = []
def record(m):
    calls.append((m.span(), m.pos, m.endpos))
    return '-'
print(re.sub('b*', record, 'abc'), calls)

class Repl:
    def __call__(self, m):
        return m.group().swapcase()
print(re.sub('[a-z]+', Repl(), 'Hello World'))

# empty matches (3.7+ rules)
print(re.sub('x*', '-', 'abxd'))
print(re.sub('x*', '-', ''))
print(re.sub('', '-', 'abc'))
print(re.sub(r'\b', '|', 'ab cd'))
print(re.sub('(?=b)', '^', 'abab'))
print(re.sub('a|(?=b)', '_', 'abab'))
print(re.subn('x?', 'y', 'xax'))
print(re.sub('^', '> ', 'one\ntwo\n', flags=re.M))
print(re.sub('$', '<', 'one\ntwo\n', flags=re.M))
print(re.sub('$', '<', 'one\ntwo\n'))

# split
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split(r'[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)', '...words, words...'))
print(re.split(r'x*', 'axbc'))
print(re.split(r'\b', 'ab cd'))
print(re.split(r'', 'abc'))
print(re.split(r'(a)|(b)', 'xaybz'))
print(re.split(r'\d', 'a1b2c', -1))
print(re.split(r'\d', ''), re.split(r'x*', ''), re.split(r'', ''))
print(re.compile(',').split('a,b,,c,'))
print(re.split('(?m)^$', 'a\n\nb\n'))

# findall
print(re.findall(r'\d', 'a1b22'))
print(re.findall(r'(\d)(\w)', 'a1b22c'))
print(re.findall(r'(\d)|(x)', '1x2'))
print(re.findall(r'(a)?b', 'b ab'))
print(re.findall(r'', 'ab'))
print(re.findall(r'a*', 'baaac'))
print(re.findall(r'\b', 'ab cd'))
print(re.findall(r'(?:a|b)+', 'aabxba'))
print(re.findall(r'(?P<x>a)+', 'aaa'))
print(re.compile(r'\w+').findall('one two three', 4, 11))

# finditer
for m in re.finditer(r'(\w)(\d)?', 'a1 b c3'):
    print(m.span(), m.groups())
it = re.finditer('a*', 'baa')
print(type(it).__name__, [m.span() for m in it], list(it))
print([m.group() for m in re.compile(r'\d').finditer('1a2b3', pos=1, endpos=4)])

# bytes
print(re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.split(rb',', b'a,b'), re.findall(rb'\w+', b'ab cd'))
print(re.sub(rb'a', lambda m: m.group().upper(), b'banana'), re.subn(b'x*', b'-', b'ab'))

# a long text
text = ' '.join('word%d' % i for i in range(200))
print(len(re.findall(r'\d+', text)), re.sub(r'word(\d+)', r'\1', text)[:60], len(re.split(r'\s', text)))
