# contextmanager: setup/cleanup order, exceptions thrown into the generator, suppression,
# StopIteration and RuntimeError rules, misbehaving generators, use as a decorator.
from contextlib import contextmanager, ContextDecorator
import sys


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


@contextmanager
def tag(name):
    """Wrap output in a tag."""
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)


with tag('a') as t:
    print('body', t)

with tag('outer'):
    with tag('inner') as t2:
        print('nested', t2)

print(tag.__name__, tag.__doc__, tag.__wrapped__.__name__, tag('x').__doc__)
cm = tag('doc')
print(type(cm).__name__, cm.__doc__)


@contextmanager
def nodoc():
    yield


print(nodoc().__doc__)

# An exception from the body reaches the generator at its yield.
try:
    with tag('err'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e)


@contextmanager
def catching(*types):
    try:
        yield
    except types as e:
        print('generator caught', type(e).__name__, e)


with catching(KeyError):
    raise KeyError('k')
print('after suppressed KeyError')

try:
    with catching(KeyError):
        raise IndexError('i')
except IndexError as e:
    print('not suppressed', e)


@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError('transformed') from e


try:
    with transform():
        1 / 0
except ArithmeticError as e:
    print('transformed', e, type(e.__cause__).__name__, type(e.__context__).__name__)


@contextmanager
def reraise():
    try:
        yield
    except Exception as e:
        print('cleanup then re-raise', type(e).__name__)
        raise


try:
    with reraise():
        raise TypeError('again')
except TypeError as e:
    print('same exception', e)

# The exception that propagates keeps its traceback.
try:
    with reraise():
        raise NameError('tb')
except NameError as e:
    print('traceback kept', e.__traceback__ is not None)

# The generator must yield exactly once.


@contextmanager
def no_yield():
    if False:
        yield


show('no yield', lambda: no_yield().__enter__())


def enter_twice():
    with no_yield():
        pass


show('no yield with', enter_twice)


@contextmanager
def two_yields():
    yield 1
    yield 2


def run_two():
    with two_yields():
        pass


show('two yields', run_two)


@contextmanager
def yield_after_throw():
    try:
        yield
    except ValueError:
        yield 'again'


def run_yield_after_throw():
    with yield_after_throw():
        raise ValueError


show('yield after throw', run_yield_after_throw)

# StopIteration from the body is not swallowed, even though the generator turns it into a
# RuntimeError (PEP 479).


@contextmanager
def plain():
    yield


def stop_in_body():
    with plain():
        raise StopIteration('from body')


show('StopIteration in body', stop_in_body)


@contextmanager
def swallow_all():
    try:
        yield
    except BaseException as e:
        print('swallowed', type(e).__name__)


def stop_swallowed():
    with swallow_all():
        raise StopIteration('s')
    return 'continued'


show('StopIteration swallowed', stop_swallowed)


@contextmanager
def raise_stop():
    yield
    raise StopIteration('inside')


def stop_from_generator():
    with raise_stop():
        pass


show('StopIteration in generator', stop_from_generator)


@contextmanager
def runtime_error_on_throw():
    try:
        yield
    except Exception:
        raise RuntimeError('replaced')


def replaced():
    with runtime_error_on_throw():
        raise KeyError('original')


show('RuntimeError replacement', replaced)


def runtime_error_body():
    with plain():
        raise RuntimeError('from body')


show('RuntimeError from body', runtime_error_body)

# __exit__ called with only a type instantiates it.
cm = catching(KeyError)
cm.__enter__()
print('exit with type only', cm.__exit__(KeyError, None, None))
cm = plain()
cm.__enter__()
show('exit unknown type', lambda: cm.__exit__(ValueError, ValueError('v'), None))

# One-shot: entering twice fails; as a decorator, each call makes a new manager.
cm = tag('once')
with cm:
    pass
show('enter again', lambda: cm.__enter__())

calls = []


@contextmanager
def logged(name):
    calls.append('enter ' + name)
    yield
    calls.append('exit ' + name)


@logged('deco')
def work(x):
    """Work docstring."""
    calls.append('work %d' % x)
    return x * 2


print(work(1), work(2), calls, work.__name__, work.__doc__)


# ContextDecorator as a base class.
class track(ContextDecorator):
    def __init__(self, label):
        self.label = label

    def __enter__(self):
        print('enter', self.label)
        return self

    def __exit__(self, *exc):
        print('exit', self.label, exc[0].__name__ if exc[0] else None)
        return False


@track('function')
def decorated(a, b=2):
    print('inside', a, b)
    return a + b


print(decorated(1), decorated(1, b=5), decorated.__name__)


@track('failing')
def fails():
    raise OSError('nope')


show('decorated failure', fails)
with track('as with') as tr:
    print(type(tr).__name__)

# Generators with arguments and values.


@contextmanager
def opened(path, mode='r', *, log):
    log.append(('open', path, mode))
    yield {'path': path}
    log.append(('close', path))


log = []
with opened('f.txt', log=log) as f:
    print(f)
with opened('g.txt', 'w', log=log):
    pass
print(log)
print(sys.exc_info())
