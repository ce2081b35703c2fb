# typing in the way programs use it: aliases at module and class level, annotated functions,
# generics, protocols, named tuples and typed dicts together.
import typing
from typing import (TYPE_CHECKING, Any, Callable, ClassVar, Dict, Final, Generic, Iterable,
                    Iterator, List, NamedTuple, Optional, Protocol, Sequence, Tuple, TypedDict,
                    TypeVar, Union, cast, overload)

if TYPE_CHECKING:
    from collections import OrderedDict  # never imported at runtime

Vector = List[float]
Matrix = List[Vector]
Handler = Callable[[str, int], Optional[str]]
JSON = Union[Dict[str, Any], List[Any], str, int, float, bool, None]
MAX_SIZE: Final = 100
counter: int = 0
names: List[str] = ["b", "a"]

T = TypeVar("T")
N = TypeVar("N", int, float)


def scale(v: Vector, k: float = 2.0) -> Vector:
    return [x * k for x in v]


def transpose(m: Matrix) -> Matrix:
    return [list(row) for row in zip(*m)]


def first(items: Sequence[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default


def total(xs: Iterable[N]) -> N:
    result = 0
    for x in xs:
        result += x
    return cast(N, result)


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1


def apply(handler: Handler, *args: Any, **kwargs: Any) -> Optional[str]:
    return handler(*args, **kwargs)


print(Vector, Matrix, Handler)
print(JSON)
print(scale([1.0, 2.5]), transpose([[1.0, 2.0], [3.0, 4.0]]), first([]), first("xyz"), first([], 0))
print(total([1, 2, 3]), total([0.5, 0.25]), list(countdown(3)), apply(lambda s, n: s * n, "ab", 2))
print(MAX_SIZE, counter, names)
print(sorted(__annotations__.items()))


class Inventory(Generic[T]):
    registry: ClassVar[Dict[str, "Inventory[Any]"]] = {}
    items: List[T]

    def __init__(self, name: str) -> None:
        self.name = name
        self.items = []
        Inventory.registry[name] = self

    def add(self, item: T) -> "Inventory[T]":
        self.items.append(item)
        return self

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)


inv: Inventory[int] = Inventory[int]("ints").add(3).add(1)
print(sorted(inv), len(inv), list(Inventory.registry), type(inv).__name__, inv.__orig_class__)
print(Inventory.__annotations__)


class Shape(Protocol):
    def area(self) -> float:
        ...


class Square:
    def __init__(self, side: float) -> None:
        self.side = side

    def area(self) -> float:
        return self.side ** 2


class Circle:
    def __init__(self, r: float) -> None:
        self.r = r

    def area(self) -> float:
        return 3.0 * self.r ** 2


def total_area(shapes: Iterable[Shape]) -> float:
    return sum(s.area() for s in shapes)


print(total_area([Square(2), Circle(1)]))


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def dist2(self) -> float:
        return self.x ** 2 + self.y ** 2

    def __str__(self) -> str:
        return f"({self.x}, {self.y})"


points = [Point(3, 4), Point(1), Point(0, 2)]
print(sorted(points, key=Point.dist2), [str(p) for p in points], max(points), Point(1, 2) == (1, 2))
x, y = points[0]
print(x, y, points[0]._replace(y=-4), Point._make([5, 6]))


class User(TypedDict, total=False):
    name: str
    age: int
    tags: List[str]


def make_user(name: str, **extra: Any) -> User:
    user: User = {"name": name}
    user.update(extra)
    return user


u = make_user("ann", age=30)
print(u, User.__required_keys__, sorted(User.__optional_keys__), isinstance(u, dict))


@overload
def parse(value: int) -> int:
    ...


@overload
def parse(value: str) -> Tuple[str, ...]:
    ...


def parse(value: Union[int, str]) -> Union[int, Tuple[str, ...]]:
    if isinstance(value, int):
        return value * 10
    return tuple(value.split(","))


print(parse(4), parse("a,b,c"))


def dispatch(value: JSON) -> str:
    if isinstance(value, dict):
        return "object"
    if isinstance(value, list):
        return "array"
    if value is None:
        return "null"
    return type(value).__name__


print([dispatch(v) for v in [{}, [], "s", 1, 1.5, True, None]])
print(typing.get_type_hints(Point), typing.get_args(Handler), typing.get_origin(JSON))
