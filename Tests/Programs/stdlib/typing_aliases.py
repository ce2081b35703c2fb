# typing: special forms and generic aliases, their reprs, equality, substitution, errors.
import typing
from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable,
                    Iterator, Generator, Sequence, Mapping, MutableMapping, Type, TypeVar, Literal,
                    Final, ClassVar, Deque, DefaultDict, Counter, Hashable, Sized, Annotated,
                    NoReturn, AnyStr, Text, Collection, Container, Reversible, AbstractSet,
                    MutableSequence, MutableSet, KeysView, ItemsView, ValuesView, ContextManager,
                    OrderedDict, ChainMap, Pattern, Match, get_origin, get_args, ForwardRef)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
T_co = TypeVar('T_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
N = TypeVar('N', int, float)
B = TypeVar('B', bound=Sequence)

print(T, T_co, T_contra, N, B, AnyStr)
print(T.__name__, T.__constraints__, T.__bound__, T.__covariant__, T.__contravariant__)
print(N.__constraints__, B.__bound__, T_co.__covariant__, T_contra.__contravariant__)

forms = [
    List, List[int], Dict, Dict[str, int], Dict[str, List[int]], Tuple, Tuple[int, str],
    Tuple[int, ...], Tuple[()], Set[int], FrozenSet[str], Type[int], Type, Iterable[int],
    Iterator[str], Generator[int, None, None], Sequence[T], Mapping[K, V], MutableMapping[str, Any],
    Callable, Callable[[int, str], bool], Callable[..., int], Callable[[], None], Deque[int],
    DefaultDict[str, int], Counter[str], OrderedDict[str, int], ChainMap[str, int], Hashable, Sized,
    Collection[int], Container[int], Reversible[int], AbstractSet[int], MutableSequence[int],
    MutableSet[int], KeysView[str], ItemsView[str, int], ValuesView[int], ContextManager[int],
    Pattern[str], Match[bytes],
    Any, NoReturn, Union, Optional, Literal, Final, ClassVar,
    Optional[int], Optional[List[int]], Union[int, str], Union[int, None, str], Union[None, int],
    Union[int], Union[int, int, str], Union[int, Union[str, float]], Optional[Union[int, str]],
    Union[int | str, None], Literal[1], Literal[1, 'a', None, True], Literal['x', Literal['y']],
    Final[int], ClassVar[List[int]], Annotated[int, 'meta', 3], Optional['Forward'],
    List['Node'], Dict[str, T][int], Dict[K, V][str, List[T]], Union[int, List[T]][str],
    Callable[[T], T][int], Tuple[T, ...][float], Text, List[int | None], list[int], Dict[str, dict[str, T]][bytes],
]
for f in forms:
    print(repr(f))

print(List[int] == List[int], List[int] == List[str], List == list, List[int] == list[int])
print(Union[int, str] == Union[str, int], Union[int, str] == Union[int, float])
print(Optional[int] == Union[None, int], Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True])
print(hash(List[int]) == hash(List[int]), hash(Union[int, str]) == hash(Union[str, int]))
print(len({List[int], List[int], Dict[str, int]}))
print(Dict[str, T].__parameters__, Dict[K, V].__parameters__, Callable[[T], K].__parameters__)
print(List[int].__origin__, List[int].__args__, List[int].__parameters__)
print(Iterable.__origin__, Mapping.__origin__, Callable.__origin__, Deque.__origin__, Pattern.__origin__)
print(Union[int, str].__args__, Optional[int].__args__, Literal[1, 'a'].__args__)
print(Callable[[int, str], bool].__args__, Callable[..., int].__args__, Tuple[int, ...].__args__)
print(Tuple[()].__args__, Annotated[int, 'x'].__metadata__, Annotated[int, 'x'].__origin__)
print(ForwardRef('X'), Optional['X'].__args__)

# get_origin / get_args.
for tp in [List[int], Dict[str, int], Union[int, str], Optional[str], Callable[[int], str],
           Callable[..., str], Literal['a'], Annotated[int, 1], int, list[int], int | str,
           Tuple[int, ...], typing.Generic, Final[int], List, ClassVar[int]]:
    print(repr(tp), get_origin(tp), get_args(tp))

# isinstance / issubclass with unsubscripted aliases and unions.
print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance([], Sequence))
print(isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance(iter([]), Iterator))
print(isinstance([], Iterable), isinstance(3, Iterable), isinstance(len, Callable), isinstance(3, Callable))
print(issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(set, AbstractSet), issubclass(int, Hashable))
print(isinstance(1, Union[int, str]), isinstance(1.5, Union[int, str]), isinstance(None, Optional[int]))
print(issubclass(bool, Union[int, str]), isinstance("s", Sized), isinstance(3, Sized))
print(isinstance((x for x in []), Generator), isinstance(iter(()), Generator))

# Calling aliases.
print(Deque[int]([1, 2]), DefaultDict[str, int](int), Counter[str]("abca"))
print(typing.List[int].__name__ if hasattr(List[int], '__name__') else '-', Dict.__name__ if hasattr(Dict, '__name__') else '-')
for make in [lambda: List(), lambda: List[int](), lambda: Dict[str, int](), lambda: Tuple[int](),
             lambda: Set(), lambda: Type[int]()]:
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)

# Errors.
bad = [
    lambda: List[int, str], lambda: Dict[int], lambda: Optional[int, str], lambda: Union[()],
    lambda: Callable[int], lambda: Callable[[int], str, bool], lambda: isinstance(1, List[int]),
    lambda: issubclass(list, List[int]), lambda: isinstance(1, Any), lambda: isinstance(1, Union),
    lambda: isinstance(1, Optional), lambda: Any(), lambda: Union[int](), lambda: Literal[1](),
    lambda: Union(), lambda: TypeVar('X', int), lambda: List[3], lambda: Dict[str, T][int, str],
    lambda: List[int][str], lambda: NoReturn[int], lambda: ClassVar[int, str], lambda: Final[int, str],
    lambda: TypeVar('Y', int, bound=str), lambda: TypeVar('Z', covariant=True, contravariant=True),
    lambda: Tuple[int, ...][str], lambda: List[Union], lambda: Optional[Final],
]
for b in bad:
    try:
        print(repr(b()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

for cls_maker in ["union", "optional", "literal", "any_union"]:
    try:
        if cls_maker == "union":
            class A(Union[int, str]):
                pass
        elif cls_maker == "optional":
            class A(Optional):
                pass
        elif cls_maker == "literal":
            class A(Literal[1]):
                pass
        else:
            class A(Union):
                pass
    except TypeError as e:
        print("TypeError:", e)

# Subclassing aliases of concrete types.
class MyList(List[int]):
    pass

class MyDict(Dict[str, T]):
    pass

print(MyList.__mro__)
print(MyList([1, 2]), MyDict(a=1), MyDict[int], MyDict.__parameters__)
print(typing.TYPE_CHECKING, typing.cast(int, "not an int"), typing.cast(List[int], [1]))
print(typing.Text is str, typing.AnyStr.__constraints__)
print(int | None == Optional[int], Union[int, str] | None, List[int] | None, None | Dict[str, int])
