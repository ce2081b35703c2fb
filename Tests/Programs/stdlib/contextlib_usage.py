# contextlib in use: context managers as methods, return/break/continue inside with blocks,
# an ExitStack inside a generator-based manager, suppress inside a generator.
from contextlib import contextmanager, ExitStack, suppress
class Conn:
    def __init__(self): self.log = []
    @contextmanager
    def transaction(self, name):
        self.log.append('begin ' + name)
        try:
            yield self
        except Exception as e:
            self.log.append('rollback %s: %s' % (name, e))
            raise
        else:
            self.log.append('commit ' + name)
c = Conn()
def f():
    with c.transaction('t1'):
        return 'returned'
print(f())
for i in range(3):
    with c.transaction('loop%d' % i):
        if i == 1:
            break
try:
    with c.transaction('bad'):
        raise ValueError('oops')
except ValueError:
    pass
print(c.log)
@contextmanager
def stacked(n):
    with ExitStack() as st:
        for i in range(n):
            st.callback(print, 'cleanup', i)
        yield n
with stacked(3) as k:
    print('k', k)
def gen():
    with suppress(ZeroDivisionError):
        yield 1
        1/0
        yield 2
    yield 3
print(list(gen()))
@contextmanager
def cm_generator_closes():
    try:
        yield
    finally:
        print('finally ran')
def early():
    for _ in range(2):
        with cm_generator_closes():
            continue
    return 'done'
print(early())
