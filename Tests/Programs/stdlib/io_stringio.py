# io.StringIO: reading, writing, seeking, newline modes, print(file=...), errors.
import io

s = io.StringIO()
print(s.write('hello'), s.write(' wörld\n'), s.tell())
print('line', 2, sep='-', file=s)
print(repr(s.getvalue()))
print(s.seek(0), repr(s.read(5)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
print(s.seek(0), s.readlines())
s.seek(0)
print([line for line in s])
print(s.seek(0, 2), s.tell(), s.seek(0, 1))
s.seek(3)
s.write('LO')
print(repr(s.getvalue()), s.tell(), repr(s.read()))
s.seek(30)
s.write('!')
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
s.seek(2)
print(s.truncate(), repr(s.getvalue()))
s.writelines(['a', 'b', 'c'])
print(repr(s.getvalue()))
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed, s.line_buffering, s.newlines)
s.close()
print(s.closed)
s.close()

s = io.StringIO('abc\ndef\nghi')
print(s.tell(), s.read(), s.tell(), repr(s.read()))
s = io.StringIO('abc\ndef\nghi')
print(repr(s.readline(2)), repr(s.readline(10)), s.readlines(1), s.readlines())
s = io.StringIO(None)
print(repr(s.getvalue()))
s = io.StringIO(initial_value='x\ny')
print(s.readlines())

with io.StringIO('in a with') as w:
    print(w.read())
print(w.closed)

# newline modes
for nl in [None, '', '\n', '\r', '\r\n']:
    s = io.StringIO('a\r\nb\rc\nd', newline=nl)
    lines = s.readlines()
    s.seek(0, 2)
    s.write('\nX')
    print(repr(nl), lines, repr(s.getvalue()))

# big and non-ASCII
s = io.StringIO()
for i in range(1000):
    s.write('%d→' % i)
v = s.getvalue()
print(len(v), v[:12], v[-12:])

class Sub(io.StringIO):
    def write(self, text):
        return super().write(text.upper())

u = Sub()
print('shout', file=u)
u.extra = 42
print(repr(u.getvalue()), u.extra, isinstance(u, io.StringIO), isinstance(u, io.TextIOBase))

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

s = io.StringIO('abc')
attempt(lambda: s.write(b'x'))
attempt(lambda: s.write(3))
attempt(lambda: s.read('x'))
attempt(lambda: s.seek(-1))
attempt(lambda: s.seek(1, 1))
attempt(lambda: s.seek(0, 7))
attempt(lambda: s.truncate(-2))
attempt(lambda: s.fileno())
attempt(lambda: io.StringIO(b'x'))
attempt(lambda: io.StringIO('x', 'y'))
attempt(lambda: io.StringIO(newline=5))
s.close()
attempt(lambda: s.read())
attempt(lambda: s.getvalue())
attempt(lambda: s.write('x'))
attempt(lambda: s.tell())
attempt(lambda: next(s))
attempt(lambda: s.readlines())
attempt(lambda: print('x', file=s))

class Joined(io.StringIO):
    def __init__(self, a, b):
        super().__init__(a + '\n' + b)
        self.parts = 2

j = Joined('first', 'second')
print(j.readlines(), j.parts)
class Plain(io.BytesIO):
    pass
print(Plain(b'raw').read(), Plain(initial_bytes=b'kw').getvalue())
s = io.StringIO('old')
s.__init__('new')
print(s.read())
