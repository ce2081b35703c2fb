# RecursionError from deeply nested data: repr/str, comparison, and recursive functions over it.

nested = []
for _ in range(100000):
    nested = [nested]
other = []
for _ in range(100000):
    other = [other]
def deep_dict():
    d = {}
    for _ in range(100000):
        d = {"k": d}
    return d
for label, fn in [("repr", lambda: repr(nested)), ("str", lambda: str(nested)), ("==", lambda: nested == other),
                  ("print dict", lambda: str(deep_dict()))]:
    try:
        fn()
        print(label, "no error")
    except RecursionError as e:
        print(label, "RecursionError:", e)
def depth(x):
    return 1 + depth(x[0]) if x else 0
try:
    depth(nested)
except RecursionError as e:
    print("depth RecursionError:", e)
shallow = [[[[1]]]]
print(repr(shallow), shallow == [[[[1]]]], depth([[[[]]]]))
