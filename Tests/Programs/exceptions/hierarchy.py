# The builtin exception hierarchy: which handlers catch what, isinstance, BaseException vs Exception.

def caught_by(exc, handlers):
    for h in handlers:
        try:
            raise exc
        except h:
            return h.__name__
        except BaseException:
            continue
    return "nothing"

groups = [LookupError, ArithmeticError, NameError, RuntimeError, ValueError, OSError, Exception, BaseException]
for exc in [KeyError("k"), IndexError("i"), ZeroDivisionError("z"), OverflowError("o"), UnboundLocalError("u"),
            RecursionError("r"), NotImplementedError("n"), UnicodeError("ue"), AssertionError("a"),
            AttributeError("at"), TypeError("t"), StopIteration(), SystemExit(3), KeyboardInterrupt(),
            GeneratorExit(), FloatingPointError("f"), ModuleNotFoundError("m"), ImportError("imp"), EOFError("e")]:
    print(f"{type(exc).__name__:20} {caught_by(exc, groups)}")

print(isinstance(KeyError(), LookupError), isinstance(KeyError(), Exception), isinstance(ValueError(), KeyError))
print(isinstance(SystemExit(), Exception), isinstance(SystemExit(), BaseException), isinstance(True, int))
print(isinstance(ZeroDivisionError(), (KeyError, ArithmeticError)), isinstance(RecursionError(), RuntimeError))
print(isinstance(UnboundLocalError(), NameError), isinstance(ModuleNotFoundError(), ImportError))

def handler_order():
    try:
        {}["x"]
    except LookupError:
        return "LookupError first"
    except KeyError:
        return "KeyError second"
print(handler_order())

try:
    try:
        raise SystemExit(5)
    except Exception:
        print("Exception must not catch SystemExit")
except SystemExit as e:
    print("SystemExit caught explicitly, code", e.code)

try:
    try:
        raise KeyboardInterrupt
    except Exception:
        print("no")
except BaseException as e:
    print("BaseException caught", type(e).__name__)

handlers = (ValueError, TypeError)
try:
    raise TypeError("from a tuple in a variable")
except handlers as e:
    print("caught via variable tuple:", e)
all_errors = [ValueError, TypeError]
try:
    raise ValueError("dynamic")
except all_errors[0] as e:
    print("caught via subscript:", e)
