"""dataclasses: generated __init__, __repr__, __eq__, ordering and __hash__ for annotated classes.

CPython writes the generated methods as source text and runs exec on it; Adder has no exec, so
every method here is a closure over the field names (and defaults) computed once, when the class
is decorated.  The observable behaviour follows CPython 3.11:

- A class's fields are its inherited dataclass fields (base classes in reverse MRO order, a later
  definition replacing an earlier one in place) followed by its own annotations, in definition
  order.  ClassVar pseudo-fields are recognised only if `typing` was already imported (it is how
  a ClassVar annotation could exist at all), InitVar and KW_ONLY by identity.
- The generated __init__ binds its arguments exactly like a def with the same signature would,
  with the same TypeError messages (qualified name 'C.__init__').  Defaults are stored nowhere
  in the instance: a field with a plain default is read from the class attribute that holds it.
- __eq__ and the order methods compare tuples of the compared fields, and only instances of the
  very same class; __hash__ follows CPython's table of (unsafe_hash, eq, frozen, explicit hash).
- Frozen classes get __setattr__/__delattr__ raising FrozenInstanceError; their __init__ stores
  through object.__setattr__.
- slots=True is accepted and ignored (Adder instances always have a __dict__).
"""

import sys

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY',
           'MISSING', 'fields', 'asdict', 'astuple', 'make_dataclass', 'replace',
           'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = type(type.__dict__)({})

# A class's own namespace.  Read through type's descriptor rather than _class_dict(cls): in Adder,
# classes whose metaclass is a Python subclass of type answer _class_dict(cls) with an unrelated
# empty dict.
_TYPE_DICT = type.__dict__['__dict__']


def _class_dict(cls):
    return _TYPE_DICT.__get__(cls, type)



class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return f'dataclasses.InitVar[{type_name}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init',
                 'compare', 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else type(type.__dict__)(metadata))
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type}'
                ')')

    def __set_name__(self, owner, name):
        # Forward to the default's own descriptor protocol, as CPython does.
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ('_DataclassParams('
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'eq={self.eq!r},'
                f'order={self.order!r},'
                f'unsafe_hash={self.unsafe_hash!r},'
                f'frozen={self.frozen!r}'
                ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
          hash=None, compare=True, metadata=None, kw_only=MISSING):
    """Return an object to identify dataclass fields."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


# ---------------------------------------------------------------------------------------------
# Reading fields of an instance as a tuple: the heart of __eq__, ordering and __hash__.

def _tuple_getter(names):
    """A function returning the tuple of the named attributes of its argument."""
    n = len(names)
    if n == 0:
        return lambda obj: ()
    if n == 1:
        a, = names
        return lambda obj: (getattr(obj, a),)
    if n == 2:
        a, b = names
        return lambda obj: (getattr(obj, a), getattr(obj, b))
    if n == 3:
        a, b, c = names
        return lambda obj: (getattr(obj, a), getattr(obj, b), getattr(obj, c))
    names = tuple(names)
    return lambda obj: tuple([getattr(obj, name) for name in names])


def _set_qualname(cls, value):
    if isinstance(value, type(_set_qualname)):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    return value


def _set_new_attribute(cls, name, value):
    """Set an attribute the class does not define itself; True if it already did."""
    if name in _class_dict(cls):
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


# ---------------------------------------------------------------------------------------------
# __init__

def _name_list(names):
    quoted = [repr(n) for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _plural(n, word):
    return '%d %s%s' % (n, word, '' if n == 1 else 's')


def _init_fn(cls, fields, std_fields, kw_only_fields, frozen, has_post_init):
    """The generated __init__: binds arguments like `def __init__(self, <std>, *, <kw_only>)`,
    then stores every initialized field, then calls __post_init__ with the InitVars."""
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')

    qualname = f'{cls.__qualname__}.__init__'
    std_names = tuple(f.name for f in std_fields)
    kw_names = tuple(f.name for f in kw_only_fields)
    n_std = len(std_names)
    n_params = n_std + len(kw_names)
    param_names = std_names + kw_names
    positions = {name: i for i, name in enumerate(param_names)}
    # Default of each parameter: MISSING (required), _HAS_DEFAULT_FACTORY or the value.
    param_defaults = []
    for f in std_fields + kw_only_fields:
        if f.default_factory is not MISSING:
            param_defaults.append(_HAS_DEFAULT_FACTORY)
        else:
            param_defaults.append(f.default)
    param_defaults = tuple(param_defaults)
    n_std_defaults = sum(1 for d in param_defaults[:n_std] if d is not MISSING)
    all_required = all(d is MISSING for d in param_defaults)

    # What to do for each field once the arguments are bound: a list of (name, source, factory)
    # where source is the parameter index or -1 (not a parameter: call the factory).
    stores = []
    for f in fields:
        if f._field_type is _FIELD_INITVAR:
            continue
        if f.init:
            factory = f.default_factory if f.default_factory is not MISSING else None
            stores.append((f.name, positions[f.name], factory))
        elif f.default_factory is not MISSING:
            stores.append((f.name, -1, f.default_factory))
    stores = tuple(stores)
    # Plain: every field is stored straight from the parameter at its own position.
    plain = all(factory is None for _, _, factory in stores) and \
        tuple(src for _, src, _ in stores) == tuple(range(n_params))
    store_names = tuple(name for name, _, _ in stores)
    initvar_positions = tuple(positions[f.name] for f in fields
                              if f._field_type is _FIELD_INITVAR)
    setter = object.__setattr__
    # Calls with exactly every parameter positionally need no binding.
    n_fast = n_params + 1 if not kw_names else -1

    def bind(args, kwargs):
        nargs = len(args)
        if nargs > n_std:
            return bind_error(args, kwargs)
        values = list(args)
        if nargs < n_params:
            values.extend([MISSING] * (n_params - nargs))
        for name, value in kwargs.items():
            i = positions.get(name, -1) if type(name) is str else -1
            if i < 0 or i < nargs and i < n_std:
                return bind_error(args, kwargs)
            values[i] = value
        if not all_required:
            for i in range(nargs, n_params):
                if values[i] is MISSING:
                    values[i] = param_defaults[i]
        if MISSING in values:
            return bind_error(args, kwargs)
        return values

    def bind_error(args, kwargs):
        # Report the first problem in the order CPython checks them.
        nargs = len(args)
        for name in kwargs:
            i = positions.get(name, -1) if type(name) is str else -1
            if i < 0:
                raise TypeError(f'{qualname}() got an unexpected keyword argument {name!r}')
            if i < nargs and i < n_std:
                raise TypeError(f'{qualname}() got multiple values for argument {name!r}')
        if nargs > n_std:
            if n_std_defaults:
                takes = 'from %d to %d positional arguments' % (n_std - n_std_defaults + 1,
                                                                n_std + 1)
            else:
                takes = _plural(n_std + 1, 'positional argument')
            n_kw = sum(1 for name in kwargs if name in kw_names)
            if n_kw:
                given = '%s (and %s) were' % (_plural(nargs + 1, 'positional argument'),
                                              _plural(n_kw, 'keyword-only argument'))
            else:
                given = '%d %s' % (nargs + 1, 'was' if nargs == 0 else 'were')
            raise TypeError(f'{qualname}() takes {takes} but {given} given')
        missing = [std_names[i] for i in range(nargs, n_std)
                   if std_names[i] not in kwargs and param_defaults[i] is MISSING]
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qualname, len(missing), '' if len(missing) == 1 else 's',
                               _name_list(missing)))
        missing = [name for i, name in enumerate(kw_names)
                   if name not in kwargs and param_defaults[n_std + i] is MISSING]
        raise TypeError('%s() missing %d required keyword-only argument%s: %s'
                        % (qualname, len(missing), '' if len(missing) == 1 else 's',
                           _name_list(missing)))

    def store_all(self, values):
        if frozen:
            for name, src, factory in stores:
                if src < 0:
                    setter(self, name, factory())
                else:
                    value = values[src]
                    if factory is not None and value is _HAS_DEFAULT_FACTORY:
                        value = factory()
                    setter(self, name, value)
        else:
            for name, src, factory in stores:
                if src < 0:
                    setattr(self, name, factory())
                else:
                    value = values[src]
                    if factory is not None and value is _HAS_DEFAULT_FACTORY:
                        value = factory()
                    setattr(self, name, value)
        if has_post_init:
            self.__post_init__(*[values[i] for i in initvar_positions])

    if plain and not frozen and not has_post_init:
        def __init__(*args, **kwargs):
            if not args:
                raise TypeError(f"{qualname}() missing 1 required positional argument: 'self'")
            self = args[0]
            if not kwargs and len(args) == n_fast:
                values = args[1:]
            else:
                values = bind(args[1:], kwargs)
            for name, value in zip(store_names, values):
                setattr(self, name, value)
    else:
        def __init__(*args, **kwargs):
            if not args:
                raise TypeError(f"{qualname}() missing 1 required positional argument: 'self'")
            if not kwargs and len(args) == n_fast:
                values = args[1:]
            else:
                values = bind(args[1:], kwargs)
            store_all(args[0], values)

    __init__.__defaults__ = tuple(d for d in param_defaults[:n_std] if d is not MISSING) or None
    kwdefaults = {name: param_defaults[n_std + i] for i, name in enumerate(kw_names)
                  if param_defaults[n_std + i] is not MISSING}
    __init__.__kwdefaults__ = kwdefaults or None
    return __init__


# ---------------------------------------------------------------------------------------------
# __repr__, comparisons, hash, frozen attributes

def _repr_fn(fields):
    names = tuple(f.name for f in fields)
    running = set()

    def __repr__(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            parts = [f'{name}={getattr(self, name)!r}' for name in names]
            return f'{self.__class__.__qualname__}({", ".join(parts)})'
        finally:
            running.discard(key)
    return __repr__


def _eq_fn(fields):
    values = _tuple_getter([f.name for f in fields])

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return values(self) == values(other)
        return NotImplemented
    return __eq__


def _order_fns(fields):
    values = _tuple_getter([f.name for f in fields])

    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return values(self) < values(other)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return values(self) <= values(other)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return values(self) > values(other)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return values(self) >= values(other)
        return NotImplemented
    return [('__lt__', __lt__), ('__le__', __le__), ('__gt__', __gt__), ('__ge__', __ge__)]


def _frozen_get_del_attr(cls, fields):
    names = frozenset(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot assign to field {name!r}')
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f'cannot delete field {name!r}')
        super(cls, self).__delattr__(name)
    return [('__setattr__', __setattr__), ('__delattr__', __delattr__)]


def _hash_set_none(cls, fields):
    return None


def _hash_add(cls, fields):
    values = _tuple_getter([f.name for f in fields
                            if (f.compare if f.hash is None else f.hash)])

    def __hash__(self):
        return hash(values(self))
    return _set_qualname(cls, __hash__)


def _hash_exception(cls, fields):
    raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')


# Indexed by (unsafe_hash, eq, frozen, has_explicit_hash); see CPython's table.
_hash_action = {(False, False, False, False): None,
                (False, False, False, True): None,
                (False, False, True, False): None,
                (False, False, True, True): None,
                (False, True, False, False): _hash_set_none,
                (False, True, False, True): None,
                (False, True, True, False): _hash_add,
                (False, True, True, True): None,
                (True, False, False, False): _hash_add,
                (True, False, False, True): _hash_exception,
                (True, False, True, False): _hash_add,
                (True, False, True, True): _hash_exception,
                (True, True, False, False): _hash_add,
                (True, True, False, True): _hash_exception,
                (True, True, True, False): _hash_add,
                (True, True, True, True): _hash_exception,
                }


# ---------------------------------------------------------------------------------------------
# Collecting the fields of a class

def _is_classvar(a_type, typing):
    classvar = getattr(typing, 'ClassVar', None)
    if classvar is None:
        return False
    return a_type is classvar or getattr(a_type, '__origin__', None) is classvar


def _is_initvar(a_type):
    return a_type is InitVar or type(a_type) is InitVar


def _string_annotation_is(annotation, names):
    """A string annotation naming one of `names`, possibly qualified by a module name and
    subscripted: 'ClassVar[int]', 'typing.ClassVar', 'dataclasses.InitVar[str]'."""
    head = annotation.split('[', 1)[0].strip()
    if '.' in head:
        head = head.rsplit('.', 1)[1].strip()
    return head in names


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    typing = sys.modules.get('typing')
    if typing:
        if (_is_classvar(a_type, typing)
                or (isinstance(a_type, str) and _string_annotation_is(a_type, ('ClassVar',)))):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        if (_is_initvar(a_type)
                or (isinstance(a_type, str) and _string_annotation_is(a_type, ('InitVar',)))):
            f._field_type = _FIELD_INITVAR

    if f._field_type is _FIELD_CLASSVAR or f._field_type is _FIELD_INITVAR:
        if f.default_factory is not MISSING:
            raise TypeError(f'field {f.name} cannot have a default factory')

    if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR:
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    elif f.kw_only is not MISSING:
        raise TypeError(f'field {f.name} is a ClassVar but specifies kw_only')

    # Unhashable defaults stand for mutable ones.
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError(f'mutable default {type(f.default)} for field '
                         f'{f.name} is not allowed: use default_factory')
    return f


def _is_kw_only(a_type):
    return a_type is KW_ONLY or (isinstance(a_type, str)
                                 and _string_annotation_is(a_type, ('KW_ONLY',)))


# ---------------------------------------------------------------------------------------------
# __doc__: the signature text inspect.signature would give

def _format_annotation(annotation):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, type):
        if annotation.__module__ == 'builtins':
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def _signature_text(std_fields, kw_only_fields):
    def param(f):
        if f.default_factory is not MISSING:
            default = _HAS_DEFAULT_FACTORY
        else:
            default = f.default
        text = f.name + ': ' + _format_annotation(f.type)
        if default is not MISSING:
            text += ' = ' + repr(default)
        return text
    params = [param(f) for f in std_fields]
    if kw_only_fields:
        params.append('*')
        params.extend(param(f) for f in kw_only_fields)
    return '(' + ', '.join(params) + ')'


# ---------------------------------------------------------------------------------------------
# The decorator

def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                   match_args, kw_only, slots, weakref_slot):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = _class_dict(cls).get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    for name, a_type in cls_annotations.items():
        if _is_kw_only(a_type):
            if kw_only_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, a_type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        # A field() as class attribute gives way to its default (or to nothing).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in _class_dict(cls).items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if not any_frozen_base and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')

    setattr(cls, _FIELDS, fields)

    class_hash = _class_dict(cls).get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and '__eq__' in _class_dict(cls)))

    if order and not eq:
        raise ValueError('eq must be true if order is true')

    all_init_fields = [f for f in fields.values()
                       if f._field_type is _FIELD or f._field_type is _FIELD_INITVAR]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, '__init__',
                           _init_fn(cls, all_init_fields, std_init_fields, kw_only_init_fields,
                                    frozen, has_post_init))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        _set_new_attribute(cls, '__repr__', _repr_fn([f for f in field_list if f.repr]))

    if eq:
        _set_new_attribute(cls, '__eq__', _eq_fn([f for f in field_list if f.compare]))

    if order:
        for name, fn in _order_fns([f for f in field_list if f.compare]):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                'Consider using functools.total_ordering')

    if frozen:
        for name, fn in _frozen_get_del_attr(cls, field_list):
            if _set_new_attribute(cls, name, fn):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')

    hash_action = _hash_action[bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash]
    if hash_action:
        cls.__hash__ = hash_action(cls, field_list)

    if not getattr(cls, '__doc__'):
        try:
            cls.__doc__ = cls.__name__ + _signature_text(std_init_fields, kw_only_init_fields)
        except AttributeError:
            pass    # Adder's runtime does not yet let a class's __doc__ be assigned

    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')

    # Generated methods may implement abstract ones.  A class can only be an ABC if abc was
    # imported, so there is no need to import it here.
    abc = sys.modules.get('abc')
    if abc is not None and hasattr(abc, 'update_abstractmethods'):
        abc.update_abstractmethods(cls)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False,
              unsafe_hash=False, frozen=False, match_args=True,
              kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen,
                              match_args, kw_only, slots, weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


# ---------------------------------------------------------------------------------------------
# Module functions

def fields(class_or_instance):
    """Return a tuple describing the fields of this dataclass."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """Returns True if obj is a dataclass or an instance of a dataclass."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


_ATOMIC_TYPES = frozenset([type(None), bool, int, float, str, complex, bytes, type,
                           range, type(Ellipsis), type(NotImplemented)])


def _copy_leaf(obj):
    """copy.deepcopy of a value that is not a dataclass, list, tuple or dict."""
    if type(obj) in _ATOMIC_TYPES or callable(obj):
        return obj
    if isinstance(obj, (set, frozenset)):
        return type(obj)(_copy_leaf(v) for v in obj)
    try:
        import copy
    except ImportError:
        return obj
    return copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """Return the fields of a dataclass instance as a new dictionary mapping field names to
    field values, recursing into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append((f.name, _asdict_inner(getattr(obj, f.name), dict_factory)))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        return _copy_leaf(obj)


def astuple(obj, *, tuple_factory=tuple):
    """Return the fields of a dataclass instance as a new tuple of field values, recursing
    into dataclasses, lists, tuples and dicts."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            result.append(_astuple_inner(getattr(obj, f.name), tuple_factory))
        return tuple_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        return _copy_leaf(obj)


def replace(obj, /, **changes):
    """Return a new object replacing specified fields with new values."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with '
                                 'init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {f.name!r} must be specified with replace()')
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True,
                   repr=True, eq=True, order=False, unsafe_hash=False,
                   frozen=False, match_args=True, kw_only=False, slots=False,
                   weakref_slot=False):
    """Return a new dynamically created dataclass: fields are names, (name, type) or
    (name, type, Field) items."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError(f'Invalid field: {item!r}')
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in seen:
            raise TypeError(f'Field name duplicated: {name!r}')
        seen.add(name)
        annotations[name] = tp

    ns = dict(namespace)
    ns.update(defaults)
    ns['__annotations__'] = annotations
    cls = type(cls_name, tuple(bases), ns)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order,
                     unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
                       'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except',
                       'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is',
                       'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
                       'while', 'with', 'yield'])
