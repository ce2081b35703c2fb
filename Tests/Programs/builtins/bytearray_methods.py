# bytearray: the methods it shares with bytes (results are new bytearrays), and bytes-like
# arguments accepted by bytes and bytearray methods alike.

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

ba = bytearray(b'  Hello, World  ')

# Searching.
s = bytearray(b'abracadabra')
print(s.find(b'bra'), s.find(b'bra', 2), s.find(98), s.find(bytearray(b'cad')), s.find(b'zz'), s.find(b'a', -3, -1))
print(s.rfind(b'bra'), s.rfind(97), s.index(b'cad'), s.rindex(97), s.count(b'a'), s.count(97), s.count(b''))
print(s.startswith(b'abr'), s.startswith((b'x', bytearray(b'ab'))), s.endswith(b'bra'), s.endswith(b'ab', 0, 2))
attempt('index missing', lambda: s.index(b'zz'))
attempt('rindex missing', lambda: s.rindex(120))
attempt('find str', lambda: s.find('a'))
attempt('find 256', lambda: s.find(256))
attempt('find no args', lambda: s.find())
attempt('count str', lambda: s.count('a'))
attempt('startswith str', lambda: s.startswith('a'))
attempt('startswith tuple str', lambda: s.startswith(('a',)))

# Splitting and joining: parts are bytearrays.
print(bytearray(b'a,b,,c').split(b','), bytearray(b'a b  c ').split(), bytearray(b'a,b,c').rsplit(b',', 1))
print(bytearray(b'a,b,c').split(bytearray(b','), maxsplit=1), bytearray(b' x y ').rsplit(None, 1))
print(bytearray(b'l1\nl2\r\nl3').splitlines(), bytearray(b'l1\nl2\n').splitlines(True))
print(bytearray(b'k=v=w').partition(b'='), bytearray(b'k=v=w').rpartition(bytearray(b'=')))
print(bytearray(b'kv').partition(b'='), bytearray(b'kv').rpartition(b'='))
parts = bytearray(b'x').partition(b'=')
print(parts[1] is parts[2], parts[0] == b'x')
print(bytearray(b', ').join([b'a', bytearray(b'b'), b'c']), bytearray().join([]), bytearray(b'-').join(iter([b'x'])))
print(b', '.join([bytearray(b'a'), b'b']), type(b''.join([bytearray(b'a')])).__name__)
attempt('join str items', lambda: bytearray(b'-').join(['a']))
attempt('join int', lambda: bytearray(b'-').join(5))
attempt('split str', lambda: bytearray(b'a').split('a'))
attempt('split empty', lambda: bytearray(b'a').split(b''))
attempt('partition empty', lambda: bytearray(b'a').partition(b''))

# Stripping, padding, case.
print(ba.strip(), ba.lstrip(), ba.rstrip(), bytearray(b'xxhixx').strip(b'x'), bytearray(b'abc').strip(bytearray(b'ac')))
print(bytearray(b'hi').center(6, b'*'), bytearray(b'hi').ljust(5), bytearray(b'hi').rjust(5, bytearray(b'.')))
print(bytearray(b'-42').zfill(6), bytearray(b'7').zfill(3), bytearray(b'a\tbc\td').expandtabs(4))
print(ba.upper(), ba.lower(), ba.swapcase(), bytearray(b'hello world').title(), bytearray(b'hELLO').capitalize())
attempt('center fill str', lambda: bytearray(b'a').center(5, '*'))
attempt('center fill long', lambda: bytearray(b'a').center(5, b'**'))
attempt('strip str', lambda: bytearray(b'a').strip('a'))

# Replacement and translation.
print(s.replace(b'a', b'A'), s.replace(b'a', bytearray(b''), 2), s.replace(b'', b'.'), s.replace(b'zz', b'y'))
print(bytearray(b'prefix-body').removeprefix(b'prefix-'), bytearray(b'body.txt').removesuffix(bytearray(b'.txt')))
table = bytes.maketrans(b'abc', b'xyz')
print(bytearray(b'aabbcc').translate(table), bytearray(b'abcd').translate(None, b'bd'), bytearray.maketrans(b'a', b'b')[97])
print(bytearray(b'abc').translate(bytearray(table)), type(bytearray.maketrans(b'', b'')).__name__)
attempt('replace str', lambda: s.replace('a', 'b'))
attempt('translate short', lambda: s.translate(b'abc'))

# Predicates.
for v in [b'abc', b'ABC', b'Abc Def', b'123', b'  \t', b'a1', b'', b'\x80', b'ab c']:
    w = bytearray(v)
    print(repr(w), w.isalpha(), w.isalnum(), w.isdigit(), w.isspace(), w.islower(), w.isupper(),
          w.istitle(), w.isascii())

# Decoding, hex.
print(bytearray(b'caf\xc3\xa9').decode(), bytearray(b'caf\xe9').decode('latin-1'), bytearray(b'\xff').decode('utf-8', 'replace'))
print(bytearray(b'abc').decode(encoding='ascii'), str(bytearray(b'xyz'), 'utf-8'), bytearray().decode())
attempt('decode error', lambda: bytearray(b'\xff').decode())
attempt('decode bad arg', lambda: bytearray(b'a').decode(1))
print(bytearray(b'\x01\xab\xff').hex(), bytearray(b'\x01\x02\x03\x04').hex(':'), bytearray(b'\x01\x02\x03').hex(b'-', -2))
print(bytearray.fromhex('de ad BE EF'), bytearray.fromhex(''), type(bytearray.fromhex('00')).__name__)
attempt('fromhex bad', lambda: bytearray.fromhex('0g'))
attempt('fromhex int', lambda: bytearray.fromhex(5))
attempt('fromhex args', lambda: bytearray.fromhex())

# Results are always new objects, never self.
src = bytearray(b'same')
for r in [src.strip(), src.replace(b'x', b'y'), src.lower(), src.ljust(2), src.zfill(1), src.removeprefix(b'z'),
          src.split()[0], src.partition(b'z')[0], src.translate(None), src[:], src.copy()]:
    r.append(33)
print(src)

# bytes methods accept bytearray arguments; results stay bytes.
b = b'hello world'
print(b.find(bytearray(b'wor')), b.count(bytearray(b'o')), b.startswith(bytearray(b'he')), b.split(bytearray(b' ')))
print(b.replace(bytearray(b'l'), bytearray(b'L')), b.strip(bytearray(b'hd')), b.partition(bytearray(b' ')))
print(bytearray(b'wor') in b, b.center(15, bytearray(b'*')), b.endswith((bytearray(b'ld'), b'x')))
print(bytes.maketrans(bytearray(b'lo'), bytearray(b'01')), b.translate(bytes.maketrans(b'lo', b'01'), bytearray(b'h')))

# % formatting with bytearray on either side.
print(bytearray(b'%s=%d') % (b'x', 5), b'%s|%b' % (bytearray(b'y'), bytearray(b'z')), b'%c' % bytearray(b'q'))
print(bytearray(b'%r') % (bytearray(b'r'),), type(bytearray(b'%%') % ()).__name__, bytearray(b'100%%') % ())
attempt('mod too many', lambda: bytearray(b'x') % 1)
attempt('mod missing', lambda: bytearray(b'%s %s') % (b'a',))

# Argument-count messages name bytearray.
attempt('upper arg', lambda: bytearray(b'a').upper(1))
attempt('join none', lambda: bytearray(b'a').join())
attempt('split too many', lambda: bytearray(b'a').split(b'a', 1, 2))
attempt('center kw', lambda: bytearray(b'a').center(5, fillchar=b'x'))
attempt('isdigit arg', lambda: bytearray(b'1').isdigit(1))

# Edge cases of the shared implementation, seen from bytes too.
class Sep(bytes):
    pass
attempt('bytes partition sep kind', lambda: type(b'a,b'.partition(Sep(b','))[1]).__name__)
attempt('bytes concat subclass', lambda: Sep(b'a') + 1)
attempt('bytes mul str', lambda: b'a' * 'a')
attempt('str mul bytes', lambda: 'a' * b'a')
attempt('list mul bytes', lambda: [1] * b'a')
attempt('bytes huge in', lambda: 2 ** 100 in b'a')
attempt('bytes find huge', lambda: b'a'.find(2 ** 100))
attempt('bytes huge count', lambda: bytes(2 ** 100))
for sep in [1, [1], [1, 2], bytearray(b':'), bytearray(b'ab'), None, ':']:
    attempt('hex sep ' + repr(sep), lambda: b'xy'.hex(sep))
    attempt('bytearray hex sep ' + repr(sep), lambda: bytearray(b'xy').hex(sep))
