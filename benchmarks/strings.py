# Benchmark: a string-building workload: concatenation, join, split, formatting, replace, searching.

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa", "lambda", "mu"]

def build_lines(n, offset):
    lines = []
    for i in range(offset, offset + n):
        w = WORDS[i % len(WORDS)]
        lines.append(f"{i:07d}|{w}|{w.upper()}|{i * 37 % 1000:>4}|{w[::-1]}")
    return lines

def concat(n):
    s = ""
    for i in range(n):
        s += WORDS[i % len(WORDS)][0]
        if i % 64 == 63:
            s += "\n"
    return s

def one_round(r):
    lines = build_lines(50000, r * 50000)
    text = "\n".join(lines)
    fields = [line.split("|") for line in text.split("\n")]
    widths = {}
    for f in fields:
        widths[f[1]] = widths.get(f[1], 0) + len(f[4])
    replaced = text.replace("alpha", "ALPHA").replace("|", ", ")
    found = 0
    pos = text.find("kappa")
    while pos != -1:
        found += 1
        pos = text.find("kappa", pos + 1)
    formatted = ["%s=%d (%.2f%%)" % (w, widths[w], 100.0 * widths[w] / len(text)) for w in WORDS]
    csv = ",".join(["%d" % (i * r) for i in range(50000)])
    numbers = [int(x) for x in csv.split(",")]
    stripped = [line.strip("0123456789|") for line in lines[:20000]]
    alpha_lines = len([1 for line in lines if line.endswith("ahpla")])
    return len(text), len(replaced), text.count("eta"), found, alpha_lines, sum(numbers), formatted[r % 12], stripped[r]

results = [one_round(r) for r in range(14)]
letters = concat(1000000)
for res in results:
    print(res)
print("letters:", len(letters), letters[:20], letters.count("\n"))
print("total text:", sum([res[0] for res in results]), "total replaced:", sum([res[1] for res in results]))
