# Mixing reads and writes on one file (w+, a+, r+, rb+), and the newlines attribute.
import os

d = '/tmp/adder_io_readwrite_test_dir_%d' % os.getpid()
os.makedirs(d, exist_ok=True)
p = d + '/rw.txt'

with open(p, 'w+') as f:
    f.write('hello\nworld\n')
    print(repr(f.read()), f.tell())
    f.write('more\n')
    print(f.tell())
    f.seek(0)
    print(repr(f.readline()), f.tell())
    f.write('X')
    print(f.tell())
    f.seek(0)
    print(repr(f.read()), f.tell(), repr(f.newlines))
with open(p, 'a+') as f:
    print(f.tell(), repr(f.read()))
    f.write('tail\r\n')
    print(f.tell())
with open(p, newline=None) as f:
    print(f.newlines)
    f.readline()
    print(f.newlines)
    f.read()
    print(f.newlines)
with open(p, newline='') as f:
    f.read()
    print(f.newlines)
with open(p, newline='\n') as f:
    f.read()
    print(f.newlines)
with open(p, 'rb+') as f:
    f.write(b'ab')
    print(f.read(3), f.tell())
    f.write(b'Z')
    print(f.tell())
    f.seek(0)
    print(f.read())
with open(p, 'r+') as f:
    f.seek(3)
    f.write('@@')
    print(f.tell(), repr(f.read(4)), f.tell())
    f.seek(0)
    print(repr(f.readline()))
with open(p, 'wb') as f:
    f.write(b'a\rb\rc')
with open(p) as f:
    print(f.readlines(), f.newlines)

os.remove(p)
os.rmdir(d)

# readlines(hint) stops once the lines pass the hint (BytesIO: once they reach it), and it
# disables tell() like iteration does until the end is reached
import io
q = '/tmp/adder_io_readwrite_hint_%d.txt' % os.getpid()
with open(q, 'w') as f:
    f.write('ab\ncd\nef\n')
with open(q) as f:
    print(f.readlines(3))
    try:
        f.tell()
    except OSError as e:
        print(type(e).__name__, e)
    print(f.readlines(), f.tell())
with open(q, 'rb') as f:
    print(f.readlines(3), f.tell())
print(io.StringIO('ab\ncd\nef\n').readlines(3), io.BytesIO(b'ab\ncd\nef\n').readlines(3))

# truncate() without a size: text files cut where the buffer beneath is (past the chunk read
# ahead), binary files at their position
with open(q, 'w') as f:
    f.write('line1\nline2\nline3\n')
with open(q, 'r+') as f:
    print(repr(f.readline()), f.tell())
    print(f.truncate())
    print(repr(f.read()), f.tell())
    f.write('X')
    print(f.tell())
with open(q) as f:
    print(repr(f.read()))
with open(q, 'r+') as f:
    print(f.truncate(3), f.tell(), repr(f.read()))
with open(q, 'wb') as f:
    f.write(b'0123456789' * 3)
with open(q, 'rb+') as f:
    print(f.read(5), f.truncate(), f.tell(), f.read(3), f.truncate(20), f.tell(), f.read())
    print(f.seek(2), f.truncate(), f.read(2), f.tell())
with open(q, 'rb') as f:
    print(f.read())
os.remove(q)
