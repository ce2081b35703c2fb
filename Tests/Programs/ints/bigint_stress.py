# Pseudo-random big-int arithmetic: products, floor division and modulo identities, conversions to text.

state = 987654321
def next_rand():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state

def big(words):
    n = 0
    for _ in range(words):
        n = (n << 64) | next_rand()
    return -n if next_rand() % 3 == 0 else n

ok = 0
for i in range(200):
    a = big(next_rand() % 5 + 1)
    b = big(next_rand() % 3 + 1) or 7
    q, r = divmod(a, b)
    ok += q * b + r == a and (r == 0 or (r > 0) == (b > 0)) and abs(r) < abs(b)
    if i % 20 == 0:
        print(a, b, a * b, q, r, a // 3, a % 1000, -a >> 70, a & b, a | b, a ^ b, hex(a)[:20], a ** 2 % (2 ** 127 - 1))
print("identities hold:", ok)
total = 0
for i in range(1, 400):
    total += (-1) ** i * 3 ** i // i
print(total)
print(int(str(total)) == total, int(hex(total), 16) == total, int(bin(total)[:3] + bin(total)[3:], 0) == total)
s = sum([big(2) for _ in range(100)])
print(s, s % 9, str(s).count("7"))
for k in [1, 2, 62, 63, 64, 65, 127, 128, 129]:
    print(k, 2 ** k - 1, -(2 ** k), (2 ** k - 1) * (2 ** k + 1) == 4 ** k - 1, (2 ** k) // 3, -(2 ** k) // 3, -(2 ** k) % 3)
