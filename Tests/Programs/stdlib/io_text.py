# Text files: open() modes, write/read/readline/readlines, iteration, with, seek/tell, truncate,
# attributes and reprs.
import os

d = '/tmp/adder_io_text_test_dir_%d' % os.getpid()
os.makedirs(d, exist_ok=True)
p = d + '/notes.txt'

with open(p, 'w') as f:
    print(repr(f).replace(d, 'D'))
    print(f.name == p, f.mode, f.encoding, f.errors, f.closed, f.line_buffering)
    print(f.readable(), f.writable(), f.seekable(), f.isatty())
    print(f.write('first line\n'))
    print(f.write('zwei: äöü ß\n'))
    print(f.write('drei: 日本語 \U0001F600\n'))
    print(f.write(''))
    f.writelines(['four\n', 'five', '\n'])
    print('six', 6, 6.0, sep='|', file=f)
    print('seven', end='!\n', file=f)
    print(f.tell())
print(f.closed)

with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))

f = open(p, 'r')
print(repr(f.read(5)), f.tell())
print(repr(f.readline()), f.tell())
print(repr(f.readline(4)), repr(f.readline()))
print(f.tell())
print(repr(f.readline()))
print(f.readlines())
print(repr(f.read()), repr(f.readline()), f.read(3) == '')
print(f.seek(0), repr(f.read(10)))
print(f.seek(0, 2), repr(f.read()))
print(f.seek(6), repr(f.readline()))
print(f.seek(0, 1))
f.close()
f.close()
print(f.closed)

with open(p) as f:
    data = f.read()
print(len(data), data.count('\n'), data.splitlines()[2])

with open(p, encoding='utf-8') as f:
    print(f.readlines(20))
    print(f.readlines(1))
    print(f.readlines(0))

# r+: read and write on the same file
with open(p, 'r+') as f:
    print(repr(f.readline()))
    f.seek(0)
    f.write('FIRST')
    f.seek(0)
    print(repr(f.readline()))
    f.seek(0, 2)
    f.write('appended\n')
    f.seek(0)
    print(f.read().splitlines())

# a: appends; a+ reads too
with open(p, 'a') as f:
    print(f.tell() > 0, f.write('more\n'))
with open(p, 'a+') as f:
    f.write('and more\n')
    f.seek(0)
    print(f.read().splitlines()[-3:])

# w+: truncates, then reads back
with open(p, 'w+') as f:
    f.write('abc\ndef\n')
    print(f.tell())
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(2), f.tell())
    f.seek(0)
    print(repr(f.read()))
print(os.path.getsize(p))

# x: exclusive creation
q = d + '/new.txt'
with open(q, 'x') as f:
    f.write('created')
with open(q, 'rt') as f:
    print(repr(f).replace(d, 'D'), f.read())
try:
    open(q, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno)

# an int file descriptor
fd = os.open(q, os.O_RDONLY)
with open(fd) as f:
    print(f.name == fd, f.read())

# a long file crosses many chunks
with open(q, 'w') as f:
    for i in range(3000):
        f.write('line %d: %s\n' % (i, 'é' * (i % 7)))
with open(q) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], end='')
with open(q) as f:
    n = 0
    total = 0
    for line in f:
        n += 1
        total += len(line)
    print(n, total)
with open(q) as f:
    s = f.read()
    print(len(s), s == ''.join(lines))
with open(q) as f:
    parts = []
    while True:
        chunk = f.read(1000)
        if not chunk:
            break
        parts.append(chunk)
    print(len(parts), ''.join(parts) == s)
with open(q) as f:
    f.readline()
    f.read(5000)
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(f.read() == rest)

# a buffered file without close is still written when it is dropped / at exit
with open(q, 'w') as f:
    f.write('x' * 100000)
print(os.path.getsize(q))

os.remove(p)
os.remove(q)
os.rmdir(d)
print(os.path.exists(d))
