# typing: nested aliases, substitution through several levels, user generics (also nested classes).
import typing
from typing import List, Dict, Callable, Type, TypeVar, Generic, Optional, Union, Tuple, Any, Iterable, Set, Mapping, Literal, ClassVar
T = TypeVar('T'); U = TypeVar('U')
class Pair(Generic[T, U]): pass
class Outer:
    class Inner(Generic[T]): pass
xs = [List[Callable[..., int]], Dict[str, Callable[[int], None]], Optional[Tuple[int, ...]], Callable[[T], List[T]][str],
      Union[T, None][int], Pair[str, U][int], Pair[List[T], T][int], Outer.Inner[int], Type[T][int], Callable[[int], Callable[[str], T]][bytes],
      Callable[..., T][int], Tuple[T, U][int, str], Mapping[T, Set[T]][str], Optional[Callable[[], None]], Union[List[int], Dict[str, int], None],
      Literal[-1, b'x', 'q"'], typing.TextIO, typing.IO[str], typing.Sequence[Pair[int, str]], typing.SupportsAbs[int], typing.Counter, List[Any], Union[Any, int],
      Union[int, Any], Optional[Any], typing.Iterator[Tuple[int, str]], ClassVar[int] == ClassVar[int], List[T] == List[U], Iterable[T].__parameters__, typing.Hashable.__origin__,
      repr(typing.Callable[[int], T].__parameters__), Union[int, str] | float, Optional[int] | Optional[str], Pair.__parameters__]
for x in xs: print(x)
print(Pair[int, str]().__orig_class__, Outer.Inner.__qualname__)
for bad in [lambda: Pair[int], lambda: Pair[int, str, float], lambda: Pair[int, str][int], lambda: Outer.Inner[int, int]]:
    try: bad()
    except TypeError as e: print("TypeError:", e)
