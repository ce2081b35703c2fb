# Word and letter statistics over a fixed text: frequencies, bigrams, longest words, line stats.

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way -- in short,
the period was so far like the present period, that some of its noisiest authorities
insisted on its being received, for good or for evil, in the superlative degree of comparison only."""

def words_of(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch == "'" else " ")
    return "".join(cleaned).split()

words = words_of(TEXT)
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print("words:", len(words), "distinct:", len(counts))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
for word, n in top[:10]:
    print(f"{word:<8}{n:>3} {'*' * n}")
print("hapax legomena:", len([w for w in counts if counts[w] == 1]))
longest = max(words, key=len)
print("longest:", longest, len(longest), sorted({w for w in words if len(w) >= 10}))
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print("top bigrams:", sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print("letters:", "".join([ch for ch, _ in sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))]))
total_letters = sum(letters.values())
print("e share: %.2f%%" % (100 * letters["e"] / total_letters))
for i, line in enumerate(TEXT.splitlines(), 1):
    lw = words_of(line)
    print(f"{i}: {len(line):3} chars {len(lw):2} words avg {sum([len(w) for w in lw]) / len(lw):.2f}")
by_length = {}
for w in sorted(counts):
    by_length.setdefault(len(w), []).append(w)
print({k: len(v) for k, v in sorted(by_length.items())})
print(" ".join([w.capitalize() for w in words[:12]]))
