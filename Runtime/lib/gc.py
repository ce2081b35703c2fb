"""Garbage collector interface (CPython's gc module, as far as it has a meaning in Adder).

Adder's memory is managed by a tracing collector that needs no help with reference cycles, so
there is no cyclic collector to drive: collect() finds nothing (it returns 0, the number of
unreachable objects CPython would report for a program without cycles), the thresholds and
debug flags are remembered and reported back but have no effect, and the introspection
functions (get_objects, get_referrers, get_referents) see no objects.  What programs use gc for
-- disabling it around a timed section, forcing a collection between benchmark runs, checking
isenabled() -- behaves as in CPython.
"""

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL

garbage = []
callbacks = []

_enabled = True
_debug = 0
_threshold = (700, 10, 10)
_frozen = 0


def enable():
    global _enabled
    _enabled = True


def disable():
    global _enabled
    _enabled = False


def isenabled():
    return _enabled


def collect(generation=2):
    if not isinstance(generation, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(generation).__name__)
    if generation < 0 or generation > 2:
        raise ValueError("invalid generation")
    return 0


def get_count():
    return (0, 0, 0)


def get_threshold():
    return _threshold


def set_threshold(threshold0, threshold1=None, threshold2=None):
    global _threshold
    t1 = _threshold[1] if threshold1 is None else threshold1
    t2 = _threshold[2] if threshold2 is None else threshold2
    _threshold = (threshold0, t1, t2)


def get_debug():
    return _debug


def set_debug(flags):
    global _debug
    _debug = flags


def get_stats():
    return [{'collections': 0, 'collected': 0, 'uncollectable': 0} for _ in range(3)]


def get_objects(generation=None):
    return []


def get_referrers(*objs):
    return []


def get_referents(*objs):
    return []


_ATOMIC_TYPES = (int, float, complex, str, bytes, bool, type(None))


def is_tracked(obj):
    """Whether CPython's collector would track obj: not for atomic values."""
    return not isinstance(obj, _ATOMIC_TYPES)


def is_finalized(obj):
    return False


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return _frozen
