"""Timing small pieces of code (CPython's timeit module, for callables).

CPython compiles a statement given as a string into a timing function with exec; Adder has no
exec, so the statement and the setup must be callables (or the no-op strings 'pass' and '').
A timing run calls setup once, then the statement `number` times, and reports the elapsed
default_timer() time in seconds, as CPython does.
"""

import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter


def _callable_of(code, what):
    if callable(code):
        return code
    if isinstance(code, str):
        if code.strip() in ('', 'pass'):
            return None
        raise ValueError("%s given as a string is not supported by Adder's timeit "
                         "(it needs exec); pass a callable" % what)
    raise ValueError("%s is neither a string nor callable" % what)


class Timer:
    """Class for timing execution speed of small code snippets."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        self._stmt = _callable_of(stmt, 'stmt')
        self._setup = _callable_of(setup, 'setup')

    def timeit(self, number=default_number):
        """Time `number` executions of the statement, in seconds."""
        if self._setup is not None:
            self._setup()
        stmt = self._stmt
        timer = self.timer
        start = timer()
        if stmt is None:
            for _ in range(number):
                pass
        else:
            for _ in range(number):
                stmt()
        return timer() - start

    def repeat(self, repeat=default_repeat, number=default_number):
        """A list of `repeat` timings of `number` executions each."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, time taken) for the first number in 1, 2, 5, 10, 20, 50, ... taking >= 0.2 s."""
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    """Convenience function to create Timer object and call timeit method."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat,
           number=default_number, globals=None):
    """Convenience function to create Timer object and call repeat method."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
