# Pattern syntax: literals, classes, escapes, quantifiers, alternation, anchors, groups,
# look-arounds, atomic groups, conditionals, back references, verbose mode.
import re


def show(pattern, text, flags=0):
    p = re.compile(pattern, flags)
    m = p.search(text)
    print(repr(pattern), repr(text), '->', m.group() if m else None, p.findall(text))


# literals and escapes
show(r'abc', 'xxabcxx')
show(r'a\.c', 'abc a.c')
show(r'\x41\u0042\U00000043', 'zABCz')
show(r'\101\102', 'AB')
show(r'\0', 'a\0b')
show(r'\t\n\r\f\v\a', 'x\t\n\r\f\v\ay')
show(r'\\', 'a\\b')
show(r'[\b]', 'a\bb')
show('\u00e9+', 'caf\u00e9\u00e9!')
show(r'a{,2}', 'aaaa')
show(r'a{2,}', 'a aa aaa')
show(r'a{2}', 'aaaaa')
show(r'a{1,3}?', 'aaaa')
show(r'x{}', 'x{}')
show(r'x{a}', 'x{a}')
show(r'x{1,a}', 'x{1,a}')
show(r'{', 'a{b')
show(r'}', 'a}b')
show(r']', 'a]b')

# classes
show(r'[abc]+', 'xxbcaxx')
show(r'[^abc]+', 'abxyzc')
show(r'[a-cx-z]+', 'qwabxyzq')
show(r'[]a]+', 'a]]a-')
show(r'[^]a]+', 'a]bcd')
show(r'[a-]+', 'x-a-x')
show(r'[-a]+', 'x-a-x')
show(r'[\d.]+', 'pi is 3.14!')
show(r'[\w-]+', 'foo-bar baz')
show(r'[\s,]+', 'a , b')
show(r'[^\W\d]+', 'abc123def')
show(r'[\S]+', ' ab  cd ')
show(r'[^\S]+', 'ab \t cd')
show(r'[\x41-\x43]+', 'ABCD')
show(r'[.*+?^$]+', 'a.*+?^$b')
show(r'[:alpha:]+', 'ab:[]')

# categories
show(r'\w+', 'hello, world_1')
show(r'\W+', 'hello, world')
show(r'\d+', 'abc 123 def')
show(r'\D+', '123abc456')
show(r'\s+', 'a \t\n b')
show(r'\S+', '  ab  ')

# quantifiers
show(r'a*', 'aaab')
show(r'a*?b', 'aaab')
show(r'a+?', 'aaa')
show(r'a??b', 'ab')
show(r'<.*>', '<a><b>')
show(r'<.*?>', '<a><b>')
show(r'a*+a', 'aaa')
show(r'a++b', 'aaab')
show(r'(?:ab)+', 'ababab')
show(r'(?:ab){2}', 'ababab')

# alternation and anchors
show(r'cat|dog', 'hotdog cat')
show(r'^a|b$', 'ab')
show(r'^\w+$', 'one\ntwo')
show(r'^\w+$', 'one\ntwo', re.M)
show(r'a$', 'a\n')
show(r'a\Z', 'a\n')
show(r'\Aa', 'ba\na', re.M)
show(r'\bfoo\b', 'foobar foo barfoo')
show(r'\Boo\B', 'foo boob')
show(r'.', '\n')
show(r'.', '\n', re.S)
show(r'$', 'ab\n')
show(r'^', 'a\nb\n', re.M)

# groups
show(r'(a)(b)?', 'ac')
show(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
show(r'(a|b)*c', 'abac')
show(r'(\w)\1', 'abccd')
show(r'(?P<x>\w)(?P=x)', 'abccd')
show(r'(a)(?:b)(c)', 'abc')
show(r'(?#comment)a', 'a')

# look-arounds
show(r'foo(?=bar)', 'foobaz foobar')
show(r'foo(?!bar)', 'foobar foobaz')
show(r'(?<=\$)\d+', 'cost: $42')
show(r'(?<!\$)\b\d+', '$42 and 17')
show(r'(?<=ab|cd)x', 'abx cdx')
show(r'(?<=(a))b', 'ab')

# atomic groups
show(r'(?>a+)b', 'aaab')
show(r'(?>a+)ab', 'aaab')

# conditionals
show(r'(<)?\w+(?(1)>)', '<a> b <c')
show(r'(?P<q>")?\w+(?(q)"|!)', '"a" b!')
show(r'(a)?(?(1)b|c)', 'ab c')

# verbose mode
show(r'''
    \d{3}   # area code
    [-\ ]?  # separator
    \d{4}   # number
''', 'call 555-1234 now', re.X)
show(r'(?x) a b c # comment', 'abc')
show(r'(?x)[ a]+', 'a a')
show(r'(?x)a\ b', 'a b')
show(r'(?x: a b )c d', 'abc d')

# octal escapes versus group references
show(r'(a)\1', 'aa')
show(r'\012', 'a\nb')
show(r'\141', 'a')
show(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj')

# nothing matches / everything matches
show(r'x*', '')
show(r'', 'abc')
show(r'(?:)', 'ab')
