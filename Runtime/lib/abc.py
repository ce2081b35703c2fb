"""Abstract Base Classes, as CPython 3.11's abc: ABCMeta, ABC, abstractmethod and its
property / classmethod / staticmethod variants, get_cache_token, update_abstractmethods.

Invariants:
- Every class made by ABCMeta has `__abstractmethods__`, a frozenset of the names whose value
  in the class is abstract, and `_abc_impl`, its registry and caches (an _AbcData).
- Adder's object.__new__ does not look at `__abstractmethods__` (CPython's does), so
  ABCMeta.__call__ refuses to instantiate a class that still has abstract methods, with
  CPython's message. Adder's object has no `__subclasshook__`: ABCMeta and ABC supply the
  default one (NotImplemented); nor `__subclasses__`: each ABC lists its direct subclasses
  (all made by ABCMeta, since a subclass inherits the metaclass). Adder's property, classmethod and staticmethod have no
  `__isabstractmethod__` either, so _is_abstract looks through them to their functions.
- Virtual subclasses (register) and the results of __subclasshook__ are kept in plain sets
  (Adder has no weak references): a registered class lives as long as the ABC. The negative
  cache is dropped whenever any ABC registers a class (the global invalidation counter), as
  in CPython.
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    """Mark a method abstract: a class made by ABCMeta that has it (without overriding it)
    cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod that is abstract (deprecated: use @classmethod over @abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        # Adder's classmethod takes its function in __new__, and has no __init__ to call.
        callable.__isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    """A staticmethod that is abstract (deprecated: use @staticmethod over @abstractmethod)."""

    __isabstractmethod__ = True

    def __init__(self, callable):
        # Adder's staticmethod takes its function in __new__, and has no __init__ to call.
        callable.__isabstractmethod__ = True


class abstractproperty(property):
    """A property that is abstract (deprecated: use @property over @abstractmethod)."""

    __isabstractmethod__ = True


def _is_abstract(value):
    """What CPython reads from value.__isabstractmethod__, including the descriptors whose
    attribute Adder's built-in types lack: a property is abstract when one of its functions
    is, a classmethod or staticmethod when its function is."""
    try:
        if getattr(value, '__isabstractmethod__', False):
            return True
    except Exception:
        return False
    if isinstance(value, property):
        return (getattr(value.fget, '__isabstractmethod__', False)
                or getattr(value.fset, '__isabstractmethod__', False)
                or getattr(value.fdel, '__isabstractmethod__', False))
    if isinstance(value, (classmethod, staticmethod)):
        return bool(getattr(value.__func__, '__isabstractmethod__', False))
    return False


def _abstract_names(cls, namespace_items, bases):
    abstracts = set()
    for name, value in namespace_items:
        if _is_abstract(value):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    return frozenset(abstracts)


class _AbcData:
    """The registry and caches of one ABC (CPython's _abc._abc_data)."""

    def __init__(self, version):
        self.registry = set()
        self.cache = set()
        self.negative_cache = set()
        self.negative_cache_version = version
        # The direct subclasses, oldest first (type.__subclasses__(), which Adder lacks).
        self.subclasses = []


# Bumped by every register(): negative caches made before it are stale.
_invalidation_counter = 0


# How many subclass checks made by this module (not directly by a program) are running.
# typing's protocols read it: they refuse some checks a program asks for but let these pass,
# as CPython's do by looking whether the caller's frame is in the abc module.
_internal_checks = 0


def _internal_subclasscheck(cls, subclass):
    global _internal_checks
    _internal_checks += 1
    try:
        return cls.__subclasscheck__(subclass)
    finally:
        _internal_checks -= 1


def _internal_issubclass(subclass, cls):
    global _internal_checks
    _internal_checks += 1
    try:
        return issubclass(subclass, cls)
    finally:
        _internal_checks -= 1


def get_cache_token():
    """An opaque token (comparable for equality) that changes with every ABC register()."""
    return _invalidation_counter


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs).

    An ABC can be subclassed directly, and then acts as a mix-in class. Unrelated concrete
    classes (even built-in ones) and other ABCs can be registered as virtual subclasses: then
    issubclass() and isinstance() accept them, but the ABC is not in their MRO.
    """

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace.items(), bases)
        cls._abc_impl = _AbcData(_invalidation_counter)
        for base in bases:
            # Every class made by ABCMeta has its own _abc_impl.
            if isinstance(base, ABCMeta):
                base._abc_impl.subclasses.append(cls)
        return cls

    def __call__(cls, *args, **kwargs):
        abstracts = cls.__abstractmethods__
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(names) > 1 else '', ', '.join(names)))
        return type.__call__(cls, *args, **kwargs)

    def __subclasshook__(cls, subclass):
        # object.__subclasshook__, which Adder's object lacks: a class that defines none
        # finds this one on its metaclass.
        return NotImplemented

    def register(cls, subclass):
        """Register a virtual subclass of an ABC; returns it, so this works as a decorator."""
        global _invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        # Registering a superclass (X.register(X) aside) would make a cycle.
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_impl.registry.add(subclass)
        _invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        """isinstance(instance, cls)."""
        impl = cls._abc_impl
        subclass = instance.__class__
        if subclass in impl.cache:
            return True
        subtype = type(instance)
        if subtype is subclass:
            if (impl.negative_cache_version == _invalidation_counter
                    and subclass in impl.negative_cache):
                return False
            return _internal_subclasscheck(cls, subclass)
        return _internal_subclasscheck(cls, subclass) or _internal_subclasscheck(cls, subtype)

    def __subclasscheck__(cls, subclass):
        """issubclass(subclass, cls)."""
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        impl = cls._abc_impl
        if subclass in impl.cache:
            return True
        if impl.negative_cache_version < _invalidation_counter:
            impl.negative_cache = set()
            impl.negative_cache_version = _invalidation_counter
        elif subclass in impl.negative_cache:
            return False
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            if ok:
                impl.cache.add(subclass)
            else:
                impl.negative_cache.add(subclass)
            return ok
        if cls in getattr(subclass, '__mro__', ()):
            impl.cache.add(subclass)
            return True
        for registered in impl.registry:
            if _internal_issubclass(subclass, registered):
                impl.cache.add(subclass)
                return True
        for derived in impl.subclasses:
            if _internal_issubclass(subclass, derived):
                impl.cache.add(subclass)
                return True
        impl.negative_cache.add(subclass)
        return False

    def _dump_registry(cls, file=None):
        """Debug helper to print the ABC registry."""
        impl = cls._abc_impl
        print(f"Class: {cls.__module__}.{cls.__qualname__}", file=file)
        print(f"Inv. counter: {get_cache_token()}", file=file)
        print(f"_abc_registry: {impl.registry!r}", file=file)
        print(f"_abc_cache: {impl.cache!r}", file=file)
        print(f"_abc_negative_cache: {impl.negative_cache!r}", file=file)
        print(f"_abc_negative_cache_version: {impl.negative_cache_version!r}", file=file)

    def _abc_registry_clear(cls):
        """Clear the registry (for debugging or testing)."""
        cls._abc_impl.registry.clear()

    def _abc_caches_clear(cls):
        """Clear the caches (for debugging or testing)."""
        cls._abc_impl.cache.clear()
        cls._abc_impl.negative_cache.clear()


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after methods were added or replaced (for instance by
    a class decorator). A class that is not an ABC is returned unchanged."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, name, None)):
                abstracts.add(name)
    # type's own descriptor: in Adder, cls.__dict__ is empty when the metaclass is a Python class.
    for name, value in type.__dict__['__dict__'].__get__(cls, type).items():
        if _is_abstract(value):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class that has ABCMeta as its metaclass: subclass it to make an ABC."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        # object.__subclasshook__ (missing in Adder), so that super().__subclasshook__ works.
        return NotImplemented
