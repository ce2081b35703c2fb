# Text encodings, error handlers and newline translation in files.
import os

d = '/tmp/adder_io_encoding_test_dir_%d' % os.getpid()
os.makedirs(d, exist_ok=True)
p = d + '/enc.txt'

def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__ + ':', e)

def raw():
    with open(p, 'rb') as f:
        return f.read()

with open(p, 'w', encoding='latin-1') as f:
    print(repr(f).replace(d, 'D'), f.write('café ÿ\n'))
print(raw())
with open(p, encoding='latin-1') as f:
    print(repr(f.read()))
with open(p, encoding='utf-8') as f:
    attempt(f.read)
with open(p, encoding='utf-8', errors='replace') as f:
    print(repr(f.read()), f.errors)
with open(p, encoding='utf-8', errors='ignore') as f:
    print(repr(f.read()))
with open(p, encoding='ascii', errors='replace') as f:
    print(repr(f.read()))

with open(p, 'w', encoding='ascii') as f:
    attempt(lambda: f.write('naïve'))
    print(f.write('plain'))
print(raw())
with open(p, 'w', encoding='ascii', errors='replace') as f:
    f.write('naïve ☃')
print(raw())
with open(p, 'w', encoding='ascii', errors='ignore') as f:
    f.write('naïve ☃')
print(raw())
with open(p, 'w', encoding='utf8') as f:
    attempt(lambda: f.write('bad \ud800 surrogate'))
with open(p, 'w', encoding='UTF_8') as f:
    f.write('ok ☃\n')
    print(f.encoding)
print(raw())

# newlines on reading
with open(p, 'wb') as f:
    f.write(b'one\r\ntwo\rthree\nfour\r\n\r\nfive\r')
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, newline=nl) as f:
        lines = f.readlines()
    with open(p, newline=nl) as f:
        whole = f.read()
    print(repr(nl), lines, repr(whole))

# newlines on writing
for nl in [None, '', '\n', '\r', '\r\n']:
    with open(p, 'w', newline=nl) as f:
        f.write('a\nb\r\nc\n')
    print(repr(nl), raw())

# a "\r\n" split across the 8192-byte chunk boundary
with open(p, 'wb') as f:
    f.write(b'x' * 8191 + b'\r\n' + b'tail\r\n')
with open(p) as f:
    lines = f.readlines()
print(len(lines), len(lines[0]), repr(lines[0][-3:]), repr(lines[1]))
# a UTF-8 character split across the chunk boundary
with open(p, 'wb') as f:
    f.write(b'y' * 8191 + 'é€😀\n'.encode() * 3)
with open(p, encoding='utf-8') as f:
    s = f.read()
print(len(s), repr(s[8189:]))
with open(p, encoding='utf-8') as f:
    print([len(x) for x in f])
with open(p) as f:
    f.read(8192)
    print(f.tell(), repr(f.read(2)), f.tell())

# decoding error positions
with open(p, 'wb') as f:
    f.write(b'abc\xffdef\n')
with open(p) as f:
    attempt(f.read)
with open(p) as f:
    attempt(f.readline)
with open(p, 'wb') as f:
    f.write(b'abc\xe2\x82')
with open(p) as f:
    attempt(f.read)

os.remove(p)
os.rmdir(d)

# decoding errors count positions in the bytes read, before newline translation
q = '/tmp/adder_io_encoding_pos_%d.txt' % os.getpid()
with open(q, 'wb') as f:
    f.write(b'a\r\nb\r\nc\xffd\r\n')
with open(q) as f:
    attempt(f.read)
with open(q, errors='replace') as f:
    print(f.readlines())
os.remove(q)
