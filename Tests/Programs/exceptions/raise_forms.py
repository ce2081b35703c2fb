# raise: instances, classes, bare re-raise, raise in handlers (context), raise from (cause), from None.

def check(fn):
    try:
        fn()
    except Exception as e:
        cause = e.__cause__
        context = e.__context__
        print(type(e).__name__, repr(str(e)), e.args,
              "cause:", type(cause).__name__ if cause is not None else None,
              "context:", type(context).__name__ if context is not None else None,
              "suppress:", e.__suppress_context__)

def raise_class():
    raise ValueError
def raise_instance():
    raise ValueError("with message")
def raise_two_args():
    raise ValueError("code", 42)
def reraise():
    try:
        int("bad")
    except ValueError:
        raise
def raise_in_handler():
    try:
        {}["missing"]
    except KeyError:
        raise RuntimeError("while handling")
def raise_from():
    try:
        [][0]
    except IndexError as err:
        raise LookupError("converted") from err
def raise_from_none():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
def raise_from_class():
    raise TypeError("t") from KeyError
def raise_stored():
    err = OverflowError("stored earlier")
    raise err
def raise_non_exception():
    raise 42
def raise_in_finally():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("from finally")
def reraise_named():
    try:
        raise AttributeError("first")
    except AttributeError as e:
        raise e
def nested_reraise():
    try:
        try:
            raise ValueError("inner")
        except ValueError:
            raise TypeError("middle")
    except TypeError:
        raise

for fn in [raise_class, raise_instance, raise_two_args, reraise, raise_in_handler, raise_from, raise_from_none,
           raise_from_class, raise_stored, raise_non_exception, raise_in_finally, reraise_named, nested_reraise]:
    print(fn.__name__, end=": ")
    check(fn)

try:
    raise
except RuntimeError as e:
    print("bare raise outside handler:", e)
e = ValueError("a", "b", 3)
print(e.args, str(e), repr(e), len(e.args), str(ValueError()), str(ValueError("")), str(ValueError(None)))
print(str(KeyError("key")), str(KeyError("a", "b")), repr(KeyError(1)), str(IndexError(5)))
