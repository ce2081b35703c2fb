import queue
from queue import Queue, LifoQueue, PriorityQueue, SimpleQueue, Empty, Full
# breadth-first search over a grid with a FIFO queue
grid = ["S.#.....", ".##.###.", "....#...", "#.#...#E"]
start = (0, 0); goal = (3, 7)
q = Queue(); q.put((start, 0)); seen = {start}
while not q.empty():
    (r, c), d = q.get()
    if (r, c) == goal:
        print("distance", d); break
    for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        nr, nc = r + dr, c + dc
        if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in seen:
            seen.add((nr, nc)); q.put(((nr, nc), d + 1))
print(len(seen), q.qsize())
q = Queue(2); q.put(1); q.put(2)
try:
    q.put(3, block=False)
except Full as e:
    print(repr(e), type(e).__mro__)
try:
    q.put_nowait(3)
except queue.Full:
    print("full again")
print(q.qsize(), q.full(), q.empty(), q.get(), q.get_nowait(), q.maxsize, q.unfinished_tasks)
try:
    q.get(timeout=0.01)
except Empty as e:
    print(repr(e), Empty.__mro__)
try:
    q.get(timeout=-1)
except ValueError as e:
    print(e)
q.task_done(); q.task_done()
try:
    q.task_done()
except ValueError as e:
    print(e)
q.join()
lq = LifoQueue(); pq = PriorityQueue(); sq = SimpleQueue()
for item in [(3, "c"), (1, "a"), (2, "b")]:
    lq.put(item); pq.put(item); sq.put(item)
print([lq.get() for _ in range(3)], [pq.get() for _ in range(3)], [sq.get() for _ in range(3)], sq.empty(), sq.qsize())
try:
    sq.get_nowait()
except queue.Empty:
    print("simple empty")
print(Queue.__mro__, PriorityQueue.__mro__, SimpleQueue.__mro__, isinstance(q.queue, object), list(Queue().queue), PriorityQueue().queue)
