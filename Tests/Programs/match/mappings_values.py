# Mapping patterns (with **rest), value patterns with dotted names, guards, as-patterns.

import math
import sys

def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": key, **rest} if rest:
            return f"key {key} with extras {rest}"
        case {"type": "key", "key": key}:
            return f"key {key}"
        case {"type": other}:
            return f"unknown event {other}"
        case {}:
            return "empty mapping or no type"
        case _:
            return "not a mapping"

for e in [{"type": "click", "pos": (3, 4)}, {"type": "click", "pos": [1, 2], "button": 1}, {"type": "key", "key": "a"},
          {"type": "key", "key": "b", "shift": True, "ctrl": False}, {"type": "scroll"}, {}, {"kind": 1}, [("type", "x")], "type"]:
    print(e, "->", handle(e))

def constant(value):
    match value:
        case math.pi:
            return "pi"
        case math.e:
            return "e"
        case sys.maxsize:
            return "maxsize"
        case math.inf:
            return "infinity"
        case _:
            return "ordinary"
print([constant(v) for v in [math.pi, 2.718281828459045, 2 ** 63 - 1, float("inf"), 3]])

def classify(n):
    match n:
        case x if x < 0:
            return "negative"
        case x if x % 2 == 0 and x > 100:
            return "big even"
        case 0 | 1 as tiny:
            return f"tiny {tiny}"
        case x:
            return f"plain {x}"
print([classify(n) for n in [-5, 200, 0, 1, 7]])

def config(cfg):
    match cfg:
        case {"name": name, "port": port} if isinstance(port, int) and port > 1024:
            return f"{name}:{port}"
        case {"name": name, **rest}:
            return f"{name} with {sorted(rest)}"
    return "invalid"
print(config({"name": "db", "port": 5432}), config({"name": "web", "port": 80, "tls": True}), config({"port": 1}))
