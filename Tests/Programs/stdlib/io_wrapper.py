# io.TextIOWrapper over a binary file from open().
import io, os

d = '/tmp/adder_io_wrapper_test_dir_%d' % os.getpid()
os.makedirs(d, exist_ok=True)
p = d + '/tw.txt'

b = open(p, 'wb')
t = io.TextIOWrapper(b, encoding='latin-1', newline='\r\n')
print(repr(t).replace(d, 'D'), t.encoding, t.buffer is b, t.name == p, t.errors)
print(t.write('é\nline\n'))
try:
    t.mode
except AttributeError as e:
    print(e)
t.close()
print(b.closed, t.closed)
with open(p, 'rb') as f:
    print(f.read())
t = io.TextIOWrapper(open(p, 'rb'), encoding='latin-1')
print(t.readlines())
t.close()
t = io.TextIOWrapper(open(p, 'rb'))
try:
    t.read()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
t.close()
t = io.TextIOWrapper(open(p, 'rb'), errors='replace', newline='')
print(t.read())
t.close()

os.remove(p)
os.rmdir(d)
