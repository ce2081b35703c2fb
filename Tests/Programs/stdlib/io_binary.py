# Binary files: BufferedReader / BufferedWriter / BufferedRandom / FileIO.
import os

d = '/tmp/adder_io_binary_test_dir_%d' % os.getpid()
os.makedirs(d, exist_ok=True)
p = d + '/data.bin'

with open(p, 'wb') as f:
    print(repr(f).replace(d, 'D'), f.mode, f.closed)
    print(f.readable(), f.writable(), f.seekable())
    print(f.write(b'\x00\x01\x02binary\n'), f.write(bytes(range(250, 256))), f.write(b'\nend'))
    f.writelines([b'\nmore', b' lines\n'])
    print(f.tell())
print(f.closed)

with open(p, 'rb') as f:
    print(repr(f).replace(d, 'D'), f.mode)
    print(f.read(3), f.tell())
    print(f.readline())
    print(f.peek(2)[:2])
    print(f.read1(3))
    print(f.readline(2), f.readline())
    print(f.readlines())
    print(f.read(), f.read(5), f.readline())
    print(f.seek(0), f.read(1), f.seek(2, 1), f.read(1), f.seek(-3, 2), f.read())
with open(p, 'rb') as f:
    print(list(f))
with open(p, 'rb') as f:
    data = f.read()
print(len(data), data[:5], os.path.getsize(p))

with open(p, 'r+b') as f:
    print(repr(f).replace(d, 'D'), f.mode)
    print(f.read(3))
    f.write(b'XYZ')
    print(f.tell())
    f.seek(0)
    print(f.read(8))
    f.seek(0, 2)
    f.write(b'!')
    print(f.truncate(10), f.tell())
    f.seek(0)
    print(f.read())

with open(p, 'ab') as f:
    print(f.tell(), f.write(b'+appended'), f.tell())
with open(p, 'ab+') as f:
    f.seek(0)
    print(f.read(), f.mode)
with open(p, 'wb+') as f:
    print(f.mode, f.read(), f.write(b'fresh'), f.seek(0), f.read())

with open(p, 'rb', buffering=0) as f:
    print(repr(f).replace(d, 'D'), f.read(2), f.readline(), f.closefd)
print(repr(f))
with open(p, 'wb', buffering=0) as f:
    print(f.write(b'unbuffered'), os.path.getsize(p))

# large writes and reads
with open(p, 'wb') as f:
    for i in range(5000):
        f.write(b'%05d,' % i)
with open(p, 'rb') as f:
    chunks = []
    while True:
        c = f.read(4096)
        if not c:
            break
        chunks.append(len(c))
    print(len(chunks), sum(chunks), chunks[-1])
with open(p, 'rb') as f:
    f.seek(30000)
    print(f.read(12), f.tell())

# what stays buffered after read(n), as CPython's BufferedReader (buffer of 100 bytes here)
with open(p, 'rb', buffering=100) as f:
    print(len(f.read(250)), len(f.peek()), len(f.read1(1000)), len(f.read1(1000)), len(f.read1()))
    print(len(f.read(30)), len(f.peek(1)), f.tell(), len(f.readline()), len(f.read1(5)), f.tell())
    f.seek(0)
    print(len(f.read1(7)), len(f.peek()), len(f.read(0)), f.read(3))

# text and binary on the same file: the text file's buffer
with open(p, 'w') as f:
    f.write('text ')
    f.flush()
    print(repr(f.buffer).replace(d, 'D'), f.buffer.write(b'and bytes'))
with open(p) as f:
    print(f.read())

os.remove(p)
os.rmdir(d)
