# Read lines until EOFError; count words and print the most frequent ones.

counts = {}
lines = 0
while True:
    try:
        line = input()
    except EOFError:
        break
    lines += 1
    for word in line.lower().split():
        word = word.strip(".,;:!?\"'")
        if word:
            counts[word] = counts.get(word, 0) + 1
print("lines:", lines, "distinct words:", len(counts))
for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{word:>8} {n}")
try:
    input()
except EOFError as e:
    print("EOFError:", e)
