# Argument errors of itertools, raised when the iterator is made; ends with an uncaught error.
import itertools
from itertools import (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
                       filterfalse, groupby, islice, starmap, tee, zip_longest, pairwise, product,
                       permutations, combinations, combinations_with_replacement)


def show(label, thunk):
    try:
        result = thunk()
        print(label, 'ok', result if isinstance(result, (list, tuple)) else type(result).__name__ != '')
    except Exception as e:
        print(label, type(e).__name__ + ':', e)


show('count str', lambda: count('a'))
show('count step', lambda: count(1, 'a'))
show('repeat times', lambda: repeat(1, 'a'))
show('repeat float', lambda: repeat(1, 2.0))
show('cycle int', lambda: cycle(1))
show('chain int', lambda: chain(1))
show('chain int list', lambda: list(chain(1)))
show('from_iterable', lambda: list(chain.from_iterable([1])))
show('accumulate', lambda: accumulate(5))
show('accumulate add', lambda: list(accumulate([1, 'a'])))
show('compress', lambda: compress(1, []))
show('compress sel', lambda: compress([], 1))
show('dropwhile', lambda: dropwhile(bool, 3))
show('dropwhile None', lambda: list(dropwhile(None, [1])))
show('takewhile', lambda: takewhile(bool, 3))
show('filterfalse', lambda: filterfalse(None, 3))
show('groupby', lambda: groupby(3))
show('pairwise', lambda: pairwise(3))
show('starmap', lambda: starmap(pow, 3))
show('starmap item', lambda: list(starmap(pow, [1])))
show('starmap arity', lambda: list(starmap(pow, [(1,)])))
show('zip_longest', lambda: zip_longest([1], 2))
show('tee', lambda: tee(5))
show('tee n', lambda: tee([1], -1))
show('islice 1 arg', lambda: islice([1]))
show('islice 5 args', lambda: islice([1], 1, 2, 3, 4))
show('islice neg stop', lambda: islice([1], -1))
show('islice str stop', lambda: islice([1], 'a'))
show('islice float stop', lambda: islice([1], 1.5))
show('islice huge', lambda: islice([1], 2 ** 70))
show('islice neg start', lambda: islice([1], -1, 3))
show('islice neg stop3', lambda: islice([1], 1, -3))
show('islice zero step', lambda: islice([1], 1, 3, 0))
show('islice str step', lambda: islice([1], 1, 3, 'a'))
show('islice not iterable', lambda: islice(1, 2))
show('islice None', lambda: list(islice('abc', None, None, None)))
show('product', lambda: product(1))
show('product repeat', lambda: product('a', repeat=-1))
show('permutations r', lambda: permutations('abc', -1))
show('permutations str', lambda: permutations('abc', '2'))
show('permutations float', lambda: permutations('abc', 2.0))
show('combinations r', lambda: combinations('abc', -1))
show('combinations no r', lambda: combinations('abc'))
show('combinations float', lambda: combinations('abc', 2.0))
show('cwr r', lambda: combinations_with_replacement('abc', -2))
show('cwr none', lambda: combinations_with_replacement('abc', None))

# Exceptions raised inside an iterator propagate to the consumer.
def boom():
    yield 1
    raise KeyError('inside')


try:
    print(list(chain([0], boom())))
except KeyError as e:
    print('KeyError', e)
try:
    for a, b in zip_longest(boom(), 'xyz'):
        print(a, b)
except KeyError as e:
    print('KeyError', e)
try:
    print(list(accumulate([1, 2, 0], lambda a, b: a // b)))
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

it = islice(boom(), 5)
print(next(it))
next(it)
