# Conway's Game of Life on a small torus, with a glider and a blinker; population by generation.

ROWS, COLS = 10, 12

def step(live):
    counts = {}
    for (r, c) in live:
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if dr or dc:
                    key = ((r + dr) % ROWS, (c + dc) % COLS)
                    counts[key] = counts.get(key, 0) + 1
    return {cell for cell, n in counts.items() if n == 3 or (n == 2 and cell in live)}

def show(live):
    for r in range(ROWS):
        print("".join(["#" if (r, c) in live else "." for c in range(COLS)]))

glider = {(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)}
blinker = {(6, 8), (6, 9), (6, 10)}
live = glider | blinker
show(live)
populations = []
for gen in range(1, 41):
    live = step(live)
    populations.append(len(live))
    if gen in (1, 4, 40):
        print("generation", gen)
        show(live)
print(populations)
print(sorted(live)[:5])
