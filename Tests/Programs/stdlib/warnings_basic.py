import warnings
print(warnings.filters[:5])
def old_api(x):
    warnings.warn("old_api is deprecated", DeprecationWarning)
    return x * 2
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("hello")
    old_api(1)
    warnings.warn(UserWarning("inst"))
    warnings.warn("rt", RuntimeWarning, stacklevel=2)
    print(len(w), w[0].category, w[0].message, repr(w[0].message), w[1].category.__name__, str(w[1].message), w[2].category, type(w[0]).__name__)
    print([str(x.message) for x in w], [issubclass(x.category, Warning) for x in w])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("same message")
    warnings.warn("other")
    print(len(w))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e, type(e).__name__)
    try:
        old_api(2)
    except DeprecationWarning as e:
        print("raised", e)
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.filterwarnings("error", category=FutureWarning)
    warnings.simplefilter("always", UserWarning, append=True)
    warnings.warn("skip this one")
    warnings.warn("keep this one")
    try:
        warnings.warn("future", FutureWarning)
    except FutureWarning as e:
        print("future raised", e)
    print([str(x.message) for x in w])
warnings.filterwarnings("ignore")
warnings.warn("silenced")
print(old_api(21))
try:
    warnings.simplefilter("bogus")
except AssertionError as e:
    print("AssertionError", e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print(e)
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, line="  src  "), end="")
warnings.resetwarnings()
print(warnings.filters)
class MyWarning(UserWarning):
    pass
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("custom", MyWarning)
    print(w[0].category.__name__, isinstance(w[0].message, UserWarning))
