# bytearray: item and slice assignment, deletion, in-place operators and the mutating methods.

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def assign(ba, key, value):
    ba[key] = value
    return ba

def delete(ba, key):
    del ba[key]
    return ba

# Item assignment and deletion.
ba = bytearray(b'hello')
ba[0] = 74
ba[-1] = ord('y')
print(ba)
del ba[1]
del ba[-1]
print(ba, len(ba))

class Idx:
    def __index__(self):
        return 1
ba[Idx()] = Idx()
print(ba)
attempt('value 256', lambda: assign(bytearray(b'ab'), 0, 256))
attempt('value -1', lambda: assign(bytearray(b'ab'), 0, -1))
attempt('value huge', lambda: assign(bytearray(b'ab'), 0, 2 ** 100))
attempt('value str', lambda: assign(bytearray(b'ab'), 0, 'a'))
attempt('value bytes', lambda: assign(bytearray(b'ab'), 0, b'a'))
attempt('value float', lambda: assign(bytearray(b'ab'), 0, 1.0))
attempt('index out', lambda: assign(bytearray(b'ab'), 2, 1))
attempt('index out before value', lambda: assign(bytearray(b'ab'), 5, 'x'))
attempt('index str', lambda: assign(bytearray(b'ab'), 'x', 1))
attempt('del out', lambda: delete(bytearray(b'ab'), -3))
attempt('del str', lambda: delete(bytearray(b'ab'), 'x'))

# Simple slices: replace, grow, shrink, insert, clear.
ba = bytearray(b'0123456789')
ba[2:4] = b'ab'
print(ba)
ba[2:4] = b'WXYZ'
print(ba)
ba[:3] = b''
print(ba)
ba[0:0] = bytearray(b'<<')
print(ba)
ba[len(ba):] = [33, 33]
print(ba)
ba[5:2] = b'ins'            # an empty range inserts at its start
print(ba)
ba[-3:] = (x for x in b'END')
print(ba)
ba[100:] = b'+'
print(ba)
ba[:] = b'reset'
print(ba)
ba[1:3] = ba                # the source is copied first
print(ba)
ba[:] = range(65, 70)
print(ba)
ba[1:4] = memo = bytearray(b'-')
print(ba, memo)
del ba[1:3]
print(ba)
del ba[:]
print(ba, len(ba))
attempt('slice int', lambda: assign(bytearray(b'abc'), slice(0, 2), 5))
attempt('slice str', lambda: assign(bytearray(b'abc'), slice(0, 2), 'ab'))
attempt('slice float', lambda: assign(bytearray(b'abc'), slice(0, 2), 1.5))
attempt('slice None', lambda: assign(bytearray(b'abc'), slice(0, 2), None))
attempt('slice bad item', lambda: assign(bytearray(b'abc'), slice(0, 2), [300]))
attempt('slice str item', lambda: assign(bytearray(b'abc'), slice(0, 2), ['a']))

# Extended slices.
ba = bytearray(b'abcdefgh')
ba[::2] = b'ACEG'
print(ba)
ba[::-3] = bytearray(b'123')
print(ba)
ba[1::2] = [48, 49, 50, 51]
print(ba)
del ba[::3]
print(ba)
del ba[::-2]
print(ba)
ba = bytearray(b'abcdef')
ba[::2] = b''               # CPython: assigning nothing to an extended slice deletes it
print(ba)
ba = bytearray(b'abcdef')
ba[4:0:-1] = b'WXYZ'
print(ba)
ba[::1] = b'step one'
print(ba)
attempt('extended size', lambda: assign(bytearray(b'abcde'), slice(None, None, 2), b'xy'))
attempt('extended size list', lambda: assign(bytearray(b'abcde'), slice(None, None, -1), [1, 2]))
attempt('extended int', lambda: assign(bytearray(b'abcde'), slice(None, None, 2), 5))

# += and *= change the object in place; + and * make new ones.
ba = bytearray(b'ab')
alias = ba
ba += b'cd'
ba += bytearray(b'ef')
ba += ba[:]
print(ba, alias is ba)
ba *= 2
print(ba, alias is ba, len(alias))
ba *= 0
print(ba, alias is ba)
ba = bytearray(b'xy')
ba *= -3
print(ba)
ba = bytearray(b'xy')
ba *= True
print(ba)

def iadd(ba, other):
    ba += other
    return ba

def imul(ba, other):
    ba *= other
    return ba

attempt('iadd str', lambda: iadd(bytearray(b'a'), 'b'))
attempt('iadd int', lambda: iadd(bytearray(b'a'), 1))
attempt('iadd list', lambda: iadd(bytearray(b'a'), [1]))
same = bytearray(b'self')
attempt('iadd self', lambda: iadd(same, same))   # CPython: the operand's buffer is exported
attempt('imul str', lambda: imul(bytearray(b'a'), 'b'))
attempt('imul float', lambda: imul(bytearray(b'a'), 2.0))

class Right:
    def __radd__(self, other):
        return 'radd ' + repr(other)
    def __rmul__(self, other):
        return 'rmul ' + repr(other)
print(bytearray(b'q') + Right(), bytearray(b'q') * Right())
print(iadd(bytearray(b'q'), Right()), imul(bytearray(b'q'), Right()))

# The mutating methods.
ba = bytearray()
for c in b'build':
    ba.append(c)
print(ba)
ba.extend(b' more')
ba.extend(bytearray(b'!'))
ba.extend([33, 63])
ba.extend(x for x in range(48, 51))
ba.extend(ba)
print(ba)
ba = bytearray(b'ace')
ba.insert(1, ord('b'))
ba.insert(-1, ord('d'))
ba.insert(100, ord('f'))
ba.insert(-100, ord('_'))
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(ord('b'))
print(ba)
ba.reverse()
print(ba)
c = ba.copy()
c.append(ord('!'))
print(ba, c, c is ba, type(c).__name__)
ba.clear()
print(ba, len(ba))
ba.extend(b'again')
print(ba)
attempt('append 256', lambda: bytearray().append(256))
attempt('append str', lambda: bytearray().append('a'))
attempt('append bytes', lambda: bytearray().append(b'a'))
attempt('append none', lambda: bytearray().append())
attempt('append two', lambda: bytearray().append(1, 2))
attempt('append kw', lambda: bytearray().append(item=1))
attempt('extend int', lambda: bytearray().extend(5))
attempt('extend str', lambda: bytearray().extend('abc'))
attempt('extend none', lambda: bytearray().extend(None))
ba = bytearray(b'keep')
attempt('extend bad item', lambda: ba.extend([120, 300]))
print(ba)                   # unchanged after the failed extend
attempt('insert one arg', lambda: bytearray().insert(1))
attempt('insert str index', lambda: bytearray().insert('a', 1))
attempt('insert huge index', lambda: bytearray().insert(2 ** 100, 1))
attempt('insert 256', lambda: bytearray().insert(0, 256))
attempt('pop empty', lambda: bytearray().pop())
attempt('pop out', lambda: bytearray(b'ab').pop(2))
attempt('pop str', lambda: bytearray(b'ab').pop('a'))
attempt('pop two', lambda: bytearray(b'ab').pop(1, 2))
attempt('remove missing', lambda: bytearray(b'ab').remove(99))
attempt('remove 256', lambda: bytearray(b'ab').remove(256))
attempt('remove bytes', lambda: bytearray(b'ab').remove(b'a'))
attempt('clear arg', lambda: bytearray().clear(1))
attempt('copy arg', lambda: bytearray().copy(1))
attempt('reverse arg', lambda: bytearray().reverse(1))

# A long loop of appends and deletions.
ba = bytearray()
for i in range(10000):
    ba.append(i % 256)
print(len(ba), ba[255], ba[256], ba[-1], sum(ba))
while len(ba) > 10:
    del ba[len(ba) // 2:]
print(ba)
ba = bytearray(b'x')
for i in range(12):
    ba.extend(ba)
print(len(ba), ba.count(b'x'))

# Methods seen through the type and as bound objects.
f = bytearray(b'ab').append
f(99)
print(f.__self__, bytearray.append.__name__)
ba = bytearray(b'xy')
bytearray.append(ba, 122)
bytearray.__setitem__(ba, 0, 65)
bytearray.__delitem__(ba, 1)
print(ba, bytearray.__getitem__(ba, 0), bytearray.__len__(ba), bytearray.__contains__(ba, 65))
print(bytearray.__iadd__(ba, b'!'), bytearray.__imul__(ba, 2))
attempt('descriptor on bytes', lambda: bytearray.append(b'ab', 1))
