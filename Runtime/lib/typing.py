"""Support for type hints, as CPython 3.11's typing: the special forms (Any, Union, Optional,
Literal, Final, ClassVar, ...), the generic aliases of the built-in and abstract collection types
(List, Dict, Iterable, Callable, ...), TypeVar, Generic, Protocol, NamedTuple, TypedDict, and the
helpers (cast, overload, get_type_hints, get_origin, get_args, ...).

Invariants:
- A subscription makes an alias object (_GenericAlias and its Union / Callable / Literal
  variants) holding __origin__, __args__ and __parameters__ (the TypeVars in __args__, in
  order, each once); its repr and equality are CPython's. Subscribing an alias that has
  parameters substitutes them, recursively.
- Adder has no package `collections.abc`, so the abstract classes that typing's aliases stand
  for (Iterable, Mapping, ...) are defined here, with ABCMeta, their CPython subclass hooks,
  registrations and mixin methods, and `__module__` 'collections.abc'.
- This module imports collections (for NamedTuple and the origins of Deque, DefaultDict,
  OrderedDict, Counter, ChainMap), so a program that imports typing compiles it too.
- Adder cannot find the calling frame, where CPython reads the module of the caller: TypeVar
  objects get `__module__` 'typing', and NewType and the functional forms of NamedTuple and
  TypedDict '__main__'. Function annotations are not evaluated by Adder, so get_type_hints of
  a function is {}; string annotations are only looked up as names.
"""

import abc as _abc
import collections as _collections
import re as _re
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod

__all__ = [
    'Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef',
    'Generic', 'Literal', 'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar',
    'TypeVarTuple', 'Union',
    'AbstractSet', 'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView',
    'Iterable', 'Iterator', 'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView', 'Awaitable',
    'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
    'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex',
    'SupportsFloat', 'SupportsIndex', 'SupportsInt', 'SupportsRound',
    'ChainMap', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List', 'OrderedDict', 'Set',
    'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator',
    'BinaryIO', 'IO', 'Match', 'Pattern', 'TextIO',
    'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads', 'dataclass_transform',
    'final', 'get_args', 'get_origin', 'get_overloads', 'get_type_hints', 'is_typeddict',
    'LiteralString', 'Never', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'NoReturn', 'NotRequired', 'overload', 'ParamSpecArgs', 'ParamSpecKwargs', 'Required',
    'reveal_type', 'runtime_checkable', 'Self', 'Text', 'TYPE_CHECKING', 'TypeAlias',
    'TypeGuard', 'Unpack',
]

TYPE_CHECKING = False

_NoneType = type(None)
_UnionType = type(int | str)
_GenericAliasType = type(list[int])


# ==========================================================================================
# Helpers
# ==========================================================================================

# The namespace of a class. (In Adder, cls.__dict__ is empty for a class whose metaclass is
# a Python class; type's own descriptor gives the namespace.)
_class_dict_get = type.__dict__['__dict__'].__get__


def _class_dict(cls):
    return _class_dict_get(cls, type)


def _type_repr(obj):
    """How an argument shows inside an alias's repr: classes by qualified name (builtins
    bare), ... as '...', functions by name, anything else by repr."""
    if isinstance(obj, type) and not isinstance(obj, _GenericAliasType):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)


def _type_convert(arg):
    """None becomes NoneType, a str a ForwardRef; anything else stays."""
    if arg is None:
        return _NoneType
    if isinstance(arg, str):
        return ForwardRef(arg)
    return arg


def _type_check(arg, msg):
    """An argument of a subscription, checked as CPython's _type_check does."""
    arg = _type_convert(arg)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in (Generic, Protocol):
        raise TypeError(f"{arg} is not valid as type argument")
    if arg in (Any, NoReturn, Never, Self, LiteralString, TypeAlias):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError(f"Plain {arg} is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(f"{msg} Got {arg!r:.100}.")
    return arg


def _is_param(t):
    return isinstance(t, (TypeVar, ParamSpec))


def _collect_parameters(args):
    """The TypeVars in args and in the aliases among them, in order, each once."""
    params = []
    for t in args:
        if _is_param(t):
            if t not in params:
                params.append(t)
        else:
            for p in getattr(t, '__parameters__', ()):
                if p not in params:
                    params.append(p)
    return tuple(params)


def _check_generic(cls, parameters, elen):
    if not elen:
        raise TypeError(f"{cls} is not a generic class")
    alen = len(parameters)
    if alen != elen:
        raise TypeError(f"Too {'many' if alen > elen else 'few'} arguments for {cls}; "
                        f"actual {alen}, expected {elen}")


def _deduplicate(params):
    out = []
    for p in params:
        if p not in out:
            out.append(p)
    return out


def _flatten_union(parameters):
    params = []
    for p in parameters:
        if isinstance(p, _UnionGenericAlias):
            params.extend(p.__args__)
        elif isinstance(p, _UnionType):
            params.extend(p.__args__)
        else:
            params.append(p)
    return params


def _substitute(arg, subst):
    """arg with the TypeVars of the mapping subst replaced."""
    if _is_param(arg):
        return subst.get(arg, arg)
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(subst.get(p, p) for p in arg.__parameters__)]
    if isinstance(arg, _GenericAliasType) and arg.__parameters__:
        # Adder's list[T][int] cannot substitute: build the alias from its parts.
        return _GenericAliasType(arg.__origin__,
                                 tuple(_substitute(a, subst) for a in arg.__args__))
    return arg


class _Final:
    """Base of typing's internal classes, which cannot be subclassed outside this module."""

    def __init_subclass__(cls, /, *args, _root=False, **kwds):
        if '_root' not in kwds and not _root:
            raise TypeError("Cannot subclass special typing classes")


def _no_isinstance(self, what):
    raise TypeError(f"{self} cannot be used with {what}()")


# ==========================================================================================
# Special forms
# ==========================================================================================

class _SpecialForm(_Final, _root=True):
    """A form that is only meaningful subscripted (Union, Optional, ...) or as itself (NoReturn):
    `getitem(self, parameters)` makes the subscription."""

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in {'__name__', '__qualname__'}:
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        _no_isinstance(self, 'isinstance')

    def __subclasscheck__(self, cls):
        _no_isinstance(self, 'issubclass')

    def __getitem__(self, parameters):
        return self._getitem(self, parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type: compatible with every type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls)


@_SpecialForm
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Never(self, parameters):
    """The bottom type, a type that has no members."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def TypeAlias(self, parameters):
    """Special marker indicating that an assignment should be recognized as a proper type
    alias definition by type checkers."""
    raise TypeError(f"{self} is not subscriptable")


@_SpecialForm
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _deduplicate(_flatten_union(parameters))
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and _NoneType in parameters:
        return _UnionGenericAlias(self, tuple(parameters), name="Optional")
    return _UnionGenericAlias(self, tuple(parameters))


@_SpecialForm
def Optional(self, parameters):
    """Optional type; Optional[X] is equivalent to Union[X, None]."""
    arg = _type_check(parameters, f"{self} requires a single type.")
    return Union[arg, None]


@_SpecialForm
def Literal(self, *parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    parameters = parameters[0]
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    flat = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            flat.extend(p.__args__)
        else:
            flat.append(p)
    values = []
    seen = []
    for p in flat:
        key = (p, type(p))
        if key not in seen:
            seen.append(key)
            values.append(p)
    return _LiteralGenericAlias(self, tuple(values))


@_SpecialForm
def TypeGuard(self, parameters):
    """Special typing construct for marking user-defined type guard functions."""
    item = _type_check(parameters, f'{self} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """A special typing construct to mark a key of a total=False TypedDict as required."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """A special typing construct to mark a key of a TypedDict as potentially missing."""
    item = _type_check(parameters, f'{self._name} accepts only a single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Unpack(self, parameters):
    """Type unpack operator."""
    item = _type_check(parameters, f'{self._name} accepts only single type.')
    return _GenericAlias(self, (item,))


@_SpecialForm
def Concatenate(self, parameters):
    """Used in conjunction with ParamSpec and Callable to represent a higher order function."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not isinstance(parameters[-1], ParamSpec):
        raise TypeError("The last parameter to Concatenate should be a ParamSpec variable.")
    return _GenericAlias(self, parameters)


class ForwardRef(_Final, _root=True):
    """A type given as a string, not evaluated."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module_repr = ''
        else:
            module_repr = f', module={self.__forward_module__!r}'
        return f'ForwardRef({self.__forward_arg__!r}{module_repr})'


# ==========================================================================================
# Type variables
# ==========================================================================================

class _TypeVarLike:
    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = '+'
        elif self.__contravariant__:
            prefix = '-'
        else:
            prefix = '~'
        return prefix + self.__name__

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass an instance of {type(self).__name__}")

    def __init_subclass__(cls, *args, **kwargs):
        if cls.__module__ != 'typing':
            raise TypeError(f"type '{cls.__module__}.{cls.__name__}' is not an acceptable base type")


class TypeVar(_TypeVarLike):
    """Type variable: T = TypeVar('T'), optionally with constraints or a bound, covariant or
    contravariant."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        self.__module__ = 'typing'

    def __typing_subst__(self, arg):
        return _type_check(arg, "Parameters to generic types must be types.")


class ParamSpecArgs:
    """The type of P.args for a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash(('args', id(self.__origin__)))


class ParamSpecKwargs:
    """The type of P.kwargs for a ParamSpec P."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return f"{self.__origin__.__name__}.kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    def __hash__(self):
        return hash(('kwargs', id(self.__origin__)))


class ParamSpec(_TypeVarLike):
    """Parameter specification variable: P = ParamSpec('P')."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__bound__ = _type_check(bound, "Bound must be a type.") if bound is not None else None
        self.__module__ = 'typing'


class TypeVarTuple(_Final, _root=True):
    """Type variable tuple: Ts = TypeVarTuple('Ts')."""

    def __init__(self, name):
        self.__name__ = name
        self.__module__ = 'typing'

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__


# ==========================================================================================
# Generic aliases
# ==========================================================================================

_special_attrs = frozenset({'__origin__', '__args__', '__parameters__', '_name', '_inst',
                            '_nparams', '_defaults'})


class _BaseGenericAlias(_Final, _root=True):
    """What the aliases share: calling makes an instance of the origin, unknown attributes are
    the origin's, and isinstance() is refused."""

    def __init__(self, origin, *, inst=True, name=None):
        self._inst = inst
        self._name = name
        self.__origin__ = origin

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; "
                            f"use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in {'__name__', '__qualname__'}:
            return self._name or self.__origin__.__name__
        if not (attr.startswith('__') and attr.endswith('__')) and attr not in _special_attrs:
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted generic: List[int], Dict[str, T], MyGeneric[int], Final[int], ..."""

    def __init__(self, origin, args, *, inst=True, name=None):
        super().__init__(origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        self.__args__ = tuple(... if a is _TypingEllipsis else a for a in args)
        self.__parameters__ = _collect_parameters(args)
        if not name:
            self.__module__ = getattr(origin, '__module__', 'typing')

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError(f"Cannot subscript already-subscripted {self}")
        if not self.__parameters__:
            raise TypeError(f"{self} is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(a) for a in args)
        params = self.__parameters__
        alen = len(args)
        plen = len(params)
        if alen != plen:
            raise TypeError(f"Too {'many' if alen > plen else 'few'} arguments for {self}; "
                            f"actual {alen}, expected {plen}")
        subst = dict(zip(params, args))
        return self.copy_with(tuple(_substitute(a, subst) for a in self.__args__))

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst)

    def __repr__(self):
        if self._name:
            name = 'typing.' + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join([_type_repr(a) for a in self.__args__])
        else:
            args = "()"
        return f'{name}[{args}]'

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError(f"Cannot subclass {self!r}")
        if self._name:
            return super().__mro_entries__(bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)


class _TypingEllipsis:
    """Internal placeholder for ... in Tuple[int, ...] and Callable[..., int]."""


class _SpecialGenericAlias(_BaseGenericAlias, _root=True):
    """An unsubscripted alias of a collection type: List, Dict, Iterable, ..."""

    def __init__(self, origin, nparams, *, inst=True, name=None, defaults=()):
        if name is None:
            name = origin.__name__
        super().__init__(origin, inst=inst, name=name)
        self._nparams = nparams
        self._defaults = defaults
        self.__module__ = 'typing'

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return 'typing.' + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return super().__subclasscheck__(cls)

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


class _CallableGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        if len(self.__args__) == 2 and self.__args__[0] is ...:
            return f'typing.Callable[..., {_type_repr(self.__args__[1])}]'
        return (f'typing.Callable'
                f'[[{", ".join([_type_repr(a) for a in self.__args__[:-1]])}], '
                f'{_type_repr(self.__args__[-1])}]')

    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            args = tuple(_type_convert(a) for a in args)
        elif args is ...:
            return self.copy_with((_TypingEllipsis, _type_convert(result)))
        else:
            args = (_type_convert(args),)
        return self.copy_with(args + (_type_convert(result),))


class _TupleType(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with((*params, _TypingEllipsis))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is _NoneType:
                return f'typing.Optional[{_type_repr(args[1])}]'
            if args[1] is _NoneType:
                return f'typing.Optional[{_type_repr(args[0])}]'
        return super().__repr__()

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((a, type(a)) for a in self.__args__) == set((a, type(a)) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((a, type(a)) for a in self.__args__))


class _AnnotatedAlias(_GenericAlias, _root=True):
    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        super().__init__(origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return "typing.Annotated[{}, {}]".format(
            _type_repr(self.__origin__), ", ".join(repr(a) for a in self.__metadata__))

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


class Annotated:
    """Add context-specific metadata to a type: Annotated[T, x]."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple) or len(params) < 2:
            raise TypeError("Annotated[...] should be used with at least two arguments "
                            "(a type and an annotation).")
        origin = _type_check(params[0], "Annotated[t, ...]: t must be a type.")
        return _AnnotatedAlias(origin, tuple(params[1:]))


# ==========================================================================================
# Generic and Protocol
# ==========================================================================================

class Generic:
    """Abstract base class for generic types: class Mapping(Generic[KT, VT]): ..."""

    _is_protocol = False

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(_type_convert(p) for p in params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
            if not all(_is_param(p) for p in params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables "
                                f"or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
        else:
            _check_generic(cls, params, len(cls.__parameters__))
            subst = dict(zip(cls.__parameters__, params))
            params = tuple(subst[p] for p in cls.__parameters__)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        orig_bases = _class_dict(cls).get('__orig_bases__')
        if orig_bases is not None:
            error = Generic in orig_bases
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != 'Protocol'
                     and type(cls) is not _TypedDictMeta)
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if orig_bases is not None:
            tvars = list(_collect_parameters(orig_bases))
            gvars = None
            for base in orig_bases:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    s_vars = ', '.join(str(t) for t in missing)
                    s_args = ', '.join(str(g) for g in gvars)
                    raise TypeError(f"Some type variables ({s_vars}) are"
                                    f" not listed in Generic[{s_args}]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


def _get_protocol_attrs(cls):
    """The names a protocol requires: what the protocol classes of its MRO define."""
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        annotations = getattr(base, '__annotations__', {})
        for attr in list(_class_dict(base).keys()) + list(annotations.keys()):
            if not attr.startswith('_abc_') and attr not in _PROTO_EXCLUDED:
                attrs.add(attr)
    return attrs


_PROTO_EXCLUDED = frozenset({
    '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
    '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
    '_is_protocol', '_is_runtime_protocol', '__protocol_attrs__', '__parameters__',
    '__orig_bases__', '__qualname__', '__init_subclass__', '_MutableMapping__marker',
    '__callable_proto_members_only__', '__non_callable_proto_members__', '_abc_impl',
})


def _is_callable_members_only(cls):
    return all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))


class _ProtocolMeta(_ABCMeta):
    def __call__(cls, *args, **kwargs):
        if cls is not Protocol and cls._is_protocol:
            raise TypeError('Protocols cannot be instantiated')
        return super().__call__(*args, **kwargs)

    def __instancecheck__(cls, instance):
        is_protocol = cls._is_protocol
        if (is_protocol and not getattr(cls, '_is_runtime_protocol', False)
                and not _abc._internal_checks):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if ((not is_protocol or _is_callable_members_only(cls))
                and issubclass(instance.__class__, cls)):
            return True
        if is_protocol:
            ok = True
            for attr in _get_protocol_attrs(cls):
                if not hasattr(instance, attr):
                    ok = False
                    break
                if callable(getattr(cls, attr, None)) and getattr(instance, attr) is None:
                    ok = False
                    break
            if ok:
                return True
        return super().__instancecheck__(instance)


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural subtyping): a class matches a protocol
    decorated with @runtime_checkable when it has the protocol's members."""

    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not _class_dict(cls).get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if '__subclasshook__' not in _class_dict(cls):
            cls.__subclasshook__ = classmethod(_proto_hook)
        if cls._is_protocol:
            for base in cls.__bases__:
                if not (base in (object, Generic)
                        or base.__module__ in _PROTO_ALLOWLIST
                        and base.__name__ in _PROTO_ALLOWLIST[base.__module__]
                        or isinstance(base, _ProtocolMeta) and base._is_protocol):
                    raise TypeError('Protocols can only inherit from other'
                                    ' protocols, got %r' % base)


def _proto_hook(cls, other):
    if not cls._is_protocol:
        return NotImplemented
    # A check made by ABCMeta itself (isinstance, or its recursion over registered classes and
    # subclasses) falls back to ABCMeta's answer rather than raising.
    if not getattr(cls, '_is_runtime_protocol', False):
        if _abc._internal_checks:
            return NotImplemented
        raise TypeError("Instance and class checks can only be used with"
                        " @runtime_checkable protocols")
    if not _is_callable_members_only(cls):
        if _abc._internal_checks:
            return NotImplemented
        raise TypeError("Protocols with non-method members don't support issubclass()")
    if not isinstance(other, type):
        raise TypeError('issubclass() arg 1 must be a class')
    for attr in _get_protocol_attrs(cls):
        for base in other.__mro__:
            base_dict = _class_dict(base)
            if attr in base_dict:
                if base_dict[attr] is None:
                    return NotImplemented
                break
            annotations = getattr(base, '__annotations__', {})
            if (isinstance(annotations, dict) and attr in annotations
                    and isinstance(other, _ProtocolMeta) and other._is_protocol):
                break
        else:
            return NotImplemented
    return True


_PROTO_ALLOWLIST = {
    'collections.abc': ['Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                        'Hashable', 'Sized', 'Container', 'Collection', 'Reversible', 'Buffer'],
    'contextlib': ['AbstractContextManager', 'AbstractAsyncContextManager'],
}


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol, usable with isinstance()/issubclass()."""
    if not isinstance(cls, _ProtocolMeta) or not cls._is_protocol:
        raise TypeError('@runtime_checkable can be only applied to protocol classes,'
                        ' got %r' % cls)
    cls._is_runtime_protocol = True
    return cls


# ==========================================================================================
# The abstract collection classes (CPython's collections.abc)
# ==========================================================================================

def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            B_dict = _class_dict(B)
            if method in B_dict:
                if B_dict[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _abc_hook(*methods):
    """A __subclasshook__ that accepts the classes having all of methods (for the ABC it is
    defined on, not its subclasses)."""
    def __subclasshook__(cls, C):
        if cls is owner[0]:
            return _check_methods(C, *methods)
        return NotImplemented
    owner = []
    return owner, classmethod(__subclasshook__)


def _make_abc(name, bases, methods, hook_methods, abstract):
    """An ABC of collections.abc: methods are its mixins, hook_methods what its subclass hook
    looks for (None: no hook), abstract the names left abstract."""
    ns = dict(methods)
    ns['__module__'] = 'collections.abc'
    ns['__qualname__'] = name
    for a in abstract:
        ns[a] = _abstractmethod(ns[a]) if a in ns else _abstractmethod(_abstract_stub(a))
    if hook_methods is not None:
        owner, hook = _abc_hook(*hook_methods)
        ns['__subclasshook__'] = hook
    cls = _ABCMeta(name, bases, ns)
    if hook_methods is not None:
        owner.append(cls)
    return cls


def _abstract_stub(name, result=None, exc=None):
    """The body CPython gives an abstract method of collections.abc: return result, or raise
    exc."""
    def stub(self, *args):
        if exc is not None:
            raise exc
        return result
    stub.__name__ = name
    return stub


def _iterable_iter(self):
    while False:
        yield None


def _iterator_iter(self):
    return self


def _sequence_getitem(self, index):
    raise IndexError


def _seq_iter(self):
    i = 0
    try:
        while True:
            v = self[i]
            yield v
            i += 1
    except IndexError:
        return


def _seq_contains(self, value):
    for v in self:
        if v is value or v == value:
            return True
    return False


def _seq_reversed(self):
    for i in reversed(range(len(self))):
        yield self[i]


def _seq_index(self, value, start=0, stop=None):
    if start is not None and start < 0:
        start = max(len(self) + start, 0)
    if stop is not None and stop < 0:
        stop += len(self)
    i = start
    while stop is None or i < stop:
        try:
            v = self[i]
        except IndexError:
            break
        if v is value or v == value:
            return i
        i += 1
    raise ValueError


def _seq_count(self, value):
    return sum(1 for v in self if v is value or v == value)


def _mseq_append(self, value):
    self.insert(len(self), value)


def _mseq_clear(self):
    try:
        while True:
            self.pop()
    except IndexError:
        pass


def _mseq_reverse(self):
    n = len(self)
    for i in range(n // 2):
        self[i], self[n - i - 1] = self[n - i - 1], self[i]


def _mseq_extend(self, values):
    if values is self:
        values = list(values)
    for v in values:
        self.append(v)


def _mseq_pop(self, index=-1):
    v = self[index]
    del self[index]
    return v


def _mseq_remove(self, value):
    del self[self.index(value)]


def _mseq_iadd(self, values):
    self.extend(values)
    return self


def _map_getitem(self, key):
    raise KeyError


def _map_get(self, key, default=None):
    try:
        return self[key]
    except KeyError:
        return default


def _map_contains(self, key):
    try:
        self[key]
    except KeyError:
        return False
    else:
        return True


def _map_keys(self):
    return KeysView(self)


def _map_items(self):
    return ItemsView(self)


def _map_values(self):
    return ValuesView(self)


def _map_eq(self, other):
    if not isinstance(other, Mapping):
        return NotImplemented
    return dict(self.items()) == dict(other.items())


_marker = object()


def _mmap_pop(self, key, default=_marker):
    try:
        value = self[key]
    except KeyError:
        if default is _marker:
            raise
        return default
    else:
        del self[key]
        return value


def _mmap_popitem(self):
    try:
        key = next(iter(self))
    except StopIteration:
        raise KeyError from None
    value = self[key]
    del self[key]
    return key, value


def _mmap_clear(self):
    try:
        while True:
            self.popitem()
    except KeyError:
        pass


def _mmap_update(self, other=(), /, **kwds):
    if isinstance(other, Mapping):
        for key in other:
            self[key] = other[key]
    elif hasattr(other, "keys"):
        for key in other.keys():
            self[key] = other[key]
    else:
        for key, value in other:
            self[key] = value
    for key, value in kwds.items():
        self[key] = value


def _mmap_setdefault(self, key, default=None):
    try:
        return self[key]
    except KeyError:
        self[key] = default
    return default


def _set_le(self, other):
    if not isinstance(other, AbstractSet):
        return NotImplemented
    if len(self) > len(other):
        return False
    for elem in self:
        if elem not in other:
            return False
    return True


def _set_lt(self, other):
    if not isinstance(other, AbstractSet):
        return NotImplemented
    return len(self) < len(other) and self.__le__(other)


def _set_ge(self, other):
    if not isinstance(other, AbstractSet):
        return NotImplemented
    if len(self) < len(other):
        return False
    for elem in other:
        if elem not in self:
            return False
    return True


def _set_gt(self, other):
    if not isinstance(other, AbstractSet):
        return NotImplemented
    return len(self) > len(other) and self.__ge__(other)


def _set_eq(self, other):
    if not isinstance(other, AbstractSet):
        return NotImplemented
    return len(self) == len(other) and self.__le__(other)


def _set_from_iterable(cls, it):
    return cls(it)


def _set_and(self, other):
    if not isinstance(other, Iterable):
        return NotImplemented
    return self._from_iterable(value for value in other if value in self)


def _set_or(self, other):
    if not isinstance(other, Iterable):
        return NotImplemented
    return self._from_iterable(e for s in (self, other) for e in s)


def _set_sub(self, other):
    if not isinstance(other, AbstractSet):
        if not isinstance(other, Iterable):
            return NotImplemented
        other = self._from_iterable(other)
    return self._from_iterable(value for value in self if value not in other)


def _set_xor(self, other):
    if not isinstance(other, AbstractSet):
        if not isinstance(other, Iterable):
            return NotImplemented
        other = self._from_iterable(other)
    return (self - other) | (other - self)


def _set_isdisjoint(self, other):
    for value in other:
        if value in self:
            return False
    return True


def _mset_remove(self, value):
    if value not in self:
        raise KeyError(value)
    self.discard(value)


def _mset_pop(self):
    it = iter(self)
    try:
        value = next(it)
    except StopIteration:
        raise KeyError from None
    self.discard(value)
    return value


def _mset_clear(self):
    try:
        while True:
            self.pop()
    except KeyError:
        pass


def _mset_ior(self, it):
    for value in it:
        self.add(value)
    return self


def _mset_iand(self, it):
    for value in (self - it):
        self.discard(value)
    return self


def _mset_isub(self, it):
    if it is self:
        self.clear()
    else:
        for value in it:
            self.discard(value)
    return self


def _view_init(self, mapping):
    self._mapping = mapping


def _view_len(self):
    return len(self._mapping)


def _view_repr(self):
    return '{0.__class__.__name__}({0._mapping!r})'.format(self)


def _keys_contains(self, key):
    return key in self._mapping


def _keys_iter(self):
    yield from self._mapping


def _items_contains(self, item):
    key, value = item
    try:
        v = self._mapping[key]
    except KeyError:
        return False
    return v is value or v == value


def _items_iter(self):
    for key in self._mapping:
        yield (key, self._mapping[key])


def _values_contains(self, value):
    for key in self._mapping:
        v = self._mapping[key]
        if v is value or v == value:
            return True
    return False


def _values_iter(self):
    for key in self._mapping:
        yield self._mapping[key]


def _gen_iter(self):
    return self


def _gen_next(self):
    return self.send(None)


def _gen_throw(self, typ, val=None, tb=None):
    if val is None:
        if tb is None:
            raise typ
        val = typ()
    raise val


def _gen_close(self):
    try:
        self.throw(GeneratorExit)
    except (GeneratorExit, StopIteration):
        pass
    else:
        raise RuntimeError("generator ignored GeneratorExit")


def _callable_call(self, *args, **kwds):
    return False


def _enter(self):
    return self


def _exit(self, exc_type, exc_value, traceback):
    return None


def _set_hash(self):
    return 0


Hashable_ = _make_abc('Hashable', (), {'__hash__': _set_hash}, ('__hash__',), ('__hash__',))
Iterable_ = _make_abc('Iterable', (), {'__iter__': _iterable_iter}, ('__iter__',), ('__iter__',))
Iterator_ = _make_abc('Iterator', (Iterable_,), {'__next__': _abstract_stub('__next__', exc=StopIteration),
                                                 '__iter__': _iterator_iter},
                      ('__iter__', '__next__'), ('__next__',))
Reversible_ = _make_abc('Reversible', (Iterable_,), {'__reversed__': _iterable_iter},
                        ('__reversed__', '__iter__'), ('__reversed__',))
Generator_ = _make_abc('Generator', (Iterator_,),
                       {'__next__': _gen_next, 'send': _abstract_stub('send', exc=StopIteration),
                        'throw': _gen_throw, 'close': _gen_close},
                       ('__iter__', '__next__', 'send', 'throw', 'close'), ('send', 'throw'))
Sized_ = _make_abc('Sized', (), {'__len__': _abstract_stub('__len__', 0)}, ('__len__',), ('__len__',))
Container_ = _make_abc('Container', (), {'__contains__': _abstract_stub('__contains__', False)},
                       ('__contains__',), ('__contains__',))
Collection_ = _make_abc('Collection', (Sized_, Iterable_, Container_), {},
                        ('__len__', '__iter__', '__contains__'), ('__len__', '__iter__', '__contains__'))
Callable_ = _make_abc('Callable', (), {'__call__': _callable_call}, ('__call__',), ('__call__',))
AbstractSet_ = _make_abc('Set', (Collection_,), {
    '__le__': _set_le, '__lt__': _set_lt, '__ge__': _set_ge, '__gt__': _set_gt,
    '__eq__': _set_eq, '_from_iterable': classmethod(_set_from_iterable),
    '__and__': _set_and, '__rand__': _set_and, '__or__': _set_or, '__ror__': _set_or,
    '__sub__': _set_sub, '__xor__': _set_xor, '__rxor__': _set_xor, 'isdisjoint': _set_isdisjoint,
    '__hash__': None,
}, None, ('__len__', '__iter__', '__contains__'))
MutableSet_ = _make_abc('MutableSet', (AbstractSet_,), {
    'add': _abstract_stub('add', exc=NotImplementedError), 'discard': _abstract_stub('discard', exc=NotImplementedError), 'remove': _mset_remove,
    'pop': _mset_pop, 'clear': _mset_clear, '__ior__': _mset_ior, '__iand__': _mset_iand,
    '__isub__': _mset_isub,
}, None, ('add', 'discard'))
Mapping_ = _make_abc('Mapping', (Collection_,), {
    '__getitem__': _map_getitem, 'get': _map_get, '__contains__': _map_contains,
    'keys': _map_keys, 'items': _map_items, 'values': _map_values, '__eq__': _map_eq,
    '__hash__': None, '__reversed__': None,
}, None, ('__getitem__', '__len__', '__iter__'))
MutableMapping_ = _make_abc('MutableMapping', (Mapping_,), {
    '__setitem__': _abstract_stub('__setitem__', exc=KeyError), '__delitem__': _abstract_stub('__delitem__', exc=KeyError),
    'pop': _mmap_pop, 'popitem': _mmap_popitem, 'clear': _mmap_clear, 'update': _mmap_update,
    'setdefault': _mmap_setdefault,
}, None, ('__getitem__', '__setitem__', '__delitem__', '__len__', '__iter__'))
Sequence_ = _make_abc('Sequence', (Reversible_, Collection_), {
    '__getitem__': _sequence_getitem, '__iter__': _seq_iter, '__contains__': _seq_contains,
    '__reversed__': _seq_reversed, 'index': _seq_index, 'count': _seq_count,
}, None, ('__getitem__', '__len__'))
MutableSequence_ = _make_abc('MutableSequence', (Sequence_,), {
    '__setitem__': _abstract_stub('__setitem__', exc=IndexError), '__delitem__': _abstract_stub('__delitem__', exc=IndexError),
    'insert': _abstract_stub('insert', exc=IndexError), 'append': _mseq_append, 'clear': _mseq_clear,
    'reverse': _mseq_reverse, 'extend': _mseq_extend, 'pop': _mseq_pop, 'remove': _mseq_remove,
    '__iadd__': _mseq_iadd,
}, None, ('__getitem__', '__setitem__', '__delitem__', '__len__', 'insert'))
ByteString_ = _make_abc('ByteString', (Sequence_,), {}, None, ())
MappingView_ = _make_abc('MappingView', (Sized_,), {
    '__init__': _view_init, '__len__': _view_len, '__repr__': _view_repr}, None, ())
KeysView_ = _make_abc('KeysView', (MappingView_, AbstractSet_), {
    '_from_iterable': classmethod(lambda cls, it: set(it)),
    '__contains__': _keys_contains, '__iter__': _keys_iter}, None, ())
ItemsView_ = _make_abc('ItemsView', (MappingView_, AbstractSet_), {
    '_from_iterable': classmethod(lambda cls, it: set(it)),
    '__contains__': _items_contains, '__iter__': _items_iter}, None, ())
ValuesView_ = _make_abc('ValuesView', (MappingView_, Collection_), {
    '__contains__': _values_contains, '__iter__': _values_iter}, None, ())
Awaitable_ = _make_abc('Awaitable', (), {'__await__': _iterable_iter}, ('__await__',), ('__await__',))
Coroutine_ = _make_abc('Coroutine', (Awaitable_,), {
    'send': _abstract_stub('send', exc=StopIteration), 'throw': _gen_throw, 'close': _gen_close},
    ('__await__', 'send', 'throw', 'close'), ('send', 'throw'))
AsyncIterable_ = _make_abc('AsyncIterable', (), {'__aiter__': _abstract_stub('__aiter__')},
                           ('__aiter__',), ('__aiter__',))
AsyncIterator_ = _make_abc('AsyncIterator', (AsyncIterable_,), {
    '__anext__': _abstract_stub('__anext__', exc=StopAsyncIteration), '__aiter__': _iterator_iter},
    ('__anext__', '__aiter__'), ('__anext__',))
AsyncGenerator_ = _make_abc('AsyncGenerator', (AsyncIterator_,), {
    'asend': _abstract_stub('asend', exc=StopAsyncIteration), 'athrow': _abstract_stub('athrow', exc=StopAsyncIteration)},
    ('__aiter__', '__anext__', 'asend', 'athrow', 'aclose'), ('asend', 'athrow'))
AbstractContextManager_ = _make_abc('AbstractContextManager', (), {
    '__enter__': _enter, '__exit__': _exit}, ('__enter__', '__exit__'), ('__exit__',))
AbstractContextManager_.__module__ = 'contextlib'
AbstractAsyncContextManager_ = _make_abc('AbstractAsyncContextManager', (), {
    '__aenter__': _abstract_stub('__aenter__'), '__aexit__': _abstract_stub('__aexit__')},
    ('__aenter__', '__aexit__'), ('__aexit__',))
AbstractAsyncContextManager_.__module__ = 'contextlib'


def _register_builtins():
    def gen():
        yield
    generator = type(gen())
    d = {}
    for cls in (type(iter(b'')), type(iter('')), type(iter([])), type(iter(range(0))),
                type(iter(d)), type(iter(d.values())), type(iter(d.items())),
                type(iter(set())), type(iter(())), type(reversed([])), generator):
        Iterator_.register(cls)
    Generator_.register(generator)
    AbstractSet_.register(frozenset)
    MutableSet_.register(set)
    MutableMapping_.register(dict)
    for cls in (tuple, str, range):
        Sequence_.register(cls)
    ByteString_.register(bytes)
    MutableSequence_.register(list)
    KeysView_.register(type(d.keys()))
    ItemsView_.register(type(d.items()))
    ValuesView_.register(type(d.values()))


_register_builtins()


# ==========================================================================================
# The aliases
# ==========================================================================================

_alias = _SpecialGenericAlias

Hashable = _alias(Hashable_, 0)
Awaitable = _alias(Awaitable_, 1)
Coroutine = _alias(Coroutine_, 3)
AsyncIterable = _alias(AsyncIterable_, 1)
AsyncIterator = _alias(AsyncIterator_, 1)
Iterable = _alias(Iterable_, 1)
Iterator = _alias(Iterator_, 1)
Reversible = _alias(Reversible_, 1)
Sized = _alias(Sized_, 0)
Container = _alias(Container_, 1)
Collection = _alias(Collection_, 1)
Callable = _CallableType(Callable_, 2)
AbstractSet = _alias(AbstractSet_, 1, name='AbstractSet')
MutableSet = _alias(MutableSet_, 1)
Mapping = _alias(Mapping_, 2)
MutableMapping = _alias(MutableMapping_, 2)
Sequence = _alias(Sequence_, 1)
MutableSequence = _alias(MutableSequence_, 1)
ByteString = _alias(ByteString_, 0)
Tuple = _TupleType(tuple, -1, inst=False, name='Tuple')
List = _alias(list, 1, inst=False, name='List')
Deque = _alias(_collections.deque, 1, name='Deque')
Set = _alias(set, 1, inst=False, name='Set')
FrozenSet = _alias(frozenset, 1, inst=False, name='FrozenSet')
MappingView = _alias(MappingView_, 1)
KeysView = _alias(KeysView_, 1)
ItemsView = _alias(ItemsView_, 2)
ValuesView = _alias(ValuesView_, 1)
ContextManager = _alias(AbstractContextManager_, 1, name='ContextManager')
AsyncContextManager = _alias(AbstractAsyncContextManager_, 1, name='AsyncContextManager')
Dict = _alias(dict, 2, inst=False, name='Dict')
DefaultDict = _alias(_collections.defaultdict, 2, name='DefaultDict')
OrderedDict = _alias(_collections.OrderedDict, 2)
Counter = _alias(_collections.Counter, 1)
ChainMap = _alias(_collections.ChainMap, 2)
Generator = _alias(Generator_, 3)
AsyncGenerator = _alias(AsyncGenerator_, 2)
Type = _alias(type, 1, inst=False, name='Type')
Pattern = _alias(_re.Pattern, 1)
Match = _alias(_re.Match, 1)

AnyStr = TypeVar('AnyStr', bytes, str)
Text = str

T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)


# ==========================================================================================
# Runtime protocols
# ==========================================================================================

@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""

    @_abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""

    @_abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""

    @_abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""

    @_abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""

    @_abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""

    @_abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An ABC with one abstract method __round__ that is covariant in its return type."""

    @_abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


# ==========================================================================================
# NamedTuple and TypedDict
# ==========================================================================================

_prohibited = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__',
                         '_fields', '_field_defaults', '_make', '_replace', '_asdict', '_source'})
_special = frozenset({'__module__', '__name__', '__annotations__', '__qualname__',
                      '__orig_bases__', '__classcell__'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, f"field {n} annotation must be a type") for n, t in types}
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} "
                                f"{', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns['__module__'])
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: class Employee(NamedTuple): name: str; id: int = 3, or
    NamedTuple('Employee', [('name', str), ('id', int)])."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module='__main__')


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type '
                                'and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        own_annotations = ns.get('__annotations__', {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {n: _type_check(tp, msg) for n, tp in own_annotations.items()}
        required_keys = set()
        optional_keys = set()
        for base in bases:
            info = _typeddict_info.get(base)
            if info is not None:
                annotations.update(info[0])
                required_keys.update(info[1])
                optional_keys.update(info[2])
        annotations.update(own_annotations)
        for annotation_key, annotation_type in own_annotations.items():
            origin = getattr(annotation_type, '__origin__', None)
            if origin is Required:
                is_required = True
            elif origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(annotation_key)
            else:
                optional_keys.add(annotation_key)
        # The keys of the bases, where CPython reads them from their __dict__.
        _typeddict_info[tp_dict] = (annotations, frozenset(required_keys),
                                    frozenset(optional_keys), total)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        tp_dict.__total__ = total
        return tp_dict

    __call__ = dict

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


_typeddict_info = {}


def TypedDict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace; at runtime it is a plain dict: class Point2D(TypedDict):
    x: int; y: int, or TypedDict('Point2D', {'x': int, 'y': int})."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    ns = {'__annotations__': dict(fields), '__module__': '__main__'}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    """Whether tp is a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


# ==========================================================================================
# Functions
# ==========================================================================================

def cast(typ, val):
    """Cast a value to a type: returns the value unchanged (it only informs type checkers)."""
    return val


def assert_type(val, typ, /):
    """Ask a type checker to confirm that val has type typ; returns val unchanged."""
    return val


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError(f"Expected code to be unreachable, but got: {value}")


def reveal_type(obj, /):
    """Print the runtime type of obj (to stderr) and return obj."""
    import sys
    print(f"Runtime type is {type(obj).__name__!r}", file=sys.stderr)
    return obj


def _overload_dummy(*args, **kwds):
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


_overload_registry = {}


def overload(func):
    """Decorator for overloaded functions/methods: the decorated function is recorded (see
    get_overloads) and replaced by one that raises NotImplementedError."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    """The overloads recorded for func, oldest first."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    return list(_overload_registry.get(key, []))


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """Mark a method or class final (for type checkers); sets __final__ when it can."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, '__qualname__')
                    or obj.__qualname__ != f'{arg.__qualname__}.{obj.__name__}'
                    or getattr(obj, '__module__', None) != arg.__module__):
                continue
            if type(obj).__name__ == 'function':
                obj.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    def wrapped_decorator(*args, **kwds):
        func = decorator(*args, **kwds)
        func = no_type_check(func)
        return func
    wrapped_decorator.__name__ = getattr(decorator, '__name__', 'wrapped_decorator')
    wrapped_decorator.__doc__ = getattr(decorator, '__doc__', None)
    return wrapped_decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator that marks an object as providing dataclass-like behaviour."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn
    return decorator


class NewType:
    """NewType creates simple unique types with almost zero runtime overhead: calling it
    returns its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = '__main__'

    def __mro_entries__(self, bases):
        superclass_name = self.__name__
        raise TypeError(f"Cannot subclass an instance of NewType. Perhaps you were looking "
                        f"for: `{superclass_name} = NewType({superclass_name!r}, "
                        f"{superclass_name})`")

    def __repr__(self):
        return f'{self.__module__}.{self.__qualname__}'

    def __call__(self, x):
        return x

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _strip_annotations(t):
    """t without Annotated, Required and NotRequired wrappers."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    return t


def _resolve_hint(value, namespaces):
    if value is None:
        return _NoneType
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        name = value.__forward_arg__
        for ns in namespaces:
            if name in ns:
                return _resolve_hint(ns[name], ())
        import builtins
        if hasattr(builtins, name):
            return getattr(builtins, name)
        raise NameError(f"name '{name}' is not defined")
    if isinstance(value, _GenericAlias) and not isinstance(value, _LiteralGenericAlias):
        args = tuple(_resolve_hint(a, namespaces) if isinstance(a, (str, ForwardRef, _GenericAlias))
                     else a for a in value.__args__)
        if args != value.__args__:
            if isinstance(value, _AnnotatedAlias):
                return _AnnotatedAlias(args[0], value.__metadata__)
            return value.copy_with(args)
    return value


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The type hints of a module, class or function: its __annotations__ (for a class, merged
    over its MRO), None replaced by NoneType and names given as strings looked up in globalns,
    localns, the class's namespace and the builtins (Adder cannot evaluate other expressions,
    nor does it keep function annotations)."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    namespaces = [ns for ns in (localns, globalns) if ns is not None]
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            base_dict = _class_dict(base)
            ann = base_dict.get('__annotations__', {})
            if not isinstance(ann, dict):
                continue
            base_ns = namespaces + [dict(base_dict)]
            for name, value in ann.items():
                hints[name] = _resolve_hint(value, base_ns)
    else:
        ann = getattr(obj, '__annotations__', None)
        if ann is None:
            if callable(obj) or isinstance(obj, type(_abc)):
                return {}
            raise TypeError(f'{obj!r} is not a module, class, method, or function.')
        for name, value in ann.items():
            hints[name] = _resolve_hint(value, namespaces)
    if include_extras:
        return hints
    return {k: _strip_annotations(t) for k, t in hints.items()}


def get_origin(tp):
    """The unsubscripted form of tp: get_origin(List[int]) is list, get_origin(Union[int,
    str]) is Union, get_origin(int) is None."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _GenericAliasType, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _UnionType):
        return _UnionType
    return None


def get_args(tp):
    """The arguments of a subscripted tp, with Callable's parameters as a list:
    get_args(Callable[[int], str]) is ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _GenericAliasType)):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) and res[0] is not ...:
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _UnionType):
        return tp.__args__
    return ()


class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO (the methods are abstract)."""

    mode = name = closed = None


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""
