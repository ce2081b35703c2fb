# bytearray: subclasses, __new__/__init__, reduce and copy, and the builtins that take a
# bytes-like object (ord, int, float, int.from_bytes, str(), os.write, match patterns).
import copy
import os

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

class Buffer(bytearray):
    pass

class Tagged(bytearray):
    def __init__(self, data, tag):
        super().__init__(data)
        self.tag = tag

    def __repr__(self):
        return f'Tagged({bytes(self)!r}, {self.tag!r})'

b = Buffer(b'abc')
print(b, repr(b), type(b).__name__, isinstance(b, bytearray), len(b), b[0], b == b'abc')
print(type(b[1:]).__name__, type(b.upper()).__name__, type(b.copy()).__name__, type(b + b'x').__name__)
b.append(100)
b += b'e'
b[0] = 65
print(b, type(b).__name__)
b.extra = 1
print(b.extra, Buffer(), Buffer(3), Buffer('é', 'utf-8'), Buffer.fromhex('4142'), type(Buffer.fromhex('41')).__name__)
attempt('hash subclass', lambda: hash(Buffer(b'x')))

t = Tagged(b'xy', 'note')
t.append(122)
print(t, t.tag, bytes(t), t.find(b'z'), str(t))

class Halved(bytearray):
    def __new__(cls, *args):
        self = super().__new__(cls)
        self.made_by_new = True
        return self

h = Halved(b'12')
print(h, h.made_by_new)
print(bytearray.__new__(bytearray), bytearray.__new__(Buffer, 5))
attempt('new not type', lambda: bytearray.__new__(1))
attempt('new not subtype', lambda: bytearray.__new__(int))
attempt('new no args', lambda: bytearray.__new__())
x = bytearray(b'old')
x.__init__(b'new')
print(x)
x.__init__()
print(x)

# reduce and copy.
print(bytearray(b'ab\xff').__reduce__(), bytearray().__reduce_ex__(2), Buffer(b'q').__reduce__()[0].__name__)
c = copy.copy(bytearray(b'copy me'))
d = copy.deepcopy([bytearray(b'deep')])
print(c, type(c).__name__, d)
orig = bytearray(b'orig')
dup = copy.copy(orig)
dup.append(33)
print(orig, dup)

# Builtins that take bytes-like objects.
print(ord(bytearray(b'A')), int(bytearray(b' 42 ')), int(bytearray(b'ff'), 16), float(bytearray(b'2.5')))
print(int.from_bytes(bytearray(b'\x01\x00'), 'big'), int.from_bytes(bytearray(b'\x01\x00'), 'little'))
print(str(bytearray(b'h\xc3\xa9'), 'utf-8'), str(bytearray(b'\xe9'), encoding='latin-1'))
attempt('ord long', lambda: ord(bytearray(b'ab')))
attempt('int bad', lambda: int(bytearray(b'x')))
attempt('float bad', lambda: float(bytearray(b'x')))
os.write(1, bytearray(b'written by os.write\n'))

# match: bytearray matches itself as a class pattern's single positional sub-pattern.
for subject in [bytearray(b'ba'), b'bytes', Buffer(b'sub')]:
    match subject:
        case bytearray(inner):
            print('bytearray pattern', inner, inner is subject)
        case bytes(inner):
            print('bytes pattern', inner)

# Containers of bytearrays, sorting and equality.
items = [bytearray(b'b'), bytearray(b'a'), bytearray(b'c')]
items.sort()
print(items, bytearray(b'a') in items, items.index(b'c'), max(items), [bytes(i) for i in items])
print({bytes(i): i for i in items}, sorted([b'b', bytearray(b'a')]))

# Iterating while changing.
ba = bytearray(b'abc')
seen = []
for ch in ba:
    seen.append(ch)
    if len(ba) < 6:
        ba.append(ch + 1)
print(seen, ba)

# sum refuses byte sequences; hashing and seeding take bytearray data.
attempt('sum bytearray', lambda: sum([bytearray(b'a')], bytearray()))
import random
random.seed(bytearray(b'seed'))
first = random.random()
random.seed(b'seed')
print(first == random.random())

# str() of a bytes or bytearray subclass ignores its __repr__, as CPython's.
class Shown(bytes):
    def __repr__(self):
        return 'Shown!'
class ShownArray(bytearray):
    def __repr__(self):
        return 'ShownArray!'
print(str(Shown(b's')), repr(Shown(b's')), str(ShownArray(b's')), repr(ShownArray(b's')), f'{ShownArray(b"f")}')
print([Shown(b'in list'), ShownArray(b'in list')])

# re searches a bytearray subject; groups and findall/split parts are bytes, as in CPython.
import re
subject = bytearray(b'a-b-c')
m = re.search(rb'(b)-', subject)
print(m.group(), m.group(1), m.span(), m.string, m[0], m.groups())
print(re.findall(rb'\w', subject), re.split(rb'-', subject), re.sub(rb'-', b'+', subject), re.subn(rb'-', b'', subject))
print([x.group() for x in re.finditer(b'[a-c]', subject)], re.fullmatch(b'a.*', subject).group(), re.match(b'x', subject))
print(re.escape(bytearray(b'a.b')), re.sub(b'-', lambda m: m.group() * 2, subject), re.compile(b'c$').search(subject).start())
attempt('str pattern on bytearray', lambda: re.search('a', subject))

# UnicodeDecodeError keeps a bytearray object as bytes.
err = UnicodeDecodeError('utf-8', bytearray(b'\xff'), 0, 1, 'bad')
print(repr(err.object), err)
attempt('decode error object', lambda: UnicodeDecodeError('utf-8', 'text', 0, 1, 'bad'))
