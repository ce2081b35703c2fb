"""Container datatypes: deque, defaultdict, Counter, OrderedDict, namedtuple, ChainMap, UserDict,
UserList, UserString.

CPython implements deque, defaultdict and OrderedDict in C and the rest in Python; Adder compiles
this whole file. What holds throughout:

- deque keeps its items in one list, `_deque__items`, whose live part starts at `_deque__head`;
  the slots before it hold None and give appendleft room to grow without shifting. append and
  pop work at the list's end (O(1)); popleft advances the head and compacts the list once the
  dead prefix is more than half of it; appendleft grows the free prefix geometrically. So every
  end operation is O(1) amortized, indexing is O(1), and the bulk operations (extend, count,
  index, `in`, comparisons) run as list operations. `_deque__state` counts the mutations that
  CPython counts, so that an iterator notices them ("deque mutated during iteration") exactly
  when CPython's does; searches run over a copy of the live items and check the count after
  (CPython stops at the first comparison after the mutation, Adder finishes the copy first).
  deque() parses its arguments itself, with the messages of CPython's argument parser.
- defaultdict, Counter and OrderedDict are dict subclasses: OrderedDict relies on dict's own
  insertion order and adds move_to_end, popitem(last=False), order-sensitive equality and its
  repr (moving a key to the front is O(n), CPython's is O(1)). OrderedDict's constructor and
  update are MutableMapping.update as CPython writes it in C (every item through self[key]).
- namedtuple builds its class with type() (Adder has no exec): fields are read-only property
  subclasses over tuple indexes (with _collections._tuplegetter's messages), __new__ binds its
  arguments itself and reports missing or unexpected ones with the messages CPython's generated
  __new__ gives.
- Known differences from CPython's C types: error messages name them 'deque', 'OrderedDict',
  'defaultdict' where CPython says 'collections.deque' etc.; wrong argument counts to their
  methods get Python's wording; deque iterators are generators.
- The module imports nothing, so that programs using it compile quickly.
"""

__all__ = ['ChainMap', 'Counter', 'OrderedDict', 'UserDict', 'UserList', 'UserString',
           'defaultdict', 'deque', 'namedtuple']

_GenericAlias = type(list[int])
_MAXSIZE = 9223372036854775807

# ids of the containers whose repr is being computed (a repr that reaches itself prints '...').
_repr_running = set()


def _index(value, message):
    """value as an int (ints and objects with __index__), else TypeError(message), where {}
    stands for the name of value's type."""
    if isinstance(value, int):
        return int(value) if type(value) is not int else value
    index = getattr(type(value), '__index__', None)
    if index is None:
        raise TypeError(message.format(type(value).__name__))
    return index(value)


# =============================================================================================
# deque
# =============================================================================================

_NO_ITEMS = ()
_function = type(_index)


def _defines_in_python(cls, name):
    """Whether cls has a method name written in Python (a reflected operator that deserves its
    chance, where builtin types would just fail)."""
    return isinstance(getattr(cls, name, None), _function)


def _read_only_member(getter, name, type_name):
    member = _ReadOnlyMember(getter)
    member.__doc__ = getter.__doc__
    member._message = "attribute '%s' of '%s' objects is not writable" % (name, type_name)
    return member


class _ReadOnlyMember(property):
    """A read-only attribute of a type CPython writes in C: assigning or deleting it fails with
    the message of a C member descriptor."""

    def __set__(self, obj, value):
        raise AttributeError(self._message)

    def __delete__(self, obj):
        raise AttributeError(self._message)


def _deque_iter(d, state):
    """Iterate d front to back; fail as soon as d was mutated since the iterator was made."""
    if d._deque__state != state:
        raise RuntimeError('deque mutated during iteration')
    items = d._deque__items
    it = iter(items)
    head = d._deque__head
    if head:
        for _ in zip(range(head), it):
            pass
    for x in it:
        yield x
        if d._deque__state != state:
            raise RuntimeError('deque mutated during iteration')


def _deque_reviter(d, state):
    """Iterate d back to front, with the same mutation check."""
    if d._deque__state != state:
        raise RuntimeError('deque mutated during iteration')
    items = d._deque__items
    # zip stops at the end of the range before reading the dead prefix.
    for _, x in zip(range(len(items) - d._deque__head), reversed(items)):
        yield x
        if d._deque__state != state:
            raise RuntimeError('deque mutated during iteration')


def _deque_init_arguments(args, kwargs):
    """(iterable, maxlen) from deque()'s arguments, with the errors of CPython's argument parser
    for "|OO:deque" and the keywords iterable and maxlen."""
    names = ('iterable', 'maxlen')
    nargs = len(args)
    if nargs + len(kwargs) > 2:
        raise TypeError('deque() takes at most 2 arguments (%d given)' % (nargs + len(kwargs)))
    values = list(args) + [_NO_ITEMS, None][nargs:]
    for i in range(nargs):
        if names[i] in kwargs:
            raise TypeError("argument for deque() given by name ('%s') and position (%d)"
                            % (names[i], i + 1))
    for key, value in kwargs.items():
        if type(key) is not str and not isinstance(key, str):
            raise TypeError('keywords must be strings')
        if key == 'iterable':
            values[0] = value
        elif key == 'maxlen':
            values[1] = value
        else:
            raise TypeError("'%s' is an invalid keyword argument for deque()" % (key,))
    return values[0], values[1]


class deque:
    """A list-like sequence optimized for data accesses near its endpoints."""

    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self.__items = []
        self.__head = 0
        self.__maxlen = None
        self.__state = 0
        return self

    def __init__(self, *args, **kwargs):
        nargs = len(args)
        if kwargs or nargs > 2:
            iterable, maxlen = _deque_init_arguments(args, kwargs)
        else:
            iterable = args[0] if nargs else _NO_ITEMS
            maxlen = args[1] if nargs == 2 else None
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen > _MAXSIZE or maxlen < -_MAXSIZE - 1:
                raise OverflowError('Python int too large to convert to C ssize_t')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
            maxlen = int(maxlen)
        if len(self.__items) > self.__head:
            self.clear()
        self.__maxlen = maxlen
        if iterable is not _NO_ITEMS:
            self.extend(iterable)

    # -- internal helpers ---------------------------------------------------------------------

    def __live(self):
        """The live items as a list (the list itself when there is no dead prefix)."""
        head = self.__head
        if head:
            return self.__items[head:]
        return self.__items

    def __drop_left(self, k):
        """Remove the k leftmost items (0 < k <= len)."""
        items = self.__items
        head = self.__head + k
        if head == len(items):
            del items[:]
            head = 0
        elif head > 16 and head * 2 > len(items):
            del items[:head]
            head = 0
        elif k == 1:
            items[head - 1] = None
        else:
            items[head - k:head] = [None] * k
        self.__head = head

    def __make_room_left(self, k):
        """Make sure at least k free slots precede the head."""
        items = self.__items
        head = self.__head
        pad = len(items) - head
        if pad < k:
            pad = k
        if pad < 8:
            pad = 8
        items[0:0] = [None] * pad
        self.__head = head + pad

    def __trim(self, from_left):
        """Enforce maxlen after items were added (at the right when from_left)."""
        m = self.__maxlen
        excess = len(self.__items) - self.__head - m
        if excess > 0:
            if from_left:
                self.__drop_left(excess)
            else:
                del self.__items[len(self.__items) - excess:]

    # -- the ends -------------------------------------------------------------------------------

    def append(self, x):
        """Add an element to the right side of the deque."""
        items = self.__items
        items.append(x)
        self.__state += 1
        m = self.__maxlen
        if m is not None:
            head = self.__head
            if len(items) - head > m:
                # The leftmost item falls off (inline __drop_left(1): bounded deques append a lot).
                items[head] = None
                head += 1
                if head == len(items):
                    del items[:]
                    head = 0
                elif head > 16 and head * 2 > len(items):
                    del items[:head]
                    head = 0
                self.__head = head

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        head = self.__head
        if not head:
            self.__make_room_left(1)
            head = self.__head
        head -= 1
        items = self.__items
        items[head] = x
        self.__head = head
        self.__state += 1
        m = self.__maxlen
        if m is not None and len(items) - head > m:
            items.pop()

    def pop(self):
        """Remove and return the rightmost element."""
        items = self.__items
        if len(items) <= self.__head:
            raise IndexError('pop from an empty deque')
        self.__state += 1
        return items.pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        items = self.__items
        head = self.__head
        n = len(items)
        if head >= n:
            raise IndexError('pop from an empty deque')
        x = items[head]
        items[head] = None
        head += 1
        if head == n:
            del items[:]
            head = 0
        elif head > 16 and head * 2 > n:
            del items[:head]
            head = 0
        self.__head = head
        self.__state += 1
        return x

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        it = iter(iterable)
        items = self.__items
        m = self.__maxlen
        if m is None:
            for x in it:
                # The state changes before the first item lands, so that an iterator over this
                # deque feeding the extension fails as in CPython.
                self.__state += 1
                items.append(x)
                items.extend(it)
                break
            return
        if m == 0:
            for x in it:
                pass
            return
        for x in it:
            items.append(x)
            self.__state += 1
            if len(items) - self.__head > m:
                self.__drop_left(1)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the iterable"""
        if iterable is self:
            iterable = list(iterable)
        m = self.__maxlen
        if m is not None:
            if m == 0:
                for x in iterable:
                    pass
                return
            for x in iterable:
                self.appendleft(x)
            return
        it = iter(iterable)
        for x in it:
            self.appendleft(x)
            rest = list(it)
            k = len(rest)
            if k:
                if self.__head < k:
                    self.__make_room_left(k)
                head = self.__head
                rest.reverse()
                self.__items[head - k:head] = rest
                self.__head = head - k
            break

    # -- sequence protocol ------------------------------------------------------------------------

    def __len__(self):
        return len(self.__items) - self.__head

    def __bool__(self):
        return len(self.__items) > self.__head

    def __getitem__(self, index):
        if type(index) is not int:
            index = _index(index, "sequence index must be integer, not '{}'")
        items = self.__items
        head = self.__head
        n = len(items) - head
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError('deque index out of range')
        return items[head + index]

    def __setitem__(self, index, value):
        if type(index) is not int:
            index = _index(index, "sequence index must be integer, not '{}'")
        items = self.__items
        head = self.__head
        n = len(items) - head
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError('deque index out of range')
        items[head + index] = value

    def __delitem__(self, index):
        if type(index) is not int:
            index = _index(index, "sequence index must be integer, not '{}'")
        items = self.__items
        head = self.__head
        n = len(items) - head
        if index < 0:
            index += n
        if index < 0 or index >= n:
            raise IndexError('deque index out of range')
        if index == 0:
            self.popleft()
            return
        del items[head + index]
        self.__state += 1

    def __iter__(self):
        return _deque_iter(self, self.__state)

    def __reversed__(self):
        """D.__reversed__() -- return a reverse iterator over the deque"""
        return _deque_reviter(self, self.__state)

    # The searches below run as list operations over a copy of the live items (so that an
    # __eq__ that grows the deque cannot make them run forever); such a mutation is noticed
    # afterwards, with the error CPython raises when it notices it during the search.

    def __contains__(self, x):
        state = self.__state
        found = x in self.__items[self.__head:]
        if self.__state != state:
            raise RuntimeError('deque mutated during iteration')
        return found

    def count(self, x):
        """D.count(value) -- return number of occurrences of value"""
        state = self.__state
        n = self.__items[self.__head:].count(x)
        if self.__state != state:
            raise RuntimeError('deque mutated during iteration')
        return n

    def index(self, x, start=0, stop=_MAXSIZE):
        """D.index(value, [start, [stop]]) -- return first index of value.
        Raises ValueError if the value is not present."""
        message = 'slice indices must be integers or have an __index__ method'
        if type(start) is not int:
            start = _index(start, message)
        if type(stop) is not int:
            stop = _index(stop, message)
        n = len(self.__items) - self.__head
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        if start > stop:
            start = stop
        head = self.__head
        state = self.__state
        try:
            i = self.__items[head + start:head + stop].index(x) + start
        except ValueError:
            i = -1
        if self.__state != state:
            raise RuntimeError('deque mutated during iteration')
        if i < 0:
            raise ValueError('%r is not in deque' % (x,))
        return i

    def insert(self, index, x):
        """D.insert(index, object) -- insert object before index"""
        if type(index) is not int:
            index = _index(index, "'{}' object cannot be interpreted as an integer")
        n = len(self.__items) - self.__head
        if self.__maxlen == n:
            raise IndexError('deque already at its maximum size')
        if index >= n:
            self.append(x)
        elif index <= -n or index == 0:
            self.appendleft(x)
        else:
            if index < 0:
                index += n
            self.__items.insert(self.__head + index, x)
            self.__state += 1

    def remove(self, value):
        """D.remove(value) -- remove first occurrence of value."""
        head = self.__head
        state = self.__state
        try:
            i = self.__items[head:].index(value) + head
        except ValueError:
            i = -1
        if self.__state != state:
            raise IndexError('deque mutated during iteration')
        if i < 0:
            raise ValueError('%r is not in deque' % (value,))
        if i == head:
            self.popleft()
        else:
            del self.__items[i]
            self.__state += 1

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."""
        if type(n) is not int:
            n = _index(n, "'{}' object cannot be interpreted as an integer")
        items = self.__items
        head = self.__head
        size = len(items) - head
        if size <= 1:
            return
        half = size >> 1
        if n > half or n < -half:
            n %= size
            if n > half:
                n -= size
            elif n < -half:
                n += size
        self.__state += 1
        if n == 1:
            # The common single steps, without slices.
            x = items.pop()
            if not head:
                self.__make_room_left(1)
                head = self.__head
            head -= 1
            items[head] = x
            self.__head = head
        elif n == -1:
            x = items[head]
            items.append(x)
            self.__drop_left(1)
        elif n > 0:
            # The last n items move to the front.
            chunk = items[len(items) - n:]
            del items[len(items) - n:]
            if head < n:
                self.__make_room_left(n)
                head = self.__head
            items[head - n:head] = chunk
            self.__head = head - n
        elif n < 0:
            # The first -n items move to the back.
            k = -n
            items.extend(items[head:head + k])
            self.__drop_left(k)

    def reverse(self):
        """D.reverse() -- reverse *IN PLACE*"""
        items = self.__items
        head = self.__head
        if head:
            items[head:] = items[head:][::-1]
        else:
            items.reverse()

    def clear(self):
        """Remove all elements from the deque."""
        self.__items = []
        self.__head = 0
        self.__state += 1

    def copy(self):
        """Return a shallow copy of a deque."""
        cls = type(self)
        if cls is deque:
            new = deque.__new__(deque)
            new.__items = list(self.__live())
            new.__maxlen = self.__maxlen
            return new
        if self.__maxlen is None:
            result = cls(self)
        else:
            result = cls(self, self.__maxlen)
        if not isinstance(result, deque):
            raise TypeError('%s() must return a deque, not %s'
                            % (cls.__name__, type(result).__name__))
        return result

    __copy__ = copy

    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self.__maxlen

    maxlen = _read_only_member(maxlen, 'maxlen', 'collections.deque')

    # -- operators ------------------------------------------------------------------------------

    def __add__(self, other):
        if not isinstance(other, deque):
            if _defines_in_python(type(other), '__radd__'):
                return NotImplemented
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __repeat(self, n):
        """Repeat the contents in place n times (n an int)."""
        size = len(self.__items) - self.__head
        if n <= 0 or size == 0:
            if size:
                self.clear()
            return
        if n == 1:
            return
        m = self.__maxlen
        if m is not None and n * size > m:
            n = (m + size - 1) // size
        live = self.__live()
        self.__items = live * n
        self.__head = 0
        self.__state += 1
        if m is not None:
            self.__trim(True)

    def __mul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            if _defines_in_python(type(n), '__rmul__'):
                return NotImplemented
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        new = self.copy()
        new.__repeat(_index(n, '{}'))
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), '__index__'):
            raise TypeError("can't multiply sequence by non-int of type '%s'" % type(n).__name__)
        self.__repeat(_index(n, '{}'))
        return self

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self.__live() == other.__live()

    def __ne__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self.__live() != other.__live()

    def __lt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self.__live() < other.__live()

    def __le__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self.__live() <= other.__live()

    def __gt__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self.__live() > other.__live()

    def __ge__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return self.__live() >= other.__live()

    __hash__ = None

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '[...]'
        _repr_running.add(key)
        try:
            text = repr(list(self.__live()))
        finally:
            _repr_running.discard(key)
        name = type(self).__name__
        if self.__maxlen is None:
            return '%s(%s)' % (name, text)
        return '%s(%s, maxlen=%d)' % (name, text, self.__maxlen)

    def __reduce__(self):
        state = {k: v for k, v in self.__dict__.items() if not k.startswith('_deque__')}
        args = () if self.__maxlen is None else ((), self.__maxlen)
        return type(self), args, state or None, iter(self)

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


# =============================================================================================
# defaultdict
# =============================================================================================

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

    The default factory is called without arguments to produce
    a new value when a key is not present, in __getitem__ only.
    A defaultdict compares equal to a dict with the same items.
    All remaining arguments are treated the same as if they were
    passed to the dict constructor, including keyword arguments.
    """

    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is None:
            factory_repr = 'None'
        else:
            key = id(factory)
            if key in _repr_running:
                factory_repr = '...'
            else:
                _repr_running.add(key)
                try:
                    factory_repr = repr(factory)
                finally:
                    _repr_running.discard(key)
        return '%s(%s, %s)' % (type(self).__name__, factory_repr, dict.__repr__(self))

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


# =============================================================================================
# Counter
# =============================================================================================

def _count_elements(mapping, iterable):
    """Tally elements from the iterable."""
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class _Probe:
    pass


_mappingproxy = type(_Probe.__dict__)


def _is_mapping(obj):
    """isinstance(obj, collections.abc.Mapping) for the mappings Adder has: dicts, mapping
    proxies, the Mapping classes of this module (ChainMap, UserDict) and os.environ."""
    if isinstance(obj, (dict, _Mapping, _mappingproxy)):
        return True
    cls = type(obj)
    return cls.__name__ == '_Environ' and cls.__module__ == 'os'


class Counter(dict):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.
    """

    def __init__(self, iterable=None, /, **kwds):
        """Create a new, empty Counter object.  And if given, count elements
        from an input iterable.  Or, initialize the count from another mapping
        of elements to their counts.
        """
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        """
        # sorted() is stable, so equal counts keep their insertion order, as heapq.nlargest
        # (which CPython uses when n is given) keeps it too.
        if n is None:
            return sorted(self.items(), key=_second, reverse=True)
        # The cases and argument errors of heapq.nlargest(n, self.items(), key=_second).
        if n == 1:
            best = max(self.items(), key=_second, default=_MISSING_ARG)
            return [] if best is _MISSING_ARG else [best]
        if n >= len(self):
            return sorted(self.items(), key=_second, reverse=True)[:n]
        if range(0, -n, -1):
            return sorted(self.items(), key=_second, reverse=True)[:n]
        return []

    def elements(self):
        """Iterator over elements repeating each as many times as its count."""
        return _counter_elements(list(self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them."""
        if iterable is not None:
            if _is_mapping(iterable):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    # fast path when counter is empty
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them."""
        if iterable is not None:
            self_get = self.get
            if _is_mapping(iterable):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        try:
            # dict() preserves the ordering returned by most_common()
            d = dict(self.most_common())
        except TypeError:
            # handle case where values are not orderable
            d = dict(self)
        return '%s(%r)' % (self.__class__.__name__, d)

    # Multiset comparisons: each element's count, missing elements counting as zero.

    def __eq__(self, other):
        """True if all counts agree. Missing counts are treated as zero."""
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        """True if any counts disagree. Missing counts are treated as zero."""
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        """True if all counts in self are a subset of those in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        """True if all counts in self are a proper subset of those in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        """True if all counts in self are a superset of those in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        """True if all counts in self are a proper superset of those in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset arithmetic: results keep only positive counts.

    def __add__(self, other):
        """Add counts from two counters."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        """Subtract count, but keep only results with positive counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        """Union is the maximum of value in either of the input counters."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        """Intersection is the minimum of corresponding counts."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        """Adds an empty counter, effectively stripping negative and zero counts"""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.
        """
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        """Internal method to strip elements with a negative or zero count"""
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        """Inplace add from another counter, keeping only positive counts."""
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        """Inplace subtract counter, but keep only results with positive counts."""
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        """Inplace union is the maximum of value from either counter."""
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        """Inplace intersection is the minimum of corresponding counts."""
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


def _second(pair):
    return pair[1]


def _counter_elements(pairs):
    for elem, count in pairs:
        for _ in range(count):
            yield elem


# =============================================================================================
# OrderedDict
# =============================================================================================

class _OrderedDictView:
    """The keys/values/items views of an OrderedDict: dict's views with the odict_* names."""

    def __init__(self, mapping, view):
        self._mapping = mapping
        self._view = view

    def __len__(self):
        return len(self._view)

    def __iter__(self):
        return iter(self._view)

    def __reversed__(self):
        return reversed(self._view)

    def __contains__(self, item):
        return item in self._view

    def __repr__(self):
        key = id(self._mapping)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%r)' % (type(self).__name__, list(self._view))
        finally:
            _repr_running.discard(key)

    def __eq__(self, other):
        if isinstance(other, _OrderedDictView):
            other = other._view
        return self._view == other

    def __ne__(self, other):
        if isinstance(other, _OrderedDictView):
            other = other._view
        return self._view != other

    __hash__ = None


class _OrderedDictSetView(_OrderedDictView):
    """Keys and items views also behave as sets."""

    def __and__(self, other):
        return self._view & _plain_view(other)

    def __rand__(self, other):
        return _plain_view(other) & self._view

    def __or__(self, other):
        return self._view | _plain_view(other)

    def __ror__(self, other):
        return _plain_view(other) | self._view

    def __sub__(self, other):
        return self._view - _plain_view(other)

    def __rsub__(self, other):
        return set(_plain_view(other)) - set(self._view)

    def __xor__(self, other):
        return self._view ^ _plain_view(other)

    def __rxor__(self, other):
        return _plain_view(other) ^ self._view

    def __le__(self, other):
        return self._view <= _plain_view(other)

    def __lt__(self, other):
        return self._view < _plain_view(other)

    def __ge__(self, other):
        return self._view >= _plain_view(other)

    def __gt__(self, other):
        return self._view > _plain_view(other)

    def isdisjoint(self, other):
        return self._view.isdisjoint(other)


def _plain_view(view):
    return view._view if isinstance(view, _OrderedDictView) else view


class odict_keys(_OrderedDictSetView):
    pass


class odict_values(_OrderedDictView):
    def __eq__(self, other):
        return self is other

    def __ne__(self, other):
        return self is not other


class odict_items(_OrderedDictSetView):
    pass


def _add_pairs(mapping, pairs):
    """mapping[key] = value for each (key, value) of pairs, with the errors of CPython's
    mutablemapping_add_pairs."""
    for pair in pairs:
        it = iter(pair)
        key = next(it, _MISSING_ARG)
        if key is _MISSING_ARG:
            raise ValueError('need more than 0 values to unpack')
        value = next(it, _MISSING_ARG)
        if value is _MISSING_ARG:
            raise ValueError('need more than 1 value to unpack')
        if next(it, _MISSING_ARG) is not _MISSING_ARG:
            raise ValueError('too many values to unpack (expected 2)')
        mapping[key] = value


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    def __init__(self, *args, **kwds):
        """Initialize an ordered dictionary.  The signature is the same as
        regular dictionaries.  Keyword argument order is preserved.
        """
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        # CPython's odict_init runs MutableMapping.update itself, not a subclass's update.
        OrderedDict.update(self, *args, **kwds)

    def update(self, *args, **kwds):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        # MutableMapping.update as CPython's odict writes it in C: every item goes through
        # self[key] = value (dict's own insertion when a subclass does not override it).
        if len(args) > 1:
            raise TypeError('update() takes at most 1 positional argument (%d given)' % len(args))
        plain = type(self).__setitem__ is dict.__setitem__
        if args:
            other = args[0]
            if type(other) is dict:
                if plain:
                    dict.update(self, other)
                else:
                    _add_pairs(self, dict.items(other))
            elif hasattr(other, 'keys'):
                for key in other.keys():
                    self[key] = other[key]
            elif hasattr(other, 'items'):
                _add_pairs(self, other.items())
            else:
                _add_pairs(self, other)
        if kwds:
            if plain:
                dict.update(self, kwds)
            else:
                _add_pairs(self, kwds.items())

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not self:
            raise KeyError('dictionary is empty')
        if last:
            return dict.popitem(self)
        key = next(dict.__iter__(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        """
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(dict.items(self))
        dict.clear(self)
        dict.__setitem__(self, key, value)
        dict.update(self, rest)

    def __reversed__(self):
        """od.__reversed__() <==> reversed(od)"""
        return reversed(dict.keys(self))

    def keys(self):
        """D.keys() -> a set-like object providing a view on D's keys"""
        return odict_keys(self, dict.keys(self))

    def values(self):
        """D.values() -> an object providing a view on D's values"""
        return odict_values(self, dict.values(self))

    def items(self):
        """D.items() -> a set-like object providing a view on D's items"""
        return odict_items(self, dict.items(self))

    def __eq__(self, other):
        """od.__eq__(y) <==> od==y.  Comparison to another OD is order-sensitive
        while comparison to a regular mapping is order-insensitive.
        """
        result = dict.__eq__(self, other)
        if result is NotImplemented or not result:
            return result
        if isinstance(other, OrderedDict):
            return list(dict.__iter__(self)) == list(dict.__iter__(other))
        return True

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    __hash__ = None

    def __repr__(self):
        """od.__repr__() <==> repr(od)"""
        if not self:
            return '%s()' % (type(self).__name__,)
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%r)' % (type(self).__name__, list(dict.items(self)))
        finally:
            _repr_running.discard(key)

    def __reduce__(self):
        """Return state information for pickling"""
        state = dict(vars(self)) if self.__dict__ else None
        return self.__class__, (), state or None, None, iter(dict.items(self))

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def setdefault(self, key, default=None):
        """Insert key with a value of default if key is not in the dictionary.

        Return the value for key if key is in the dictionary, else default.
        """
        if key in self:
            return self[key]
        self[key] = default
        return default

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self

    def __class_getitem__(cls, item):
        return _GenericAlias(cls, item)


# =============================================================================================
# namedtuple
# =============================================================================================

_KEYWORDS = frozenset([
    'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if',
    'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
    'while', 'with', 'yield'])


def _name_list(names):
    """'x', "'x' and 'y'", "'x', 'y', and 'z'": how CPython lists missing arguments."""
    quoted = ["'%s'" % name for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return '%s and %s' % (quoted[0], quoted[1])
    return '%s, and %s' % (', '.join(quoted[:-1]), quoted[-1])


def _make_new(typename, field_names, num_fields):
    """The __new__ of a named tuple class: binds its arguments like a def with one positional
    parameter per field, with that def's error messages."""
    tuple_new = tuple.__new__
    positions = {name: i for i, name in enumerate(field_names)}
    qualname = typename + '.__new__'

    def __new__(_cls, *args, **kwargs):
        if not kwargs and len(args) == num_fields:
            return tuple_new(_cls, args)
        nargs = len(args)
        defaults = __new__.__defaults__ or ()
        if nargs > num_fields:
            required = num_fields - len(defaults)
            if defaults:
                takes = 'from %d to %d positional arguments' % (required + 1, num_fields + 1)
            else:
                takes = '%d positional argument%s' % (num_fields + 1, '' if num_fields == 0 else 's')
            raise TypeError('%s() takes %s but %d %s given'
                            % (qualname, takes, nargs + 1, 'was' if nargs == 0 else 'were'))
        values = list(args) + [_MISSING_ARG] * (num_fields - nargs)
        for name, value in kwargs.items():
            i = positions.get(name, -1) if type(name) is str else -1
            if i < 0:
                raise TypeError('%s() got an unexpected keyword argument %r' % (qualname, name))
            if i < nargs:
                raise TypeError('%s() got multiple values for argument %r' % (qualname, name))
            values[i] = value
        first_default = num_fields - len(defaults)
        missing = []
        for i in range(num_fields):
            if values[i] is _MISSING_ARG:
                if i >= first_default:
                    values[i] = defaults[i - first_default]
                else:
                    missing.append(field_names[i])
        if missing:
            raise TypeError('%s() missing %d required positional argument%s: %s'
                            % (qualname, len(missing), '' if len(missing) == 1 else 's',
                               _name_list(missing)))
        return tuple_new(_cls, values)

    __new__.__qualname__ = qualname
    return __new__


_MISSING_ARG = object()


class _tuplegetter(property):
    """A named tuple's field: a read-only property whose errors are those of CPython's
    _collections._tuplegetter (a property subclass keeps reads as fast as a property's)."""

    def __set__(self, obj, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, obj):
        raise AttributeError("can't delete attribute")


def _field_getter(index, doc):
    def getter(self):
        return self[index]
    field = _tuplegetter(getter)
    # Set after construction: a property subclass keeps its doc in its instance dict.
    field.__doc__ = doc
    return field


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point.__doc__                   # docstring for the new class
    'Point(x, y)'
    >>> p = Point(11, y=22)             # instantiate with positional args or keywords
    >>> p[0] + p[1]                     # indexable like a plain tuple
    33
    >>> x, y = p                        # unpack like a regular tuple
    >>> x, y
    (11, 22)
    >>> p.x + p.y                       # fields also accessible by name
    33
    >>> d = p._asdict()                 # convert to a dictionary
    >>> d['x']
    11
    >>> Point(**d)                      # convert from a dictionary
    Point(x=11, y=22)
    >>> p._replace(x=100)               # _replace() is like str.replace() but targets named fields
    Point(x=100, y=22)
    """
    # Validate the field names.  At the user's option, either generate an error
    # message or automatically replace the field name with a valid name.
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)

    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)

    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid '
                             'identifiers: %r' % (name,))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % (name,))

    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: %r' % (name,))
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % (name,))
        seen.add(name)

    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ', '.join(field_names)
    if num_fields == 1:
        arg_list += ','
    repr_fmt = '(' + ', '.join('%s=%%r' % name for name in field_names) + ')'
    tuple_new = tuple.__new__

    __new__ = _make_new(typename, field_names, num_fields)
    if defaults is not None:
        __new__.__defaults__ = defaults
    __new__.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)

    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError('Expected %d arguments, got %d' % (num_fields, len(result)))
        return result

    _make.__doc__ = 'Make a new %s object from a sequence or iterable' % typename

    def _replace(self, /, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else value
                             for name, value in zip(field_names, self)])
        if kwds:
            raise ValueError('Got unexpected field names: %r' % (list(kwds),))
        return result

    _replace.__doc__ = 'Return a new %s object replacing specified fields with new values' % typename

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    for method in (_make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = '%s.%s' % (typename, method.__name__)

    class_namespace = {
        '__doc__': '%s(%s)' % (typename, arg_list),
        '__slots__': (),
        '_fields': field_names,
        '_field_defaults': field_defaults,
        '__new__': __new__,
        '_make': classmethod(_make),
        '_replace': _replace,
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__getnewargs__': __getnewargs__,
        '__match_args__': field_names,
    }
    for index, name in enumerate(field_names):
        class_namespace[name] = _field_getter(index, 'Alias for field number %d' % index)

    result = type(typename, (tuple,), class_namespace)
    # CPython takes the caller's module from its frame; Adder has no frames to look at, so the
    # default is the main program's.
    result.__module__ = '__main__' if module is None else module
    return result


# =============================================================================================
# Mappings without dict: the mixin methods of collections.abc.Mapping / MutableMapping
# =============================================================================================

class _MappingView:
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, self._mapping)


class KeysView(_MappingView):
    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        yield from self._mapping

    def __eq__(self, other):
        return set(self) == set(other)


class ItemsView(_MappingView):
    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value

    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])

    def __eq__(self, other):
        return set(self) == set(other)


class ValuesView(_MappingView):
    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False

    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]


class _Mapping:
    """Mapping methods built on __getitem__, __iter__ and __len__."""

    def get(self, key, default=None):
        'D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.'
        try:
            return self[key]
        except KeyError:
            return default

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def keys(self):
        "D.keys() -> a set-like object providing a view on D's keys"
        return KeysView(self)

    def items(self):
        "D.items() -> a set-like object providing a view on D's items"
        return ItemsView(self)

    def values(self):
        "D.values() -> an object providing a view on D's values"
        return ValuesView(self)

    def __eq__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None
    __reversed__ = None

    # MutableMapping

    def pop(self, key, default=_MISSING_ARG):
        """D.pop(k[,d]) -> v, remove specified key and return the corresponding value.
          If key is not found, d is returned if given, otherwise KeyError is raised.
        """
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING_ARG:
                raise
            return default
        else:
            del self[key]
            return value

    def popitem(self):
        """D.popitem() -> (k, v), remove and return some (key, value) pair
           as a 2-tuple; but raise KeyError if D is empty.
        """
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        'D.clear() -> None.  Remove all items from D.'
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        if _is_mapping(other):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        'D.setdefault(k[,d]) -> D.get(k,d), also set D[k]=d if k not in D'
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default


# =============================================================================================
# ChainMap
# =============================================================================================

class ChainMap(_Mapping):
    """A ChainMap groups multiple dicts (or other mappings) together
    to create a single, updateable view.

    The underlying mappings are stored in a list.  That list is public and can
    be accessed or updated using the *maps* attribute.  There is no other
    state.

    Lookups search the underlying mappings successively until a key is found.
    In contrast, writes, updates, and deletions only operate on the first
    mapping.
    """

    def __init__(self, *maps):
        """Initialize a ChainMap by setting *maps* to the given mappings.
        If no mappings are provided, a single empty dictionary is used.
        """
        self.maps = list(maps) or [{}]          # always at least one map

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]             # can't use 'key in mapping' with defaultdict
            except KeyError:
                pass
        return self.__missing__(key)            # support subclasses that define __missing__

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))     # reuses stored hash values if possible

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))    # reuses stored hash values if possible
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        key = id(self)
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            return '%s(%s)' % (self.__class__.__name__, ', '.join(map(repr, self.maps)))
        finally:
            _repr_running.discard(key)

    @classmethod
    def fromkeys(cls, iterable, *args):
        'Create a ChainMap with a single dict created from the iterable.'
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        'New ChainMap or subclass with a new copy of maps[0] and refs to maps[1:]'
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        """New ChainMap with a new map followed by all previous maps.
        If no map is provided, an empty dict is used.
        Keyword arguments update the map or new empty dict.
        """
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        'New ChainMap from maps[1:].'
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def popitem(self):
        'Remove and return an item pair from maps[0]. Raise KeyError is maps[0] is empty.'
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.')

    def pop(self, key, *args):
        'Remove *key* from maps[0] and return its value. Raise KeyError if *key* not in maps[0].'
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError('Key not found in the first mapping: %r' % (key,))

    def clear(self):
        'Clear maps[0], leaving maps[1:] intact.'
        self.maps[0].clear()

    def __ior__(self, other):
        self.maps[0].update(other)
        return self

    def __or__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not _is_mapping(other):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)


# =============================================================================================
# UserDict, UserList, UserString
# =============================================================================================

class UserDict(_Mapping):
    """A more or less complete user-defined wrapper around dictionary objects."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, '__missing__'):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        # Create a copy and avoid triggering descriptors
        inst.__dict__['data'] = self.__dict__['data'].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        data = self.data
        try:
            self.data = {}
            c = _copy_module_copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


def _copy_module_copy(obj):
    """copy.copy for UserDict.copy of subclasses, without importing copy at module load."""
    cls = type(obj)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(obj)
    inst = cls.__new__(cls)
    inst.__dict__.update(obj.__dict__)
    return inst


class UserList:
    """A more or less complete user-defined wrapper around list objects."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            # XXX should this accept an arbitrary sequence?
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    __hash__ = None

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        # Create a copy and avoid triggering descriptors
        inst.__dict__['data'] = self.__dict__['data'][:]
        return inst

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString:
    """A user-defined wrapper around string objects."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        elif isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def __iter__(self):
        return iter(self.data)

    # the following methods are defined in alphabetical order:
    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_MAXSIZE):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.count(sub, start, end)

    def removeprefix(self, prefix, /):
        if isinstance(prefix, UserString):
            prefix = prefix.data
        return self.__class__(self.data.removeprefix(prefix))

    def removesuffix(self, suffix, /):
        if isinstance(suffix, UserString):
            suffix = suffix.data
        return self.__class__(self.data.removesuffix(suffix))

    def encode(self, encoding='utf-8', errors='strict'):
        encoding = 'utf-8' if encoding is None else encoding
        errors = 'strict' if errors is None else errors
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_MAXSIZE):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_MAXSIZE):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.find(sub, start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_MAXSIZE):
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        if isinstance(old, UserString):
            old = old.data
        if isinstance(new, UserString):
            new = new.data
        return self.__class__(self.data.replace(old, new, maxsplit))

    def rfind(self, sub, start=0, end=_MAXSIZE):
        if isinstance(sub, UserString):
            sub = sub.data
        return self.data.rfind(sub, start, end)

    def rindex(self, sub, start=0, end=_MAXSIZE):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_MAXSIZE):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))
