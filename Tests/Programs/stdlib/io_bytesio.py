# io.BytesIO: reading, writing, seeking, lines, errors.
import io

b = io.BytesIO()
print(b.write(b'hello'), b.write(b' world\n'), b.tell())
b.writelines([b'line 2\n', b'line 3'])
print(b.getvalue())
print(b.seek(0), b.read(5), b.readline(), b.readline(), b.readline(), b.readline())
print(b.seek(0), b.readlines())
b.seek(0)
print(list(b))
print(b.seek(-3, 2), b.read(), b.seek(-100, 1), b.tell())
b.seek(1)
b.write(b'EL')
print(b.getvalue()[:8], b.tell())
b.seek(40)
b.write(b'!')
print(b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
b.seek(2)
print(b.truncate(), b.getvalue())
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed, b.flush())

b = io.BytesIO(b'abc\ndef\nghi')
print(b.read(0), b.read1(2), b.readline(1), b.readline(-1), b.readlines(1), b.readlines())
print(b.read(), b.readline())
b = io.BytesIO(initial_bytes=b'x')
print(b.getvalue(), io.BytesIO(None).getvalue())

with io.BytesIO(b'data') as w:
    print(w.read())
print(w.closed)

big = io.BytesIO()
for i in range(2000):
    big.write(bytes([i % 256]) * 3)
v = big.getvalue()
print(len(v), v[:9], v[-6:])

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

b = io.BytesIO(b'abc')
attempt(lambda: b.write('x'))
attempt(lambda: b.read('x'))
attempt(lambda: b.seek(-1))
attempt(lambda: b.seek(0, 9))
attempt(lambda: b.truncate(-2))
attempt(lambda: b.fileno())
attempt(lambda: io.BytesIO('str'))
b.close()
attempt(lambda: b.read())
attempt(lambda: b.getvalue())
attempt(lambda: b.write(b'x'))
attempt(lambda: b.seek(0))
attempt(lambda: next(b))
attempt(lambda: b.readable())
