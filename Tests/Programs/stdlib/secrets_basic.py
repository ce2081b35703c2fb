import secrets, string
tok = secrets.token_hex(16); print(len(tok), all(c in "0123456789abcdef" for c in tok))
print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__)
for n in (0, 1, 2, 3, 16, 32):
    u = secrets.token_urlsafe(n)
    print(n, len(u), all(c.isalnum() or c in "-_" for c in u))
pw = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(12)); print(len(pw), pw.isalnum())
print(0 <= secrets.randbelow(10) < 10, secrets.randbits(8) < 256, secrets.compare_digest("abc", "abc"), secrets.compare_digest(b"abc", b"abd"), secrets.compare_digest("a", "ab"))
try:
    secrets.randbelow(0)
except ValueError as e:
    print(e)
try:
    secrets.compare_digest("a", b"a")
except TypeError as e:
    print(e)
print(isinstance(secrets.SystemRandom(), secrets.SystemRandom), secrets.DEFAULT_ENTROPY)
for a, b in [(b"a", "a"), (1, 2), (b"a", 1), ("é", "é")]:
    try:
        secrets.compare_digest(a, b)
    except TypeError as e:
        print(e)
