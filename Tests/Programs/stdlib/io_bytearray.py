# bytearray with files and BytesIO: readinto, readinto1, readall, writes of bytearrays.
import os
d = '/tmp/adder_io_bytearray_test_dir_%d' % os.getpid()
os.makedirs(d, exist_ok=True)
import io
b = io.BytesIO(b'hello world'); ba = bytearray(5)
print(b.readinto(ba), ba, b.readinto(bytearray(0)), b.readinto(bytearray(100)))
open(d + '/ri.bin', 'wb').write(b'abcdefgh')
f = open(d + '/ri.bin', 'rb'); ba = bytearray(3)
print(f.readinto(ba), bytes(ba)); print(f.readinto1(ba), bytes(ba)); print(f.readinto(bytearray(10)))
for bad in [b'xx', 'str', 3]:
    try:
        f.readinto(bad)
    except Exception as e:
        print(type(e).__name__, e)
f.close()
f = open(d + '/ri.bin', 'rb', buffering=0); ba = bytearray(3); print(f.readinto(ba), ba, f.readall())
try:
    io.BytesIO().readinto(b'x')
except Exception as e:
    print(type(e).__name__, e)
w = io.BytesIO(bytearray(b'init'))
w.seek(0, 2)
print(w.write(bytearray(b'+more')), w.getvalue())
with open(d + '/ri.bin', 'wb') as g:
    print(g.write(bytearray(b'from bytearray')))
    g.writelines([bytearray(b'!'), b'?'])
print(open(d + '/ri.bin', 'rb').read())
os.remove(d + '/ri.bin')
os.rmdir(d)
