import struct
tests = [
    lambda: struct.pack("<h", 40000), lambda: struct.pack("<i", 2**40), lambda: struct.pack("<q", 2**64), lambda: struct.pack("<Q", -1),
    lambda: struct.pack("<B", 300), lambda: struct.pack("<b", 300), lambda: struct.pack("<H", -1), lambda: struct.pack("<I", -1),
    lambda: struct.pack("<i", 1.5), lambda: struct.pack("i", 2**40), lambda: struct.pack("l", 2**64), lambda: struct.pack("<l", 2**40),
    lambda: struct.pack("<L", -1), lambda: struct.pack("Q", -1), lambda: struct.pack("<2i", 1), lambda: struct.pack("<i", 1, 2),
    lambda: struct.unpack("<i", b"abc"), lambda: struct.pack("z"), lambda: struct.pack("<c", b"ab"), lambda: struct.pack("<s", "x"),
    lambda: struct.pack("<f", "x"), lambda: struct.pack("<f", 1e300), lambda: struct.pack("<e", 1e10), lambda: struct.pack("<?", []),
    lambda: struct.calcsize("@bid"), lambda: struct.calcsize("<bid"), lambda: struct.calcsize("@ci"), lambda: struct.calcsize("@id"),
    lambda: struct.calcsize("@dc"), lambda: struct.pack("@bi", 1, 2), lambda: struct.pack(">hH", -2, 3), lambda: struct.pack("<5s", b"ab"),
    lambda: struct.pack("<3p", b"abcdef"), lambda: struct.unpack("<3p", b"\x05ab"), lambda: struct.pack("<2c", b"a", b"b"),
    lambda: struct.unpack(">e", b"\x3c\x00"), lambda: struct.pack("<e", 0.1), lambda: list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")),
    lambda: struct.Struct("<ih").size, lambda: struct.Struct("<ih").format, lambda: struct.pack("<n", 1), lambda: struct.pack("P", 1),
    lambda: struct.unpack_from("<h", b"xx\x01\x00", 2), lambda: struct.pack("<x2xb", 1), lambda: struct.pack("<0s", b"a"),
    lambda: struct.pack("<i", True), lambda: struct.unpack("<?", b"\x02"), lambda: struct.pack("!I", 1), lambda: struct.pack("=l", 1),
    lambda: struct.pack("<d", float("nan")), lambda: struct.pack("< i", 1), lambda: struct.pack("<i", "1"),
    lambda: struct.pack("@I", 2**33), lambda: struct.pack("@i", -2**31), lambda: struct.pack("<q", -2**63), lambda: struct.pack("<Q", 2**64 - 1),
    lambda: struct.unpack("<fdf", struct.pack("<fdf", 0.1, 0.1, 3.4028235e38)), lambda: struct.pack(">f", 1e-40), lambda: struct.pack("<e", 6.0e-8),
    lambda: struct.pack("<e", 65504.0), lambda: struct.pack("<e", 65520.0), lambda: struct.pack(">d", -0.0), lambda: struct.pack("<f", float("-inf")),
    lambda: struct.unpack("<e", b"\x01\x00"), lambda: struct.unpack(">f", b"\x7f\x80\x00\x00"), lambda: struct.unpack("<d", b"\x01" + b"\x00" * 7),
    lambda: struct.unpack("@bid", struct.pack("@bid", -1, 123456, 2.5)), lambda: struct.unpack("<10s", b"hello\x00\x00\x00\x00\x00"),
    lambda: struct.pack("<hhl", 1, 2, 3), lambda: struct.unpack(">HHL", b"\x00\x01\x00\x02\x00\x00\x00\x03"), lambda: struct.calcsize("3s2x4i"),
    lambda: struct.Struct("<2h").unpack(b"\x01\x00\xff\xff"), lambda: struct.error.__mro__,
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
import random
random.seed(3)
ok = 0
for _ in range(300):
    x = random.uniform(-1e6, 1e6) * 10 ** random.randint(-40, 30)
    for fmt in ("<f", ">d", "<e"):
        try:
            ok += struct.unpack(fmt, struct.pack(fmt, x))[0] == struct.unpack(fmt, struct.pack(fmt, x))[0]
            print(struct.pack(fmt, x).hex(), end=" ")
        except OverflowError:
            print("OF", end=" ")
print()
print(ok)
