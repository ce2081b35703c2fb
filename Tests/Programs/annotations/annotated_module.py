# Annotations of module and class variables are evaluated and recorded; function annotations are
# not needed at run time.
from math import pi
count: int = 3
names: list[str] = ["a", "b"]
maybe: int | None = None
table: dict[str, tuple[int, ...]] = {"x": (1, 2)}
untouched: set[int]


def area(r: float, *, scale: float | None = None) -> float:
    return pi * r * r * (scale or 1)


class Point:
    x: int
    y: int = 0
    tags: list[str] | None = None

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


print(__annotations__)
print(Point.__annotations__)
print(count, names, maybe, table)
print(round(area(2.0), 3), round(area(1.0, scale=2.0), 3))
p = Point()
p.x = 3
p.y = 4
print(p.norm(), Point.y, Point.tags)
try:
    untouched
except NameError as e:
    print("NameError:", e)
print(list[int] | None, (list[int] | None).__args__)
