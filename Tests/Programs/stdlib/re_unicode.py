# Unicode: positions are code points; \w, \d, \s and \b follow str methods; case-insensitive
# matching; characters beyond the BMP; surrogates; bytes patterns.
import re

text = 'na\u00efve caf\u00e9 \u65e5\u672c\u8a9e \U0001F600 \u0391\u03b2\u03b3 x\u00b2 \u0663\u0664'
for m in re.finditer(r'\w+', text):
    print(m.span(), repr(m.group()))
print(re.findall(r'\d+', '12 \u0661\u0662 \u00b2 \u2167 \uff11'))
print(re.findall(r'\s', ' \t\n\r\v\f\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\u180e\u200b'))
print(len(re.findall(r'\S', '\u180e\u200bx')), re.findall(r'[\s]', 'a\x1cb\u180e'), re.findall(r'[^\s]', 'a\x1c\u180e'))
print(re.findall(r'[\S]', 'a\x1c\u180e '), re.findall(r'[^\S]', 'a\x1c\u180e '), re.findall(r'[\Sx]', ' x\x1c'), re.findall(r'[^\Sx]', ' x\x1c'))
print(re.findall(r'\b\w', '\u00e9t\u00e9 d\u2019hiver'), re.split(r'\W+', '\u00fcber-gr\u00f6\u00dfe! \u00e7a'))
print(re.search(r'\U0001F600+', 'a\U0001F600\U0001F600b').span(), re.findall('.', 'a\U0001F600b'))
print(re.sub('(?<=\u00e9)x', '!', '\u00e9x ex'), re.findall('[\u0400-\u04ff]+', 'abc \u041f\u0440\u0438\u0432\u0435\u0442 def'))

# case-insensitive
print(re.findall('(?i)\u00e9', '\u00c9\u00e9E'), re.findall('(?i)[\u00e0-\u00ff]+', '\u00c0\u00c9\u00ff\u0178'))
print(re.findall('(?i)\u03c3', '\u03a3\u03c3\u03c2'), re.findall('(?i)\u00df', '\u00df\u1e9e'), re.findall('(?i)\u00b5', '\u00b5\u03bc\u039c'))
print(re.findall('(?i)i', 'iI\u0130\u0131'), re.findall('(?i)\u0131', 'iI\u0130\u0131'), re.findall('(?i)[i]', 'iI\u0130\u0131'))
print(re.findall('(?i)[^i]', 'iI\u0130\u0131x'), re.findall('(?i)[h-j]', 'H\u0130\u0131'), re.findall('(?i)\ufb05', '\ufb05\ufb06'))
print(re.findall('(?i)\u0390', '\u0390\u1fd3'), re.findall('(?i)[\u03b0]', '\u03b0\u1fe3'), re.findall('(?i)straße', 'STRASSE strasse STRAßE'))
print(re.match(r'(?i)(\u00e9)\1', '\u00e9\u00c9'), re.findall(r'(?i)\w+', 'Hello WORLD'))

# non-BMP positions and kind changes inside one string
s = 'ab\U00010000cd\u00e9'
print([m.span() for m in re.finditer('.', s)], re.search('c', s).start(), re.sub('(.)', r'[\1]', s))
print(re.split('\U00010000', s), re.fullmatch('ab.cd\u00e9', s) is not None)

# lone surrogates are characters like any other
t = 'a\ud800b\udfffc'
print(re.findall('.', t) == list(t), re.search('\ud800', t).span(), re.sub('[\ud800-\udfff]', '?', t))
print(re.findall(r'\w', t), re.split('\udfff', t) == ['a\ud800b', 'c'])

# patterns with non-ASCII characters on ASCII text, and the reverse
print(re.findall('[a\u00e9]+', 'aaa bab'), re.findall('\u00e9|a', 'banana'), re.findall('a', 'b\u00e9a\u00e9a'))
print(re.search('\udc80|b', 'abc').span(), re.findall('(?a)[\u0100a]', 'ab\u0100'))

# bytes patterns: ASCII semantics, byte positions
print(re.findall(rb'\w+', b'caf\xc3\xa9 na\xefve'), re.findall(rb'\s', b' \t\x1c\x85\xa0'), re.findall(rb'(?i)\xe9', b'\xc9\xe9'))
print(re.findall(rb'[\x80-\xff]+', b'a\x80\xffb'), re.search(rb'\d+', b'abc123').span(), re.findall(rb'(?i)[a-z]', b'aZ\xe0'))
print(re.sub(rb'\xff', b'!', b'\xff\xfe\xff'), re.split(rb'\x00', b'a\x00b'), re.findall(rb'.', b'\n\x00', re.S))
print(re.compile(rb'\w\b').findall(b'ab cd'), re.escape(b'a.b\xe9'), re.escape('a.b\u00e9 *'))
