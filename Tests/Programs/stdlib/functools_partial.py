# partial, partialmethod, reduce, wraps/update_wrapper.
import functools
from functools import partial, partialmethod, reduce, wraps, update_wrapper


def show(label, thunk):
    try:
        print(label, repr(thunk()))
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


def power(base, exponent=2, *, mod=None):
    r = base ** exponent
    return r % mod if mod else r


square = partial(power, exponent=2)
cube = partial(power, exponent=3)
two_to = partial(power, 2)
print(square(5), cube(2), two_to(10), two_to(exponent=5), cube(3, mod=5))
print(square.func is power, square.args, square.keywords, two_to.args, two_to.keywords)
print(repr(partial(max, 1, 2, key=abs)).replace(repr(max), 'MAX'))
print(repr(partial(len)))

# Nested partials are flattened into one.
p = partial(partial(power, 3), mod=7)
print(p.func is power, p.args, p.keywords, p(4))
p2 = partial(p, exponent=1)
print(p2.args, p2.keywords, p2())

# Keywords given at call time override the stored ones.
print(cube(2, exponent=4))
base10 = partial(int, base=10)
print(base10('42'), partial(int, base=2)('1010'), partial(sorted, reverse=True)([3, 1, 2]))
print(list(map(partial(power, exponent=3), range(5))))


class MyPartial(partial):
    pass


mp = MyPartial(power, 4)
print(type(mp).__name__, mp(), mp.args, isinstance(mp, partial))
print(repr(mp).replace(repr(power), 'POWER'))

show('partial()', lambda: partial())
show('partial(1)', lambda: partial(1))
show('call error', lambda: partial(power, 1, 2, 3)())

# reduce
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
print(reduce(lambda a, b: a + b, [], 'init'), reduce(max, [7]), reduce(lambda a, b: b + a, 'abc'))
print(reduce(lambda acc, x: acc + [x * 2], range(4), []))
show('empty', lambda: reduce(lambda a, b: a + b, []))
show('not iterable', lambda: reduce(lambda a, b: a + b, 5))
show('one arg', lambda: reduce(max))
show('four args', lambda: reduce(max, [], 1, 2))
show('keywords', lambda: reduce(function=max, iterable=[]))
show('raises', lambda: reduce(lambda a, b: a / b, [1, 0]))


# wraps / update_wrapper
def logged(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        print('calling', func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@logged
def add(a, b=0):
    "Add two numbers."
    return a + b


add.extra = 'kept'
print(add(1, b=2), add.__name__, add.__qualname__, add.__doc__, add.__module__)
print(add.__wrapped__.__name__, add.__wrapped__(5, 6))


def original():
    "doc of original"
original.tag = 'T'
original.__wrapped__ = 'inner'


def shell():
    pass


r = update_wrapper(shell, original)
print(r is shell, shell.__name__, shell.__doc__, shell.tag, shell.__wrapped__ is original)


def target():
    "target doc"


def only_name():
    "mine"


update_wrapper(only_name, target, assigned=('__name__',), updated=())
print(only_name.__name__, only_name.__doc__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


class NoName:
    def __call__(self):
        return 1


def w():
    pass


update_wrapper(w, NoName())
print(w.__name__, w.__doc__)


# partialmethod
class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, note=''):
        self.alive = state
        return note

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note='dead')


c = Cell()
print(c.set_alive(), c.alive, c.set_dead(), c.alive, c.set_alive(note='again'), c.alive)
print(type(Cell.__dict__['set_alive']).__name__, Cell.set_alive.args if hasattr(Cell.set_alive, 'args') else '')
