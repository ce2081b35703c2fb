# Huffman coding with deterministic tie-breaking, encoding and decoding a text, and compression stats.

def build_codes(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    # Nodes are (weight, order, symbol-or-children); order breaks ties deterministically.
    nodes = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    order = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda node: (node[0], node[1]))
        a, b = nodes[0], nodes[1]
        nodes = nodes[2:] + [(a[0] + b[0], order, (a, b))]
        order += 1
    codes = {}
    def walk(node, prefix):
        payload = node[2]
        if isinstance(payload, str):
            codes[payload] = prefix or "0"
        else:
            walk(payload[0], prefix + "0")
            walk(payload[1], prefix + "1")
    walk(nodes[0], "")
    return freq, codes

def decode(bits, codes):
    reverse = {code: ch for ch, code in codes.items()}
    out = []
    current = ""
    for bit in bits:
        current += bit
        if current in reverse:
            out.append(reverse[current])
            current = ""
    return "".join(out)

text = "this is an example of a huffman tree built for a short text; it compresses repeated letters well"
freq, codes = build_codes(text)
for ch in sorted(codes, key=lambda c: (len(codes[c]), c)):
    print(repr(ch), freq[ch], codes[ch])
bits = "".join([codes[ch] for ch in text])
print(len(bits), "bits vs", 8 * len(text), "ratio %.3f" % (len(bits) / (8 * len(text))))
print(decode(bits, codes) == text, bits[:64])
print(build_codes("aaaa")[1], build_codes("ab")[1])
