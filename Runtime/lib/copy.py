"""Generic (shallow and deep) copying operations.

Interface summary:

        import copy

        x = copy.copy(y)                # make a shallow copy of y
        x = copy.deepcopy(y)            # make a deep copy of y
        x = copy.deepcopy(y, memo)      # a deep copy sharing memo with other calls

For module specific errors, copy.Error is raised.

How Adder's copy works, and what holds throughout:

- The decision sequence is CPython's: a per-type table first (immutable values are their own
  copies; list, dict and set copy themselves; deepcopy has its own list/tuple/dict/method
  copiers), then classes are atomic, then the class's __copy__ (or the instance's __deepcopy__),
  then the reduction protocol: an object describes itself as (callable, args, state, list items,
  dict items) and _reconstruct builds the copy from that description.
- CPython gets the default description from object.__reduce_ex__ (C code in typeobject.c and
  copyreg); Adder's builtin types define no __reduce__/__reduce_ex__/__getstate__, so
  _default_reduce computes the same tuple here: a class's own __reduce_ex__ or __reduce__ wins;
  otherwise the instance is rebuilt with cls.__new__(cls, *args) where args come from
  __getnewargs_ex__/__getnewargs__ (int, str, tuple, ... and named tuples provide the latter),
  its state is __getstate__() or its __dict__ (plus its __slots__ values as a second dict), and
  list and dict subclasses hand over their items. Sets (and frozensets) are rebuilt by calling
  the class with a list of the items, as set.__reduce__ says; exceptions by calling the class
  with their args, as BaseException.__reduce__ says.
- __reduce_ex__, __getnewargs(_ex)__ and __getstate__ are looked up on the class: in CPython
  object supplies them, so an instance's __getattr__ is never consulted for them.
- Only objects whose builtin ("solid") base is one of those can be described: an instance of any
  other builtin type (generators, modules, iterators, ...) fails with CPython's
  "cannot pickle 'X' object". A class is written in Python when its namespace holds a string
  __module__; the solid base is the first class of the MRO that is not.
- deepcopy's memo maps id(original) to its copy, so shared and recursive structures are copied
  once; it also keeps the originals alive (memo[id(memo)]) so that their ids stay unique.
"""

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error   # backward compatibility


def _function():
    pass


class _Class:
    def method(self):
        pass


_FunctionType = type(_function)
_MethodType = type(_Class().method)
_BuiltinFunctionType = type(len)
_NoneType = type(None)
_EllipsisType = type(Ellipsis)
try:
    _bytearray = bytearray
except NameError:
    # Adder runtimes from before bytearray.
    _bytearray = None
_NotImplementedType = type(NotImplemented)


# =============================================================================================
# Shallow copies
# =============================================================================================

def copy(x):
    """Shallow copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        # A class is copied as itself.
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reductor = getattr(cls, "__reduce_ex__", None)
    if reductor is not None:
        rv = reductor(x, 4)
    else:
        rv = _default_reduce(x)
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _copy_immutable(x):
    return x


_copy_dispatch = d = {}
for t in (_NoneType, int, float, bool, complex, str, tuple, bytes, frozenset, type, range, slice,
          property, _BuiltinFunctionType, _EllipsisType, _NotImplementedType, _FunctionType):
    d[t] = _copy_immutable
d[list] = list.copy
d[dict] = dict.copy
d[set] = set.copy
if _bytearray is not None:
    d[_bytearray] = _bytearray.copy
del d, t


# =============================================================================================
# Deep copies
# =============================================================================================

def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects.

    See the module's __doc__ string for more info.
    """
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            reductor = getattr(cls, "__reduce_ex__", None)
            if reductor is not None:
                rv = reductor(x, 4)
            else:
                rv = _default_reduce(x)
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    # An object that is its own copy is not memoized.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # A tuple that contains itself (through a list, say) was copied while copying its items.
    try:
        return memo[id(x)]
    except KeyError:
        pass
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


def _deepcopy_method(x, memo):
    # CPython calls type(x)(x.__func__, new_self); binding the function to the copied instance
    # makes the same bound method (Adder's method type has no constructor).
    func = x.__func__
    new_self = deepcopy(x.__self__, memo)
    if type(func) is _FunctionType:
        return func.__get__(new_self)
    return type(x)(func, new_self)


_deepcopy_dispatch = d = {}
for t in (_NoneType, _EllipsisType, _NotImplementedType, int, float, bool, complex, bytes, str,
          type, range, _BuiltinFunctionType, _FunctionType, property):
    d[t] = _deepcopy_atomic
d[list] = _deepcopy_list
d[tuple] = _deepcopy_tuple
d[dict] = _deepcopy_dict
d[_MethodType] = _deepcopy_method
del d, t


def _keep_alive(x, memo):
    """Keep a reference to x in the memo, so that the id used as its key is not reused by a new
    object while the memo lives."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


# =============================================================================================
# The reduction protocol
# =============================================================================================

def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None,
                 *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y

    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)

    if listiter is not None:
        if deep:
            for item in listiter:
                item = deepcopy(item, memo)
                y.append(item)
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
                y[key] = value
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _default_reduce(x):
    """What object.__reduce_ex__(x, 4) returns in CPython: the class's own __reduce__ if it has
    one, else the description built from cls.__new__, the new-arguments and the state."""
    cls = type(x)
    reduce = getattr(cls, '__reduce__', None)
    if reduce is not None:
        return reduce(x)
    base = _solid_base(cls)
    if base is _MethodType:
        # method.__reduce__: look the method up again on the same object.
        return getattr, (x.__self__, x.__func__.__name__)
    if base is slice:
        # slice.__reduce__.
        return slice, (x.start, x.stop, x.step)
    if base in _set_types:
        return cls, (list(x),), _get_state(x)
    if issubclass(base, BaseException):
        state = getattr(x, '__dict__', None)
        if state:
            return cls, x.args, state
        return cls, x.args
    if base not in _new_types:
        raise TypeError("cannot pickle '%s' object" % _type_name(cls))
    args, kwargs = _new_arguments(x, cls)
    if kwargs:
        result = [__newobj_ex__, (cls, args, kwargs)]
    else:
        result = [__newobj__, (cls,) + args]
    result.append(_get_state(x))
    result.append(iter(x) if isinstance(x, list) else None)
    result.append(iter(x.items()) if isinstance(x, dict) else None)
    return tuple(result)


# Builtin bases whose instances cls.__new__ recreates from their new-arguments, state and items.
_new_types = frozenset([object, int, float, complex, str, bytes, tuple, list, dict])
_set_types = frozenset([set, frozenset])


def _is_python_class(cls):
    return type(cls.__dict__.get('__module__')) is str


def _solid_base(cls):
    for base in cls.__mro__:
        if not _is_python_class(base):
            return base
    return object


def _type_name(cls):
    module = getattr(cls, '__module__', 'builtins')
    if module == 'builtins' or type(module) is not str:
        return cls.__qualname__
    return '%s.%s' % (module, cls.__qualname__)


def _new_arguments(x, cls):
    """(args, kwargs) for cls.__new__, from __getnewargs_ex__ or __getnewargs__, as CPython."""
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        newargs = getnewargs_ex(x)
        if not isinstance(newargs, tuple):
            raise TypeError('__getnewargs_ex__ should return a tuple, not %r'
                            % (type(newargs).__name__,))
        if len(newargs) != 2:
            raise ValueError('__getnewargs_ex__ should return a tuple of length 2, not %d'
                             % len(newargs))
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError('first item of the tuple returned by __getnewargs_ex__ must be '
                            'a tuple, not %r' % (type(args).__name__,))
        if not isinstance(kwargs, dict):
            raise TypeError('second item of the tuple returned by __getnewargs_ex__ must be '
                            'a dict, not %r' % (type(kwargs).__name__,))
        return args, kwargs
    getnewargs = getattr(cls, '__getnewargs__', None)
    if getnewargs is not None:
        args = getnewargs(x)
        if not isinstance(args, tuple):
            raise TypeError('__getnewargs__ should return a tuple, not %r'
                            % (type(args).__name__,))
        return args, None
    return (), None


def _get_state(x):
    """x.__getstate__() when its class defines one, else CPython's default state: the instance
    dict (None when empty), paired with a dict of the set slot values when there are any."""
    getstate = getattr(type(x), '__getstate__', None)
    if getstate is not None:
        return getstate(x)
    state = getattr(x, '__dict__', None)
    if not state:
        state = None
    names = _slot_names(type(x))
    if names:
        slots = {}
        for name in names:
            try:
                value = getattr(x, name)
            except AttributeError:
                continue
            slots[name] = value
        if slots:
            state = (state, slots)
    return state


_slot_names_cache = {}


def _slot_names(cls):
    """The names of the slots declared along cls's MRO, private names mangled."""
    names = _slot_names_cache.get(cls)
    if names is not None:
        return names
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get('__slots__')
        if slots is None:
            continue
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    _slot_names_cache[cls] = names
    return names
