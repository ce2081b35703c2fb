# Sequence patterns: fixed length, star captures, nesting, tuples vs lists, strings are not sequences here.

def shape(value):
    match value:
        case []:
            return "empty"
        case [x]:
            return f"one element {x}"
        case [x, y]:
            return f"pair {x}, {y}"
        case [0, *rest]:
            return f"starts with zero, rest {rest}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first} ... {last} ({len(middle)} in the middle)"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case _:
            return "not a sequence"

for v in [[], [1], (1, 2), [0, 1, 2], [1, 2, 3], (1, 2, 3, 4, 5, 6), "ab", "abc", 5, {1: 2}, range(3)]:
    print(repr(v), "->", shape(v))

def point(p):
    match p:
        case (0, 0):
            return "origin"
        case (0, y):
            return f"on y axis at {y}"
        case (x, 0):
            return f"on x axis at {x}"
        case (x, y) if x == y:
            return f"diagonal {x}"
        case (x, y):
            return f"point {x},{y}"
        case (x, y, z):
            return f"3d {x},{y},{z}"
print([point(p) for p in [(0, 0), (0, 5), [3, 0], (2, 2), (1, 2), (1, 2, 3), (1,)]])

def nested(v):
    match v:
        case [[a, b], [c, d]]:
            return a * d - b * c
        case [[*row], *rows]:
            return f"first row {row}, {len(rows)} more"
        case [(1 | 2) as small, *_]:
            return f"starts small {small}"
    return None
print(nested([[1, 2], [3, 4]]), nested([[1, 2, 3]]), nested([[1], [2], [3]]), nested([2, 9]), nested([5]))

def star_positions(v):
    match v:
        case [*init, "end"]:
            return f"init {init}"
        case ["start", *tail]:
            return f"tail {tail}"
        case [a, b, *rest, c]:
            return f"a={a} b={b} rest={rest} c={c}"
    return "no match"
print(star_positions(["x", "end"]), star_positions(["end"]), star_positions(["start"]), star_positions([1, 2, 3]), star_positions([1, 2, 3, 4, 5]))
def commands(line):
    match line.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["take"]:
            return "take what?"
        case [verb, *_]:
            return f"cannot {verb}"
        case []:
            return "silence"
print([commands(c) for c in ["go north", "take lamp key", "take", "dance wildly", ""]])
