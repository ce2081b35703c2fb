# Graph algorithms on dict-of-lists graphs: BFS, DFS, topological sort, components, Dijkstra, cycles.

graph = {
    "A": ["B", "C"], "B": ["D", "E"], "C": ["F"], "D": [], "E": ["F"], "F": ["G"], "G": [],
    "H": ["I"], "I": [],
}

def bfs(g, start):
    seen = {start: 0}
    order = [start]
    queue = [start]
    while queue:
        node = queue.pop(0)
        for nxt in g[node]:
            if nxt not in seen:
                seen[nxt] = seen[node] + 1
                order.append(nxt)
                queue.append(nxt)
    return order, seen

def dfs_recursive(g, node, seen=None):
    if seen is None:
        seen = []
    seen.append(node)
    for nxt in g[node]:
        if nxt not in seen:
            dfs_recursive(g, nxt, seen)
    return seen

def dfs_iterative(g, start):
    seen = []
    stack = [start]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.append(node)
        for nxt in reversed(g[node]):
            stack.append(nxt)
    return seen

def topo_sort(g):
    indegree = {n: 0 for n in g}
    for n in g:
        for m in g[n]:
            indegree[m] += 1
    ready = sorted([n for n in g if indegree[n] == 0])
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for m in g[n]:
            indegree[m] -= 1
            if indegree[m] == 0:
                ready.append(m)
                ready.sort()
    return order if len(order) == len(g) else None

def components(g):
    undirected = {n: set() for n in g}
    for n in g:
        for m in g[n]:
            undirected[n].add(m)
            undirected[m].add(n)
    seen = set()
    comps = []
    for n in sorted(g):
        if n in seen:
            continue
        comp = []
        stack = [n]
        while stack:
            x = stack.pop()
            if x in seen:
                continue
            seen.add(x)
            comp.append(x)
            stack.extend(sorted(undirected[x]))
        comps.append(sorted(comp))
    return comps

def heap_push(heap, item):
    heap.append(item)
    i = len(heap) - 1
    while i > 0:
        parent = (i - 1) // 2
        if heap[parent] <= heap[i]:
            break
        heap[parent], heap[i] = heap[i], heap[parent]
        i = parent

def heap_pop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    i = 0
    while True:
        smallest = i
        for child in (2 * i + 1, 2 * i + 2):
            if child < len(heap) and heap[child] < heap[smallest]:
                smallest = child
        if smallest == i:
            return top
        heap[i], heap[smallest] = heap[smallest], heap[i]
        i = smallest

def dijkstra(wg, source):
    dist = {source: 0}
    prev = {}
    heap = [(0, source)]
    done = set()
    while heap:
        d, node = heap_pop(heap)
        if node in done:
            continue
        done.add(node)
        for nxt, w in wg[node]:
            nd = d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = node
                heap_push(heap, (nd, nxt))
    return dist, prev

def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    return path[::-1]

def has_cycle(g):
    WHITE, GREY, BLACK = 0, 1, 2
    color = {n: WHITE for n in g}
    def visit(n):
        color[n] = GREY
        for m in g[n]:
            if color[m] == GREY or (color[m] == WHITE and visit(m)):
                return True
        color[n] = BLACK
        return False
    return any([visit(n) for n in g if color[n] == WHITE])

order, levels = bfs(graph, "A")
print("bfs", order, levels)
print("dfs recursive", dfs_recursive(graph, "A"))
print("dfs iterative", dfs_iterative(graph, "A"))
print("topological", topo_sort(graph))
print("components", components(graph))
print("cycle?", has_cycle(graph))
cyclic = {1: [2], 2: [3], 3: [1, 4], 4: []}
print("cycle?", has_cycle(cyclic), "topological", topo_sort(cyclic))
roads = {
    "home": [("shop", 4), ("park", 1)], "park": [("shop", 2), ("school", 7)], "shop": [("school", 3), ("work", 8)],
    "school": [("work", 2)], "work": [("home", 10)], "island": [],
}
dist, prev = dijkstra(roads, "home")
for place in sorted(dist, key=lambda p: (dist[p], p)):
    print(f"{place:7} {dist[place]:3}  {' -> '.join(path_to(prev, place))}")
print("unreachable:", sorted(set(roads) - set(dist)))
grid = ["..#.....", ".##.###.", "....#...", "#.#...#.", "..#.#..."]
cells = {(r, c): [] for r in range(len(grid)) for c in range(len(grid[0])) if grid[r][c] == "."}
for (r, c) in cells:
    for dr, dc in [(0, 1), (1, 0), (0, -1), (-1, 0)]:
        if (r + dr, c + dc) in cells:
            cells[(r, c)].append((r + dr, c + dc))
order, levels = bfs(cells, (0, 0))
print("grid reachable", len(order), "farthest", max(levels.values()), "to corner", levels.get((4, 7)))
