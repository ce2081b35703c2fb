# bytearray: construction, repr, len, indexing, slicing, iteration, comparison, membership.

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

# Construction from every kind of source.
print(bytearray())
print(bytearray(0), bytearray(4))
print(bytearray(b'abc'), bytearray(bytearray(b'xyz')))
print(bytearray([0, 65, 255]), bytearray((104, 105)), bytearray(range(97, 101)))
print(bytearray(iter([1, 2, 3])), bytearray(x for x in b'gen'))
print(bytearray('héllo', 'utf-8'), bytearray('abc', 'ascii'), bytearray('é', 'latin-1'))
print(bytearray('x', encoding='utf-16-le'), bytearray(source='ok', encoding='ascii'))
print(bytearray('a\udc80b', 'utf-8', 'surrogateescape'), bytearray('aéb', 'ascii', errors='replace'))
print(bytearray(True), bytearray(False))
attempt('negative', lambda: bytearray(-1))
attempt('str alone', lambda: bytearray('abc'))
attempt('int with encoding', lambda: bytearray(3, 'utf-8'))
attempt('encoding only', lambda: bytearray(encoding='utf-8'))
attempt('errors only', lambda: bytearray(errors='strict'))
attempt('bad encoding type', lambda: bytearray('a', 1))
attempt('bad errors type', lambda: bytearray('a', 'ascii', 2))
attempt('unknown encoding', lambda: bytearray('a', 'nope'))
attempt('unencodable', lambda: bytearray('é', 'ascii'))
attempt('item 256', lambda: bytearray([1, 256]))
attempt('item -1', lambda: bytearray([-1]))
attempt('item str', lambda: bytearray(['a']))
attempt('item float', lambda: bytearray([1.5]))
attempt('float', lambda: bytearray(1.5))
attempt('None', lambda: bytearray(None))
attempt('too many', lambda: bytearray(1, 2, 3, 4))
attempt('bad keyword', lambda: bytearray(x=1))
attempt('huge', lambda: bytearray(2 ** 100))

# repr picks quotes as CPython's bytearray does (a single quote is always escaped).
for v in [b'', b"it's", b'say "hi"', b'both \' and "', b'\t\n\r\x00\x7f\x80\xff\\', bytes(range(30, 40))]:
    print(repr(bytearray(v)), str(bytearray(v)))
print(f'{bytearray(b"fmt")}', '{}'.format(bytearray(b'x')), format(bytearray(b'y'), ''))

# Length, truth, indexing and slicing.
ba = bytearray(b'abcdefgh')
print(len(ba), bool(ba), bool(bytearray()), len(bytearray(1000)))
print(ba[0], ba[7], ba[-1], ba[-8], ba[True])
print(ba[2:5], ba[:3], ba[5:], ba[::2], ba[1::3], ba[::-1], ba[-2:-6:-2], ba[10:], ba[5:2])
print(type(ba[1:3]).__name__, ba[:] == ba, ba[:] is ba)
attempt('index 8', lambda: ba[8])
attempt('index -9', lambda: ba[-9])
attempt('index str', lambda: ba['a'])
attempt('index float', lambda: ba[1.0])
attempt('index huge', lambda: ba[2 ** 100])
attempt('step 0', lambda: ba[::0])

class Idx:
    def __index__(self):
        return 2
print(ba[Idx()], ba[Idx():], ba[:Idx()])

# Iteration yields ints; iterators are independent and see later changes.
print(list(ba), [c for c in bytearray(b'hi')], sum(bytearray(b'\x01\x02\x03')))
it = iter(ba)
print(type(it).__name__, next(it), next(it))
ba.append(ord('i'))
print(list(it))
print(list(reversed(bytearray(b'abc'))), sorted(bytearray(b'cab')), max(bytearray(b'az')))
print(dict(zip(bytearray(b'ab'), bytearray(b'xy'))), list(enumerate(bytearray(b'hi'))))

# Comparisons with bytes and bytearray, both ways.
x, y = bytearray(b'abc'), bytearray(b'abd')
print(x == b'abc', b'abc' == x, x == bytearray(b'abc'), x != y, x == 'abc', x == [97, 98, 99])
print(x < y, x <= y, x > y, x >= y, b'abc' < y, y > b'abc', x < b'abcd', bytearray() < b'\x00')
attempt('compare str', lambda: x < 'abd')
attempt('compare int', lambda: x >= 1)
print(sorted([bytearray(b'b'), b'a', bytearray(b'c'), b'ab']))

# Membership: ints and bytes-like needles.
print(98 in x, 100 in x, b'bc' in x, bytearray(b'ca') in x, b'' in x, bytearray(b'b') in b'abc')
attempt('in str', lambda: 'a' in x)
attempt('in 256', lambda: 256 in x)
attempt('in huge', lambda: 2 ** 100 in x)
attempt('in float', lambda: 1.0 in x)

# Unhashable.
attempt('hash', lambda: hash(bytearray(b'a')))
attempt('set', lambda: {bytearray(b'a')})
attempt('dict key', lambda: {bytearray(): 1})
print(bytearray.__hash__)

# Conversions.
print(bytes(bytearray(b'to bytes')), type(bytes(bytearray())).__name__)
print(list(bytearray(b'AB')), tuple(bytearray(b'AB')), str(bytearray(b'q'), 'ascii'))
print(isinstance(bytearray(), bytes), isinstance(b'', bytearray), type(bytearray()).__name__)
print(bytearray(b'a') + b'b', b'a' + bytearray(b'b'), type(b'a' + bytearray(b'b')).__name__)
print(bytearray(b'ab') * 3, 2 * bytearray(b'xy'), bytearray(b'ab') * 0, bytearray(b'ab') * -1)
attempt('concat str', lambda: bytearray(b'a') + 'b')
attempt('concat int', lambda: bytearray(b'a') + 1)
attempt('concat list', lambda: bytearray(b'a') + [1])
attempt('radd str', lambda: 'a' + bytearray(b'b'))
attempt('radd list', lambda: [1] + bytearray(b'b'))
attempt('mul str', lambda: bytearray(b'a') * 'b')
attempt('mul float', lambda: bytearray(b'a') * 1.5)
attempt('rmul str', lambda: 'a' * bytearray(b'b'))
attempt('rmul list', lambda: [1] * bytearray(b'b'))
attempt('mul bytes', lambda: b'a' * bytearray(b'b'))
a = bytearray(b'same')
b = a + b''
print(b, b is a, (a * 1) is a)
