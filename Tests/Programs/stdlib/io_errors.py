# open() and file errors as CPython words them.
import io, os

d = '/tmp/adder_io_errors_test_dir_%d' % os.getpid()
os.makedirs(d, exist_ok=True)
p = d + '/f.txt'
with open(p, 'w') as f:
    f.write('content\n')

def attempt(f):
    try:
        r = f()
        print('ok', repr(r).replace(d, 'D'))
    except Exception as e:
        print(type(e).__name__ + ':', str(e).replace(d, 'D'))

attempt(lambda: open('nope.txt'))
attempt(lambda: open(d + '/missing/x.txt', 'w'))
attempt(lambda: open(d))
attempt(lambda: open(d, 'w'))
attempt(lambda: open(p, 'x'))
for mode in ['rw', '', 'rr', 'z', 'rbt', '+', 'b', 't', 'U', 'rU', 'r++', 'ww', 'wa', 'tb']:
    attempt(lambda: open(p, mode))
attempt(lambda: open(p, 'rb', encoding='utf-8'))
attempt(lambda: open(p, 'rb', errors='strict'))
attempt(lambda: open(p, 'rb', newline=''))
attempt(lambda: open(p, buffering=0))
attempt(lambda: open(p, newline='x'))
attempt(lambda: open(p, encoding='no-such-codec'))
attempt(lambda: open(p, encoding=3))
attempt(lambda: open(p, errors=3))
attempt(lambda: open(p, 3))
attempt(lambda: open(1.5))
attempt(lambda: open(None))
attempt(lambda: open(p, closefd=False))
attempt(lambda: open(p, foo=1))
attempt(lambda: open())

try:
    open('nope.txt')
except OSError as e:
    print(e.errno, e.strerror, e.filename, isinstance(e, FileNotFoundError))

f = open(p)
attempt(lambda: f.write('x'))
attempt(lambda: f.writelines(['x']))
attempt(lambda: f.truncate())
attempt(lambda: f.read('x'))
attempt(lambda: f.read(1.5))
attempt(lambda: f.seek(1, 1))
attempt(lambda: f.seek(1, 2))
attempt(lambda: f.seek(0, 3))
attempt(lambda: f.seek(-1))
attempt(lambda: f.write())
f.close()
for name in ['read', 'readline', 'readlines', 'write', 'tell', 'seek', 'flush', 'fileno',
             'readable', 'seekable', 'isatty', 'truncate', '__iter__', '__next__', '__enter__']:
    args = ('x',) if name == 'write' else (0,) if name == 'seek' else ()
    attempt(lambda: getattr(f, name)(*args))
attempt(lambda: next(f))
attempt(lambda: [x for x in f])

g = open(p, 'w')
attempt(lambda: g.read())
attempt(lambda: g.readline())
attempt(lambda: g.readlines())
attempt(lambda: next(g))
attempt(lambda: g.write(b'bytes'))
attempt(lambda: g.write(3))
attempt(lambda: g.write(None))
g.close()

b = open(p, 'wb')
attempt(lambda: b.write('str'))
attempt(lambda: b.write(3))
attempt(lambda: b.read())
attempt(lambda: b.readline())
b.close()
for name in ['write', 'flush', 'tell', 'seek', 'truncate', 'fileno', 'readable']:
    args = (b'x',) if name == 'write' else (0,) if name == 'seek' else ()
    attempt(lambda: getattr(b, name)(*args))

r = open(p, 'rb')
attempt(lambda: r.write(b'x'))
attempt(lambda: r.read(-5))
attempt(lambda: r.read('x'))
r.close()
for name in ['read', 'readline', 'seek', 'tell', 'flush', 'readlines', '__next__']:
    args = (0,) if name == 'seek' else ()
    attempt(lambda: getattr(r, name)(*args))
print(repr(r).replace(d, 'D'), r.closed)

print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(io.UnsupportedOperation.__module__, io.UnsupportedOperation.__name__)
try:
    with open(p) as h:
        h.write('nope')
except io.UnsupportedOperation as e:
    print('caught', e, h.closed)
try:
    with open(p) as h:
        raise KeyError('inside')
except KeyError as e:
    print('propagated', e, h.closed)

os.remove(p)
os.rmdir(d)
