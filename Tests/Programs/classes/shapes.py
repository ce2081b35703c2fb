# A shape hierarchy: an abstract-ish base with area/perimeter, concrete shapes (circle, rectangle,
# square as a special rectangle, triangle with validation, regular polygon), scaling that returns
# new shapes of the same class, comparison by area, grouping and reports with format specs.
import math


class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")

    def perimeter(self):
        raise NotImplementedError(f"{type(self).__name__} must implement perimeter()")

    def scaled(self, k):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        if not isinstance(other, Shape):
            return NotImplemented
        return type(self) is type(other) and math.isclose(self.area(), other.area())

    __hash__ = None

    def summary(self):
        return f"{self!s:<28} area={self.area():>9.3f} perimeter={self.perimeter():>8.3f}"


class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        if r <= 0:
            raise ValueError(f"radius must be positive, got {r}")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r

    def scaled(self, k):
        return Circle(self.r * k)

    def __str__(self):
        return f"Circle(r={self.r})"


class Rectangle(Shape):
    name = "rectangle"

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def scaled(self, k):
        return type(self)._from_dims(self.w * k, self.h * k)

    @classmethod
    def _from_dims(cls, w, h):
        return cls(w, h)

    def __str__(self):
        return f"{type(self).__name__}({self.w}x{self.h})"


class Square(Rectangle):
    name = "square"

    def __init__(self, side):
        super().__init__(side, side)

    @classmethod
    def _from_dims(cls, w, h):
        return cls(w)


class Triangle(Shape):
    name = "triangle"

    def __init__(self, a, b, c):
        sides = sorted([a, b, c])
        if sides[0] + sides[1] <= sides[2]:
            raise ValueError(f"sides {a}, {b}, {c} violate the triangle inequality")
        self.a, self.b, self.c = a, b, c

    def perimeter(self):
        return self.a + self.b + self.c

    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(s * (s - self.a) * (s - self.b) * (s - self.c))

    def scaled(self, k):
        return Triangle(self.a * k, self.b * k, self.c * k)

    def __str__(self):
        return f"Triangle({self.a}, {self.b}, {self.c})"


class RegularPolygon(Shape):
    name = "polygon"

    def __init__(self, n, side):
        self.n, self.side = n, side

    def perimeter(self):
        return self.n * self.side

    def area(self):
        return self.n * self.side ** 2 / (4 * math.tan(math.pi / self.n))

    def scaled(self, k):
        return RegularPolygon(self.n, self.side * k)

    def __str__(self):
        return f"RegularPolygon(n={self.n}, side={self.side})"


class Blob(Shape):
    pass


shapes = [Circle(1), Rectangle(3, 4), Square(2), Triangle(3, 4, 5), RegularPolygon(6, 1), Circle(0.5)]
for s in shapes:
    print(s.summary())

print("sorted by area:", [str(s) for s in sorted(shapes)])
print("largest:", max(shapes), "| smallest:", min(shapes))
print("total area: %.4f" % sum([s.area() for s in shapes]))

doubled = [s.scaled(2) for s in shapes]
for before, after in zip(shapes, doubled):
    print(f"{str(before):<26} -> {str(after):<26} ratio {after.area() / before.area():.1f}")

print(Square(2) == Rectangle(2, 2), Square(2) == Square(2.0), Circle(1) == Circle(1), Circle(1) == 1)
print(isinstance(Square(1), Rectangle), type(Square(1).scaled(3)).__name__)

by_kind = {}
for s in shapes + doubled:
    by_kind.setdefault(s.name, []).append(round(s.area(), 2))
for kind in sorted(by_kind):
    print(kind, by_kind[kind])

for attempt in [lambda: Blob().area(), lambda: Blob().summary(), lambda: Circle(-1),
                lambda: Triangle(1, 2, 3), lambda: Blob().scaled(2), lambda: hash(Circle(1))]:
    try:
        attempt()
    except (NotImplementedError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
