# typing: Generic, Protocol, NamedTuple, TypedDict, NewType and the decorators.
import typing
from typing import (Generic, TypeVar, Protocol, NamedTuple, TypedDict, List, Dict, Optional,
                    Iterable, Iterator, ClassVar, Final, runtime_checkable, overload, cast,
                    no_type_check, final, get_type_hints, Any, Sequence, Mapping, Union,
                    SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, Callable, Tuple)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')


# Generic classes.
class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item

    def __repr__(self):
        return f"Box({self.item!r})"


class Pair(Generic[K, V]):
    def __init__(self, key, value):
        self.key = key
        self.value = value


print(Box.__parameters__, Pair.__parameters__, Box.__mro__)
print(Box[int], Pair[str, int], Pair[str, List[V]], Pair[str, List[V]][bytes])
print(Box[int].__origin__, Box[int].__args__, Box[int] == Box[int], Box[int] == Box[str])
b = Box[int](5)
print(b, b.get(), b.__orig_class__, type(b))
print(Box("plain"), Box(1).get())
print(typing.Generic[T], typing.Generic[K, V], Generic[T].__parameters__)


class IntBox(Box[int]):
    pass


class Mapped(Pair[str, V], Generic[V]):
    pass


class Both(Box[T], Pair[K, T]):
    pass


print(IntBox.__parameters__, IntBox.__mro__, IntBox(3).get())
print(Mapped.__parameters__, Mapped[int], Mapped.__orig_bases__)
print(Both.__parameters__, Both[int, str])
print(isinstance(IntBox(1), Box), issubclass(IntBox, Generic), isinstance(b, Box))

errors = [
    lambda: Generic[int], lambda: Generic[T, T], lambda: Box[int, str], lambda: Generic[T][int],
    lambda: IntBox[int], lambda: isinstance(b, Box[int]),
]
for e in errors:
    try:
        print(e())
    except TypeError as exc:
        print("TypeError:", exc)

for which in ["plain", "twice", "missing"]:
    try:
        if which == "plain":
            class Bad(Generic):
                pass
        elif which == "twice":
            class Bad(Generic[T], Generic[K]):
                pass
        else:
            class Bad(Box[T], Generic[K]):
                pass
    except TypeError as exc:
        print("TypeError:", exc)


class Stack(Generic[T]):
    items: List[T]
    limit: ClassVar[int] = 10

    def __init__(self) -> None:
        self.items = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack.limit, Stack.__annotations__)


# Protocols.
@runtime_checkable
class Closeable(Protocol):
    def close(self) -> None:
        ...


class SupportsLen(Protocol):
    def __len__(self) -> int:
        ...


@runtime_checkable
class Named(Protocol):
    name: str


class File:
    def close(self):
        return "closed"


class NotFile:
    pass


class NoneClose:
    close = None


class Person:
    def __init__(self):
        self.name = "ann"


print(isinstance(File(), Closeable), isinstance(NotFile(), Closeable), isinstance(NoneClose(), Closeable))
print(issubclass(File, Closeable), issubclass(NotFile, Closeable), issubclass(NoneClose, Closeable))
print(isinstance(Person(), Named), isinstance(File(), Named))
for e in [lambda: isinstance([], SupportsLen), lambda: issubclass(Person, Named), lambda: Closeable(),
          lambda: runtime_checkable(File)]:
    try:
        print(e())
    except TypeError as exc:
        print("TypeError:", exc)


class ExplicitFile(Closeable):
    def close(self):
        return "explicit"


print(ExplicitFile().close(), isinstance(ExplicitFile(), Closeable))


class Proto2(Closeable, Protocol):
    def open(self):
        ...


print(sorted(typing._get_protocol_attrs(Proto2)) if hasattr(typing, '_get_protocol_attrs') else None)


@runtime_checkable
class SupportsGet(Protocol[T]):
    def get(self) -> T:
        ...


print(isinstance(Box(1), SupportsGet), SupportsGet[int], SupportsGet.__parameters__)
print(isinstance(3, SupportsInt), isinstance("3", SupportsInt), isinstance(2.5, SupportsFloat))
print(isinstance(3, SupportsIndex), isinstance(2.5, SupportsIndex), isinstance(-3, SupportsAbs))
try:
    class BadProto(File, Protocol):
        pass
except TypeError as exc:
    print("TypeError:", exc)


# NamedTuple.
class Employee(NamedTuple):
    name: str
    id: int = 3
    tags: List[str] = []

    def describe(self):
        return f"{self.name}#{self.id}"


e = Employee("guido")
print(e, e.describe(), e._fields, e._field_defaults, Employee.__annotations__)
print(Employee("tim", 7, ["x"]), e._replace(id=9), e._asdict(), tuple(e), e[0], len(e))
print(Employee.__mro__, isinstance(e, tuple), Employee.__name__)
Point = NamedTuple("Point", [("x", int), ("y", float)])
print(Point(1, 2.5), Point._fields, Point.__annotations__)
Color = NamedTuple("Color", r=int, g=int, b=int)
print(Color(1, 2, 3), Color._fields)
for which in ["order", "overwrite", "base"]:
    try:
        if which == "order":
            class BadNT(NamedTuple):
                x: int = 1
                y: int
        elif which == "overwrite":
            class BadNT(NamedTuple):
                x: int

                def _asdict(self):
                    return {}
        else:
            class BadNT(NamedTuple, File):
                x: int
    except (TypeError, AttributeError) as exc:
        print(type(exc).__name__ + ":", exc)


# TypedDict.
class Movie(TypedDict):
    name: str
    year: int


class MovieExtra(Movie, total=False):
    rating: float


m = Movie(name="Blade Runner", year=1982)
print(m, type(m), m["name"])
print(Movie.__annotations__, sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
print(MovieExtra.__annotations__, sorted(MovieExtra.__required_keys__),
      sorted(MovieExtra.__optional_keys__), MovieExtra.__total__)
print(MovieExtra(name="x", year=1, rating=2.5), MovieExtra(name="y"))
Alt = TypedDict("Alt", {"a": int, "b": Optional[str]}, total=False)
print(Alt(a=1), Alt.__annotations__, sorted(Alt.__optional_keys__), typing.is_typeddict(Alt),
      typing.is_typeddict(dict))
try:
    isinstance({}, Movie)
except TypeError as exc:
    print("TypeError:", exc)


# NewType.
UserId = typing.NewType("UserId", int)
print(UserId(5), type(UserId(5)), UserId.__supertype__, UserId.__name__)


# overload, cast, final, no_type_check.
@overload
def double(x: int) -> int:
    ...


@overload
def double(x: str) -> str:
    ...


def double(x):
    return x * 2


print(double(2), double("ab"))


@overload
def only_overload(x: int) -> int:
    ...


try:
    only_overload(1)
except NotImplementedError as exc:
    print("NotImplementedError:", exc)


@final
class Leaf:
    @final
    def method(self):
        return 1


print(Leaf.__final__, Leaf.method.__final__, cast("List[int]", 5))


@no_type_check
def untyped(x: "not a type") -> "whatever":
    return x


print(untyped.__no_type_check__, untyped(4))


# get_type_hints on classes.
class Base:
    a: int
    b: "str"
    c: None


class Derived(Base):
    d: List[int]
    e: Optional["Base"] = None


print(get_type_hints(Base))
print(get_type_hints(Derived, localns={"Base": Base}))
print(get_type_hints(Employee))
