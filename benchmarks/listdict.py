# Benchmark: a list-and-dict workload: building records, indexing, counting with dicts, grouping, sorting.

def lcg_values(n, seed):
    values = []
    state = seed
    for _ in range(n):
        state = (state * 1103515245 + 12345) % 2147483648
        values.append(state)
    return values

N = 400000
raw = lcg_values(N, 7)
records = [(v % 1000, v % 97, v >> 16) for v in raw]

counts = {}
for key, _, _ in records:
    counts[key] = counts.get(key, 0) + 1

groups = {}
for key, bucket, value in records:
    if bucket in groups:
        groups[bucket].append(value)
    else:
        groups[bucket] = [value]

totals = {bucket: sum(vals) for bucket, vals in groups.items()}
by_count = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
ordered = sorted(records, key=lambda r: (r[1], -r[2]))

index = {}
for i, (key, bucket, value) in enumerate(records):
    index[(key, bucket)] = i
hits = 0
for i in range(0, N, 3):
    key, bucket, _ = records[i]
    if index.get((key, bucket), -1) >= i:
        hits += 1

matrix = [[(i * j) % 10 for j in range(300)] for i in range(300)]
column_sums = [0] * 300
for row in matrix:
    for j in range(300):
        column_sums[j] += row[j]

unique = set()
for v in raw:
    unique.add(v % 50000)
merged = list(unique)
merged.sort(reverse=True)

print("distinct keys:", len(counts), "top:", by_count[:3])
print("bucket totals checksum:", sum(totals.values()) % 1000000007, "largest group:", max([len(g) for g in groups.values()]))
print("first ordered:", ordered[0], "last ordered:", ordered[-1])
print("index hits:", hits, "column sum check:", sum(column_sums), "unique:", len(merged), merged[:3])
