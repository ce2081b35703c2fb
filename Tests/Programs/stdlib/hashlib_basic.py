import hashlib
msgs = [b"", b"abc", b"The quick brown fox jumps over the lazy dog", b"a" * 55, b"a" * 56, b"a" * 63, b"a" * 64, b"a" * 65, bytes(range(256)) * 3]
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    for m in msgs:
        h = hashlib.new(name, m)
        print(name, len(m), h.hexdigest(), h.digest_size, h.block_size, h.name)
h = hashlib.sha256()
for chunk in (b"hello ", b"wor", b"ld" * 40):
    h.update(chunk)
c = h.copy(); c.update(b"!")
print(h.hexdigest(), c.hexdigest(), h.digest()[:4], hashlib.md5(b"x").digest())
print(hashlib.sha1("text".encode()).hexdigest(), hashlib.md5("héllo".encode("utf-8")).hexdigest(), "md5" in hashlib.algorithms_guaranteed)
try:
    hashlib.sha256("str")
except TypeError as e:
    print(e)
try:
    hashlib.new("nope")
except ValueError as e:
    print(e)
def checksum(path_like_text):
    return hashlib.sha256(path_like_text.encode()).hexdigest()[:12]
print([checksum(w) for w in "alpha beta gamma".split()])
