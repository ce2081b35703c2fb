# ExitStack (enter_context, callback, push, pop_all, close, suppression, exception chaining) and
# the small context managers: suppress, closing, nullcontext, redirect_stdout/stderr, chdir.
import sys
from contextlib import (ExitStack, suppress, closing, nullcontext, redirect_stdout,
                        redirect_stderr, contextmanager, AbstractContextManager)


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print('enter', self.name)
        return self.name

    def __exit__(self, typ, value, tb):
        print('exit', self.name, typ.__name__ if typ else None, value)
        return self.suppress


# Callbacks run in reverse order of registration.
with ExitStack() as stack:
    print(type(stack).__name__)
    names = [stack.enter_context(Resource('r%d' % i)) for i in range(3)]
    print(names)
    stack.callback(print, 'callback', 'args', sep='-')
    print('body done')

# enter_context on something that is not a context manager.
with ExitStack() as stack:
    show('not a cm', lambda: stack.enter_context(42))


class EnterOnly:
    def __enter__(self):
        return self


with ExitStack() as stack:
    show('enter only', lambda: stack.enter_context(EnterOnly()))

# push accepts exit callables and objects with __exit__; both can suppress.


def exit_cb(typ, value, tb):
    print('exit_cb sees', typ.__name__ if typ else None)
    return True


with ExitStack() as stack:
    stack.push(exit_cb)
    stack.push(Resource('pushed'))
    raise KeyError('suppressed by exit_cb')
print('after suppression')

result = []
with ExitStack() as stack:
    @stack.callback
    def cleanup():
        result.append('decorated callback')
    print(cleanup.__name__)
print(result)

with ExitStack() as stack:
    cb = stack.callback(lambda *a, **k: print('cb', a, k), 1, 2, key='v')
    print(cb.__name__, stack._exit_callbacks[-1][1].__wrapped__ is cb)

# pop_all transfers the callbacks; close runs them.
with ExitStack() as stack:
    stack.enter_context(Resource('kept'))
    stack.callback(print, 'transferred callback')
    later = stack.pop_all()
print('stack left')
later.close()
later.close()
print('closed twice')

# Suppression by one callback hides the exception from earlier-registered ones.
with ExitStack() as stack:
    stack.enter_context(Resource('outer'))
    stack.enter_context(Resource('suppressor', suppress=True))
    stack.enter_context(Resource('inner'))
    raise ValueError('v1')
print('continued')

# Exceptions raised by callbacks replace the pending one, chained as nested withs would be.


def raiser(exc):
    def cb(*details):
        raise exc
    return cb


try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError('first registered')))
        stack.push(raiser(KeyError('second registered')))
        raise ValueError('body')
except Exception as e:
    print(type(e).__name__, e)
    print(' context', type(e.__context__).__name__, e.__context__)
    print(' context of context', type(e.__context__.__context__).__name__,
          e.__context__.__context__)
    print(' end', e.__context__.__context__.__context__)

try:
    with ExitStack() as stack:
        stack.push(raiser(IndexError('only')))
except IndexError as e:
    print('from clean exit', e, e.__context__)

# A callback raising, then a later callback suppressing.
with ExitStack() as stack:
    stack.push(exit_cb)
    stack.push(raiser(TypeError('hidden')))
print('suppressed a callback error')

# Compare with real nested with statements.


@contextmanager
def fail_on_exit(exc):
    try:
        yield
    finally:
        raise exc


try:
    with fail_on_exit(IndexError('outer')):
        with fail_on_exit(KeyError('inner')):
            raise ValueError('body')
except Exception as e:
    print('nested:', type(e).__name__, type(e.__context__).__name__,
          type(e.__context__.__context__).__name__)

try:
    with ExitStack() as stack:
        stack.enter_context(fail_on_exit(IndexError('outer')))
        stack.enter_context(fail_on_exit(KeyError('inner')))
        raise ValueError('body')
except Exception as e:
    print('stack: ', type(e).__name__, type(e.__context__).__name__,
          type(e.__context__.__context__).__name__)

# An exception raised while handling another one keeps that outer context.
try:
    try:
        raise OSError('outer handler')
    except OSError:
        with ExitStack() as stack:
            stack.push(raiser(KeyError('cb')))
            raise ValueError('inner body')
except KeyError as e:
    print('in handler:', type(e.__context__).__name__,
          type(e.__context__.__context__).__name__)

# ExitStack as a plain object.
stack = ExitStack()
stack.enter_context(Resource('manual'))
stack.close()
print(stack.__enter__() is stack)
print(stack.__exit__(None, None, None))

# --- suppress ---
with suppress(KeyError):
    {}['missing']
print('suppress KeyError')
with suppress(LookupError, ValueError):
    [][0]
print('suppress subclass')
with suppress():
    pass
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('passes through', e)
s = suppress(OSError)
print(s.__enter__(), s.__exit__(None, None, None), s.__exit__(FileNotFoundError, None, None),
      s.__exit__(ValueError, None, None))
with s:
    raise OSError
with s:
    raise OSError
print('reusable')


# --- closing ---
class Thing:
    def close(self):
        print('Thing closed')


with closing(Thing()) as th:
    print('using', type(th).__name__)
try:
    with closing(Thing()):
        raise RuntimeError('during closing')
except RuntimeError as e:
    print('closed and raised', e)


def gen():
    try:
        yield 1
        yield 2
    finally:
        print('generator finalized')


with closing(gen()) as g:
    print(next(g))

# --- nullcontext ---
with nullcontext() as n:
    print('nullcontext', n)
with nullcontext(42) as n:
    print('nullcontext', n)
try:
    with nullcontext():
        raise KeyError('through null')
except KeyError as e:
    print('not suppressed', e)


# --- redirect_stdout / redirect_stderr ---
class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)


cap = Capture()
with redirect_stdout(cap) as target:
    print('captured line', 1)
    print(target is cap)
print('real stdout again', repr(cap.getvalue()))
err = Capture()
with redirect_stderr(err):
    sys.stderr.write('to stderr\n')
    print('via print', file=sys.stderr)
print(repr(err.getvalue()))
outer, inner = Capture(), Capture()
r = redirect_stdout(outer)
with r:
    print('outer 1')
    with r:
        print('still outer')
    with redirect_stdout(inner):
        print('inner')
    print('outer 2')
print(repr(outer.getvalue()), repr(inner.getvalue()))
print(sys.stdout is sys.__stdout__)

# --- AbstractContextManager ---
class Managed(AbstractContextManager):
    def __exit__(self, *exc):
        print('Managed exit')


with Managed() as mg:
    print(type(mg).__name__)
print(isinstance(Managed(), AbstractContextManager), issubclass(ExitStack, AbstractContextManager))
print(AbstractContextManager.__subclasshook__(Resource),
      AbstractContextManager.__subclasshook__(int), Managed.__subclasshook__(Resource))
print(AbstractContextManager[int])
