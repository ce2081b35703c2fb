# An uncaught AttributeError with CPython's "Did you mean" suggestion on the last line.

items = [3, 1, 2]
items.sort()
print(items)
items.apend(4)
