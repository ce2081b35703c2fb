# json: generated documents (some corrupted), decoded and re-encoded; the same pseudo-random sequence as CPython.
import json, random
random.seed(7)
ws = [" ", "", "\n", "  ", "\t "]
def gen(d):
    r = random.random()
    if d > 3 or r < 0.3:
        return random.choice(["1", "-2.5e3", '"s\\n"', "true", "null", '"\\ud83d\\ude00"', "0", "[]", "{}"])
    if r < 0.65:
        return "[" + random.choice(ws) + ("," + random.choice(ws)).join(gen(d + 1) for _ in range(random.randint(1, 3))) + random.choice(ws) + "]"
    return "{" + random.choice(ws) + ("," + random.choice(ws)).join('"k%d"%s:%s%s' % (i, random.choice(ws), random.choice(ws), gen(d + 1)) for i in range(random.randint(1, 3))) + random.choice(ws) + "}"
for t in range(300):
    doc = gen(0)
    if random.random() < 0.3:
        i = random.randrange(len(doc))
        doc = doc[:i] + random.choice([",", "", "}", "x", " "]) + doc[i + 1:]
    try:
        print(repr(json.loads(doc)))
        print(json.loads(doc, object_pairs_hook=list))
    except json.JSONDecodeError as e:
        print("ERR", e)
random.seed(11)
for t in range(150):
    doc = gen(0)
    try:
        v = json.loads(doc)
    except json.JSONDecodeError:
        continue
    print(json.dumps(v), json.dumps(v, indent=1, sort_keys=True, ensure_ascii=False) == json.dumps(json.loads(json.dumps(v)), indent=1, sort_keys=True, ensure_ascii=False))
