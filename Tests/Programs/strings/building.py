# Building strings: accumulation, join of parts, reversing, character arithmetic, simple encoders.

parts = []
for i in range(1, 16):
    if i % 15 == 0:
        parts.append("FizzBuzz")
    elif i % 3 == 0:
        parts.append("Fizz")
    elif i % 5 == 0:
        parts.append("Buzz")
    else:
        parts.append(str(i))
print(" ".join(parts))

acc = ""
for ch in "abcdef":
    acc = ch + acc
print(acc, acc[::-1] == "abcdef")

def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)

secret = caesar("Hello, World! xyz", 3)
print(secret, caesar(secret, -3))

def rle(text):
    if not text:
        return ""
    out = []
    run = text[0]
    n = 1
    for ch in text[1:]:
        if ch == run:
            n += 1
        else:
            out.append(f"{n}{run}")
            run, n = ch, 1
    out.append(f"{n}{run}")
    return "".join(out)

print(rle("aaabccddddde"), rle(""), rle("z"), rle("ééé😀😀"))
table = [[str(r * c).rjust(3) for c in range(1, 6)] for r in range(1, 6)]
print("\n".join(["".join(row) for row in table]))
words = "the rain in spain stays mainly in the plain".split()
print(" ".join([w.capitalize() for w in words]), "-".join(reversed(words)))
print("".join([w[0] for w in words]).upper(), max(words, key=len), sorted(words, key=lambda w: (len(w), w)))
line = "=" * 10 + " title " + "=" * 10
print(line, len(line))
print("%s has %d chars" % (line.strip("="), len(line.strip("="))))
