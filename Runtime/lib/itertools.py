"""Functional tools for creating and using iterators.

CPython implements this module in C; Adder compiles this file. Every iterator here is a generator
(the fastest kind of iterator in Adder) behind a plain function that checks the arguments and calls
iter() on the inputs first, so errors appear when the iterator is made, as in CPython, while the
values are produced lazily. The iterators consume their inputs exactly as CPython's do (islice
stops pulling at its stop index, zip_longest stops pulling from an exhausted input, tee shares
one buffer). Where results depend on CPython's algorithm (the order of permutations and
combinations, product's odometer), the same algorithm is used.

The known difference: these iterators print as generators (`<generator object ...>`), not as
`count(0)` or `<itertools.chain object ...>`, and count/chain/... are functions, not classes.
"""

__all__ = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
           'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
           'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'tee', 'zip_longest']

_MAXSIZE = 9223372036854775807


def _is_number(x):
    """PyNumber_Check: ints, floats, complexes, and objects convertible to one."""
    if isinstance(x, (int, float, complex)):
        return True
    t = type(x)
    return hasattr(t, '__index__') or hasattr(t, '__float__') or hasattr(t, '__int__')


def _as_index(x):
    """x converted as an integer argument (ints and objects with __index__), with CPython's error."""
    if type(x) is int:
        return x
    return range(x).stop


# ---------------------------------------------------------------------------------------------
# Infinite iterators

def count(start=0, step=1):
    """Return a count object whose .__next__() method returns consecutive values.

    Equivalent to:
        def count(firstval=0, step=1):
            x = firstval
            while 1:
                yield x
                x += step
    """
    if not _is_number(start) or not _is_number(step):
        raise TypeError('a number is required')
    return _count(start, step)


def _count(n, step):
    while True:
        yield n
        n += step


def cycle(iterable):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence
    indefinitely."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def repeat(object, times=None):
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""
    if times is None:
        return _repeat_forever(object)
    times = _as_index(times)
    return _repeat(object, times)


def _repeat_forever(obj):
    while True:
        yield obj


def _repeat(obj, times):
    for _ in range(times):
        yield obj


# ---------------------------------------------------------------------------------------------
# Iterators terminating on the shortest input sequence

def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, initial):
    total = initial
    if initial is None:
        for total in it:
            break
        else:
            return
    yield total
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""
    return _chain(iter(iterables))


def _chain(sources):
    for source in sources:
        for element in source:
            yield element


def _chain_from_iterable(iterable):
    """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
    return _chain(iter(iterable))


chain.from_iterable = _chain_from_iterable


def compress(data, selectors):
    """Return data elements corresponding to true selector elements.

    Forms a shorter iterator from selected data elements using the selectors to
    choose the data elements."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true.

    Afterwards, return every element until the iterable is exhausted."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    for x in it:
        yield x


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate evaluates to true for
    each entry."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false.

    If function is None, return the items that are false."""
    it = iter(iterable)
    if function is None:
        return _filterfalse_none(it)
    return _filterfalse(function, it)


def _filterfalse_none(it):
    for x in it:
        if not x:
            yield x


def _filterfalse(function, it):
    for x in it:
        if not function(x):
            yield x


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable

      iterable
        Elements to divide into groups according to the key function.
      key
        A function for computing the group category for each element.
        If the key function is not specified or is None, the element itself
        is used for grouping.
    """

    # As in C: the current element and its key are kept between calls; tgtkey is the key of the
    # group last handed out; a group iterator is valid only while it is the current one.

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = self._currkey = self._currvalue = _MISSING
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        keyfunc = self._keyfunc
        self._currkey = value if keyfunc is None else keyfunc(value)
        self._currvalue = value

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _MISSING:
                pass
            elif self._tgtkey is _MISSING:
                break
            elif not (self._tgtkey is self._currkey or self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        token = object()
        self._currgrouper = token
        return self._currkey, _grouper(self, self._tgtkey, token)


_MISSING = object()


def _grouper(gb, tgtkey, token):
    while gb._currgrouper is token:
        if gb._currvalue is _MISSING:
            try:
                gb._step()
            except StopIteration:
                return
        currkey = gb._currkey
        if not (tgtkey is currkey or tgtkey == currkey):
            return
        value = gb._currvalue
        gb._currvalue = _MISSING
        yield value


def _islice_stop(x):
    """The stop of islice(iterable, stop): None or 0 <= x <= sys.maxsize, else ValueError."""
    if x is None:
        return None
    try:
        v = _as_index(x)
    except TypeError:
        v = -1
    if v < 0 or v > _MAXSIZE:
        raise ValueError('Stop argument for islice() must be None or an integer: '
                         '0 <= x <= sys.maxsize.')
    return v


def _islice_index(x, default):
    if x is None:
        return default
    try:
        v = _as_index(x)
    except TypeError:
        v = -1
    if v < 0 or v > _MAXSIZE:
        raise ValueError('Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    return v


def islice(*args):
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object

    Return an iterator whose next() method returns selected values from an
    iterable.  If start is specified, will skip all preceding elements;
    otherwise, start defaults to zero.  Step defaults to one.  If
    specified as another value, step determines how many values are
    skipped between successive calls.  Works like a slice() on a list
    but returns an iterator."""
    n = len(args)
    if n < 2:
        raise TypeError('islice expected at least 2 arguments, got %d' % n)
    if n > 4:
        raise TypeError('islice expected at most 4 arguments, got %d' % n)
    iterable = args[0]
    if n == 2:
        start, stop, step = 0, _islice_stop(args[1]), 1
    else:
        start = _islice_index(args[1], 0)
        stop = _islice_index(args[2], None)
        step = 1
        if n == 4 and args[3] is not None:
            try:
                step = _as_index(args[3])
            except TypeError:
                step = -1
            if step <= 0 or step > _MAXSIZE:
                raise ValueError('Step for islice() must be a positive integer or None.')
    it = iter(iterable)
    if start == 0 and step == 1:
        if stop is None:
            return _islice_all(it)
        return _islice_head(it, stop)
    return _islice(it, start, stop, step)


def _islice_all(it):
    for x in it:
        yield x


def _islice_head(it, stop):
    # zip stops at the end of the range before pulling from it: exactly stop items are consumed.
    for _, x in zip(range(stop), it):
        yield x


def _islice(it, start, stop, step):
    cnt = 0
    nxt = start
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator.

        s -> (s0,s1), (s1,s2), (s2, s3), ..."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield a, b
        a = b


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function evaluated with an argument
    tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)      # so that a non-iterable item fails as tuple() says
        yield function(*args)


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    if n == 0:
        return ()
    # The iterators share a singly linked list of [value, next] cells that grows at the front
    # as the leading iterator pulls values; cells no iterator points to any more are freed.
    head = [None, None]
    return tuple([_tee(it, head) for _ in range(n)])


def _tee(it, link):
    while True:
        nxt = link[1]
        if nxt is None:
            try:
                value = next(it)
            except StopIteration:
                return
            nxt = link[1]
            if nxt is None:
                nxt = [value, None]
                link[1] = nxt
        link = nxt
        yield link[0]


def zip_longest(*args, **kwargs):
    """zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object

    Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument.  The .__next__()
    method continues until the longest iterable in the argument sequence
    is exhausted and then it raises StopIteration.  When the shorter iterables
    are exhausted, the fillvalue is substituted in their place.  The fillvalue
    defaults to None or can be specified by a keyword argument.
    """
    fillvalue = None
    if kwargs:
        if len(kwargs) != 1 or 'fillvalue' not in kwargs:
            raise TypeError('zip_longest() got an unexpected keyword argument')
        fillvalue = kwargs['fillvalue']
    iterators = [iter(a) for a in args]
    return _zip_longest(iterators, fillvalue)


def _zip_longest(iterators, fillvalue):
    n = len(iterators)
    if n == 0:
        return
    active = n
    while True:
        values = []
        for i in range(n):
            it = iterators[i]
            if it is None:
                values.append(fillvalue)
                continue
            try:
                values.append(next(it))
            except StopIteration:
                active -= 1
                if active == 0:
                    return
                iterators[i] = None
                values.append(fillvalue)
        yield tuple(values)


# ---------------------------------------------------------------------------------------------
# Combinatoric iterators

def product(*args, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops.

    For example, product(A, B) returns the same as:  ((x,y) for x in A for y in B).
    The leftmost iterators are in the outermost for-loop, so the output tuples
    cycle in a manner similar to an odometer (with the rightmost element changing
    on every iteration).
    """
    repeat = _as_index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in args] * repeat
    return _product(pools)


def _product(pools):
    n = len(pools)
    for pool in pools:
        if not pool:
            return
    if n == 0:
        yield ()
        return
    if n == 1:
        for x in pools[0]:
            yield (x,)
        return
    if n == 2:
        first, second = pools
        for x in first:
            for y in second:
                yield (x, y)
        return
    # An odometer over the pools: the last index turns fastest.
    sizes = [len(pool) for pool in pools]
    indices = [0] * n
    result = [pool[0] for pool in pools]
    yield tuple(result)
    last = n - 1
    while True:
        i = last
        while True:
            j = indices[i] + 1
            if j < sizes[i]:
                indices[i] = j
                result[i] = pools[i][j]
                break
            indices[i] = 0
            result[i] = pools[i][0]
            if i == 0:
                return
            i -= 1
        yield tuple(result)


def _check_r(r, name):
    """permutations' r: an int (PyLong_Check), not negative."""
    if not isinstance(r, int):
        raise TypeError('Expected int as r')
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def _check_index_r(r):
    """combinations' r: anything with __index__, not negative."""
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable.

    permutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)"""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        r = _check_r(r, 'permutations')
    return _permutations(pool, r)


def _permutations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    if n == 0:
        return
    while True:
        for i in range(r - 1, -1, -1):
            cycles[i] -= 1
            if cycles[i] == 0:
                # Rotate indices[i:] left by one; this position starts over.
                moved = indices[i]
                indices[i:n - 1] = indices[i + 1:]
                indices[n - 1] = moved
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
        else:
            return


_NO_R = object()


def combinations(iterable, r=_NO_R):
    """Return successive r-length combinations of elements in the iterable.

    combinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)"""
    if r is _NO_R:
        raise TypeError("combinations() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    r = _check_index_r(r)
    return _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple([pool[i] for i in indices])
    while True:
        # The rightmost index that can still move right.
        for i in range(r - 1, -1, -1):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple([pool[k] for k in indices])


def combinations_with_replacement(iterable, r=_NO_R):
    """Return successive r-length combinations of elements in the iterable allowing individual
    elements to have successive repeats.

    combinations_with_replacement('ABC', 2) --> ('A','A'), ('A','B'), ('A','C'), ('B','B'),
    ('B','C'), ('C','C')"""
    if r is _NO_R:
        raise TypeError("combinations_with_replacement() missing required argument 'r' (pos 2)")
    pool = tuple(iterable)
    r = _check_index_r(r)
    return _combinations_with_replacement(pool, r)


def _combinations_with_replacement(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple([pool[i] for i in indices])
    while True:
        for i in range(r - 1, -1, -1):
            if indices[i] != n - 1:
                break
        else:
            return
        value = indices[i] + 1
        for j in range(i, r):
            indices[j] = value
        yield tuple([pool[k] for k in indices])
