# open() odds and ends: io.open, isinstance against the io bases, path-like and bytes names,
# file descriptors with closefd, opener, tell() during iteration, utf-8-sig, flush=True.
import io, os

d = '/tmp/adder_io_misc_test_dir_%d' % os.getpid()
os.makedirs(d, exist_ok=True)
p = d + '/m.txt'

print(io.open is open)
with open(p, 'w') as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase),
          isinstance(f, io.BufferedIOBase))
    f.write('1\n2\n3\n')
with open(p, 'rb') as f:
    print(isinstance(f, io.BufferedReader), isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase),
          isinstance(f, io.TextIOBase))
with open(p, 'rb', buffering=0) as f:
    print(isinstance(f, io.FileIO), isinstance(f, io.RawIOBase))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)

class Path:
    def __init__(self, p):
        self.p = p
    def __fspath__(self):
        return self.p

with open(Path(p)) as f:
    print(type(f.name).__name__, f.read().split())
with open(p.encode(), 'rb') as f:
    print(type(f.name).__name__, f.read())

fd = os.open(p, os.O_RDONLY)
f = open(fd, closefd=False)
print(f.readline(), end='')
f.close()
print(os.read(fd, 100))
os.close(fd)

def opener(path, flags):
    print('opener called', flags == os.O_RDONLY | os.O_CLOEXEC)
    return os.open(path, flags)

with open(p, opener=opener) as f:
    print(f.read().split())

with open(p) as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print(type(e).__name__, e)
        break
    print(repr(f.read()))
    f.seek(0)
    print(f.tell())
    for line in f:
        pass
    print(f.tell())

with open(p, 'w', encoding='utf-8-sig') as f:
    f.write('bom')
with open(p, 'rb') as f:
    print(f.read())
with open(p, encoding='utf-8-sig') as f:
    print(repr(f.read()), f.tell())
with open(p) as f:
    print(repr(f.read()))

with open(p, 'w') as f:
    print('flushed', file=f, flush=True)
    with open(p) as g:
        print(repr(g.read()))
    f.write('pending')
    f.flush()
    with open(p) as g:
        print(repr(g.read()))

with open(p, 'w', buffering=1) as f:
    print(f.line_buffering)
    f.write('no newline yet')
    f.write('\n')
    with open(p) as g:
        print(repr(g.read()))

with open(p, 'w') as f:
    f.write('abc')
    b = f.buffer
    print(b.mode, b.name == p, b.closed)
print(b.closed)

os.remove(p)
os.rmdir(d)

# a file written through an object nobody holds is readable at once, even through a file
# opened before the write
q = '/tmp/adder_io_misc_late_%d.txt' % os.getpid()
open(q, 'w').write('first')
reader = open(q)
open(q, 'w').write('second')
print(reader.read())
reader.close()
os.remove(q)
