# next() on an exhausted iterator outside any loop: StopIteration escapes.

it = iter([1])
print(next(it))
print(next(it))
