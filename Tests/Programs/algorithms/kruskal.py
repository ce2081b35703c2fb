# Minimum spanning tree with Kruskal's algorithm and a union-find with path compression and ranks.

def find(parent, x):
    root = x
    while parent[root] != root:
        root = parent[root]
    while parent[x] != root:
        parent[x], x = root, parent[x]
    return root

def union(parent, rank, a, b):
    ra, rb = find(parent, a), find(parent, b)
    if ra == rb:
        return False
    if rank[ra] < rank[rb]:
        ra, rb = rb, ra
    parent[rb] = ra
    if rank[ra] == rank[rb]:
        rank[ra] += 1
    return True

edges = [(7, "A", "B"), (5, "A", "D"), (8, "B", "C"), (9, "B", "D"), (7, "B", "E"), (5, "C", "E"),
         (15, "D", "E"), (6, "D", "F"), (8, "E", "F"), (9, "E", "G"), (11, "F", "G"), (3, "H", "I")]
nodes = sorted({n for _, a, b in edges for n in (a, b)})
parent = {n: n for n in nodes}
rank = {n: 0 for n in nodes}
tree = []
for w, a, b in sorted(edges):
    if union(parent, rank, a, b):
        tree.append((a, b, w))
print("tree edges:", tree)
print("total weight:", sum([w for _, _, w in tree]))
groups = {}
for n in nodes:
    groups.setdefault(find(parent, n), []).append(n)
print("components:", sorted(groups.values()))
size = 1000
parent = list(range(size))
rank = [0] * size
merged = 0
for i in range(0, size, 3):
    if union(parent, rank, i, (i * 7 + 1) % size):
        merged += 1
roots = {find(parent, i) for i in range(size)}
print("merges:", merged, "sets:", len(roots))
