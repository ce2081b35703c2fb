import base64
tests = ["abc", "abcde", "ab!cde==", "é", "YQ", "YQ===", "Y Q = =", "YWJj====", "=YWJj", "YW=Jj", "aGVsbG8gd29ybGQ=", "", "QUJD\nREVG"]
for t in tests:
    try:
        print(repr(t), base64.b64decode(t))
    except ValueError as e:
        print(repr(t), type(e).__module__, type(e).__name__, e, isinstance(e, ValueError))
for t in ("ab!c", "YQ==YQ==", "YQ=a"):
    try:
        print(base64.b64decode(t, validate=True))
    except ValueError as e:
        print(type(e).__name__, e)
for data in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))):
    e64 = base64.b64encode(data); e32 = base64.b32encode(data); e16 = base64.b16encode(data)
    print(e64[:40], e32[:40], e16[:40], base64.b64decode(e64) == data, base64.b32decode(e32) == data, base64.b16decode(e16) == data, base64.urlsafe_b64encode(data)[-8:])
print(base64.urlsafe_b64encode(bytes([251, 255])), base64.urlsafe_b64decode("-_8="), base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
print(base64.encodebytes(b"x" * 60), base64.decodebytes(base64.encodebytes(b"y" * 100)) == b"y" * 100, base64.standard_b64encode(b"hi"), base64.standard_b64decode("aGk="))
print(base64.b32decode("nbswy3dp", casefold=True), base64.b16decode("4a6b", casefold=True))
for bad in (lambda: base64.b64encode("x"), lambda: base64.b16decode("4g"), lambda: base64.b16decode("abc"), lambda: base64.b16decode("ABC"), lambda: base64.b32decode("NBSWY3D"), lambda: base64.b32decode("NBSWY3D1"), lambda: base64.b64decode(5)):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
