# try/except/else/finally: which clauses run, in which order, for every outcome.

def run(action):
    trail = []
    try:
        trail.append("try")
        if action == "raise":
            raise ValueError("boom")
        if action == "type":
            raise TypeError("wrong type")
        if action == "return":
            return trail + ["returned from try"]
        trail.append("try done")
    except ValueError as e:
        trail.append(f"except ValueError({e})")
    except (TypeError, KeyError) as e:
        trail.append(f"except tuple {type(e).__name__}")
    else:
        trail.append("else")
    finally:
        trail.append("finally")
    trail.append("after")
    return trail

for action in ["ok", "raise", "type", "return"]:
    print(action, run(action))

def uncaught_passes_through_finally():
    try:
        try:
            raise KeyError("inner")
        except ValueError:
            print("not this handler")
        finally:
            print("inner finally runs")
    except KeyError as e:
        print("outer caught", repr(e))
uncaught_passes_through_finally()

def else_exception_not_caught_by_same_try():
    try:
        try:
            pass
        except ZeroDivisionError:
            print("not here")
        else:
            1 / 0
    except ZeroDivisionError as e:
        print("outer caught from else:", e)
else_exception_not_caught_by_same_try()

try:
    x = int("12")
except ValueError:
    print("no")
else:
    print("converted", x)
finally:
    print("cleanup")

for exc in [ValueError, IndexError, KeyError, ZeroDivisionError, AttributeError, Exception]:
    try:
        raise exc("message")
    except (IndexError, KeyError) as e:
        print("lookup group:", type(e).__name__)
    except ArithmeticError as e:
        print("arith group:", type(e).__name__)
    except ValueError:
        print("value error, no name")
    except Exception as e:
        print("generic:", type(e).__name__, e)
try:
    pass
finally:
    print("finally without except")
try:
    raise RuntimeError
except:
    print("bare except caught RuntimeError")
